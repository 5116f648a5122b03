"""Dates in French and English text: a regular grammar, resolved to YYYY, YYYY-MM, YYYY-MM-DD or A/B.

Covered: "18 juin 2013", "November 4, 2011", "Nov 4, 2011", "2011-02-17", "17/02/2011"; month-year
("en novembre 2013", "in March 2012"); years ("en 2012", "in 2009", "2012"); two years ("in 2010 and 2011",
"en 2010 et 2011": the span they bound); ranges ("du 17 au 20
novembre 2015", "from 14 to 17 November 2023", "between 2007 and 2011", "de 2007 à 2011"); "fin 2011",
"début 2010", "mi-2012", "early 2010", "late 2011" (precision year: the text does not say which
month); "ces huit dernières années", "over the past eight years" (an interval up to the time of writing).
A day or month without a year ("le 17 février", "en novembre") takes the nearest explicit year before
it in its paragraph, else after it in the same sentence, else the year of the same month named earlier
with a year, else the nearest year before it (when that year came with a later month, "in December
2024 … In February", the last such month before the day of writing, if later), else the year of writing; a
weekday named with it
("jeudi 8 mars") picks a year where the day falls on that weekday.
Relative dates ("hier", "aujourd'hui", "il y a quinze jours", "yesterday", "two weeks ago", "last
March", "in late March", "fin mars", "depuis mai", "last month", "le mois dernier", "last year", "l'an
dernier", "5 July last year", "ce mardi", "mardi dernier", "next Tuesday", and in English news "on
Tuesday", the one just gone) count from the day of writing; "the same year" / "la même année" is the last
year written before it, "the following year" / "l'année suivante" / "two years later" counts from it: the dateline of an
article quoted inside the text ("By A - Mar 3, 2012") for the paragraph under it, else the publication
date (only when that date is precise enough); "deux jours plus tard", "le lendemain", "two days later",
"the next day" count from the day told just before. "25 et 27 juin 2013" gives both days. Weekday names alone
("mardi", "Tuesday") are never dates.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

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
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
UNITS = {"jour": 1, "jours": 1, "day": 1, "days": 1, "semaine": 7, "semaines": 7, "week": 7, "weeks": 7,
         "mois": 30, "month": 30, "months": 30, "an": 365, "ans": 365, "année": 365, "années": 365,
         "year": 365, "years": 365}

MON = r"(?P<{0}>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<{0}>1[89]\d\d|20\d\d)"
DAY = r"(?P<{0}>[0-3]?\d)(?:er|st|nd|rd|th)?"
B, E = r"(?<![\w-])", r"(?![\w])"
WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
ON_WD = r"(?:" + WD + r",?\s+)?"  # "jeudi 8 mars", "Thursday, March 8": the weekday picks the year
LAST_YEAR = r"(?P<ly>last\s+year|(?:de\s+)?l'an\s+(?:dernier|passé)|(?:de\s+)?l'année\s+(?:dernière|passée))"

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
    ("year_pair", r"(?:en|in|during|pendant)\s+" + YEAR.format("y1") + r"\s+(?:et|and|&)\s+(?:(?:en|in)\s+)?"
     + YEAR.format("y2")),
    ("dmy_pair", DAY.format("d1") + r"\s+(?:et|and|&)\s+" + DAY.format("d2") + r"\s+" + MON.format("m")
     + r"(?:\s+" + YEAR.format("y") + ")?"),
    ("dmy", ON_WD + DAY.format("d") + r"\s+" + MON.format("m") + r"(?:,?\s+(?:" + YEAR.format("y") + "|"
     + LAST_YEAR + "))?"),
    ("mdy", ON_WD + MON.format("m") + r"\s+" + DAY.format("d") + r"(?:,?\s+(?:" + YEAR.format("y") + "|"
     + LAST_YEAR + "))?"),
    ("my", r"(?:(?P<q>début|fin|mi|early|late|mid)[\s-]+)?" + MON.format("m") + r"\s+(?:de\s+l'année\s+)?"
     + YEAR.format("y")),
    ("last_month", r"(?:(?P<w>last|this|en|in|depuis|since)\s+(?:(?:late|early|mid|fin|début|mi)[\s-]+)?"
     r"|(?P<q>fin|début|mi|late|early|mid)[\s-]+)" + MON.format("m") + r"(?!\s+\d)"),
    ("rel_month", r"(?P<w>last|this|next)\s+month|le\s+mois\s+(?P<w2>dernier|prochain)|ce\s+mois-ci"),
    ("rel_year", r"(?P<w>last|this|next)\s+year|l'an\s+(?P<w2>dernier|passé|prochain)"
     r"|l'année\s+(?P<w3>dernière|passée|prochaine)|cette\s+année(?!-là)"),
    ("same_year", r"(?:the\s+same|that)\s+year|la\s+même\s+année|cette\s+année-là"),
    ("later_year", r"the\s+(?:following|next)\s+year|l'année\s+(?:suivante|d'après)|(?P<n1>\w+)\s+years?\s+later"
     r"|(?P<n2>\w+)\s+ans\s+plus\s+tard|un\s+an\s+plus\s+tard"),
    ("qual_y", r"(?P<q>début|fin|mi|early|late|mid|courant|automne|printemps|été|hiver|spring|summer|autumn"
     r"|fall|winter)[\s-]+(?:de\s+l'année\s+|d'année\s+)?" + YEAR.format("y")),
    ("past_years", r"(?:(?:ces|les)\s+(?P<n1>\d+|\w+)\s+(?:dernières\s+années|derniers\s+ans)"
     r"|(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<n2>\d+|\w+)\s+years"
     r"|depuis\s+(?P<n3>\d+|\w+)\s+ans)"),
    ("weekday", r"(?:(?P<w1>ce|this|last|next)\s+" + WD + r"|" + WD.replace("wd", "wd2")
     + r"\s+(?P<w2>dernier|prochain)|(?P<w3>on)\s+" + WD.replace("wd", "wd3") + r"(?!,?\s+\w+\s+\d))"),
    ("ago", r"(?:il\s+y\s+a\s+(?P<n1>\d+|\w+)\s+(?P<u1>jours?|semaines?|mois|ans|années?)"
     r"|(?P<n2>\d+|\w+)\s+(?P<u2>days?|weeks?|months?|years?)\s+ago)"),
    ("deictic", r"(?P<w>hier|avant-hier|aujourd'hui|aujourd’hui|demain|yesterday|today|tomorrow)"),
    ("year", YEAR.format("y")),
]]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _pub(published: str | None) -> tuple[int | None, date | None, date | None]:
    """Publication year, the first of its month when the month is given, and its day when given to the day."""
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published or "")
    if not m:
        return None, None, None
    y = int(m.group(1))
    month = date(y, int(m.group(2)), 1) if m.group(2) else None
    return y, month, date(y, int(m.group(2)), int(m.group(3))) if m.group(3) else None


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _day(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


DATELINE = re.compile(r"^(?:By|Par|Publié|Published|Posted|Updated|Mis à jour)\b[^\n]{0,120}$", re.M | re.I)
NONSPACE = re.compile(r"\S")
SENTENCE_END = re.compile(r"[.!?\n]")
DATED_MONTH = re.compile(B + MON.format("m") + r"\s+(?:[0-3]?\d,?\s+)?(?:de\s+l'année\s+)?"
                         + YEAR.format("y") + E, re.I)


@lru_cache(maxsize=16)
def datelines(text: str) -> list[tuple[int, int, date]]:
    """(start, end, day) of each byline or publication line that gives a full date ("By A & B - Mar 3,
    2012", "Publié le 14 juin 2022"): the text from that line to the end of the paragraph after it was
    written on that day (an article quoted inside another keeps its own date). Cached: every relation of
    a document asks for the same text's."""
    out = []
    for line in DATELINE.finditer(text):
        day = _explicit_day(line.group(0))
        if day is None:
            continue
        body = NONSPACE.search(text, line.end())
        nxt = body.start() if body else len(text)
        stop = text.find("\n", nxt)
        out.append((line.start(), stop if stop >= 0 else len(text), day))
    return out


def _explicit_day(line: str) -> date | None:
    for kind, rx in PATTERNS:
        if kind not in ("iso", "dmy_num", "dmy", "mdy"):
            continue
        for m in rx.finditer(line):
            g = m.groupdict()
            if g.get("y") and g.get("d"):
                y, mo = int(g["y"]), (int(g["m"]) if g["m"].isdigit() else _month(g["m"]))
                if _valid(y, mo, int(g["d"])):
                    return date(y, mo, int(g["d"]))
    return None


class _Resolver:
    """Turns one match into (value, precision), or None when it is not a date."""

    def __init__(self, text: str, published: str | None, years: list[tuple[int, int]]):
        self.text = text
        self.pub_year, self.pub_month, self.pub_day = _pub(published)
        self.years = years  # (offset, year) of explicit years, in order
        self.months = [(m.start(), _month(m.group("m")), int(m.group("y")))
                       for m in DATED_MONTH.finditer(text)]
        self.lines = datelines(text)

    def ref_day(self, pos: int) -> date | None:
        """The day the text at `pos` was written: its dateline's, else the publication day."""
        for start, end, day in self.lines:
            if start <= pos < end:
                return day
        return self.pub_day

    def ref_year(self, pos: int) -> int | None:
        day = self.ref_day(pos)
        return day.year if day else self.pub_year

    def anchor(self, pos: int, end: int, month: int | None = None) -> int | None:
        """The year of a date written without one: the nearest explicit year before it in its paragraph,
        else just after it in the same sentence, else the year of the same month named earlier with a
        year ("en novembre 2013" … "en novembre"), else the nearest explicit year before it (within 1500
        chars; when that year came with a later month, "in December 2024 … In February", the last such
        month before the text was written, if that is later), else the year of its dateline or publication."""
        para = self.text.rfind("\n", 0, pos) + 1
        before = [y for off, y in self.years if para <= off < pos]
        if before:
            return before[-1]
        stop = SENTENCE_END.search(self.text, end)
        limit = stop.start() if stop else end + 200
        after = [y for off, y in self.years if end <= off < limit]
        if after:
            return after[0]
        same = [y for off, mo, y in self.months if off < pos and mo == month]
        if same:
            return same[-1]
        before = [y for off, y in self.years if pos - 1500 <= off < pos]
        if not before:
            return self.ref_year(pos)
        last = next(((mo, y) for off, mo, y in reversed(self.months) if off < pos), None)
        written = self.ref_day(pos) or self.pub_month
        if month and last and last[1] == before[-1] and last[0] > month and written:
            # "acquired in December 2024. In February, …": a February after it, the last one before writing
            recent = written.year if month <= written.month else written.year - 1
            if recent > last[1]:
                return recent
        return before[-1]

    def day_year(self, m: re.Match, month: int, day: int) -> int | None:
        """The year of a day written without one; a weekday named with it ("jeudi 8 mars") picks,
        among the years in view, one where that day falls on that weekday."""
        y = self.anchor(m.start(), m.end(), month)
        wd = m.groupdict().get("wd")
        if not wd or y is None:
            return y
        ref = self.ref_year(m.start())
        for cand in dict.fromkeys(c for c in (y, ref, ref and ref + 1, ref and ref - 1, y + 1, y - 1) if c):
            if _valid(cand, month, day) and date(cand, month, day).weekday() == WEEKDAYS[wd.lower()]:
                return cand
        return y

    def resolve(self, kind: str, m: re.Match) -> tuple[str, str] | list[tuple[str, str]] | None:
        g = m.groupdict()
        month = _month(g["m"]) if g.get("m") and not g["m"].isdigit() else None

        def year(key: str) -> int | None:
            return int(g[key]) if g.get(key) else self.anchor(m.start(), m.end(), month)
        if kind in ("iso", "dmy_num"):
            yi, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
            return (_day(yi, mo, d), "day") if _valid(yi, mo, d) else None
        if kind in ("range_dm", "range_md"):
            y, mo = year("y"), _month(g["m"])
            d1, d2 = int(g["d1"]), int(g["d2"])
            if y is None or not (_valid(y, mo, d1) and _valid(y, mo, d2)) or d1 >= d2:
                return None
            return f"{_day(y, mo, d1)}/{_day(y, mo, d2)}", "interval"
        if kind in ("range_y", "range_y_dash"):
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (f"{y1}/{y2}", "interval") if y1 < y2 <= y1 + 60 else None
        if kind == "year_pair":  # "exported in 2010 and 2011": done over both years, the span they bound
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (f"{y1}/{y2}", "interval") if y1 < y2 <= y1 + 10 else None
        if kind == "dmy_pair":
            y, mo = year("y"), _month(g["m"])
            days = [int(g["d1"]), int(g["d2"])]
            if y is None or not all(_valid(y, mo, d) for d in days):
                return None
            return [(_day(y, mo, d), "day") for d in days]
        if kind in ("dmy", "mdy"):
            mo, d = _month(g["m"]), int(g["d"])
            ref = self.ref_year(m.start())
            y = int(g["y"]) if g.get("y") else (ref - 1 if ref else None) if g.get("ly") else self.day_year(m, mo, d)
            if y is None or not _valid(y, mo, d) or (kind == "mdy" and g["m"].lower() in ("may", "mar")
                                                      and not g.get("y") and not m.group(0)[0].isupper()):
                return None
            return _day(y, mo, d), "day"
        if kind == "my":
            return f"{int(g['y'])}-{_month(g['m']):02d}", "month"
        if kind == "last_month":
            word = (g.get("w") or "en").lower()
            return self._last_month("en" if word in ("depuis", "since") else word, _month(g["m"]), m)
        if kind == "rel_month":
            return self._rel_month((g.get("w") or g.get("w2") or "this").lower(), m.start())
        if kind == "rel_year":
            ref = self.ref_year(m.start())
            word = (g.get("w") or g.get("w2") or g.get("w3") or "this").lower()
            shift = -1 if word in ("last", "dernier", "passé", "dernière", "passée") else \
                1 if word in ("next", "prochain", "prochaine") else 0
            return (str(ref + shift), "year") if ref else None
        if kind == "same_year":
            before = [y for off, y in self.years if off < m.start()]
            return (str(before[-1]), "year") if before else None
        if kind == "later_year":  # "the following year", "deux ans plus tard": from the last year written
            before = [y for off, y in self.years if off < m.start()]
            word = g.get("n1") or g.get("n2")
            n = _count(word) if word else 1
            return (str(before[-1] + n), "year") if before and n is not None else None
        if kind == "qual_y":
            return g["y"], "year"
        if kind == "ago":
            return self._ago(g, m.start())
        if kind == "past_years":
            return self._past_years(g, m.start())
        if kind == "weekday":
            return self._weekday(g, m.start())
        if kind == "deictic":
            return self._deictic(g["w"].lower(), m.start())
        return g["y"], "year"

    def _last_month(self, word: str, month: int, m: re.Match) -> tuple[str, str] | None:
        if word in ("en", "in"):
            if m.group("m").lower() in ("mai", "may", "mar", "mars") and not m.group("m")[0].isupper() \
                    and word == "in":
                return None
            y = self.anchor(m.start(), m.end(), month)
            return (f"{y}-{month:02d}", "month") if y else None
        ref = self.ref_day(m.start())
        if ref is None:
            if self.pub_year is None:
                return None
            ref = date(self.pub_year, 12, 31)
        y = ref.year if (word == "this" or month < ref.month) else ref.year - 1
        return f"{y}-{month:02d}", "month"

    def _rel_month(self, word: str, pos: int) -> tuple[str, str] | None:
        """"last month", "le mois dernier", "this month", "next month": from the day of writing."""
        ref = self.ref_day(pos)
        if ref is None:
            return None
        n = ref.year * 12 + ref.month - 1 + {"last": -1, "dernier": -1, "next": 1, "prochain": 1}.get(word, 0)
        return f"{n // 12}-{n % 12 + 1:02d}", "month"

    def _ago(self, g: dict, pos: int) -> tuple[str, str] | None:
        n, unit = _count(g.get("n1") or g.get("n2")), (g.get("u1") or g.get("u2") or "").lower()
        if n is None or unit not in UNITS:
            return None
        days = n * UNITS[unit]
        ref = self.ref_day(pos)
        if ref:
            d = ref - timedelta(days=days)
            if days < 30:
                return _day(d.year, d.month, d.day), "day"
            return f"{d.year}-{d.month:02d}", "month"
        if self.pub_year and days >= 365:
            return str(self.pub_year - days // 365), "year"
        return None

    def _past_years(self, g: dict, pos: int) -> tuple[str, str] | None:
        """"ces huit dernières années", "over the past eight years": from that many years back to the
        time of writing (in an undated text, the year of the first month it names)."""
        n, y = _count(g.get("n1") or g.get("n2") or g.get("n3")), self.ref_year(pos)
        y = y or next((year for _, _, year in self.months), None)  # undated: the year of its first scene
        return (f"{y - n}/{y}", "interval") if n and y and n <= 60 else None

    def _weekday(self, g: dict, pos: int) -> tuple[str, str] | None:
        """"ce mardi", "this Tuesday" (the one of the week of writing), "mardi dernier", "last Tuesday"
        (the one before), "mardi prochain", "next Tuesday" (the one after)."""
        ref = self.ref_day(pos)
        if ref is None:
            return None
        word = (g.get("w1") or g.get("w2") or g.get("w3") or "").lower()
        shift = (WEEKDAYS[(g.get("wd") or g.get("wd2") or g.get("wd3") or "").lower()] - ref.weekday()) % 7
        if word == "on":  # "Apple on Tuesday sued": news tells the days of the week just gone
            shift = shift - 7 if shift else 0
        elif word in ("last", "dernier"):
            shift = shift - 7 if shift else -7
        elif word in ("ce", "this"):
            shift = shift - 7 if shift > 3 else shift
        elif not shift:
            shift = 7
        d = ref + timedelta(days=shift)
        return _day(d.year, d.month, d.day), "day"

    def _deictic(self, word: str, pos: int) -> tuple[str, str] | None:
        ref = self.ref_day(pos)
        if not ref:
            return None
        shift = {"hier": -1, "yesterday": -1, "avant-hier": -2, "demain": 1, "tomorrow": 1}.get(word, 0)
        d = ref + timedelta(days=shift)
        return _day(d.year, d.month, d.day), "day"


def _count(word: str | None) -> int | None:
    word = (word or "").lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


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
    out.sort(key=lambda d: (d.start, d.value))
    return sorted(out + _shifted(text, out, taken), key=lambda d: (d.start, d.value))


SHIFT = re.compile(B + r"(?:(?P<n>\d+|\w+)\s+(?P<u>jours?|semaines?|days?|weeks?)\s+(?:plus\s+tard|later"
                   r"|auparavant|plus\s+tôt|earlier)|(?P<one>le\s+lendemain|la\s+veille"
                   r"|the\s+(?:next|following)\s+day|the\s+day\s+before))" + E, re.I)


def _shifted(text: str, dates: list[DateMention], taken: list[tuple[int, int]]) -> list[DateMention]:
    """Days counted from the day told just before: "deux jours plus tard", "two days later", "le
    lendemain", "the next day", "une semaine auparavant". Years and months counted back ("trois ans
    auparavant") are left alone: they count from the time of the story more often than from the date
    written just before."""
    out = []
    for m in SHIFT.finditer(text):
        before = [d for d in dates if d.end <= m.start()]
        if any(m.start() < te and ts < m.end() for ts, te in taken) or not before:
            continue
        base = before[-1].value.split("/")[-1]
        n = 1 if m.group("one") else _count(m.group("n"))
        if len(base) != 10 or not n:
            continue
        later = re.search(r"lendemain|next|following|plus\s+tard|later", m.group(0), re.I)
        d = date.fromisoformat(base) + timedelta(days=n * UNITS.get((m.group("u") or "day").lower(), 1)
                                                 * (1 if later else -1))
        out.append(DateMention(m.start(), m.end(), m.group(0), _day(d.year, d.month, d.day), "day"))
    return out
