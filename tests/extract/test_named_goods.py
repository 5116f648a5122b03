"""Products a text names with "called" or sets beside a noun of goods, which the NER types as it likes:
sentences written for these tests, French and English, with negatives (a company after a comma, a
lower-case word, a name that is the subject of the next clause)."""

import pytest

from enquete.extract import context
from enquete.model import Document


def _names(text: str, lang: str = "en") -> list[str]:
    return [m.text for m in context.named_goods(Document(id="d", source="d", text=text, language=lang))]


@pytest.mark.parametrize("text,lang,names", [
    ("The spyware, called Karma, let operators read messages.", "en", ["Karma"]),
    ("A tool known as ENDOFDAYS exploited a browser flaw.", "en", ["ENDOFDAYS"]),
    ("Helix sold a system called Eagle Eye to Libya in 2008.", "en", ["Eagle Eye"]),
    ("The implant, code-named “Reign”, was found in 2021.", "en", ["Reign"]),
    ("Google said the Heliconia framework was sold by a Barcelona firm.", "en", ["Heliconia"]),
    ("Its filtering product, WebGuard, blocked news sites.", "en", ["WebGuard"]),
    ("Operators of the Corvid spyware were based in Mexico.", "en", ["Corvid"]),
    ("Traces of their Wisp malware turned up in Kenya.", "en", ["Wisp"]),
    ("Le logiciel espion, baptisé Hermit, a été découvert en 2022.", "fr", ["Hermit"]),
    ("Le programme connu sous le nom de Popcorn devait couvrir le pays.", "fr", ["Popcorn"]),
    ("La société commercialise un outil appelé Cortex Vortex depuis 2015.", "fr", ["Cortex Vortex"]),
    ("Le dispositif, surnommé « Vigie », a été livré en 2014.", "fr", ["Vigie"]),
    # negatives
    ("The company sold the software, Nordsec said, to Egypt.", "en", []),
    ("The tool was called a threat by Amnesty International.", "en", []),
    ("The system, which Helix called robust, was sold in 2010.", "en", []),
    ("Le logiciel a été appelé à disparaître, selon Orma.", "fr", []),
    ("the framework agreement signed with Egypt", "en", []),
    ("Researchers found the Israeli spyware on his phone.", "en", []),  # a nationality, not a name
    ("The Emirati spyware was sold in 2019.", "en", []),
])
def test_named_goods(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize("text,names", [
    ("Helvion sold its Nightjar phone-extraction platform to Ghana.", ["Nightjar"]),
    ("The bureau bought the Eagle interception system in 2008.", ["Eagle"]),
    ("Their Vigil software was found on servers.", ["Vigil"]),
    # a nationality, a region, a city before the noun: no product
    ("They bought the Israeli interception system.", []),
    ("the European software market", []),
    ("Officials praised the Cairo system of permits.", []),
])
def test_a_name_before_a_noun_of_goods(text: str, names: list[str]) -> None:
    assert _names(text) == names
