"""Sales that must not be read, on sentences written for these tests (French and English): a buyer's
modifier taken for the buyer ("a firm close to the Egyptian police"), a phrase ending in a marker taken for
one ("according to", "grâce à"), a seller named inside the subject of an unnamed one ("X LLC, a unit of
Helix"), the nearest name taken for a subject written but unnamed ("a distributor ... for shipping"), and
the main company taken as the seller of a passive sale that names no goods of its own. Each negative has a
positive twin that keeps the sale."""

from __future__ import annotations

import pytest

from tests.extract.test_supply_phrasings import supplies

pytestmark = pytest.mark.integration

H, N = "Helix", "Nordsec"
CASES = [
    ("Egypt is in turmoil.\nHelix sold Vigil to a firm close to the Egyptian police.", "en", set()),
    ("Egypt is in turmoil.\nHelix sold Vigil to a firm linked to the Egyptian army.", "en", set()),
    ("Egypt is in turmoil.\nHelix sold Vigil to the Egyptian police.", "en", {(H, "Egypt")}),
    ("Le Maroc achète.\nNordsec a vendu Argus à une société liée à la gendarmerie marocaine.", "fr", set()),
    ("Le Maroc achète.\nNordsec a vendu Argus à la gendarmerie marocaine.", "fr", {(N, "Maroc")}),
    ("Helix exported Vigil in 2011, according to a report by the Interior Ministry.", "en", set()),
    ("Helix exported Vigil to the Interior Ministry in 2011.", "en", {(H, "Interior Ministry")}),
    ("Nordsec a exporté Argus en 2011 grâce à l'appui du ministère de l'Intérieur.", "fr", set()),
    ("Dexcom LLC, a unit of Helix, exported Vigil to Syria.", "en", set()),
    ("Orma, a unit of Helix, exported Vigil to Syria.", "en", {("Orma", "Syria")}),
    ("Dexcom SARL, filiale de Nordsec, a exporté Argus vers la Syrie.", "fr", set()),
    ("Orma, filiale de Nordsec, a exporté Argus vers la Syrie.", "fr", {("Orma", "Syrie")}),
    ("A Dubai distributor agreed to pay a fine to the Interior Ministry for shipping Vigil to Syria.", "en",
     set()),
    ("Helix agreed to pay a fine to the Interior Ministry for shipping Vigil to Syria.", "en",
     {(H, "Syria")}),
    ("Helix is a large firm.\nThe equipment was sold to Egypt in 2011.", "en", set()),
    ("Helix is a large firm.\nVigil was sold to Egypt in 2011.", "en", {(H, "Egypt")}),
    ("Nordsec est une grande entreprise.\nIl affirme que les matériels livrés à l'Égypte servaient "
     "à l'armée.", "fr", set()),
    ("Nordsec est une grande entreprise.\nLe programme Argus, vendu à l'Égypte, servait à l'armée.", "fr",
     {(N, "Égypte")}),
    # the name after "selon" / "according to" says where the text read it: no buyer
    ("Nordsec a livré des radars pour des avions de combat, selon Privacy Watch.", "fr", set()),
    ("Helix delivered probes for the new network, according to Privacy Watch.", "en", set()),
    ("Nordsec a livré des radars à Privacy Watch.", "fr", {(N, "Privacy Watch")}),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_supply_precision(text, lang, expected):
    assert supplies(text, lang) == expected
