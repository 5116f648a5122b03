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

log = logging.getLogger(__name__)

ARTICLES = re.compile(r"^(?:l|le|la|les|the|d|de|du|des)\s+")
TITLES = {"m", "mr", "mrs", "ms", "mme", "mlle", "me", "maitre", "dr", "docteur", "doctor", "pr",
          "professeur", "prof", "sir", "monsieur", "madame", "general", "gen", "colonel", "col",
          "cheikh", "sheikh", "president", "prince", "roi", "king"}
PARTICLES = {"al", "el"}  # "al-Assad" = "Assad" in person names
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
def _alias_data() -> tuple[dict[str, str], dict[str, str]]:
    raw = yaml.safe_load(resources.files("enquete.resolve").joinpath("data/aliases.yaml")
                         .read_text(encoding="utf-8"))
    tokens = {fold(v): fold(group[0]) for group in raw.get("tokens", []) for v in group}
    names = {fold(v): fold(group[0]) for group in raw.get("names", []) for v in group}
    return tokens, names


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


def name_key(text: str, type_: str) -> str:
    """The matching key of a name of entity type `type_` ("" when nothing is left)."""
    if type_ == "Country":
        code = country_code(text)
        return f"iso:{code}" if code else fold(text)
    if type_ in ORG_TYPES:
        text = remove_org_types(text) or text
    s = ARTICLES.sub("", fold(text)).strip()
    tokens_map, names_map = _alias_data()
    if s in names_map:
        return names_map[s]
    words = s.split()
    if type_ == "Person":
        words = _strip_titles(words)
        joined = " ".join(words)
        for variant, canon in tokens_map.items():  # multi-word variants ("al assad")
            if " " in variant and variant in joined:
                joined = joined.replace(variant, canon)
        words = [tokens_map.get(w, w) for w in joined.split() if w not in PARTICLES] or words
    return " ".join(words)


def tokens(key: str) -> list[str]:
    """Distinctive words of a key, for blocking."""
    return [w for w in key.split() if w not in STOPWORDS and len(w) > 1]


def is_acronym(text: str) -> bool:
    """ "FIDH", "S.A.S.", "Depsa" is not (mixed case word)."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text.strip()


def is_full_person_name(key: str) -> bool:
    """A person key that can be matched across documents: at least two words (not a surname alone)."""
    return len([w for w in key.split() if len(w) > 1 or w.isalpha()]) >= 2


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
