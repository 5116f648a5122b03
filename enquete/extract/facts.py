"""Facts from one parsed document: relations, events, claims (DESIGN §2).

Entry point called by the extraction stage; pure (no store, no model loading). Role patterns
(employed_by / represents) live in roles.py, bylines in voice.py; lexicon triggers in relations.py and
arguments.py, dated events in events.py,
reported speech in claims.py.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from enquete import model
from enquete.extract.anaphora import companies_by_count, in_view
from enquete.extract.branches import branch_relations
from enquete.extract.claims import extract_claims
from enquete.extract.context import bare_name
from enquete.extract.corporate import words_rx
from enquete.extract.discourse import adopt
from enquete.extract.events import extract_events
from enquete.extract.goods import SOURCE as DESCRIBED
from enquete.extract.names import fold
from enquete.extract.nlp import text_of
from enquete.extract.timeframe import date_relations
from enquete.extract.roles import NEAR_SENTS, Scope, document_state, role_relations
from enquete.extract.voice import author_mention, byline_relations, headline
from enquete.extract.relations import (
    EVENT_SENTS, words, Sent, after_marker, evidence, lang_of, lexicon, mended, nearest_date, sentences,
    triggers,
)
from enquete.extract.arguments import SHOW_WORDS, apply
from enquete.extract.phrasings import phrasing_relations
from enquete.extract.supply import made_later, more_supplies

log = logging.getLogger(__name__)
MAKERS = ("Company",)  # NGOs, media and police units near a product are rarely its maker


def product_relations(sent: Sent, doc: model.Document, scope: Scope) -> list[model.Relation]:
    """developed from genitives: "P de X", "X's P", "X, dont la suite P", "son logiciel P" (X before), "the
    company's P", "le logiciel P de la société" (the company in view, `_company_word_maker`)."""
    text, out = doc.text, []
    ms = sent.mentions
    for i, p in enumerate(ms):
        if p.type != "Product":
            continue
        maker, conf = None, 0.6
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type in MAKERS and re.fullmatch(
                r"\s*(?:de la |de l'|du |de |d'|of |by |from |made by )(?:(?:la |l')?(?:société|entreprise|firme|"
                r"company|firm|groupe|group)\s+(?:\w+\s+)?)?", text[p.end:nxt.start], re.I) \
                and not (p.source == DESCRIBED and re.match(r"\s*from\b", text[p.end:nxt.start], re.I)):
            maker = nxt  # "armoured vehicles from X" were bought from X, who may not make them
        prev = [m for m in ms[:i] if m.type in MAKERS]
        head = text[max(sent.start, p.start - 60):p.start]
        genitive = "s?" if prev and prev[-1].text.endswith("s") else "s"  # "X's P", "Ristek Systems' P"
        if maker is None and prev and re.fullmatch(rf"\s*['’]{genitive}\s+(?:\w+\s+){{0,2}}",
                                                   text[prev[-1].end:p.start]):
            maker = prev[-1]
        if maker is None and prev and re.search(r",\s*dont\s+(?:\S+\s+){0,8}$", text[prev[-1].end:p.start]) \
                and words(text[prev[-1].end:p.start]) <= 10:
            maker = prev[-1]
        owned = re.search(r"\b(?:[Ss]on|[Ss]a|[Ss]es|[Ii]ts|[Tt]heir|[Ll]eurs?)\s+(?:\w+\s+){0,2}$", head)  # not "SA"
        if maker is None and prev and owned:
            maker, conf = prev[-1], 0.5
        elif maker is None and owned and OWNER_IN_VIEW.match(text, sent.start, p.start) \
                and sent.in_view is not None and sent.in_view.type in MAKERS:
            maker, conf = sent.in_view, 0.45  # "Its Kestrel platform is used": the company in view
        elif maker is None and not prev:
            maker, conf = _company_word_maker(sent, text, p, scope, doc), 0.45
        if maker is not None:
            out.append(model.Relation(
                subject=maker.id, predicate="developed", object=p.id, confidence=conf,
                evidence=evidence(doc, sent, min(p.start, maker.start), max(p.end, maker.end)),
                extractor="pattern:product-genitive-v1"))
    return out + _made_list(sent, doc)


#: A participle of making set off by a comma after goods, agreeing with several ("…, fabriqués par",
#: "…, toutes deux conçues par", "…, both made by"), and up to three words before the maker's name
MADE_BY = re.compile(r",\s*(?:(?:both|all|tous|toutes)\s+(?:(?:les\s+)?deux\s+)?)?(?:(?:fabriqu|conç|développ|produit|"
                     r"réalis)(?:é|u|)e?s|mise?s\s+au\s+point|made|manufactured|built|designed|developed|produced)"
                     r"\s+(?:par|by)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
#: What may stand between two named goods of one list: the head noun of the first, a comma or "et" / "and",
#: a determiner and the describing words of the next ("Brume et des lanceurs Fennec", "Vipera launchers and
#: Stryx grenades"), all in lower case
LOWER = r"[a-zà-öø-ÿœ'’-]+"
LIST_LINK = re.compile(rf"(?:\s+{LOWER}){{0,2}}?(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and|ainsi que|as well as)\s+)"
                       rf"(?:{LOWER}\s+){{0,3}}")


def _made_list(sent: Sent, doc: model.Document) -> list[model.Relation]:
    """developed over a list of named goods that one participle of making follows, set off by a comma and
    agreeing with them all ("des grenades Brume et des lanceurs Fennec, fabriqués par X", "Vipera launchers
    and Stryx grenades, both made by X"): X made each; the phrasings read only the last ("un lanceur
    Fennec fabriqué par X" says nothing of the goods before)."""
    text, ms, out = doc.text, sent.mentions, []
    for k, maker in enumerate(ms):
        hit = MADE_BY.search(text, sent.start, maker.start) if maker.type in MAKERS else None
        if hit is None or k == 0 or ms[k - 1].type != "Product" \
                or not re.fullmatch(rf"(?:\s+{LOWER}){{0,2}}", text[ms[k - 1].end:hit.start()]):
            continue
        i = k - 1
        while i > 0 and ms[i - 1].type == "Product" and LIST_LINK.fullmatch(text, ms[i - 1].end, ms[i].start):
            i -= 1
        out += [model.Relation(subject=maker.id, predicate="developed", object=p.id, confidence=0.55,
                               evidence=evidence(doc, sent, p.start, maker.end), extractor="pattern:made-list-v1")
                for p in ms[i:k - 1]]  # the last goods: the phrasings'
    return out


#: "the company's P", "the firm's flagship P": a company named by its kind just before a product
COMPANY_GENITIVE = re.compile(r"\bthe\s+(?:company|firm|group|manufacturer|vendor)['’]s?\s+(?:[\w-]+\s+){0,2}$",
                              re.I)
#: "le logiciel P de la société", "P, du groupe,": the company by its kind just after a product
COMPANY_OF = re.compile(r"\s*(?i:de la société|de l['’]entreprise|de la firme|du groupe|du fabricant"
                        r"|de l['’]éditeur)(?![\w-]|\s+[A-ZÀ-ÖØ-Þ])")  # not "du groupe Nervala"


def _company_word_maker(sent: Sent, text: str, p: model.Mention, scope: Scope, doc: model.Document
                        ) -> model.Mention | None:
    """The maker of "the company's FinFisher range", "le logiciel Pegasus de la société": the one company in
    view (the last sentence that names an organisation names that company alone, Scope.in_view), where this
    sentence names no company and neither it nor the one before calls that company a reseller ("Veltia
    resells tools. The company's Pegasus licences": sold, not made)."""
    if not (COMPANY_GENITIVE.search(text, max(sent.start, p.start - 60), p.start)
            or COMPANY_OF.match(text, p.end)) or any(m.type in MAKERS for m in sent.mentions):
        return None
    maker = scope.in_view(MAKERS, among=("Company", "Organization", "PublicBody"))
    if maker is None:
        return None
    lo = maker.start if maker.start < sent.start else sent.start
    resale = words_rx("developed", "resellers", lang_of(doc), tail=False)
    return None if resale.search(text[lo:sent.end].lower()) else maker


# a sentence that opens on "its"/"son"/"sa" before a product: the owner is the company the text is about
OWNER_IN_VIEW = re.compile(r"\s*(?:its|son|sa|ses)\s+(?:[\w-]+\s+){0,2}$", re.I)


#: a settlement and the bodies it was reached with: "The settlement, reached with the SEC", "X settled with the
#: Justice Department", "un accord transactionnel conclu avec le parquet" (not a bare "transaction": a sale too)
SETTLED = re.compile(r"\b(?:settlement|settled|accord transactionnel|transaction pénale|convention judiciaire "
                     r"d'intérêt public)\b,?(?:\s+[\w'-]+){0,3}?\s+(?:with|avec)\s+"
                     r"(?:the\s+|le\s+|la\s+|l['’]|les\s+)?", re.I)
#: a settlement not reached: "talks over a settlement", "rejected a settlement", "n'a pas conclu"
UNSETTLED = re.compile(r"\b(?:talks?|negotiat\w*|propos\w*|seek\w*|sought|reject\w*|refus\w*|failed|not|never"
                       r"|no|pas|jamais|aucun\w*|négoci\w*|pourparlers|discussions?)\b[^.;]{0,40}$", re.I)
REGULATORS = ("PublicBody",)  # a settlement with an NGO or a firm ends a dispute, not an inquiry
#: between two bodies of a list: "the DOJ, the SEC", "the SEC and the Dutch prosecutor", "le parquet et l'AMF"
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et|&)\s+)(?:the\s+|le\s+|la\s+|les\s+|l['’])?", re.I)


def settlement_relations(sent: Sent, doc: model.Document, scope: Scope) -> list[model.Relation]:
    """"The settlement, reached with the U.S. Department of Justice and the SEC", "X settled with the SEC",
    "l'accord transactionnel conclu avec le parquet": the bodies a company settled with investigated it. The company
    is the one named before in the sentence, else the one in view (the one company the last sentence naming
    an organisation names: "X agreed to pay $965 million. The settlement, reached with ..."). Not a
    settlement with a company, nor one sought or refused."""
    text, out = doc.text.replace("’", "'"), []
    for hit in SETTLED.finditer(text, sent.start, sent.end):
        if UNSETTLED.search(text, max(sent.start, hit.start() - 60), hit.start()):
            continue
        first = next((m for m in sent.mentions if m.start >= hit.end()), None)
        if first is None or first.start != hit.end() or first.type not in REGULATORS:
            continue
        bodies = [first]
        for m in (m for m in sent.mentions if m.start > first.start):  # "the DOJ, the SEC and the Dutch ..."
            if m.type not in REGULATORS or not LISTED.fullmatch(text[bodies[-1].end:m.start]):
                break
            bodies.append(m)
        firms = [m for m in sent.mentions if m.end <= hit.start() and m.type == "Company"]
        firm = firms[-1] if firms else None if any(m.type == "Company" for m in sent.mentions) else \
            scope.in_view(MAKERS, among=("Company", "Organization", "PublicBody"))
        if firm is None:
            continue
        out += [model.Relation(subject=b.id, predicate="investigated", object=firm.id, confidence=0.5,
                               evidence=evidence(doc, sent, min(b.start, firm.start if firm in firms else b.start),
                                                 b.end), extractor="pattern:settlement-v1") for b in bodies]
    return out


UNDER = re.compile(r"\b(?:under|sous(?: le coup d'| le coup de)?)\s+(?:a |an |the |un |une |l'|le )?", re.I)
IMPOSERS = ("Organization", "PublicBody", "Country")
EMBARGO = re.compile(r"(?:[\w-]+\s+){0,5}?(?:arms\s+|weapons\s+)?embargo\b(?:\s+(?:sur les armes\s+)?"
                     r"(?:de l'|de la |du |des |of the |by the |imposed by (?:the )?))?", re.I)


def embargo_relations(sent: Sent, doc: model.Document) -> list[model.Relation]:
    """"X was under a European Union arms embargo", "X, sous embargo de l'ONU": the imposer restricts
    exports to X (the state named just before "under")."""
    text, out = doc.text.replace("’", "'"), []
    for hit in UNDER.finditer(text, sent.start, sent.end):
        emb = EMBARGO.match(text, hit.end())
        if not emb:
            continue
        target = [m for m in sent.mentions if m.end <= hit.start() and m.type == "Country"
                  and words(text[m.end:hit.start()]) <= 5]
        imposer = [m for m in sent.mentions if hit.end() <= m.start and m.end <= emb.end() + 40
                   and m.type in IMPOSERS and words(text[hit.end():m.start]) <= 8]
        if target and imposer and imposer[0].id != target[-1].id:
            date = nearest_date(sent, hit.start())
            out.append(model.Relation(
                subject=imposer[0].id, predicate="restricts_exports_to", object=target[-1].id,
                confidence=0.65,
                evidence=evidence(doc, sent, target[-1].start, max(imposer[0].end, emb.end())),
                date=date.value if date else None, precision=date.precision if date else None,
                extractor="pattern:under-embargo-v1"))
    return out


def _scene(new: model.Mention, old: model.Mention | None) -> model.Mention:
    """The event now in view: `new`, unless `old` is a more specific name of it ("Milipol Paris 2013")."""
    if old is not None and new.text.lower() in old.text.lower() and len(old.text) > len(new.text):
        return old
    return new


def the_show(sents: list[Sent], text: str) -> model.Mention | None:
    """The trade show a text reports from: of the events named in sentences that speak of a show's floor
    ("les allées du salon X", "exhibitors at X"), the one named most often, at its first such mention (its
    sentence dates the edition); "au stand de Y" far from any name of it is at that show."""
    seen: dict[str, list[model.Mention]] = {}
    for sent in sents:
        if SHOW_WORDS.search(text, sent.start, sent.end):
            for m in sent.mentions:
                if m.type == "Event":
                    seen.setdefault(m.cluster or m.text, []).append(m)
    return max(seen.values(), key=len)[0] if seen else None


def end_buyers(sent: Sent, doc: model.Document, lang: str, rels: list[model.Relation],
               by_id: dict[str, model.Mention]) -> list[model.Relation]:
    """"vendu à X, destiné à la Libye": X (the intermediary) supplied the end buyer, with the product."""
    out = []
    phrases = lexicon("relations")["supplied"]["end_buyer"][lang]
    low = doc.text[sent.start:sent.end].lower()
    for ph in phrases:
        for hit in re.finditer(rf"(?<!\w){re.escape(ph)}(?!\w)", low):
            pos = sent.start + hit.end()
            buyer = after_marker(sent, doc.text, pos, [], ["Country", "PublicBody"], set())
            for r in rels:
                if r.predicate == "supplied" and buyer and r.object != buyer.id \
                        and by_id[r.object].type in ("Company", "Organization"):
                    out.append(model.Relation(
                        subject=r.object, predicate="supplied", object=buyer.id, product=r.product,
                        evidence=evidence(doc, sent, r.evidence.start, buyer.end), confidence=0.6,
                        extractor="pattern:end-buyer-v1"))
    return out


def extract_relations(sents: list[Sent], doc: model.Document, mentions: list[model.Mention], scope: Scope
                      ) -> list[model.Relation]:
    """Relations of the document, one trigger at a time, deduplicated on (subject, predicate, object); `scope`
    (before the roles read it) gives the article's author and state."""
    lang = lang_of(doc)
    by_id = {m.id: m for m in mentions}
    named = companies_by_count(mentions)
    context: dict = {"makers": {}, "topic": named[0][0] if named else None, "event": None,
        "author": scope.author, "company": None, "mentions": mentions, "by_id": by_id, "orphans": [],
        "unmade": scope.unmade,
        "state": document_state(doc, scope), "states": set()}
    context["show"] = the_show(sents, doc.text)
    out: list[model.Relation] = []
    since = EVENT_SENTS + 1
    for at, sent in enumerate(sents):
        context["at"] = at
        context["states"] = {m.country for s in sents[max(0, at - NEAR_SENTS):at + 1] for m in s.mentions
                             if m.type in ("Country", "PublicBody") and m.country}  # the states in view
        since += 1
        events = [m for m in sent.mentions if m.type == "Event"]
        if events:
            context["event"] = _scene(events[0], context["event"] if since <= EVENT_SENTS else None)
            since = 0
        elif since > EVENT_SENTS:
            context["event"] = None
        found: list[model.Relation] = []
        if doc.text[sent.start:sent.end].rstrip().endswith("?"):
            continue  # a question asserts nothing
        for trig in sorted(triggers(sent, lang, doc.text), key=lambda t: t.start):
            found.extend(_note_accused(apply(trig, sent, doc, lang, context), context, by_id))
        for r in found:
            if r.predicate == "developed":
                context["makers"].setdefault(r.object, by_id[r.subject])
        found.extend(more_supplies(sent, doc, lang, found, context))
        found.extend(end_buyers(sent, doc, lang, found, by_id))
        out.extend(found)
        companies = [m for m in sent.mentions if m.type == "Company"]
        if companies:
            context["company"] = companies[-1]
            context["companies"] = (at, companies)  # the last sentence that names companies, for corporate.py
        bodies = [m for m in sent.mentions if m.type == "PublicBody"]
        if bodies:  # "the Justice Department said ... with federal prosecutors": inquiries.py
            context["body"] = bodies[-1]
    for sent in sents:
        out.extend(phrasing_relations(sent, doc, lang))
    out.extend(adopt(context["orphans"], out, doc, by_id))
    return dedupe(out, by_id)


def _note_accused(rels: list[model.Relation], context: dict, by_id: dict[str, model.Mention]
                  ) -> list[model.Relation]:
    """`rels`, after noting in `context["accused"]` the target of the last complaint or inquiry among them
    (a judge appointed later inquires into it: inquiries.py)."""
    for r in rels:
        if r.predicate in ("complaint_against", "investigated"):
            context["accused"] = by_id[r.object]
    return rels


def dedupe(rels: list[model.Relation], by_id: dict[str, model.Mention]) -> list[model.Relation]:
    """Keep the most confident relation per (subject cluster, predicate, object cluster, sentence), and none
    between two names of one actor."""
    best: dict[tuple, model.Relation] = {}
    for r in rels:
        s, o = by_id[r.subject], by_id[r.object]
        bare = bare_name(s.text)
        if bare == bare_name(o.text) and bare in (fold(s.text), fold(o.text)):
            continue  # "ETI ... now operates as ETI A/S": two names of one actor (not "X FZCO" and "X AG")
        key = (s.cluster or s.text, r.predicate, o.cluster or o.text, r.evidence.start)
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return list(best.values())


def extract_facts(
    sdoc: Doc,
    doc: model.Document,
    mentions: list[model.Mention],
    dates: list[model.DateMention],
) -> tuple[list[model.Relation], list[model.Event], list[model.Claim]]:
    """Relations, events and claims found in `sdoc` (whose text aligns with `doc.text`)."""
    if len(text_of(sdoc)) != len(doc.text):
        log.warning("%s: parsed text length %d != document length %d; no facts", doc.source,
                    len(text_of(sdoc)), len(doc.text))
        return [], [], []
    sents = in_view(mended(sentences(sdoc, mentions, dates), doc.text, mentions))
    by_id = {m.id: m for m in mentions}
    author = author_mention(sents, doc)
    scope = Scope(mentions, author, title=headline(doc))
    rels = extract_relations(sents, doc, mentions, scope)
    for s in sents:
        rels.extend(role_relations(s, doc, scope))
        rels.extend(product_relations(s, doc, scope))
        rels.extend(embargo_relations(s, doc))
        rels.extend(settlement_relations(s, doc, scope))
        scope.recent.append(s.mentions)
    rels.extend(byline_relations(sents, doc))
    rels.extend(branch_relations(sents, doc))
    rels.extend(made_later(scope.unmade, rels, doc, by_id))
    rels = dedupe(rels, by_id)
    date_relations(rels, sents, doc, by_id)
    events = extract_events(sents, doc, rels)
    claims = extract_claims(sents, doc, mentions, author)
    log.debug("%s: %d relations, %d events, %d claims", doc.source, len(rels), len(events), len(claims))
    return rels, events, claims
