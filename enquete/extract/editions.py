"""Editions of recurring events: which occurrence (its year) a mention of a trade show refers to (pure).

A trade show is a series (Milipol, ISS World); what people attend, exhibit at or meet at is one edition
(Milipol Paris 2013), while organisers and hosts stand behind the series. A mention is of a recurring event
when the gazetteer marks its entry `recurring`, or when its own words say salon/show/fair/exhibition/
expo/conference. Its `edition` is decided from general signals, first that applies:

1. a year written with the name: in it ("JO 2024", "Milipol2023": a known name glued to a year, as in a
   hashtag or a photo credit, is a mention of that edition even where the NER saw none), right after it
   ("salon Milipol de 2013", "Milipol 2021", "Eurosatory en 2018"), or before it ("the 2019 edition of
   ISS World", "l'édition 2019 du salon X"); a year written right after the name is part of the
   edition's name, so the span takes it in;
2. "édition de X" / "edition of X" (the word says one occurrence): the date nearest in the mention's clause;
3. a date of a month or a day in the mention's clause ("Du 14 au 17 novembre 2023 s'est tenu le salon X");
4. a clause about the series itself (organisers, hosts, recurrence: "organisé sous l'égide de", "hosted
   by", "tous les deux ans", "comme chaque année") stays with the series;
5. otherwise the document's edition: the one edition of that series the document dates (by 1 to 3, dated
   ones first), an announced one left out ("la prochaine édition", a date after publication), unless the
   clause gives a year of its own.

A bare year elsewhere in the clause ("En 2017, un stand … à Milipol", "depuis 2011") gives no edition by
itself: it often frames a period, and a series-level mention is only a missed refinement where a wrong
edition would link actors to a show they did not attend. Only dates that write their year count: a month
alone ("en novembre") takes its year from the context, which may be another edition's. A clause is the
line of a sentence without its parenthetical remarks, or the parenthesis the mention stands in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from enquete.extract.names import Entry, fold
from enquete.model import DateMention, Document, Mention

YEAR = r"(?:19|20)\d\d"
SHOW_WORDS = re.compile(r"\b(?:salons?|show|exhibition|fair|foire|expo|exposition|conf[ée]rences?|congr[èe]s"
                        r"|congress|summit|sommet|forum)\b", re.I)
_IN_NAME = re.compile(rf"(?<![\d])({YEAR})(?![\d])")
_ATTACHED = re.compile(rf"(?:\s?|\s+(?:de|d['’]|of)\s+)({YEAR})(?![\w/-])")
_LOOSE = re.compile(rf"(?:\s+(?:en|in)\s+|['’]s\s+|\s+(?:de|d['’]|of)\s+[A-ZÉ][\w-]+\s+)({YEAR})(?![\w/-])")
_DET = r"(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)"
_BEFORE = re.compile(rf"(?:\b(?:the|le|la|l['’])\s*({YEAR})\s+"
                     rf"(?:edition\s+of\s+(?:the\s+)?|éditions?\s+{_DET})?"
                     rf"|\b(?:édition|edition)\s+({YEAR})\s+{_DET})(?:salon\s+|show\s+)?$", re.I)
_EDITION_OF = re.compile(rf"\b(?:édition|edition)\s+(?:\w+\s+)?{_DET}(?:salon\s+|show\s+)?$", re.I)
_UPCOMING = re.compile(r"\b(?:prochaine?|next|upcoming|forthcoming)\s+(?:\w+\s+)?$", re.I)
SERIES_CUES = re.compile(
    r"\b(?:organis[ée]e?s?\s+(?:par|sous)|sous\s+l['’][ée]gide|accueill\w*|se\s+(?:tient|déroule|tiennent)\s+"
    r"(?:chaque|tous|toutes|les\s+ann[ée]es)|chaque\s+(?:ann[ée]e|[ée]dition)|tous\s+les\s+(?:ans|deux\s+ans)"
    r"|toutes\s+les\s+[ée]ditions|de\s+nombreuses\s+[ée]ditions|une\s+fois\s+par\s+an|les\s+ann[ée]es\s+"
    r"(?:paires|impaires)|bisannuel\w*|biennale?s?|(?:salon|rendez-vous|[ée]v[ée]nement)\s+annuel"
    r"|depuis\s+sa\s+cr[ée]ation"
    r"|organi[sz]ed\s+by|hosted\s+by|hosts?|hosting|(?:takes\s+place|is\s+held|held)\s+(?:every|each|annually"
    r"|twice|in\s+(?:odd|even))|every\s+(?:year|two\s+years|other\s+year|edition)|each\s+(?:year|edition)"
    r"|many\s+editions|annual\s+(?:show|fair|exhibition|conference|gathering|event)|biennial"
    r"|(?:odd|even)[-\s](?:numbered\s+)?years|since\s+its\s+(?:creation|founding|launch))\b", re.I)


@dataclass(frozen=True)
class _Found:
    """An edition read from the text (rules 1 to 3): its year, whether a month or day dates it, whether
    the text announces it (not the occurrence the document reports on)."""

    year: str
    dated: bool = False
    announced: bool = False


def is_recurring(m: Mention, entry: Entry | None) -> bool:
    """A mention of an event held again and again: a recurring gazetteer entry, or an Event named as a
    show, fair, exhibition or conference."""
    if m.type != "Event":
        return False
    return entry.recurring if entry is not None and entry.type == "Event" else bool(SHOW_WORDS.search(m.text))


def without_year(text: str, year: str) -> str:
    """The series' name in an edition's name: "salon Milipol de 2013" -> "salon Milipol"."""
    out = re.sub(rf"(?:\s*\b(?:de|d['’]|of)\s+|\s*)(?<!\d){year}(?!\d)", "", text).strip(" ,-–")
    return out or text


def _base(text: str) -> str:
    year = _IN_NAME.search(text)
    return without_year(text, year.group(1)) if year else text


def entry_of(m: Mention, lookup: Callable[[str], Entry | None]) -> Entry | None:
    """The gazetteer entry of a mention's name, with or without the year written in it."""
    return lookup(m.text) or lookup(_base(m.text))


def series_key(m: Mention, lookup: Callable[[str], Entry | None]) -> str:
    """The series a mention names: its gazetteer entry, else its folded words without year or 'salon'."""
    entry = entry_of(m, lookup)
    if entry is not None:
        return fold(entry.name)
    return re.sub(r"^(?:le |la |l'|the )?(?:salon |show )?", "", fold(_base(m.text)))


def _after(value: str, published: str | None) -> bool:
    """`value` (a date) is later than the publication date, compared on what both give."""
    if not published:
        return False
    n = min(len(value), len(published))
    return value[:n] > published[:n]


def _dated(d: DateMention) -> bool:
    return len(d.value.split("/")[0]) >= 7  # a month or a day


def _years(d: DateMention) -> set[str]:
    ends = [int(p[:4]) for p in d.value.split("/") if p[:4].isdigit()]
    return {str(y) for y in range(min(ends), max(ends) + 1)} if ends else set()


class _Clauses:
    """Sentences cut into clauses: a parenthesis is its own clause, and no part of the sentence around it."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text, self.sentences = text, sorted(sentences)

    def of(self, pos: int) -> tuple[int, int, list[tuple[int, int]]]:
        """(start, end, holes) of the clause at `pos`; holes are the parentheses left out."""
        start, end = next(((s, e) for s, e in self.sentences if s <= pos < e), (0, len(self.text)))
        start = self.text.rfind("\n", start, pos) + 1 or start  # a title or a dateline is a clause
        newline = self.text.find("\n", pos, end)  # of its own, whatever the sentence splitter says
        end = end if newline == -1 else newline
        parens = [(start + p.start(), start + p.end())
                  for p in re.finditer(r"\([^()]*\)", self.text[start:end])]
        inner = [p for p in parens if p[0] <= pos < p[1]]
        if inner:
            return inner[0][0], inner[0][1], []
        return start, end, parens

    def words(self, pos: int) -> str:
        """The clause's own text (its parentheses blanked)."""
        start, end, holes = self.of(pos)
        chars = list(self.text[start:end])
        for a, b in holes:
            chars[a - start:b - start] = " " * (b - a)
        return "".join(chars)


class _Reader:
    """The signals around each mention of one document."""

    def __init__(self, doc: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                 dates: list[DateMention]) -> None:
        self.doc, self.text = doc, doc.text
        self.clauses = _Clauses(doc.text, sentences)
        spans = [(m.start, m.end) for m in mentions]
        self.dates = [d for d in dates if _IN_NAME.search(d.text)
                      and not any(s < d.end and d.start < e for s, e in spans)]

    def clause_dates(self, m: Mention) -> list[DateMention]:
        start, end, holes = self.clauses.of(m.start)
        return [d for d in self.dates
                if start <= d.start < end and not any(a <= d.start < b for a, b in holes)]

    def before(self, m: Mention) -> str:
        start = self.clauses.of(m.start)[0]
        return self.text[max(start, m.start - 60):m.start]

    def written(self, m: Mention) -> tuple[_Found, int] | None:
        """Rule 1: a year written with the name, and the end of the span that names the edition."""
        inside = _IN_NAME.search(m.text)
        if inside:
            return _Found(inside.group(1)), m.end
        after = _ATTACHED.match(self.text, m.end)
        if after:
            return _Found(after.group(1)), after.end()
        loose = _LOOSE.match(self.text, m.end)
        if loose:
            return _Found(loose.group(1)), m.end
        before = _BEFORE.search(self.before(m))
        if before:
            return _Found(before.group(1) or before.group(2)), m.end
        return None

    def dated(self, m: Mention) -> _Found | None:
        """Rules 2 and 3: 'édition de X' and the nearest date of its clause, else a month or day there."""
        dates = self.clause_dates(m)
        before = self.before(m)
        edition_of = _EDITION_OF.search(before)
        if not edition_of:
            dates = [d for d in dates if _dated(d)]
        if not dates:
            return None
        d = min(dates, key=lambda d: abs(d.start - m.start))
        announced = bool(edition_of and _UPCOMING.search(before[:edition_of.start()])) \
            or _after(d.value.split("/")[0], self.doc.published)
        return _Found(d.value[:4], _dated(d), announced)

    def about_series(self, m: Mention) -> bool:
        """Rule 4: the clause speaks of the series (who organises or hosts it, how often it is held)."""
        return bool(SERIES_CUES.search(self.clauses.words(m.start)))

    def other_year(self, m: Mention, year: str) -> bool:
        """The clause gives a year (alone) that is not `year`: the document's edition does not apply."""
        return any(year not in _years(d) for d in self.clause_dates(m))


def _document_edition(found: list[_Found]) -> str | None:
    """The one edition the document reports on: among the dated ones, else among all, never an announced
    one; None when the document names several."""
    reported = [f for f in found if not f.announced]
    for pool in ([f for f in reported if f.dated], reported):
        years = {f.year for f in pool}
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def glued(doc: Document, mentions: list[Mention], entries: dict[str, Entry]) -> list[Mention]:
    """Mentions of a recurring event's known name glued to a year ("#Milipol2023") that no mention covers."""
    names = sorted({n for e in entries.values() if e.recurring for n in e.names if not re.search(r"\d", n)},
                   key=len, reverse=True)
    if not names:
        return []
    rx = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))}){YEAR}(?!\w)", re.I)
    out = []
    for g in rx.finditer(doc.text):
        if not any(m.start < g.end() and g.start() < m.end for m in mentions):
            mid = Mention.make_id(doc.id, g.start(), g.end())
            out.append(Mention(mid, doc.id, g.start(), g.end(), g.group(), "Event", cluster=mid,
                               source="rule"))
    return out


def assign_editions(doc: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                    dates: list[DateMention], entries: dict[str, Entry]) -> list[Mention]:
    """The mentions, with those of names glued to a year, and `edition` set on the mentions of recurring
    events (a new span, and id, where a year written right after the name joins it); clusters follow."""
    def lookup(name: str) -> Entry | None:
        return entries.get(fold(name))

    mentions = sorted(mentions + glued(doc, mentions, entries), key=lambda m: (m.start, m.end))
    reader = _Reader(doc, sentences, mentions, dates)
    recurring = [m for m in mentions if is_recurring(m, entry_of(m, lookup))]
    found: dict[str, _Found] = {}
    ends: dict[str, int] = {}
    for m in recurring:
        written = reader.written(m)
        if written is not None:
            found[m.id], ends[m.id] = written
        elif (dated := reader.dated(m)) is not None:
            found[m.id] = dated
    by_series: dict[str, list[_Found]] = defaultdict(list)
    for m in recurring:
        if m.id in found:
            by_series[series_key(m, lookup)].append(found[m.id])
    for m in recurring:
        if m.id in found:
            m.edition = found[m.id].year
        elif not reader.about_series(m):
            year = _document_edition(by_series[series_key(m, lookup)])
            if year is not None and not reader.other_year(m, year):
                m.edition = year
    return _extend(doc, mentions, ends)


def _extend(doc: Document, mentions: list[Mention], ends: dict[str, int]) -> list[Mention]:
    """Mentions whose span takes in the year written after it get their new end and id."""
    renamed: dict[str, str] = {}
    out = []
    for m in mentions:
        end = ends.get(m.id, m.end)
        if end != m.end:
            new = replace(m, id=Mention.make_id(doc.id, m.start, end), end=end, text=doc.text[m.start:end])
            renamed[m.id] = new.id
            m = new
        out.append(m)
    for m in out:
        if m.cluster in renamed:
            m.cluster = renamed[m.cluster]
    return out
