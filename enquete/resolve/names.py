"""Name normalisation for resolution (pure).

A mention's *key* is what cross-document matching compares: casefolded, accents and punctuation
removed (unicodedata), leading articles (le, la, les, l', the…), personal titles (M., Mme, Me,
Maître, Dr, Mr…) and company legal forms (SA, SAS, Ltd, GmbH, S.p.A., Inc… via rigour) dropped, and
the transliteration variants of `data/aliases.yaml` mapped to one spelling (Kadhafi = Gaddafi = Qaddafi).
States are keyed by their ISO-3166 code (`country_code`), from rigour's territory data (French and
English names) and the extraction gazetteer.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml
from rigour.names import remove_org_types

from enquete.extract.context import PORTFOLIO

log = logging.getLogger(__name__)

ARTICLES = re.compile(r"^(?:l|le|la|les|the|d|de|du|des)\s+")
TITLES = {"m", "mr", "mrs", "ms", "mme", "mlle", "me", "maitre", "dr", "docteur", "doctor", "pr",
          "professeur", "prof", "sir", "monsieur", "madame", "general", "gen", "colonel", "col",
          "cheikh", "sheikh", "president", "prince", "roi", "king"}
PARTICLES = {"al", "el"}
#: Words that are part of a surname, not a given name ("Ben Ali", "de Gaulle", "van Dyck"); an
#: initial ("Stéphane S.") is no given name either: such keys never match across documents.
SURNAME_PARTICLES = {"ben", "bin", "ibn", "abu", "ould", "de", "du", "des", "van", "von", "der", "den", "da",
                     "di", "dos", "le", "la", "mac", "mc", "st", "saint"}  # "al-Assad" = "Assad" in person names
ORG_TYPES = ("Company", "Organization", "PublicBody")
#: Words too common in names of one type to block on alone (they still count in scores).
STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "pour", "en",
             "sur", "a", "au", "aux", "al", "el", "bin", "ben"}


def fold(text: str) -> str:
    """Casefolded ASCII words separated by single spaces (apostrophes and hyphens split words)."""
    s = unicodedata.normalize("NFKD", (text or "").replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s.casefold().replace("_", " "))
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=1)
def _raw() -> dict:
    return yaml.safe_load(resources.files("enquete.resolve").joinpath("data/aliases.yaml")
                          .read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _alias_data() -> tuple[dict[str, str], dict[str, str]]:
    raw = _raw()
    tokens = {fold(v): fold(group[0]) for group in raw.get("tokens", []) for v in group}
    names = {fold(v): fold(group[0]) for group in raw.get("names", []) for v in group}
    return tokens, names


@lru_cache(maxsize=1)
def _descriptors() -> tuple[str, ...]:
    return tuple(sorted({fold(d) + " " for d in _raw().get("descriptors", [])}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded adjective of nationality, singular or plural, one word or several ("sud coreen", "north
    korean") -> ISO code, from the extraction lexicon's one table."""
    from enquete.extract.anaphora import demonyms
    return {fold(w): code for w, code in demonyms().items()}


def _demonym_runs(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, code) of the demonyms among folded `words`, the longest at each place first ("papua
    new guinean" is not "guinean")."""
    table = _demonyms()
    out, i = [], 0
    while i < len(words):
        n = next((n for n in range(min(_longest_demonym(), len(words) - i), 0, -1)
                  if " ".join(words[i:i + n]) in table), 0)
        if n:
            out.append((i, i + n, table[" ".join(words[i:i + n])]))
        i += n or 1
    return out


@lru_cache(maxsize=1)
def _longest_demonym() -> int:
    return max(len(k.split()) for k in _demonyms())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, str], str]:
    """(type family, folded alias) -> folded canonical name, from the extraction gazetteer's entries
    with several names (an alias two entries share is left out)."""
    out: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()
    try:
        from enquete.extract.names import load_entries
        entries = [e for e in load_entries() if e.type != "Country"]
    except Exception as exc:  # noqa: BLE001 - resolution works without the gazetteer
        log.debug("no extraction gazetteer: %s", exc)
        return out
    for e in entries:
        fam = "org" if e.type in ORG_TYPES else e.type
        canon = _base_key(e.name, e.type)
        for n in e.names:
            k = (fam, _base_key(n, e.type))
            if k in out and out[k] != canon:
                shared.add(k)
            out[k] = canon
    for k in shared:
        out.pop(k, None)
    return out


def demonym_country(text: str) -> str | None:
    """The state a demonym in `text` names ("ministère français de la Défense" -> fr), else None."""
    codes = {code for _, _, code in _demonym_runs(fold(text).split())}
    return codes.pop() if len(codes) == 1 else None


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


@lru_cache(maxsize=200_000)
def name_key(text: str, type_: str) -> str:
    """The matching key of a name of entity type `type_` ("" when nothing is left)."""
    if type_ == "Country":
        code = country_code(text)
        return f"iso:{code}" if code else fold(text)
    s = _base_key(text, type_)
    tokens_map, names_map = _alias_data()
    if s in names_map:
        return names_map[s]
    s = _gazetteer().get(("org" if type_ in ORG_TYPES else type_, s), s)
    words = s.split()
    if type_ == "Person":
        words = _strip_titles(words)
        joined = " ".join(words)
        for variant, canon in tokens_map.items():  # multi-word variants ("al assad")
            if " " in variant and variant in joined:
                joined = joined.replace(variant, canon)
        words = [tokens_map.get(w) or transliteration(w) for w in joined.split() if w not in PARTICLES] or words
    return " ".join(words)


#: French and English spell the same Cyrillic or Arabic sound differently: "Loukachenko" / "Lukashenko",
#: "Gorbatchev" / "Gorbachev", "Khodorkovski" / "Khodorkovsky", "Ghannouchi" / "Ghannushi". Each rule
#: below maps both spellings to one; applied to person name words of four letters or more (whole names
#: still have to agree word for word, so "Maria Rossi" and "Mario Rossi" stay apart).
TRANSLITERATION = (
    (re.compile(r"tch"), "ch"),  # fr Gorbatchev, en Gorbachev: the sound /tʃ/, written "ch" after this
    # fr "ch" before a vowel, en "sh" (the sound /ʃ/); inside a word only, so that an initial "Ch" and
    # "Sh" stay apart (Chen and Shen are two surnames)
    (re.compile(r"(?<=[a-z])(?<![st])ch(?=[aeiouy])|(?<=[a-z])sh"), "Sh"),
    (re.compile(r"ou"), "u"),  # fr "ou", en "u"
    (re.compile(r"y\b|i\b"), "i"),  # final -y / -i (Khodorkovsky, Khodorkovski)
    (re.compile(r"([bdfgklmnprstvz])\1"), r"\1"),  # doubled consonants (Ghannouchi, Ghanouchi)
)


@lru_cache(maxsize=50_000)
def transliteration(word: str) -> str:
    """One spelling for the French and English transliterations of a name word (see TRANSLITERATION)."""
    if len(word) < 4:
        return word
    for rx, repl in TRANSLITERATION:
        word = rx.sub(repl, word)
    return word.lower()


# "(US) Commerce Department" is the "(US) Department of Commerce" (the portfolios extraction reads)
PORTFOLIO_FIRST = re.compile(rf"^(?P<pre>(?:\w+ )*?)(?P<office>{PORTFOLIO}) (?P<kind>department|ministry)$", re.I)


# One key for a government department in French and English: "département de la Justice" is the "Justice
# Department", "ministère des Affaires étrangères" the "Foreign Ministry" (folded words, French -> English);
# a state's name before it is dropped (the body's country says it).
KIND_EN = {"ministere": "ministry", "departement": "department"}
PORTFOLIO_EN = {
    "justice": "justice", "commerce": "commerce", "etat": "state", "tresor": "treasury", "defense": "defence",
    "interieur": "interior", "affaires etrangeres": "foreign affairs",
    "europe et des affaires etrangeres": "foreign affairs", "economie": "economy", "finances": "finance",
    "sante": "health", "education": "education", "transports": "transport", "industrie": "industry",
    "travail": "labour", "renseignement": "intelligence", "securite publique": "public security",
    "securite d etat": "state security", "telecommunications": "telecommunications",
    "communications": "communications", "information": "information",
}
_FR_DEPARTMENT = re.compile(r"^(?P<pre>(?:\w+ )*?)(?P<kind>ministere|departement) (?:de la |de l |du |des |d |de )"
                            r"(?P<office>.+)$")
_EN_SYNONYMS = {"defense": "defence", "foreign": "foreign affairs", "labor": "labour", "home": "interior"}


def _portfolio_in_english(key: str) -> str:
    """A department's key with its kind and portfolio in English ("ministry of foreign affairs")."""
    words = key.split()
    for n in (3, 2, 1):  # a state's name before it ("us ministry of justice") goes to the body's country
        if len(words) > n + 2 and words[n] in ("ministry", "department", "ministere", "departement") \
                and _country_index().get(" ".join(words[:n])):
            key = " ".join(words[n:])
            break
    fr = _FR_DEPARTMENT.match(key)
    if fr and fr.group("office") in PORTFOLIO_EN:
        return f"{fr.group('pre')}{KIND_EN[fr.group('kind')]} of {PORTFOLIO_EN[fr.group('office')]}"
    en = re.match(r"^(?P<pre>(?:\w+ )*?)(?P<kind>ministry|department) of (?P<office>.+)$", key)
    if en and (en.group("office") in _EN_SYNONYMS or en.group("office") in PORTFOLIO_EN.values()):
        office = _EN_SYNONYMS.get(en.group("office"), en.group("office"))
        return f"{en.group('pre')}{en.group('kind')} of {office}"
    return key


# a university named in French ("universite de toronto", "universite harvard"), written as in English
UNIVERSITY_OF = re.compile(r"^universite (?:de |du |d'|d )(?:la |l'|l )?")
UNIVERSITY_NAMED = re.compile(r"^universite (\w[\w-]*)$")


def _base_key(text: str, type_: str) -> str:
    """Folded, without articles, legal forms, leading descriptors and (bodies) demonyms."""
    if type_ in ORG_TYPES:
        text = remove_org_types(text) or text
    s = ARTICLES.sub("", fold(text)).strip()
    if type_ != "Person":
        for d in _descriptors():
            if s.startswith(d) and len(s) > len(d):
                s = ARTICLES.sub("", s[len(d):]).strip()
                break
    if type_ in ORG_TYPES:  # "université de Toronto" and "University of Toronto": one key
        s = UNIVERSITY_OF.sub("university of ", s)
        s = UNIVERSITY_NAMED.sub(r"\1 university", s)
    if type_ == "PublicBody":
        words = s.split()
        runs = _demonym_runs(words)
        kept = [w for i, w in enumerate(words) if not any(a <= i < b for a, b, _ in runs)]
        s = " ".join(kept) if kept else s
        s = PORTFOLIO_FIRST.sub(r"\g<pre>\g<kind> of \g<office>", s).replace(" of the ", " of ")
        s = _portfolio_in_english(s)
    return s


def tokens(key: str) -> list[str]:
    """Distinctive words of a key, for blocking."""
    return [w for w in key.split() if w not in STOPWORDS and len(w) > 1]


def is_acronym(text: str) -> bool:
    """ "FIDH", "S.A.S.", "Depsa" is not (mixed case word)."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text.strip()


def is_full_person_name(key: str) -> bool:
    """A person key that can be matched across documents: two words or more besides initials and
    surname particles (not a surname alone, not "Stéphane S.", not "Ben Ali")."""
    return len([w for w in key.split() if len(w) > 1 and w not in SURNAME_PARTICLES]) >= 2


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        from enquete.extract.names import countries
        for entry in countries():
            for n in entry.names:
                if entry.country:
                    out.setdefault(fold(n), entry.country)
    except Exception as exc:  # noqa: BLE001 - the gazetteer is optional for resolution
        log.debug("no extraction gazetteer for countries: %s", exc)
    extra = {"uk": "gb", "u s": "us", "usa": "us", "us": "us", "uae": "ae", "eau": "ae",
             "grande bretagne": "gb", "royaume uni": "gb", "etats unis": "us", "angleterre": "gb"}
    for k, v in extra.items():
        out.setdefault(k, v)
    return out


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO-3166 alpha-2 code (lowercase) of a state named in French or English, else None."""
    s = ARTICLES.sub("", fold(text)).strip()
    if not s:
        return None
    code = _country_index().get(s)
    if code:
        return code
    from rigour.territories import lookup_territory
    t = lookup_territory(text)
    if t is not None and len(t.code) == 2:
        return t.code.lower()
    return None


#: the kind of an event told by its kind and its date, in either language (extract/context.DATED_EVENTS)
_EVENT_KINDS = (("election", r"election|présidentielle|législatives"), ("coup", r"coup|putsch"),
                ("uprising", r"uprising|soulèvement|revolution|révolution"), ("riots", r"riots|émeutes"),
                ("attacks", r"attacks|attentats?"), ("massacre", r"massacre"))


def event_key(text: str) -> str | None:
    """One key for an event told by its kind and its date in French or in English ("l'élection présidentielle
    du 9 août 2020", "the presidential election of 9 August 2020": "event:election:2020-08-09"), None for
    any other name."""
    from enquete.extract.dates import find_dates
    kind = next((k for k, rx in _EVENT_KINDS if re.search(rf"(?<!\w)(?:{rx})", text, re.I)), None)
    dates = find_dates(text) if kind else []
    return f"event:{kind}:{dates[0].value}" if dates and len(text.split()) <= 8 else None
