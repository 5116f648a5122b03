"""Corporate ties read from one trigger word and the names around it (lexicon/relations.yaml, the
`corporate` keys of subsidiary_of and developed):

- a purchase: "Orbis bought Helix", "Helix was acquired by Orbis", "la société a été rachetée par X",
  "X's acquisition of Helix", "its takeover by X", "L'acquisition de Y par X" -> Helix subsidiary_of Orbis;
- control: "passée sous le contrôle de X", "X took control of Y", "X a pris une participation majoritaire
  dans Y", "X took a controlling stake in Y", "X a mis la main sur Y";
- a unit and its owner: "X's unit Y", "Y, a subsidiary of X", "le groupe X, dont Y est une filiale",
  "la branche Y du groupe X", "Y's parent company, X", "X, la maison mère de Y", "Y, dont X est
  l'actionnaire majoritaire";
- a body inside a body: "the Commerce Department's Office of Export Controls", "la commission des
  libertés du Parlement européen", "le Citizen Lab de l'université de Toronto", "the Citizen Lab at the
  University of Toronto", "l'unité de cybersurveillance de la police kényane" (a unit named by description:
  units.py), "le Parlement enquête, au sein de sa commission spéciale";
- a unit noun said of a name: "X, the research group based at the University of Y", "X, un laboratoire
  de l'université de Y", "Son groupe d'analyse des menaces, le X" (the owner the possessive points to);
- a product named after a generic noun: "X sells a tool called Y", "X vend un outil baptisé Y" -> X
  developed Y.

The bought company must be the name itself, not goods of it ("bought Helix's software" is no purchase of
Helix); a purchase denied, planned or failed gives nothing ("denied buying", "talks to buy", "offre de
rachat rejetée").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from enquete import model
from enquete.extract import units
from enquete.extract.anaphora import company_anaphor, pronoun_antecedent
from enquete.extract.clauses import token_at
from enquete.extract.relations import (
    Sent, Trigger, actor, after_marker, before, coordinated, dep_subject, evidence, is_passive, lexicon,
    nearest_date, words,
)
from enquete.extract.supply import POSSESSIVES as OWN  # "its", "son": a possessive determiner

OWNER_TYPES = ["Company", "Organization", "PublicBody"]
BODY_TYPES = ["PublicBody", "Organization"]
# "X's Office of Y", "la commission Y du Parlement": the words between a body and the body it belongs to
OF_BODY = re.compile(r"^\s*(?:du|de la|de l'|de l’|des|d'|d’|of the|of)\s*$", re.I)
POSSESSOR = re.compile(r"['’]s?\s+$")
# "the firm", "la société", "this company": a company named before
COMPANY_WORDS = {"company", "firm", "group", "vendor", "manufacturer", "maker", "business", "société",
                 "entreprise", "firme", "groupe", "fabricant", "éditeur", "start-up", "startup", "pme"}


@lru_cache(maxsize=None)
def words_of(predicate: str, key: str, lang: str) -> frozenset[str]:
    """The words of `key` under the `corporate` entry of `predicate` in lexicon/relations.yaml."""
    spec = lexicon("relations")[predicate].get("corporate") or {}
    return frozenset(w.lower() for w in (spec.get(key) or {}).get(lang) or [])


@lru_cache(maxsize=None)
def words_rx(predicate: str, key: str, lang: str, tail: bool = True) -> re.Pattern:
    """The words of `words_of` as one pattern of whole words (`tail` False: a word may run on, "resell"
    in "resellers"), compiled once: a regex per word and call crowds the patterns compiled once out of
    re's cache."""
    alt = "|".join(sorted(map(re.escape, words_of(predicate, key, lang)), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alt})" + (r"(?!\w)" if tail else ""))


def reads(trig: Trigger, sent: Sent, lang: str) -> bool:
    """Whether this module reads the trigger: a word trigger (no phrase) of subsidiary_of, or one of the
    naming words of developed ("a tool called Y"), or a verb of making hyphened to its maker ("the
    Orvento-made P")."""
    if trig.token is None:
        return False
    if trig.predicate in ("subsidiary_of", "successor_of"):
        return True
    if trig.predicate == "developed" and _lemma(trig.token) in words_of("developed", "makes", lang) and \
            _relative_object(trig.token) is not None:
        return True  # "P, which X developed"
    return trig.predicate == "developed" and (
        _lemma(trig.token) in words_of("developed", "naming", lang) | words_of("developed", "direct", lang)
        | words_of("developed", "behind", lang) | words_of("developed", "goods", lang)
        or _hyphened(trig.token, sent) is not None)


def _behind(tok: Token, sent: Sent, text: str, context: dict) -> list[tuple]:
    """"X is the company behind P", "X, the Israeli firm behind P", "X, l'entreprise derrière P": (X, P),
    where P is the complement of "behind" itself ("the firm behind the P report" names no maker)."""
    noun = tok.head
    if _lemma(noun) not in COMPANY_WORDS | {"developer", "maker", "outfit", "concepteur"}:
        return []
    product = next((m for m in sent.mentions if m.type == "Product" and m.start >= tok.idx + len(tok)
                    and words(text[tok.idx + len(tok):m.start]) <= 2), None)
    if product is None or not _hangs_from(product, tok, sent):
        return []
    lo = noun.left_edge.idx
    makers = [m for m in _apposed(noun, lo, sent, text, context) if m.type == "Company"]
    return [(x, product) for x in makers]


INDEFINITE = {"un", "une", "a", "an"}
DEFINITE_FR = {"la", "le", "l'", "l’", "cette", "ce"}
NAMED_AFTER = re.compile(r"^\s*(?:[\w'’-]+,?\s+){0,2}?(?:,\s*)?"
                         r"(?:(?:(?:which|that)\s+(?:it|they)\s+(?:calls?|called|dubs|dubbed|names?|named)\s+"
                         r"|(?:qu['’](?:elle|il|ils|elles)|que la société)\s+"
                         r"(?:appelle|appellent|a baptisée?|a appelée?|a nommée?|baptise|nomme)\s+"
                         r"|called|named|dubbed|baptisée?|appelée?|nommée?)\s*)?$", re.I)


def _its_product(tok: Token, sent: Sent, text: str, context: dict) -> list[tuple]:
    """"Its flagship spyware, P, was found", "son logiciel espion phare, P": a product named after a goods
    noun with a possessive is its owner's make, the owner a company (the subject of the clause, else the
    company in view); "the police deployed its new tool, P" names no maker."""
    if tok.pos_ != "NOUN":
        return []
    # "le logiciel espion de la société, P": the company word after "de", the name after it
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "amod" for g in c.children)]
    of = next((c for c in near if c.i > tok.i and c.dep_ == "nmod" and _lemma(c) in COMPANY_WORDS
               and any(k.dep_ == "case" and k.lower_ in ("de", "du", "d'", "d’") for k in c.children)
               and any(k.dep_ == "det" and k.lower_ in DEFINITE_FR for k in c.children)
               and not _mention_at(c, sent, OWNER_TYPES)), None)
    if of is None and not any(c.lower_ in OWN or c.dep_ in ("poss", "nmod:poss")
                              and _lemma(c) in COMPANY_WORDS for c in tok.children if c.i < tok.i):
        return []  # "its spyware", "the company's spyware"
    if tok.dep_ in ("obj", "dobj", "pobj", "obl", "nmod") and _lemma(tok.head) not in words_of(
            "developed", "makes", "fr" if tok.lang_ == "fr" else "en"):
        return []  # "Orvento deployed its new tool, P", "bought its spyware P": a user's, a buyer's
    end = (of.idx + len(of)) if of is not None else tok.idx + len(tok)
    product = next((m for m in sent.mentions if m.start >= end), None)
    if product is None or product.type != "Product" or not NAMED_AFTER.match(text[end:product.start]):
        return []
    makers = _company_before(of, sent, text, context) if of is not None else _possessor(
        tok, sent, text, context)
    return [(x, product) for x in makers if x.type == "Company"]


def _hyphened(tok: Token, sent: Sent) -> model.Mention | None:
    """The company hyphened to a participle: "the Orvento-made P", "an Orvento-designed system"."""
    if tok.i < 2 or tok.doc[tok.i - 1].text not in ("-", "‑") or tok.doc[tok.i - 1].whitespace_:
        return None
    return next((m for m in sent.mentions if m.end == tok.doc[tok.i - 1].idx and m.type == "Company"), None)


def unsaid(trig: Trigger, sent: Sent, text: str, lang: str) -> bool:
    """Whether a corporate trigger asserts nothing: a change not yet made ("will be renamed"), or a verb of
    selling ("markets", "commercialise") that is a noun or has for subject one the sentence calls a reseller
    ("X, revendeur de Y, commercialise ses caméras P": no maker). Denials of any trigger: `denied`."""
    if trig.predicate not in ("subsidiary_of", "successor_of", "developed"):
        return False
    if trig.predicate != "developed" and FUTURE.search(text, max(sent.start, trig.start - 40), trig.start):
        return True  # "will be renamed", "sera rachetée", "is to be acquired": not done yet
    if trig.predicate == "subsidiary_of" and trig.token is None and OWN_AFTER.match(text, trig.end):
        return True  # "X enquête, au sein de sa commission", "part of its unit": X's own unit (`_body`)
    if trig.predicate == "developed" and trig.token is not None and (
            _lemma(trig.token) in words_of("developed", "sells", lang) or trig.token.lower_ in words_of(
                "developed", "sells", lang)):
        clause = text[sent.start:trig.start].lower()
        prev = trig.token.nbor(-1) if trig.token.i > 0 else None
        if prev is not None and (prev.pos_ in ("DET", "ADJ", "NUM") or prev.tag_ in ("POS", "PRP$")
                                 or prev.lower_ in OWN):
            return True  # "the market for P", "Orvento's market share": a noun, no sale
        if words_rx("developed", "resellers", lang, tail=False).search(clause):
            return True
    return False


OWN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(OWN))})\s", re.I)
FUTURE = re.compile(r"(?<!\w)(?:(?:will|would|could|might|may|shall|should|to)\s+(?:not\s+)?"
                    r"(?:soon\s+|later\s+)?(?:be\s+|have\s+been\s+)?"
                    r"|(?:sera|seront|serait|seraient|va être|vont être|devrait être"
                    r"|devraient être|pourrait être|pourraient être|doit être|doivent être)\s+"
                    r"(?:bientôt\s+|prochainement\s+)?)$", re.I)


DENIED = re.compile(r"(?<!\w)(?:dément|démentent|démentait|nie|nient|niait|denies|denied|deny|denying)\s+"
                    r"(?:avoir\s+|d'avoir\s+|having\s+|that\s+(?:it|he|she|they|(?:the|its)\s+[\w-]+)\s+)"
                    r"(?:(?:été|been|had|has|have|was|were|is|jamais|ever|never)\s+)*$", re.I)


def denied(trig: Trigger, sent: Sent, text: str, lang: str) -> bool:
    """Whether the trigger is said not to have happened: its verb hangs from a verb of denial ("Helix
    denied that it had bought Orbis", "X dément avoir racheté Y"), or such a verb comes just before it where
    the parser hung it elsewhere ("Elle dément avoir été rachetée par Y", "It denies that the system was
    sold to Z"); never across a semicolon ("prosecutors charged him in 2016; they deny the charges")."""
    lo = max(sent.start, trig.start - 50, text.rfind(";", sent.start, trig.start) + 1)
    if DENIED.search(text.replace("’", "'"), lo, trig.start):
        return True
    tok = trig.token
    deny = words_of("subsidiary_of", "deny", lang)
    for _ in range(3):
        if tok is None or tok.head.i == tok.i or ";" in text[min(tok.head.idx, trig.start):max(tok.head.idx,
                                                                                            trig.start)]:
            return False
        if tok.dep_ in ("ccomp", "xcomp", "advcl", "pcomp", "obj", "dobj") and _lemma(tok.head) in deny:
            return True
        tok = tok.head
    return False


def relations(trig: Trigger, sent: Sent, doc: model.Document, lang: str, context: dict
              ) -> list[model.Relation]:
    """The relations one trigger read by this module gives (see `reads`)."""
    tok = trig.token
    if tok is None:
        return []
    word = _lemma(tok)
    if trig.predicate == "successor_of":
        if _failed(trig, sent, doc.text, lang):
            return []
        reader = _business_sold if word in words_of("subsidiary_of", "sell_verbs", lang) else \
            _spun if word in words_of("successor_of", "spin", lang) else \
            _folded if word in words_of("successor_of", "fold", lang) else \
            _renamed if word in words_of("successor_of", "name", lang) else \
            _merged if word in words_of("successor_of", "merge", lang) else _business
        return _made(reader(tok, sent, doc.text, lang, context), trig, sent, doc)
    if trig.predicate == "developed":
        rel = _relative_object(tok)
        if rel is not None:  # "Obsidian, which Orvento developed": the name the clause hangs from
            product = _mention_at(tok.head, sent, ["Product"]) if tok.head.i != tok.i else None
            near = before(sent, rel.idx, ["Product"], set(), doc.text)
            if product is None and near is not None and re.fullmatch(r"\s*,?\s*", doc.text[near.end:rel.idx]):
                product = near  # the clause parsed apart: the name just before "qu'"
            makers = [m for m in _subject(tok, sent, doc.text, context) if m.type == "Company"]
            return _made([(x, product) for x in makers] if product else [], trig, sent, doc)
        if word in words_of("developed", "goods", lang):  # "Its flagship spyware, P, was found"
            return _made(_its_product(tok, sent, doc.text, context), trig, sent, doc)
        if word in words_of("developed", "behind", lang):
            return _made(_behind(tok, sent, doc.text, context), trig, sent, doc)
        maker = _hyphened(tok, sent)
        if maker is not None:  # "the Orvento-made Obsidian system": the product named just after
            product = after_marker(sent, doc.text, trig.end, [], ["Product"], set())
            if product is None or words(doc.text[trig.end:product.start]) > 2:
                return []
            return _made([(maker, product)], trig, sent, doc)
        if word in words_of("developed", "direct", lang):  # "X created P": P its direct object
            passive = is_passive(tok)  # "P was created by X"
            products = [p for p in (_subject(tok, sent, doc.text, context) if passive else _object(
                tok, sent, doc.text, context)) if p.type == "Product"]
            makers = [m for m in (_agent(tok, sent, doc.text, lang) if passive else _subject(
                tok, sent, doc.text, context)) if m.type == "Company"]
            return _made([(x, p) for x in makers for p in products], trig, sent, doc)
        return _made(_named_product(tok, sent, doc.text, lang), trig, sent, doc)
    if _failed(trig, sent, doc.text, lang):
        return []
    pairs: list[tuple[model.Mention, model.Mention]] = []
    for key, reader in (("buy_verbs", _bought), ("sell_verbs", _sold), ("seize", _seized),
                        ("buy_nouns", _purchase), ("control", _control), ("stake", _stake), ("hand", _hand),
                        ("child_nouns", _unit), ("parent_nouns", _parent), ("body_nouns", _body),
                        ("unit_nouns", _named_unit)):
        if word in words_of("subsidiary_of", key, lang) and not (key in UNIT_KEYS and _traded(tok, lang)):
            pairs += reader(tok, sent, doc.text, lang, context)
    owned = [(y, x) for y, x in pairs if y.type in OWNER_TYPES and x.type in OWNER_TYPES]
    return _made(_through(owned, tok, sent, doc.text), trig, sent, doc)


#: an intermediary owner after the verb: "X controlled Y through the holding company Z", "via its Dutch
#: subsidiary Z", "par l'intermédiaire de la holding Z" (not "par Z", the agent of a passive)
THROUGH = re.compile(r"\s*,?\s*(?:through|via|by way of|par l'intermédiaire d[eu']\s*|par le biais d[eu']\s*|à travers"
                     r"|au travers d[eu']\s*)\s*(?:its |their |the |a |sa |son |ses |leur |la |le |l'|une |un )?"
                     r"(?:[\w-]+\s+){0,3}$", re.I)


def _through(pairs: list[tuple], tok: Token, sent: Sent, text: str) -> list[tuple]:
    """(Y, X) owned through a company Z named after the verb's object: (Y, Z) and (Z, X) instead."""
    out = []
    for y, x in pairs:
        lo = max(y.end, tok.idx)
        z = next((m for m in sent.mentions if m.start > lo and m.type == "Company" and m is not x
                  and THROUGH.match(text[lo:m.start].replace("’", "'"))), None)
        out += [(y, z), (z, x)] if z is not None and y.start < z.start else [(y, x)]
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _made(pairs: list[tuple[model.Mention, model.Mention]], trig: Trigger, sent: Sent, doc: model.Document
          ) -> list[model.Relation]:
    """Relations (subject, object) of the trigger's predicate, one per pair of distinct actors."""
    date = nearest_date(sent, trig.start)
    out = []
    for s, o in pairs:
        if s.id == o.id or (s.cluster and s.cluster == o.cluster):
            continue
        lo, hi = min(s.start, o.start, trig.start), max(s.end, o.end, trig.end)
        out.append(model.Relation(subject=s.id, predicate=trig.predicate, object=o.id,
                                  evidence=evidence(doc, sent, lo, hi), date=date.value if date else None,
                                  precision=date.precision if date else None, confidence=0.7,
                                  extractor=f"corporate:{trig.predicate}-v1"))
    return out


def _failed(trig: Trigger, sent: Sent, text: str, lang: str) -> bool:
    """A purchase only tried, planned or refused, by the words of its clause: "talks to buy", "offre de
    rachat rejetée", "its bid for", "projet d'acquisition", "the deal collapsed"."""
    lo = max(sent.start, trig.start - 50)
    clause = re.split(r"[;,]\s", text[trig.end:sent.end])[0]
    around = f" {text[lo:trig.start]} {clause} ".lower().replace("’", "'")
    return words_rx("subsidiary_of", "unasserted", lang).search(around) is not None


def _mention_at(tok: Token | None, sent: Sent, types: list[str]) -> model.Mention | None:
    """The mention of `types` that holds the token (the name itself, not a noun it qualifies)."""
    if tok is None:
        return None
    return next((m for m in sent.mentions if m.start <= tok.idx < m.end and m.type in types), None)


def _stands_for(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """The companies a subject or object token names: its own mention (with those coordinated with it),
    "which"/"qui" for the name the clause hangs from, "it" for the actor in view, "the firm" / "la
    société" for the company named before (the one the sentence before was about, else the last one)."""
    own = _mention_at(tok, sent, OWNER_TYPES + ["Product"])
    if own is not None:
        return coordinated(sent, own, [own.type], text)
    low = tok.lower_
    if low in ("which", "that", "qui", "que", "who") and tok.head.dep_ in ("relcl", "acl:relcl", "acl"):
        head = _mention_at(tok.head.head, sent, OWNER_TYPES)
        return [head] if head is not None else []
    if tok.pos_ == "PRON":
        ante = pronoun_antecedent(tok, sent.span, sent.mentions, sent.in_view, OWNER_TYPES)
        if ante is not None and tok.dep_ in ("obj", "dobj") and tok.lower_ in ("it", "him", "her", "them") \
                and any(ante.start <= c.idx < ante.end for c in tok.head.children if c.dep_ == "nsubj"):
            view = sent.in_view  # "X bought it": not X itself, the company the sentences before are about
            goods = view is not None and any(m.type == "Product" and view.end <= m.start < tok.idx
                                             for m in context.get("mentions") or [])  # "it": the product
            ante = view if view is not None and view.type in OWNER_TYPES and view.id != ante.id and (
                not view.cluster or view.cluster != ante.cluster) and not goods else None
        return [ante] if ante is not None else []
    if _lemma(tok) in COMPANY_WORDS and not _names_in_phrase(tok, sent):
        near = before(sent, tok.left_edge.idx, OWNER_TYPES, set(), text)
        end = tok.right_edge.idx + len(tok.right_edge)
        if near is not None and re.fullmatch(r"\s*,\s*", text[near.end:tok.left_edge.idx]) and (
                re.match(r"\s*,", text[end:]) or any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)):
            return [near]  # "Y, une petite société chypriote, a été rachetée": the name it is apposed to
        # (not "Fondée par P et par Q, la société a été rachetée": a subject after a clause, not an apposition)
        if any(c.dep_ == "det" for c in tok.children):
            return _company_in_view(tok, sent, text, context)
    return []


CLAUSES = ("acl", "relcl", "acl:relcl")


def _names_in_phrase(tok: Token, sent: Sent) -> bool:
    """Whether the noun phrase of `tok` holds a name ("the company Helix"), not counting the clauses that hang
    from it ("l'entreprise, rachetée par X": X is no name of the company)."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children if c.dep_ in CLAUSES]
    return any(m.type in OWNER_TYPES and lo <= m.start < hi and not any(a <= m.start < b for a, b in clauses)
               for m in sent.mentions)


def _company_in_view(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """"The firm was acquired": the company the sentence before was about, else the last one named."""
    hit = company_anaphor(text, max(0, tok.left_edge.idx - 5), tok.idx + len(tok))
    if hit is None:
        return []
    if sent.in_view is not None and sent.in_view.type == "Company" and hit.start() < sent.start + 3:
        return [sent.in_view]
    company = context.get("company")
    if company is None:
        return []
    named = [m for m in (context.get("companies") or (0, []))[1] if not OWNER_NAMED.search(
        text, max(0, m.start - 60), m.start)]  # "X, alors filiale du groupe Y": X is in view, not Y
    return [named[-1] if named and company in context["companies"][1] else company]


#: a company named only as the owner of another: "X, alors filiale du groupe Y", "X, a unit of the Y group"
OWNER_NAMED = re.compile(r"(?:filiale|branche|division|propriété|subsidiary|unit|arm)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:de|du|des|d['’]|of)\s*(?:the\s+|la\s+|le\s+|l['’])?(?:groupe\s+|group\s+)?$", re.I)


def _company_before(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """"The company's spyware" in mid-sentence: the company the sentences before are about, where the
    sentence has named no other company before it ("Microsoft said the company's malware": not Microsoft);
    with none named before it, the company in view."""
    named = [m for m in sent.mentions if m.end <= tok.idx and m.type == "Company"]
    view = sent.in_view
    if view is not None and view.type == "Company" and not any(
            m.id == view.id or (m.cluster and m.cluster == view.cluster) for m in named):
        return [view]
    return [] if named else _company_in_view(tok, sent, text, context)


def _subject(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """The grammatical subject of `tok` (or of the verb or auxiliary it hangs from), what it names."""
    for cand in (tok, tok.head if tok.dep_ in ("conj", "xcomp") else None):
        subjects = [c for c in cand.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")] \
            if cand is not None else []
        for c in subjects:  # "Y, une petite société chypriote, a été rachetée": two subjects parsed
            found = _stands_for(c, sent, text, context)
            if found:
                return found
        if subjects:
            return []
    if tok.dep_ in ("acl", "amod") or (tok.dep_ == "advcl" and tok.tag_ == "VBN"):  # "Helix, rachetée par X"
        head = _mention_at(tok.head, sent, OWNER_TYPES)
        if head is None and _lemma(tok.head) in COMPANY_WORDS and any(c.dep_ == "det" for c in tok.head.children):
            return _company_in_view(tok.head, sent, text, context)  # "L'entreprise, rachetée par X, ..."
        return [head] if head is not None else []
    # "After buying Y, X moved", "Après avoir racheté Y, X a": the subject of the verb the clause hangs from
    return dep_subject(tok, sent, OWNER_TYPES) or actor(tok, sent, OWNER_TYPES) or []


def _agent(tok: Token, sent: Sent, text: str, lang: str) -> list[model.Mention]:
    """The name after "by" / "par" close behind a passive ("acquired in 2020 by the fund X")."""
    marks = ["by"] if lang == "en" else ["par"]
    m = after_marker(sent, text, tok.idx + len(tok), marks, OWNER_TYPES, set(), limit=7)
    return coordinated(sent, m, OWNER_TYPES, text) if m is not None and words(
        text[tok.idx + len(tok):m.start]) <= 11 else []


def _object(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """The direct object of `tok` where it is a name (or "the company"), not goods of a name."""
    for c in tok.children:
        if c.dep_ in ("obj", "dobj"):
            return _stands_for(c, sent, text, context)
    for c in tok.children:  # "qui a racheté Helvane en 2015": the name parsed as a bare oblique
        if c.dep_.startswith("obl") and c.i > tok.i and not any(g.dep_ == "case" for g in c.children):
            return _stands_for(c, sent, text, context)
    return []


def _bought(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X bought Y", "X took over Y", "Y was acquired by X", "Y, rachetée en 2018 par X", "which was
    purchased by X": (Y, X); "L'entreprise, rachetée par X, prend le nom de Z": (Z, X), the bought one under
    the name it took."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    particle = _particles(lang).get(_lemma(tok))
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return []  # "took over Y", "snapped up Y"; not "took Y to court"
    if is_passive(tok) or tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "advcl"):
        new = _new_name(tok.head, sent, text, lang) if tok.dep_ == "acl" else None
        bought = [new] if new is not None else _subject(tok, sent, text, context)
        return [(y, x) for y in bought for x in _agent(tok, sent, text, lang)]
    return [(y, x) for x in _subject(tok, sent, text, context) for y in _object(tok, sent, text, context)]


@lru_cache(maxsize=None)
def _particles(lang: str) -> dict[str, str]:
    """Verbs that buy only with their particle ("take over", "snap up"): verb -> particle."""
    spec = lexicon("relations")["subsidiary_of"]["corporate"].get("particles") or {}
    return {k.lower(): v.lower() for k, v in (spec.get(lang) or {}).items()}


def _sold(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X sold Y to Z", "X a cédé Y à Z", "Y was sold to Z", "Y a été cédée à Z": a company sold whole is
    a subsidiary of its buyer (Y, Z); both must be companies (goods sold to a state are a supply)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    to = ["to"] if lang == "en" else ["à", "au"]
    buyer = after_marker(sent, text, tok.idx + len(tok), to, ["Company"], set(), limit=2)
    if buyer is None or words(text[tok.idx + len(tok):buyer.start]) > 8:
        return []
    sold = _subject(tok, sent, text, context) if is_passive(tok) else _object(tok, sent, text, context)
    return [(y, buyer) for y in sold if y.type == "Company" and y.start < buyer.start]


def _seized(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X s'est emparé de Y": (Y, X)."""
    of = ["de", "du", "d'", "d’"] if lang == "fr" else ["of"]
    owned = after_marker(sent, text, tok.idx + len(tok), of, ["Company"], set(), limit=2)
    if owned is None or words(text[tok.idx + len(tok):owned.start]) > 4:
        return []
    return [(owned, x) for x in _subject(tok, sent, text, context)]


RELATIVES = {"which", "that", "que", "qu'", "qu’"}


def _relative_object(tok: Token) -> Token | None:
    """The relative pronoun that is the object of `tok` ("P, which X developed": which), if any."""
    return next((c for c in tok.children if c.dep_ in ("obj", "dobj") and c.lower_ in RELATIVES), None)


def _business(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"Y took over X's business", "Y a repris l'activité de X", "X's operations were bought by Y": a
    business taken over, not the company, makes its buyer a successor (Y, X)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    particle = _particles(lang).get(_lemma(tok))
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return []
    passive = is_passive(tok)
    deps = ("nsubj:pass", "nsubjpass") if passive else ("obj", "dobj")
    noun, old = _business_noun(tok, sent, text, lang, deps)
    if old is None:
        return []
    buyers = _agent(tok, sent, text, lang) if passive else _subject(tok, sent, text, context)
    return [(y, old) for y in buyers]


def _spun(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X spun off Y in 2014", "X, which spun it off in 2014" (Y the company the sentence is about), "Y was
    spun off by X": Y succeeds X in the business it took with it (Y, X)."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "prt" and c.lower_ in ("off", "out")
                                                  for c in tok.children):
        return []
    if is_passive(tok):
        old = after_marker(sent, text, tok.idx + len(tok), ["by", "from"], ["Company"], set(), limit=3)
        return [(y, old) for y in _subject(tok, sent, text, context)] if old is not None else []
    new = _object(tok, sent, text, context)
    if not new:  # "which spun it off": "it" for the company the sentence is about
        pron = next((c for c in tok.children if c.dep_ in ("obj", "dobj") and c.lower_ == "it"), None)
        ante = pronoun_antecedent(pron, sent.span, sent.mentions, sent.in_view, ["Company"]) \
            if pron is not None else None
        new = [ante] if ante is not None else []
    return [(y, x) for x in _subject(tok, sent, text, context) for y in new]


RENAMED_TYPES = ["Company", "Organization", "PublicBody"]  # a security service renamed succeeds too
# between the noun "name" and the new name: "the name Z", "le nom d'Z", "a new name, the Z", "its name to Z"
NEW_NAME = re.compile(r"\s*(?:(?:of|de|du|d['’])\s*|[:,]\s*|to\s+|en\s+)?(?:the\s+|le\s+|la\s+|l['’]|les\s+)?")
NEW = {"new", "nouveau", "nouvel", "nouvelle", "different", "différent"}


def _renamed(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X prend (peu après) le nom de Z", "the company took the name Z", "X changed its name to Z", "the
    headquarters reopened under a new name, the Z", "X a rouvert sous un nouveau nom, Z": Z succeeds X, and
    those X had merged with ("L'entreprise, fusionnée avec Y, prend le nom de Z": Z succeeds Y too). X is the
    verb's subject (a name, "qui", "it", "l'entreprise", premises named for their body), or its object where
    it has one ("the ministry relaunched the X under a new name, Z"). Not "took its name from Z", nor "the
    name of Z", nor a name it bears already ("operates under the name Z")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    end = tok.idx + len(tok)
    new = next((m for m in sent.mentions if m.start >= end), None)
    if new is None or new.type not in RENAMED_TYPES or not NEW_NAME.fullmatch(text, end, new.start):
        return []
    verb = tok.head
    if (tok.dep_ in ("obj", "dobj") or tok.dep_.startswith("obl") and {
            c.lower_ for c in tok.children if c.dep_ == "case"} <= {"après"}) and _lemma(verb) in words_of(
            "successor_of", "take_name", lang):  # "prend peu après le nom de Z": "après" taken for its case
        if _lemma(verb) == "change" and not text[end:new.start].strip().startswith("to"):
            return []  # "changed its name to Z", not "changed the name Z"
        olds = _subject(verb, sent, text, context) or _premises(verb, sent, text, lang, context)
    elif (tok.dep_ in ("pobj", "nmod") or tok.dep_.startswith("obl")) and any(_lemma(c) in NEW for c in tok.children):
        verb = verb.head if tok.dep_ == "pobj" else verb  # "under a new name": the verb "under" hangs from
        if _lemma(verb) not in words_of("successor_of", "new_name", lang):
            return []
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
        olds = _stands_for(obj, sent, text, context) if obj is not None else (
            _subject(verb, sent, text, context) or _premises(verb, sent, text, lang, context))
    else:
        return []
    if FUTURE.search(text, max(sent.start, verb.idx - 40), verb.idx):
        return []  # "will take the name Z", "va prendre le nom de Z"
    olds = [m for m in olds if m.type in RENAMED_TYPES]
    return [(new, old) for old in olds + _merged_into(olds, verb, sent, text, lang)]


def _new_name(noun: Token, sent: Sent, text: str, lang: str) -> model.Mention | None:
    """The name the subject `noun` takes in its clause ("L'entreprise, ..., prend le nom de Z": Z), if any."""
    if noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or _lemma(noun.head) not in words_of(
            "successor_of", "take_name", lang):
        return None
    for c in noun.head.children:
        if _lemma(c) in words_of("successor_of", "name", lang) and c.i > noun.i:
            end = c.idx + len(c)
            new = next((m for m in sent.mentions if m.start >= end), None)
            if new is not None and new.type in RENAMED_TYPES and NEW_NAME.fullmatch(text, end, new.start):
                return new
    return None


def _merged_into(olds: list[model.Mention], verb: Token, sent: Sent, text: str, lang: str
                 ) -> list[model.Mention]:
    """Those the renamed one had merged with, said in its own subject ("L'entreprise, rachetée par X et
    fusionnée avec Y, prend le nom de Z": Y)."""
    if not olds:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    merges = [t for t in (subj.subtree if subj is not None else []) if _lemma(t) in words_of(
        "successor_of", "merge", lang) and t.pos_ in ("VERB", "AUX", "ADJ")]
    return [m for t in merges for m in [_partner(t, sent, text, lang)] if m is not None]


WITH = {"en": ["with"], "fr": ["avec"]}
# after a merge, the company it made: "to form Z", "pour former Z", "into Z"
FORMED = re.compile(r"\s*(?:(?:in|en)\s+\d{4}\s*,?\s*)?(?:to\s+(?:form|create|become)|into"
                    r"|pour\s+(?:former|créer|devenir|donner\s+naissance\s+à)|et\s+(?:devient|est\s+devenue?))\s+"
                    r"(?:the\s+|le\s+|la\s+|l['’])?(?:(?:new|nouvel(?:le)?|nouveau)\s+)?"
                    r"(?:(?:company|group|entity|firm|société|groupe|entité)\s*,?\s*)?", re.I)


def _partner(tok: Token, sent: Sent, text: str, lang: str) -> model.Mention | None:
    """The one a merge verb merges with: the name just after "with" / "avec", not a possessor ("with Y's
    unit": a unit, not Y)."""
    end = tok.idx + len(tok)
    m = after_marker(sent, text, end, WITH[lang], RENAMED_TYPES, set(), limit=3)
    if m is None or words(text[end:m.start]) > 5 or POSSESSED.match(text, m.end):
        return None
    return m


POSSESSED = re.compile(r"['’]s?\s")


def _merged(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X merged with Y to form Z", "X a fusionné avec Y pour former Z", "Y was merged into Z": Z succeeds X
    and Y; "X merged with Y", "X a fusionné avec Y", "the fund merged X with Y": X succeeds Y (the one named
    first goes on). "X and Y merged" with no name after says nothing of who goes on; a merge inside the
    subject of a renaming is read there (`_renamed`)."""
    if tok.pos_ not in ("VERB", "AUX") or any(
            _lemma(c) in words_of("successor_of", "name", lang) for a in tok.ancestors for c in a.children):
        return []
    end = tok.idx + len(tok)
    partner = _partner(tok, sent, text, lang)
    at = partner.end if partner is not None else end
    formed = FORMED.match(text, at)
    new = next((m for m in sent.mentions if m.start >= at), None) if formed else None
    if new is not None and (new.type not in RENAMED_TYPES or formed.end() != new.start):
        new = None
    obj = next((c for c in tok.children if c.dep_ in ("obj", "dobj")), None)
    merged = _stands_for(obj, sent, text, context) if obj is not None else _subject(tok, sent, text, context)
    merged = [m for m in merged if m.type in RENAMED_TYPES and (partner is None or m.id != partner.id)]
    if new is not None:
        return [(new, old) for old in merged + ([partner] if partner is not None else []) if old.id != new.id]
    return [(x, partner) for x in merged] if partner is not None else []


def _premises(verb: Token, sent: Sent, text: str, lang: str, context: dict) -> list[model.Mention]:
    """"The headquarters in Nasr City reopened under a new name": the body whose premises were named
    before in the text ("the headquarters of Egypt's X", "X's headquarters", "le siège de X"), the last
    one so named; "Y's headquarters reopened", "le siège de Y a rouvert": Y."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None or not {_lemma(subj), subj.lower_} & words_of("successor_of", "premises", lang):
        return []
    own = [m for c in subj.children if c.dep_ in ("poss", "nmod:poss", "nmod")
           for m in [_mention_at(c, sent, RENAMED_TYPES)] if m is not None]
    if own or not any(
            c.dep_ == "det" and c.lower_ in ("the", "le", "la", "les", "l'", "l’") for c in subj.children):
        return own[:1]
    noun = re.escape(subj.lower_)
    owners = [m for m in context.get("mentions") or [] if m.end <= sent.start and m.type in RENAMED_TYPES and (
        re.search(rf"(?<!\w){noun}\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?(?:[\w-]+['’]s\s+)?$",
                  text[max(0, m.start - 60):m.start], re.I)
        or re.match(rf"['’]s?\s+(?:[\w-]+\s+)?{noun}(?!\w)", text[m.end:m.end + 40], re.I))]
    return owners[-1:]


def _business_noun(tok: Token, sent: Sent, text: str, lang: str, deps: tuple[str, ...]
                   ) -> tuple[Token | None, model.Mention | None]:
    """The business noun that is the `deps` child of `tok` ("its probe business", "l'activité de X") and
    the company it is of: its possessor, or the name after "of" / "de"."""
    noun = next((c for c in tok.children if c.dep_ in deps), None)
    if noun is not None and _lemma(noun) in PART_WORDS:  # "much of the firm's business", "une partie de"
        noun = next((g for c in noun.children if c.dep_ in ("prep", "nmod") for g in (
            [c] if c.dep_ == "nmod" else [k for k in c.children if k.dep_ == "pobj"])), None)
    if noun is None or _lemma(noun) not in words_of("successor_of", "business", lang):
        return None, None
    of = ["of"] if lang == "en" else ["de", "du", "d'", "d’", "des"]
    old = next((m for c in noun.children if c.dep_ in ("poss", "nmod:poss")
                for m in [_mention_at(c, sent, OWNER_TYPES)] if m is not None), None)
    after = noun.idx + len(noun)
    old = old or after_marker(sent, text, after, of, OWNER_TYPES, set(), limit=3)
    if old is not None and old.start >= noun.idx and not OF_COMPANY.match(text[after:old.start]):
        old = None  # "son activité de sondes à Z": Z is no owner of the business
    return noun, old


PART_WORDS = {"much", "most", "part", "all", "bulk", "some", "partie", "essentiel", "majorité", "totalité"}
OF_COMPANY = re.compile(r"^\s*(?:of|de|du|d'|d’|des)\s*(?:the |la |le |l'|l’)?"
                        r"(?:société |company |groupe |group |firme |firm |entreprise )?$", re.I)


def _moved_business(tok: Token, sent: Sent, text: str, lang: str, context: dict
                    ) -> tuple[Token | None, model.Mention | None]:
    """The business noun a verb moves (its object, its subject in the passive) and the company it was
    of: the name after "of" / "de" or its possessor, else for "its unit" the verb's subject and for "the
    firm's business was folded" the company in view."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None, None
    passive = is_passive(tok)
    deps = ("nsubj:pass", "nsubjpass") if passive else ("obj", "dobj")
    noun, old = _business_noun(tok, sent, text, lang, deps)
    if noun is not None and old is None:
        owners = _possessor(noun, sent, text, context) if passive else (
            _subject(tok, sent, text, context) if any(c.lower_ in OWN for c in noun.children) else [])
        old = next((m for m in owners if m.type == "Company"), None)  # "X sold its unit": X
    return noun, old


def _business_sold(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X had sold its forensic business to Z", "X a cédé son activité d'analyse à Z": Z took over a
    business of X, and succeeds it there (Z, X)."""
    noun, old = _moved_business(tok, sent, text, lang, context)
    if noun is None:
        return []
    to = ["to"] if lang == "en" else ["à", "au"]
    buyer = after_marker(sent, text, noun.idx + len(noun), to, ["Company"], set(), limit=2)
    if buyer is not None and words(text[noun.idx + len(noun):buyer.start]) > 6:
        buyer = None
    return [(buyer, old)] if buyer is not None and old is not None else []


def _folded(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"The firm's business was folded into Z", "X folded its probe unit into Z", "l'activité de X a été
    intégrée à Z": Z took over a business of X, and succeeds it there (Z, X)."""
    noun, old = _moved_business(tok, sent, text, lang, context)
    into = ["into", "to"] if lang == "en" else ["dans", "à", "au", "au sein de", "au sein du"]
    new = after_marker(sent, text, tok.idx + len(tok), into, ["Company"], set(), limit=3) if old else None
    return [(new, old)] if new is not None and old is not None else []


def _purchase(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X's acquisition of Y", "its acquisition of Y" (the subject of the verb it hangs from), "the takeover
    of Y by X", "its takeover by X" (the company the sentence is about), "le rachat de Y par X"."""
    if tok.pos_ != "NOUN":
        return []
    end = tok.idx + len(tok)
    of = ["of"] if lang == "en" else ["de", "du", "d'", "d’"]
    bought = after_marker(sent, text, end, of, OWNER_TYPES, set(), limit=2)
    buyer = _agent(tok, sent, text, lang)
    owner = _possessor(tok, sent, text, context)
    if bought is not None and not _hangs_from(bought, tok, sent):
        bought = None  # "the purchase of Norvexa cameras", "le rachat des caméras de Norvexa": goods
    if bought is None and buyer and owner:  # "its takeover by X": the possessor is the one bought
        return [(y, x) for y in owner for x in buyer]
    if bought is not None:  # "X completed the purchase of Y": the subject of a verb of completion
        done = _governing_subject(tok, sent, text, context, words_of("subsidiary_of", "complete", lang))
        return [(bought, x) for x in (buyer or owner or done or [])]
    return []


def _hangs_from(m: model.Mention, tok: Token, sent: Sent) -> bool:
    """Whether the name is the complement of `tok` itself ("the acquisition of Y", "le rachat de Y"), not
    of a noun in between ("the purchase of Y cameras", "le rachat des caméras de Y")."""
    head = token_at(sent.span.doc, m.start, m.end)
    for _ in range(2):
        if head is None or head.head.i == head.i:
            return False
        if head.head.i == tok.i:
            return True
        head = head.head
        if head.pos_ != "ADP":
            return False
    return False


def _possessor(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """"X's acquisition": X; "its acquisition" / "sa prise de contrôle": the subject of the clause it
    stands in, else the company in view."""
    for c in tok.children:
        if c.dep_ in ("poss", "nmod:poss") or (c.dep_ == "det" and c.lower_ in OWN):
            own = _mention_at(c, sent, OWNER_TYPES)
            if own is not None:
                return [own]
            if c.pos_ == "NOUN" and _lemma(c) in COMPANY_WORDS and any(d.dep_ == "det" for d in c.children):
                return _company_before(c, sent, text, context)  # "the company's spyware", "the firm's unit"
            if c.pos_ in ("PRON", "DET"):
                head = tok.head
                while head.dep_ in ("prep", "pobj", "dobj", "obj", "nmod", "obl", "pcomp") \
                        and head.head.i != head.i:
                    head = head.head
                # the actor the sentences before are about; not merely the company named last ("X was
                # bought by Z. The firm had been founded by engineers. Its flagship spyware": not Z)
                in_view = [m for m in [sent.in_view] if m is not None and m.type == "Company"]
                return dep_subject(head, sent, OWNER_TYPES) or in_view
    return []


def _governing_subject(tok: Token, sent: Sent, text: str, context: dict, verbs: frozenset[str]
                       ) -> list[model.Mention] | None:
    """The subject of the verb of `verbs` `tok` is the object of ("X took control of", "X a pris une
    participation"); None where it hangs from no such verb."""
    head = tok.head
    if head.i == tok.i or _lemma(head) not in verbs:
        return None
    return _subject(head, sent, text, context)


def _control(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"Y est passée sous le contrôle de X", "Y came under the control of X": (Y, X); "X a pris le contrôle
    de Y", "X took control of Y": (Y, X)."""
    lo = text[max(sent.start, tok.idx - 12):tok.idx].lower()
    of = ["of"] if lang == "en" else ["de", "du", "d'", "d’"]
    named = after_marker(sent, text, tok.idx + len(tok), of, OWNER_TYPES, set(), limit=2)
    if named is None:
        return []
    if re.search(r"(?:sous|under)\s+(?:le |la |the )?(?:[\w-]+ )?$", lo):
        verb = tok.head
        return [(y, named) for y in _subject(verb, sent, text, context)]
    buyers = _governing_subject(tok, sent, text, context, words_of("subsidiary_of", "take", lang))
    return [(named, x) for x in buyers or []]


def _stake(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X took a controlling stake in Y", "X a pris une participation majoritaire dans Y": (Y, X)."""
    if not any(_lemma(c) in words_of("subsidiary_of", "majority", lang) or c.lower_ in words_of(
            "subsidiary_of", "majority", lang) for c in tok.children):
        return []
    into = ["in"] if lang == "en" else ["dans", "de", "du", "d'", "au capital de", "au capital du"]
    owned = after_marker(sent, text, tok.idx + len(tok), into, OWNER_TYPES, set(), limit=4)
    owners = _governing_subject(tok, sent, text, context, words_of("subsidiary_of", "take", lang))
    return [(owned, x) for x in owners or []] if owned is not None else []


def _hand(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X a mis la main sur Y", "X got its hands on Y": (Y, X)."""
    on = ["sur"] if lang == "fr" else ["on"]
    owned = after_marker(sent, text, tok.idx + len(tok), on, ["Company"], set(), limit=2)
    owners = _governing_subject(tok, sent, text, context, words_of("subsidiary_of", "take", lang))
    return [(owned, x) for x in owners or []] if owned is not None else []


def _noun_span(tok: Token) -> tuple[int, int]:
    """The characters of a noun with the noun it forms one name of a kind with ("parent company", "maison
    mère", "venture arm")."""
    lo, hi = tok.idx, tok.idx + len(tok)
    head = tok.head
    if tok.dep_ in ("compound", "amod") and head.i == tok.i + 1:
        hi = head.idx + len(head)
    if tok.dep_ in ("amod", "nmod") and head.i == tok.i - 1:
        lo = head.idx
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i == tok.i - 1 and c.pos_ in ("NOUN", "ADJ"):
            lo = min(lo, c.idx)
    return lo, hi


def _roles(tok: Token, sent: Sent, text: str, lang: str, context: dict
           ) -> tuple[list[model.Mention], list[model.Mention]]:
    """Around a noun of kinship between companies ("subsidiary", "filiale", "parent company"): the name it
    is said of (the name it stands beside or after, its subject, or the name after "dont ... est"), and
    the name it is of ("of X", "X's", "du groupe X")."""
    lo, hi = _noun_span(tok)
    of = ["of"] if lang == "en" else ["de", "du", "d'", "d’", "des"]
    of_m = after_marker(sent, text, hi, of, OWNER_TYPES, set(), limit=4)
    named = next((m for m in sent.mentions if m.type in OWNER_TYPES and hi <= m.start
                  and re.fullmatch(r"\s*,?\s*", text[hi:m.start])), None)  # "unit Y", "parent company, Y"
    if named is not None and of_m is not None and named.id == of_m.id:
        named = None
    if of_m is not None and words(text[hi:of_m.start]) > 4:
        of_m = None
    poss = next((m for m in reversed(sent.mentions) if m.end <= lo and m.type in OWNER_TYPES
                 and POSSESSOR.match(text[m.end:lo]) and words(text[m.end:lo]) <= 3), None)
    of_m = of_m or poss or _founder(tok, sent, text, lang, context) or _pronoun_owner(tok, sent) \
        or _owner_in_view(tok, lo, hi, sent, text, lang, context)
    head = text[sent.start:lo]
    rel = re.search(r"(?:dont|of which)\s+(?:\S+\s+){1,4}?(?:est|était|is|was|remains|reste)\s+"
                    r"(?:l'|l’|la |le |une |un |a |an |the )?(?:[\w-]+\s+){0,2}$", head)
    if rel is not None:  # "le groupe X, dont Y est une filiale": Y is said to be a subsidiary of X
        inside = [m for m in sent.mentions if sent.start + rel.start() <= m.start and m.end <= lo
                  and m.type in OWNER_TYPES]
        owner = before(sent, sent.start + rel.start(), OWNER_TYPES, set(), text)
        return inside[:1], ([owner] if owner is not None else [])
    if named is not None:
        said = [named]
    else:  # "X, Y's owner since 2015": the name apposed before the possessor
        said = _apposed(tok, poss.start if poss is not None and of_m is poss else lo, sent, text, context)
    return said, ([of_m] if of_m is not None else [])


def _pronoun_owner(tok: Token, sent: Sent) -> model.Mention | None:
    """"Its parent, X, declined", "Sa maison mère, X", "X, its parent company,": a kinship noun with a
    possessive pronoun, the subject of its clause or apposed to another name, is said of the company the
    sentences before are about (not where the noun is an object: "X sold its unit Y to Z")."""
    noun = tok.head if tok.dep_ in ("amod", "compound", "nmod") and abs(tok.head.i - tok.i) == 1 else tok
    if not any(c.lower_ in OWN and c.i < noun.i for n in {tok, noun} for c in n.children):
        return None
    if noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "appos"):
        return None  # the subject, or apposed to a name ("X, its parent company, declined")
    view = sent.in_view
    if view is None or view.type != "Company" or (noun.dep_ == "appos" and any(
            m.start <= noun.head.idx < m.end and (m.id == view.id or (m.cluster and m.cluster == view.cluster))
            for m in sent.mentions)):
        return None
    return view


#: a definite or possessive unit noun apposed to a name, with no owner after it: "X, the Uzbek subsidiary,", "X,
#: la filiale ouzbèke,", "X, sa filiale marocaine," (the words between the name and the noun, and after the noun)
DEFINITE_APPOSED = re.compile(r"\s*,\s*(?:the|la|le|l['’]|its|sa|son)\s*(?:[\w-]+\s+)?", re.I)
APPOSITION_END = re.compile(r"(?:\s+[a-zà-ÿ-]+)?\s*[,)]")
NEAR_SENTS = 2  # the company named this many sentences back is still the one in view


def _owner_in_view(tok: Token, lo: int, hi: int, sent: Sent, text: str, lang: str, context: dict
                   ) -> model.Mention | None:
    """"Ucell, the Uzbek subsidiary, ...", "X, la filiale ouzbèke, ...": a subsidiary apposed to a name with
    no owner beside it is the company in view's, where the last sentence that names companies (at most
    NEAR_SENTS back) names that one alone, this sentence names no other, and the sentences before are not
    about another actor. Not "X, a subsidiary" (some owner), nor "the subsidiary of Y" (Y's)."""
    if _lemma(tok) not in words_of("subsidiary_of", "child_nouns", lang) - {"fund", "fonds"}:
        return None
    named = before(sent, lo, OWNER_TYPES, set(), text)
    if named is None or named.type != "Company" or not DEFINITE_APPOSED.fullmatch(text[named.end:lo]) \
            or not APPOSITION_END.match(text, hi):
        return None
    at, companies = context.get("companies") or (-NEAR_SENTS - 1, [])
    keys = {m.cluster or m.text for m in companies}
    here = {m.cluster or m.text for m in sent.mentions if m.type == "Company"}
    if context.get("at", 0) - at > NEAR_SENTS or len(keys) != 1 or here - {named.cluster or named.text}:
        return None
    owner, view = companies[-1], sent.in_view
    if owner.id == named.id or (owner.cluster or owner.text) in here or (
            view is not None and view.type != "Person" and (view.cluster or view.text) not in keys):
        return None
    return owner


def _founder(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> model.Mention | None:
    """"X a créé une filiale, Y", "X set up a subsidiary called Y": the subject of the verb of founding
    whose object the noun is."""
    verb = tok.head
    if tok.dep_ not in ("obj", "dobj") or _lemma(verb) not in words_of("subsidiary_of", "found", lang):
        return None
    found = _subject(verb, sent, text, context)
    if not found:  # the parser made the name the root ("Palantir a installé une filiale"): the name just
        # before the verb and its auxiliary
        near = before(sent, verb.idx, OWNER_TYPES, set(), text)
        if near is not None and AUX_ONLY.fullmatch(text[near.end:verb.idx]):
            found = [near]
    return found[0] if len(found) == 1 else None


AUX_ONLY = re.compile(r"\s+(?:a|avait|has|had|have|ont|avaient|then|alors|aussi|also|ensuite)?"
                      r"(?:\s+(?:aussi|also|ensuite|then|alors))?\s*", re.I)


COPULA = r"(?:is|was|has been|had been|remains|became|est|était|a été|reste|demeure|devenue?|est devenue?)"
# "Y, a wholly owned subsidiary of", "Y est une filiale de", "Y, which is a unit of": an apposition (a comma
# or a bracket) or a copula, never a verb of its own ("X acquired Y's unit")
APPOSED = re.compile(rf"^\s*(?:[,(—–:]\s*(?:(?:which|that|qui)\s+)?(?:{COPULA}\s+)?"
                     rf"|(?:(?:which|that|qui)\s+)?{COPULA}\s+)"
                     rf"(?:a |an |the |its |une |un |la |le |l'|l’|sa |son )?(?:[\w-]+\s+){{0,3}}$", re.I)


def _apposed(tok: Token, lo: int, sent: Sent, text: str, context: dict) -> list[model.Mention]:
    """The name a noun is said of, just before it: "Y, a wholly owned subsidiary of X", "Y est une filiale
    de X", "Y is a unit of X"; or, with no name, the subject of its copula ("the firm is a unit of X")."""
    near = before(sent, lo, OWNER_TYPES, set(), text)
    if near is not None and APPOSED.match(text[near.end:lo]) and not re.search(
            r"\b(?:and|et|or|ou|with|avec)\b", text[near.end:lo]):
        return [near]
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            return _stands_for(c, sent, text, context)
    return []


def _unit(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"X's unit Y", "Y, a subsidiary of X", "la branche Y du groupe X", "le groupe X, dont Y est une
    filiale": (Y, X)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return []  # "a unit supplier", "the fund manager": the noun qualifies another
    said, of = _roles(tok, sent, text, lang, context)
    return [(y, x) for y in said for x in of]


def _parent(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"Y's parent company, X", "X, la maison mère de Y", "Y, dont X est l'actionnaire majoritaire", "X,
    the owner of Y": (Y, X). A shareholder only where it holds the majority."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    if _lemma(tok) in words_of("subsidiary_of", "shareholder", lang) and not any(
            c.lower_ in words_of("subsidiary_of", "majority", lang) for c in tok.children):
        return []
    said, of = _roles(tok, sent, text, lang, context)
    return [(y, x) for x in said for y in of]


UNIT_KEYS = ("child_nouns", "unit_nouns")  # the readers of a unit noun said of a name (`_traded` stops them)


def _traded(tok: Token, lang: str) -> bool:
    """Whether the unit noun is what a verb of buying or selling acts on ("X, qui a racheté la division … de
    Y", "X, which bought the analytics unit of Y"): a business changed hands (successor_of), X is no unit."""
    return tok.dep_ in ("obj", "dobj") and _lemma(tok.head) in {
        *words_of("subsidiary_of", "buy_verbs", lang), *words_of("subsidiary_of", "sell_verbs", lang)}


def _body(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """"the Commerce Department's Office of Export Controls", "la commission des libertés du Parlement
    européen", "le Citizen Lab de l'université de Toronto", "the Citizen Lab at the University of Toronto",
    "l'unité de cybersurveillance de la police kényane", "le Sénat enquête, au sein de sa commission
    spéciale": a body named with the body it belongs to, or with a possessive that points to it (units.py).
    A company's name is no unit of this kind ("RCS Lab": corporate readers above)."""
    own = _mention_at(tok, sent, BODY_TYPES)
    if own is None or (tok.idx > own.start + 20 and own.start <= tok.head.idx < own.end):
        return []  # the noun heads the name, or opens it ("the special investigations unit")
    after = next((m for m in sent.mentions if m.start >= own.end), None)
    between = text[own.end:after.start] if after is not None else ""
    if after is not None and after.type in OWNER_TYPES and own.type in ("Organization", after.type) \
            and (OF_BODY.match(between) or AT_BODY.match(between)):
        return [(own, after)]
    prior = next((m for m in reversed(sent.mentions) if m.end <= own.start), None)
    if prior is not None and prior.type in BODY_TYPES and POSSESSOR.match(text[prior.end:own.start]) \
            and words(text[prior.end:own.start]) <= 1:
        return [(own, prior)]
    if units.has_possessive(tok):  # "au sein de sa commission spéciale": the subject of its clause
        owner = units.possessive_owner(tok, sent.mentions)
        return [(own, owner)] if owner is not None and owner.type in BODY_TYPES else []
    return []


AT_BODY = re.compile(r"^\s*(?:at the|at|within the|within)\s*$", re.I)
# "X, the research group based at Y", "X, un laboratoire de l'université de Y", "X, a research centre
# housed at Y", "X, un groupe de recherche rattaché à Y": the words between a unit noun and its owner (a
# short complement, then "of", or a participle of place and its preposition); not "a lab that works with
# Y", "a unit bought from Y"
_COMPLEMENT = r"(?:\s+(?:de|d['’]|des|du|on|for|sur|pour|contre)\s*[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?){0,2}"
UNIT_TO = re.compile(
    rf"{_COMPLEMENT}\s*(?:(?:based|housed|hosted|located|attached|basée?|hébergée?|rattachée?|installée?"
    r"|logée?)\s+(?:at|in|within|by|to|à|au|aux|dans|par|au\s+sein\s+d(?:e|u))"
    r"|of|at|within|de|du|des|d['’]|au\s+sein\s+d(?:e|u))(?:\s+(?:the|la|le|l['’]))?\s*", re.I)
# "Son groupe d'analyse des menaces, le X", "Its threat intelligence arm, X": the unit's name after it
UNIT_NAMED = re.compile(rf"{_COMPLEMENT}\s*,\s*(?:the\s+|le\s+|la\s+|l['’])?", re.I)


def _named_unit(tok: Token, sent: Sent, text: str, lang: str, context: dict) -> list[tuple]:
    """A unit noun said of a name: apposed to it with its owner after it ("X, the research group based at
    the University of Y", "X, the technology unit of Y", "X, un laboratoire de l'université de Y"), or
    before the name with a possessive ("Son groupe d'analyse des menaces, le X": the possessor, the
    subject of the clause, or what the sentences before are about; "Google's threat unit, X"): (X, owner).
    """
    if tok.pos_ != "NOUN" or _mention_at(tok, sent, OWNER_TYPES + ["Product"]) is not None:
        return []
    end = tok.idx + len(tok)
    after = next((m for m in sent.mentions if m.start >= end and m.type in OWNER_TYPES), None)
    if after is None:
        return []
    possessed = units.has_possessive(tok) or any(c.dep_ in ("poss", "nmod:poss") for c in tok.children)
    if possessed and UNIT_NAMED.fullmatch(text, end, after.start):
        named = [m for c in tok.children if c.dep_ in ("poss", "nmod:poss")
                 for m in [_mention_at(c, sent, OWNER_TYPES)] if m is not None]  # "Google's threat unit, X"
        pointed = units.possessive_owner(tok, sent.mentions) if units.has_possessive(tok) else None
        pointed = pointed if pointed is not None and pointed.type in OWNER_TYPES else None
        owner = named or ([pointed] if pointed is not None else _unit_owner_in_view(tok, sent))
        return [(after, x) for x in owner if x.id != after.id]
    if possessed or not UNIT_TO.fullmatch(text, end, after.start) or tok.dep_ in ("pobj", "obl", "obl:mod") \
            or any(c.dep_ == "case" for c in tok.children) or not any(c.dep_ == "det" for c in tok.children):
        return []  # "X, au service de Y", "X, in the service of Y": no unit; "X, the research group of Y"
    lo = min([tok.idx] + [c.idx for c in tok.children
                          if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod")])
    return [(y, after) for y in _apposed(tok, lo, sent, text, context) if y.id != after.id]


def _unit_owner_in_view(tok: Token, sent: Sent) -> list[model.Mention]:
    """"X a confirmé. Son groupe d'analyse, le Y, a indiqué": the actor the sentences before are about,
    where the unit is the subject of its clause or apposed to it."""
    view = sent.in_view
    if tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "appos") or view is None \
            or view.type not in OWNER_TYPES:
        return []
    return [view]


def _named_product(tok: Token, sent: Sent, text: str, lang: str) -> list[tuple]:
    """"X sells a tool called Y", "X vend un outil baptisé Y", "X markets software dubbed Y": (X, Y), where
    the noun is a kind of product and the verb one of making or selling."""
    noun = tok.head
    if tok.dep_ not in ("acl", "amod") or _lemma(noun) not in words_of("developed", "goods", lang):
        return []
    product = after_marker(sent, text, tok.idx + len(tok), [], ["Product"], set())
    if product is None or words(text[tok.idx + len(tok):product.start]) > 1:
        return []
    verb = noun.head
    if noun.dep_ not in ("obj", "dobj") or _lemma(verb) not in words_of("developed", "makes", lang):
        return []
    return [(x, product) for x in dep_subject(verb, sent, ["Company"])]
