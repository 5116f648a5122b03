"""Contradictions: claims on one proposition with opposite stances, and denials against documented facts.

Two claims answer the same question when the actors at stake (the `about` mentions, through their
resolved entities) overlap for at least half of the smaller set, share an actor that is not an event
or a law (a trade fair alone is no common question), and their predicates are compatible
(the same topic, or topics of one family: a transfer, a legal case, a withdrawal), or when each speaker is
at stake in the other's claim. A bare statement (no topic: a finding, an observation, a verdict) meets any
topic of its own article, from the other side only, when it is about the other speaker's side (named in its
own words, or in the sentences around it when its own words name no one) or shares two actors at stake
with it; across articles it answers no question. A claim about a
product is also about its maker and seller (stored developed/supplied relations). Claims of two documents
need two shared actors. A shared actor must be named in the words of one of the two claims, not only in
the sentences around them, unless the two claims of one article share two actors at stake there, one
speaker, or whom it works or speaks for, is at stake in the other's claim (the accused answers, itself or
through its officer, never to its own side) or both are on one narrow topic (a withdrawal, a complaint) in
one article.
An answer is a contradiction too: a party's denial set against what another speaker of the same article,
writing close by (ANSWER_SPAN) or anywhere in it on the very same topic, affirms about that party in its
own words, when either claim names no topic or both name compatible ones ("Sandvine rejected the report"
beside the report's findings on Sandvine), unless the two speak for the same side (a person employed by or
speaking for the other); an allegation in a legal case (a lawsuit, an inquiry) that names the denier is
answered by its denial of any act ("a lawsuit against X says he was tracked" / "X denied its equipment was
used to locate him"). An affirmed withdrawal presupposes the act: it meets a denial of a transfer or a
presence ("left the Syrian project" / "never ran in Syria").
One party (a speaker and whom it works or speaks for) contradicts itself at two times the text tells (two
dates, or the narration outside quotation marks: "at the time", "à l'époque", "later", "After the leak,")
on compatible topics or through a bare denial of its own ("rejected the findings"), when neither claim
names another organisation in its own words: the company's head then, the company now.
They contradict when their stances differ and they come from different speakers, or from one speaker at
two dates the text gives (not the article's date, which a claim takes when the text gives none). A claim
that sets a limit ("sells only to vetted agencies", "used only where necessary") rules out what goes beyond
it: it stands as a denial against what another side affirms (abuse, a sale to others), never against
another denial, and never against a documented relation (a sale within the limit is no breach of it).
A claim that denies a transfer or a presence (supplied / found_in) contradicts a stored
relation of that kind between the same actors, one of them named in the claim's own words. The `why`
names both speakers with their dates, the topic and the actors in question.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from enquete.store import Store
from enquete.store import schema as t

log = logging.getLogger(__name__)
FAMILIES = ({"supplied", "found_in", "restricts_exports_to", "developed", "complicity"},
            {"complaint", "investigated", "complaint_against"}, {"stopped"}, {"knew", "complicity"})
DENIABLE = {"supplied", "found_in"}
LEGAL = {"complaint", "investigated", "complaint_against"}  # a case against someone: what it alleges
ACCUSED = ("Company", "Organization", "PublicBody")  # whom words name as the one they speak of
SIDES = ("employed_by", "represents")
ANSWER_SPAN = 800  # characters between the starts of an allegation and the answer to it
# topics named only by words of one kind of act (a withdrawal, a complaint, an inquiry, an embargo): two
# claims of one article on such a topic answer the question in view even when neither names its actors
NARROW = {"stopped", "complaint", "investigated", "restricts_exports_to"}
# verbs whose "que" opens a clause ("ne pouvait ignorer que", "personne ne peut garantir que"), not a
# restriction ("ne vend qu'à des États")
CLAUSE_VERBS = (r"ignor|dout|oubli|sai[st]\b|savai|pens|croi|estim|affirm|ni[ea]|dit\b|di[st]\b"
                r"|garanti|assur|prouv|montr|exclu|promet|jur")
# a claim that sets a limit ("sells only to vetted agencies", "ne vend qu'à des États") rules out what goes
# beyond it: for pairing it stands as a denial (another denial is no answer to it)
RESTRICTS = re.compile(r"(?<!not )\b(?:only|solely|exclusively|uniquement|seulement|exclusivement)\b"
                       r"|\b(?:ne|n')\s*(?:(?!pas\b|jamais|plus\b|rien|" + CLAUSE_VERBS
                       + r")\w+\s+){1,2}qu(?:e\b|')", re.I)
# a claim that says the speaker's side acts within the law or the rules ("follow international standards",
# "en toute légalité", "lawful interception") denies the abuse another side alleges, as a limit does; not
# when negated ("was not lawful") nor "illegal", "unlawful"
COMPLIES = re.compile(r"(?<![\w-])(?:lawful(?:ly)?|legal(?:ly)?|légal(?:e|es|ement)?|légalité|legitimate|légitimes?"
                      r"|in (?:accordance|compliance|line) with|conformément|conformes?\b|dans le respect"
                      r"|compl(?:y|ies|ied) with|respect(?:s|ed)? (?:the |all )?(?:law|rules|standards)"
                      r"|respecte(?:nt)? (?:la loi|les règles|le droit|les normes)"
                      r"|follow(?:s|ed)? (?:the |all )?(?:international |applicable |strict )?(?:standards|norms|rules"
                      r"|procedures)|proportionate|proportionnée?s?)(?![\w-])", re.I)
NEGATED = re.compile(r"(?:\b(?:not|never|no|pas|jamais|plus|nullement|aucunement)\b|n['’])\W+(?:\w+\W+){0,3}$", re.I)


TRADE_TERM = re.compile(r"lawful(?:ly)?\s+intercept|(?:interceptions?|écoutes?)\s+légales?", re.I)  # a kind of goods


def complies(quote: str) -> bool:
    """Whether the words say the speaker's side acts within the law or the rules (COMPLIES), not negated and
    not the trade's name for a kind of goods ("lawful interception", "spécialiste de l'interception légale")."""
    terms = [(m.start(), m.end()) for m in TRADE_TERM.finditer(quote)]
    return any(NEGATED.search(quote[max(0, m.start() - 40):m.start()]) is None
               and not any(a <= m.start() < b for a, b in terms) for m in COMPLIES.finditer(quote))


# words that set a position against another of the same speaker in time: an earlier one ("at first said",
# "dans un premier temps") or a later one ("later acknowledged", "a fini par reconnaître")
EARLIER = re.compile(r"\b(?:at first|initially|originally|au départ|au début|d'abord|dans un premier temps"
                     r"|had long|avait longtemps|at the time|à l'époque|back then)\b", re.I)
LATER = re.compile(r"\b(?:later|subsequently|eventually|since then|has since|have since|par la suite|plus tard"
                   r"|a fini par|ont fini par|finalement|depuis lors)\b"
                   r"|^\W*(?:after|après)\s[^,;:«“\"]{3,40},", re.I)  # "After the leak, he said": told later
QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")


def turn(quote: str) -> int:
    """-1 for words told as an earlier position, 1 as a later one, 0 when the quote does not say; only the
    narration tells it (« at the time we sold nothing » places what is said, not the saying)."""
    told = QUOTED.sub(" ", quote)
    return -1 if EARLIER.search(told) else 1 if LATER.search(told) else 0


@dataclass
class ClaimRow:
    id: str
    doc: str
    speaker: str | None
    speaker_name: str
    stance: str
    predicate: str
    date: str | None
    proposition: str
    about: set[str] = field(default_factory=set)
    core: set[str] = field(default_factory=set)  # actors at stake other than events and laws
    own: set[str] = field(default_factory=set)  # actors named in the claim's own words, not its context
    names: dict[str, str] = field(default_factory=dict)  # actor key -> a name to show
    kinds: dict[str, str] = field(default_factory=dict)  # actor key -> its mention type
    restricts: bool = False  # its words set a limit ("sells only to governments"): a denial of what is beyond
    defends: bool = False  # a limit, or words of compliance ("lawful", "follows standards"): a denial of abuse
    dated: bool = True  # its date is not merely that of the article (the text says when it was said)
    turn: int = 0  # -1: told as an earlier position ("at first said"), 1: as a later one ("later admitted")
    start: int = -1  # where its quote starts in the document
    side: set[str] = field(default_factory=set)  # its speaker and whom the speaker works or speaks for


def _key(entity_id: str | None, text: str) -> str:
    """An actor's key: its entity, else its folded surface text (before resolution)."""
    if entity_id:
        return entity_id
    s = unicodedata.normalize("NFKD", text)
    return "~" + re.sub(r"\W+", " ", "".join(c for c in s if not unicodedata.combining(c)).casefold()).strip()


def load_claims(conn, states: dict[str, set[str]]) -> list[ClaimRow]:  # type: ignore[no-untyped-def]
    """Every claim with its speaker key and the keys of the actors at stake (a public body as its state:
    `states`, from body_states)."""
    m = t.mention
    keys = {r.id: (_key(r.entity_id, r.text), r.text, r.type, r.start) for r in conn.execute(
        select(m.c.id, m.c.entity_id, m.c.text, m.c.type, m.c.start).where(
            m.c.id.in_(select(t.claim.c.speaker)) | m.c.id.in_(select(t.claim_about.c.mention_id))))}
    ev = t.evidence
    spans, quotes = {}, {}
    rows = select(ev.c.owner_id, ev.c.start, ev.c.end, ev.c.quote).where(ev.c.owner_kind == "claim")
    for r in conn.execute(rows):
        spans[r.owner_id], quotes[r.owner_id] = (r.start, r.end), r.quote
    out = {}
    published = dict(conn.execute(select(t.document.c.id, t.document.c.published)).all())
    for r in conn.execute(select(t.claim)):
        sk, sn, _, _ = keys.get(r.speaker, (None, "?", None, None))
        restricts = RESTRICTS.search(quotes.get(r.id, "")) is not None
        defends = restricts or complies(quotes.get(r.id, ""))
        out[r.id] = ClaimRow(r.id, r.doc_id, sk, sn, "denies" if defends else r.stance,
                             r.predicate or "statement", r.date, r.proposition, restricts=restricts, defends=defends,
                             dated=bool(r.date) and r.date != published.get(r.doc_id),
                             turn=turn(quotes.get(r.id, "")),
                             start=spans.get(r.id, (-1, -1))[0])
    for r in conn.execute(select(t.claim_about)):
        if r.claim_id in out and r.mention_id in keys:
            key, name, typ, start = keys[r.mention_id]
            c = out[r.claim_id]
            c.about.add(key)
            c.names.setdefault(key, name)
            c.kinds.setdefault(key, typ)
            lo, hi = spans.get(r.claim_id, (-1, -1))
            if lo <= start < hi:
                c.own.add(key)
            if typ not in ("Event", "Law"):
                c.core.add(key)
    makers, sides = product_makers(conn), speaker_sides(conn)
    for c in out.values():
        c.side = {c.speaker, *sides.get(c.speaker or "", ())} - {None}
        for k in list(c.about):
            c.about |= makers.get(k, set())
            c.core |= makers.get(k, set())
            if k in states:  # a state's body is that state at stake (one actor, not two)
                for group in (c.about, c.core, c.own):
                    if k in group:
                        group.discard(k)
                        group |= states[k]
        c.about.discard(c.speaker)
        c.core.discard(c.speaker)
    return list(out.values())


def product_makers(conn) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Product key -> keys of who developed or sold it: a claim about a product is about them too."""
    m, rel = t.mention, t.relation
    keys = {r.id: _key(r.entity_id, r.text) for r in conn.execute(
        select(m.c.id, m.c.entity_id, m.c.text).where(m.c.type == "Product"))}
    out: dict[str, set[str]] = defaultdict(set)
    for r in conn.execute(select(rel.c.subject, rel.c.object, rel.c.product, rel.c.predicate,
                                 m.c.entity_id, m.c.text).join(m, m.c.id == rel.c.subject)
                          .where(rel.c.predicate.in_(("developed", "supplied")))):
        prod = r.object if r.predicate == "developed" else r.product
        if prod in keys:
            out[keys[prod]].add(_key(r.entity_id, r.text))
    return out


def body_states(conn) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Public body key -> the key of its state: a claim about "the Egyptian army" is about Egypt (the body
    counts as its state among the actors at stake), and a delivery to a state's ministry is one to that
    state."""
    e = t.entity
    states = {r.country: r.id for r in conn.execute(select(e.c.id, e.c.country).where(e.c.type == "Country"))
              if r.country}
    return {r.id: {states[r.country]} for r in conn.execute(
        select(e.c.id, e.c.country).where(e.c.type == "PublicBody")) if r.country in states}


def speaker_sides(conn) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Person key -> keys of the organisations the person works or speaks for (stored employed_by and
    represents relations): a spokesman's words and the company's are one side."""
    m, rel = t.mention, t.relation
    keys = {r.id: _key(r.entity_id, r.text) for r in conn.execute(
        select(m.c.id, m.c.entity_id, m.c.text).where(
            m.c.id.in_(select(rel.c.subject).where(rel.c.predicate.in_(SIDES)))
            | m.c.id.in_(select(rel.c.object).where(rel.c.predicate.in_(SIDES)))))}
    out: dict[str, set[str]] = defaultdict(set)
    for r in conn.execute(select(rel.c.subject, rel.c.object).where(rel.c.predicate.in_(SIDES))):
        if r.subject in keys and r.object in keys:
            out[keys[r.subject]].add(keys[r.object])
    return out


def answers(a: ClaimRow, b: ClaimRow) -> bool:
    """One claim denies what the other, close by in the same article (ANSWER_SPAN) or anywhere in it on the
    very same topic (a sale recorded, a sale denied), affirms about the denier's side in its own words, and
    the two speak for different sides. The
    topics must be compatible, unless either is bare or the allegation is a legal case against the denier
    (a lawsuit, an inquiry: the accused's denial of any act answers it)."""
    if a.doc != b.doc or a.stance == b.stance or a.side & b.side:
        return False
    if a.start < 0 or b.start < 0 or abs(a.start - b.start) > ANSWER_SPAN and not (
            a.predicate == b.predicate != "statement"):
        return False
    denial, claim = (a, b) if a.stance == "denies" else (b, a)
    if not ("statement" in (a.predicate, b.predicate) or compatible_claims(a, b) or claim.predicate in LEGAL):
        return False  # "we did not know" answers no allegation of a sale: another question
    return bool(denial.side & claim.own)


def compatible_claims(a: ClaimRow, b: ClaimRow) -> bool:
    """Compatible topics, or a withdrawal affirmed against a denied act: leaving a project presupposes
    having been in it ("quittait le projet syrien" against "never ran in Syria")."""
    if compatible(a.predicate, b.predicate):
        return True
    yes, no = (a, b) if a.stance == "affirms" else (b, a)
    return yes.stance == "affirms" and no.stance == "denies" and yes.predicate == "stopped" \
        and no.predicate in DENIABLE


def one_party(a: ClaimRow, b: ClaimRow) -> bool:
    """One party (a speaker and whom it works or speaks for) at two times the text tells, on its own
    conduct: neither names another organisation in its own words; the topics are compatible, or the
    denial is bare ("rejected the findings")."""
    if a.doc != b.doc or not a.side & b.side or a.stance == b.stance:
        return False
    if a.turn == b.turn and not (a.dated and b.dated and a.date != b.date):
        return False
    denial = a if a.stance == "denies" else b
    if not (compatible_claims(a, b) or denial.predicate == "statement"):
        return False  # a bare denial ("rejected the findings") answers the party's other position
    return not any(c.kinds.get(k) in ACCUSED for c in (a, b) for k in c.own - a.side - b.side)


def compatible(p: str, q: str) -> bool:
    """Two claim predicates that can answer the same question."""
    return p == q or any(p in f and q in f for f in FAMILIES)


def at_stake(claim: ClaimRow, other: ClaimRow) -> bool:
    """`other`'s speaker, or whom it speaks for, is what `claim` is about: named in its own words, or in the
    sentences around it when its own words name no one ("Internal emails mention interception tests")."""
    named = claim.own - claim.side  # "said X, a lawyer at Y" names X's side, not what X speaks of
    return bool(other.side & named or not named and other.side & claim.about)


def same_question(a: ClaimRow, b: ClaimRow) -> bool:
    """Overlapping actors at stake (half of the smaller set at least) and compatible predicates."""
    if not a.about or not b.about:
        return False
    bare = "statement" in (a.predicate, b.predicate)
    topics = compatible(a.predicate, b.predicate) or not a.side & b.side and compatible_claims(a, b)
    if not (topics or bare and a.doc == b.doc and not a.side & b.side):
        return False  # a bare statement meets any topic of its article, from the other side only
    if a.speaker in b.about and b.speaker in a.about and not bare:
        return True  # they speak about each other on one topic (a complaint and a counter-complaint)
    shared = a.about & b.about
    common = shared & a.core & b.core  # shared actors that are not events or laws
    if a.doc != b.doc and (bare or len(common) < 2):
        return False
    # the one at stake answers the other side, itself or through its officer
    answers = bool((a.side & b.about or b.side & a.about) and not a.side & b.side)
    if bare and not (at_stake(a, b) or at_stake(b, a)) and len(common) < 2:
        return False  # a bare statement on one shared actor ("its canteen is good") is about something else
    named = shared & (a.own | b.own) or a.doc == b.doc and len(common) >= 2
    if not (named or answers or a.doc == b.doc and a.predicate == b.predicate in NARROW):
        return False  # both sides meet only on one actor of the sentences around them
    return bool(common) and len(shared) * 2 >= min(len(a.about), len(b.about))


def opposed(a: ClaimRow, b: ClaimRow) -> bool:
    """Opposite stances from two speakers, or from one at two times: two dates the text gives (a claim
    dated only by its article may be the same words told again), or words told as an earlier or a later
    position ("at first said", "later acknowledged")."""
    if a.stance == b.stance:
        return False
    return a.speaker != b.speaker or (a.dated and b.dated and a.date != b.date) or a.turn != b.turn


def within_limit(a: ClaimRow, b: ClaimRow) -> bool:
    """A sale to a state affirmed against a limit on customers that names none ("sells only to governments" /
    "sold probes to the government of Iran"): the sale may lie within the limit, so it belies nothing. A
    limit that names its customer ("exclusivement à l'armée égyptienne") is belied by a sale to another, and
    any limit by what is said of abuse ("its screening of customers does not work")."""
    limit, other = (a, b) if a.restricts else (b, a)
    if not limit.restricts or other.restricts or other.predicate != "supplied" or limit.own - limit.side:
        return False
    return any(other.kinds.get(k) in ("Country", "PublicBody") for k in other.own - other.side)


def claim_pairs(claims: list[ClaimRow]) -> list[tuple[ClaimRow, ClaimRow]]:
    """Opposed claim pairs on one question, each once; blocked by shared actor."""
    by_actor: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        for k in c.about | c.side:  # the side too: an answer meets its allegation on the one who answers
            by_actor[k].append(c)
    seen, out = set(), []
    for group in by_actor.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                pair = tuple(sorted((a.id, b.id)))
                if pair in seen or a.id == b.id:
                    continue
                seen.add(pair)
                if within_limit(a, b):
                    continue
                if opposed(a, b) and same_question(a, b) or answers(a, b) or one_party(a, b):
                    out.append((a, b) if a.stance == "affirms" else (b, a))
    return out


def denial_pairs(conn, claims: list[ClaimRow], states: dict[str, set[str]]  # type: ignore[no-untyped-def]
                 ) -> list[tuple[ClaimRow, str, str]]:
    """(denying claim, relation id, predicate) where a stored relation documents what the claim denies."""
    m = t.mention
    ent = {r.id: _key(r.entity_id, r.text) for r in conn.execute(
        select(m.c.id, m.c.entity_id, m.c.text).where(
            m.c.id.in_(select(t.relation.c.subject)) | m.c.id.in_(select(t.relation.c.object))
            | m.c.id.in_(select(t.relation.c.product))))}
    rels = conn.execute(select(t.relation.c.id, t.relation.c.subject, t.relation.c.object,
                               t.relation.c.product, t.relation.c.predicate)
                        .where(t.relation.c.predicate.in_(DENIABLE))).all()
    out = []
    for c in claims:
        if c.stance != "denies" or c.defends or c.predicate not in DENIABLE:
            continue
        for r in rels:
            ends = {ent.get(r.subject), ent.get(r.object)}
            if r.product:
                ends.add(ent.get(r.product))
            ends |= {s for end in list(ends) for s in states.get(end or "", ())}
            if len(c.about & ends) >= 2 and c.own & ends and c.speaker not in ends - c.about:
                out.append((c, r.id, r.predicate))
    return out


def matter(a: ClaimRow, b: ClaimRow) -> str:
    """The question two claims answer, in words: the topic and the actors both name."""
    shared = sorted({**b.names, **a.names}[k] for k in a.about & b.about if k in a.names or k in b.names)
    topics = sorted({a.predicate, b.predicate} - {"statement"}, key=[a.predicate, b.predicate].index)
    topic = "/".join(topics) or "statement"  # a bare statement takes the topic it answers
    return f"{topic} ({', '.join(shared)})" if shared else topic


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def refresh_contradictions(store: Store) -> int:
    """Recompute the contradiction table from the stored claims and relations; returns the count."""
    with store.begin() as conn:
        states = body_states(conn)
        claims = load_claims(conn, states)
        rows = []
        for a, b in claim_pairs(claims):
            denies = "rules out by a limit" if b.restricts else "says is lawful" if b.defends else "denies"
            rows.append({"id": _id("claim", a.id, "claim", b.id), "a_kind": "claim", "a_id": a.id,
                         "b_kind": "claim", "b_id": b.id, "proposition": a.proposition,
                         "why": f"{a.speaker_name} ({a.date or 'undated'}) affirms what "
                                f"{b.speaker_name} ({b.date or 'undated'}) {denies}: {matter(a, b)}"})
        for c, rel_id, pred in denial_pairs(conn, claims, states):
            rows.append({"id": _id("claim", c.id, "relation", rel_id), "a_kind": "claim", "a_id": c.id,
                         "b_kind": "relation", "b_id": rel_id, "proposition": c.proposition,
                         "why": f"{c.speaker_name} ({c.date or 'undated'}) denies what a documented "
                                f"'{pred}' relation states: {c.proposition}"})
        conn.execute(t.contradiction.delete())
        if rows:
            conn.execute(t.contradiction.insert(), rows)
    log.info("%d contradictions", len(rows))
    return len(rows)
