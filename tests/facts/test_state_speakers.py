"""A state spoken for by its government or authorities with a nationality adjective ("the Serbian
government said", "les autorités égyptiennes ont démenti") speaks as the state the document names; a
speaker that names no state does not. Sentences written for these tests."""

import pytest

from tests.facts.conftest import Facts

CODES = {"Serbia": "rs", "Egypt": "eg", "Égypte": "eg", "Italie": "it", "France": "fr"}


@pytest.mark.parametrize("lang,text,speaker,stance", [
    ("en", "Serbia bought the cameras in 2019. The Serbian government said the cameras were used for "
           "traffic control.", "Serbia", "affirms"),
    ("en", "Egypt bought the system. Egyptian authorities denied that it was used against activists.",
     "Egypt", "denies"),
    ("fr", "L'Égypte a acheté le système. Les autorités égyptiennes ont démenti tout usage contre des "
           "militants.", "Égypte", "denies"),
    ("fr", "L'Italie a acheté le logiciel. Le gouvernement italien a reconnu que le logiciel avait servi.",
     "Italie", "affirms"),
    ("en", "Egypt bought the system from France. The French government said the sale was legal.", "France",
     "affirms"),
])
def test_state_speaks_through_its_government(lang: str, text: str, speaker: str, stance: str) -> None:
    f = Facts(text, lang, {n: "Country" for n in CODES if n in text}, {}, countries=CODES)
    said = [(f.name(c.speaker), c.stance) for c in f.claims]
    assert said == [(speaker, stance)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Egypt bought the system. The press said the sale was illegal."),  # no state's voice
    ("en", "Egypt bought the system. The Tunisian government said the sale was illegal."),  # not named here
])
def test_no_state_speaks(lang: str, text: str) -> None:
    f = Facts(text, lang, {"Egypt": "Country"}, {}, countries=CODES)
    assert [f.name(c.speaker) for c in f.claims if c.speaker] == []
