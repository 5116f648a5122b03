"""Public bodies that no list can hold, typed by the shape of their name: courts ("the Supreme Court",
"la Cour suprême"), commissioners' offices ("X Commissioner's Office", "Office of the X Commissioner"),
regulators ("X Data Protection Authority"), and bodies named by their state and their kind in lower case
("Greece's data protection authority", "l'autorité grecque de protection des données").

Sentences and names written for this test (French and English): true uses and near misses (a kind word
inside a company's or a place's name, a possessive that is no state, a plural, a kind with no state). Unit
cases on context.py and mentions.py, a few end-to-end cases on the installed models. Run as a script for the
pass rate:

    python -m tests.extract.test_body_shapes
"""

from __future__ import annotations

import pytest

from enquete.extract import context
from enquete.extract.mentions import _owned_bodies
from enquete.extract.names import Entry, index
from enquete.extract.nlp import Pipelines
from enquete.model import Document

SHAPES = [
    # (span, expected type from the name's own words)
    ("Supreme Court", "PublicBody"),
    ("High Court", "PublicBody"),
    ("Constitutional Court", "PublicBody"),
    ("Federal Administrative Court", "PublicBody"),
    ("Court of Appeal", "PublicBody"),
    ("Privacy Commissioner's Office", "PublicBody"),
    ("Office of the Privacy Commissioner", "PublicBody"),
    ("Office of the Data Protection Commissioner", "PublicBody"),
    ("Ruritanian Data Protection Authority", "PublicBody"),
    ("Norland Communications Regulatory Authority", "PublicBody"),
    ("Competition Commission", "PublicBody"),
    ("Data Protection Board", "PublicBody"),
    ("Danish Business Authority", "PublicBody"),
    ("Financial Conduct Authority", "PublicBody"),
    # near misses: the same words inside names of other things
    ("Food Court", None),
    ("Tennis Court", None),
    ("Supreme Systems", "Company"),
    ("Data Protection Solutions", "Company"),
    ("Authority Partners", "Company"),
    ("Asian Human Rights Commission", None),
    ("Supreme Court Justice", None),
]


@pytest.mark.parametrize("span,expected", SHAPES, ids=[s for s, _ in SHAPES])
def test_name_shapes(span: str, expected: str | None) -> None:
    assert context.name_type(span) == expected


def _pipes() -> Pipelines:
    states = [Entry("Greece", "Country", country="gr"), Entry("Ireland", "Country", country="ie"),
              Entry("Ruritania", "Country", country="rt")]
    return Pipelines({}, index(states), {"dublin": "ie"})


OWNED = [
    ("en", "Greece's data protection authority fined the retailer.",
     [("Greece's data protection authority", "gr")]),
    ("en", "Ireland's data-protection regulator opened an inquiry.",
     [("Ireland's data-protection regulator", "ie")]),
    ("en", "Ruritania's privacy watchdog said the cameras were unlawful.",
     [("Ruritania's privacy watchdog", "rt")]),
    ("en", "Ireland's high court refused the appeal.", [("Ireland's high court", "ie")]),
    ("en", "Dublin's intelligence service bought the licence.", [("Dublin's intelligence service", "ie")]),
    ("fr", "L'autorité grecque de protection des données a infligé une amende.",
     [("autorité grecque de protection des données", "gr")]),
    ("fr", "L'autorité de protection des données personnelles italienne a été saisie.",
     [("autorité de protection des données personnelles italienne", "it")]),
    # near misses: no state before the kind, a plural, a company's officer, a kind that is not a body
    ("en", "Brightlens's data protection officer answered.", []),
    ("en", "Velkor's intelligence service unit sells to police forces.", []),  # a company is no state
    ("en", "Data protection authorities across Europe were alerted.", []),
    ("en", "Greece's data protection authorities met.", []),
    ("fr", "Une autorité de protection des données a été saisie.", []),
    ("fr", "L'autorité grecque de la concurrence a enquêté.", []),
]


@pytest.mark.parametrize("lang,text,expected", OWNED, ids=[c[1][:40] for c in OWNED])
def test_bodies_named_by_state_and_kind(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = _owned_bodies(Document(id="d", source="d", text=text, language=lang), _pipes())
    assert [(m.text, m.country) for m in found] == expected
    assert all(m.type == "PublicBody" and text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize("text,names", [
    ("La Cour suprême a rejeté le recours de Velkor.", ["Cour suprême"]),
    ("la cour de cassation a cassé l'arrêt", ["cour de cassation"]),
    ("La cour constitutionnelle a statué.", ["cour constitutionnelle"]),
    ("La cour de l'immeuble était vide.", []),  # a courtyard
    ("Il a fait la cour à la ministre.", []),
])
def test_french_courts_in_lower_case(text: str, names: list[str]) -> None:
    found = [m.text for m in context.rule_mentions(Document(id="d", source="d", text=text, language="fr"))
             if m.type == "PublicBody"]
    assert found == names


@pytest.mark.integration
@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "The Supreme Court ruled against Brightlens on Monday.", "Supreme Court", None),
    ("en", "Greece's data protection authority fined Brightlens in 2022.",
     "Greece's data protection authority", "gr"),
    ("fr", "L'autorité grecque de protection des données a infligé une amende à Velkor.",
     "autorité grecque de protection des données", "gr"),
    ("en", "The Office of the Privacy Commissioner said Brightlens broke the law.",
     "Office of the Privacy Commissioner", None),
    ("fr", "La cour suprême israélienne a rejeté la requête de Velkor.", "cour suprême", "il"),
])
def test_body_shapes_end_to_end(pipes, lang: str, text: str, name: str, country: str | None) -> None:
    from enquete.extract.mentions import find_mentions, spacy_text
    doc = Document(id="s", source="s.txt", text=text, language=lang)
    by = {m.text: m for m in find_mentions(pipes.for_language(lang)(spacy_text(text)), doc, pipes)}
    assert name in by, sorted(by)
    assert by[name].type == "PublicBody"
    if country:
        assert by[name].country == country


if __name__ == "__main__":
    ok = sum(context.name_type(s) == t for s, t in SHAPES)
    print(f"name shapes: {ok}/{len(SHAPES)}")
    ok = sum([(m.text, m.country) for m in _owned_bodies(Document(id="d", source="d", text=t, language=lg),
                                                          _pipes())] == e for lg, t, e in OWNED)
    print(f"state + kind: {ok}/{len(OWNED)}")


@pytest.mark.parametrize("text,found", [
    ("The company was fined by a Copenhagen court in March.", [("Copenhagen court", "dk")]),
    ("A Hamburg district court ruled against it.", [("Hamburg district court", None)]),
    ("the Oslo police searched the offices", [("Oslo police", "no")]),
    ("The Supreme court, in Kampala", []),  # a kind word after a word that is no city
])
def test_a_court_named_by_its_city(text: str, found: list) -> None:
    out = context.state_bodies(Document(id="c", source="c", text=text, language="en"))
    assert [(m.text, m.country) for m in out] == found
