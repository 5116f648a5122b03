"""Places that stand for a state where goods were seen or used (`found_in`), when prose does not name
the state beside the finding:

- a capital, a city or a region of it ("retrouvé à Benghazi", "deployed in Xinjiang"): countries.yaml's
  capitals and gazetteer/places.yaml;
- a demonym on a word of the finding's clause ("on Syrian networks", "des militants bahreïnis ont
  photographié", "used against Ethiopian journalists", "Egyptians' web traffic"), not on the goods and not
  on those who make, sell or study them (lexicon relations.yaml, `found_in.not_local`);
- an adverb pointing back ("y", "là-bas", "sur place", "there", "on the ground"): the state named last
  before it.

Each gives a state only where the document names it (a Country mention): a city is never a mention.
Beside the place, the goods of a finding where no name stands beside the verb ("P, que des chercheurs ont
identifié", "le logiciel a été détecté", "ses traces") and the findings that are none: planned, possible or
to come, denied over an infinitive, a company settling somewhere, someone else watching (`no_sighting`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from enquete import model
from enquete.extract.anaphora import demonyms, fold, named_state
from enquete.extract.names import capitals
from enquete.extract.relations import lexicon
from enquete.extract.supply import definite_goods, goods_pronoun, sold_goods

POINT_BACK_CHARS = 400  # how far back "y", "there", "sur place" may find the state they stand for
VERB_POS = ("VERB", "AUX")


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Folded name of a city or region -> ISO code of its state (gazetteer/places.yaml), read once."""
    raw = resources.files("enquete.extract").joinpath("gazetteer").joinpath("places.yaml").read_text(
        encoding="utf-8")
    return {fold(n): str(code).lower() for code, names in yaml.safe_load(raw)["places"].items()
            for n in names or []}


def place_code(name: str) -> str | None:
    """The state a capital, city or region names: "Le Caire" (also "Caire", after "au"), "Benghazi",
    "Xinjiang", "La Mecque"; None for any other word."""
    for form in (name, f"le {name}", f"la {name}", name.split()[0] if name.split() else name):
        code = capitals().get(fold(form)) or places().get(fold(form))
        if code:
            return code
    return None


def place_state(name: str, mentions: list[model.Mention]) -> model.Mention | None:
    """The state mention (the first one) for a capital, city or region, where the document names it:
    "à Misrata" -> "Libye" in a text that names Libya."""
    return named_state(place_code(name), mentions)


FRONTED_CITY = re.compile(r"\s*(?:En|Au|Aux|À|A|Dans|In|At)\s+(?:la |le |l'|the )?"
                          r"([A-ZÀ-ÖØ-Þ][\w'-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)\s*,")


def named_place(name: str, at: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state a place word written at `at` names: the state mention there ("en Libye"), else the state of
    the capital, city or region it is ("à Misrata")."""
    return next((m for m in mentions if m.type == "Country" and m.start == at), None) \
        or place_state(name, mentions)


def fronted_city(text: str, start: int, mentions: list[model.Mention]) -> model.Mention | None:
    """"À Alexandrie, des militants ont photographié P", "In Misrata, P was found": the state of the city
    or region that opens the sentence at `start`, before its first comma."""
    hit = FRONTED_CITY.match(text.replace("’", "'"), start)
    return place_state(hit.group(1), mentions) if hit else None


@lru_cache(maxsize=None)
def _spec() -> dict:
    return lexicon("relations")["found_in"]


def _goods(verb, mentions: list[model.Mention]) -> set[int]:  # type: ignore[no-untyped-def]
    """Token indices of the goods of `verb` (with their words), where a demonym tells where the goods come
    from, not where they were seen: the passive subject, the subject or the object that names a product
    ("P infected the phones of Azerbaijani reporters": P, not the phones), else the passive subject or the
    object."""
    def phrase(deps: tuple[str, ...]) -> set[int]:
        return {t.i for c in verb.children if c.dep_ in deps for t in c.subtree}

    def names_goods(toks: set[int]) -> bool:
        doc = verb.doc
        return any(m.type == "Product" and any(m.start <= doc[i].idx < m.end for i in toks) for m in mentions)

    phrases = [phrase(("nsubj:pass", "nsubjpass")), phrase(("nsubj",)), phrase(("obj", "dobj"))]
    named = next((p for p in phrases if p and names_goods(p)), None)
    return named if named is not None else phrases[0] or phrases[2]


def _not_local(tok, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` (the noun a demonym qualifies) names those who make, sell, study or report on goods
    ("Turkish researchers", "une société israélienne", "French engineers"): their nationality is no place."""
    return tok.lemma_.lower() in _spec()["not_local"][lang] or tok.lower_ in _spec()["not_local"][lang]


def demonym_state(verb, lang: str,  # type: ignore[no-untyped-def]
                  mentions: list[model.Mention]) -> model.Mention | None:
    """The state a demonym or a state's name in the clause of `verb` names, among the states the document
    names: "found on Syrian networks", "des militants bahreïnis ont photographié", "used against Ethiopian
    journalists", "détectées sur les téléphones de journalistes marocains", "used to inspect Egyptians'
    traffic", "operated by Egypt's interior ministry", "exploité par la police du Soudan"; not one of the
    goods ("des grenades turques ont été trouvées", "P, produit en France, a été repéré"), nor of a maker,
    a seller or a researcher ("des chercheurs canadiens ont découvert P"), nor the home of the named
    organisation that found them ("found by Canada's Civic Watch"), nor one inside another finite clause."""
    goods = _goods(verb, mentions)
    actors = _actors(verb)
    states = [m for m in mentions if m.type == "Country"]
    for tok in verb.subtree:
        if tok.i in goods or tok.i == verb.i or not _clause_of(tok, verb):
            continue
        named = next((m for m in states if m.start <= tok.idx < m.end), None)
        code = demonyms().get(fold(tok.lower_)) or (named.country if named is not None else None)
        if code is None or (tok.i in actors and _home_of_named(tok, mentions)):
            continue
        qualifies = tok.dep_ in ("amod", "compound", "nmod", "poss", "nmod:poss") and tok.head.i != tok.i
        noun = tok.head if qualifies else tok  # "Syrian networks"; in "Egyptians' traffic" the demonym itself
        if _not_local(noun, lang) or (noun is not tok and _not_local(tok, lang)):
            continue
        state = named_state(code, mentions)
        if state is not None:
            return state
    return None


def _actors(verb) -> set[int]:  # type: ignore[no-untyped-def]
    """Token indices of the subject of `verb` or of its agent ("by X", "par X")."""
    out: set[int] = set()
    for c in verb.children:
        agent = c.dep_ in ("agent", "obl:agent") or (c.dep_.startswith("obl") and any(
            k.dep_ == "case" and k.lower_ == "par" for k in c.children))
        if c.dep_ in ("nsubj", "csubj") or agent:
            out |= {t.i for t in c.subtree}
    return out


ORG_TYPES = ("Organization", "Company")


def _home_of_named(tok, mentions: list[model.Mention]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the demonym or state `tok` belongs to the name of an organisation or a company, or
    qualifies one ("Canada's Civic Watch", "la société israélienne Helix"): that is its home."""
    return any(m.type in ORG_TYPES and (m.start <= tok.idx < m.end or m.start <= tok.head.idx < m.end)
               for m in mentions)


def _clause_of(tok, verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` hangs from `verb` with no finite verb between ("to inspect" is still the clause of
    "used"; "who were arrested" is another one)."""
    for _ in range(10):
        if tok.i == verb.i:
            return True
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i != verb.i and head.pos_ in VERB_POS and "VerbForm=Fin" in str(head.morph):
            return False
        tok = head
    return False


def _points_back(verb, lang: str, text: str,  # type: ignore[no-untyped-def]
                 key: str = "point_back") -> int | None:
    """The offset of a word of `verb`'s clause that points back at a place named before: the clitic "y"
    ("y ont été retrouvées"), "là-bas", "sur place", "there", "on the ground" (`found_in.point_back`); with
    `key` "country_back", "in the country", "du pays"."""
    for c in verb.children if key == "point_back" else ():
        if lang == "fr" and c.lower_ == "y" and c.i < verb.i and c.nbor(1).lower_ != "compris":
            return c.idx  # not "y compris" (including)
    low = text.lower().replace("’", "'")
    span = verb.sent
    for phrase in _spec()[key][lang]:
        rx = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
        for hit in rx.finditer(low, span.start_char, span.end_char):
            at = hit.start()
            tok = next((t for t in span if t.idx <= at < t.idx + len(t)), None)
            if tok is not None and tok.dep_ != "expl" and _clause_of(tok, verb):
                return at
    return None


def pointed_state(verb, lang: str, text: str, mentions: list[model.Mention]  # type: ignore[no-untyped-def]
                  ) -> model.Mention | None:
    """The state an adverb of `verb`'s clause points back at: the last one named before it, within
    POINT_BACK_CHARS ("Helix a ouvert un bureau en Libye. Des sondes y ont été retrouvées", "Reporters went
    to Sudan. They found P there", "Sur place, ils ont filmé P"); the state named last before "in the
    country", "du pays" ("Morocco bought licences. P was found on the country's networks"); the place a
    relative "où"/"where" of `verb` follows ("la Libye, où des sondes P ont été retrouvées", "Misrata,
    where P was found")."""
    where = _where(verb, text, mentions)
    if where is not None:
        return where
    at = _points_back(verb, lang, text)
    if at is not None:
        return _last_place(text, at, mentions)
    at = _points_back(verb, lang, text, "country_back")
    return _last_state(at, mentions) if at is not None else None


NAME_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)\s*,?\s*$")


def _where(verb, text: str,  # type: ignore[no-untyped-def]
           mentions: list[model.Mention]) -> model.Mention | None:
    """The state of the place right before a relative "où"/"where" that opens `verb`'s clause: a state
    named there, or a city or region of one the document names."""
    rel = next((c for c in verb.children if c.lower_ in ("où", "where") and c.i < verb.i), None)
    if rel is None:
        return None
    state = next((m for m in mentions if m.type == "Country" and m.end <= rel.idx
                  and re.fullmatch(r"\s*,?\s*", text[m.end:rel.idx])), None)
    if state is not None:
        return state
    name = NAME_BEFORE.search(text, max(0, rel.idx - 60), rel.idx)
    return place_state(name.group(1), mentions) if name else None


LOCATIVE = re.compile(r"(?<!\w)(?:(?:à|au|aux|en|dans|vers|in|to|at|into)\s+"
                      r"|(?:autour|près|aux abords|around|near|outside)\s+(?:de\s+|d'|du\s+|des\s+|of\s+)?)"
                      r"(?:le |la |les |l'|the )?"
                      r"([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)")
TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday"}


def _last_place(text: str, at: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state of the last place named after a locative word before `at` (within POINT_BACK_CHARS): "en
    Libye", "went to Sudan", "à Misrata" (a city of a state the document names); None where that last place
    is no state ("au Parc des expositions", "at Milipol": "y" stands for the venue, not a state named in
    passing); where no place follows a locative word, the state named last."""
    lo = max(0, at - POINT_BACK_CHARS)
    for hit in reversed(list(LOCATIVE.finditer(text.replace("’", "'"), lo, at))):
        if fold(hit.group(1).split()[0]) in TIME_WORDS:
            continue  # "in March"
        return named_place(hit.group(1), hit.start(1), mentions)
    return _last_state(at, mentions)  # no place named with a locative: "Syria bought P. ... on site"


def _last_state(at: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state named last before `at`, within POINT_BACK_CHARS."""
    named = [m for m in mentions if m.type == "Country" and m.end <= at and at - m.end <= POINT_BACK_CHARS]
    return named[-1] if named else None


RELATIVE = {"que", "qu'", "qu’", "that", "which", "whom"}


def relative_goods(verb, sent, text: str) -> list[model.Mention]:  # type: ignore[no-untyped-def]
    """"Le logiciel Vigil, que des chercheurs ont identifié en Z", "the grenades Fulgor that activists
    picked up in Z": the goods named right before the relative pronoun that is the object of `verb` (a
    verb with no object of its own)."""
    if any(c.dep_ in ("obj", "dobj") and c.lower_ not in RELATIVE for c in verb.children):
        return []
    rel = next((t for t in verb.subtree if t.lower_ in RELATIVE and t.i < verb.i and t.dep_ not in (
        "nsubj", "nsubj:pass", "nsubjpass")), None)
    if rel is None:
        return []
    goods = [m for m in sent.mentions if m.type == "Product" and m.end <= rel.idx
             and re.fullmatch(r"\s*,?\s*", text[m.end:rel.idx])]
    return goods[-1:]


@lru_cache(maxsize=None)
def _planned(lang: str) -> frozenset[str]:
    return frozenset(_spec()["planned"][lang])


PURPOSE = {"pour", "afin", "so", "order"}
MODALS = {"will", "shall", "'ll", "can", "could", "may", "might", "would"}


def not_yet(verb, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the finding is only planned, offered, possible or to come, not seen: "Helix prévoit
    d'installer P à Z", "plans to deploy P in Z", "P will be deployed in Z", "P can monitor any phone in Z",
    "P peut être déployé en Z", "P sera installé à Z", "un contrat pour installer P", "a nié avoir utilisé
    P" (a modal, an auxiliary or a verb in
    the future or the conditional, its own or that of the modal it hangs from: "aurait pu être employé";
    or an infinitive or a gerund under a verb or noun of `found_in.planned`)."""
    chain = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i else [verb]
    for v in chain:  # "aurait pu être employé": the conditional hangs from the modal
        for tok in (v, *(c for c in v.children if c.dep_ in ("aux", "aux:pass", "auxpass", "aux:tense"))):
            if tok.lower_ in MODALS or "Tense=Fut" in str(tok.morph) \
                    or "Mood=Cnd" in str(tok.morph):
                return True
    head = verb.head
    if head.lemma_.lower() == "pouvoir" and "Tense=Pres" in str(head.morph):
        return True  # "P peut être déployé en Z": what it can do
    infinitive = "VerbForm=Inf" in str(verb.morph) or any(c.lower_ == "to" and c.dep_ == "aux"
                                                           for c in verb.children)
    if infinitive and (any(c.lower_ in PURPOSE for c in verb.children if c.i < verb.i)
                       or verb.dep_ == "acl" and head.pos_ == "NOUN"):
        return True  # "un contrat pour installer P", "a deal to deploy P": the aim, not the deed
    nonfinite = infinitive or "VerbForm=Ger" in str(verb.morph) or any(  # "denied using P", "a nié avoir
        c.dep_.startswith("aux") and "VerbForm=Inf" in str(c.morph) for c in verb.children)  # utilisé P"
    return nonfinite and head.i != verb.i and (head.lemma_.lower() in _planned(lang)
                                               or head.lower_ in _planned(lang))


REFLEXIVE = {"se", "s'", "s’"}


def moved_itself(verb, sent, text: str) -> bool:  # type: ignore[no-untyped-def]
    """"Helix, qui fabrique P, s'est installée à Dubaï": a reflexive verb whose subject is not the goods
    (the company settles somewhere; "des caméras P se sont retrouvées à Z" stays a finding)."""
    if not any(c.lower_ in REFLEXIVE and c.i < verb.i for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None:  # the parser lost it across a relative clause: the first name of the sentence
        named = [m for m in sent.mentions if m.end <= verb.idx][:1]
    elif subj.lower_ in ("qui", "which", "who", "that"):
        named = [m for m in sent.mentions
                 if m.end <= subj.idx and re.fullmatch(r"\s*,?\s*", text[m.end:subj.idx])]
    else:
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        named = [m for m in sent.mentions if lo <= m.start and m.end <= hi]
    return bool(named) and not any(m.type == "Product" for m in named)


def watched_by_other(verb, sent, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """"Helix surveille l'usage de P au Maroc", "Civic Watch monitors P in Z": a verb of
    `found_in.goods_subject` (the goods watch or run: "des caméras P surveillent les rues de Z") whose
    active subject names something other than goods."""
    if verb.lemma_.lower() not in _spec()["goods_subject"][lang]:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        return False
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    named = [m for m in sent.mentions if lo <= m.start and m.end <= hi]
    return not any(m.type == "Product" for m in named)


def no_sighting(verb, sent, text: str, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the finding verb `verb` tells of no goods seen: a word of a name ("Civic Watch"), only
    planned or to come (`not_yet`), a company settling somewhere (`moved_itself`), someone else watching
    (`watched_by_other`)."""
    if any(m.start <= verb.idx < m.end for m in sent.mentions):
        return True
    return not_yet(verb, lang) or moved_itself(verb, sent, text) or watched_by_other(verb, sent, lang)


GOODS_IN_VIEW_CHARS = 300  # how far back "le logiciel", "the units" find the product they stand for


def goods_in_view(verb, sent, lang: str,  # type: ignore[no-untyped-def]
                  mentions: list[model.Mention]) -> list[model.Mention]:
    """"L'Azerbaïdjan a acheté P ; le logiciel a été détecté sur des téléphones", "the units were spotted
    in Z", "ont retrouvé ses traces", "identified servers linked to operators in Z": goods named by a
    definite noun with no name of their own, "its traces", or the marks of their use (the passive subject,
    else the object), are the product named last before them (within GOODS_IN_VIEW_CHARS)."""
    goods = sold_goods(verb)
    if goods is None or not (definite_goods(goods, lang) or _its_traces(goods, lang)
                             or _use_traces(goods, lang) or _goods_pronoun(goods)):
        return []
    at = goods.left_edge.idx
    named = [m for m in mentions if m.type == "Product" and m.end <= at and at - m.end <= GOODS_IN_VIEW_CHARS]
    passive = goods.dep_ in ("nsubj:pass", "nsubjpass")
    if passive and goods.pos_ == "PRON" and (sent.in_view is None or not named or (
            sent.in_view.cluster or sent.in_view.text) != (named[-1].cluster or named[-1].text)):
        return []  # "Il a été repéré au Togo": only where the sentences before are about the product
    if len(named) > 1 and (named[-2].cluster or named[-2].text) != (named[-1].cluster or named[-1].text) \
            and LISTED.fullmatch(verb.doc.text[named[-2].end:named[-1].start]):
        return []  # "Kestrel and Nightjar are sold to police. The spyware was found": either of them
    return named[-1:]


LISTED = re.compile(r"\s*(?:,|and|et|or|ou|as well as|ainsi que)\s*", re.I)


def _goods_pronoun(goods) -> bool:  # type: ignore[no-untyped-def]
    """"Researchers found it in Z", "des chercheurs l'ont identifié au Rwanda": the object pronoun of a
    verb of finding stands for the product named last (a company or a person is never found_in); "Il a
    été repéré au Togo": the subject pronoun, where the product is what the text is about."""
    return goods_pronoun(goods) or goods.pos_ == "PRON" and goods.lower_ in ("il", "elle")


def _use_traces(goods, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """"identified servers linked to operators in Z", "des victimes au Z": the marks the goods leave where
    they are used (`found_in.use_traces`), which stand for the goods named before."""
    return goods.lemma_.lower() in _spec()["use_traces"][lang] or goods.lower_ in _spec()["use_traces"][lang]


def _its_traces(goods, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """"ses traces", "its traces": a word of `found_in.traces` owned by a possessive (the goods named
    before)."""
    return _traces(goods, lang) and any(c.lower_ in ("ses", "sa", "son", "its", "their", "leurs")
                                        for c in goods.children)


def _traces(goods, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `goods` is a word of `found_in.traces` ("traces")."""
    return goods.lemma_.lower() in _spec()["traces"][lang] or goods.lower_ in _spec()["traces"][lang]


def traces_found(verb, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """"Traces were detected in Z", "des infections ont été repérées au Maroc", "researchers found
    servers in Z": what was found (the passive subject, else the object) is a mark the goods leave
    (`found_in.traces`, `found_in.use_traces`), not the goods themselves."""
    found = sold_goods(verb)
    return found is not None and (_use_traces(found, lang) or _traces(found, lang))
