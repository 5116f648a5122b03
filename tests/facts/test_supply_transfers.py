"""A checklist for the transfer family beyond "X sold Y to Z" (session 6): the buyer that picks its
supplier ("Z selected X to provide Y"), a company naming its customer ("X confirmed that Z was a
customer", "X compte parmi ses clients Z"), a buyer's contract kept in force and an invoice addressed to a buyer (the company the text is
about), goods a verb of buying governs where the parser cut them off, makers coordinated with the marker
repeated ("conçu par X et par Y"), goods found in use (infections traced to a state, goods photographed
there), and a possessor that is no client ("outside Z's reach").

Sentences written for this test with invented companies and products, French and English; each case
gives the triples it must yield and near misses that must NOT fire (negation, denial, a hypothesis,
another task than a supply, another seller named). Known gaps are strict xfails with their reason.

    python -m tests.facts.test_supply_transfers
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.test_supply_checklist import Case, check_rules, outcome, params, pipeline_triples, report
from tests.facts.test_supply_checklist import facts as checklist_facts

pytestmark = pytest.mark.integration

V, A, K = "Veltrix Systems", "Arvane", "Kordel Analytics"
S, DEV, FOUND = "supplied", "developed", "found_in"
IM, MI = "Interior Ministry", "ministère de l'Intérieur"
EXTRA = {"Lorsen Telecom": "Company", "armée égyptienne": "PublicBody"}

CASES = [
    # --- the buyer picks its supplier for a supply
    Case("selected", "en", "Documents show that the Interior Ministry selected Veltrix Systems to provide a "
         "lawful intercept platform.", {(V, S, IM)}, {(IM, S, V)}),
    Case("selected", "en", "In 2019 Kenya hired Veltrix Systems to install Kestrel across the capital.",
         {(V, S, "Kenya")}, {("Kenya", S, V)}),
    Case("selected", "en", "Veltrix Systems was selected by the Interior Ministry to supply cameras.",
         {(V, S, IM)}),
    Case("selected", "en", "Kenya hired Veltrix Systems to supply cameras to the Uganda Police Force.",
         {(V, S, "Kenya"), (V, S, "Uganda Police Force")}, {("Kenya", S, "Uganda Police Force")}),
    Case("selected", "fr", "Le ministère de l'Intérieur a choisi Arvane pour installer des caméras.",
         {(A, S, MI)}, {(MI, S, A)}),
    Case("selected", "fr", "En 2014, le Sénégal a retenu Arvane pour fournir le système Orphée à sa police.",
         {(A, S, "Sénégal")}),
    Case("selected", "fr", "Arvane a été choisie par le ministère de l'Intérieur pour équiper la police.",
         {(A, S, MI)}),
    Case("selected", "en", "The Interior Ministry did not select Veltrix Systems to supply cameras.",
         set(), {(V, S, IM)}),
    Case("selected", "en", "The Interior Ministry hired Veltrix Systems to audit its network.",
         set(), {(V, S, IM)}),
    Case("selected", "en", "Kenya could choose Veltrix Systems to install the cameras.", set(),
         {(V, S, "Kenya")}),
    Case("selected", "en", "If Kenya selects Veltrix Systems to supply the cameras, Arvane will protest.",
         set(), {(V, S, "Kenya")}),
    Case("selected", "fr", "Le ministère de l'Intérieur n'a pas retenu Arvane pour installer les caméras.",
         set(), {(A, S, MI)}),
    Case("selected", "fr", "Le ministère de l'Intérieur a choisi Arvane pour auditer son réseau.", set(),
         {(A, S, MI)}),
    Case("selected", "fr", "Le Sénégal envisage de choisir Arvane pour fournir des caméras.", set(),
         {(A, S, "Sénégal")}),
    # --- a company says who its customer is
    Case("client-said", "en", "In a statement, Veltrix Systems confirmed that Kenya was a customer.",
         {(V, S, "Kenya")}, {("Kenya", S, V)}),
    Case("client-said", "en", "Veltrix Systems said Kenya had been a client since 2015.", {(V, S, "Kenya")}),
    Case("client-said", "fr", "Arvane a confirmé que le Maroc était un client.", {(A, S, "Maroc")}),
    Case("client-said", "fr", "Arvane a reconnu que le Maroc était client depuis 2015.", {(A, S, "Maroc")},
         gap="parse: 'était client depuis 2015' is read with 'reconnu' as its clause, not as a ccomp"),
    Case("client-said", "en", "Veltrix Systems denied that Kenya was a customer.", set(), {(V, S, "Kenya")}),
    Case("client-said", "en", "Veltrix Systems would not say whether Kenya was a customer.", set(),
         {(V, S, "Kenya")}),
    Case("client-said", "en", "Veltrix Systems said that Kenya was not a customer.", set(),
         {(V, S, "Kenya")}),
    Case("client-said", "en", "Veltrix Systems confirmed that Kenya was a customer of Arvane.",
         {(A, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("client-said", "en", "Amnesty International said that Kenya was a customer.", set(),
         {("Amnesty International", S, "Kenya")}),
    Case("client-said", "fr", "Arvane dément que le Maroc soit client.", set(), {(A, S, "Maroc")}),
    Case("client-said", "fr", "Arvane affirme que le Maroc n'est pas client.", set(), {(A, S, "Maroc")}),
    Case("client-said", "fr", "Arvane refuse de dire si le Maroc est client.", set(), {(A, S, "Maroc")}),
    # --- the seller counts the buyer among its clients (the named seller, or the company in view)
    Case("counts-among", "en", "Veltrix Systems counts Kenya and Ghana among its customers.",
         {(V, S, "Kenya"), (V, S, "Ghana")}, {("Kenya", S, V)}),
    Case("counts-among", "fr", "Arvane compte parmi ses clients le Maroc et la Tunisie.",
         {(A, S, "Maroc"), (A, S, "Tunisie")}),
    Case("counts-among", "fr", "Arvane vend des caméras. Elle compte parmi ses clients le Maroc et la "
         "Tunisie.", {(A, S, "Maroc"), (A, S, "Tunisie")}),
    Case("counts-among", "en", "In May, Kenya was among the clients of Veltrix Systems.", {(V, S, "Kenya")},
         {("Kenya", S, V)}),
    Case("counts-among", "en", "Veltrix Systems does not count Kenya among its clients.", set(),
         {(V, S, "Kenya")}),
    Case("counts-among", "en", "Veltrix Systems hopes to count Kenya among its clients.", set(),
         {(V, S, "Kenya")}),
    Case("counts-among", "fr", "Arvane ne compte pas le Maroc parmi ses clients.", set(), {(A, S, "Maroc")}),
    Case("counts-among", "fr", "Arvane espère compter le Maroc parmi ses clients.", set(), {(A, S, "Maroc")}),
    Case("counts-among", "fr", "Le Maroc ne figure plus parmi les clients d'Arvane.", set(),
         {(A, S, "Maroc"), ("Maroc", S, A)}),
    # --- a buyer's contract kept in force; an invoice addressed to a buyer (the company in view)
    Case("contract-held", "en", "Veltrix Systems sells spyware. Internal emails show that the Interior "
         "Ministry's contract was renewed in 2015.", {(V, S, IM)}),
    Case("contract-held", "fr", "Arvane vend des logiciels. Le contrat du ministère de l'Intérieur a été "
         "reconduit en 2015.", {(A, S, MI)}),
    Case("contract-held", "en", "Veltrix Systems sells spyware. Kenya's contract with Arvane was renewed in "
         "2015.", {(A, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("contract-held", "en", "Veltrix Systems sells spyware. The Interior Ministry's contract was not "
         "renewed in 2015.", set(), {(V, S, IM)}),
    Case("contract-held", "en", "Veltrix Systems sells spyware. Kenya's contract was cancelled in 2015.",
         set(), {(V, S, "Kenya")}),
    Case("contract-held", "fr", "Arvane vend des logiciels. Le contrat du ministère de l'Intérieur n'a pas "
         "été reconduit.", set(), {(A, S, MI)}),
    Case("contract-held", "en", "Veltrix Systems sells face recognition. The Interior Ministry signed a "
         "contract with the company in August 2020 worth about 224,000 dollars.", {(V, S, IM)}, {(IM, S, V)}),
    Case("contract-held", "fr", "Arvane vend des caméras. Le ministère de l'Intérieur a signé un contrat avec "
         "l'entreprise en 2020.", {(A, S, MI)}),
    Case("contract-held", "en", "Veltrix Systems sells face recognition. The Interior Ministry refused to sign "
         "a contract with the company.", set(), {(V, S, IM)}),
    Case("contract-held", "en", "Veltrix Systems sells face recognition. Kenya signed a contract with the "
         "company's rival Arvane.", {(A, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("contract-held", "fr", "Arvane vend des caméras. Le ministère de l'Intérieur n'a jamais signé de "
         "contrat avec l'entreprise.", set(), {(A, S, MI)}),
    Case("invoice", "en", "Veltrix Systems sells spyware. Among the files was an invoice dated June 2012 for "
         "480,000 euros addressed to Kenya's Interior Ministry.", {(V, S, IM)}),
    Case("invoice", "fr", "Arvane vend des logiciels. Les enquêteurs ont trouvé une facture de 2 millions "
         "d'euros adressée au ministère de l'Intérieur.", {(A, S, MI)}),
    Case("invoice", "en", "Veltrix Systems sells spyware. Kenya paid an invoice from Arvane addressed to "
         "the Interior Ministry.", {(A, S, IM)}, {(V, S, IM)}),
    Case("invoice", "en", "Veltrix Systems sells spyware. Arvane sent an invoice addressed to the Interior "
         "Ministry.", {(A, S, IM)}, {(V, S, IM)}),
    Case("invoice", "en", "Veltrix Systems sells spyware. The firm never sent an invoice to Kenya.", set(),
         {(V, S, "Kenya")}),
    # --- goods a verb of buying governs, cut off by the parser
    Case("buyer-from", "fr", "Submergé par la masse des écoutes, le ministère de l'Intérieur achète à Arvane, "
         "en 2016, une licence d'Orphée pour croiser ces données.", {(A, S, MI)}, {(MI, S, A)}),
    Case("buyer-from", "en", "Swamped by intercepts, the Interior Ministry bought from Veltrix Systems, in "
         "2016, a licence for Kestrel to cross-check the data.", {(V, S, IM)}),
    Case("buyer-from", "fr", "Submergé par la masse des écoutes, le ministère de l'Intérieur n'achète pas à "
         "Arvane, en 2016, une licence d'Orphée.", set(), {(A, S, MI)}),
    Case("buyer-from", "fr", "Submergé par la masse des écoutes, le ministère de l'Intérieur voulait acheter "
         "à Arvane, en 2016, une licence d'Orphée.", set(), {(A, S, MI)}),
    Case("buyer-from", "en", "Swamped by intercepts, Kenya bought from Veltrix Systems, in 2016, a large "
         "stake.", set(), {(V, S, "Kenya")}),
    # --- makers (and sellers) coordinated with the marker repeated
    Case("coordinated", "fr", "Ces tubes appartiennent au système Orphée, conçu et produit en France par "
         "Arvane et par Kordel Analytics.", {(A, DEV, "Orphée"), (K, DEV, "Orphée")}),
    Case("coordinated", "en", "The Kestrel launcher was designed by Veltrix Systems and by Kordel Analytics "
         "in 2010.", {(V, DEV, "Kestrel"), (K, DEV, "Kestrel")}),
    Case("coordinated", "fr", "Le système Orphée a été livré à la Tunisie par Arvane et par Kordel Analytics "
         "en 2015.", {(A, S, "Tunisie"), (K, S, "Tunisie")}),
    Case("coordinated", "en", "The Kestrel launcher was designed by Veltrix Systems and sold by Kordel "
         "Analytics.", {(V, DEV, "Kestrel")}, {(K, DEV, "Kestrel")}),
    Case("coordinated", "fr", "Le lanceur Orphée, conçu par Arvane et vendu par Kordel Analytics, équipe la "
         "police.", {(A, DEV, "Orphée")}, {(K, DEV, "Orphée")}),
    # --- the maker named as "the company" right after "made by" / "conçu par": the company in view
    Case("maker-anaphor", "fr", "Arvane est installée à Lyon. La police utilise Orphée, le logiciel conçu par "
         "la firme lyonnaise.", {(A, DEV, "Orphée")}),
    Case("maker-anaphor", "en", "Veltrix Systems is based in Oslo. The police use Kestrel, the software made "
         "by the company.", {(V, DEV, "Kestrel")}),
    Case("maker-anaphor", "en", "Veltrix Systems is based in Oslo. The police use Kestrel, the software made "
         "by the company's rival Arvane.", {(A, DEV, "Kestrel")}, {(V, DEV, "Kestrel")}),
    Case("maker-anaphor", "fr", "Arvane est installée à Lyon. La police utilise Orphée, un logiciel conçu par "
         "des chercheurs.", set(), {(A, DEV, "Orphée")}),
    Case("maker-anaphor", "fr", "Kordel Analytics travaille avec Arvane, qui lui vend sa plateforme "
         "d'interception Orphée.", {(A, S, K)}, {(K, DEV, "Orphée")}),  # who sells "its" platform may resell it
    Case("maker-anaphor", "fr", "Arvane présente son logiciel d'analyse Orphée.", {(A, DEV, "Orphée")}),
    # --- goods sold, named by a word of the goods list ("les véhicules") after the maker's product
    Case("the-goods", "fr", "Arvane fabrique les blindés Orphée. Les véhicules ont été vendus à l'armée "
         "égyptienne.", {(A, S, "armée égyptienne")}),
    Case("the-goods", "fr", "Arvane fabrique les blindés Orphée. Les véhicules n'ont pas été vendus à "
         "l'armée égyptienne.", set(), {(A, S, "armée égyptienne")}),
    # --- goods found in use in a state: infections traced to it, goods photographed there
    Case("found-in", "en", "In 2014 researchers traced infections with Kestrel to Ethiopia's Information "
         "Network Security Agency.", {("Kestrel", FOUND, "Ethiopia")}),
    Case("found-in", "en", "Researchers traced infections with Kestrel to Ethiopia's spy agency.",
         {("Kestrel", FOUND, "Ethiopia")}),
    Case("found-in", "fr", "Les chercheurs ont documenté des infections par le logiciel Orphée attribuées "
         "à l'Éthiopie.", {("Orphée", FOUND, "Éthiopie")}),
    Case("found-in", "en", "In 2016, grenades of the Kestrel model were photographed in Bahrain.",
         {("Kestrel", FOUND, "Bahrain")}),
    Case("found-in", "fr", "Des grenades Orphée ont été photographiées à Bahreïn en 2015.",
         {("Orphée", FOUND, "Bahreïn")}),
    Case("found-in", "en", "Logs showed Veltrix Systems's Kestrel appliances filtering traffic. In October "
         "the company changed its account. It acknowledged that 13 of its devices were operating in Kenya.",
         {("Kestrel", FOUND, "Kenya")}),
    Case("found-in", "fr", "Les journalistes ont vu les boîtiers Orphée d'Arvane. Ses appareils ont été "
         "repérés en Égypte en 2014.", {("Orphée", FOUND, "Égypte")}),
    Case("found-in", "en", "Logs showed Veltrix Systems's Kestrel appliances filtering traffic. It denied "
         "that its devices were operating in Kenya.", set(), {("Kestrel", FOUND, "Kenya")}),
    Case("found-in", "en", "Logs showed Veltrix Systems's Kestrel appliances filtering traffic. Arvane said "
         "that its devices were operating in Kenya.", set(), {("Kestrel", FOUND, "Kenya")}),
    Case("found-in", "en", "Researchers could not trace infections with Kestrel to Ethiopia.", set(),
         {("Kestrel", FOUND, "Ethiopia")}),
    Case("found-in", "en", "Researchers traced the funding of Veltrix Systems to Kenya.", set(),
         {(V, FOUND, "Kenya")}),
    Case("found-in", "fr", "Des grenades Orphée auraient pu être photographiées à Bahreïn si les militants "
         "avaient pu sortir.", set(), {("Orphée", FOUND, "Bahreïn")}),
    # --- a possessor is no client
    Case("no-client", "en", "Veltrix Systems argued that its clients were foreign governments outside "
         "Kenya's reach.", set(), {(V, S, "Kenya")}),
    Case("no-client", "en", "Veltrix Systems makes Kestrel. Its clients include Kenya's police.",
         {(V, S, "Kenya")}),
    Case("no-client", "en", "Veltrix Systems makes Kestrel. Its clients include Kenya's Interior Ministry.",
         {(V, S, IM)}),
]


def facts(case: Case) -> Facts:
    return checklist_facts(case, EXTRA)


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case) -> None:
    check_rules(facts(case), case)


# --- the same constructions through the real pipeline (names found and typed by the pipeline)
ARTICLES = [
    Case("selected", "en", "Leaked tender files show that Lorsen Telecom, the state-owned operator, selected "
         "Veltrix Systems in 2018 to provide an interception platform for its mobile network.",
         {(V, S, "Lorsen Telecom")}),
    Case("client-said", "en", "Veltrix Systems, a Norwegian spyware vendor, confirmed on Monday that Kenya "
         "was a customer, but declined to give details.", {(V, S, "Kenya")}),
    Case("contract-held", "en", "Veltrix Systems, a Norwegian spyware vendor, sold its Kestrel suite to "
         "Uganda in 2012. Internal emails show that Kenya's contract was renewed in 2016.", {(V, S, "Kenya")}),
    Case("coordinated", "fr", "Le système Orphée, conçu et produit en France par la société Arvane et par le "
         "groupe Brennec Industries, a été repéré au Tchad.", {(A, DEV, "Orphée"), ("Brennec", DEV, "Orphée")}),
]


@pytest.mark.parametrize("article", params(ARTICLES, "e2e-"))
def test_construction_end_to_end(article: Case) -> None:
    found = pipeline_triples(article)
    missed, wrong = outcome(found, article, loose=True)
    assert not missed and not wrong, f"missed {missed}, wrong {wrong}, found {sorted(found)}"


if __name__ == "__main__":
    import sys
    report("--rules" not in sys.argv, CASES, ARTICLES, lambda c: facts(c).triples())
