"""Name keys: normalisation, legal forms, titles, transliterations, states."""

import pytest

from enquete.resolve.names import country_code, is_full_person_name, name_key


@pytest.mark.parametrize("a,b,type_", [
    ("Mouammar Kadhafi", "Muammar al-Gaddafi", "Person"),
    ("Kadhafi", "Qaddafi", "Person"),
    ("Bachar al-Assad", "Bashar al-Assad", "Person"),
    ("Edouard Snowden", "Edward Snowden", "Person"),
    ("Me Claude Katz", "Claude Katz", "Person"),
    ("Maître Benoît Chabert", "Benoit Chabert", "Person"),
    ("Dr Michael Crowley", "Michael Crowley", "Person"),
    ("Élisabeth Fleury", "Elisabeth Fleury", "Person"),
    # French and English transliterations of Cyrillic and Arabic names
    ("Mikhaïl Gorbatchev", "Mikhail Gorbachev", "Person"),
    ("Mikhaïl Khodorkovski", "Mikhail Khodorkovsky", "Person"),
    ("Rached Ghannouchi", "Rached Ghannushi", "Person"),
    ("Sacha Ivanov", "Sasha Ivanov", "Person"),
    ("Vladimir Poutine", "Vladimir Putin", "Person"),
    ("Amesys SAS", "Amesys", "Company"),
    ("Gamma Group Ltd", "Gamma group", "Company"),
    ("Utimaco GmbH", "Utimaco", "Company"),
    ("Hacking Team S.p.A.", "Hacking Team", "Company"),
    ("le ministère de l’Intérieur", "ministère de l'Intérieur", "PublicBody"),
    ("ONU", "Nations Unies", "Organization"),
    # a department named by its portfolio first or after "of"
    ("US Commerce Department", "US Department of Commerce", "PublicBody"),
    ("the Homeland Security Department", "Department of Homeland Security", "PublicBody"),
    ("Italian Interior Ministry", "Ministry of the Interior", "PublicBody"),
    # the same department in French and English
    ("département de la Justice", "Justice Department", "PublicBody"),
    ("ministère des Affaires étrangères", "Foreign Ministry", "PublicBody"),
    ("ministère de l'Intérieur", "Ministry of the Interior", "PublicBody"),
    ("département d'État", "State Department", "PublicBody"),
    ("Defense Department", "Department of Defence", "PublicBody"),
    ("département américain de la Justice", "US Justice Department", "PublicBody"),
])
def test_same_key(a: str, b: str, type_: str) -> None:
    assert name_key(a, type_) == name_key(b, type_)


@pytest.mark.parametrize("a,b,type_", [
    ("Amesys", "Advanced Middle East System", "Company"),
    ("Manuel Valls", "Valls", "Person"),
    ("Qosmos", "Cosmos", "Company"),
    ("Maria Rossi", "Mario Rossi", "Person"),  # a vowel that is no transliteration
    ("Chen Wei", "Shen Wei", "Person"),  # an initial Ch / Sh: two surnames
    ("Thibaut Bechetoille", "Thibault Bechetoille", "Person"),
    ("Rached Ghannouchi", "Rached Ghannouchi Jr", "Person"),
    ("Commerce Department", "Justice Department", "PublicBody"),
    ("ministère de la Justice", "Justice Department", "PublicBody"),  # a ministry is no department
    ("ministère de la Culture", "Ministry of Justice", "PublicBody"),
    ("Sales Department", "Department of Sales", "Company"),  # only public bodies are read that way
])
def test_different_key(a: str, b: str, type_: str) -> None:
    assert name_key(a, type_) != name_key(b, type_)


@pytest.mark.parametrize("name,code", [
    ("Libye", "ly"), ("Libya", "ly"), ("Bahreïn", "bh"), ("Bahrain", "bh"), ("Émirats arabes unis", "ae"),
    ("Emirats arabes unis", "ae"), ("United Arab Emirates", "ae"), ("UAE", "ae"), ("Royaume-Uni", "gb"),
    ("Grande-Bretagne", "gb"), ("UK", "gb"), ("États-Unis", "us"), ("Syrie", "sy"), ("Maroc", "ma"),
    ("la France", "fr"),
])
def test_country_codes(name: str, code: str) -> None:
    assert country_code(name) == code
    assert name_key(name, "Country") == f"iso:{code}"


def test_unknown_country() -> None:
    assert country_code("Qosmos") is None


def test_surname_alone_is_not_a_full_name() -> None:
    assert not is_full_person_name(name_key("M. Valls", "Person"))
    assert is_full_person_name(name_key("Manuel Valls", "Person"))


@pytest.mark.parametrize("a,b,type_", [
    ("salon Milipol", "Milipol", "Event"),
    ("projet Asfador", "Asfador", "Product"),
    ("agence Bloomberg", "Bloomberg", "Organization"),
    ("ministère français de la Défense", "ministère de la Défense", "PublicBody"),
    ("Amnesty internationale", "Amnesty International", "Organization"),  # one gazetteer entry
    ("Bloomberg News", "Bloomberg", "Organization"),  # one gazetteer entry
    ("Gaddafi", "Mouammar Kadhafi", "Person"),  # known by surname alone (alias table)
])
def test_descriptors_demonyms_gazetteer(a: str, b: str, type_: str) -> None:
    assert name_key(a, type_) == name_key(b, type_)


def test_demonym_gives_the_state_of_a_body() -> None:
    from enquete.resolve.names import demonym_country

    assert demonym_country("ministère français de la Défense") == "fr"
    assert demonym_country("le ministère de l'Intérieur marocain") == "ma"
    assert demonym_country("ministère de l'Intérieur") is None
    # a shared surname stays a surname: not mapped to anyone's full name
    assert name_key("Valls", "Person") == name_key("Manuel Valls", "Person").split()[-1]
