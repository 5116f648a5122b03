"""Definite descriptions that stand for an actor the document has named: "the league" after "the Tunisian
League for Human Rights", "l'autorité" after "l'Autorité danoise des entreprises", "the committee" after
"the Folketing's business committee". Journalists name an organisation once and then call it by its kind;
the facts told of "the league" are facts of the league, in either language ("le laboratoire" after "the
Citizen Lab": PAIRS). So too a company called by what the apposition that
introduced it said it is ("Baltforensic UAB, a Vilnius-based reseller" ... "the reseller's director"), and a
state by its kind ("le royaume" after "Bahreïn", "the sultanate" after "Oman").

A description is a mention while the facts are read (so that "A lawyer for the league, P" and "Its director,
P" after "The authority said ..." find their organisation), then its facts are handed to the name it stands
for and it is dropped (`settle`): an actor's aliases and its matching across documents stay its names.

It stands for a name only where the document has named, before it, exactly one actor whose name holds that
kind as a word (two commissions named: "the commission" is left alone), and where no name follows the
kind ("the commission of Jean Dupont", "la commission Pega" are names, or other commissions). A kind that says
the type of what it stands for ("l'ONG", "the regulator", "le quotidien") and that no name holds stands for
the one actor of that type named in the few sentences before (`TYPED`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from enquete.extract.names import fold
from enquete.model import Extraction, Mention

SOURCE = "reference"
TYPES = ("Organization", "PublicBody", "Company")
#: kinds of organisation that are words of their names; not "company", "group", "société" (anaphora.py
#: reads those for the company the article is about), nor "police", "army", "service" (a state's)
KINDS = {
    "en": ("league", "authority", "commission", "committee", "ministry", "court", "agency", "council", "foundation",
           "institute", "laboratory", "lab", "coalition", "federation", "association", "network", "office",
           "bureau", "parliament", "directorate", "tribunal", "inspectorate", "observatory", "collective",
           "alliance", "consortium", "fund", "university", "centre", "center", "unit", "union", "board"),
    "fr": ("ligue", "autorité", "commission", "comité", "ministère", "cour", "tribunal", "agence", "conseil",
           "fondation", "institut", "laboratoire", "coalition", "fédération", "association", "réseau", "office",
           "bureau", "parlement", "direction", "inspection", "observatoire", "collectif", "alliance",
           "consortium", "fonds", "université", "centre", "unité", "union", "parquet"),
}


#: a kind and the words for it in the other language, as a name may hold them ("le laboratoire" after "the
#: Citizen Lab", "the foundation" after "la Fondation Internet Bolivia")
PAIRS = (("laboratoire", "lab", "laboratory"), ("fondation", "foundation"), ("institut", "institute"),
         ("ligue", "league"), ("université", "university"), ("fédération", "federation"),
         ("observatoire", "observatory"), ("comité", "committee"), ("conseil", "council"), ("agence", "agency"),
         ("autorité", "authority"), ("ministère", "ministry"), ("centre", "center"), ("réseau", "network"))


#: what an actor is called in the apposition that introduces it or just before its name ("X, a Vilnius-based
#: reseller", "Y, un fonds d'investissement munichois", "l'ONG vénézuélienne Provea"), and then by itself
#: ("the reseller's director", "le fonds", "l'ONG")
ROLES = {
    "en": ("reseller", "distributor", "manufacturer", "maker", "supplier", "vendor", "seller", "broker",
           "integrator", "contractor", "subcontractor", "intermediary", "fund", "operator", "NGO", "charity",
           "watchdog", "regulator", "joint venture", "newspaper", "broadcaster", "daily"),
    "fr": ("revendeur", "distributeur", "fabricant", "fournisseur", "vendeur", "intégrateur", "courtier",
           "sous-traitant", "intermédiaire", "fonds", "opérateur", "prestataire", "ONG", "coentreprise",
           "régulateur", "quotidien", "hebdomadaire", "journal", "armurier"),
}
#: what a state is called once named: "le royaume" after "Bahreïn", "the sultanate" after "Oman"
STATES = {
    "en": {"kingdom": ("bh", "sa", "ma", "jo", "gb", "es", "nl", "be", "se", "no", "dk", "th", "kh", "bt", "sz", "ls",
                       "to"), "emirate": ("qa", "kw"), "sultanate": ("om", "bn")},
    "fr": {"royaume": ("bh", "sa", "ma", "jo", "gb", "es", "nl", "be", "se", "no", "dk", "th", "kh", "bt", "sz", "ls",
                       "to"), "émirat": ("qa", "kw"), "sultanat": ("om", "bn")},
}
#: kinds that say the type of what they stand for, where no name nor apposition holds them: the one actor of
#: that type named in the WINDOW characters before ("Amnesty International ... Selon l'ONG", "the Autoriteit
#: Persoonsgegevens ... the regulator", "Bloomberg ... Selon l'agence")
_ORG, _BODY = ("Organization",), ("PublicBody",)
TYPED = {
    "en": {"ngo": _ORG, "charity": _ORG, "newspaper": _ORG, "daily": _ORG, "broadcaster": _ORG,
           "regulator": _BODY, "agency": _ORG + _BODY, "ministry": _BODY, "parliament": _BODY},
    "fr": {"ong": _ORG, "quotidien": _ORG, "journal": _ORG, "hebdomadaire": _ORG, "regulateur": _BODY,
           "agence": _ORG + _BODY, "ministere": _BODY, "parlement": _BODY, "parquet": _BODY},
}
WINDOW = 600
APPOSED = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s*,\s*(?:a|an|une?|le|la|l['’])\s*(?P<what>[^,.;()]{1,60})")
PREFIXED = r"(?<!\w)(?:the|a|an|le|la|les|l['’]|une?)\s*(?:[\w-]+\s+){{0,2}}?{word}(?:\s+[\w-]+)?\s+$"
#: where the head of an apposition ends: "a client of a Latvian reseller" is a client
HEAD_END = re.compile(r"(?<!\w)(?:of|de|du|des|d'|qui|which|that|who|dont|à|in|en|with|avec|for|pour)(?!\w)")


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern:
    det = r"(?:the|The)\s+" if lang == "en" else r"(?:la|La|le|Le|l['’]|L['’]|du|au|Du|Au)\s*"  # "du laboratoire"
    kinds = "|".join(sorted((*KINDS[lang], *ROLES[lang], *STATES[lang]), key=len, reverse=True))
    # no name after the kind ("the Commission of Inquiry", "la commission Pega", "le conseil d'administration")
    tail = r"(?!\s+(?:of|for|on|de|du|des|d['’])\s)(?!\s+[A-ZÉ])(?!-\w)" if lang == "en" else \
        r"(?!\s+(?:de|du|des|d['’]|pour|sur)\s*)(?!\s+[A-ZÉ])(?!-\w)"
    return re.compile(rf"(?<![\w'’]){det}(?P<kind>(?i:{kinds})){tail}(?!\w)")


@lru_cache(maxsize=None)
def _folded(lang: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The kinds of states, the roles and the name words of `lang`, folded as the descriptions are."""
    return ({fold(k): v for k, v in STATES[lang].items()}, frozenset(fold(r) for r in ROLES[lang]),
            frozenset(fold(k) for k in KINDS[lang]))


@lru_cache(maxsize=None)
def _word(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


@lru_cache(maxsize=None)
def _prefixed(word: str) -> re.Pattern:
    return re.compile(PREFIXED.format(word=re.escape(word)))


def _holds(m: Mention, word: str, text: str, lang: str) -> bool:
    """Whether `m` may be called "the `word`": its name holds the word, an apposition right after it calls
    it so, or it is a state of that kind."""
    states, roles, kinds = _folded(lang)
    if word in states:
        return m.type == "Country" and m.country in states[word]
    if m.type not in TYPES:
        return False
    if word in roles:
        hit = APPOSED.match(text, m.end)
        if hit is not None and _word(word).search(HEAD_END.split(fold(hit.group("what")))[0]):
            return True  # "X, a Vilnius-based reseller"
        if _prefixed(word).search(fold(text[max(0, m.start - 50):m.start])):
            return True  # "l'ONG vénézuélienne Provea"
    return word in kinds and any(_word(w).search(fold(m.text)) for w in _same(word))


@lru_cache(maxsize=None)
def _same(word: str) -> tuple[str, ...]:
    """The folded words a name may hold for the kind `word`: itself and its other language's (PAIRS)."""
    return tuple(dict.fromkeys([word, *(fold(w) for pair in PAIRS if word in map(fold, pair) for w in pair)]))


def _prefix(text: str, end: int, named: list[Mention]) -> bool:
    """Whether the kind ending at `end` opens a name ("le quotidien israélien Haaretz")."""
    return any(end <= m.start <= end + 40 and re.fullmatch(r"(?:\s+[a-zà-ÿ-]+)*\s+", text[end:m.start])
               for m in named)


def references(text: str, doc_id: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions at the descriptions of `text` that stand for exactly one named actor before them."""
    lang = "en" if lang == "en" else "fr"
    named = sorted((m for m in mentions if m.source != SOURCE), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for hit in _pattern(lang).finditer(text):
        s, e = hit.span("kind")
        if any(a < e and s < b for a, b in taken):
            continue
        last = next((m for m in reversed(named) if m.end <= hit.start()), None)
        if last is not None and re.fullmatch(r"\)?\s*,\s*", text[last.end:hit.start()]):
            continue  # "NSN, la coentreprise créée par ...": the apposition that introduces the name
        word = fold(hit.group("kind"))
        holders: dict[str, Mention] = {}
        for m in named:
            if m.end > s:
                break
            if _holds(m, word, text, lang):
                holders[m.cluster or m.id] = m  # the last of each actor
        if not holders and word in TYPED[lang] and not _prefix(text, e, named):
            holders = {(m.cluster or m.id): m for m in named
                       if m.type in TYPED[lang][word] and s - WINDOW <= m.start and m.end <= s}
        if len(holders) != 1:
            continue
        (m,) = holders.values()
        out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, text[s:e], m.type, cluster=m.cluster or m.id,
                           country=m.country, source=SOURCE))
    return out


def settle(extraction: Extraction) -> None:
    """Hand the facts of each description to the last name before it of the actor it stands for, and drop
    the descriptions."""
    refs = [m for m in extraction.mentions if m.source == SOURCE]
    if not refs:
        return
    named = [m for m in extraction.mentions if m.source != SOURCE]
    stand: dict[str, str | None] = {}
    for r in refs:
        before = [m for m in named if (m.cluster or m.id) == r.cluster and m.start < r.start]
        stand[r.id] = before[-1].id if before else None

    def to(mid: str | None) -> str | None:
        return stand.get(mid, mid) if mid is not None else None

    rels, seen = [], set()
    for rel in extraction.relations:
        s, o = to(rel.subject), to(rel.object)
        key = (s, rel.predicate, o, rel.evidence.start, rel.evidence.end)
        if s is None or o is None or s == o or key in seen:
            continue
        seen.add(key)
        rels.append(replace(rel, subject=s, object=o, product=to(rel.product)))
    extraction.relations = rels
    for ev in extraction.events:
        ev.participants = list(dict.fromkeys(p for p in map(to, ev.participants) if p is not None))
    for c in extraction.claims:
        c.speaker = to(c.speaker)
        c.about = list(dict.fromkeys(a for a in map(to, c.about) if a is not None))
    extraction.mentions = named
