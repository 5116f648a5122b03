"""A fact told with one party left to the rest of the article (discourse.py). A sale: the seller named and the
buyer told by an earlier sale ("Thales sold cameras to Russia. Safran, for its part, delivered navigation
systems"), or the buyer named and the seller told before ("Des serveurs ont encore été expédiés à Damas").
The party taken is that of the nearest sale told before. A sighting of the marks a product leaves
("Traces were later detected in Rwanda") is of the product of the nearest fact about a product told
before. Near misses give nothing: a trade described in the present, a sale with no goods, a seller of
other goods, a seller guessed by proximity, a plan, a sale with a subject that names
no one ("French firms sold…"), an installation, and a document with no other sale.

Short articles written for this test with invented companies; the names are placed by hand.
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.role_cases import present
from tests.facts.test_supply_checklist import CODES, Case, check_rules, params

pytestmark = pytest.mark.integration

T, N, R = "Talvio Systems", "Nervala", "Ristek"
S = "supplied"
NAMES = {T: "Company", N: "Company", R: "Company", "Harfang": "Product", "Rwanda": "Country", "Togo": "Country",
         "Russia": "Country", "Russie": "Country",
         "Egypt": "Country", "Égypte": "Country", "Syrie": "Country", "Bahrain": "Country", "Kenya": "Country",
         "Interior Ministry": "PublicBody", "ministère de l'Intérieur": "PublicBody", "Damas": "Country"}


def case_facts(case: Case) -> Facts:
    return Facts(case.text, case.lang, present(case.text, NAMES), {}, countries=CODES)


CASES = [
    # --- the buyer told by the sale before
    Case("buyer-before", "en", "Talvio Systems sold thermal cameras to Russia in 2013. Nervala, for its part, "
         "delivered navigation systems for fighter jets.", {(T, S, "Russia"), (N, S, "Russia")}),
    Case("buyer-before", "fr", "Talvio Systems a vendu des caméras thermiques à la Russie en 2013. Nervala, de "
         "son côté, a livré des systèmes de navigation pour des avions de combat.",
         {(T, S, "Russie"), (N, S, "Russie")}),
    Case("buyer-before", "en", "Talvio Systems shipped interception probes to the Interior Ministry in 2012. "
         "Two years later Ristek exported the software that ran them.",
         {(T, S, "Interior Ministry"), (R, S, "Interior Ministry")}),
    Case("buyer-before", "fr", "Talvio Systems a fourni des sondes au ministère de l'Intérieur en 2012. Deux ans "
         "plus tard, Ristek a exporté les logiciels qui les pilotaient.",
         {(T, S, "ministère de l'Intérieur"), (R, S, "ministère de l'Intérieur")}),
    Case("nearest-buyer", "en", "Talvio Systems sold drones to Kenya in 2010. Nervala sold armoured vehicles "
         "to Egypt in 2014. Ristek, too, delivered vehicles in 2015.",
         {(R, S, "Egypt")}, {(R, S, "Kenya")}),
    # --- the seller told by the sale before
    Case("seller-before", "fr", "En 2009, Talvio Systems a vendu un centre d'écoute à l'Égypte. D'après les "
         "enquêteurs, des équipements ont encore été expédiés en Syrie en février 2012.",
         {(T, S, "Égypte"), (T, S, "Syrie")}),
    Case("other-goods", "fr", "En 2009, Talvio Systems a vendu des caméras à l'Égypte. D'après les "
         "enquêteurs, des serveurs ont été expédiés en Syrie en février 2012.",
         {(T, S, "Égypte")}, {(T, S, "Syrie")}),
    Case("other-goods", "en", "Talvio Systems sold thermal cameras to Egypt in 2009. The Interior Ministry "
         "bought the servers in 2016.", {(T, S, "Egypt")}, {(T, S, "Interior Ministry")}),
    Case("seller-before", "en", "Nervala sold tear-gas grenades to Bahrain in 2011. More grenades were "
         "shipped to Egypt in 2013.", {(N, S, "Bahrain"), (N, S, "Egypt")}),
    # --- the buyer bought goods the article named before, from no one named: the seller told before
    Case("bought", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. The Interior Ministry "
         "bought the system in 2016.", {(T, S, "Kenya"), (T, S, "Interior Ministry")}),
    Case("bought", "fr", "Talvio Systems a vendu la plateforme Harfang au Kenya en 2010. Le ministère de "
         "l'Intérieur a acquis le système en 2016.", {(T, S, "Kenya"), (T, S, "ministère de l'Intérieur")}),
    Case("bought", "en", "Nervala delivered tear-gas launchers to Bahrain in 2011. Egypt bought the weapons in 2013.",
         {(N, S, "Bahrain"), (N, S, "Egypt")}),
    Case("bought-elsewhere", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. The Interior "
         "Ministry bought the system from a reseller in 2016.", {(T, S, "Kenya")},
         {(T, S, "Interior Ministry")}),
    Case("bought-plan", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. The Interior "
         "Ministry wants to buy the system.", {(T, S, "Kenya")}, {(T, S, "Interior Ministry")}),
    Case("bought-trade", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. Egypt buys such "
         "systems every year.", {(T, S, "Kenya")}, {(T, S, "Egypt")}),
    # --- a contract with a state, no company named: the seller told before
    Case("contract", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. A contract with Egypt "
         "followed in 2012.", {(T, S, "Kenya"), (T, S, "Egypt")}),
    Case("contract", "fr", "Talvio Systems a vendu la plateforme Harfang au Kenya en 2010. Un contrat a "
         "ensuite été conclu avec l'Égypte.", {(T, S, "Kenya"), (T, S, "Égypte")}),
    Case("contract-talks", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. Talks on a "
         "contract with Egypt broke down.", {(T, S, "Kenya")}, {(T, S, "Egypt")}),
    # --- marks of a product's use found in a place: the product of the fact told before
    Case("sighting", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. The company employs 200 "
         "people in Munich and has grown fast since 2015. Traces were later detected in Rwanda.",
         {(T, S, "Kenya"), ("Harfang", "found_in", "Rwanda")}),
    Case("sighting", "fr", "Talvio Systems a vendu la plateforme Harfang au Kenya en 2010. La société emploie "
         "200 personnes à Munich et grandit vite depuis 2015. Des infections ont ensuite été repérées au Togo.",
         {(T, S, "Kenya"), ("Harfang", "found_in", "Togo")}),
    Case("sighting-person", "en", "Talvio Systems sold the Harfang platform to Kenya in 2010. The company "
         "employs 200 people in Munich and has grown fast since 2015. A journalist was found in Rwanda.",
         {(T, S, "Kenya")}, {("Harfang", "found_in", "Rwanda")}),
    Case("sighting-none", "en", "Talvio Systems employs 200 people in Munich and has grown fast since 2015. "
         "Traces were later detected in Rwanda.", set(), {("Harfang", "found_in", "Rwanda")}),
    # --- near misses
    Case("trade", "en", "Talvio Systems sold cameras to Russia in 2013. Nervala sells navigation systems "
         "for fighter jets.", {(T, S, "Russia")}, {(N, S, "Russia")}),
    Case("trade", "fr", "Talvio Systems a vendu des caméras à la Russie en 2013. Nervala vend des systèmes "
         "de navigation.", {(T, S, "Russie")}, {(N, S, "Russie")}),
    Case("no-goods", "en", "Talvio Systems sold cameras to Russia in 2013. Nervala delivered on time, its "
         "chairman said.", {(T, S, "Russia")}, {(N, S, "Russia")}),
    Case("plan", "en", "Talvio Systems sold cameras to Russia in 2013. Nervala plans to deliver navigation "
         "systems next year.", {(T, S, "Russia")}, {(N, S, "Russia")}),
    Case("plan", "fr", "Talvio Systems a vendu des caméras à la Russie en 2013. Nervala prévoit de livrer "
         "des systèmes de navigation l'an prochain.", {(T, S, "Russie")}, {(N, S, "Russie")}),
    Case("no-one", "fr", "Talvio Systems a vendu des caméras à l'Égypte en 2013. Des firmes françaises ont "
         "aussi vendu leurs produits à la Syrie.", {(T, S, "Égypte")}, {(T, S, "Syrie")}),
    Case("installed", "en", "Talvio Systems sold cameras to Egypt in 2013. Nervala installed servers in "
         "the capital.", {(T, S, "Egypt")}, {(N, S, "Egypt")}),
    Case("alone", "en", "Nervala, for its part, delivered navigation systems for fighter jets in 2014.",
         set(), {(N, S, "Russia")}),
    Case("agent", "en", "Talvio Systems sold cameras to Egypt in 2013. Servers were later shipped to Syria "
         "by Ristek.", {(T, S, "Egypt")}, {(T, S, "Syria")}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_orphan_sale(case: Case) -> None:
    check_rules(case_facts(case), case)
