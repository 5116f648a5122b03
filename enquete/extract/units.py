"""Units that are part of a larger body, named by what they are rather than by a name: "l'unité de
cybersurveillance de la police kényane", "the cyber unit of the Kenyan police", "the Kenyan police's cyber
crime unit", "le Sénat enquête, au sein de sa commission spéciale sur les logiciels espions".

A unit noun of lexicon/relations.yaml (subsidiary_of, corporate `unit_nouns`: unité, brigade, commission,
unit, committee, lab…) heads the phrase, with its adjectives and complement ("de cybersurveillance",
"spéciale sur …", "cyber crime"), no clause and no other actor inside; its owner is a public body named in
the same phrase ("de la police kényane", "of the Serbian police", "the Kenyan police's") or the one its
possessive points to (the subject of its clause, or the body it is coordinated with: "la police et son
unité"). Such a unit is a public body mention of the owner's state (mentions.find_mentions); corporate.py
reads the tie (subsidiary_of). A unit with no owner named ("the police unit raided", "une unité
d'interception achetée à X") is none: what it is part of is not said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from enquete import model
from enquete.extract.relations import lexicon

POSSESSIVES = {"its", "their", "son", "sa", "ses", "leur", "leurs"}
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
# the words between a unit and its owner: "de la", "du", "of the", "at the"
OWNER_OF = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|at\s+the|at|within\s+the|within)"
                      r"\s*", re.I)
POSSESSOR = re.compile(r"['’]s?\s+")
# what stops a unit's phrase: a clause or an apposition hanging from it
CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "advcl", "appos", "parataxis", "punct", "ccomp", "xcomp"}
ACTORS = ("Company", "Organization", "PublicBody", "Person", "Country")
MAX_TOKENS = 9


@lru_cache(maxsize=None)
def unit_nouns(lang: str) -> frozenset[str]:
    """The nouns of a unit of a larger body (relations.yaml: subsidiary_of, corporate `unit_nouns`)."""
    spec = lexicon("relations")["subsidiary_of"]["corporate"].get("unit_nouns") or {}
    return frozenset(w.lower() for w in spec.get(lang) or [])


def possessive_owner(tok: Token, mentions: list[model.Mention]) -> model.Mention | None:
    """The name a unit's possessive points to: the name it is coordinated with ("la police kényane et son
    unité"), else the subject of the clause it stands in ("Le Sénat enquête, au sein de sa commission";
    "X said its unit, Y, had…": X, not the unit itself), else, where the parser hung the unit elsewhere,
    the nearest name before it that is a subject with no other actor in between; None where nothing in the
    sentence is its owner."""
    if tok.dep_ == "conj":
        return _taken(mentions, tok.head)
    node = tok
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            break
        subj = next((c for c in head.children if c.dep_ in SUBJECTS and c.i != node.i
                     and not (c.left_edge.i <= tok.i <= c.right_edge.i)), None)
        if subj is not None:
            owner = _taken(mentions, subj)
            if owner is not None:
                return owner
            break  # "l'affaire tombe au moment où X enquête, au sein de sa commission": misparsed
        node = head
    sent = tok.sent
    before = [m for m in mentions if sent.start_char <= m.start and m.end <= tok.idx and m.type in ACTORS]
    if not before:
        return None
    last = before[-1]
    heads = [t for t in tok.doc.char_span(last.start, last.end, alignment_mode="expand") or []
             if not last.start <= t.head.idx < last.end]
    return last if any(t.dep_ in SUBJECTS for t in heads) else None


def has_possessive(tok: Token) -> bool:
    """Whether a noun is introduced by a possessive determiner ("sa commission", "its cyber unit")."""
    return any(c.lower_ in POSSESSIVES and c.i < tok.i and c.dep_ in ("det", "poss", "nmod:poss")
               for c in tok.children)


def _taken(mentions: list[model.Mention], tok: Token) -> model.Mention | None:
    return next((m for m in mentions if m.start <= tok.idx < m.end), None)


def _span(tok: Token, mentions: list[model.Mention], lang: str) -> tuple[int, int] | None:
    """The token range of a unit's phrase: the noun, the modifiers before it (English: "cyber crime
    unit"), its adjectives and complement after it up to a clause, a comma or an actor's name; None where
    the noun stands alone ("the unit") or the phrase runs long."""
    doc = tok.doc
    lo = tok.i
    while lang == "en" and lo > 0 and doc[lo - 1].dep_ in ("amod", "compound", "nmod") \
            and doc[lo - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[lo - 1].text.islower() \
            and doc[lo - 1].head.i in range(lo, tok.i + 1) and _taken(mentions, doc[lo - 1]) is None:
        lo -= 1
    stop = {t.i for c in tok.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].i not in stop and tok.left_edge.i <= hi <= tok.right_edge.i \
            and doc[hi].text not in (",", ";", "(", ":") and not _actor_at(mentions, doc[hi]):
        hi += 1
    while hi > tok.i + 1 and (doc[hi - 1].pos_ in ("ADP", "DET", "CCONJ", "PRON", "PUNCT")
                              or doc[hi - 1].lower_ in ("de", "d'", "du", "des")):
        hi -= 1
    if hi - lo < 2 or hi - lo > MAX_TOKENS:
        return None
    return lo, hi


def _actor_at(mentions: list[model.Mention], tok: Token) -> bool:
    m = _taken(mentions, tok)
    return m is not None and m.type in ACTORS


def unit_owner(tok: Token, lo: int, hi: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The body a unit's phrase (tokens lo..hi) belongs to: the name right after it ("de la police
    kényane"), the possessor right before it ("the Kenyan police's"), or the name its possessive points
    to."""
    doc = tok.doc
    text = doc.text
    end, start = doc[hi - 1].idx + len(doc[hi - 1]), doc[lo].idx
    after = next((m for m in mentions if m.start >= end), None)
    if after is not None and OWNER_OF.fullmatch(text, end, after.start):
        return after
    before = next((m for m in reversed(mentions) if m.end <= start), None)
    if before is not None and POSSESSOR.fullmatch(text, before.end, start):
        return before
    return possessive_owner(tok, mentions) if has_possessive(tok) else None


def unit_mentions(sdoc: Doc, doc: model.Document, mentions: list[model.Mention]) -> list[model.Mention]:
    """Public body mentions of the units named by description whose owner is a public body named in the
    same phrase or pointed to by their possessive (the unit takes its owner's state)."""
    lang = "fr" if sdoc.lang_ == "fr" else "en"
    nouns = unit_nouns(lang)
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for tok in sdoc:
        if tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_.lower() not in nouns \
                or _taken(ordered, tok) is not None:
            continue
        found = _span(tok, ordered, lang)
        if found is None:
            continue
        owner = unit_owner(tok, *found, ordered)
        if owner is None or owner.type != "PublicBody":
            continue
        first, last = sdoc[found[0]], sdoc[found[1] - 1]
        s, e = first.idx, last.idx + len(last)
        m = model.Mention(model.Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "PublicBody",
                          source="rule")
        m.country = owner.country
        out.append(m)
    return out
