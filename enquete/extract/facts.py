"""Facts from one parsed document: relations, events, claims (DESIGN §2).

Entry point called by the extraction stage; pure (no store, no model loading). Role patterns
(employed_by / represents) live here; lexicon triggers in relations.py, dated events in events.py,
reported speech in claims.py.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.tokens import Doc

from enquete import model
from enquete.extract.claims import extract_claims
from enquete.extract.events import extract_events
from enquete.extract.relations import (
    Sent, dedupe, evidence, extract_relations, lang_of, lexicon, nearest_date, sentences,
)

log = logging.getLogger(__name__)
ORGS = ("Company", "Organization", "PublicBody", "Country")
DET = r"(?:(?:l'|le |la |les |un |une |the |a |an |son |sa |his |her |its |their |leur )?)"
QUAL = r"(?:(?:alors |ancien |ancienne |actuel |actuelle |nouveau |nouvelle |former |then |current |\w+ )?)"
OF = r"(?:de la |de l'|du |de |d'|des |of |at |for |chez |au sein de |au sein du )"
ORG_NOUN = r"(?:(?:la |l')?(?:société|entreprise|firme|start-up|agence|ONG|company|firm|group)\s+(?:\w+\s+)?)?"
TITLE = r"(?:(?:le |la )?(?:M\.|Me|Maître|Mme|Dr|Pr|Mr\.?|Ms\.?|Mrs\.?)\s+)?"


@lru_cache(maxsize=None)
def role_regex(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of all role words of `lang`, longest first, and the map to normalised roles."""
    table = lexicon("roles")["roles"]
    roles = {k.lower(): v for other in table if other != lang for k, v in table[other].items()}
    roles.update({k.lower(): v for k, v in table[lang].items()})  # English titles are used in French too
    alt = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alt})(?!\w)", re.I), roles


def _role(word: str, roles: dict[str, str]) -> str:
    return roles.get(word.lower(), word)


def role_relations(sent: Sent, doc: model.Document) -> list[model.Relation]:
    """employed_by / represents from appositions and genitives around role words:
    "P, le PDG de O" · "le PDG de O, P" · "O's CEO, P" · "P (alors ministre de O)" · "son avocat P"."""
    lang, text = lang_of(doc), doc.text
    rx, roles = role_regex(lang)
    out: list[tuple[model.Mention, model.Mention, str, float]] = []
    ms = sent.mentions
    for i, a in enumerate(ms):
        for b in ms[i + 1:i + 3]:
            gap = text[a.end:b.start]
            if len(gap) > 90:
                continue
            if a.type == "Person" and b.type in ORGS:  # P, le PDG de O
                m = re.fullmatch(rf"\s*[,(]?\s*{DET}{QUAL}({rx.pattern})\s*(?:[\w'-]+\s+){{0,5}}?{OF}{ORG_NOUN}",
                                 gap, re.I)
                if m:
                    out.append((a, b, _role(m.group(1), roles), 0.8))
                elif re.fullmatch(rf"\s*,?\s*{OF}{ORG_NOUN}", gap, re.I) and b.type != "Country":
                    out.append((a, b, "member", 0.5))
            if a.type in ORGS and b.type == "Person":  # le PDG de O, P · O's CEO, P
                head = text[max(sent.start, a.start - 60):a.start]
                m1 = re.search(rf"({rx.pattern})\s+(?:[\w'-]+\s+){{0,3}}?{OF}{ORG_NOUN}$", head, re.I)
                if m1 and re.fullmatch(rf"(?:\s+(?:sur|pour|on|for)\s+[\w' ]{{1,30}}?)?\s*,?\s*{TITLE}", gap):
                    out.append((b, a, _role(m1.group(1), roles), 0.8))
                m2 = re.fullmatch(rf"\s*['’]s\s+(?:\w+\s+)?({rx.pattern}(?:\s+of\s+\w+)?)\s*,?\s*{TITLE}", gap, re.I)
                if m2:
                    out.append((b, a, _role(m2.group(1), roles), 0.8))
    out += _possessive(sent, text, rx, roles)
    return [r for p, o, role, c in out for r in _as_relations(sent, doc, p, o, role, c)]


def _possessive(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]
                ) -> list[tuple[model.Mention, model.Mention, str, float]]:
    """"son avocat P", "its CEO, P": P works for / speaks for the nearest actor named before."""
    out = []
    for i, b in enumerate(sent.mentions):
        if b.type != "Person":
            continue
        head = text[max(sent.start, b.start - 50):b.start]
        m = re.search(rf"\b(?:son|sa|ses|his|her|its|their|leur)\s+({rx.pattern})\s*,?\s*{TITLE}$", head, re.I)
        if not m:
            continue
        at = b.start - len(head) + m.start()
        owners = [a for a in sent.mentions[:i] if a.end <= at and a.type in ("Person", *ORGS)]
        if owners:
            out.append((b, owners[-1], _role(m.group(1), roles), 0.65))
    return out


def _as_relations(sent: Sent, doc: model.Document, person: model.Mention, org: model.Mention,
                  role: str, conf: float) -> list[model.Relation]:
    date = nearest_date(sent, person.start)
    ev = evidence(doc, sent, min(person.start, org.start), max(person.end, org.end))
    speaks_for = role in lexicon("roles")["represents"]
    preds = ["represents"] if speaks_for else []
    if not speaks_for and org.type != "Person":
        preds.append("employed_by")
    return [model.Relation(subject=person.id, predicate=p, object=org.id, evidence=ev, role=role,
                           date=date.value if date else None, precision=date.precision if date else None,
                           confidence=conf, extractor="pattern:role-v1") for p in preds]


def extract_facts(
    sdoc: Doc,
    doc: model.Document,
    mentions: list[model.Mention],
    dates: list[model.DateMention],
) -> tuple[list[model.Relation], list[model.Event], list[model.Claim]]:
    """Relations, events and claims found in `sdoc` (whose text aligns with `doc.text`)."""
    if len(sdoc.text) != len(doc.text):
        log.warning("%s: parsed text length %d != document length %d; no facts", doc.source,
                    len(sdoc.text), len(doc.text))
        return [], [], []
    sents = sentences(sdoc, mentions, dates)
    by_id = {m.id: m for m in mentions}
    rels = extract_relations(sents, doc, mentions)
    for s in sents:
        rels.extend(role_relations(s, doc))
    rels = dedupe(rels, by_id)
    events = extract_events(sents, doc, rels)
    claims = extract_claims(sents, doc, mentions)
    log.debug("%s: %d relations, %d events, %d claims", doc.source, len(rels), len(events), len(claims))
    return rels, events, claims
