"""Document metadata found in the text or the source: published date, language, outlet."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import urlsplit

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_LEAD = r"(?:publié|publiée|mis à jour|published|updated|posted|date)\s*(?:le|on|:)?\s*"
_DAY_FIRST = re.compile(_LEAD + r"(\d{1,2})(?:er|st|nd|rd|th)?\s+(" + _MONTH + r")\s+(\d{4})", re.I)
_MONTH_FIRST = re.compile(_LEAD + r"(" + _MONTH + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
#: How far into the text a dateline is looked for.
DATELINE_WINDOW = 600


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def clean_date(value: object) -> str | None:
    """A metadata date (str, date or datetime) as YYYY-MM-DD, YYYY-MM or YYYY; None when unusable."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return date_from_text(value)
    year, month, day = m.groups()
    if day:
        return _iso(int(year), int(month), int(day))
    return f"{year}-{month}" if month and 1 <= int(month) <= 12 else year


def date_from_text(text: str) -> str | None:
    """Publication date from a dateline near the top ("Publié le 18 juin 2013", "Published
    4 November 2011", "Published on November 4, 2011") or an ISO date there."""
    head = text[:DATELINE_WINDOW]
    if m := _DAY_FIRST.search(head):
        return _iso(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := _MONTH_FIRST.search(head):
        return _iso(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := _ISO.search(head):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without a leading 'www.'."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - lingua type
    """The language detector, built once per process, limited to a few languages for speed."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
             Language.ARABIC, Language.PORTUGUESE, Language.DUTCH]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str:
    """'fr', 'en' or 'other', judged on the first 5,000 characters."""
    sample = text[:5000]
    if not sample.strip():
        return "other"
    lang = _detector().detect_language_of(sample)
    code = lang.iso_code_639_1.name.lower() if lang is not None else "other"
    return code if code in ("fr", "en") else "other"
