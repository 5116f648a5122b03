"""Product categories from the words around a product, in French and English, and their mapping onto
the rules' item-scope vocabulary (RULES.md).

`LEXICON` is data: category -> patterns (regular expressions over text folded to lower case without
accents, apostrophes as '). Patterns are written from the trade's ordinary vocabulary, not from any one
article. `SCOPE` maps each category onto the scope terms a rule may name:

- riot-control (tear gas, anti-riot gear): `riot-control`; `internal-repression-equipment` (the EU common
  list of equipment which might be used for internal repression covers riot-control agents, their
  launchers and anti-riot gear); `security-equipment` (the French "matériel sécuritaire / de maintien de
  l'ordre" of the 2011 suspensions); `law-enforcement-equipment` (Reg. 2019/125 Annex III lists riot-
  control chemical irritants and their dispersal devices).
- telecom-monitoring (interception, monitoring centres, lawful interception): `telecom-monitoring` and
  `cyber-surveillance` (Reg. 2021/821 Art. 2(20)). NOT internal-repression-equipment: EU sanctions list
  monitoring equipment separately (Syria Annex V vs Annex IA; Iran Reg. 264/2012 vs Reg. 359/2011), so
  an internal-repression embargo alone does not reach it.
- ip-network-surveillance (DPI, IP-network monitoring): also telecom-monitoring and cyber-surveillance.
- intrusion-software (spyware, exploits, trojans): `intrusion-software`, `cyber-surveillance`.
- torture-goods (goods with no practical use but torture: body-worn shock devices, spiked batons,
  thumb-cuffs): `torture-goods`, `internal-repression-equipment`.
- law-enforcement-equipment (shock batons, tasers, pepper spray, restraints): the same scope term.
- arms: `arms`.
- video-analytics, facial-recognition: no scope term of their own in the sourced rules (not listed dual-use
  items); kept so a user rule may name them later, they never match the packaged rules by themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from enquete.analyse.rules import period

LEXICON: dict[str, tuple[str, ...]] = {
    "riot-control": (
        r"lacrymogenes?", r"tear[- ]?gas", r"anti[- ]?emeutes?", r"anti[- ]?riot", r"riot[- ]control",
        r"crowd[- ]control", r"maintien de l'ordre", r"gaz (?:cs|poivre)", r"cs gas",
        r"grenades? de desencerclement",
        r"grenades? assourdissantes?", r"stun grenades?", r"canons? a eau", r"water cannons?",
        r"lanceurs? de balles de defense", r"\blbd\b", r"flash[- ]?balls?", r"balles? en caoutchouc",
        r"rubber bullets?", r"boucliers? anti", r"riot shields?",
    ),
    "telecom-monitoring": (
        r"interceptions?", r"\becoutes\b", r"ecoutes? telephoniques?", r"lawful intercept",
        r"monitoring cent(?:er|re)s?",
        r"centres? de (?:surveillance|monitoring)", r"surveillance (?:de l'|d')?internet",
        r"surveillance des (?:communications|telecommunications|reseaux)", r"internet surveillance",
        r"communications? surveillance", r"telecommunications? monitoring",
        r"monitoring (?:of )?communications",
        r"mass surveillance", r"surveillance de masse", r"imsi[- ]?catchers?", r"stingrays?",
        r"surveillance (?:system|software|technolog)", r"(?:systemes?|logiciels?) de surveillance",
    ),
    "ip-network-surveillance": (
        r"\bdpi\b", r"deep packet inspection", r"inspection (?:des paquets )?en profondeur",
        r"ip[- ]?(?:network )?monitoring", r"surveillance ip", r"sondes? dpi", r"dpi probes?",
        r"analyse (?:du )?trafic", r"traffic analysis",
    ),
    "intrusion-software": (
        r"logiciels? espions?", r"logiciels? d'espionnage", r"spyware", r"chevaux de troie",
        r"cheval de troie", r"trojans?", r"intrusion", r"\bexploits?\b", r"malware", r"zero[- ]?day",
        r"piratage", r"hacking tools?",
    ),
    "video-analytics": (
        r"videosurveillance algorithmique", r"\bvsa\b", r"video analytics?", r"analyse video",
        r"video[- ]?surveillance intelligente", r"smart cctv",
    ),
    "facial-recognition": (r"reconnaissance faciale", r"facial recognition", r"face recognition"),
    "arms": (
        r"\barmes?\b", r"armements?", r"munitions?", r"fusils?", r"blindes?", r"vehicules? blindes?",
        r"\bweapons?\b", r"\barms\b", r"ammunition", r"rifles?",
        r"armou?red (?:vehicles?|trucks?|cars?|personnel carriers?)", r"missiles?",
        r"fregates?", r"corvettes?", r"avions? de combat", r"fighter jets?", r"mitrailleuses?",
        r"machine guns?",
    ),
    "torture-goods": (
        r"(?:instruments?|outils?|equipements?) de torture",
        r"torture (?:tools?|instruments?|devices?|equipment)",
        r"menottes? electriques?", r"electric[- ]shock (?:cuffs|handcuffs|belts?|sleeves?)",
        r"ceintures? electriques?", r"stun belts?", r"poucettes", r"thumb[- ]?cuffs", r"matraques? a pointes",
        r"spiked batons?", r"gants? (?:a impulsion )?electriques?", r"electric[- ]shock gloves?",
    ),
    "law-enforcement-equipment": (
        r"matraques? electriques?", r"electric[- ]shock batons?", r"stun batons?", r"pistolets? a impulsion",
        r"\btasers?\b", r"stun guns?", r"gaz poivre", r"pepper spray", r"entraves?", r"leg irons",
    ),
}

SCOPE: dict[str, tuple[str, ...]] = {
    "riot-control": ("riot-control", "internal-repression-equipment", "security-equipment",
                     "law-enforcement-equipment"),
    "telecom-monitoring": ("telecom-monitoring", "cyber-surveillance"),
    "ip-network-surveillance": ("ip-network-surveillance", "telecom-monitoring", "cyber-surveillance"),
    "intrusion-software": ("intrusion-software", "cyber-surveillance"),
    "torture-goods": ("torture-goods", "internal-repression-equipment"),
    "law-enforcement-equipment": ("law-enforcement-equipment",),
    "arms": ("arms",),
    "video-analytics": (),
    "facial-recognition": (),
}

_COMPILED = {cat: re.compile("|".join(f"(?:{p})" for p in pats)) for cat, pats in LEXICON.items()}


def fold(text: str) -> str:
    """Lower case, accents dropped, typographic apostrophes as '."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\\'", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def word_string(text: str) -> str:
    """Folded words joined by single spaces with a space at each end, for whole-word containment."""
    return f" {re.sub(r'[^a-z0-9]+', ' ', fold(text)).strip()} "


def names_in(words: str, name: str) -> bool:
    """Whether `name` (three characters or more) stands as whole words in `words` (a word_string)."""
    key = word_string(name).strip()
    return len(key) >= 3 and f" {key} " in words


#: The goods named were put to use against a population: "qui ont servi à réprimer les manifestations",
#: "used against protesters", "lors de la dispersion des sit-in". Weapons or vehicles shown in that use
#: are, by the text's own account, "equipment which might be used for internal repression" (the words of
#: the EU measures), whatever list they sit on otherwise.
REPRESSION_USE = re.compile(
    r"\b(?:servi|servir|servent|utilisee?s?|employee?s?|used|deployed)\b(?:\W+\w+){0,4}?\W+"
    r"(?:a|pour|to|for)\s+(?:reprimer|mater|disperser|repress|crush|quell|suppress|disperse)\b"
    r"|\bcontre (?:des|les) manifestants\b|\bagainst (?:peaceful |unarmed )?(?:protesters|demonstrators)\b"
    r"|\b(?:dispersion|dispersal)\s+(?:\w+\s+){0,2}?(?:des?|du|of(?: the)?)\s+(?:sit-in|manifest|rassemblement"
    r"|protest|demonstration)"
)


def categorise(text: str) -> set[str]:
    """The product categories whose words occur in `text` (French or English); arms shown in use against
    a population also count as internal-repression equipment (`REPRESSION_USE`)."""
    folded = fold(text or "")
    cats = {cat for cat, rx in _COMPILED.items() if rx.search(folded)}
    if "arms" in cats and REPRESSION_USE.search(folded):
        cats.add("internal-repression-equipment")
    return cats


_BREAK = re.compile(r"[,;:()\[\]«»\"\n]|[.!?](?=\s|$)")


def around(text: str, start: int, end: int, words: int = 4) -> str:
    """The words next to a product's name within its phrase ("des véhicules blindés Sherpa fabriqués",
    "the Korvax armoured vehicles"): up to `words` on each side, never past a comma, a bracket or the end
    of the sentence, so that "X, qui vend aussi des armes, a livré Y" gives Y nothing of X's trade."""
    left = text[max(0, start - 200):start]
    cut = max((m.end() for m in _BREAK.finditer(left)), default=0)
    before = left[cut:].split()[-words:] if words else []
    right = text[end:end + 200]
    stop = _BREAK.search(right)
    after = right[:stop.start() if stop else len(right)].split()[:words]
    return " ".join([*before, text[start:end], *after])


def scope_terms(categories: Iterable[str]) -> set[str]:
    """The rules' scope terms covered by these categories (a category that is already a scope term, e.g.
    from a gazetteer, maps to itself as well)."""
    terms: set[str] = set()
    for cat in categories:
        terms.add(cat)
        terms.update(SCOPE.get(cat, ()))
    return terms


#: Words that date the making of an item ("année de production", "fabriquées en", "manufactured in").
PRODUCTION = re.compile(
    r"\b(?:annee|date) de (?:production|fabrication)\b|\bfabrique(?:e|s|es)? en\b"
    r"|\bproduit(?:e|s|es)? en (?:19|20)\d\d|\bmanufactur(?:ed|ing|e)\b|\bproduced in\b"
    r"|\bproduction (?:year|date)\b|\byear of (?:production|manufacture)\b|\bmade in (?:19|20)\d\d"
    r"|\b(?:programme|logiciel|version|echantillon|binaire|program|software|sample|binary|build)\b[^.]{0,40}?"
    r"\b(?:compile(?:e|s|es)?|compiled)\b|\b(?:date de compilation|compilation date|compiled on)\b"
)
#: A year the making came before ("compilé avant 2015", "built before 2010"): no production date.
BEFORE_YEAR = re.compile(r"\b(?:avant|before|until|jusqu'en|prior to)\s+(?:(?:le|la|l'|the)\s+)?(?:\w+\s+)?"
                         r"((?:19[5-9]|20\d)\d)\b")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def production_years(sentence: str) -> set[str]:
    """The years a sentence gives as the making of an item ("leur année de production est 2012")."""
    folded = fold(sentence)
    if not PRODUCTION.search(folded):
        return set()
    return set(YEAR.findall(sentence)) - set(BEFORE_YEAR.findall(folded))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def production_date(text: str, start: int, end: int, found: str | None) -> dict[str, Any] | None:
    """The year an item found at text[start:end] was made, from a sentence nearby that says so (one
    year, not after the find), with that sentence as evidence: {"date", "doc"-less evidence fields}."""
    limit = period(found)[1].year if found else 9999
    hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _SENTENCE.finditer(text, max(0, start - 400), min(len(text), end + 600)):
        for year in production_years(m.group()):
            if int(year) <= limit:
                lead = len(m.group()) - len(m.group().lstrip())
                hits[year].append((m.start() + lead, m.start() + len(m.group().rstrip())))
    if len(hits) != 1:
        return None
    year, spans = next(iter(hits.items()))
    s, e = spans[0]
    return {"date": year, "start": s, "end": e, "quote": text[s:e]}
