"""`supplied` (seller → buyer, with product) in the ways reporters write a sale beyond "X sold Y to Z",
which arguments.apply reads: the buyer's side ("Z bought Y from X", "Z s'est doté de Y fourni par X"), the
recipient as direct object ("X equipped Z with Y", "X a équipé Z de Y", "X sold Z a system", "X has
supplied Egypt"), nominalisations ("la vente de Y à Z par X", "X's sale of Y to Z"), the roles of seller and
client ("X, a supplier to Z", "Z is a client of X"), contracts ("the contract between X and Z"), building
for a client ("X construisait pour l'opérateur syrien"), goods that ended up somewhere ("X's equipment
ended up in Z"), and lists of buyers ("à l'Égypte, au Bahreïn et à la Libye").

A wrong sale in print is a libel risk: a sale that is denied, refused, wished for, hypothetical or
negated is none (`asserted`), nor is the sale of a company, a stake or a subsidiary.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from enquete import model
from enquete.extract.anaphora import company_anaphor, demonyms, fold, named_state
from enquete.extract.clauses import token_at
from enquete.extract.discourse import Orphan
from enquete.extract.goods import heads as goods_heads, nouns as goods_nouns
from enquete.extract.nlp import text_of
from enquete.extract.phrasings import hedged
from enquete.extract.relations import (
    AMONG, Sent, Trigger, actor, coordinated, dep_subject, evidence, is_passive, lexicon, nearest_date, words,
)

SELLERS = ["Company", "Country", "PublicBody"]
BUYERS = ["Country", "PublicBody", "Company", "Organization"]
GOODS_AFTER = 12  # words after a verb of buying in which a product it governs may stand, the parse aside
WINDOW_BACK = 5  # words before a sale, in its clause, that may deny it ("dément avoir vendu")
CHAIN = {"xcomp", "ccomp", "obj", "dobj", "pobj", "pcomp", "prep", "nmod", "obl", "obl:arg", "obl:mod",
         "case", "mark", "acl", "advcl", "conj"}
STOPS = {",", ";", ":", "but", "mais", "qui", "which", "who", "que", "that", "et", "and"}
CLIENT_OF = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:of|de|du|d'|chez)\s*", re.I)  # "client (attitré) de X"
NEGATIVE_DETS = {"no", "aucune", "aucun", "nulle", "nul"}
GENERIC_DETS = {"such", "many", "most", "some", "any", "tel", "telle", "tels", "telles", "certaines",
                "certains", "nombreuses", "nombreux", "plusieurs"}  # goods or buyers of no one in particular
DEFINITE = {"ces", "cette", "cet", "these", "those", "the", "les", "leurs", "ses", "its", "their"}  # a part of
# goods already named ("dozens of these vehicles", "plusieurs dizaines de ces véhicules") is no one's goods
PLAN_AUX = {"will", "shall", "would", "'ll", "could", "might", "may", "should", "devoir", "pouvoir", "aller"}
NEGATIONS = {"not", "never", "n't", "ne", "n'", "n’", "jamais", "pas"}
SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass"}
POSSESSIVES = {"its", "their", "son", "sa", "ses", "leur", "leurs"}


def _possessive(tok: Token) -> bool:
    """Whether "its"/"ses" (no name) gives `tok` an owner ("its sales", "ses sondes")."""
    return any(c.lower_ in POSSESSIVES and c.dep_ in ("poss", "nmod:poss", "det") for c in tok.children)


def spec(key: str, lang: str) -> list[str]:
    """One list of the `supplied` lexicon entry, for `lang`."""
    return (lexicon("relations")["supplied"].get(key) or {}).get(lang) or []


@lru_cache(maxsize=None)
def _state_bodies(lang: str) -> frozenset[str]:
    """The nouns of `state_buyers` for `lang`, folded (read once a language)."""
    return frozenset(fold(w) for w in spec("state_buyers", lang))


def asserted(tok: Token | None, sent: Sent, lang: str) -> bool:
    """Whether the sale that `tok` names is stated as done (`stated`), and is not the sale of a company
    or a stake."""
    return tok is None or stated(tok, sent, lang) and not _corporate(tok, sent, lang)


def stated(tok: Token, sent: Sent, lang: str) -> bool:
    """Whether the act that `tok` names is stated as done: not denied, refused, wished for, urged or
    hypothetical ("denied selling", "envisage de vendre", "could have sold", "si ..., aurait livré",
    "urged Y to add X"), not negated ("no sale")."""
    block = set(spec("unasserted", lang))
    if _governed_by(tok, block, sent.span.start) or _said_before(tok, block) or _hypothetical(tok, lang) or _alleged(tok):
        return False
    if any(c.lower_ in NEGATIVE_DETS | NEGATIONS or c.dep_ == "neg" for c in tok.children):
        return False
    return not any(c.dep_ == "amod" and (c.lemma_.lower() in block or c.lower_ in block)
                   for c in tok.children)  # "un client potentiel", "a possible sale"


def read_by_trigger(trig: Trigger, sent: Sent, lang: str) -> bool:
    """Whether arguments.apply may read a sale from `trig`: the sale is asserted; a noun of sale ("la
    vente", "the export") is left to `_sale_noun`, and "Z is a client of X" to `_client_of` (read from
    left to right it would make the client the seller)."""
    text = text_of(sent.span.doc).replace("’", "'")
    if trig.bare:
        if _counted_among(text, trig, lang):
            return False  # "X compte parmi ses clients Z": `_counts_among` reads it, with X the seller
        if _link_negated(token_at(sent.span.doc, trig.start, trig.end)):
            return False  # "its clients do not include Z", "Z n'est pas cliente de X"
        among = AMONG.search(text, max(0, trig.start - 40), trig.start)
        return among is not None or not CLIENT_OF.match(text, trig.end)
    tok = trig.token
    noun = tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in spec("sale_nouns", lang)
    return not noun and not _located(tok, sent, lang) and asserted(tok, sent, lang)


def _located(tok: Token | None, sent: Sent, lang: str) -> bool:
    """Whether "installé"/"installed" describes where people or a firm live or work ("deux informaticiens
    installés en Espagne", "a broker installed in Dubai"), not goods set up somewhere ("les sondes
    installées en Libye", "P, installé au Caire"): a participle on a noun that names no goods."""
    if tok is None or tok.lemma_.lower() not in spec("located_lemmas", lang) or tok.dep_ not in ("acl", "amod"):
        return False
    head = tok.head
    return head.pos_ == "NOUN" and head.lemma_.lower() not in goods_heads(lang) and not any(
        m.start <= head.idx < m.end for m in sent.mentions)


def _link_negated(tok: Token | None) -> bool:
    """Whether a noun of clients, or the verb it is the subject or object of, is negated ("its clients do
    not include Z", "Z is not a client of X", "Z n'est pas cliente de X")."""
    if tok is None:
        return False
    verb = tok.head if tok.dep_ in SUBJECTS | {"obj", "dobj", "attr"} and tok.head.i != tok.i else None
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for t in (tok, verb) if t is not None
               for c in t.children)


def _counted_among(text: str, trig: Trigger, lang: str) -> bool:
    """Whether the noun of clients at `trig` closes "counts (Z) among its clients" / "compte (Z) parmi ses
    clients"."""
    return _counted_among_re(lang).search(text[max(0, trig.start - 120):trig.end]) is not None


@lru_cache(maxsize=None)
def _counted_among_re(lang: str) -> re.Pattern[str]:
    """"counts (Z) among its clients" ending where the noun of clients ends, for `lang` (built once)."""
    verbs = "|".join(map(re.escape, spec("count_verbs", lang)))
    return re.compile(rf"(?<!\w)(?:{verbs})\s(?:[^.;:]{{0,80}}?\s)?{spec('among_clients', lang)}$", re.I)


@lru_cache(maxsize=None)
def _among_clients_re(lang: str) -> re.Pattern[str]:
    """The lexicon's "among its clients" phrase for `lang`, compiled once."""
    return re.compile(spec("among_clients", lang), re.I)


def _governed_by(tok: Token, block: set[str], start: int = 0) -> bool:
    """A word of `block` above the sale in the parse ("denies that it sold", "a démenti toute vente", "the
    sale was blocked"), in its sentence (from token `start`: the tagger may run two sentences into one)."""
    cur = tok
    for _ in range(4):
        through = CHAIN | SUBJECTS if cur.pos_ == "NOUN" else CHAIN
        if cur.dep_ not in through or cur.head.i == cur.i or cur.head.i < start:
            return False
        cur = cur.head
        if cur.lemma_.lower() in block or cur.lower_ in block:
            return True
    return False


def _said_before(tok: Token, block: set[str]) -> bool:
    """A word of `block` just before the sale in its clause ("Nordsec dément avoir vendu", "wants to
    sell"), or just before the "que"/"that" that opens it ("dément que la plateforme ait été livrée"): the
    tagger does not always attach them."""
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - WINDOW_BACK) - 1, -1):
        w = tok.doc[i]
        if w.lower_ in THAT and i > 0 and _blocks(tok.doc[i - 1], block):
            return True  # "dément que la plateforme ait été livrée", "denies that the system was sold"
        if w.lower_ in STOPS or w.is_punct:
            return False
        if _blocks(w, block | NEGATIONS):
            return True
    return False


THAT = {"que", "qu'", "qu’", "that"}


def _blocks(w: Token, block: set[str]) -> bool:
    """Whether `w` is a word of `block` (not a name: "in May" is no "may")."""
    return w.pos_ != "PROPN" and (w.lemma_.lower() in block or w.lower_ in block)


def planned(tok: Token) -> bool:
    """Whether a sale is only planned or thought of: "will be delivered", "could be sold", "sera livré",
    "doit être livré", "va être livré" (a future or conditional auxiliary, or a verb of plan governing it).
    A sale of a named seller may be a contract; one whose seller is only in view must be done."""
    if any(c.dep_.startswith("aux") and (c.lower_ in PLAN_AUX or "Fut" in c.morph.get("Tense")
                                         or "Cnd" in c.morph.get("Mood")) for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_AUX


def generic(tok: Token) -> bool:
    """Whether the goods or the buyers of a sale are of no one in particular: "Such systems are sold to
    many states", "de tels outils sont vendus à plusieurs pays"."""
    return any(t.lower_ in GENERIC_DETS and t.dep_ in ("amod", "det", "nummod") and t.head.i != tok.i
               and not any(d.lower_ in DEFINITE for d in t.head.subtree)  # "plusieurs de ces véhicules"
               for t in tok.subtree)


def _hypothetical(tok: Token, lang: str) -> bool:
    """An "if" clause on the sale's verb, or the sale inside one."""
    marks = set(spec("hypothetical_marks", lang))
    verb = tok
    while verb.dep_ in ("xcomp", "conj", "obj", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.lower_ in marks for c in verb.children if c.dep_ == "mark"):
        return True
    return any(c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children if m.dep_ == "mark")
               for c in verb.children)


def _alleged(tok: Token) -> bool:
    """A conditional reported by someone else ("la presse a affirmé que les programmes auraient été
    fournis à"): an allegation twice removed, not a sale the text states."""
    verb = tok
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    conditional = any("Cnd" in t.morph.get("Mood", []) for t in (tok, *tok.children)
                      if t.pos_ in ("AUX", "VERB"))
    return conditional and (verb.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")
                                                       for c in verb.children))


def _corporate(tok: Token, sent: Sent, lang: str) -> bool:
    """The thing sold is a company, a stake or a subsidiary ("sold its stake in W", "a vendu sa
    filiale W", "sold W to Z")."""
    corporate = set(spec("corporate", lang))
    for c in tok.children:
        if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") or (c.dep_ == "nmod" and tok.pos_ == "NOUN" and any(
                k.dep_ == "case" and k.lower_ in ("de", "d'", "d’", "du", "des") for k in c.children)):
            if c.lower_ in corporate:  # the forms as listed: "its unit" is a business, "40 units" goods
                return True
            if c.dep_ in ("obj", "dobj") and any(m.type == "Company" and m.start <= c.idx < m.end
                                                 for m in sent.mentions):
                return True
    return False


def more_supplies(sent: Sent, doc: model.Document, lang: str, found: list[model.Relation],
                  context: dict) -> list[model.Relation]:
    """Sales of the sentence that arguments.apply does not read, and the other buyers of a list."""
    _note_shared(found, context)
    _note_sellers(sent, lang, found, context)
    if not sent.mentions:  # "des serveurs ont été expédiés à Damas": the seller in view, the capital's state
        return [r for tok in sent.span if tok.lemma_.lower() in spec("lemmas", lang)
                for r in _passive_in_view(tok, sent, doc, lang, context)] + [
            r for tok in sent.span if tok.lemma_.lower() in spec("use_lemmas", lang)
            for r in _used(tok, sent, doc, lang, context)]  # "the Ethiopian government used the spyware"
    out = _listed_buyers(sent, doc, found)
    for tok in sent.span:
        lemma = tok.lemma_.lower()
        if (lemma in spec("buy_lemmas", lang) and not _order_won(tok, lang)) or _reflexive_doter(tok, lang):
            out += next((r for read in (_bought, _bought_from_maker, _bought_passive)
                         if (r := read(tok, sent, doc, lang, context))), [])
        if lemma in spec("recipient_lemmas", lang) or lemma in spec("recipient_with_lemmas", lang):
            out += _equipped(tok, sent, doc, lang, context.get("mentions", []))
        if lemma in spec("lemmas", lang) or tok.lower_ in spec("lemmas", lang):  # "installed" (lemma "instal")
            out += _done_for_signer(tok, sent, doc, lang, context) or _to_the_client(tok, sent, doc, lang, context)
        if tok.pos_ == "NOUN" and tok.lower_ in LICENCES:
            out += _licensed(tok, sent, doc, lang, context)
        if lemma in spec("lemmas", lang):
            out += _fronted_these(tok, sent, doc, lang, context)
            out += _passive_in_view(tok, sent, doc, lang, context)
            out += _destined(tok, sent, doc, lang, context.get("mentions", []))
            out += _dative(tok, sent, doc, lang)
            out += _to_state_body(tok, sent, doc, lang, context.get("mentions", []))
        if tok.pos_ in ("NOUN", "PROPN") and (lemma in spec("sale_nouns", lang) or tok.lower_ in
                                              spec("sale_nouns", lang)):
            out += _sale_noun(tok, sent, doc, lang, context)
        if tok.pos_ == "NOUN" and (lemma in spec("purchase_nouns", lang) or lemma in spec("sale_nouns", lang)
                                   and tok.head.lemma_.lower() in spec("purchase_verbs", lang)):
            out += _purchase_noun(tok, sent, doc, lang, context.get("mentions", []))
        if tok.pos_ == "NOUN" and lemma in spec("supplier_nouns", lang):
            out += _supplier_noun(tok, sent, doc, lang) or _party_named(tok, sent, doc, lang, context, "Company")
        if tok.pos_ == "NOUN" and lemma in spec("bare_lemmas", lang):
            out += _client_of(tok, sent, doc, lang) or _client_said(tok, sent, doc, lang) or _became_client(
                tok, sent, doc, lang, context) or _party_named(tok, sent, doc, lang, context, "Country")
        if tok.lower_ in spec("count_verbs", lang):
            out += _counts_among(tok, sent, doc, lang, context)
        if lemma in spec("select_lemmas", lang) and tok.pos_ == "VERB":
            out += _selected(tok, sent, doc, lang, context.get("mentions", []))
        if lemma in spec("built_for_lemmas", lang):
            out += _built_for(tok, sent, doc, lang, context.get("mentions", []))
        if tok.pos_ == "NOUN" and (lemma in spec("invoice_nouns", lang) or tok.lower_ in spec("invoice_nouns", lang)):
            out += _invoice(tok, sent, doc, lang, context)
        if tok.pos_ == "NOUN" and (lemma in spec("contract_nouns", lang)):
            out += _contract(tok, sent, doc, lang, context)
        if lemma in spec("stop_lemmas", lang) or (lemma == "fin" and tok.head.lemma_ == "mettre"):
            out += _stopped(tok, sent, doc, lang, context)
        if lemma in spec("use_lemmas", lang) or tok.lower_ in spec("use_lemmas", lang):
            out += _used(tok, sent, doc, lang, context)
    out += _listed_buyers(sent, doc, [r for r in out if r.extractor.startswith("passive-in-view")])
    out += _ended_up(sent, doc, lang)
    _note_sales(out, context)  # (the sentence's goods were noted above)
    out += _through_subsidiary(sent, doc, lang, found + out)
    out += _through_intermediary(sent, doc, lang, found + out)
    out += _reseller_in_view(sent, doc, lang, context)
    _note_signer(sent, lang, context)
    _note_holders(sent, lang, context)
    _note_applicant(sent, lang, context)
    return [r for r in out if r.subject != r.object]


def _note_shared(found: list[model.Relation], context: dict) -> None:
    """Keep in `context["shared"]` the products that two companies make ("X and Y both make interception
    probes"): "the probes" delivered later are of either, sold by neither for sure."""
    by_id = context["by_id"]
    for r in found:
        maker, product = context["makers"].get(r.object), by_id.get(r.object)
        if r.predicate == "developed" and maker is not None and product is not None \
                and (maker.cluster or maker.text) != (by_id[r.subject].cluster or by_id[r.subject].text):
            context.setdefault("shared", set()).add(product.cluster or product.text)


def topic_maker(product: model.Mention, context: dict) -> model.Mention | None:
    """The company the text is about, taken for the maker of a product sold with no seller named ("the
    Kestrel platform was delivered to Oman"), unless the text named it as the maker of other goods only
    ("Nervala makes drones. The Kestrel platform was delivered": Kestrel is not said to be its)."""
    topic = context.get("topic")
    if topic is None:
        return None
    key = topic.cluster or topic.text
    by_id = context["by_id"]
    made = {by_id[pid].cluster or by_id[pid].text for pid, maker in context["makers"].items()
            if (maker.cluster or maker.text) == key and pid in by_id}
    return topic if not made or (product.cluster or product.text) in made else None


def _relation(seller: model.Mention, buyer: model.Mention, tok: Token, sent: Sent, doc: model.Document,
              conf: float, how: str) -> model.Relation:
    """One sale, with the product nearest the words that name it and the date of their clause."""
    prods = [m for m in sent.mentions if m.type == "Product"]
    product = min(prods, key=lambda m: abs(m.start - tok.idx)) if prods else None
    date = nearest_date(sent, tok.idx)
    lo, hi = min(seller.start, buyer.start, tok.idx), max(seller.end, buyer.end, tok.idx + len(tok))
    return model.Relation(subject=seller.id, predicate="supplied", object=buyer.id,
                          product=product.id if product else None, evidence=evidence(doc, sent, lo, hi),
                          date=date.value if date else None, precision=date.precision if date else None,
                          confidence=conf, extractor=f"{how}:supplied-v1")


def _mentions_in(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    """Mentions of `types` that `tok` itself lies in."""
    return [m for m in sent.mentions if m.start <= tok.idx < m.end and m.type in types]


def _after(sent: Sent, text: str, pos: int, end: int, markers: list[str], types: list[str],
           gap: int = 3) -> model.Mention | None:
    """The first mention of `types` in [pos, end) that follows one of `markers` within `gap` words."""
    for m in sent.mentions:
        if m.start < pos or m.end > end or m.type not in types:
            continue
        between = text[pos:m.start].lower().replace("’", "'")
        for mk in sorted(markers, key=len, reverse=True):
            hit = None
            for hit in re.finditer(rf"(?:^|\W){re.escape(mk)}(?=\W|$)", between):
                pass
            if hit is not None and words(between[hit.end():]) <= gap:
                return m
    return None


def goods_named(tok: Token, sent: Sent, lang: str) -> bool:
    """Whether goods are named in the clause of `tok`: a product, or a word of the `goods` list or a noun that
    names goods (lexicon/goods.yaml heads: "eight launchers", "des fusils", "grenades") outside any other name
    ("Systems" in "Talvio Systems" names a company, not goods)."""
    goods = set(spec("goods", lang)) | goods_nouns(lang)
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    if any(m.type == "Product" and lo <= m.start < hi for m in sent.mentions):
        return True
    return any((t.lemma_.lower() in goods or t.lower_ in goods)
               and not any(m.start <= t.idx < m.end for m in sent.mentions)
               for t in tok.subtree) or _goods_after(tok, sent, goods)


def _goods_after(tok: Token, sent: Sent, goods: set[str]) -> bool:
    """A product named after a verb whose object the parser hung elsewhere ("achète à X, en 2016, une
    licence de Y" parsed with "licence" as the root): a product or a word of `goods` within GOODS_AFTER
    words of the verb, before any other verb or the end of the clause."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 1 + GOODS_AFTER)]:
        named = [m for m in sent.mentions if m.start <= t.idx < m.end]
        if any(m.type == "Product" for m in named) or not named and t.lemma_.lower() in goods:
            return True
        if not named and (t.pos_ in ("VERB", "AUX") or t.lower_ in STOPS - {",", "et", "and"}):
            return False  # a name the tagger takes for a verb ("à Palantir") is no new clause
    return False


def _buyer_subject(tok: Token, sent: Sent, lang: str, mentions: list[model.Mention]) -> list[model.Mention]:
    """The grammatical subject of a verb of buying, or the head of its relative clause, or the state whose
    body the subject names by an adjective ("les services égyptiens", "Mexican federal agencies")."""
    found = dep_subject(tok, sent, BUYERS)
    if not found and tok.dep_ in ("relcl", "acl:relcl"):
        found = _mentions_in(tok.head, sent, BUYERS)
    head = _subject_token(tok)
    if head is not None and not any(m.start <= head.idx < m.end for m in found):
        # "Mexican federal agencies, among them the Defence Ministry, bought": the state and the bodies named
        state = _state_of(head, lang, mentions)
        found = found + [state] if state is not None and state not in found else found
    return found


def _subject_token(tok: Token) -> Token | None:
    """The subject of `tok` (or of the verb it is coordinated with), as a token."""
    for cand in (tok, tok.head if tok.dep_ == "conj" else None):
        subj = next((c for c in cand.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None) \
            if cand is not None else None
        if subj is not None:
            return subj
    return None


def _agent_noun(tok: Token) -> Token | None:
    """The noun heading the agent of a passive ("by the Kenyan police": police)."""
    agent = next((c for c in tok.children if c.dep_ in ("agent", "obl:agent")), None)
    if agent is None or agent.pos_ in ("NOUN", "PROPN"):
        return agent  # French: the noun itself is obl:agent
    head = next((c for c in agent.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return head or next((t for t in agent.subtree if t.pos_ in ("NOUN", "PROPN")), None)  # not "Kazakh" of
    # "by the Kazakh government"


def _state_of(tok: Token | None, lang: str, mentions: list[model.Mention]) -> model.Mention | None:
    """"les services égyptiens", "Mexican federal agencies", "the Bahraini interior ministry": the state
    (as the document names it) whose body `tok` heads, a noun of `state_buyers` with an adjective of
    nationality among its modifiers."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    bodies = _state_bodies(lang)
    if fold(tok.lemma_) not in bodies and fold(tok.lower_) not in bodies:
        return None
    codes = [demonyms()[fold(c.lower_)] for c in tok.children
             if c.dep_ in ("amod", "compound", "nmod") and fold(c.lower_) in demonyms()]
    if not codes:  # "la police du Togo", "the police of Kenya": the state named after "of"/"de"
        of = [c for c in tok.children if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in (
            "de", "du", "d'", "d’") for k in c.children) or c.dep_ == "prep" and c.lower_ == "of"]
        named = [m for c in of for t in (c, *(g for g in c.children if g.dep_ == "pobj"))
                 for m in mentions if m.type == "Country" and m.start <= t.idx < m.end]
        return named[0] if named else None
    return named_state(codes[0] if codes else None, mentions)


def _reflexive_doter(tok: Token, lang: str) -> bool:
    """"Z s'est doté de Y", "Z s'est équipé de Y": the subject is the buyer."""
    return lang == "fr" and tok.lemma_.lower() in ("doter", "équiper", "munir") and any(
        c.lower_ in ("se", "s'", "s’") for c in tok.children)


SOLD_BY = {"fr": r"(?:fourni|vendu|livré|installé|exporté|cédé)e?s?\s+(?:[\w'-]+\s+){0,2}?par\s+",
           "en": r"(?:supplied|sold|provided|delivered|installed|exported|shipped)\s+"
                 r"(?:[\w'-]+\s+){0,2}?by\s+"}


def _order_won(tok: Token, lang: str) -> bool:
    """A buying word that tells no purchase by its subject: the noun ("an order for vehicles from Egypt"), or
    a verb whose object is an order or a contract ("X received an order from Egypt", "a obtenu une commande
    de l'Égypte": X is the seller; the phrasings read those)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    words = set(spec("purchase_nouns", lang)) | set(spec("contract_nouns", lang))
    return any(c.dep_ in ("obj", "dobj") and c.lower_ in words for c in tok.children)


def _bought(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"Z bought Y from X", "Z a acheté Y à X", "Z a acquis Y auprès de X", "Z s'est doté de Y, fourni par
    X": goods must be named, and the sale stated as done."""
    text = doc.text
    if not asserted(tok, sent, lang) or not goods_named(tok.head if tok.dep_ == "xcomp" else tok, sent, lang):
        return []
    if any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in tok.children):
        return []  # "Y was bought from X (by Z)": rare, and the subject is the goods
    end = tok.right_edge.idx + len(tok.right_edge)
    seller = _after(sent, text, tok.idx + len(tok), end, spec("seller_markers", lang), SELLERS)
    if seller is None:
        hit = re.search(SOLD_BY[lang], text[tok.idx:sent.end].replace("’", "'"), re.I)
        if hit:
            at = tok.idx + hit.end()
            seller = next((m for m in sent.mentions if m.start == at and m.type in SELLERS), None)
    if seller is None and FROM_THE_COMPANY.search(text.replace("’", "'"), tok.idx + len(tok), end):
        seller = sent.in_view if sent.in_view is not None and sent.in_view.type == "Company" else context.get(
            "topic")  # "bought eight launchers from the American firm": the company in view, else the article's
    if seller is None:
        return []
    return [_relation(seller, b, tok, sent, doc, 0.65, "buyer")
            for b in _buyer_subject(tok, sent, lang, context.get("mentions", []))]


#: the seller of a purchase called by its kind, with at most one word before it ("from the American firm",
#: "auprès de la société", "à l'entreprise"): the company in view
FROM_THE_COMPANY = re.compile(r"(?<!\w)(?:from|auprès\s+d[eu']\s*|à|de|chez)\s*(?:the|la|le|l')\s*(?:[\w-]+\s+)?"
                              r"(?:company|firm|manufacturer|vendor|maker|entreprise|société|firme|fabricant)(?!\w)",
                              re.I)
#: Words after a verb of buying that name a seller other than the maker, even one not recognised as a name.
# a source other than the maker: "from a reseller", "through a broker"; not a time ("from 2011 onwards")
OTHER_SELLER = re.compile(r"\b(?:(?:from|through)(?!\s+(?:\d|early|late|mid|then|now|the\s+(?:start|beginning"
                          r"|end|middle)\b))|via|auprès d|chez|par l'intermédiaire|par le biais)", re.I)


def _bought_from_maker(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                       ) -> list[model.Relation]:
    """"Z bought Y" with no seller named, where Y is a product whose maker the document named before
    ("Helix makes Vigil. ... The ministry bought Vigil in 2015", "... Kazakhstan acquired the software"):
    the maker supplied Z. Nothing when the clause names another source ("from a reseller", "auprès d'un
    intermédiaire")."""
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj")]
    pronoun = bool(objs) and goods_pronoun(objs[0])
    if not objs or not (_mentions_in(objs[0], sent, ["Product"]) or definite_goods(objs[0], lang) or pronoun) \
            or not asserted(tok, sent, lang):
        return []
    if any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in tok.children):
        return []
    end = tok.right_edge.idx + len(tok.right_edge)
    if OTHER_SELLER.search(doc.text, tok.idx + len(tok), end):
        return []
    seen = product_in_view(sent, context) if pronoun else None  # "The ministry bought it": the product named
    if pronoun:  # before, whose maker the text named
        maker = context["makers"][seen.id] if seen is not None else None
    else:
        maker = _owner(objs[0], sent, lang, context)
    buyers = _buyer_subject(tok, sent, lang, context.get("mentions", []))
    if maker is None:
        _unmade(objs[0], [b for b in buyers if b.type in STATE_BUYERS], tok, sent, lang, context)
        if buyers and definite_goods(objs[0], lang) and past(tok):
            context["orphans"].append(Orphan(  # "The ministry bought the system": the seller of the
                tok.idx, tok.idx + len(tok), sent, [], buyers[:1], None, goods=goods_word(objs[0], lang)))  # sale
            # told before (discourse.py)
        return []
    return [_relation(maker, b, tok, sent, doc, 0.5 if seen is None else 0.45, "bought-from-maker")
            for b in buyers if seen is None or b.type in STATE_BUYERS]  # a company that bought "it" bought
    # the company as well as its product ("Stenmark acquired it")


GOODS_PRONOUNS = {"it", "le", "la", "l'", "l’"}  # object pronouns that may stand for goods named before


def goods_pronoun(tok: Token) -> bool:
    """Whether `tok` is an object pronoun that may stand for goods ("bought it", "l'a acheté")."""
    return tok.pos_ == "PRON" and tok.lower_ in GOODS_PRONOUNS


def orphan(tok: Token | None, sent: Sent, lang: str, sellers: list[model.Mention], buyers: list[model.Mention],
           how: str) -> bool:
    """Whether a sale verb that found one party and not the other is left for the document to complete
    (discourse.py): its seller read from the parse and goods after it ("Safran a livré des systèmes"), or
    its buyer and no seller at all ("des serveurs ont été expédiés à Damas")."""
    if tok is None or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _sale_lemmas(lang) \
            or not past(tok):
        return False
    if sellers and not buyers:
        return how == "dep" and goods_named(tok, sent, lang)
    if buyers and not sellers:
        return is_passive(tok) and not any(c.dep_ in ("agent", "obl:agent") or c.lower_ in ("par", "by")
                                           for c in tok.subtree)
    return False


def goods_word(goods: Token | None, lang: str) -> str:
    """The lemma of a word that names particular goods ("serveurs" -> "serveur"); "" for none, or for a word
    that names any goods (`generic_goods`: "le matériel", "the equipment", "ces systèmes")."""
    if goods is None or goods.pos_ not in ("NOUN", "PROPN"):
        return ""
    lemma = goods.lemma_.lower()
    return "" if lemma in spec("generic_goods", lang) or goods.lower_ in spec("generic_goods", lang) else lemma


def sold_goods(tok: Token) -> Token | None:
    """What a verb of sale or of finding acts on: its passive subject, else its object ("des serveurs ont été
    expédiés", "found traces")."""
    return next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None) or next(
        (c for c in tok.children if c.dep_ in ("obj", "dobj")), None)


def past(tok: Token) -> bool:
    """Whether a verb tells a deed rather than a trade: not a simple present ("Candiru sells hacking tools",
    "elle vend des sondes")."""
    return not ("Pres" in tok.morph.get("Tense") and tok.morph.get("VerbForm") != ["Part"])


@lru_cache(maxsize=2)
def _sale_lemmas(lang: str) -> frozenset[str]:
    return frozenset(spec("lemmas", lang)) - SITE_LEMMAS


#: putting in place is no sale: "installed in Z", "déployé à Z" are read by found_in
SITE_LEMMAS = frozenset({"installer", "déployer", "équiper", "install", "installed", "installs", "deploy", "equip"})
STATE_BUYERS = ("Country", "PublicBody")


def _bought_passive(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                    ) -> list[model.Relation]:
    """"Y, developed by X, was purchased by Z", "Y a été acquis par Z (auprès de X)": the agent bought
    the product that is the subject, from the seller named or else from its maker."""
    goods = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if goods is None or not asserted(tok, sent, lang) or not _mentions_in(goods, sent, ["Product"]):
        return []
    text = doc.text
    end = tok.right_edge.idx + len(tok.right_edge)
    buyer = _after(sent, text, tok.idx + len(tok), end, ["par", "by"], BUYERS, gap=2)
    if buyer is None:
        buyer = _state_of(_agent_noun(tok), lang, context.get("mentions", []))
    markers = spec("seller_markers" if lang == "en" else "purchase_sellers", lang)  # not "acquis à", "de"
    seller = _after(sent, text, tok.idx + len(tok), end, markers, SELLERS)
    if seller is None and not OTHER_SELLER.search(text, tok.idx + len(tok), end):
        seller = _owner(goods, sent, lang, context)
    if buyer is None or seller is None or buyer.id == seller.id:
        return []
    return [_relation(seller, buyer, tok, sent, doc, 0.5, "bought-passive")]


def _equipped(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
              ) -> list[model.Relation]:
    """"X equipped Z with Y", "X a équipé Z de Y", "X, which provided Z with Y", "X a fourni Z en Y": the
    direct object is the recipient (for provide/fournir only when "with"/"en" follows it)."""
    if _reflexive_doter(tok, lang) or not asserted(tok, sent, lang):
        return []
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj")]
    if not objs:
        return _equipped_by(tok, sent, doc, lang)
    obj = objs[0]
    buyers = _mentions_in(obj, sent, BUYERS)[:1] or [  # "supplied Kenya's Interior Ministry": the body
        m for m in sent.mentions if obj.left_edge.idx <= m.start < obj.idx + len(obj) + 1 and m.type in BUYERS][:1]
    state = _state_of(obj, lang, mentions) if not buyers else None  # "supplied the Bahraini ministry with",
    if state is not None and (tok.lemma_.lower() in spec("recipient_lemmas", lang) or any(  # "a équipé la
            c.lower_ in set(spec("recipient_with", lang)) and c.i > obj.i  # police marocaine de"
            for c in (*tok.children, *obj.children))):
        return [_relation(s, state, tok, sent, doc, 0.6, "recipient") for s in _seller_subject(tok, sent)
                if s.type != "Country" or s.country != state.country]
    withs = set(spec("recipient_with", lang))
    if not buyers or tok.lemma_.lower() in spec("recipient_with_lemmas", lang) and not any(
            c.lower_ in withs and c.i > obj.i for c in (*tok.children, *obj.children)) and not (
            buyers[0].type in ("Country", "PublicBody") and _mentions_in(obj, sent, BUYERS)):
        return []  # "provided Z with Y", "has supplied Egypt"; not "supplied cameras"
    buyers = coordinated(sent, buyers[0], BUYERS, doc.text)
    sellers = _seller_subject(tok, sent)
    return [_relation(s, b, tok, sent, doc, 0.7, "recipient") for s in sellers for b in buyers]


def _equipped_by(tok: Token, sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"Z was equipped by X (with Y)", "Z a été équipé par X": the passive subject is the recipient, the
    agent the seller (verbs whose object is always the recipient)."""
    if tok.lemma_.lower() not in spec("recipient_lemmas", lang):
        return []
    subj = [c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    seller = _after(sent, doc.text, tok.idx + len(tok), sent.end, ["par", "by"], SELLERS, gap=2)
    buyers = [m for m in sent.mentions if subj and subj[0].left_edge.idx <= m.start <= subj[0].idx
              and m.type in BUYERS][:1]
    if seller is None or not buyers or words(doc.text[tok.idx + len(tok):seller.start]) > 3:
        return []
    return [_relation(seller, buyers[0], tok, sent, doc, 0.65, "recipient")]


def _seller_subject(tok: Token, sent: Sent) -> list[model.Mention]:
    """The subject of a verb of selling; of the verb its relative clause hangs from ("X, which provided");
    of the verb whose object its infinitive completes ("X won a contract to supply", "pour équiper")."""
    sellers = dep_subject(tok, sent, SELLERS + ["Organization"])
    if not sellers and tok.dep_ in ("relcl", "acl:relcl"):
        sellers = _mentions_in(tok.head, sent, SELLERS)
    if not sellers and tok.dep_ in ("acl", "advcl") and "Inf" in tok.morph.get("VerbForm", []):
        verb = tok.head.head if tok.head.dep_ in ("obj", "dobj") else tok.head
        sellers = dep_subject(verb, sent, SELLERS) if verb.pos_ in ("VERB", "AUX") else []
    return sellers


def _supplier_noun(tok: Token, sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"X, a longtime supplier to Z", "X is the main supplier of Z", "X, fournisseur attitré de Z": the
    state or public body after the noun is the buyer; the subject of the copula or the head of the
    apposition is the seller."""
    if not asserted(tok, sent, lang):
        return []
    end = tok.right_edge.idx + len(tok.right_edge)
    buyer = _after(sent, doc.text, tok.idx + len(tok), end, spec("supplier_markers", lang), BUYERS[:2], gap=2)
    if buyer is None:
        return []
    sellers = _described(tok, sent, SELLERS)
    return [_relation(s, buyer, tok, sent, doc, 0.6, "supplier-noun") for s in sellers]


def _client_of(tok: Token, sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"Z is a client of X", "Z, cliente de X": X supplied Z (the subject of the copula or the head of
    the apposition)."""
    text = doc.text.replace("’", "'")
    if not CLIENT_OF.match(text, tok.idx + len(tok)) or not asserted(tok, sent, lang):
        return []
    seller = _after(sent, text, tok.idx + len(tok), tok.right_edge.idx + len(tok.right_edge),
                    ["of", "de", "du", "d'", "chez"], SELLERS, gap=2)
    buyers = _described(tok, sent, BUYERS)
    return [_relation(seller, b, tok, sent, doc, 0.6, "client-of") for b in buyers] if seller else []


def _client_said(tok: Token, sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"X confirmed that Z was a customer", "X a reconnu que Z était client": a company that says who its
    customer is supplied it (the subject of the copula). Not when denied or asked ("X denied that",
    "whether Z was a client"), nor when the clause names another seller ("a client of Y")."""
    clause = tok if any(c.dep_ == "cop" for c in tok.children) else tok.head if tok.dep_ == "attr" else None
    if clause is None or clause.dep_ != "ccomp" or not stated(tok, sent, lang) or not stated(clause, sent, lang):
        return []
    if any(c.dep_ in ("mark", "neg", "advmod") and c.lower_ in ("whether", "if", "si", "not", "pas", "never",
                                                                 "jamais", "n't", "no longer", "plus")
           for c in clause.children) or CLIENT_OF.match(doc.text.replace("’", "'"), tok.idx + len(tok)):
        return []
    said = clause.head
    sellers = [m for m in dep_subject(said, sent, ["Company"])] if stated(said, sent, lang) else []
    buyers = [b for b in _described(tok, sent, BUYERS) if b not in sellers]
    return [_relation(s, b, tok, sent, doc, 0.55, "client-said") for s in sellers[:1] for b in buyers]


def _became_client(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                   ) -> list[model.Relation]:
    """"Kenya became a customer in 2015", "le Togo est devenu client": a state or body that became (or is)
    a client, of no one named, in a sentence that names no company, is a client of the company in view.
    Not negated, hedged, or a client of another ("a client of W")."""
    verb = tok.head if tok.dep_ in ("attr", "xcomp", "acomp") else tok if any(c.dep_ == "cop" for c in tok.children) \
        else None
    if verb is None or verb.lemma_.lower() not in ("become", "be", "devenir", "être", "client", "cliente") \
            or not stated(tok, sent, lang) or not stated(verb, sent, lang) or _link_negated(tok) \
            or CLIENT_OF.match(doc.text.replace("’", "'"), tok.idx + len(tok)):
        return []
    buyers = [m for c in verb.children if c.dep_ in SUBJECTS for m in _mentions_in(c, sent, BUYERS[:2])]
    seller = _seller_in_view(sent, context)
    return [_relation(seller, b, tok, sent, doc, 0.5, "became-client") for b in buyers[:1]] if seller else []


def _described(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    """The names of `types` a role noun describes ("X, a supplier to Z", "Z is a client of X"): the head
    of its apposition, or the subject of its copula."""
    if tok.dep_ == "appos":
        return _mentions_in(tok.head, sent, types)
    if tok.dep_ == "attr":
        return dep_subject(tok.head, sent, types)
    return dep_subject(tok, sent, types) if any(c.dep_ == "cop" for c in tok.children) else []


def _selected(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
              ) -> list[model.Relation]:
    """"Z selected X to provide Y", "Z a choisi X pour installer Y", "X was hired by Z to supply Y": a
    buyer that picks a company for a supply (an infinitive of selling, delivering, installing or building
    under the verb of choice) was supplied by it; the company is the object (the passive subject), the
    buyer the subject (the agent). Another task ("to audit", "pour conseiller") is no supply."""
    jobs = set(spec("lemmas", lang)) | set(spec("recipient_with_lemmas", lang)) | set(spec("built_for_lemmas", lang))
    job = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl", "acl") and c.lemma_.lower() in jobs
                and "Inf" in c.morph.get("VerbForm", [])), None)
    if job is None or not stated(tok, sent, lang) or not stated(job, sent, lang):
        return []
    passive = [c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    sellers = chosen(job, sent, lang)
    if passive:
        buyer = _after(sent, doc.text, tok.idx + len(tok), job.idx, ["par", "by"], BUYERS, gap=2) \
            or _state_of(_agent_noun(tok), lang, mentions)
        buyers = [buyer] if buyer is not None else []
    else:
        buyers = _buyer_subject(tok, sent, lang, mentions)
    return [_relation(s, b, job, sent, doc, 0.6, "selected") for s in sellers for b in buyers if b.id != s.id]


PRONOUNS_SUBJ = {"il", "elle", "it", "she", "he", "ils", "elles", "they", "celle-ci", "celui-ci"}


def _counts_among(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                  ) -> list[model.Relation]:
    """"X counts Z among its clients", "X compte parmi ses clients Z et W": X supplied each Z named
    between the verb and the phrase, else after it (a body named by its state's adjective stands for the
    state); "Elle compte parmi ses clients": the company the text is most about (a pronoun that opens a
    sentence rarely stands for a company named in passing, such as an investor)."""
    text = doc.text.replace("’", "'")
    end = next((t.idx for t in tok.doc[tok.i + 1:tok.sent.end] if t.lower_ in (";", ":")), sent.end)
    among = _among_clients_re(lang).search(text, tok.idx + len(tok), end)
    if among is None or words(text[tok.idx + len(tok):among.start()]) > 8 or not stated(tok, sent, lang):
        return []
    subj = _subject_token(tok)
    sellers = dep_subject(tok, sent, ["Company"]) or [  # "Arvane compte parmi": the parse lost the verb
        m for m in sent.mentions if m.type == "Company" and m.end <= tok.idx
        and re.fullmatch(r"\s*", text[m.end:tok.idx])] or (
        [c] if subj is not None and subj.lower_ in PRONOUNS_SUBJ and (c := context.get("topic")) else [])
    buyers = [m for m in sent.mentions if tok.idx < m.start < among.start() and m.type in BUYERS][:1] or [
        m for m in sent.mentions if among.end() <= m.start < end and m.type in BUYERS
        and words(text[among.end():m.start]) <= 2][:1]
    buyers = coordinated(sent, buyers[0], BUYERS, doc.text) if buyers else [
        s for c in tok.children if c.dep_ in ("obj", "dobj")
        for s in [_state_of(c, lang, context.get("mentions", []))] if s is not None]
    return [_relation(s, b, tok, sent, doc, 0.6, "counts-among") for s in sellers[:1] for b in buyers
            if b.id != s.id]


def chosen(job: Token, sent: Sent, lang: str) -> list[model.Mention]:
    """The company a verb of choice picks for the act `job` names ("Z selected X to supply", "X was hired
    to install"): the one who does it, not the subject of the verb of choice."""
    pick = job.head
    if job.dep_ not in ("xcomp", "advcl", "acl") or pick.lemma_.lower() not in spec("select_lemmas", lang):
        return []
    picked = [c for c in pick.children if c.dep_ in ("nsubj:pass", "nsubjpass")] or [
        c for c in pick.children if c.dep_ in ("obj", "dobj", "oprd")]  # the tagger's "oprd" too
    return [m for c in picked[:1] for t in c.subtree for m in _mentions_in(t, sent, ["Company"])][:1]


def _dative(tok: Token, sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"Helix sold Egypt a system called Y": the recipient as the first object, the goods the second."""
    given = [c for c in tok.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    if not given or not any(c.dep_ in ("obj", "dobj") for c in tok.children) or not asserted(tok, sent, lang):
        return []
    buyers = _mentions_in(given[0], sent, BUYERS)
    sellers = dep_subject(tok, sent, SELLERS)
    return [_relation(s, b, tok, sent, doc, 0.7, "recipient") for s in sellers for b in buyers[:1]]


def _built_for(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
               ) -> list[model.Relation]:
    """"X construisait pour l'opérateur public syrien un centre d'écoute", "X built Y for Z": the builder
    supplied the client named after "pour"/"for" (a body named by its state's adjective stands for it)."""
    if not asserted(tok, sent, lang) or not goods_named(tok, sent, lang):
        return []
    text = doc.text.replace("’", "'")
    end = min(sent.end, tok.right_edge.idx + len(tok.right_edge))
    markers = spec("built_for_markers", lang)
    buyer = _after(sent, text, tok.idx + len(tok), end, markers, BUYERS[:2], gap=2)
    if buyer is None:
        buyer = _state_body(text, tok.idx + len(tok), end, markers, lang, mentions)
    if buyer is None:
        return []
    sellers = dep_subject(tok, sent, SELLERS) or [  # "un intégrateur italien, X, construisait"
        m for m in sent.mentions if m.type in SELLERS and m.end <= tok.idx
        and re.fullmatch(r"\s*,?\s*", text[m.end:tok.idx])]
    return [_relation(s, buyer, tok, sent, doc, 0.6, "built-for") for s in sellers]


def _to_state_body(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
                   ) -> list[model.Relation]:
    """"X sold Y to the Egyptian telecom operator", "X a livré Y à la gendarmerie marocaine": a state's
    body named by a noun and an adjective, where no name stands."""
    if tok.pos_ != "VERB" or not asserted(tok, sent, lang):
        return []
    markers = spec("object_markers", lang)
    state = _state_body(doc.text.replace("’", "'"), tok.idx + len(tok), sent.end, markers, lang, mentions,
                        sent.mentions)
    sellers = _seller_subject(tok, sent) if state is not None else []
    return [_relation(s, state, tok, sent, doc, 0.55, "state-body") for s in sellers
            if s.type != "Country" or s.country != state.country]


def _state_body(text: str, pos: int, end: int, markers: list[str], lang: str,
                mentions: list[model.Mention], named: list[model.Mention] = ()) -> model.Mention | None:
    """"pour l'opérateur public syrien", "for the Egyptian police": the state (as the document names it)
    whose body a marker introduces, the body named by a noun of `state_buyers` and an adjective."""
    alt = "|".join(map(re.escape, sorted(markers, key=len, reverse=True)))
    hit = re.match(rf"\s+(?:[\w'-]+\s+){{0,6}}?(?:{alt})\s+((?:[\w'-]+\s*){{1,4}})", text[pos:end], re.I)
    if hit is None or any(pos + hit.start(1) <= m.start < pos + hit.end(1) for m in named):
        return None  # "to the Egyptian police, the NSA": the body is named
    tokens = [fold(w) for w in re.findall(r"[\w-]+", hit.group(1).replace("l'", " "))]
    if not _state_bodies(lang).intersection(tokens):
        return None
    codes = [demonyms()[w] for w in tokens if w in demonyms()]
    return named_state(codes[0] if codes else None, mentions)


def _sale_noun(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
               ) -> list[model.Relation]:
    """"la vente de Y à Z par X", "the export of Y to Z by X", "X's sales to Z": seller and buyer both in
    the noun's phrase, the seller after "par"/"by" or as its possessor, else the maker of the product Y
    the document named before ("Helix makes Vigil. ... the export of Vigil to Z"), else the company in view
    ("its sales to Z", "les livraisons du système à Z"). Not a sale the clause only talks of ("des
    discussions sont en cours pour la vente")."""
    block = set(spec("unasserted", lang))
    if not asserted(tok, sent, lang) or any(c.dep_ in SUBJECTS and c.lemma_.lower() in block
                                            for c in tok.head.children):
        return []
    text = doc.text
    lo, hi = tok.idx + len(tok), tok.right_edge.idx + len(tok.right_edge)
    to = spec("object_markers", lang)
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head.i == tok.head.i != tok.i and nxt.lower_ in to:
        hi = nxt.right_edge.idx + len(nxt.right_edge)  # "approved the export of Y | to Z": the parser
        # hangs "to Z" from the verb, yet it says where the goods go
    buyer = _after(sent, text, lo, hi, to, BUYERS, gap=2)
    seller = _after(sent, text, lo, hi, ["par", "by"], SELLERS, gap=2)
    if seller is None:
        seller = next((m for c in tok.children if c.dep_ in ("poss", "nmod:poss")
                       for m in _mentions_in(c, sent, SELLERS)), None)
    if seller is None:  # "l'exportation de Lynx vers le Gabon": the maker of the product named
        named = next((t for t in tok.subtree if t.i > tok.i and _mentions_in(t, sent, ["Product"])), None)
        seller = _owner(named, sent, lang, context) if named is not None else None
    if seller is None:  # "les livraisons du système à Z": the maker of the product named just before
        goods = next((t for t in tok.children if t.i > tok.i and (definite_goods(t, lang) or _of_the_goods(t, lang))),
                     None)
        seen = product_in_view(sent, context) if goods is not None else None
        seller = context["makers"][seen.id] if seen is not None else None
    if seller is None and _possessive(tok):  # "its sales to Z", "ses livraisons à Z"
        seller = _seller_in_view(sent, context)
    if seller is None and tok.dep_ in SUBJECTS and not generic(tok.head) and not planned(tok.head):
        seller = noted_seller(sent, context) or _sole_maker(sent, context)  # "Delivery to Egypt followed"
    if buyer is None or seller is None or buyer.start < lo:
        return []
    buyers = coordinated(sent, buyer, BUYERS, text)
    return [_relation(seller, b, tok, sent, doc, 0.6, "sale-noun") for b in buyers]


def _purchase_noun(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
                   ) -> list[model.Relation]:
    """"Egypt's purchase of Y from X", "the purchase of Y by Z from X", "l'achat de Y par Z auprès de X", "Z a
    passé commande de Y auprès de X", "Z took delivery of Y from X": the buyer is the possessor, the agent
    or the subject of a verb of `purchase_verbs`, the seller follows "from"/"auprès de"; goods must be
    named."""
    if not asserted(tok, sent, lang) or not goods_named(tok, sent, lang):
        return []
    end = next((t.idx for t in tok.doc[tok.i + 1:tok.sent.end] if t.pos_ in ("VERB", "AUX")
                and t.dep_ not in ("amod", "acl")), sent.end)
    seller = _after(sent, doc.text, tok.idx + len(tok), end, spec("purchase_sellers", lang), SELLERS, gap=2)
    buyer = _after(sent, doc.text, tok.idx + len(tok), end, ["par", "by"], BUYERS, gap=2)
    if buyer is None:
        buyer = next((m for c in tok.children if c.dep_ in ("poss", "nmod:poss")
                      for m in _mentions_in(c, sent, BUYERS)), None)
    buyers = [buyer] if buyer is not None else []
    if not buyers and tok.dep_ in ("obj", "dobj") and tok.head.lemma_.lower() in spec("purchase_verbs", lang):
        buyers = _buyer_subject(tok.head, sent, lang, mentions)  # "Z a passé commande", "Z took delivery"
    if seller is None:
        return []
    return [_relation(seller, b, tok, sent, doc, 0.6, "purchase-noun") for b in buyers]


def _contract(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"the contract between X and Z (for Y)", "le contrat entre X et Z", "X signed a contract with Z":
    a company and a state or public body; the company sells."""
    text = doc.text.replace("’", "'")
    if not asserted(tok, sent, lang) or hedged("supplied", lang, text[max(sent.start, tok.idx - 40):tok.idx].lower()):
        return []  # "talks on a contract between", "un projet de contrat entre"
    after = text[tok.idx + len(tok):sent.end]
    pair: list[model.Mention] = []
    between = re.match(r"\s+(?:[\w'-]+\s+){0,4}?(?:between|entre)\s+", after, re.I)  # "signed in 2007 between"
    if between:
        first = next((m for m in sent.mentions if m.start >= tok.idx + len(tok) + between.end()), None)
        pair = coordinated(sent, first, SELLERS + BUYERS, doc.text) if first else []
    else:  # "X signed a contract with Z", "X signe avec Z un contrat"
        verb = _contract_verb(tok) or tok
        partner = _after(sent, text, tok.idx + len(tok), sent.end, ["with", "avec"], BUYERS, gap=3) \
            if re.match(r"\s+(?:[\w'-]+\s+){0,5}?(?:with|avec)\s+", after, re.I) else \
            _after(sent, text, verb.idx + len(verb), tok.idx, ["with", "avec"], BUYERS, gap=4)
        partner = _possessed(sent, text, partner, BUYERS) if partner else None  # "with Kenya's ministry"
        partner = partner or _with_the_company(text, tok, sent, context)
        pair = _contract_party(tok, sent, lang, context)[:1] + ([partner] if partner else [])
        if pair == [partner] and partner.type in STATE_BUYERS and not any(
                m.type == "Company" for m in sent.mentions):  # "A contract with
            context["orphans"].append(Orphan(  # Uzbekistan followed": the seller of the sale told before
                tok.idx, tok.idx + len(tok), sent, [], pair, None))
        pair = _renewed_with(tok, sent, lang, context) if len(pair) < 2 else pair
    states = [m for m in pair if m.type in ("Country", "PublicBody") or _state_owned(m, text, lang)]
    companies = [m for m in pair if m.type == "Company" and m not in states]
    if len(pair) != 2 or len(companies) != 1 or len(states) != 1:
        return []
    return [_relation(companies[0], states[0], tok, sent, doc, 0.55, "contract")]


SIGNER_SENTS = 2  # how many sentences on a contract's one named party stays the party of the goods told


def _note_signer(sent: Sent, lang: str, context: dict) -> None:
    """Keep in `context["signer"]` the one party a sentence names to a contract or an order, with the
    sentence's index: a state that signed a contract or ordered goods ("Egypt signed the contract in 2016",
    "Le Bahreïn a commandé la plateforme", "The contract with Egypt was signed", "le marché a été signé par
    l'Égypte"), or a company that signed a contract ("Ristek Systems signed a contract worth 4 million
    euros"). Not where the sentence names another party ("with X", "from X"), or where the act is denied or
    planned."""
    parties = [m for m in sent.mentions if m.type in ("Company", "Country", "PublicBody")]
    for tok in sent.span:
        verb = tok.head
        passive = tok.dep_ in ("nsubj:pass", "nsubjpass")
        if tok.dep_ not in ("obj", "dobj") and not passive or verb.pos_ != "VERB" or not stated(verb, sent, lang) \
                or planned(verb):
            continue
        contract = tok.lemma_.lower() in spec("contract_nouns", lang) and verb.lemma_.lower() in spec(
            "contract_verbs", lang) and _for_trade(tok, lang)
        ordered = verb.lemma_.lower() in spec("buy_lemmas", lang) and tok.pos_ in ("NOUN", "PROPN")
        if passive:  # the contract's one party, named by its agent or "with": the sentence's one party
            signer = parties if contract else []
        else:
            signer = dep_subject(verb, sent, ["Company", "Country", "PublicBody"]) if contract or ordered else []
        if len(signer) == 1 and parties == signer and (contract or signer[0].type != "Company"):
            context["signer"] = (context.get("at", 0), signer[0])


MONEY = {"million", "milliard", "billion", "euro", "dollar"}


def _for_trade(contract: Token, lang: str) -> bool:
    """Whether a contract noun may be a sale: not one named by another kind of noun ("the peace agreement",
    "l'accord de paix", "a cooperation agreement"); a noun of goods or of money may name it ("a camera
    contract", "un contrat de 13 millions d'euros")."""
    return all(c.lemma_.lower() in _goods_words(lang) or c.lower_ in _goods_words(lang) or c.lemma_.lower() in MONEY
               or any(k.like_num for k in c.subtree) for c in contract.children
               if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN")


#: verbs of holding or running goods, beside those of use and of buying ("exploiter son réseau")
HOLD_LEMMAS = {"exploiter", "opérer", "gérer", "étendre", "moderniser", "operate", "run", "expand", "extend",
               "upgrade", "modernise", "modernize"}


def _note_holders(sent: Sent, lang: str, context: dict) -> None:
    """Keep in `context["holders"]` the nouns of the sentence that a state or a public body holds, with it
    and the sentence's index: the nouns inside the object of a verb of holding, use or buying (HOLD_LEMMAS,
    `use_lemmas`, `buy_lemmas`) whose subject, or that of the verb it completes, is the name of the state or
    the body ("la police ougandaise a reconnu exploiter son réseau", "Kenya upgraded its camera network"),
    the verb stated as done. Not goods a state bans or investigates ("Kenya banned the cameras")."""
    held = [h for h in context.get("holders", []) if context.get("at", 0) - h[0] < SIGNER_SENTS]
    holds = HOLD_LEMMAS | set(spec("use_lemmas", lang)) | set(spec("buy_lemmas", lang))
    for tok in sent.span:
        if tok.pos_ != "NOUN" or tok.dep_ in SUBJECTS:
            continue
        verb, path = tok.head, [tok.head]
        for _ in range(4):  # up to the verb whose object holds the noun
            if verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
            path.append(verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "xcomp":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not stated(verb, sent, lang) or not any(
                v.pos_ == "VERB" and v.lemma_.lower() in holds for v in path):
            continue
        heads = [subj, *(c for c in subj.children if c.dep_ == "conj")]
        held += [(context.get("at", 0), tok.lemma_.lower(), m) for h in heads for m in sent.mentions
                 if m.start <= h.idx < m.end and m.type in STATE_BUYERS]  # each of "Kenya and Uganda expanded"
    context["holders"] = held


def _holder(goods: Token | None, context: dict) -> model.Mention | None:
    """The state or the body that the sentences before told to hold or use the goods a sale names by a
    definite article ("Le réseau en question a été fourni par X"), the only one told of that noun."""
    if goods is None or not _definite(goods):
        return None
    holders = {(h.cluster or h.text): h for at, lemma, h in context.get("holders", [])
               if lemma == goods.lemma_.lower() and _told_lately(at, context)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _signer(sent: Sent, context: dict, types: tuple[str, ...]) -> model.Mention | None:
    """The one party of a contract or an order told in the SIGNER_SENTS sentences before, if of `types`."""
    at, signer = context.get("signer", (None, None))
    if signer is None or signer.type not in types or not _told_lately(at, context):
        return None
    return signer


def _told_lately(at: int, context: dict) -> bool:
    """Whether sentence `at` is one of the SIGNER_SENTS sentences before the one read now."""
    return 0 < context.get("at", 0) - at <= SIGNER_SENTS


def _done_for_signer(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                     ) -> list[model.Relation]:
    """"Egypt signed the contract in 2016. The system was installed by Nervala SA", "Le Kenya a signé le
    contrat. Les caméras ont été livrées par X", "... X installed the system a year later": goods sold,
    delivered or installed by a company, in a passive or in the past with the goods named by a definite
    article, the sentence naming no buyer and no recipient ("to reporters"), just after a state or a public
    body was told to sign a contract or order goods with no seller named, or to hold or use the same goods
    ("la police ougandaise a reconnu exploiter son réseau de vidéosurveillance. Le réseau en question a été
    fourni par X"): the company supplied that state."""
    passive = is_passive_verb(tok)
    goods = sold_goods(tok)
    if tok.pos_ != "VERB" or not asserted(tok, sent, lang) or planned(tok) or generic(tok) or any(
            m.type in STATE_BUYERS for m in sent.mentions) or not passive and (not past(tok) or goods is None
            or not _definite(goods) or any(c.lower_ in ("to", "à", "au", "aux") for c in tok.subtree)):
        return []
    buyer = _signer(sent, context, STATE_BUYERS) or _holder(goods, context)
    if buyer is None:
        return []
    text = doc.text.replace("’", "'")
    sellers = [_after(sent, text, tok.idx + len(tok), sent.end, ["by", "par"], ["Company"], gap=3)] if passive \
        else dep_subject(tok, sent, ["Company"])
    return [_relation(s, buyer, tok, sent, doc, 0.45, "told-before") for s in sellers[:1] if s is not None]


def _definite(goods: Token) -> bool:
    """Whether goods are named by a definite or demonstrative article ("the system", "le réseau")."""
    return goods.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in goods.children)


CLIENT_NOUNS = {"buyer", "customer", "client", "acheteur", "acquéreur", "cliente"}


def _to_the_client(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"Bahrain wanted to watch dissidents. In 2010, X sold the buyer an interception platform", "X a vendu
    au client une plateforme": a company sells to "the buyer", "the customer", "le client", which stands
    for the one state named in the IN_VIEW_CHARS before the sentence (a state and its bodies count as one);
    none where two states are in view or the sentence names one."""
    client = next((t for t in tok.subtree if t.lemma_.lower() in CLIENT_NOUNS and t.pos_ == "NOUN" and (
        t.head.i == tok.i or t.head.pos_ == "ADP" and t.head.head.i == tok.i) and t.dep_ not in SUBJECTS and any(
        c.lower_ in DEFINITE | {"au", "aux"} for c in t.children)), None)
    if client is None or is_passive_verb(tok) or not asserted(tok, sent, lang) or planned(tok) or any(
            m.type in STATE_BUYERS for m in sent.mentions):
        return []
    states = [m for m in context.get("mentions", []) if m.type in STATE_BUYERS and m.end <= sent.start
              and sent.start - m.end <= IN_VIEW_CHARS]
    if len({m.country or m.cluster or m.text for m in states}) != 1:
        return []
    return [_relation(s, states[-1], tok, sent, doc, 0.45, "client-before")
            for s in dep_subject(tok, sent, ["Company"])[:1]]


LICENCES = {"licence", "licences", "license", "licenses", "permit", "permits", "autorisation", "autorisations"}
GRANT_LEMMAS = {"approve", "grant", "issue", "award", "accorder", "délivrer", "octroyer", "approuver", "attribuer"}


def _note_applicant(sent: Sent, lang: str, context: dict) -> None:
    """Keep in `context["applicant"]` the one company a sentence names as seeking or holding export licences
    ("Ristek Systems applied for export licences", "X a demandé des licences d'exportation"), with the
    sentence's index; none where it names two ("X and Y applied for licences")."""
    for tok in sent.span:
        verb = tok.head.head if tok.head.pos_ == "ADP" else tok.head  # "applied for licences"
        if tok.pos_ != "NOUN" or tok.lower_ not in LICENCES or verb.pos_ != "VERB":
            continue
        companies = dep_subject(verb, sent, ["Company"])
        if len(companies) == 1 and companies == [m for m in sent.mentions if m.type == "Company"] \
                and not planned(verb):
            context["applicant"] = (context.get("at", 0), companies[0])


def _licensed(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"Ristek Systems applied for export licences. The government approved the licences for Saudi Arabia,
    the United Arab Emirates and Qatar": licences granted for states, with the one company that applied
    for them named in the SIGNER_SENTS sentences before and no company in the sentence: the applicant
    exported to each state of the list. Not a licence refused, denied or planned."""
    verb = tok.head
    at, applicant = context.get("applicant", (None, None))
    if applicant is None or not _told_lately(at, context) or tok.dep_ not in ("obj", "dobj") \
            or verb.lemma_.lower() not in GRANT_LEMMAS or not stated(verb, sent, lang) or planned(verb) \
            or any(m.type == "Company" for m in sent.mentions):
        return []
    text = doc.text.replace("’", "'")
    first = _after(sent, text, tok.idx + len(tok), sent.end, ["for", "pour", "vers", "to"], ["Country"], gap=3)
    states = coordinated(sent, first, ["Country"], doc.text) if first is not None else []
    return [_relation(applicant, m, tok, sent, doc, 0.4, "licensed") for m in states]


#: the copula after a role noun, past a short aside ("The supplier, the documents show, was")
COPULA = re.compile(r"(?:\s*,[^,.]{1,30},)?\s+(?:was|is|had been|has been|were|était|est|fut|a été|avait été)\s+",
                    re.I)


def _party_named(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict, kind: str
                 ) -> list[model.Relation]:
    """"The supplier was Ristek Systems", "le fournisseur était X" (`kind` Company), "the customer was
    Tunisia", "le client était la Tunisie" (`kind` Country): the other party of a contract or an order told
    just before with one party named (`_note_signer`); the company supplied the state. Not the company in
    view for a customer with no contract told ("Ristek lost a contract. The customer was Tunisia")."""
    if tok.dep_ not in SUBJECTS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) \
            or any(c.dep_ in ("nmod", "prep", "poss", "nmod:poss") for c in tok.children):
        return []  # "the supplier of X", "its customer": read by `_supplier_noun`, `_client_of`
    text = doc.text.replace("’", "'")
    copula = COPULA.match(text, tok.idx + len(tok))
    if copula is None or not stated(tok.head, sent, lang):  # the copula, or its attribute ("était X")
        return []
    types = ["Company"] if kind == "Company" else list(STATE_BUYERS)
    named = next((m for m in sent.mentions if m.start >= copula.end() and m.type in types
                  and words(text[copula.end():m.start]) <= 2), None)
    other = _signer(sent, context, STATE_BUYERS if kind == "Company" else ("Company",))
    if named is None or other is None:
        return []
    seller, buyer = (named, other) if kind == "Company" else (other, named)
    return [_relation(seller, buyer, tok, sent, doc, 0.5, "party-named")]


def _with_the_company(text: str, tok: Token, sent: Sent, context: dict) -> model.Mention | None:
    """"Z signed a contract with the company", "Z a signé un contrat avec l'entreprise": the company in
    view is the other party."""
    hit = re.match(r"\s+(?:[\w'-]+\s+){0,5}?(?:with|avec)\s+", text[tok.idx + len(tok):sent.end], re.I)
    if hit is None:
        return None
    at = tok.idx + len(tok) + hit.end()
    ana = company_anaphor(text, at, min(sent.end, at + 20))
    return company_in_view(sent, context) if ana is not None and ana.start() == at else None


def _renewed_with(tok: Token, sent: Sent, lang: str, context: dict) -> list[model.Mention]:
    """"INSA's contract was renewed", "le contrat de la DGSI a été reconduit": the contract a state or a
    public body holds, kept in force with no other party named, is with the company the text is about
    (the pair of them, else nothing)."""
    owner = next((m for c in tok.children if c.dep_ in ("poss", "nmod:poss", "nmod")
                  for m in _mentions_in(c, sent, ["Country", "PublicBody"])), None)
    if owner is None or tok.dep_ not in SUBJECTS or tok.head.lemma_.lower() not in spec("renewal_verbs", lang) \
            or not stated(tok.head, sent, lang):
        return []
    company = company_in_view(sent, context)
    return [owner, company] if company is not None else []


def company_in_view(sent: Sent, context: dict) -> model.Mention | None:
    """The company the sentence is about (the one the sentence before was about), else the one named last."""
    if sent.in_view is not None and sent.in_view.type == "Company":
        return sent.in_view
    return context.get("company")


def _invoice(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"an invoice for 480,000 euros addressed to Z", "une facture adressée à Z": the company the text is
    about (or the one named "from"/"de" on the invoice) billed Z for a supply. Not a negated or denied one."""
    if not asserted(tok, sent, lang):
        return []
    text = doc.text.replace("’", "'")
    end = next((t.idx for t in tok.doc[tok.i + 1:tok.sent.end] if t.lower_ in (";", ".")), sent.end)
    hit = re.search(r"(?:" + "|".join(map(re.escape, spec("invoice_markers", lang))) + r")\s",
                    text[tok.idx:end].lower())
    if hit is None or words(text[tok.idx:tok.idx + hit.start()]) > 10:
        return []
    buyer = _after(sent, text, tok.idx + hit.start(), end, spec("invoice_markers", lang), BUYERS[:2], gap=2)
    issuer = _after(sent, text, tok.idx + len(tok), tok.idx + hit.start(), ["from", "de", "d'", "du"],
                    ["Company"], gap=2)
    if issuer is None and tok.dep_ in ("obj", "dobj") and stated(tok.head, sent, lang):
        issuer = next(iter(dep_subject(tok.head, sent, ["Company"])), None)  # "X sent an invoice"
    seller = issuer or company_in_view(sent, context)
    if buyer is None or seller is None:
        return []
    return [_relation(seller, _possessed(sent, text, buyer, BUYERS), tok, sent, doc, 0.5, "invoice")]


def _possessed(sent: Sent, text: str, m: model.Mention, types: list[str]) -> model.Mention:
    """"Kenya's Interior Ministry": the body that `m` possesses, named right after it, else `m`."""
    if not re.match(r"['’]s\s", text[m.end:m.end + 3]):
        return m
    return next((n for n in sent.mentions if m.end < n.start <= m.end + 4 and n.type in types), m)


def _state_owned(m: model.Mention, text: str, lang: str) -> bool:
    """A company named as a state's body: "l'opérateur public X", "the state-owned operator X"."""
    before = [re.sub(r"^(?:l|d)'", "", w.strip(",")) for w in text[max(0, m.start - 40):m.start].lower().split()]
    return m.type == "Company" and any(w in spec("state_buyers", lang) for w in before[-3:]) \
        and any(w in STATE_OWNED for w in before[-3:])


STATE_OWNED = {"public", "publique", "national", "nationale", "étatique", "état", "state", "state-owned",
               "state-run", "government-owned", "government"}


def _contract_verb(tok: Token) -> Token | None:
    """The verb a contract noun is the object of; "X a signé avec Z un contrat", which the parser hangs on Z
    ("avec le ministère … un contrat"), included."""
    if tok.dep_ in ("obj", "dobj"):
        return tok.head
    partner = tok.head
    if tok.dep_ == "nmod" and partner.dep_.startswith("obl") and partner.i < tok.i \
            and any(c.lower_ in ("avec", "with") for c in partner.children):
        return partner.head
    return None


def _contract_party(tok: Token, sent: Sent, lang: str, context: dict) -> list[model.Mention]:
    """The party named beside a contract: its possessor ("Helix's deal with Z", "its contract with Z": the
    company in view), or the subject of a verb that makes one a party ("X signed / won a contract with Z"),
    not "X lost a contract"."""
    owner = [m for c in tok.children if c.dep_ in ("poss", "nmod:poss")
             for m in _mentions_in(c, sent, SELLERS)]
    if not owner and _possessive(tok):
        owner = [m for m in [company_in_view(sent, context)] if m is not None]
    verb = _contract_verb(tok)
    if owner or verb is None or verb.lemma_.lower() not in spec("contract_verbs", lang):
        return owner
    if not asserted(verb, sent, lang):
        return []
    return dep_subject(verb, sent, SELLERS) or _company_word(verb, sent, context)


def _company_word(verb: Token, sent: Sent, context: dict) -> list[model.Mention]:
    """"The firm signed a contract", "l'entreprise a signé un contrat": a subject that is "the company"
    (no name in it) stands for the company in view."""
    subj = _subject_token(verb)
    company = company_in_view(sent, context)
    return [company] if subj is not None and company is not None and _company_words(subj, sent) else []


def _ended_up(sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """"X's equipment ended up in Z", "le matériel de X s'est retrouvé en Z": the maker named as the
    goods' owner supplied the state or body named after the phrase."""
    text = doc.text.replace("’", "'")
    low = text[sent.start:sent.end].lower()
    out = []
    goods = "|".join(map(re.escape, spec("goods", lang)))
    for ph in spec("ended_up", lang):
        for hit in re.finditer(rf"(?<!\w){re.escape(ph)}(?!\w)", low):
            start, end = sent.start + hit.start(), sent.start + hit.end()
            tok = token_at(sent.span.doc, start, end)
            if tok is None or not asserted(tok, sent, lang):
                continue
            head = text[max(sent.start, start - 80):start]
            owner = re.search(rf"(?:(\S.*?)['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{goods})"
                              rf"|(?:{goods})\s+(?:[\w-]+\s+){{0,2}}?(?:de la |de l'|du |de |d')(\S.*?))"
                              rf"\s*,?\s*$",
                              head, re.I)
            if not owner:
                continue
            name_end = start - len(head) + (owner.end(1) if owner.group(1) else owner.end(2))
            seller = next((m for m in sent.mentions if m.end == name_end and m.type == "Company"), None)
            buyer = _after(sent, text, end, sent.end, ["in", "with", "en", "au", "aux", "à", "chez",
                                                       "hands of", "mains de", "mains du"], BUYERS[:2], gap=2)
            if seller is not None and buyer is not None:
                out.append(_relation(seller, buyer, tok, sent, doc, 0.5, "ended-up"))
    return out


LIST_GAP = re.compile(r"^\s*(?:,|et|and|ou|or|as well as|ainsi que)?\s*(?:,\s*)?(?:et |and )?"
                      r"(?:(?:puis|then|later|ensuite|plus tard)\s*,?\s*)?"  # "à Z, puis à W", "and, later, to W"
                      r"(?:(?:à|au|aux|to|vers)\s+)?(?:l'|le |la |les |the )?\s*$", re.I)


def _listed_buyers(sent: Sent, doc: model.Document, found: list[model.Relation]) -> list[model.Relation]:
    """"sold Y to Egypt, Bahrain and Sudan", "à l'Égypte, au Bahreïn et à la Libye": each buyer of a list
    after the one arguments.apply read."""
    text = doc.text.replace("’", "'")
    out = []
    for r in found:
        if r.predicate != "supplied":
            continue
        idx = next((i for i, m in enumerate(sent.mentions) if m.id == r.object), None)
        if idx is None:
            continue
        listed, cur = [], sent.mentions[idx]
        for nxt in sent.mentions[idx + 1:]:
            if nxt.type not in BUYERS or not LIST_GAP.match(text[cur.end:nxt.start]):
                break
            listed.append(nxt)
            cur = nxt
        if listed and re.search(r"(?<!\w)(?:et|and|ou|or|ainsi que|as well as|puis|then)(?!\w)",
                                text[sent.mentions[idx].end:listed[-1].start], re.I):
            out += [model.Relation(subject=r.subject, predicate="supplied", object=m.id, product=r.product,
                                   evidence=evidence(doc, sent, min(r.evidence.start, m.start),
                                                     max(r.evidence.end, m.end)),
                                   date=r.date, precision=r.precision, confidence=r.confidence,
                                   extractor=r.extractor) for m in listed]
    return out


STOP_LIST = re.compile(r"^\s*(?:,|et|and|ou|or)?\s*(?:,\s*)?(?:et |and )?(?:(?:à|au|aux|en|to|in|vers)\s+)?"
                       r"(?:l'|le |la |les |the )?\s*$", re.I)
STOP_FILLER = {"de", "d'", "d’", "à", "ses", "leurs", "les", "toutes", "tous", "its", "their", "all", "the",
               "to", "fin", "sa", "son"}
PRONOUNS = {"il", "elle", "it", "ils", "elles", "they"}


def _stopped(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"X stopped selling to Z", "X suspended deliveries to Z", "X a cessé de vendre ses produits en Z et en
    W", "elle a mis fin à ses ventes à Z": a company that stops selling somewhere sold there before. The
    seller is the company (a state that stops its sales restricts them, it is no seller here), named as
    the subject, or "elle"/"it" where the company named last is the one the document is about. The sales
    came before the stop: timeframe.date_relations dates them up to it ("/2020-10")."""
    sale = next((t for t in tok.doc[tok.i + 1:min(tok.i + 5, tok.sent.end)] if t.lemma_.lower() in
                 spec("lemmas", lang) or t.lemma_.lower() in spec("sale_nouns", lang)
                 or t.lower_ in spec("sale_nouns", lang)), None)
    if sale is None or any(t.lower_ not in STOP_FILLER for t in tok.doc[tok.i + 1:sale.i]):
        return []
    stop = tok.head if tok.lemma_.lower() == "fin" else tok
    if not asserted(stop, sent, lang):
        return []
    text = doc.text.replace("’", "'")
    end = next((t.idx for t in tok.doc[sale.i + 1:tok.sent.end] if t.lower_ in (";", ":", "but", "mais")),
               sent.end)
    first = _after(sent, text, sale.idx + len(sale), end, spec("stop_markers", lang), BUYERS[:2], gap=3)
    if first is None and sale.lemma_.lower() in spec("recipient_with_lemmas", lang):  # "stopped supplying Z"
        first = next((m for c in sale.children if c.dep_ in ("obj", "dobj")
                      for m in _mentions_in(c, sent, BUYERS[:2])), None)
    if first is None:
        return []
    buyers, cur = [first], first
    for nxt in sent.mentions[sent.mentions.index(first) + 1:]:
        if nxt.type not in BUYERS[:2] or nxt.end > end or not STOP_LIST.match(text[cur.end:nxt.start]):
            break
        buyers.append(nxt)
        cur = nxt
    sellers = [m for m in dep_subject(stop, sent, SELLERS) if m.type == "Company"]
    subj = [c for c in stop.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    company, topic = context.get("company"), context.get("topic")
    if not sellers and subj and subj[0].lower_ in PRONOUNS and company is not None and topic is not None \
            and (company.cluster or company.text) == (topic.cluster or topic.text):
        sellers = [company]
    return [_relation(s, b, sale, sent, doc, 0.55, "stopped") for s in sellers for b in buyers]


USERS = ["Country", "PublicBody", "Company"]


THESE = {"ces", "these", "those"}


def _fronted_these(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                   ) -> list[model.Relation]:
    """"Plus de 200 de ces véhicules ont été livrés à Z", "More than 200 of these devices were shipped to
    Z" where the parser reads no subject (arguments.apply reads the goods from the subject): the goods
    named by a demonstrative before an agentless passive sale are the product the text named last before
    the sentence (a mention of it whose maker was read), sold by that maker to the state or body after
    the verb."""
    if tok.pos_ != "VERB" or not any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children) or any(
            c.dep_ in SUBJECTS | {"agent", "obl:agent"} for c in tok.children) or not asserted(tok, sent, lang):
        return []
    fronted = [t for t in tok.doc[max(sent.span.start, tok.i - 8):tok.i] if t.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ in THESE for d in t.children)]
    if not fronted:
        return []
    product = product_in_view(sent, context, chars=None)
    buyer = _after(sent, doc.text.replace("’", "'"), tok.idx + len(tok), sent.end,
                   spec("object_markers", lang), BUYERS[:2], gap=2) if product is not None else None
    if buyer is None:
        return []
    rel = _relation(context["makers"][product.id], buyer, tok, sent, doc, 0.45, "these-fronted")
    return [replace(rel, product=rel.product or product.id)]


def _passive_in_view(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict
                     ) -> list[model.Relation]:
    """"Its software was sold to Kenya", "ses sondes ont été livrées à l'Égypte", "its spyware was
    delivered to the Kenyan police": goods that "its"/"ses" give an owner, sold in an agentless passive
    with no company named in the sentence, were sold by the company in view. The buyer is the state or
    body named after the verb, a body named by its state's adjective, or the state of a capital. Goods
    with no owner ("the equipment was sold to Egypt") take a seller only through a product named
    (arguments.apply)."""
    goods = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if goods is None or tok.pos_ != "VERB" or any(c.dep_ in ("agent", "obl:agent") for c in tok.children) \
            or not asserted(tok, sent, lang) or planned(tok) or generic(tok):
        return []
    product = None
    if _possessive(goods):
        company = _seller_in_view(sent, context)
    elif definite_goods(goods, lang) and product_in_view(sent, context) is None:
        product = _named_goods(goods, sent, context)  # "the system": the product named before as a system
        company = _maker(product, sent, context) if product is not None else None
        company = company or _sole_seller(goods, sent, lang, context)
    else:
        company = _sole_seller(goods, sent, lang, context)
    if company is None:
        return []
    text = doc.text.replace("’", "'")
    end = tok.right_edge.idx + len(tok.right_edge)
    markers = spec("object_markers", lang)
    buyer = _after(sent, text, tok.idx + len(tok), end, markers, BUYERS[:2], gap=2) \
        or _state_body(text, tok.idx + len(tok), end, markers, lang, context.get("mentions", []), sent.mentions) \
        or _capital(text, tok.idx + len(tok), end, lang, context.get("mentions", []))
    if buyer is None or buyer.id == company.id:
        return []
    rel = _relation(company, buyer, tok, sent, doc, 0.45, "passive-in-view")
    return [replace(rel, product=rel.product or (product.id if product is not None else None))]


def _note_sales(found: list[model.Relation], context: dict) -> dict[str, tuple[bool, set[str]]]:
    """Keep in `context["sellers"]` the companies that `found` has sell (see `_note_sellers`); return it."""
    sellers: dict[str, tuple[bool, set[str]]] = context.setdefault("sellers", {})
    by_id = context["by_id"]
    for r in found:
        m = by_id.get(r.subject)
        if m is not None and m.type == "Company" and r.predicate == "supplied":
            buyer = by_id.get(r.object)
            was = sellers.get(m.cluster or m.text, (False, set()))
            to_state = buyer is not None and buyer.type in ("Country", "PublicBody")
            sellers[m.cluster or m.text] = (was[0] or to_state, was[1] | (
                {buyer.cluster or buyer.text} if buyer is not None else set()))
    return sellers


def _note_sellers(sent: Sent, lang: str, found: list[model.Relation], context: dict) -> None:
    """Keep in `context["sellers"]` the companies the text has named as sellers so far (the key of each,
    with True where it sold to a state or a public body or made or sold goods of the `goods` list: "Arvane
    fabrique des serveurs", "Area sold the system to Z"; False where it only made a product or owned goods:
    "Kordel makes Nightjar", "les serveurs de Stenmark"), and the keys of the buyers it sold to."""
    sellers = _note_sales(found, context)
    for pid, maker in context.get("makers", {}).items():
        sellers.setdefault(maker.cluster or maker.text, (False, set()))
    words_ = _goods_words(lang)
    made = set(lexicon("relations")["developed"]["lemmas"].get(lang) or []) | set(spec("lemmas", lang))
    for tok in sent.span:
        for m in _product_sellers(tok, sent, lang):  # "Arvane vend Orphée depuis 2010"
            _sold_goods(sellers, m)
        if tok.lemma_.lower() not in words_ and tok.lower_ not in words_ or tok.pos_ != "NOUN":
            continue
        owners = [m for c in tok.children if c.dep_ in ("poss", "nmod:poss", "nmod", "compound")
                  or (c.dep_ == "prep" and c.lower_ == "of") for m in _mentions_in(c, sent, ["Company"])]
        for m in owners:  # "les serveurs de Stenmark", "Stenmark's servers"
            sellers.setdefault(m.cluster or m.text, (False, set()))
        verb = tok.head
        if tok.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or not (
                verb.lemma_.lower() in made or verb.lower_ in made) or not stated(verb, sent, lang):
            continue
        makers = actor(verb, sent, ["Company"]) or (
            _mentions_in(verb.head, sent, ["Company"]) if verb.dep_ in ("amod", "acl") else [])
        # "Arvane fabrique des serveurs" (at times parsed as "Arvane" modified by "fabrique")
        for m in makers:
            _sold_goods(sellers, m)


def _sold_goods(sellers: dict[str, tuple[bool, set[str]]], m: model.Mention) -> None:
    """Note that `m` made or sold goods, keeping the buyers noted for it."""
    sellers[m.cluster or m.text] = (True, sellers.get(m.cluster or m.text, (False, set()))[1])


def _product_sellers(tok: Token, sent: Sent, lang: str) -> list[model.Mention]:
    """The companies that `tok`, a product named as the object of a verb of sale, says sell it ("Arvane vend
    Orphée", "Veltrix sells Kestrel"): the subject's name (where the parser cut it: "Kordel | Analytics
    vend"), else the verb's actor."""
    verb = tok.head
    if tok.dep_ not in ("obj", "dobj", "flat:name") or verb.pos_ != "VERB" or not _mentions_in(
            tok, sent, ["Product"]) or verb.lemma_.lower() not in spec("lemmas", lang) or not stated(verb, sent, lang):
        return []
    named = [m for c in verb.children if c.dep_ == "nsubj" for m in sent.mentions
             if m.type == "Company" and m.start <= c.idx < m.end]
    return named or actor(verb, sent, ["Company"]) or []


def _sole_seller(goods: Token, sent: Sent, lang: str, context: dict) -> model.Mention | None:
    """"Des serveurs ont été expédiés à Damas", "Servers were shipped to Damascus": goods of the `goods`
    list with no owner and no name, sold by the company in view (else the text's company) where the text
    named it before as selling or making such goods, and no other company as a seller or maker (but for its
    own suppliers: "Kordel lui vend des composants")."""
    words_ = _goods_words(lang)
    if goods.lemma_.lower() not in words_ and goods.lower_ not in words_ or any(
            c.dep_ in ("poss", "nmod:poss", "compound", "nmod", "prep", "appos", "flat:name", "acl", "relcl")
            or c.lower_ in NEGATIVE_DETS for c in goods.children):
        return None
    return noted_seller(sent, context)


def _sole_maker(sent: Sent, context: dict) -> model.Mention | None:
    """"X makes P. Delivery to Egypt followed": the maker of the product in view, where it is the company in
    view and the text has named no other maker ("X makes P. Y makes Q. Delivery followed": either)."""
    seen = product_in_view(sent, context)
    makers = {m.cluster or m.text for m in context["makers"].values()}
    if seen is None or len(makers) != 1 or context["makers"][seen.id] != company_in_view(sent, context):
        return None
    return _seller_in_view(sent, context)


def noted_seller(sent: Sent, context: dict) -> model.Mention | None:
    """The seller of goods a sentence names no seller of: the company in view (else the text's company)
    where the text named it before as selling or making goods, and no other company as a seller or maker
    (but for its own suppliers); none where the sentence names a company."""
    if any(m.type == "Company" for m in sent.mentions):
        return None
    sellers = context.get("sellers", {})
    company = company_in_view(sent, context) or context.get("topic")
    keys = [k for k, (ok, _) in sellers.items() if ok]
    if len(keys) != 1 or any(k != keys[0] and not (buyers and buyers <= {keys[0]})
                             for k, (_, buyers) in sellers.items()):
        return None
    named = [m for m in (company, context.get("topic"), *reversed(context.get("mentions", [])))
             if m is not None and (m.cluster or m.text) == keys[0] and m.start < sent.start]
    return named[0] if named else None


def _named_goods(goods: Token, sent: Sent, context: dict) -> model.Mention | None:
    """"The system was sold to Z", "les véhicules ont été vendus à Z" where arguments.apply read no maker:
    the product named last before the sentence with the same noun ("des véhicules blindés Sherpa", "the
    Kestrel system", "Kestrel, a system"), within NAMED_GOODS_CHARS. Not where the sentence names a
    company."""
    if any(m.type == "Company" for m in sent.mentions):
        return None
    nouns = {goods.lower_, goods.lemma_.lower()}
    mentions = context.get("mentions", [])
    named = [m for m in mentions if m.type == "Product" and m.end <= sent.start
             and sent.start - m.end <= NAMED_GOODS_CHARS and nouns.intersection(_called(m, goods.doc, mentions))]
    return named[-1] if named else None


def _maker(product: model.Mention, sent: Sent, context: dict) -> model.Mention | None:
    """The maker of `product` read in the text before, else the text's company (`_topic_product`)."""
    key = product.cluster or product.text
    same = {m.id for m in context.get("mentions", []) if (m.cluster or m.text) == key}
    return next((maker for mid, maker in context["makers"].items() if mid in same), None) or _topic_product(
        same, sent, context)


NAMED_GOODS_CHARS = 1500  # how far back "the vehicles" finds the product named as vehicles


def _destined(tok: Token, sent: Sent, doc: model.Document, lang: str, mentions: list[model.Mention]
              ) -> list[model.Relation]:
    """"X a fourni des caméras destinées à équiper des chars russes", "X supplied parts intended for
    Russian tanks": goods sold for the equipment of a state's forces, named by its adjective, went to that
    state (as the document names it), where no buyer is named."""
    if tok.pos_ != "VERB" or is_passive_verb(tok) or not asserted(tok, sent, lang):
        return []
    text = doc.text.replace("’", "'")
    end = min(sent.end, tok.right_edge.idx + len(tok.right_edge))
    hit = _end_buyer_rx(lang).search(text, tok.idx + len(tok), end)
    if hit is None or words(text[tok.idx + len(tok):hit.start()]) > 8:
        return []
    span = re.split(r"[,;:.()]", text[hit.end():end])[0]
    if any(hit.end() <= m.start < hit.end() + len(span) for m in sent.mentions):
        return []  # a buyer named: facts.end_buyers reads it
    codes = [demonyms()[fold(w)] for w in re.findall(r"[\w-]+", span)[:8] if fold(w) in demonyms()]
    state = named_state(codes[0], mentions) if codes else None
    sellers = [s for s in _seller_subject(tok, sent) if s.type == "Company"]
    return [_relation(s, state, tok, sent, doc, 0.5, "destined") for s in sellers[:1]] if state else []


@lru_cache(maxsize=None)
def _end_buyer_rx(lang: str) -> re.Pattern[str]:
    """The phrases of `end_buyer` ("destinées à équiper", "intended for"), compiled once a language."""
    phrases = "|".join(map(re.escape, spec("end_buyer", lang)))
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.I)


def is_passive_verb(tok: Token) -> bool:
    """Whether `tok` is a passive verb (an auxiliary or a subject of the passive)."""
    return any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in tok.children)


def _seller_in_view(sent: Sent, context: dict) -> model.Mention | None:
    """The owner that "its"/"ses" names in a sentence that names no company: the company in view."""
    return None if any(m.type == "Company" for m in sent.mentions) else company_in_view(sent, context)


def _capital(text: str, pos: int, end: int, lang: str, mentions: list[model.Mention]) -> model.Mention | None:
    """"expédiés à Damas", "shipped to Nairobi": the state (as the document names it) whose capital or city
    follows a marker right after `pos`."""
    from enquete.extract.places import place_code  # places reads supply's goods
    hit = _capital_rx(lang).match(text[pos:end])
    code = place_code(hit.group(1)) if hit else None
    return next((m for m in mentions if m.type == "Country" and code and m.country == code), None)


@lru_cache(maxsize=None)
def _capital_rx(lang: str) -> re.Pattern[str]:
    """A marker of `object_markers` and the capitalised name after it ("à Damas"), compiled once a language."""
    alt = "|".join(map(re.escape, sorted(spec("object_markers", lang), key=len, reverse=True)))
    return re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:{alt})\s+(?:la |le |l'|the )?([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)")


def _used(tok: Token, sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"Z used X's devices", "Z utilisait la technologie de X", "X's technology was used in Z", "X
    equipment installed in Z": goods of a company in use by a state, a public body or a company (not by
    researchers or NGOs, who test them): the company supplied the user. A place after the target of the use
    ("used against a journalist in Mexico") is the target's, not the user's. The goods are a word of the
    `goods` list or a product, and their owner a company named with them (or the product's maker)."""
    if not asserted(tok, sent, lang):
        return []
    text = doc.text.replace("’", "'")
    passive = [c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    if passive or tok.dep_ == "acl":
        goods = passive[0] if passive else tok.head
        after = tok.idx + len(tok)
        target = AGAINST.search(text, after, sent.end)  # "used against a journalist in Mexico": his place
        users = [_after(sent, text, after, target.start() if target else sent.end, spec("use_places", lang),
                        ["Country"], gap=1),
                 _after(sent, text, after, sent.end, ["par", "by"], USERS, gap=2)]
        users.append(_state_of(_agent_noun(tok), lang, context.get("mentions", [])))  # "used by the
        # Kenyan police", "utilisé par les services égyptiens"
    else:
        objs = [c for c in tok.children if c.dep_ in ("obj", "dobj")]
        if not objs:
            return []  # "Z used to buy", "Z a utilisé" with nothing named
        goods, users = objs[0], dep_subject(tok, sent, USERS)
        state = _state_of(_subject_token(tok), lang, context.get("mentions", [])) if not users else None
        users = users or ([state] if state is not None else [])  # "the Kenyan police used Y": its state
    users = [u for u in users if u is not None and u.type in USERS]
    owner = _owner(goods, sent, lang, context)
    if owner is None and users:
        _unmade(goods, users[:1], tok, sent, lang, context)
    return [_relation(owner, u, tok, sent, doc, 0.5, "used") for u in users[:1]] if owner else []


AGAINST = re.compile(r"(?<!\w)(?:against|contre)(?!\w)", re.I)  # the target of a use, not its user


def _unmade(goods: Token, users: list[model.Mention], tok: Token, sent: Sent, lang: str, context: dict) -> None:
    """Note a product bought or used whose maker the document has not named yet (`made_later`)."""
    named = _mentions_in(goods, sent, ["Product"])
    if named:
        product = named[0]
    elif definite_goods(goods, lang) or goods_pronoun(goods) or (
            goods.dep_ in ("nsubj:pass", "nsubjpass") and goods.lower_ in ("it", "il", "elle")):
        product = product_in_view(sent, context, made=False)
        if product is not None and goods.pos_ == "NOUN" and _called_otherwise(product, goods, lang,
                                                                               context.get("mentions", [])):
            return  # "the Kestrel interception system ... Kenya bought the vehicles": other goods
    else:
        return
    if product is not None and users and "unmade" in context:
        context["unmade"].append((product, users, tok, sent))


def made_later(unmade: list[tuple], rels: list[model.Relation], doc: model.Document,
               by_id: dict[str, model.Mention]) -> list[model.Relation]:
    """Goods a state bought or used before the document names their maker ("Hermit ... qu'il a été déployé
    par le gouvernement kazakh ... le code porte la marque de RCS Lab"): the maker, named anywhere in the
    document, supplied the state."""
    makers: dict[str, model.Mention] = {}
    for r in sorted(rels, key=lambda r: r.evidence.start):
        if r.predicate == "developed":
            makers.setdefault(by_id[r.object].cluster or by_id[r.object].id, by_id[r.subject])
    out = []
    for product, users, tok, sent in unmade:
        maker = makers.get(product.cluster or product.id)
        out += [_relation(maker, u, tok, sent, doc, 0.45, "made-later") for u in users
                if maker is not None and (u.cluster or u.id) != (maker.cluster or maker.id)]
    return out


def _owner(goods: Token, sent: Sent, lang: str, context: dict) -> model.Mention | None:
    """The company whose goods `goods` are: "X's devices", "la technologie de X", "X equipment", or the
    maker of the product named."""
    product = _mentions_in(goods, sent, ["Product"])
    if product:  # the maker of the same product named before ("Helix makes Vigil. Z used Vigil")
        return _maker(product[0], sent, context)
    if goods.dep_ in ("nsubj:pass", "nsubjpass") and goods.lower_ in ("it", "il", "elle"):
        seen = product_in_view(sent, context)  # "Hermit ... It was deployed by Z": goods in use, not an
        return context["makers"][seen.id] if seen is not None else None  # actor, the product named last
    if goods.lemma_.lower() not in spec("goods", lang) and goods.lower_ not in spec("goods", lang) \
            and goods.lemma_.lower() not in spec("use_goods", lang):
        return None
    for c in goods.children:
        if c.dep_ in ("poss", "nmod:poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of"):
            found = [m for t in c.subtree for m in _mentions_in(t, sent, ["Company"])]
            if found:
                return found[0]
            if c.dep_ in ("poss", "nmod:poss", "nmod") and _company_words(c, sent):
                return _seller_in_view(sent, context)  # "the company's spyware", "la technologie de l'entreprise"
    if goods.dep_ in ("nsubj:pass", "nsubjpass") and _possessive(goods):
        return _seller_in_view(sent, context)  # "its software was deployed by Z": not Z's own
    if not definite_goods(goods, lang):
        return None
    seen = product_in_view(sent, context)
    if seen is not None:
        clash = _called_otherwise(seen, goods, lang, context.get("mentions", []))
        return None if clash else context["makers"][seen.id]
    named = _named_goods(goods, sent, context)  # "the system": the product named before as a system
    return _maker(named, sent, context) if named is not None else None


def _called_otherwise(product: model.Mention, goods: Token, lang: str, mentions: list[model.Mention]) -> bool:
    """Whether `product` was named as goods of another kind than `goods` ("the Kestrel interception system"
    and then "the vehicles")."""
    kinds = {w for w in _called(product, goods.doc, mentions) if w in _goods_words(lang)}
    return bool(kinds) and not kinds & {goods.lower_, goods.lemma_.lower()}


def _called(product: model.Mention, sdoc, mentions: list[model.Mention]) -> list[str]:  # type: ignore[no-untyped-def]
    """The words `product` was named with: up to four before it and three after it, in its sentence, not
    in another name ("des véhicules blindés Sherpa", "Kestrel, a phone-hacking tool")."""
    full = text_of(sdoc)
    lo, hi = max(0, product.start - 40), min(len(full), product.end + 30)
    text = list(full[lo:hi].lower())  # the window, offsets from `lo`
    for m in mentions:
        if m.id != product.id and m.start < hi and m.end > lo:
            text[max(lo, m.start) - lo:min(hi, m.end) - lo] = " " * (min(hi, m.end) - max(lo, m.start))
    before = re.split(r"[.;:!?]\s", "".join(text[:product.start - lo]))[-1]
    after = re.split(r"[.;:!?](?:\s|$)", "".join(text[product.end - lo:]))[0]
    return re.findall(r"[\w-]+", before)[-4:] + re.findall(r"[\w-]+", after)[:3]


def _company_words(tok: Token, sent: Sent) -> bool:
    """Whether `tok`'s phrase is "the company" / "l'entreprise" (no name in it)."""
    lo = next(t.idx for t in tok.subtree if t.dep_ != "case")  # "(de) l'entreprise"
    hi = tok.idx + len(tok)
    if any(lo <= m.start < hi for m in sent.mentions):
        return False
    text = text_of(sent.span.doc).replace("’", "'")
    ana = company_anaphor(text, lo, hi)
    if ana is not None and ana.start() == lo and ana.end() == hi:
        return True
    from enquete.extract.arguments import COMPANY_NOUNS, DEFINITE_DETS  # arguments reads supply
    return tok.lemma_.lower() in COMPANY_NOUNS and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS
                                                       for c in tok.children) and not any(
        c.dep_ in ("compound", "appos", "flat:name", "nmod", "poss") for c in tok.children)  # "the Israeli company",
    # not "the rights group"


def _topic_product(same: set[str], sent: Sent, context: dict) -> model.Mention | None:
    """The company the text is about, where the product (its mentions `same`) was first named in a sentence
    of that company, with no other company named between them ("The complaint accuses NSO of going after
    iPhone owners with Pegasus"): the product's maker, when no maker was read."""
    mentions, topic = context.get("mentions", []), context.get("topic")
    first = next((m for m in mentions if m.id in same), None)
    if first is None or topic is None or first.start >= sent.start:
        return None  # named first in this very sentence: its words say whose it is, or not
    text = text_of(sent.span.doc)
    before = [m for m in mentions if m.type == "Company" and m.end <= first.start and first.start - m.end <= 150
              and not re.search(r"[.!?]\s|\n", text[m.end:first.start])]
    return topic if before and (before[-1].cluster or before[-1].text) == (topic.cluster or topic.text) else None


DEFINITE = {"the", "this", "these", "le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"}
IN_VIEW_CHARS = 300  # how far back "the software", "le logiciel" finds the product it stands for


def definite_goods(goods: Token, lang: str) -> bool:
    """"the software", "le logiciel", "ces systèmes": goods named by a word of the `goods` list with a
    definite or demonstrative article and no name of their own."""
    words_ = _goods_words(lang)
    return (goods.lemma_.lower() in words_ or goods.lower_ in words_) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in goods.children) and not any(
        c.dep_ in ("poss", "nmod:poss", "compound", "nmod", "prep", "appos", "flat:name", "acl", "relcl")
        for c in goods.children)


def _of_the_goods(goods: Token, lang: str) -> bool:
    """"(la livraison) du système": goods named with the article joined to "de", and no name of their own."""
    return (goods.lemma_.lower() in _goods_words(lang) or goods.lower_ in _goods_words(lang)) and any(
        c.dep_ == "case" and c.lower_ in ("du", "des") for c in goods.children) and not any(
        c.dep_ in ("appos", "flat:name") or c.dep_ == "nmod" and any(k.lower_ in ("de", "d'", "d’", "du", "des")
                                                                     for k in c.children)
        for c in goods.children if c.i > goods.i)  # not "du système de X" (named)


@lru_cache(maxsize=None)
def _goods_words(lang: str) -> frozenset[str]:
    """The words of the `goods` and `use_goods` lists for `lang` (read once a language)."""
    return frozenset(spec("goods", lang)) | frozenset(spec("use_goods", lang))


def product_in_view(sent: Sent, context: dict, chars: int | None = IN_VIEW_CHARS, made: bool = True
                    ) -> model.Mention | None:
    """The product named last before the sentence (within `chars`, IN_VIEW_CHARS unless told; None: at
    any distance), a mention of it whose maker the document named (any mention where not `made`; none where
    two companies make it): what "the software", "le logiciel", "ces véhicules" stand for."""
    named = [m for m in context.get("mentions", []) if m.type == "Product" and m.end <= sent.start
             and (chars is None or sent.start - m.end <= chars)]
    if not named:
        return None
    key = named[-1].cluster or named[-1].text
    if not made:
        return named[-1]
    if key in context.get("shared", ()):
        return None  # made by two companies: either may have sold it
    return next((m for m in reversed(named) if (m.cluster or m.text) == key and m.id in context["makers"]),
                None)


@lru_cache(maxsize=None)
def _via_rx(lang: str) -> re.Pattern[str]:
    """The words of `through_subsidiary` ("through", "via", "par l'intermédiaire d'"), compiled once."""
    via = "|".join(map(re.escape, spec("through_subsidiary", lang)))
    return re.compile(rf"(?<!\w)(?:{via})(?:(?<=')|(?=[\s']))", re.I)


def _through_intermediary(sent: Sent, doc: model.Document, lang: str, found: list[model.Relation]
                          ) -> list[model.Relation]:
    """"X sold V to Z through Orma, a Dubai reseller", "X a vendu V à Z par l'intermédiaire d'Orma": the
    company named just after "through" / "via" once the sale is told bought from the seller and sold to
    the buyer (the chain as the documents show it); not a contract, a year or a means ("through 2015")."""
    sales = [r for r in found if r.predicate == "supplied"]
    if not sales:
        return []
    text = doc.text.replace("’", "'")
    out = []
    for r in sales:
        names = {r.subject, r.object}
        last = max((m.end for m in sent.mentions if m.id in names), default=sent.end)
        hit = _via_rx(lang).search(text, last, sent.end)
        if hit is None or words(text[last:hit.start()]) > 6:
            continue
        mid = next((m for m in sent.mentions if m.start >= hit.end() and m.type == "Company" and m.id not in names
                    and re.fullmatch(r"['\s]*(?:[\w'-]+\s+){0,3}?", text[hit.end():m.start])
                    and not re.search(r"(?i)\b(?:contra\w*|deal|accord|agreement|with|avec)\b",
                                      text[hit.end():m.start])), None)
        if mid is None:
            continue
        for seller, buyer in ((r.subject, mid.id), (mid.id, r.object)):
            out.append(model.Relation(subject=seller, predicate="supplied", object=buyer, product=r.product,
                                      evidence=r.evidence, date=r.date, precision=r.precision,
                                      confidence=min(r.confidence, 0.5), extractor="intermediary:supplied-v1"))
    return out


def _through_subsidiary(sent: Sent, doc: model.Document, lang: str, found: list[model.Relation]
                        ) -> list[model.Relation]:
    """"X, through its subsidiary Y, sold V to Z", "X, par l'intermédiaire de sa filiale Y, a vendu": the
    subsidiary (or reseller) named between the seller and the sale sold to the same buyer."""
    text = doc.text.replace("’", "'")
    via = "|".join(map(re.escape, spec("through_subsidiary", lang)))
    nouns = "|".join(map(re.escape, spec("subsidiary_nouns", lang)))
    out = []
    for r in found:
        seller = next((m for m in sent.mentions if m.id == r.subject), None)
        if r.predicate != "supplied" or seller is None:
            continue
        hit = re.match(rf"\s*,\s*(?:{via})\s+(?:its|their|sa|son|ses|leur|l'une de ses|one of its)\s+"
                       rf"(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\s+(?:[\w-]+\s+){{0,2}}?", text[seller.end:],
                       re.I)
        sub = next((m for m in sent.mentions if hit and m.start == seller.end + hit.end()
                    and m.type == "Company"), None)
        if sub is not None and re.match(r"\s*,", text[sub.end:]) and sub.id != r.object:
            out.append(model.Relation(subject=sub.id, predicate="supplied", object=r.object,
                                      product=r.product, evidence=r.evidence, date=r.date,
                                      precision=r.precision, confidence=r.confidence,
                                      extractor="subsidiary:supplied-v1"))
    return out


def _reseller_in_view(sent: Sent, doc: model.Document, lang: str, context: dict) -> list[model.Relation]:
    """"The offer was routed through a Cairo reseller, X, which was to handle delivery", "L'offre passait
    par un revendeur du Caire, X, chargé de la livraison": a company named a reseller by apposition, in a
    sentence that names its task and no buyer, supplied the recipient of the offer or sale told in the
    sentence before (`_offered_to`); nothing where either sentence says it came to nothing."""
    text = doc.text.replace("’", "'")
    clause = text[sent.start:sent.end]
    if any(m.type in STATE_BUYERS for m in sent.mentions) or not _says_any(clause, "reseller_tasks", lang) \
            or _says_any(clause, "reseller_refusals", lang):
        return []
    nouns = "|".join(map(re.escape, spec("reseller_nouns", lang)))
    resellers = [m for m in sent.mentions if m.type == "Company" and (
        re.search(rf"(?i)\b(?:{nouns})s?(?:\s+[\w'-]+){{0,3}}?\s*,\s*$", text[sent.start:m.start])
        or re.match(rf"(?i)\s*,\s*(?:(?:an?|un|une|le|la|l')\s*)?(?:[\w'-]+\s+){{0,2}}?(?:{nouns})\b",
                    text[m.end:sent.end]))]
    buyer = _offered_to(sent, lang, context) if resellers else None
    if buyer is None:
        return []
    return [model.Relation(subject=m.id, predicate="supplied", object=buyer.id, evidence=evidence(
        doc, sent, m.start, m.end), confidence=0.5, extractor="reseller-in-view:supplied-v1") for m in resellers]


def _says_any(clause: str, key: str, lang: str) -> bool:
    """Whether `clause` holds one of the phrases of the `supplied` list `key` as whole words (case aside)."""
    return _phrases(key, lang).search(clause) is not None


@lru_cache(maxsize=None)
def _phrases(key: str, lang: str) -> re.Pattern:
    """The phrases of the `supplied` list `key` in `lang` as one pattern of whole words, compiled once."""
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, spec(key, lang))) or '(?!)'})(?!\w)")


def _offered_to(sent: Sent, lang: str, context: dict) -> model.Mention | None:
    """The recipient of an offer or a sale told in the sentence before `sent` ("Ristek offered the ministry
    a licence", "a proposé au service de sécurité une licence"): a state or a public body named after the
    word of offer, in what it governs, else the body named earlier in the text that the phrase describes
    ("offered the Egyptian security service a licence": the State Security Investigations Service); none
    where that sentence says the offer came to nothing ("rejected the bid")."""
    start = sent.span.start
    if start == 0:
        return None
    before = sent.span.doc[start - 1].sent
    if _says_any(before.text.replace("’", "'"), "reseller_refusals", lang):
        return None
    mentions = context.get("mentions", [])
    offers = set(spec("offer_lemmas", lang))
    for tok in before:
        if tok.lemma_.lower() not in offers or tok.pos_ not in ("VERB", "NOUN"):
            continue
        end = tok.right_edge.idx + len(tok.right_edge)
        named = [m for m in mentions if tok.idx < m.start and m.end <= end and m.type in STATE_BUYERS]
        if named:
            return named[0]
        described = next((c for c in tok.children if c.i > tok.i and c.pos_ == "NOUN"
                          and c.lemma_.lower() in spec("state_buyers", lang)), None)
        if described is not None:
            return _body_described(described, mentions, before.start_char)
    return None


def _body_described(noun: Token, mentions: list[model.Mention], upto: int) -> model.Mention | None:
    """The public body or organisation named before `upto` whose name holds every word that describes it in
    the phrase headed by `noun`, its determiners and nationality aside ("the Egyptian security service":
    the State Security Investigations Service)."""
    content = {fold(t.text) for t in noun.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")} - demonyms().keys()
    found = [m for m in mentions if m.end <= upto and m.type in ("PublicBody", "Organization")
             and content <= set(fold(m.text).replace("-", " ").split())]
    return found[-1] if found else None
