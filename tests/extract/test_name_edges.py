"""Where a name starts and ends: a hyphen and a capitalised word the model left out belong to it ("Hoan
Ton-That"); a state or capital written as the possessor of a body is not part of the body's name ("Kyiv's
Ministry of Defence"); every UN member's capital is known (gazetteer). Sentences written for these tests."""

import pytest

from enquete.extract.mentions import _caps_tail
from enquete.extract.names import capitals, fold


@pytest.mark.parametrize("text,name,whole", [
    ("chief executive Hoan Ton-That offered", "Hoan Ton", "Hoan Ton-That"),
    ("Jean-Marc Ayrault signed", "Jean-Marc Ayrault", "Jean-Marc Ayrault"),
    ("the Ben Ali-era laws", "Ben Ali", "Ben Ali"),  # a lower-case word after the hyphen is no name
    ("ORIENT-Xxi", "ORIENT", "ORIENT"),  # a name in capitals is extended by capitals only
])
def test_hyphen_tail(text: str, name: str, whole: str) -> None:
    start = text.index(name)
    assert text[start:_caps_tail(text, start, start + len(name))] == whole


@pytest.mark.parametrize("city,code", [
    ("Kyiv", "ua"), ("Kiev", "ua"), ("Belgrade", "rs"), ("Minsk", "by"), ("Khartoum", "sd"), ("Naypyidaw", "mm"),
    ("Addis-Abeba", "et"), ("Caracas", "ve"), ("Varsovie", "pl"), ("Oslo", "no"), ("Pékin", "cn"),
])
def test_capitals(city: str, code: str) -> None:
    assert capitals()[fold(city)] == code


def test_a_capital_s_body_end_to_end() -> None:
    from enquete.extract import extract, load_pipelines
    from enquete.model import Document
    text = "In March 2022, Hoan Ton-That offered Kyiv's Ministry of Defence free access to the tool."
    ex = extract(Document(id="k", source="k.txt", text=text, language="en"), load_pipelines())
    found = [(m.text, m.type) for m in ex.mentions]
    assert ("Hoan Ton-That", "Person") in found and ("Ministry of Defence", "PublicBody") in found
