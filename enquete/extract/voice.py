"""The article's own voice: who wrote it (bylines) and who "nous" / "we" are.

A byline names the authors and, often, the outlet or programme they write for: "By A & B",
"Par A et B", "Un document de A et B pour O", "A reportage by A for O". Each author is employed_by
the outlet named in the byline, or else by the media organisation named in the lines around it.
The author of the article (its outlet, as a mention) speaks when the text says "nous" / "we".
"""

from __future__ import annotations

import re
import unicodedata

from enquete import model
from enquete.extract.relations import Sent, evidence

MEDIA = ("Organization", "Company")
NAME_SEP = re.compile(r"^\s*(?:,|&|et|and)\s*$", re.I)
BYLINE_HEAD = re.compile(
    r"^\s*(?:(?:un|une|a|an)\s+(?:document|reportage|enquête|film|documentaire|article|report|investigation"
    r"|story|documentary)\s+(?:de|d'|by)\s*|par\s+|by\s+)", re.I)
FOR_OUTLET = re.compile(r"^\s*(?:pour|for|de|of|,|-|–|—)\s*(?:l'|le |la |the )?$", re.I)
NEARBY_LINES = 2  # a byline without an outlet: the media organisation named this close
OWN_SHOW = re.compile(r"(?:documentaire|émission|reportage|magazine|documentary|programme|show)\s+(?:de\s+)?"
                      r"\\?[\"«“]?\s*$", re.I)


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def byline(sent: Sent, text: str) -> tuple[list[model.Mention], model.Mention | None] | None:
    """(authors, outlet named in the line) when the sentence is a byline, else None."""
    line = text[sent.start:sent.end]
    head = BYLINE_HEAD.match(line)
    people = [m for m in sent.mentions if m.type == "Person"]
    if not head or not people or len(line) > 200 or people[0].start != sent.start + head.end():
        return None
    authors = [people[0]]
    for m in people[1:]:
        if not NAME_SEP.match(text[authors[-1].end:m.start]):
            break
        authors.append(m)
    after = [m for m in sent.mentions if m.start >= authors[-1].end and m.type in MEDIA]
    outlet = after[0] if after and FOR_OUTLET.match(text[authors[-1].end:after[0].start]) else None
    return authors, outlet


def _nearby_media(sents: list[Sent], i: int) -> model.Mention | None:
    """The media organisation named in the lines around sentence i (following lines first)."""
    order = [j for d in range(1, NEARBY_LINES + 1) for j in (i + d, i - d) if 0 <= j < len(sents)]
    for j in order:
        media = [m for m in sents[j].mentions if m.type == "Organization"]
        if media:
            return media[0]
    return None


def byline_relations(sents: list[Sent], doc: model.Document) -> list[model.Relation]:
    """employed_by (role journalist) for the authors named in bylines."""
    out = []
    for i, sent in enumerate(sents):
        found = byline(sent, doc.text)
        if found is None:
            continue
        authors, outlet = found
        conf = 0.7
        if outlet is None:
            outlet, conf = _nearby_media(sents, i), 0.5
        if outlet is None:
            continue
        for a in authors:
            out.append(model.Relation(
                subject=a.id, predicate="employed_by", object=outlet.id, role="journalist", confidence=conf,
                evidence=evidence(doc, sent, a.start, max(a.end, outlet.end) if outlet in sent.mentions
                                  else a.end), extractor="pattern:byline-v1"))
    return out


def author_mention(sents: list[Sent], doc: model.Document) -> model.Mention | None:
    """The mention that stands for the article's author: the outlet of a byline, else a media
    organisation whose name is part of the document's outlet field."""
    for sent in sents:
        found = byline(sent, doc.text)
        if found and found[1] is not None:
            return found[1]
    for sent in sents:  # "lors du tournage du documentaire de « X », nous avons ..."
        low = doc.text[sent.start:sent.end].lower()
        if not re.search(r"\b(?:nous|we)\b", low):
            continue
        for m in sent.mentions:
            if m.type in MEDIA and OWN_SHOW.search(doc.text, max(sent.start, m.start - 40), m.start):
                return m
    outlet = _fold(doc.outlet or "")
    if not outlet:
        return None
    for sent in sents:
        for m in sent.mentions:
            if m.type in MEDIA and len(m.text) >= 3 and re.search(rf"(?<!\w){re.escape(_fold(m.text))}(?!\w)",
                                                                    outlet):
                return m
    return None


AUTHOR_VOICE = re.compile(
    r"\b(?:vous allez (?:voir|découvrir)|nous avons (?:(?:pu|également|aussi) )?"
    r"(?:trouvé|découvert|constaté|établi"
    r"|appris|révélé|identifié|obtenu|vu|filmé)|notre enquête (?:montre|révèle|établit)|nous révélons"
    r"|you will see|we (?:have )?(?:found|discovered|established|learned|revealed|identified|obtained)"
    r"|our (?:investigation|reporting|analysis) (?:shows|found|reveals|established))\b", re.I)


def headline(doc: model.Document) -> tuple[int, int] | None:
    """Where the document's first line lies when it is a title (no closing full stop); else None."""
    first = doc.text.lstrip()
    start = len(doc.text) - len(first)
    line_end = doc.text.find("\n", start)
    line_end = len(doc.text) if line_end < 0 else line_end
    return None if doc.text[start:line_end].rstrip().endswith((".", "!", "?")) else (start, line_end)


def is_headline(sent: Sent, doc: model.Document) -> bool:
    """Whether the sentence lies on the document's first line, a title (no closing full stop)."""
    span = headline(doc)
    return span is not None and sent.start < span[1]
