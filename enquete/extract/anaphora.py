"""Actors that prose names without their name: "the company", "la start-up", "les services libyens",
"the Libyan government". They stand for a company named just before, or for a state the document names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from enquete import model

DEMONYMS = Path(__file__).with_name("lexicon") / "demonyms.yaml"

COMPANY = re.compile(r"(?<!\w)(?:la société|l'entreprise|la firme|la start-up|la startup|le groupe|l'éditeur"
                     r"|le fabricant|cette société|cette entreprise|cette firme|ce groupe|ce fabricant"
                     r"|the company|the firm|the group|the vendor|the manufacturer|this company"
                     r"|this firm)(?!\w)", re.I)
STATE_NOUNS = (r"(?:gouvernement|régime|services?(?: de renseignement| de sécurité)?|autorités|police|armée"
               r"|État"
               r"|pouvoir|ministère de l'Intérieur|government|regime|authorities|security services"
               r"|intelligence services|police|army|state|military)")
_FR_STATE = re.compile(rf"^\s*(?:l'|le |la |les |un |une )?{STATE_NOUNS}\s+([\w-]+)", re.I)
_EN_STATE = re.compile(rf"^\s*(?:the |a )?([\w-]+)\s+{STATE_NOUNS}\b", re.I)


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Adjective of nationality (singular and plural) -> ISO code."""
    out = {}
    for code, words in _demonym_table().items():
        for w in words:
            for form in (w, w + "s", re.sub(r"al$", "aux", w)):
                out[fold(form)] = code
    return out


def fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=None)
def _demonym_table() -> dict[str, list[str]]:
    with open(DEMONYMS, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def company_anaphor(text: str, lo: int, hi: int) -> re.Match | None:
    """The last "the company" / "la société" between `lo` and `hi`."""
    hits = list(COMPANY.finditer(text.replace("’", "'"), lo, hi))
    return hits[-1] if hits else None


def state_at(text: str, pos: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state meant by "les services libyens" / "the Libyan government" starting at `pos`, among the
    countries the document names (the first mention of it)."""
    window = text[pos:pos + 80].replace("’", "'")
    for rx in (_FR_STATE, _EN_STATE):
        m = rx.match(window)
        if m:
            code = demonyms().get(fold(m.group(1)))
            if code:
                return next((c for c in mentions if c.type == "Country" and c.country == code), None)
    return None
