"""Product categories from the words around a product, French and English, and their scope terms."""

from __future__ import annotations

import pytest

from enquete.analyse.categories import LEXICON, SCOPE, categorise, scope_terms
from enquete.analyse.rules import SCOPES


@pytest.mark.parametrize(
    "text, expected",
    [
        ("la police a reçu des grenades lacrymogènes", {"riot-control"}),
        ("du gaz lacrymogène et du matériel anti-émeute", {"riot-control"}),
        ("des produits destinés au maintien de l’ordre", {"riot-control"}),
        ("shipments of tear gas canisters to the police", {"riot-control"}),
        ("un système d'interception des communications", {"telecom-monitoring"}),
        ("a lawful interception platform and a monitoring centre", {"telecom-monitoring"}),
        ("un outil de surveillance de l'internet à l'échelle d'un pays", {"telecom-monitoring"}),
        ("des sondes d'inspection en profondeur des paquets", {"ip-network-surveillance"}),
        ("DPI equipment", {"ip-network-surveillance"}),
        ("un logiciel espion installé à distance", {"intrusion-software"}),
        ("a spyware implant delivered through a zero-day exploit", {"intrusion-software"}),
        ("un cheval de Troie", {"intrusion-software"}),
        ("la vidéosurveillance algorithmique des JO", {"video-analytics"}),
        ("video analytics for city cameras", {"video-analytics"}),
        ("un logiciel de reconnaissance faciale", {"facial-recognition"}),
        ("facial recognition cameras", {"facial-recognition"}),
        ("des fusils et des munitions", {"arms"}),
        ("armoured vehicles and ammunition", {"arms"}),
        ("des menottes électriques et des poucettes", {"torture-goods"}),
        ("electric-shock belts", {"torture-goods"}),
        ("des matraques électriques", {"law-enforcement-equipment"}),
    ],
)
def test_categorise_fr_en(text: str, expected: set[str]) -> None:
    assert categorise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le parquet a ouvert une enquête préliminaire en 2012.",
        "The probe into the company lasted three years.",
        "Selon un sondage publié lundi, la majorité approuve.",
        "Une plainte pour complicité de torture a été déposée contre l'entreprise.",
        "Il a rencontré le ministre lors du salon.",
    ],
)
def test_neutral_text_has_no_category(text: str) -> None:
    assert categorise(text) == set()


def test_scope_mapping() -> None:
    assert {"riot-control", "internal-repression-equipment", "security-equipment"} <= scope_terms(
        {"riot-control"}
    )
    assert "internal-repression-equipment" not in scope_terms({"telecom-monitoring"})
    assert {"telecom-monitoring", "ip-network-surveillance"} <= scope_terms({"ip-network-surveillance"})
    assert scope_terms({"facial-recognition"}) == {"facial-recognition"}
    assert set(SCOPE) == set(LEXICON)
    assert all(set(terms) <= set(SCOPES) for terms in SCOPE.values())


def test_production_years_fr_en() -> None:
    from enquete.analyse.categories import production_years

    assert production_years("Leur date de fabrication est 2013, selon le marquage.") == {"2013"}
    assert production_years("Les cartouches ont été fabriquées en 2014 en Bretagne.") == {"2014"}
    assert production_years("The canisters were manufactured in 2016.") == {"2016"}
    assert production_years("The production date stamped on the shells reads 2012.") == {"2012"}
    assert production_years("La société a été créée en 1998.") == set()
    assert production_years("Ses produits sont vendus dans 40 pays depuis 2010.") == set()


def test_production_date_near_a_find() -> None:
    from enquete.analyse.categories import production_date

    text = (
        "Des cartouches ont été ramassées au Caire en mai 2014. Elles avaient été fabriquées en 2013. "
        "Plus loin, autre chose."
    )
    got = production_date(text, 0, 50, "2014-05")
    assert got is not None and got["date"] == "2013" and text[got["start"] : got["end"]] == got["quote"]
    assert got["quote"] == "Elles avaient été fabriquées en 2013."
    assert production_date(text, 0, 50, "2012") is None  # made after the find: not this item
    two = text + " Un autre lot fut fabriqué en 2011."
    assert production_date(two, 0, 50, "2014-05") is None  # two different years: unclear
