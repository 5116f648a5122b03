"""Dated events: a sentence that carries a date becomes an event with the actors it names and those of the
facts read in it (a sale's seller the sentence calls "the company").

One event per (sentence, date); dates of one sentence that agree (2011 and 2011-02-17) give one event
with the most precise. The publication dateline ("Publié le 18 juin 2013") is not an event, nor is a line
without a verb (titles, captions, lists of links).
"""

from __future__ import annotations

import logging
import re

from enquete import model
from enquete.extract.clauses import token_at
from enquete.extract.nlp import text_of
from enquete.extract.relations import Sent, evidence

log = logging.getLogger(__name__)
PARTICIPANTS = ("Person", "Company", "Organization", "PublicBody", "Country", "Product", "Event", "Law")
DATELINE = re.compile(r"(?:publi[ée]e?|mise? à jour|published|updated|posted)\s*(?:le\b|on\b|:|\d)"
                      r"|\d{1,2}h\d{2}|\d{1,2}:\d{2}", re.I)  # "Publié le", not "a publié un rapport"
DEICTIC = re.compile(r"aujourd['’]hui|ce jour|ce matin|ce soir|today|this morning|tonight", re.I)
RANK = {"day": 3, "month": 2, "interval": 1, "year": 0}
MAX_DESC = 160


def is_dateline(sent: Sent, date: model.DateMention, doc: model.Document) -> bool:
    """The publication date line of the article (by its wording, or its place at the top)."""
    text = doc.text[sent.start:sent.end]
    if DATELINE.search(text) and len(text) < 200:
        return True
    if DEICTIC.fullmatch(date.text.strip()):
        return True  # "aujourd'hui": the day of writing, not an event of the story
    pub = doc.published or ""
    written = bool(re.search(r"\d{4}", date.text))  # "ce mardi" at the top is the story's day, not a dateline
    return bool(pub) and written and date.start < 400 and date.value[:len(pub)] == pub and len(text) < 120


def _compatible(a: str, b: str) -> bool:
    """Same date at the coarser precision; two days of one month ("les 25 et 27 juin") count as one."""
    a, b = a.split("/")[0][:7], b.split("/")[0][:7]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def sentence_dates(sent: Sent, doc: model.Document) -> list[model.DateMention]:
    """The distinct dates of a sentence, the most precise of each agreeing group, dateline excluded."""
    out: list[model.DateMention] = []
    for d in sorted(sent.dates, key=lambda d: -RANK.get(d.precision, 0)):
        if is_dateline(sent, d, doc):
            continue
        if not any(_compatible(d.value, o.value) for o in out):
            out.append(d)
    return sorted(out, key=lambda d: d.start)


def describe(sent: Sent, doc: model.Document, rels: list[model.Relation],
             by_id: dict[str, model.Mention]) -> str:
    """'<subject> <predicate> <object>' from a relation of the sentence, else the clause itself."""
    inside = [r for r in rels if sent.start <= r.evidence.start < sent.end]
    if inside:
        r = max(inside, key=lambda r: r.confidence)
        s, o = by_id.get(r.subject), by_id.get(r.object)
        if s and o:
            return f"{s.text} {r.predicate.replace('_', ' ')} {o.text}"
    text = " ".join(doc.text[sent.start:sent.end].split())
    return text if len(text) <= MAX_DESC else text[:MAX_DESC].rsplit(" ", 1)[0] + " …"


SCENE_WORDS = re.compile(r"\b(?:(?:le|du|au|dans le|sur le) salon|l['’]événement|(?:au|sur le) stand"
                         r"|(?:the|at the) (?:trade )?(?:show|fair|exhibition|expo)|the event"
                         r"|(?:at|on) (?:the|its|their) (?:stand|booth))\b", re.I)


SHOW = re.compile(r"salon|foire|exposition|show|fair|expo|exhibition|milipol|eurosatory|iss world", re.I)


def _scene_month(d: model.DateMention) -> tuple[str, str]:
    """The month (or year) of a scene's date: the days of a trade show are one scene."""
    v = d.value.split("/")[0]
    return (v[:7], "month") if len(v) >= 7 else (v[:4], "year")


def extract_events(sents: list[Sent], doc: model.Document, rels: list[model.Relation]) -> list[model.Event]:
    """Events of the document, in text order. A sentence without a date that points back to the time
    just told in its paragraph ("alors", "à l'époque", "then", "at the time") takes that date; one that
    happens at a dated scene (the trade show named with its dates: "le salon", "the show", or the event's
    name again) takes the scene's month."""
    by_id = {m.id: m for s in sents for m in s.mentions}
    out = []
    scenes = Scenes(doc)
    last, para = None, -1  # the latest date told in the paragraph ("alors", "à l'époque" point to it)
    for sent in sents:
        scene = scenes.step(sent)
        if (start := doc.text.rfind("\n", 0, sent.start)) != para:
            last, para = None, start
        dates = sentence_dates(sent, doc)
        facts = [d for d in dates if of_a_fact(sent, d)]
        if sent.dates:
            last = facts[-1] if facts else None
        parts = []
        for m in sent.mentions:
            if m.type in PARTICIPANTS and m.id not in parts:
                parts.append(m.id)
        parts += [a for a in facts_args(sent, rels, by_id) if a not in parts]
        if not parts or not any(tok.pos_ in ("VERB", "AUX") for tok in sent.span):
            continue  # titles, captions and link lists are not events
        for d in facts:
            out.append(model.Event(
                date=d.value, precision=d.precision, description=describe(sent, doc, rels, by_id),
                participants=parts, evidence=evidence(doc, sent, d.start, d.end)))
        if not sent.dates and last is not None and points_back(sent):
            out.append(model.Event(
                date=last.value, precision=last.precision, description=describe(sent, doc, rels, by_id),
                participants=parts, evidence=evidence(doc, sent, sent.start, sent.end)))
        elif not dates and not sent.dates and scene is not None:
            others = [p for p in parts if by_id[p].type != "Event"]
            if others:
                value, precision = scene[1]
                out.append(model.Event(
                    date=value, precision=precision,  # type: ignore[arg-type]
                    description=describe(sent, doc, rels, by_id),
                    participants=[scene[0].id, *others], evidence=evidence(doc, sent, sent.start, sent.end)))
    return told_once(out, by_id)


def facts_args(sent: Sent, rels: list[model.Relation], by_id: dict[str, model.Mention]) -> list[str]:
    """The actors of the facts read in the sentence, named there or before it: "ICE signed a contract
    with the company" takes the company the sentence's sale points to."""
    out: list[str] = []
    for r in rels:
        if r.evidence.start >= sent.start and r.evidence.end <= sent.end:
            out += [a for a in (r.subject, r.object, r.product)
                    if a and a in by_id and by_id[a].type in PARTICIPANTS and a not in out]
    return out


def of_a_fact(sent: Sent, d: model.DateMention) -> bool:
    """Whether the date tells when something happened: a verb stands in its part of the sentence (the
    stretch between colons, brackets and parentheses), not a bare heading ("Texte de l'entretien du 4
    mai 2012 : [...]", "Jeux 2030 : ...") nor a verbless aside ("(film d'A. Morel, 2014, 52 min)")."""
    text = text_of(sent.span.doc)
    lo = max(text.rfind(c, sent.start, d.start) for c in SEGMENT) + 1
    lo = max(lo, sent.start)
    hi = min([i for c in SEGMENT if (i := text.find(c, d.end, sent.end)) >= 0] or [sent.end])
    return any(t.pos_ in ("VERB", "AUX") for t in sent.span if lo <= t.idx < hi and t.idx + len(t) <= hi)


SEGMENT = ":;()[]"


def told_once(events: list[model.Event], by_id: dict[str, model.Mention]) -> list[model.Event]:
    """One event per fact: the same date with the same actors, told again later in the document
    ("les propos tenus par X devant Y en mars 2012", repeated), is the first telling."""
    seen, out = set(), []
    for e in events:
        actors = frozenset(by_id[p].cluster or by_id[p].text for p in e.participants
                           if by_id[p].type != "Event")
        key = (e.date, actors)
        if actors and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


THEN = re.compile(r"(?<!\w)(?:alors(?!\s+même)|à l['’]époque|à cette époque|ce jour-là"
                  r"|le même jour|then|at the time|at that time|that day|the same day)(?!\w)", re.I)


def points_back(sent: Sent) -> bool:
    """Whether the sentence places itself at the time just told: "à l'époque, X a dit", "Y révèle alors
    que", not "X (alors ministre)", "X, then the head of Y" (a role as it was, not the time of the
    sentence), nor ", alors que" (whereas)."""
    text = text_of(sent.span.doc)
    for hit in THEN.finditer(text, sent.start, sent.end):
        if " " in hit.group(0):
            return True
        tok = token_at(sent.span.doc, hit.start(), hit.end())
        if tok is None or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        after_verb = tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX")
        if after_verb or not re.match(r"\s+qu", text[hit.end():]):
            return True
    return False


Scene = tuple[model.Mention, tuple[str, str]]  # the event, and its (month or year, precision)


class Scenes:
    """The dated scenes of a document, read sentence by sentence: an event named with a month or days
    opens a scene; a later sentence that names the event again, or says "le salon", "au stand", "the
    show" after a trade show was dated (outside parentheses), happens at that scene."""

    def __init__(self, doc: model.Document) -> None:
        self.doc = doc
        self.open: dict[str, Scene] = {}

    def step(self, sent: Sent) -> Scene | None:
        """The scene `sent` happens at (after the scenes it opens itself)."""
        named = [m for m in sent.mentions if m.type == "Event"]
        opened = _new_scene(self.open.get(_key(named[0])) if named else None, named,
                            sentence_dates(sent, self.doc))
        if opened is not None:
            self.open[_key(opened[0])] = opened
            text, at = self.doc.text, opened[0].start
            aside = text.rfind("(", sent.start, at) > text.rfind(")", sent.start, at)
            if not aside and SHOW.search(text, max(sent.start, at - 30), opened[0].end):
                self.open["show"] = opened  # not an edition named in an aside: "(la prochaine … en 2019)"
        for m in named:
            if _key(m) in self.open:
                return self.open[_key(m)]
        if SCENE_WORDS.search(self.doc.text, sent.start, sent.end):
            return self.open.get("show")
        return None


def _new_scene(scene: Scene | None, named: list[model.Mention],
               dates: list[model.DateMention]) -> Scene | None:
    """A dated event opens a scene: a month or days (not a year, not a year inside its own name, as in
    "JO 2024"); the same event dated again in the same month of another year keeps its first date (a bare
    "en novembre" read against the wrong year)."""
    for d in dates:
        if d.precision == "year" or any(m.start <= d.start < m.end for m in named):
            continue
        for ev in named:
            key = ev.cluster or ev.text.lower()
            if scene is not None and (scene[0].cluster or scene[0].text.lower()) == key \
                    and scene[1][0][4:7] == _scene_month(d)[0][4:7]:
                return None
            return ev, _scene_month(d)
    return None


def _key(m: model.Mention) -> str:
    return m.cluster or m.text.lower()
