"""A battery for four readings of the trade, French and English: the buyer that orders from a seller ("Z
commande à X des terminaux", "Z a passé commande auprès de X", "Z ordered 200 tablets from X"); one
participle of making over a list of named goods ("des grenades Brume et des lanceurs Fennec, fabriqués par
X", "Vipera launchers and Stryx grenades, both made by X": X made each); a sighting over coordinated places
("identified Brume munitions in Tunisia and in Lebanon"); and a reseller that handles an offer or a delivery
for the buyer named before ("The offer was routed through a Cairo reseller, X, which was to handle
delivery": X supplied the body the offer was for). Near misses give nothing: an order given to a person or
a body ("ordered the police to"), an order planned, cancelled or denied, a participle that agrees with the
last goods alone, a sighting denied, a reseller named with no sale in view or one that declined.

Short articles written for this test with invented companies and products; in the first part the names are
placed by hand (only the fact rules are tested), the second runs the real pipeline. Run as a script for the
pass counts:

    python -m tests.facts.test_supply11
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.test_supply_checklist import Case, check_rules, outcome, params, pipeline_triples, report

pytestmark = pytest.mark.integration

T, N, V, C, H = "Ristek Systems", "Nervala SA", "Veltia", "Corvex", "Hadrin Labs"
S, DEV, FOUND = "supplied", "developed", "found_in"
NAMES = {
    T: "Company", N: "Company", V: "Company", C: "Company", H: "Company",
    "Brume": "Product", "Fennec": "Product", "Vipera": "Product", "Stryx": "Product", "Harfang": "Product",
    "CENA": "PublicBody", "Interior Ministry": "PublicBody", "National Police": "PublicBody",
    "ministère de l'Intérieur": "PublicBody", "gendarmerie": "PublicBody", "police nationale": "PublicBody",
    "State Security Service": "PublicBody", "service de sécurité": "PublicBody",
    "Electoral Commission": "PublicBody",
    "Kenya": "Country", "Tunisia": "Country", "Lebanon": "Country", "Iraq": "Country", "Egypt": "Country",
    "Tunisie": "Country", "Liban": "Country", "Irak": "Country", "Égypte": "Country", "Jordanie": "Country",
    "Jordan": "Country",
    "Maren Olsbo": "Person", "Karim Bensaïd": "Person",
}
CODES = {"Kenya": "ke", "Tunisia": "tn", "Lebanon": "lb", "Iraq": "iq", "Egypt": "eg", "Tunisie": "tn",
         "Liban": "lb", "Irak": "iq", "Égypte": "eg", "Jordanie": "jo", "Jordan": "jo"}
MIN, MINFR, POL, SSS = "Interior Ministry", "ministère de l'Intérieur", "National Police", "State Security Service"


def case_facts(case: Case):  # type: ignore[no-untyped-def]
    """The case read by the rules, with this battery's names."""
    return Facts(case.text, case.lang, {k: v for k, v in NAMES.items() if k in case.text}, {}, countries=CODES)


CASES = [
    # --- the buyer orders from the seller
    Case("order", "fr", "La commission électorale, la CENA, commande à Ristek Systems plus de 3 000 tablettes "
         "biométriques.", {(T, S, "CENA")}, {("CENA", S, T)}),
    Case("order", "fr", "En 2016, la CENA a commandé à Ristek Systems 4 000 terminaux d'identification.",
         {(T, S, "CENA")}),
    Case("order", "fr", "La gendarmerie commande à Nervala SA des lanceurs et des grenades.",
         {(N, S, "gendarmerie")}),
    Case("order", "fr", "Le ministère de l'Intérieur a passé commande auprès de Veltia de 300 terminaux.",
         {(V, S, MINFR)}, {(MINFR, S, V)}),
    Case("order", "fr", "La police nationale passe commande auprès de Corvex pour 80 lanceurs.",
         {(C, S, "police nationale")}),
    Case("order", "fr", "La gendarmerie avait passé une importante commande auprès d'Hadrin Labs en 2019.",
         {(H, S, "gendarmerie")}),
    Case("order", "en", "The Interior Ministry ordered 200 tablets from Ristek Systems in 2019.", {(T, S, MIN)},
         {(MIN, S, T)}),
    Case("order", "en", "In 2017 the Electoral Commission ordered more than 45,000 terminals from Veltia.",
         {(V, S, "Electoral Commission")}),
    Case("order", "en", "The National Police placed an order with Corvex for 40 launchers.", {(C, S, POL)}),
    Case("order", "en", "The Interior Ministry has ordered a batch of handsets from Hadrin Labs.", {(H, S, MIN)}),
    Case("order", "en", "Kenya ordered 12 drones from Nervala SA last year.", {(N, S, "Kenya")}),
    Case("near-order", "en", "The Interior Ministry ordered the National Police to stop buying from Corvex.",
         set(), {(C, S, MIN), (C, S, POL)}),
    Case("near-order", "en", "The Interior Ministry ordered officers to seize phones from Corvex staff.",
         set(), {(C, S, MIN)}),
    Case("near-order", "en", "The Interior Ministry plans to order 200 tablets from Ristek Systems.", set(),
         {(T, S, MIN)}),
    Case("near-order", "en", "The Interior Ministry cancelled the 200 tablets it had ordered from Ristek Systems.",
         set(), {(T, S, MIN)}),
    Case("near-order", "en", "The National Police never placed an order with Corvex.", set(), {(C, S, POL)}),
    Case("near-order", "en", "Did the Interior Ministry order tablets from Veltia?", set(), {(V, S, MIN)}),
    Case("near-order", "en", "The Interior Ministry ordered an inquiry into the purchases from Corvex.", set(),
         {(C, S, MIN)}),
    Case("near-order", "fr", "La CENA commande à Ristek Systems de suspendre les livraisons.", set(),
         {(T, S, "CENA")}),
    Case("near-order", "fr", "La CENA envisage de commander à Ristek Systems 3 000 tablettes.", set(),
         {(T, S, "CENA")}),
    Case("near-order", "fr", "Le ministère de l'Intérieur a annulé la commande passée auprès de Veltia.", set(),
         {(V, S, MINFR)}),
    Case("near-order", "fr", "La gendarmerie n'a jamais passé commande auprès de Nervala SA.", set(),
         {(N, S, "gendarmerie")}),
    Case("near-order", "fr", "Le tribunal a ordonné à la gendarmerie de rendre les tablettes à Corvex.", set(),
         {(C, S, "gendarmerie")}),
    # --- one participle of making over a list of named goods
    Case("made-list", "fr", "Des grenades lacrymogènes Brume et des lanceurs Fennec, fabriqués par Nervala SA, "
         "une entreprise de la Sarthe, ont été tirés.", {(N, DEV, "Brume"), (N, DEV, "Fennec")}),
    Case("made-list", "fr", "La police a utilisé des grenades Brume et des lanceurs Fennec, tous conçus par "
         "Corvex.", {(C, DEV, "Brume"), (C, DEV, "Fennec")}),
    Case("made-list", "fr", "Les lanceurs Vipera, les grenades Stryx et les balles Brume, produits par Hadrin "
         "Labs, ont été saisis.", {(H, DEV, "Vipera"), (H, DEV, "Stryx"), (H, DEV, "Brume")}),
    Case("made-list", "en", "Police fired Vipera launchers and Stryx grenades, both made by Corvex.",
         {(C, DEV, "Vipera"), (C, DEV, "Stryx")}),
    Case("made-list", "en", "Brume grenades and Fennec launchers, all manufactured by Nervala SA, were "
         "found.", {(N, DEV, "Brume"), (N, DEV, "Fennec")}),
    Case("made-list", "en", "Officers carried Vipera, Stryx and Harfang devices, developed by Hadrin Labs.",
         {(H, DEV, "Vipera"), (H, DEV, "Stryx"), (H, DEV, "Harfang")}),
    Case("near-made-list", "fr", "Des grenades Brume et un lanceur Fennec fabriqué par Nervala SA ont été "
         "retrouvés.", {(N, DEV, "Fennec")}, {(N, DEV, "Brume")}),
    Case("near-made-list", "fr", "Les grenades Brume de Veltia et les lanceurs Fennec, fabriqués par Nervala SA, "
         "ont été tirés.", {(N, DEV, "Fennec"), (V, DEV, "Brume")}, {(N, DEV, "Brume")}),
    Case("near-made-list", "en", "Brume grenades sold by Veltia and Fennec launchers made by Corvex were "
         "seized.", {(C, DEV, "Fennec")}, {(C, DEV, "Brume")}),
    Case("near-made-list", "en", "Police fired Brume grenades and a Fennec launcher made by Corvex.",
         {(C, DEV, "Fennec")}, {(C, DEV, "Brume")}),
    Case("near-made-list", "en", "Corvex bought Brume grenades and Fennec launchers, both made by Hadrin Labs.",
         {(H, DEV, "Brume"), (H, DEV, "Fennec")}, {(C, DEV, "Brume"), (C, DEV, "Fennec")}),
    # --- a sighting over coordinated places
    Case("seen-places", "en", "Researchers have identified Brume munitions over the past year in Tunisia and in "
         "Lebanon.", {("Brume", FOUND, "Tunisia"), ("Brume", FOUND, "Lebanon")}),
    Case("seen-places", "fr", "Des grenades Brume ont été retrouvées au Liban et en Irak.",
         {("Brume", FOUND, "Liban"), ("Brume", FOUND, "Irak")}),
    Case("seen-places", "fr", "Des lanceurs Fennec ont été photographiés en Tunisie, au Liban et en Jordanie.",
         {("Fennec", FOUND, "Tunisie"), ("Fennec", FOUND, "Liban"), ("Fennec", FOUND, "Jordanie")}),
    Case("seen-places", "en", "Stryx canisters were found in Iraq, in Jordan and in Egypt.",
         {("Stryx", FOUND, "Iraq"), ("Stryx", FOUND, "Jordan"), ("Stryx", FOUND, "Egypt")}),
    Case("near-seen-places", "en", "Corvex denies that Brume munitions were used in Tunisia or in Lebanon.",
         set(), {("Brume", FOUND, "Tunisia"), ("Brume", FOUND, "Lebanon")}),
    Case("near-seen-places", "fr", "Corvex prévoit d'exposer ses lanceurs Fennec en Tunisie et au Liban.",
         set(), {("Fennec", FOUND, "Tunisie"), ("Fennec", FOUND, "Liban")}),
    # --- a reseller that handles the offer or the delivery for the buyer named before
    Case("reseller", "en", "Ristek Systems offered the State Security Service a licence for Harfang. The "
         "offer was routed through a Cairo reseller, Veltia, which was to handle delivery and installation.",
         {(V, S, SSS)}, {(SSS, S, V)}),
    Case("reseller", "en", "Corvex sold Brume grenades to the National Police in 2019. The delivery went "
         "through a local distributor, Hadrin Labs.", {(H, S, POL)}),
    Case("reseller", "fr", "Ristek Systems a proposé au service de sécurité une licence Harfang. L'offre "
         "passait par un revendeur du Caire, Veltia, chargé de la livraison et de l'installation.",
         {(V, S, "service de sécurité")}),
    Case("reseller", "fr", "Veltia, revendeur local de Ristek Systems, a livré les caméras à la gendarmerie.",
         {(V, S, "gendarmerie")}, {(T, S, V)}),
    Case("reseller", "en", "Veltia, a local reseller for Ristek Systems, delivered the cameras to the "
         "National Police.", {(V, S, POL)}),
    Case("near-reseller", "en", "Ristek Systems offered the State Security Service a licence for Harfang. "
         "Veltia, a Cairo reseller, declined to handle the delivery.", set(), {(V, S, SSS)}),
    Case("near-reseller", "en", "The State Security Service met Maren Olsbo in May. Veltia is a reseller "
         "based in Cairo.", set(), {(V, S, SSS)}),
    Case("near-reseller", "fr", "Le service de sécurité a refusé l'offre. Veltia, un revendeur du Caire, "
         "n'a rien livré.", set(), {(V, S, "service de sécurité")}),
    Case("near-reseller", "en", "The National Police rejected the bid. The offer had gone through a local "
         "reseller, Hadrin Labs.", set(), {(H, S, POL)}),
]

# --- the same through the real pipeline: the reseller's buyer named before by a description
ARTICLES = [
    Case("reseller", "en", "Egypt's State Security Service wanted spyware. Ristek Systems offered the Egyptian "
         "security service a licence for its software. The offer was routed through a Cairo reseller, Veltia "
         "Trading, which was to handle delivery.", {("Veltia Trading", S, "State Security Service")}),
    Case("near-reseller", "en", "Egypt's State Security Service wanted spyware. Ristek Systems offered the "
         "Egyptian security service a licence for its software. The service rejected it. Veltia Trading, a Cairo "
         "reseller, handled no delivery.", set(), {("Veltia Trading", S, "State Security Service")}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_supply11(case: Case) -> None:
    check_rules(case_facts(case), case)


@pytest.mark.parametrize("article", params(ARTICLES, "e2e-"))
def test_supply11_end_to_end(article: Case) -> None:
    found = pipeline_triples(article)
    missed, wrong = outcome(found, article, loose=True)
    assert not missed and not wrong, f"missed {missed}, wrong {wrong}, found {sorted(found)}"


if __name__ == "__main__":
    report(pipeline=True, cases=CASES, articles=ARTICLES, read=lambda c: case_facts(c).triples())
