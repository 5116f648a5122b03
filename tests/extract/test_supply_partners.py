"""Who buys, on sentences written for these tests: the partner of a contract named with the verb before
the noun ("X a signé avec Z un contrat"); a company the text names as a state's operator ("the state-owned
operator Z"), while a contract between two plain companies says nothing of who sells; a state goods are
shipped into ("a expédié des serveurs en Libye", "shipped into Syria"); who uses goods that were supplied
("the centre used by Bahraini security services had been supplied by X"), unless an NGO that tests them."""

from __future__ import annotations

import pytest

from tests.extract.test_supply_phrasings import supplies
from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

CASES = [
    ("En 2010, Nordsec a signé avec le Maroc un contrat de 9 millions d'euros.", "fr", {("Nordsec", "Maroc")}),
    ("In 2010 Helix signed a contract with the state-owned operator Telnova.", "en", {("Helix", "Telnova")}),
    ("Helix won a contract with the national operator Telnova in 2012.", "en", {("Helix", "Telnova")}),
    ("In 2010 Helix signed a contract with Telnova.", "en", set()),
    ("Nordsec a signé un contrat avec Telnova.", "fr", set()),
    ("Helix lost a contract with the state-owned operator Telnova.", "en", set()),
    # an order won or received: the one who receives it sells, never the one it comes from
    ("In 2014 Helix received an order for armoured vehicles from Egypt.", "en", set()),
    ("Helix won an order for armoured vehicles from Egypt in 2014.", "en", {("Helix", "Egypt")}),
    ("En 2014, Nordsec a reçu une commande de blindés de l'Égypte.", "fr", set()),
    ("Egypt ordered armoured vehicles from Helix in 2014.", "en", {("Helix", "Egypt")}),
    ("Nordsec a expédié des serveurs en Libye en 2012.", "fr", {("Nordsec", "Libye")}),
    ("Helix shipped its probes into Syria through Dubai.", "en", {("Helix", "Syria")}),
    ("Nordsec, installée en Libye, a expédié des serveurs.", "fr", set()),
    ("Bahrain cracked down on protests. The monitoring centre used by Bahraini security services had been "
     "supplied by Helix.", "en", {("Helix", "Bahrain")}),
    ("Le centre d'écoute utilisé par le ministère de l'Intérieur avait été fourni par Nordsec.", "fr",
     {("Nordsec", "ministère de l'Intérieur")}),
    ("The phones examined by Privacy Watch had been supplied by Helix.", "en", set()),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_contract_parties(text, lang, expected):
    assert supplies(text, lang) == expected


@pytest.mark.parametrize("verb,expected", [("signé", {("Nordsec", "ministère syrien de l'Intérieur")}),
                                           ("rompu", set())])
def test_contract_partner_the_parser_hangs_the_noun_on(verb, expected):
    """"X a signé avec Z un contrat": the French parser hangs "un contrat" on Z, not on the verb."""
    text = f"En 2009, Nordsec a {verb} avec le ministère syrien de l'Intérieur un contrat de 13 millions d'euros."
    assert pairs(text, "fr", "supplied", {"Nordsec": "Company", "ministère syrien de l'Intérieur": "PublicBody"}) \
        == expected
