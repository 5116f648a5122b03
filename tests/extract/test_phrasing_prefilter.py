"""The cheap word tests that spare a sentence the phrasing and trigger-phrase regexes it cannot match:
the words are read from the lexicon's patterns, and a sentence one of them matches always holds them.
Sentences: those written for the phrasing tests, masked as phrasings.py masks them (blank spaCy, names
placed by hand)."""

from __future__ import annotations

import re

import pytest

from enquete import model
from enquete.extract import phrasings
from enquete.extract.phrasings import Phrasing, compiled, masked, needed, phrasing_relations
from enquete.extract.relations import Sent, lexicon, phrase_regex, phrase_word
from tests.extract import test_phrasings_corporate, test_phrasings_ownership_inquiry, test_predicate_phrasings

spacy = pytest.importorskip("spacy")
MODULES = (test_phrasings_corporate, test_phrasings_ownership_inquiry, test_predicate_phrasings)
PREDICATES = [p for p in lexicon("phrasings") if p != "hedges"]


def _written() -> list[tuple[str, str, dict[str, str]]]:
    """(text, language, names) of every sentence the phrasing tests list at module level."""
    out = []
    for mod in MODULES:
        for value in vars(mod).values():
            if isinstance(value, list):
                out += [(t[0], t[1], mod.NAMES) for t in value if isinstance(t, tuple) and len(t) >= 2
                        and isinstance(t[0], str) and t[1] in ("fr", "en")]
    return out


WRITTEN = _written()
BLANK = {lang: spacy.blank(lang) for lang in ("fr", "en")}


def _sent(text: str, lang: str, names: dict[str, str]) -> tuple[Sent, model.Document]:
    """The whole text as one sentence of a blank pipeline, with the names as mentions."""
    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang)
    mentions = []
    for surface, typ in names.items():
        for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            mentions.append(model.Mention(model.Mention.make_id(doc.id, hit.start(), hit.end()), doc.id,
                                          hit.start(), hit.end(), surface, typ, cluster=surface))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return Sent(BLANK[lang](text)[:], mentions), doc


def test_words_a_match_holds():
    assert needed(r"plaintes? (?:pénales? )?(?:contre|visant) x") == (("plainte",), ("contre", "visant"))
    assert needed(r"(?:sued|is suing) x") == (("sued", "is suing"),)
    assert needed(r"x (?:a |an )?lawsuit") == (("lawsuit",),)  # short words ("a ") test nothing
    assert needed(r"(?:filed|took|) x") == ()  # a branch that may be empty needs nothing
    assert needed(r"(?:abc){2,3} x") == (("abc",),)
    assert needed(r"(?i:sued) x") == () and needed(r"(?i)sued x") == ()  # case-blind: not a plain substring


def test_every_phrasing_is_prefiltered():
    for predicate in PREDICATES:
        for lang in ("fr", "en"):
            assert all(ph.needs for ph in compiled(predicate, lang)), (predicate, lang)


def test_a_sentence_a_phrasing_matches_holds_its_words():
    assert len(WRITTEN) > 100
    hits = 0
    for text, lang, names in WRITTEN:
        sent, doc = _sent(text, lang, names)
        low, _ = masked(sent, doc.text)
        for predicate in PREDICATES:
            for ph in compiled(predicate, lang):
                if ph.rx.search(low):
                    hits += 1
                    assert ph.may_match(low), (ph.rx.pattern[:80], ph.needs, low)
    assert hits > 100  # the sentences do exercise the phrasings


def test_relations_are_those_without_the_prefilter(monkeypatch):
    sents = [_sent(text, lang, names) + (lang,) for text, lang, names in WRITTEN]
    with_filter = [phrasing_relations(s, d, lang) for s, d, lang in sents]
    monkeypatch.setattr(Phrasing, "may_match", lambda self, low: True)
    assert with_filter == [phrasing_relations(s, d, lang) for s, d, lang in sents]
    assert sum(map(len, with_filter)) > 100


def test_a_sentence_lacking_the_words_is_not_searched(monkeypatch):
    ph = compiled("complaint_against", "en")[0]
    searched = []

    class Spy:
        def __init__(self, rx: re.Pattern) -> None:
            self.pattern = rx.pattern

        def finditer(self, low: str):  # noqa: ANN201
            searched.append(low)
            return iter(())

    monkeypatch.setattr(phrasings, "compiled", lambda p, lang: [Phrasing(Spy(ph.rx), needs=ph.needs)])
    names = {"Civic Watch": "Organization", "Helix": "Company"}
    sent, doc = _sent("Civic Watch met Helix in Paris.", "en", names)
    assert phrasing_relations(sent, doc, "en") == [] and searched == []
    sent, doc = _sent("The lawsuit filed by Civic Watch against Helix.", "en", names)
    phrasing_relations(sent, doc, "en")
    assert len(searched) == len(PREDICATES)


def test_a_trigger_phrase_match_holds_its_word():
    phrases = [(lang, ph) for spec in lexicon("relations").values()
               for key in ("phrases", "reverse_phrases", "swap_phrases")
               for lang, items in (spec.get(key) or {}).items() for ph in items or []]
    assert len(phrases) > 100
    for _, ph in phrases:
        sample = "avant " + ph.lower().replace("…", " deux mots ") + " après"
        assert phrase_regex(ph).search(sample) and phrase_word(ph) in sample, ph
    hits = 0
    for text, lang, _ in WRITTEN:
        low = text.lower()
        for plang, ph in phrases:
            if plang == lang and phrase_regex(ph).search(low):
                hits += 1
                assert phrase_word(ph) in low, (ph, low)
    assert hits > 20
