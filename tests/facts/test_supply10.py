"""A battery for the breadth of the `supplied` wording, French and English: the verbs of the seller
("outfitted", "furnished", "handed over", "licensed to", "leased to", "set up for", "a doté", "a cédé",
"a mis en place pour"), the contracts won ("landed a contract with", "was awarded a contract by",
"a décroché un marché auprès de"), the buyer as subject ("procured from", "turned to X for", "s'est
procuré auprès de", "a fait appel à X pour"), and the nouns ("the shipment of Y to Z by X", "X's client Z",
"Z, a client of X", "la livraison de Y à Z", "le contrat de X avec Z"). Near misses give nothing: a plan,
talks, an offer refused, a denial, a question, a purchase from a company that is no seller, shares or a
subsidiary sold, a generic statement.

Short articles written for this test with invented companies and products; the names are placed by hand
(only the fact rules are tested). Run as a script for the pass counts:

    python -m tests.facts.test_supply10
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.role_cases import present
from tests.facts.test_supply_checklist import CODES, NAMES, Case, check_rules, params, report

pytestmark = pytest.mark.integration

T, B, Q = "Talvio Systems", "Vexalor", "Quorra Networks"
S = "supplied"
EXTRA = {T: "Company", B: "Company", Q: "Company", "Harfang": "Product", "Ospry": "Product",
         "police nationale": "PublicBody", "National Police": "PublicBody", "armée de l'air": "PublicBody"}
MIN, MINFR, UPF = "Interior Ministry", "ministère de l'Intérieur", "Uganda Police Force"


def case_facts(case: Case):  # type: ignore[no-untyped-def]
    """The case read by the rules, with this battery's names."""
    return Facts(case.text, case.lang, present(case.text, {**NAMES, **EXTRA}), {}, countries=CODES)


CASES = [
    # --- seller-side verbs, English
    Case("seller-verb", "en", "Talvio Systems outfitted the Uganda Police Force with Harfang cameras in 2019.",
         {(T, S, UPF)}, {(UPF, S, T)}),
    Case("seller-verb", "en", "In 2015, Talvio Systems furnished the Interior Ministry with interception probes.",
         {(T, S, MIN)}),
    Case("seller-verb", "en", "Talvio Systems provided the Harfang platform to Kenya in 2016.", {(T, S, "Kenya")}),
    Case("seller-verb", "en", "Talvio Systems shipped Harfang servers to Egypt in 2013.", {(T, S, "Egypt")}),
    Case("seller-verb", "en", "Talvio Systems re-exported the servers to Bahrain through Dubai.",
         {(T, S, "Bahrain")}),
    Case("seller-verb", "en", "Talvio Systems set up a monitoring centre for the Interior Ministry in 2015.",
         {(T, S, MIN)}),
    Case("seller-verb", "en", "Talvio Systems licensed the Harfang software to the Interior Ministry.",
         {(T, S, MIN)}),
    Case("seller-verb", "en", "Talvio Systems leased six drones to the Uganda Police Force.", {(T, S, UPF)}),
    Case("seller-verb", "en", "Talvio Systems handed over the Harfang system to Kenya in 2018.",
         {(T, S, "Kenya")}),
    Case("seller-verb", "en", "Talvio Systems transferred the interception technology to Egypt in 2012.",
         {(T, S, "Egypt")}),
    Case("seller-verb", "en", "Talvio Systems has been selling Harfang to Morocco since 2014.",
         {(T, S, "Morocco")}),
    Case("seller-verb", "en", "Talvio Systems installed Harfang for the National Police in 2017.",
         {(T, S, "National Police")}),
    Case("seller-verb", "en", "Talvio Systems deployed its probes for the Interior Ministry.", {(T, S, MIN)}),
    Case("seller-verb", "en", "Talvio Systems integrated the Harfang platform for the Ministry of Defence.",
         {(T, S, "Ministry of Defence")}),
    Case("seller-verb", "en", "Talvio Systems built a data centre for the Uganda Police Force.", {(T, S, UPF)}),
    Case("seller-verb", "en", "Talvio Systems armed the Ministry of Defence with Harfang drones.",
         {(T, S, "Ministry of Defence")}),
    # --- contracts, English
    Case("contract", "en", "Talvio Systems won a contract with the Interior Ministry in 2016.", {(T, S, MIN)}),
    Case("contract", "en", "Talvio Systems landed a $20 million contract from the Ministry of Defence.",
         {(T, S, "Ministry of Defence")}),
    Case("contract", "en", "Talvio Systems secured a deal with Kenya to supply Harfang.", {(T, S, "Kenya")}),
    Case("contract", "en", "Talvio Systems signed a contract with Egypt in 2014.", {(T, S, "Egypt")}),
    Case("contract", "en", "Talvio Systems was awarded a contract by the Uganda Police Force in 2018.",
         {(T, S, UPF)}, {(UPF, S, T)}),
    Case("contract", "en", "In 2018, the Uganda Police Force awarded a contract to Talvio Systems.",
         {(T, S, UPF)}, {(UPF, S, T)}),
    Case("contract", "en", "Talvio Systems was awarded a $4 million Interior Ministry contract in 2019.",
         {(T, S, MIN)}),
    Case("contract", "en", "Talvio Systems's contract with the Interior Ministry ran until 2020.", {(T, S, MIN)}),
    # --- buyer-side verbs, English
    Case("buyer-verb", "en", "The Interior Ministry procured Harfang cameras from Talvio Systems in 2016.",
         {(T, S, MIN)}, {(MIN, S, T)}),
    Case("buyer-verb", "en", "Kenya purchased the Harfang system from Talvio Systems.", {(T, S, "Kenya")}),
    Case("buyer-verb", "en", "Egypt ordered forty drones from Talvio Systems in 2015.", {(T, S, "Egypt")}),
    Case("buyer-verb", "en", "The Uganda Police Force turned to Talvio Systems for its surveillance cameras.",
         {(T, S, UPF)}),
    Case("buyer-verb", "en", "The Interior Ministry contracted Talvio Systems to install Harfang.",
         {(T, S, MIN)}),
    Case("buyer-verb", "en", "The Interior Ministry hired Talvio Systems to install a monitoring centre.",
         {(T, S, MIN)}),
    Case("buyer-verb", "en", "Kenya acquired Harfang from Talvio Systems in 2017.", {(T, S, "Kenya")}),
    Case("buyer-verb", "en", "Morocco obtained the software from Talvio Systems.", {(T, S, "Morocco")}),
    Case("contract", "en", "The Interior Ministry placed an order for forty drones with Talvio Systems.",
         {(T, S, MIN)}, {(MIN, S, T)}),
    Case("contract", "en", "Kenya awarded Talvio Systems a contract to supply Harfang.", {(T, S, "Kenya")},
         {("Kenya", S, T)}),
    Case("contract", "en", "Talvio Systems secured an order from the Uganda Police Force for 40 cameras.",
         {(T, S, UPF)}),
    Case("buyer-verb", "en", "Kenya relied on Talvio Systems for its interception servers.", {(T, S, "Kenya")}),
    Case("buyer-verb", "en", "The National Police brought in Talvio Systems to install street cameras.",
         {(T, S, "National Police")}),
    # --- nouns, English
    Case("noun", "en", "The sale of Harfang to Bahrain by Talvio Systems was revealed in 2019.",
         {(T, S, "Bahrain")}),
    Case("noun", "en", "Talvio Systems's sale of Harfang to Bahrain drew criticism.", {(T, S, "Bahrain")}),
    Case("noun", "en", "The shipment of Harfang servers to Egypt by Talvio Systems went through Cyprus.",
         {(T, S, "Egypt")}),
    Case("noun", "en", "The delivery of the drones to Kenya by Talvio Systems took two years.",
         {(T, S, "Kenya")}),
    Case("noun", "en", "Talvio Systems's client, the Interior Ministry, paid in cash.", {(T, S, MIN)}),
    Case("noun", "en", "The Interior Ministry, a client of Talvio Systems, denied any abuse.", {(T, S, MIN)}),
    Case("noun", "en", "The Interior Ministry, a longtime Talvio Systems customer, declined to comment.",
         {(T, S, MIN)}),
    Case("noun", "en", "The Uganda Police Force is one of Talvio Systems's biggest customers.", {(T, S, UPF)}),
    # --- seller-side verbs, French
    Case("seller-verb", "fr", "En 2014, Vexalor a équipé la police nationale de caméras Harfang.",
         {(B, S, "police nationale")}),
    Case("seller-verb", "fr", "Vexalor a doté l'armée de l'air de drones Ospry.", {(B, S, "armée de l'air")}),
    Case("seller-verb", "fr", "Vexalor a fourni le logiciel Ospry au ministère de l'Intérieur en 2016.",
         {(B, S, MINFR)}),
    Case("seller-verb", "fr", "Vexalor a livré des blindés au Togo en 2012.", {(B, S, "Togo")}),
    Case("seller-verb", "fr", "Vexalor a vendu Ospry à l'Égypte.", {(B, S, "Égypte")}),
    Case("seller-verb", "fr", "Vexalor a cédé sa technologie d'interception au Maroc.", {(B, S, "Maroc")}),
    Case("seller-verb", "fr", "Vexalor a exporté des sondes vers la Tunisie en 2011.", {(B, S, "Tunisie")}),
    Case("seller-verb", "fr", "Vexalor a installé le système Ospry pour le ministère de l'Intérieur.",
         {(B, S, MINFR)}),
    Case("seller-verb", "fr", "Vexalor a déployé ses caméras pour la police nationale à Dakar.",
         {(B, S, "police nationale")}),
    Case("seller-verb", "fr", "Vexalor a mis en place un centre d'écoute pour le ministère de l'Intérieur.",
         {(B, S, MINFR)}),
    Case("seller-verb", "fr", "Vexalor a remis les drones Ospry à l'armée de l'air en 2019.",
         {(B, S, "armée de l'air")}),
    Case("seller-verb", "fr", "Vexalor a transféré sa technologie à l'Algérie.", {(B, S, "Algérie")}),
    Case("seller-verb", "fr", "Vexalor a loué des drones à la police nationale.", {(B, S, "police nationale")}),
    Case("seller-verb", "fr", "Vexalor a concédé une licence Ospry au ministère de l'Intérieur.",
         {(B, S, MINFR)}),
    # --- contracts, French
    Case("contract", "fr", "Vexalor a décroché un contrat auprès du ministère de l'Intérieur en 2015.",
         {(B, S, MINFR)}),
    Case("contract", "fr", "Vexalor a remporté un marché de 30 millions d'euros auprès de l'Égypte.",
         {(B, S, "Égypte")}),
    Case("contract", "fr", "Vexalor a signé un contrat avec le Maroc en 2013.", {(B, S, "Maroc")}),
    Case("contract", "fr", "Vexalor a obtenu un marché du ministère de l'Intérieur.", {(B, S, MINFR)}),
    Case("contract", "fr", "Le ministère de l'Intérieur a attribué un marché à Vexalor en 2017.",
         {(B, S, MINFR)}, {(MINFR, S, B)}),
    Case("contract", "fr", "Vexalor s'est vu attribuer un marché par le ministère de l'Intérieur.",
         {(B, S, MINFR)}),
    Case("contract", "fr", "Le contrat de Vexalor avec l'Égypte portait sur des drones.", {(B, S, "Égypte")}),
    # --- buyer-side verbs, French
    Case("buyer-verb", "fr", "Le Maroc a acheté des caméras Ospry auprès de Vexalor.", {(B, S, "Maroc")}),
    Case("buyer-verb", "fr", "L'Égypte a acquis le système Ospry auprès de Vexalor en 2014.", {(B, S, "Égypte")}),
    Case("buyer-verb", "fr", "Le Togo a commandé vingt blindés à Vexalor.", {(B, S, "Togo")}),
    Case("buyer-verb", "fr", "La Tunisie s'est procuré des sondes auprès de Vexalor.", {(B, S, "Tunisie")}),
    Case("buyer-verb", "fr", "Le ministère de l'Intérieur a fait appel à Vexalor pour installer ses caméras.",
         {(B, S, MINFR)}),
    Case("buyer-verb", "fr", "L'Algérie s'est équipée auprès de Vexalor en 2016.", {(B, S, "Algérie")}),
    Case("buyer-verb", "fr", "Le Maroc s'est doté des drones Ospry de Vexalor en 2018.", {(B, S, "Maroc")}),
    Case("contract", "fr", "Le Togo a passé une commande de blindés à Vexalor en 2010.", {(B, S, "Togo")},
         {("Togo", S, B)}),
    Case("contract", "fr", "Le marché conclu par Vexalor avec le Maroc portait sur des caméras.",
         {(B, S, "Maroc")}),
    Case("buyer-verb", "fr", "L'armée de l'air s'est tournée vers Vexalor pour ses drones.",
         {(B, S, "armée de l'air")}),
    Case("buyer-verb", "fr", "La police nationale s'est fournie en caméras chez Vexalor.",
         {(B, S, "police nationale")}),
    # --- nouns, French
    Case("noun", "fr", "La vente d'Ospry à l'Égypte par Vexalor a été révélée en 2019.", {(B, S, "Égypte")}),
    Case("noun", "fr", "La livraison des blindés au Togo par Vexalor a pris deux ans.", {(B, S, "Togo")}),
    Case("noun", "fr", "La fourniture de sondes à la Tunisie par Vexalor a été confirmée.", {(B, S, "Tunisie")}),
    Case("noun", "fr", "L'exportation de drones vers l'Algérie par Vexalor inquiète les ONG.",
         {(B, S, "Algérie")}),
    Case("noun", "fr", "Le ministère de l'Intérieur, client de Vexalor, n'a pas répondu.", {(B, S, MINFR)}),
    Case("noun", "fr", "Le Maroc est l'un des principaux clients de Vexalor.", {(B, S, "Maroc")}),
    # --- near misses, English
    Case("near-miss", "en", "Talvio Systems plans to sell Harfang to Kenya next year.", set(), {(T, S, "Kenya")}),
    Case("near-miss", "en", "Talvio Systems is in talks with Egypt over a drone contract.", set(),
         {(T, S, "Egypt")}),
    Case("near-miss", "en", "Talvio Systems offered Harfang to Bahrain, which turned it down.", set(),
         {(T, S, "Bahrain")}),
    Case("near-miss", "en", "Talvio Systems denied having sold Harfang to Bahrain.", set(), {(T, S, "Bahrain")}),
    Case("near-miss", "en", "Did Talvio Systems sell Harfang to Bahrain?", set(), {(T, S, "Bahrain")}),
    Case("near-miss", "en", "Kenya bought office furniture from Quorra Networks, a retailer.", set(),
         {(Q, S, "Kenya")}),
    Case("near-miss", "en", "Talvio Systems sold its shares in Quorra Networks to Halden Capital.", set(),
         {(T, S, "Halden Capital")}),
    Case("near-miss", "en", "Talvio Systems sold the subsidiary to Halden Capital in 2020.", set(),
         {(T, S, "Halden Capital")}),
    Case("near-miss", "en", "Companies such as Talvio Systems sell surveillance tools to governments.", set(),
         {(T, S, "Kenya")}),
    Case("near-miss", "en", "Talvio Systems lost a contract with the Interior Ministry in 2016.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems bid for a contract with the Interior Ministry.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "The Interior Ministry rejected the offer from Talvio Systems.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems hired Quorra Networks to audit its accounts.", set(),
         {(Q, S, T), (T, S, Q)}),
    Case("near-miss", "en", "The Uganda Police Force turned to Talvio Systems for comment.", set(),
         {(T, S, UPF)}),
    Case("near-miss", "en", "Talvio Systems was never awarded a contract by the Interior Ministry.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems handed over the documents to the Interior Ministry.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems transferred its servers to Kenya in 2020.", set(), {(T, S, "Kenya")}),
    Case("near-miss", "en", "Talvio Systems set up a meeting for the Interior Ministry.", set(), {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems obtained a court order from the Interior Ministry.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "The Interior Ministry gave orders to Talvio Systems to stop all exports.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "The Interior Ministry called on Talvio Systems to provide details.", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "The Interior Ministry awarded a medal to Talvio Systems.", set(), {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems won an award from the Interior Ministry.", set(), {(T, S, MIN)}),
    Case("near-miss", "en", "The Interior Ministry, a prospective Talvio Systems customer, has not decided.",
         set(), {(T, S, MIN)}),
    Case("near-miss", "en", "Would the Interior Ministry award a contract to Talvio Systems?", set(),
         {(T, S, MIN)}),
    Case("near-miss", "en", "Talvio Systems could win a contract from the Interior Ministry.", set(),
         {(T, S, MIN)}),
    # --- near misses, French
    Case("near-miss", "fr", "Vexalor envisage de vendre Ospry au Maroc.", set(), {(B, S, "Maroc")}),
    Case("near-miss", "fr", "Vexalor négocie avec l'Égypte un contrat de drones.", set(), {(B, S, "Égypte")}),
    Case("near-miss", "fr", "Vexalor dément avoir livré des blindés au Togo.", set(), {(B, S, "Togo")}),
    Case("near-miss", "fr", "Vexalor a-t-elle vendu Ospry à l'Égypte ?", set(), {(B, S, "Égypte")}),
    Case("near-miss", "fr", "Vexalor a cédé sa filiale Quorra Networks à Halden Capital.", set(),
         {(B, S, "Halden Capital")}),
    Case("near-miss", "fr", "Vexalor a vendu ses parts dans Quorra Networks à Halden Capital.", set(),
         {(B, S, "Halden Capital")}),
    Case("near-miss", "fr", "Le Maroc a proposé un contrat à Vexalor, qui l'a refusé.", set(),
         {(B, S, "Maroc")}),
    Case("near-miss", "fr", "Vexalor a perdu le marché du ministère de l'Intérieur.", set(), {(B, S, MINFR)}),
    Case("near-miss", "fr", "Le ministère de l'Intérieur a fait appel à Vexalor pour un audit de sécurité.",
         set(), {(B, S, MINFR)}),
    Case("near-miss", "fr", "Des entreprises comme Vexalor vendent des outils de surveillance aux États.", set(),
         {(B, S, "États")}),
    Case("near-miss", "fr", "Vexalor a répondu à l'appel d'offres du ministère de l'Intérieur.", set(),
         {(B, S, MINFR)}),
    Case("near-miss", "fr", "Vexalor a remis un rapport au ministère de l'Intérieur en 2019.", set(),
         {(B, S, MINFR)}),
    Case("near-miss", "fr", "Vexalor a transféré ses serveurs vers l'Algérie en 2020.", set(), {(B, S, "Algérie")}),
    Case("near-miss", "fr", "Vexalor a mis en place une formation pour la police nationale.", set(),
         {(B, S, "police nationale")}),
    Case("near-miss", "fr", "Le ministère de l'Intérieur a fait appel à Vexalor pour fournir des explications.",
         set(), {(B, S, MINFR)}),
    Case("near-miss", "fr", "Vexalor a perdu le contrat avec l'Égypte en 2016.", set(), {(B, S, "Égypte")}),
    Case("near-miss", "fr", "Vexalor pourrait décrocher un marché auprès de l'Égypte.", set(), {(B, S, "Égypte")}),
    Case("near-miss", "fr", "Le ministère de l'Intérieur a-t-il attribué un marché à Vexalor ?", set(),
         {(B, S, MINFR)}),
    Case("near-miss", "fr", "Le Maroc, client potentiel de Vexalor, n'a encore rien signé.", set(),
         {(B, S, "Maroc")}),
    Case("near-miss", "fr", "Le ministère de l'Intérieur a confié une enquête à Vexalor.", set(), {(B, S, MINFR)}),
    Case("near-miss", "fr", "Vexalor n'a jamais obtenu de marché du ministère de l'Intérieur.", set(),
         {(B, S, MINFR)}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_supply10(case: Case) -> None:
    check_rules(case_facts(case), case)


if __name__ == "__main__":
    report(pipeline=False, cases=CASES, articles=[], read=lambda c: case_facts(c).triples())
