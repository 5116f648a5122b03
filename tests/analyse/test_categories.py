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
