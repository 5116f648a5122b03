"""Dates in French and English text: a regular grammar, resolved to YYYY, YYYY-MM, YYYY-MM-DD or A/B.

Covered: "18 juin 2013", "November 4, 2011", "Nov 4, 2011", "2011-02-17", "17/02/2011"; month-year
("en novembre 2013", "in March 2012"); years ("en 2012", "in 2009", "2012"); ranges ("du 17 au 20
novembre 2015", "from 14 to 17 November 2023", "between 2007 and 2011", "de 2007 à 2011"); "fin 2011",
"début 2010", "mi-2012", "early 2010", "late 2011" (precision year: the text does not say which
month); day-month without a year ("le 17 février", "on 17 February": anchored to the nearest explicit
year before it in the text, else after it in the same sentence, else the publication year); relative
("hier", "aujourd'hui", "il y a quinze jours", "il y a quatre semaines", "yesterday", "two weeks ago",
"last March") resolved against the publication date (only when that date is precise enough).
"25 et 27 juin 2013" gives both days. Weekday names alone are never dates.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from enquete.model import DateMention

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
    "déc": 12, "dec": 12, "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "november": 11, "december": 12,
}
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "quinze": 15, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "quelques": 3, "few": 3,
}
UNITS = {"jour": 1, "jours": 1, "day": 1, "days": 1, "semaine": 7, "semaines": 7, "week": 7, "weeks": 7,
         "mois": 30, "month": 30, "months": 30, "an": 365, "ans": 365, "année": 365, "années": 365,
         "year": 365, "years": 365}

MON = r"(?P<{0}>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<{0}>1[89]\d\d|20\d\d)"
DAY = r"(?P<{0}>[0-3]?\d)(?:er|st|nd|rd|th)?"
B, E = r"(?<![\w-])", r"(?![\w])"

PATTERNS: list[tuple[str, re.Pattern]] = [(kind, re.compile(B + rx + E, re.I)) for kind, rx in [
    ("iso", r"(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
    ("dmy_num", r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>1[89]\d\d|20\d\d)"),
    ("range_dm", r"(?:du|from|between)\s+" + DAY.format("d1") + r"\s+(?:au|to|and|-)\s+" + DAY.format("d2")
     + r"\s+" + MON.format("m") + r"(?:\s+" + YEAR.format("y") + ")?"),
    ("range_md", r"(?:from|between)\s+" + MON.format("m") + r"\s+" + DAY.format("d1") + r"\s+(?:to|and|-)\s+"
     + DAY.format("d2") + r"(?:,?\s+" + YEAR.format("y") + ")?"),
    ("range_y", r"(?:de|entre|from|between)\s+(?:(?P<q1>début|fin|early|late)\s+)?" + YEAR.format("y1")
     + r"\s+(?:à|a|et|to|and|until)\s+(?:(?P<q2>début|fin|early|late)\s+)?" + YEAR.format("y2")),
    ("range_y_dash", YEAR.format("y1") + r"\s?[-–]\s?" + YEAR.format("y2")),
    ("dmy_pair", DAY.format("d1") + r"\s+(?:et|and|&)\s+" + DAY.format("d2") + r"\s+" + MON.format("m")
     + r"(?:\s+" + YEAR.format("y") + ")?"),
    ("dmy", DAY.format("d") + r"\s+" + MON.format("m") + r"(?:,?\s+" + YEAR.format("y") + ")?"),
    ("mdy", MON.format("m") + r"\s+" + DAY.format("d") + r"(?:,?\s+" + YEAR.format("y") + ")?"),
    ("my", r"(?:(?P<q>début|fin|mi|early|late|mid)[\s-]+)?" + MON.format("m") + r"\s+(?:de\s+l'année\s+)?"
     + YEAR.format("y")),
    ("last_month", r"(?P<w>last|this|en|in)\s+" + MON.format("m") + r"(?!\s+\d)"),
    ("qual_y", r"(?P<q>début|fin|mi|early|late|mid|courant|automne|printemps|été|hiver|spring|summer|autumn"
     r"|fall|winter)[\s-]+(?:de\s+l'année\s+|d'année\s+)?" + YEAR.format("y")),
    ("ago", r"(?:il\s+y\s+a\s+(?P<n1>\d+|\w+)\s+(?P<u1>jours?|semaines?|mois|ans|années?)"
     r"|(?P<n2>\d+|\w+)\s+(?P<u2>days?|weeks?|months?|years?)\s+ago)"),
    ("deictic", r"(?P<w>hier|avant-hier|aujourd'hui|aujourd’hui|demain|yesterday|today|tomorrow)"),
    ("year", YEAR.format("y")),
]]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _pub(published: str | None) -> tuple[int | None, date | None]:
    """Publication year, and the publication day when it is given to the day."""
    if not published:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published)
    if not m:
        return None, None
    y = int(m.group(1))
    return y, date(y, int(m.group(2)), int(m.group(3))) if m.group(3) else None


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _day(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


class _Resolver:
    """Turns one match into (value, precision), or None when it is not a date."""

    def __init__(self, text: str, published: str | None, years: list[tuple[int, int]]):
        self.text = text
        self.pub_year, self.pub_day = _pub(published)
        self.years = years  # (offset, year) of explicit years, in order

    def anchor(self, pos: int, end: int) -> int | None:
        """The nearest explicit year before `pos` (within 1500 chars), else just after it in the same
        sentence, else the publication year."""
        before = [y for off, y in self.years if pos - 1500 <= off < pos]
        if before:
            return before[-1]
        stop = re.search(r"[.!?\n]", self.text[end:])
        limit = end + (stop.start() if stop else 200)
        after = [y for off, y in self.years if end <= off < limit]
        return after[0] if after else self.pub_year

    def resolve(self, kind: str, m: re.Match) -> tuple[str, str] | list[tuple[str, str]] | None:
        g = m.groupdict()
        year = lambda key: int(g[key]) if g.get(key) else self.anchor(m.start(), m.end())  # noqa: E731
        if kind in ("iso", "dmy_num"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
            return (_day(y, mo, d), "day") if _valid(y, mo, d) else None
        if kind in ("range_dm", "range_md"):
            y, mo = year("y"), _month(g["m"])
            d1, d2 = int(g["d1"]), int(g["d2"])
            if y is None or not (_valid(y, mo, d1) and _valid(y, mo, d2)) or d1 >= d2:
                return None
            return f"{_day(y, mo, d1)}/{_day(y, mo, d2)}", "interval"
        if kind in ("range_y", "range_y_dash"):
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (f"{y1}/{y2}", "interval") if y1 < y2 <= y1 + 60 else None
        if kind == "dmy_pair":
            y, mo = year("y"), _month(g["m"])
            days = [int(g["d1"]), int(g["d2"])]
            if y is None or not all(_valid(y, mo, d) for d in days):
                return None
            return [(_day(y, mo, d), "day") for d in days]
        if kind in ("dmy", "mdy"):
            y, mo, d = year("y"), _month(g["m"]), int(g["d"])
            if y is None or not _valid(y, mo, d) or (kind == "mdy" and g["m"].lower() in ("may", "mar")
                                                      and not g.get("y") and not m.group(0)[0].isupper()):
                return None
            return _day(y, mo, d), "day"
        if kind == "my":
            return f"{int(g['y'])}-{_month(g['m']):02d}", "month"
        if kind == "last_month":
            return self._last_month(g["w"].lower(), _month(g["m"]), m)
        if kind == "qual_y":
            return g["y"], "year"
        if kind == "ago":
            return self._ago(g)
        if kind == "deictic":
            return self._deictic(g["w"].lower())
        return g["y"], "year"

    def _last_month(self, word: str, month: int, m: re.Match) -> tuple[str, str] | None:
        if word in ("en", "in"):
            if m.group("m").lower() in ("mai", "may", "mar", "mars") and not m.group("m")[0].isupper() \
                    and word == "in":
                return None
            y = self.anchor(m.start(), m.end())
            return (f"{y}-{month:02d}", "month") if y else None
        if not self.pub_day:
            if self.pub_year is None:
                return None
            ref = date(self.pub_year, 12, 31)
        else:
            ref = self.pub_day
        y = ref.year if (word == "this" or month < ref.month) else ref.year - 1
        return f"{y}-{month:02d}", "month"

    def _ago(self, g: dict) -> tuple[str, str] | None:
        n_raw = (g.get("n1") or g.get("n2") or "").lower()
        unit = (g.get("u1") or g.get("u2") or "").lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBERS.get(n_raw)
        if n is None or unit not in UNITS:
            return None
        days = n * UNITS[unit]
        if self.pub_day:
            d = self.pub_day - timedelta(days=days)
            if days < 30:
                return _day(d.year, d.month, d.day), "day"
            return f"{d.year}-{d.month:02d}", "month"
        if self.pub_year and days >= 365:
            return str(self.pub_year - days // 365), "year"
        return None

    def _deictic(self, word: str) -> tuple[str, str] | None:
        if not self.pub_day:
            return None
        shift = {"hier": -1, "yesterday": -1, "avant-hier": -2, "demain": 1, "tomorrow": 1}.get(word, 0)
        d = self.pub_day + timedelta(days=shift)
        return _day(d.year, d.month, d.day), "day"


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date of `text`, longest match first, resolved against `published` where needed."""
    years = [(m.start(), int(m.group(1)))
             for m in re.finditer(r"(?<![\w/-])(1[89]\d\d|20\d\d)(?![\w/])", text)]
    res = _Resolver(text, published, years)
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = res.resolve(kind, m)
            if not value:
                continue
            taken.append((s, e))
            for v, precision in value if isinstance(value, list) else [value]:
                out.append(DateMention(s, e, text[s:e], v, precision))
    return sorted(out, key=lambda d: (d.start, d.value))
