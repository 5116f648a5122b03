"""Dated events: a sentence that carries a date becomes an event with the actors it names.

One event per (sentence, date); dates of one sentence that agree (2011 and 2011-02-17) give one event
with the most precise. The publication dateline ("Publié le 18 juin 2013") is not an event, nor is a line without a verb
(titles, captions, lists of links).
"""

from __future__ import annotations

import logging
import re

from enquete import model
from enquete.extract.relations import Sent, evidence

log = logging.getLogger(__name__)
PARTICIPANTS = ("Person", "Company", "Organization", "PublicBody", "Country", "Product", "Event", "Law")
DATELINE = re.compile(r"publi[ée]|mis à jour|mise à jour|published|updated|posted|\d{1,2}h\d{2}|\d{1,2}:\d{2}",
                      re.I)
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
    return bool(pub) and date.start < 400 and date.value[:len(pub)] == pub and len(text) < 120


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


def extract_events(sents: list[Sent], doc: model.Document, rels: list[model.Relation]) -> list[model.Event]:
    """Events of the document, in text order."""
    by_id = {m.id: m for s in sents for m in s.mentions}
    out = []
    for sent in sents:
        parts = []
        for m in sent.mentions:
            if m.type in PARTICIPANTS and m.id not in parts:
                parts.append(m.id)
        if not parts or not any(tok.pos_ in ("VERB", "AUX") for tok in sent.span):
            continue  # titles, captions and link lists are not events
        for d in sentence_dates(sent, doc):
            out.append(model.Event(
                date=d.value, precision=d.precision, description=describe(sent, doc, rels, by_id),
                participants=parts, evidence=evidence(doc, sent, d.start, d.end)))
    return out
