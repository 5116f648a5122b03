"""Goods named by what they are rather than by a name: "Thales a fourni des caméras thermiques", "Safran a
livré des systèmes de navigation", "spent tear-gas canisters were found in the streets", "X manufactures
multi-barrel launchers". Such a phrase is the product of a sale, a making or a sighting as much as "Eagle"
is; without a mention of it, "who made what" and "what was found where" cannot be told.

A phrase is kept only where it is what a trade, a making, a finding or a showing acts on (the object of
"vendre", "fabriquer", "trouver", "exhibit", of "la vente de", or the goods a participle describes: "des
caméras vendues à", "canisters photographed by protesters"; the goods behind an amount or a range: "€2m
worth of surveillance equipment", "sa gamme de caméras thermiques"; those a company specialises in), and
only with a describing word beside its head noun: "des caméras" alone names nothing, "des caméras
thermiques" names a kind of goods. The phrase keeps the head and its describing words (adjectives, compound
nouns, quoted words: 'a "lawful intercept" platform', a bare "de" complement: "systèmes de navigation",
"équipements de détection infrarouge"), never a determiner, a number, a name, a nationality or a word of
quantity, age or praise ("d'autres caméras", "several new systems", "un puissant système";
lexicon/goods.yaml). A description apposed to a name ("ThermoEye, a thermal imaging camera,") names nothing
of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from enquete.extract.anaphora import demonyms
from enquete.extract.names import fold
from enquete.extract.relations import lexicon
from enquete.model import Document, Extraction, Mention

SOURCE = "description"  # the mention's source: kept only where a relation uses it (`unused`)
MAX_WORDS = 6
_OBJECT = ("obj", "dobj", "nsubj:pass", "nsubjpass", "dative")
_SUBJECT = ("nsubj",)
_LEFT = ("amod", "compound", "nmod", "npadvmod", "nn")
_OF = ("de", "d'", "d’", "of")
_REMAINS = re.compile(r"(?<![\w-])(\w+)\s+(?:de|d'|d’|des|du|of(?:\s+the)?)\s*(?:[\w-]+\s+)?([\w-]+)$", re.I)
_QUOTES = ('"', "“", "”", "«", "»")  # quotes around describing words ('a "lawful intercept" platform')
_APPOSED = re.compile(r"\s*,\s*(?:a|an|the|one|un|une|le|la|l'|l’)\s*", re.I)  # "X, a thermal camera,"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def heads(lang: str) -> frozenset[str]:
    """The lemmas of nouns that name goods ("caméra", "system")."""
    return _words(lang)["heads"]


def nouns(lang: str) -> frozenset[str]:
    """The lemmas of nouns that name goods, without the `remains` of used goods ("launcher", "fusil")."""
    return _words(lang)["goods"]


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, frozenset[str]]:
    goods, rel = lexicon("goods"), lexicon("relations")

    def of(*lists: dict) -> frozenset[str]:
        return frozenset(w.lower() for d in lists for w in (d.get(lang) or []))
    sup, dev, seen = rel["supplied"], rel["developed"], rel["found_in"]
    return {"heads": of(goods["heads"], goods["remains"]), "goods": of(goods["heads"]),
            "stop": of(goods["not_describing"]),
            "verbs": of(goods["verbs"], sup["lemmas"], sup["buy_lemmas"], dev["lemmas"], dev["corporate"]["makes"],
                        seen["lemmas"]),
            "subject_verbs": of(goods["subject_verbs"], seen["goods_subject"]), "nouns": of(goods["nouns"]),
            "through": of(goods["through"]), "specialise": of(goods["specialise"])}


def described_goods(sdoc, doc: Document, found: list[Mention]) -> list[Mention]:
    """Product mentions of the goods phrases of `sdoc` that a trade, a making or a sighting acts on, where
    no mention in `found` overlaps them ("des caméras thermiques", "lanceurs multi-canons") and the sentence
    names no product and no name stands beside it ("des véhicules blindés Nimr Ajban", "le logiciel d'analyse
    Gotham", "the ThermoEye thermal cameras": the name is the product)."""
    lang = "fr" if doc.language == "fr" else "en"
    words = _words(lang)
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    named = [m.start for m in found if m.type == "Product" and m.text[:1].isupper() and not _common(sdoc, m)]
    covered = {t.i for m in found if (span := sdoc.char_span(m.start, m.end, alignment_mode="expand"))
               for t in span}
    for tok in sdoc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["heads"] or not _acted_on(tok, words) \
                or any(tok.sent.start_char <= at < tok.sent.end_char for at in named):
            continue
        first, last = _phrase(tok, words, covered)
        if first == last == tok.i or last - first + 1 > MAX_WORDS:
            continue
        s, e = sdoc[first].idx, sdoc[last].idx + len(sdoc[last])
        if not any(s < te and ts < e for ts, te in taken) and not _named_beside(doc.text, s, e, found):
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "Product",
                               source=SOURCE))
            taken.append((s, e))
    return out


def _common(sdoc, m: Mention) -> bool:
    """Whether a capitalised product is a common noun at its sentence's head ("Drones were seen…"), no name."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span[0].is_sent_start and all(t.pos_ == "NOUN" for t in span)


def _named_beside(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """Whether a name stands right before or after the phrase ("the ThermoEye thermal cameras", "des
    véhicules blindés Nimr Ajban") or the phrase is set after a name as its apposition ("ThermoEye, a thermal
    imaging camera,", "le ThermoEye, une caméra thermique,"): the phrase then says what the named goods are,
    it names none of its own."""
    return any(m.type != "Country" and (text[m.end:start] == " " or text[end:m.start] == " "
                                        or _APPOSED.fullmatch(text, m.end, start) is not None) for m in found)


def _acted_on(tok, words: dict[str, frozenset[str]]) -> bool:
    """Whether the goods noun `tok` (or the first of the list it closes) is what a trade, a making, a
    finding or a showing acts on."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "acl" and c.lemma_.lower() in words["verbs"] \
                and (c.tag_ in ("VBN", "VBG") or "Part" in c.morph.get("VerbForm")):
            return True  # "des caméras vendues à", "canisters photographed by protesters"
        if c.dep_ in ("acl", "acl:relcl", "relcl") and c.lemma_.lower() in words["subject_verbs"]:
            return True  # "des culots qui portent le marquage de X", "canisters bearing the markings of X"
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    tok, amount = _through(tok, words)
    head = tok.head
    if tok.dep_ in _OBJECT:
        return head.lemma_.lower() in words["verbs"]
    if amount and tok.dep_.startswith("obl") and _case(tok, ("pour",)):
        return head.lemma_.lower() in words["verbs"]  # "a vendu pour 2 millions d'euros d'équipements"
    if tok.dep_ == "pobj" and head.lower_ == "in":
        return head.head.lemma_.lower() in words["specialise"]  # "X specialises in riot-control grenades"
    if tok.dep_.startswith("obl") and _case(tok, ("dans",)):
        return head.lemma_.lower() in words["specialise"]  # "est spécialisée dans les grenades assourdissantes"
    if tok.dep_ in _SUBJECT:
        return head.lemma_.lower() in words["subject_verbs"]
    if tok.dep_ == "pobj" and head.lower_ == "of":  # "the sale of thermal cameras"
        return head.head.lemma_.lower() in words["nouns"]
    if tok.dep_ == "nmod" and _case(tok, _OF):
        return head.lemma_.lower() in words["nouns"]  # "la vente de caméras thermiques"
    return False


def _case(tok, words: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` is introduced by one of `words` ("de", "of", "pour", "dans")."""
    return any(c.dep_ == "case" and c.lower_ in words for c in tok.children)


def _through(tok, words: dict[str, frozenset[str]]) -> tuple:
    """The word the goods `tok` stand behind where they are the complement of an amount, a number or a range
    ("€2m worth of surveillance equipment", "pour 2 millions d'euros d'équipements", "hundreds of thermal
    cameras", "sa gamme de caméras thermiques": what acts on the amount acts on the goods), and whether an
    amount was crossed; else `tok` itself."""
    crossed = False
    for _ in range(3):
        up = None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            up = tok.head.head  # "hundreds of", "worth of"
        elif tok.dep_ == "nmod" and _case(tok, _OF):
            up = tok.head  # "centaines de", "millions d'euros d'équipements"
        if up is None or up.lemma_.lower() not in words["through"] and up.lower_ not in words["through"]:
            break
        if up.lower_ == "worth" and up.dep_ == "amod":
            up = up.head  # "€2m worth of": the amount "m" is what was sold
        tok, crossed = up, True
    return tok, crossed


def _describing(tokens, words: dict[str, frozenset[str]]) -> bool:
    """Whether every token is a lower-case describing word (or a hyphen inside one: "multi-canons"), the
    sentence's first word as written ("Thermal cameras were found")."""
    return all(t.text == "-" or (_WORD.fullmatch(t.text) and (t.text.islower() or t.is_sent_start)
                                 and t.lemma_.lower() not in words["stop"] and t.lower_ not in words["stop"]
                                 and fold(t.text) not in demonyms())
               for t in tokens)


def _phrase(tok, words: dict[str, frozenset[str]], covered: set[int]) -> tuple[int, int]:
    """The token range of the goods phrase headed by `tok`: describing words before it that are adjacent
    ("spent tear-gas canisters") or quoted right before it, with their quotes ('a "lawful intercept"
    platform'), then adjectives and bare "de" complements after it ("systèmes de détection infrarouge"),
    never a token of another mention (`covered`)."""
    first, doc = tok.i, tok.doc
    for child in sorted((c for c in tok.lefts if c.dep_ in _LEFT), key=lambda c: -c.i):
        sub = list(child.subtree)
        quoted = first == tok.i and sub[0].i >= 1 and sub[-1].i == first - 2 and \
            doc[first - 1].text in _QUOTES and doc[sub[0].i - 1].text in _QUOTES
        if (sub[-1].i != first - 1 and not quoted) or not _describing(sub, words) \
                or covered.intersection(t.i for t in sub):
            break
        first = sub[0].i - 1 if quoted else sub[0].i  # 'a "lawful intercept" platform': the quotes too
        if quoted:
            break
    return first, _right(tok, words, covered, False)


def _right(tok, words: dict[str, frozenset[str]], covered: set[int], named: bool) -> int:
    """The last token of the describing words after `tok`. Once a bare complement has made the phrase a
    term ("sondes d'inspection"), a complement with a contracted article may go on with it ("…approfondie
    des paquets"); never as the first ("les caméras du ministère")."""
    last = tok.i
    for child in sorted(tok.rights, key=lambda c: c.i):
        sub = list(child.subtree)
        if sub[0].i != last + 1 or covered.intersection((sub[0].i, child.i)):
            break
        if child.dep_ == "amod" and len(sub) <= 3 and _describing(sub, words) \
                and not covered.intersection(t.i for t in sub):
            last = sub[-1].i
        elif child.dep_ == "nmod" and child.pos_ == "NOUN" and sub[0].dep_ == "case" \
                and (sub[0].lower_ in _OF or (named and sub[0].lower_ in ("des", "du"))) \
                and not any(c.dep_ == "det" for c in child.children) and _describing([child], words) \
                and all(_describing(list(a.subtree), words) for a in child.children if a.dep_ == "amod"):
            # "de navigation", "de détection infrarouge"; never "de fabrication française", "de dernière
            # génération": a complement that tells origin or age is no part of what the goods are
            last = _right(child, words, covered, True)
            named = True
        else:
            break
    return last


def join_remains(mentions: list[Mention]) -> None:
    """A description of what is left of goods ("des culots de grenades", "shells of tear-gas grenades") joins
    the cluster of the one product of the document whose name holds those goods' word ("grenades
    lacrymogènes", "tear-gas grenades"): the remains are of those goods. Run after clustering."""
    remains = {w for ws in lexicon("goods")["remains"].values() for w in ws}
    for m in mentions:
        hit = _REMAINS.search(m.text)
        if m.source != SOURCE or hit is None or fold(hit.group(1)) not in remains:
            continue
        word = _singular(fold(hit.group(2)))
        named = {p.cluster or p.id for p in mentions if p.type == "Product" and p.source != SOURCE
                 and word in {_singular(w) for w in fold(p.text).replace("-", " ").split()}}
        if len(named) == 1:
            m.cluster = named.pop()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def unused(extraction: Extraction) -> None:
    """Drop the goods phrases no relation uses as an argument or a product: a description names goods for
    the fact it serves, not as an actor of its own; events and claims keep only the mentions that stay.
    A maker the document names a product of makes no described goods besides: the description most likely
    tells of that product ("Nervala SA makes the Harfang platform. Its interception probes…")."""
    described = {m.id for m in extraction.mentions if m.source == SOURCE}
    named = {m.id for m in extraction.mentions if m.type == "Product" and m.text[:1].isupper()
             and m.source != SOURCE}  # "Armoured vehicles made by X": a description at a sentence's head
    key = {m.id: m.cluster or m.id for m in extraction.mentions}
    makers = {key.get(r.subject) for r in extraction.relations if r.predicate == "developed" and r.object in named}
    extraction.relations = [r for r in extraction.relations if not (
        r.predicate == "developed" and r.object in described and key.get(r.subject) in makers)]
    used = {x for r in extraction.relations for x in (r.subject, r.object, r.product)}
    dropped = {m.id for m in extraction.mentions if m.source == SOURCE and m.id not in used}
    if not dropped:
        return
    extraction.mentions = [m for m in extraction.mentions if m.id not in dropped]
    for ev in extraction.events:
        ev.participants = [p for p in ev.participants if p not in dropped]
    for c in extraction.claims:
        c.about = [a for a in c.about if a not in dropped]
