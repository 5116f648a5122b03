"""The date a relation carries (DESIGN §2: dates with their precision).

In order, a relation takes:
1. a date of its own clause (the verb that governs its arguments: a date governed by another verb of the
   sentence tells when another fact happened);
2. the date of the same relation told elsewhere in the document with one ("Vigie porte plainte contre
   Norlek" in a title, "Vigie a déposé plainte en mai 2018 contre Norlek" in the body);
3. for a presence or a finding (attended, met, hosts, found_in), the month of the dated scene it happens
   at (the trade show dated earlier, then "au salon", "at the show"), else the latest date told earlier
   in its paragraph;
4. for a role (employed_by, represents), the year in view: the latest date told earlier in the same
   paragraph ("en mai 2017 … Paul Rivet, alors directeur"), else the dateline the text sits under
   (the publication date, or the "By X - Mar 3, 2012" line of an article quoted in it);
5. in an undated text, a fact of "aujourd'hui"/"today" takes the month of the scene the text opens on.
Other relations told without a date keep none: a sale or a complaint the text does not date is not
placed at the time of writing.
"""

from __future__ import annotations

import re

from enquete import model
from enquete.extract.clauses import common_ancestor, same_clause, token_at
from enquete.extract.dates import datelines
from enquete.extract.events import Scenes, sentence_dates
from enquete.extract.relations import Sent

NOW = re.compile(r"(?<!\w)(?:aujourd['’]hui|today)(?!\w)", re.I)
AT_SCENE = {"attended", "met", "hosts", "found_in"}
ROLES = {"employed_by", "represents"}


#: Extractors of facts that a date bounds from above: a company that stopped selling somewhere (supply.py)
#: sold there at some time up to the stop ("/2020-10"), not at the stop.
UP_TO = ("stopped:",)


def date_relations(rels: list[model.Relation], sents: list[Sent], doc: model.Document,
                   by_id: dict[str, model.Mention]) -> None:
    """Date the relations of the document, in place: the date of the clause that governs a relation's
    arguments replaces the one found near its trigger; undated ones then take one from the context; a
    date that only bounds the fact (UP_TO) becomes the end of an interval open at its start."""
    by_sent = _sentence_of(rels, sents)
    for r in rels:
        own = _clause_date(r, by_sent[id(r)]) if id(r) in by_sent else None
        if own is not None:
            r.date, r.precision = own.value, own.precision
    _share_dates(rels, by_sent, by_id)
    scenes, paragraph_dates, scene_of = Scenes(doc), _ParagraphDates(doc), {}
    for s in sents:
        scene = scenes.step(s)
        scene_of[s.start] = (scene, paragraph_dates.before(s))
        paragraph_dates.add(s, scene[1][0] if scene is not None else None)
    setting = _settings(sents, doc)
    for r in rels:
        sent = by_sent.get(id(r))
        if r.date or sent is None:
            continue
        if sent.start in setting and r.predicate not in ROLES:
            r.date, r.precision = setting[sent.start]
            continue
        scene, earlier = scene_of[sent.start]
        when = scene[1] if r.predicate in AT_SCENE and scene is not None else None
        if when is None and r.predicate in AT_SCENE and earlier:
            when = earlier, "day" if len(earlier) == 10 else "month" if len(earlier) == 7 else "year"
        if when is None and r.predicate in ROLES:
            when = (earlier or reference_date(doc, sent.start, sents) or "")[:4], "year"
        if when is None and not doc.published and NOW.search(doc.text, sent.start, sent.end):
            now = reference_date(doc, sent.start, sents) or ""  # "aujourd'hui" in an undated text
            when = now[:7], "month" if len(now) >= 7 else "year"
        if when and when[0]:
            r.date, r.precision = when  # type: ignore[assignment]
    for r in rels:
        if r.extractor.startswith(UP_TO) and r.date and not r.date.startswith("/"):
            r.date, r.precision = f"/{r.date.split('/')[-1]}", "interval"


def _settings(sents: list[Sent], doc: model.Document) -> dict[int, tuple[str, str]]:
    """Sentence start -> the date set by the sentence just before it in its paragraph when that one tells
    only a time, no actor ("Tout a commencé en juillet 2019. La GFF ... a déposé une plainte")."""
    out: dict[int, tuple[str, str]] = {}
    for prev, sent in zip(sents, sents[1:]):
        same_para = "\n" not in doc.text[prev.start:sent.start]
        if same_para and len(prev.dates) == 1 and not prev.mentions and len(prev.span) <= 12:
            out[sent.start] = (prev.dates[0].value, prev.dates[0].precision)
    return out


def _share_dates(rels: list[model.Relation], by_sent: dict[int, Sent],
                 by_id: dict[str, model.Mention]) -> None:
    """An undated relation takes the date of the same fact dated elsewhere: the same relation told again
    in the document, or the same act with coordinated arguments in its sentence ("Vigie et Orbis
    portent plainte contre X": one complaint)."""
    def name(mid: str) -> str:
        return by_id[mid].cluster or by_id[mid].text

    def keys(r: model.Relation) -> list[tuple]:
        at = by_sent[id(r)].start if id(r) in by_sent else -1
        return [(name(r.subject), r.predicate, name(r.object)), (at, r.predicate, "object", name(r.object)),
                (at, r.predicate, "subject", name(r.subject))]

    for level in range(3):
        known: dict[tuple, tuple[str, str | None]] = {}
        for r in rels:
            if r.date:
                known.setdefault(keys(r)[level], (r.date, r.precision))
        for r in rels:
            if not r.date and keys(r)[level] in known:
                r.date, r.precision = known[keys(r)[level]]  # type: ignore[assignment]


def _sentence_of(rels: list[model.Relation], sents: list[Sent]) -> dict[int, Sent]:
    out = {}
    for r in rels:
        for s in sents:
            if s.start <= r.evidence.start < s.end:
                out[id(r)] = s
                break
    return out


def _clause_date(r: model.Relation, sent: Sent) -> model.DateMention | None:
    """A date of the sentence in the clause that governs the relation's arguments."""
    if not sent.dates:
        return None
    sdoc = sent.span.doc
    toks = [t for m in sent.mentions if m.id in (r.subject, r.object)
            if (t := token_at(sdoc, m.start, m.end)) is not None]
    if not toks:
        return None
    anchor = toks[0] if len(toks) == 1 else common_ancestor(toks[0], toks[1])
    own = [d for d in sent.dates if same_clause(sdoc, anchor, d.start, d.end)]
    return min(own, key=lambda d: abs(d.start - anchor.idx)) if own else None


class _ParagraphDates:
    """The dates told so far in the current paragraph (a paragraph ends at a line break), a dated scene
    it happens at counting as told."""

    def __init__(self, doc: model.Document) -> None:
        self.doc = doc
        self.para_start = -1
        self.dates: list[str] = []

    def _para(self, sent: Sent) -> int:
        return self.doc.text.rfind("\n", 0, sent.start) + 1

    def before(self, sent: Sent) -> str | None:
        """The latest date told before `sent` in its paragraph."""
        if self._para(sent) != self.para_start or not self.dates:
            return None
        return self.dates[-1].split("/")[-1]

    def add(self, sent: Sent, scene: str | None = None) -> None:
        """Record the dates of `sent`, or the date of the scene it happens at when it tells none."""
        para = self._para(sent)
        if para != self.para_start:
            self.para_start, self.dates = para, []
        self.dates.extend(d.value for d in sentence_dates(sent, self.doc))
        if scene and not sent.dates:
            self.dates.append(scene)


def reference_date(doc: model.Document, pos: int, sents: list[Sent]) -> str | None:
    """The date the text at `pos` is written at: the dateline it sits under ("By X - Mar 3, 2012" quoted
    in a later article), else the publication date, else the first date given to the month or day in the
    document (an undated article opens on the scene it reports)."""
    for start, end, day in datelines(doc.text):
        if start <= pos < end:
            return day.isoformat()
    if doc.published:
        return doc.published
    return next((d.value for s in sents for d in s.dates if len(d.value.split("/")[0]) >= 7), None)
