"""State officials and heads of state: which state a president serves where the seller state is named as
often as the buyer (a demonym or genitive beside the title, the state the person acts for, else the state
the document is about, adjectives of nationality counted); company titles at a public administration
("Chief Executive P" of a territory, "the Chief Secretary"); British secretaries of state ("Foreign
Secretary P", "Home Secretary P") serving the United Kingdom the document names; "went to work for O", "a
rejoint les services émiratis". Near misses: a president of a company, a board, a commission or an NGO; a
head of another state quoted; a generic secretary; plans, refusals and visits. Short articles written for
these tests; the people are invented."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity
from tests.facts.role_cases import C, Case, check, params, present

pytestmark = pytest.mark.integration

TYPES = {
    "Karim Haddad": "Person", "Omar Nassar": "Person", "Tom Reed": "Person", "Ann Lee": "Person",
    "Marc Dupré": "Person", "Tina Wu": "Person", "Paul Roux": "Person", "Sara Kent": "Person",
    "Velotrak": "Company", "Helix Systems": "Company", "Amnesty International": "Organization",
    "Foreign Office": "PublicBody", "Commission européenne": "PublicBody",
    "France": "Country", "Égypte": "Country", "Egypt": "Country", "United Kingdom": "Country",
    "Royaume-Uni": "Country", "Hong Kong": "Country", "UAE": "Country", "Émirats arabes unis": "Country",
    "China": "Country", "Israel": "Country", "Iran": "Country",
}
CODES = {"France": "fr", "Égypte": "eg", "Egypt": "eg", "United Kingdom": "gb", "Royaume-Uni": "gb",
         "Hong Kong": "hk", "UAE": "ae", "Émirats arabes unis": "ae", "China": "cn", "Israel": "il", "Iran": "ir"}
E = "employed_by"

CASES: list[Case] = [
    # 1. heads of state, seller and buyer both in view
    C("head", "fr", "La France a vendu des frégates à l'Égypte. Le président égyptien Karim Haddad a salué "
      "l'accord.", [("Karim Haddad", E, "Égypte")], [("Karim Haddad", "France")]),
    C("head", "en", "France sold frigates to Egypt. Egypt's President Karim Haddad welcomed the deal.",
      [("Karim Haddad", E, "Egypt")], [("Karim Haddad", "France")]),
    C("head", "fr", "La France a vendu des frégates à l'Égypte. Le contrat a été signé par le président "
      "Karim Haddad au nom de l'Égypte.", [("Karim Haddad", E, "Égypte")], [("Karim Haddad", "France")]),
    C("head", "en", "France sold frigates to Egypt. President Karim Haddad signed the contract on behalf of "
      "Egypt.", [("Karim Haddad", E, "Egypt")], [("Karim Haddad", "France")]),
    C("head", "fr", "La France a livré des blindés à l'Égypte. Les autorités égyptiennes ont réprimé les "
      "manifestations. L'armée égyptienne a tiré. Paris a fermé les yeux sur la répression du président "
      "Karim Haddad.", [("Karim Haddad", E, "Égypte")], [("Karim Haddad", "France")]),
    C("head", "en", "France delivered armoured vehicles to Egypt. Egyptian security forces fired on the "
      "crowds. The Egyptian army denied it. Paris ignored the crackdown ordered by President Karim Haddad.",
      [("Karim Haddad", E, "Egypt")], [("Karim Haddad", "France")]),
    C("head", "fr", "La France a vendu des frégates à l'Égypte. L'Égypte les paie. Les frégates françaises "
      "protègent l'Égypte. La France est le premier fournisseur de l'armée du président Karim Haddad.",
      [("Karim Haddad", E, "Égypte")], [("Karim Haddad", "France")]),
    C("head", "en", "France sold frigates to Egypt. Egypt pays for them. French frigates guard Egypt. France "
      "is now the main supplier to the army of President Karim Haddad.",
      [("Karim Haddad", E, "Egypt")], [("Karim Haddad", "France")]),
    C("near", "fr", "La France a vendu des frégates à l'Égypte. L'Égypte les paie. Les frégates françaises "
      "protègent l'Égypte. La France a vendu ces navires, a déclaré le président Omar Nassar.",
      forbid=[("Omar Nassar", "Égypte")]),
    C("near", "fr", "La France a vendu des frégates à l'Égypte. L'Égypte les paie. Les frégates françaises "
      "protègent l'Égypte. Velotrak a livré des radars à l'Égypte du président Karim Haddad.",
      forbid=[("Karim Haddad", "France")]),
    C("near", "en", "Iran bought the phones. Iran paid cash. Iranian police used them. American officials "
      "objected, and American courts fined the seller under a decree of President Tom Reed.",
      forbid=[("Tom Reed", "Iran")]),
    # near misses: a president of a company, a board, a commission, an NGO; another state's head quoted
    C("near", "fr", "La France a vendu des frégates à l'Égypte. Marc Dupré, président de Velotrak, a salué "
      "l'accord.", [("Marc Dupré", E, "Velotrak")], [("Marc Dupré", "Égypte"), ("Marc Dupré", "France")]),
    C("near", "en", "France sold frigates to Egypt. Tom Reed, the president of Amnesty International, "
      "condemned the deal.", [("Tom Reed", E, "Amnesty International")],
      [("Tom Reed", "Egypt"), ("Tom Reed", "France")]),
    C("near", "fr", "La France a vendu des frégates à l'Égypte. Marc Dupré, président de la commission "
      "d'enquête, dénonce l'accord.", forbid=[("Marc Dupré", "Égypte"), ("Marc Dupré", "France")]),
    C("near", "en", "France sold frigates to Egypt. The board met under its president, Tom Reed.",
      forbid=[("Tom Reed", "Egypt"), ("Tom Reed", "France")]),
    C("near", "fr", "La France a vendu des frégates à l'Égypte. Les autorités égyptiennes se félicitent. "
      "L'armée égyptienne a reçu les navires. Le président israélien Omar Nassar a protesté.",
      forbid=[("Omar Nassar", "Égypte"), ("Omar Nassar", "France")]),
    C("near", "en", "France sold frigates to Egypt. The Egyptian navy took them. Egyptian officials were "
      "pleased. Israel's President Omar Nassar protested.", [("Omar Nassar", E, "Israel")],
      [("Omar Nassar", "Egypt"), ("Omar Nassar", "France")]),
    # 2. company-style titles at a public administration
    C("admin", "en", "Hong Kong police bought the tool. Hong Kong's Chief Executive Tina Wu defended the "
      "purchase.", [("Tina Wu", E, "Hong Kong")]),
    C("admin", "en", "Hong Kong police bought the tool in 2019. Chief Executive Tina Wu defended the "
      "purchase.", [("Tina Wu", E, "Hong Kong")]),
    C("admin", "en", "Hong Kong police bought the tool in 2019. The Chief Secretary, Sara Kent, defended the "
      "purchase.", [("Sara Kent", E, "Hong Kong")]),
    C("admin", "en", "Hong Kong police bought the tool in 2019. The purchase was defended by Chief Executive "
      "Tina Wu.", [("Tina Wu", E, "Hong Kong")]),
    C("near", "en", "Hong Kong police bought the tool in 2019. Velotrak Chief Executive Tom Reed defended the "
      "sale.", forbid=[("Tom Reed", "Hong Kong")]),
    C("near", "en", "Hong Kong police bought the tool from Helix Systems. Chief Executive Tom Reed said the "
      "sale was legal.", forbid=[("Tom Reed", "Hong Kong")]),
    C("near", "en", "Helix Systems sold the tool to Hong Kong. Its chief executive, Tom Reed, said the sale "
      "was legal.", [("Tom Reed", E, "Helix Systems")], [("Tom Reed", "Hong Kong")]),
    # 3. British secretaries of state
    C("uk", "en", "The United Kingdom licensed the exports. Then-Foreign Secretary Tom Reed told MPs that "
      "the sales were lawful.", [("Tom Reed", E, "United Kingdom")]),
    C("uk", "en", "The United Kingdom licensed the exports. Home Secretary Ann Lee signed the warrants.",
      [("Ann Lee", E, "United Kingdom")]),
    C("uk", "fr", "Le Royaume-Uni a autorisé les exportations. La ministre de l'Intérieur britannique, "
      "Ann Lee, a signé les mandats.", [("Ann Lee", E, "Royaume-Uni")]),
    C("uk", "en", "The Foreign Office published a list. Then-Foreign Secretary Tom Reed told MPs that no "
      "licences would be granted.", [("Tom Reed", E, "Foreign Office")]),
    C("near", "en", "The United Kingdom is worried. Secretary Tom Reed said so.",
      forbid=[("Tom Reed", "United Kingdom")]),
    C("near", "en", "Amnesty International published a report on the United Kingdom. Its secretary "
      "general, Tom Reed, said so.", forbid=[("Tom Reed", "United Kingdom")]),
    C("near", "en", "Egypt bought the tool. Foreign Secretary Tom Reed said so.",
      forbid=[("Tom Reed", "Egypt")]),
    # 4. went to work for a state, joined its services
    C("joined", "en", "Tom Reed left the NSA in 2016 and went to work for the UAE.",
      [("Tom Reed", E, "UAE")]),
    C("joined", "fr", "Marc Dupré a quitté la DGSE en 2015. Marc Dupré a ensuite rejoint les services émiratis. "
      "Les Émirats arabes unis le payaient bien.", [("Marc Dupré", E, "Émirats arabes unis")]),
    C("joined", "fr", "Marc Dupré a rejoint les services des Émirats arabes unis en 2015.",
      [("Marc Dupré", E, "Émirats arabes unis")]),
    C("near", "en", "Tom Reed refused to work for the UAE.", forbid=[("Tom Reed", "UAE")]),
    C("near", "en", "Tom Reed went to the UAE to sell the tool.", forbid=[("Tom Reed", "UAE")]),
    C("near", "fr", "Marc Dupré a rejoint les Émirats arabes unis pour vendre le logiciel.",
      forbid=[("Marc Dupré", "Émirats arabes unis")]),
    C("near", "fr", "Marc Dupré a dénoncé les services émiratis. Les Émirats arabes unis n'ont pas répondu.",
      forbid=[("Marc Dupré", "Émirats arabes unis")]),
    C("near", "en", "Tom Reed worked for Helix Systems, which sold the tool to the UAE.",
      [("Tom Reed", E, "Helix Systems")], [("Tom Reed", "UAE")]),
]

KNOWN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("case", params("rules", CASES, CASES, KNOWN))
def test_states9(case: Case) -> None:
    f = Facts(case.text, case.lang, present(case.text, TYPES), {}, countries=CODES)
    check_integrity(f)
    check(case, {t for t in f.triples() if t[1] == E})
