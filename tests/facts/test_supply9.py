"""A battery for `supplied` where the seller is not named in the sentence of the sale (after the supply8
battery): goods of no owner and no product named, sold to a state or a body, in an article whose company in
view was named as selling or making such goods before ("Arvane fabrique des serveurs. Des serveurs ont été
expédiés à Damas"); the subject of a verb coordinated with another ("agreed to plead guilty and to pay a
fine for shipping equipment to Iran"); "it"/"elle" after a main clause naming no actor ("Court filings show
that it supplied"); "lui"/"leur" of "qui lui vend". Near misses give nothing: no company in view, two
companies in view, the company in view a buyer or a researcher, goods of another maker named in between,
a plan, a denial, goods found rather than sold.

Short articles written for this test with invented companies; the names are placed by hand (only the fact
rules are tested). Run as a script for the pass counts:

    python -m tests.facts.test_supply9
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.role_cases import present
from tests.facts.test_supply_checklist import CODES, NAMES, Case, check_rules, params, report

pytestmark = pytest.mark.integration

V, A, K, ST = "Veltrix Systems", "Arvane", "Kordel Analytics", "Stenmark Group"
S = "supplied"
EXTRA = {"Syria": "Country", "Iran": "Country", "Libya": "Country", "Libye": "Country"}
EXTRA_CODES = {"Syria": "sy", "Iran": "ir", "Libya": "ly", "Libye": "ly"}


def case_facts(case: Case):  # type: ignore[no-untyped-def]
    """The case read by the rules, with this battery's names."""
    return Facts(case.text, case.lang, present(case.text, {**NAMES, **EXTRA}), {},
                 countries={**CODES, **EXTRA_CODES})


CASES = [
    # --- goods of no owner and no product, the company in view named as selling or making them before
    Case("seller-in-view", "fr", "Arvane fabrique des serveurs d'interception. La Syrie a renforcé sa "
         "surveillance en 2010. Des serveurs ont été expédiés à Damas en 2011.", {(A, S, "Syrie")}),
    Case("seller-in-view", "en", "Veltrix Systems makes interception servers. Syria tightened its grip in "
         "2010. Servers were shipped to Damascus in 2011.", {(V, S, "Syria")}),
    Case("seller-in-view", "fr", "Arvane vend des caméras thermiques depuis 2005. Des caméras ont été "
         "livrées à l'Égypte en 2013.", {(A, S, "Égypte")}),
    Case("seller-in-view", "en", "Veltrix Systems sells surveillance cameras. Cameras were delivered to the "
         "Interior Ministry in 2014.", {(V, S, "Interior Ministry")}),
    Case("seller-in-view", "fr", "Arvane a conçu le système d'écoute. La Syrie voulait surveiller le web. "
         "Des serveurs ont été expédiés à Damas en 2011.", {(A, S, "Syrie")}),
    Case("seller-in-view", "en", "Veltrix Systems built the monitoring system. Probes were sold to Egypt in "
         "2012.", {(V, S, "Egypt")}),
    Case("seller-in-view", "fr", "Arvane fabrique des serveurs. Kordel Analytics lui vend des composants. "
         "La Syrie en voulait. Des serveurs ont été expédiés à Damas en 2011.", {(A, S, "Syrie"), (K, S, A)},
         {(K, S, "Syrie")}),
    Case("seller-in-view", "en", "Veltrix Systems makes servers. Kordel Analytics sold it chips in 2010. "
         "Syria wanted them. Servers were shipped to Damascus in 2011.", {(V, S, "Syria")},
         {(K, S, "Syria")}),
    # --- near misses: no company in view, or one that is no seller, or two
    Case("near-miss", "fr", "La Syrie a renforcé sa surveillance en 2010. Des serveurs ont été expédiés à "
         "Damas en 2011.", set(), {(A, S, "Syrie")}),
    Case("near-miss", "en", "Veltrix Systems was founded in Oslo. Syria wanted them. Servers were shipped to "
         "Damascus in 2011.",
         set(), {(V, S, "Syria")}),
    Case("near-miss", "fr", "Arvane et Kordel Analytics fabriquent des serveurs. La Syrie en voulait. "
         "Des serveurs ont été expédiés à Damas en 2011.", set(), {(A, S, "Syrie"), (K, S, "Syrie")}),
    Case("near-miss", "en", "Veltrix Systems bought servers in 2010. Syria wanted them. Servers were shipped "
         "to Damascus in 2011.", set(), {(V, S, "Syria")}),
    Case("near-miss", "fr", "Arvane a acheté des serveurs en 2010. La Syrie en voulait. Des serveurs ont été "
         "expédiés à Damas en 2011.", set(), {(A, S, "Syrie")}),
    Case("near-miss", "en", "Kordel Analytics analysed cameras seized by customs. Cameras were delivered to "
         "Egypt in 2013.", set(), {(K, S, "Egypt")}),
    Case("near-miss", "fr", "Kordel Analytics a examiné des caméras saisies. Des caméras ont été livrées à "
         "l'Égypte en 2013.", set(), {(K, S, "Égypte")}),
    Case("near-miss", "en", "Veltrix Systems makes servers. Stenmark Group also makes servers. Syria wanted "
         "them. Servers were shipped to Damascus in 2011.", set(), {(V, S, "Syria"), (ST, S, "Syria")}),
    Case("near-miss", "fr", "Arvane fabrique des serveurs. Les serveurs de Stenmark Group sont moins chers. "
         "La Syrie en voulait. Des serveurs ont été expédiés à Damas en 2011.", set(), {(A, S, "Syrie")}),
    Case("near-miss", "en", "Veltrix Systems makes servers. Syria wanted them. Servers were to be shipped to "
         "Damascus in 2011.",
         set(), {(V, S, "Syria")}),
    Case("near-miss", "fr", "Arvane fabrique des serveurs. Kordel Analytics vend des composants au Maroc. "
         "La Syrie en voulait. Des serveurs ont été expédiés à Damas en 2011.", set(),
         {(A, S, "Syrie"), (K, S, "Syrie")}),
    Case("near-miss", "fr", "Arvane fabrique des serveurs. La Syrie en voulait. Aucun serveur n'a été "
         "expédié "
         "à Damas.",
         set(), {(A, S, "Syrie")}),
    Case("near-miss", "en", "Veltrix Systems makes cameras. Cameras were found in Egypt in 2013.",
         set(), {(V, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems makes cameras. Cameras were sold to Egypt by Kordel Analytics.",
         {(K, S, "Egypt")}, {(V, S, "Egypt")}),
    # --- the subject of a coordinated verb
    Case("coordinated", "fr", "Kordel Analytics a accepté de plaider coupable et de payer une amende pour "
         "avoir expédié du matériel vers l'Iran.", {(K, S, "Iran")}),
    Case("coordinated", "en", "Kordel Analytics agreed to plead guilty and to pay a fine for shipping "
         "equipment to Iran.", {(K, S, "Iran")},
         gap="the English parse reads 'shipping equipment' as a compound noun under 'fine': no verb to "
         "climb from"),
    Case("coordinated", "en", "Veltrix Systems admitted the charges and paid a fine for selling servers to "
         "Syria.", {(V, S, "Syria")}),
    Case("coordinated", "fr", "Arvane a reconnu les faits et a payé une amende pour avoir vendu des "
         "serveurs à la Syrie.", {(A, S, "Syrie")}),
    Case("near-miss", "en", "Kordel Analytics agreed to pay a fine but denies shipping equipment to Iran.",
         set(), {(K, S, "Iran")}),
    Case("near-miss", "fr", "Kordel Analytics a refusé de plaider coupable et nie avoir expédié du matériel "
         "vers l'Iran.", set(), {(K, S, "Iran")}),
    Case("near-miss", "en", "Kordel Analytics agreed to plead guilty and to stop shipping equipment to "
         "Iran.", set(), {(K, S, "Iran")}),
    # --- "it"/"elle" after a main clause naming no actor
    Case("pronoun", "en", "Kordel Analytics was founded in Tel Aviv in 2009. Court filings show that it "
         "supplied the Interior Ministry with interception gear.", {(K, S, "Interior Ministry")}),
    Case("pronoun", "fr", "Arvane est basée à Lyon. Des documents judiciaires montrent qu'elle a fourni des "
         "sondes à l'Égypte.", {(A, S, "Égypte")}),
    Case("pronoun", "en", "Veltrix Systems is based in Oslo. Leaked invoices suggest it sold servers to "
         "Syria in 2011.", {(V, S, "Syria")}),
    Case("near-miss", "en", "Kordel Analytics was founded in 2009. Nothing shows that it supplied the "
         "Interior Ministry.", set(), {(K, S, "Interior Ministry")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Rien ne montre qu'elle a fourni des sondes à "
         "l'Égypte.", set(), {(A, S, "Égypte")}),
    Case("near-miss", "en", "Kordel Analytics was founded in 2009. Court filings show that it bought "
         "servers from Veltrix Systems.", {(V, S, K)}, {(K, S, V)}),
    # --- "qui lui vend"
    Case("clitic", "fr", "Le Maroc a choisi Arvane, qui lui vend des caméras depuis 2012.",
         {(A, S, "Maroc")}, {("Maroc", S, A)}),
    Case("clitic", "fr", "Stenmark Group a racheté Kordel Analytics en 2015. Arvane, qui lui vend des "
         "serveurs, a été écartée.", {(A, S, K)}),
    Case("clitic", "fr", "La Tunisie cherchait des sondes. Arvane lui a livré Orphée en 2011.",
         {(A, S, "Tunisie")}),
    Case("clitic", "fr", "Arvane a signé un contrat avec le Maroc. Pour le remplir, l'entreprise achète des "
         "pièces à plusieurs fournisseurs, dont Kordel Analytics, qui lui vend des serveurs.", {(K, S, A)},
         {(K, S, "Maroc")}),
    Case("near-miss", "fr", "Arvane a signé un contrat avec le Maroc. Pour le remplir, l'entreprise achète "
         "des pièces à plusieurs fournisseurs, dont Kordel Analytics, qui lui propose des serveurs.", set(),
         {(K, S, "Maroc"), (K, S, A)}),
    Case("near-miss", "fr", "Le Maroc a choisi Arvane, qui lui propose des caméras depuis 2012.",
         set(), {(A, S, "Maroc")}),
    Case("near-miss", "fr", "Le Maroc a rencontré Arvane, qui lui a parlé de ses caméras.",
         set(), {(A, S, "Maroc")}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_supply9(case: Case) -> None:
    check_rules(case_facts(case), case)


if __name__ == "__main__":
    report(pipeline=False, cases=CASES, articles=[], read=lambda c: case_facts(c).triples())
