"""Government departments named by their portfolio ("the Commerce Department", "le ministère grec des
Affaires étrangères") are public bodies; a portfolio word before a title ("Interior Minister X") names no
body. Sentences written for these tests; unit cases on context.py, end-to-end on the installed models."""

import pytest

from enquete.extract import context
from enquete.extract.settle import not_a_mention
from enquete.model import Document, Mention


def _doc(text: str) -> Document:
    return Document(id="d", source="d", text=text, language="en")


@pytest.mark.parametrize("text,names", [
    ("In May the Commerce Department listed two brokers.", ["Commerce Department"]),
    ("The State Department and the Justice Department disagreed.", ["State Department", "Justice Department"]),
    ("a spokesman for the Foreign Affairs Ministry said", ["Foreign Affairs Ministry"]),
    ("Le ministère grec des Affaires étrangères a autorisé la licence.", ["ministère grec des Affaires"
                                                                         " étrangères"]),
    ("le département américain du Commerce a inscrit la société", ["département américain du Commerce"]),
    ("Le département d'État a réagi.", ["département d'État"]),
    ("Le ministère de la Défense a démenti.", ["ministère de la Défense"]),
    # near misses: no portfolio, or a word that is no nationality between
    ("The sales department of Orvane answered.", []),
    ("The Department said nothing.", []),
    ("le ministère actuel de la Défense a refusé", []),
    ("Le département du Nord a voté.", ["département du Nord"]),  # FR shape alone: a named département
])
def test_cabinet_bodies(text: str, names: list[str]) -> None:
    found = context.cabinet_bodies(_doc(text))
    assert [m.text for m in found] == names
    assert all(m.type == "PublicBody" and text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize("text,name,dropped", [
    ("Serbia's Interior Minister Dragan Vukic opened the centre.", "Interior", True),
    ("Foreign Secretary Alan Hoyle said", "Foreign", True),
    ("The Interior Ministry said", "Interior Ministry", False),
    ("Justice Minister Ana Brnabic said", "Ana Brnabic", False),
])
def test_portfolio_before_a_title_is_no_mention(text: str, name: str, dropped: bool) -> None:
    start = text.index(name)
    m = Mention("x", "d", start, start + len(name), name, "Organization" if name != "Ana Brnabic" else "Person")
    assert (not_a_mention(text, m, []) is not None) is dropped


def test_a_state_before_the_department_joins_it_end_to_end() -> None:
    from enquete.extract import extract, load_pipelines
    text = "In October 2019 the US Commerce Department placed Velkon Vision on its Entity List."
    ex = extract(Document(id="e", source="e.txt", text=text, language="en"), load_pipelines())
    assert [(m.text, m.type) for m in ex.mentions if "Commerce" in m.text or m.text == "US"] == [
        ("US Commerce Department", "PublicBody")]


@pytest.mark.parametrize("text,country", [
    ("the Justice Department said", "us"),  # a department named by its portfolio alone: the United States'
    ("le département d'État a réagi", "us"),
    ("the Interior Ministry said", None),  # a ministry says no state
    ("le département américain du Commerce", "us"),  # the adjective says it (cabinet_bodies)
])
def test_a_department_alone_is_the_united_states(text: str, country: str | None) -> None:
    assert [m.country for m in context.cabinet_bodies(_doc(text))] == [country]
