"""Role nouns and titles of the trade and of the state, and the constructions journalists give them, French
and English: "P, X's head of sales", "P, who heads X's export arm", "P, a former X engineer", "X's chief
executive P", "P (X)", "P, then at X", "P left X in 2015 to found Y", "P runs X", "P dirige X", "P, patron
de X", "P, ancien de X", "P, passé par X", "le directeur de X, P", "son PDG, P"; represents: "P, who
represents X", "X's lawyer P", "P, conseil de X", "au nom de X". Near misses: a role of another organisation
named between, "P met the CEO of X", "P wrote to X", "P sued X", a customer, a shareholder, a journalist
with no employer named, a quoted role of another person. Short articles written for these tests; the
companies and people are invented."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity
from tests.facts.role_cases import C, Case, check, params, present

pytestmark = pytest.mark.integration

TYPES = {
    "Karl Brenner": "Person", "Lena Vogt": "Person", "Omar Haddad": "Person", "Dara Quinn": "Person",
    "Ivo Marsh": "Person", "Rita Kowal": "Person", "Felix Ranke": "Person", "Mila Sorel": "Person",
    "Julien Moreau": "Person", "Sophie Garnier": "Person", "Bruno Castel": "Person", "Ines Vidal": "Person",
    "Hugo Lambert": "Person", "Élise Roux": "Person", "Théo Barral": "Person", "Nora Seidel": "Person",
    "Altavia": "Company", "Kestrel Dynamics": "Company", "Brimont": "Company", "Sorelia": "Company",
    "Quantix": "Company",
    "Open Rights Forum": "Organization", "Observatoire des armements": "Organization",
    "Defence Ministry": "PublicBody", "ministère des Armées": "PublicBody", "DGSI": "PublicBody",
    "parquet de Paris": "PublicBody", "Senate": "PublicBody", "Sénat": "PublicBody",
    "Morocco": "Country", "Maroc": "Country", "Qatar": "Country",
}
CODES = {"Morocco": "ma", "Maroc": "ma", "Qatar": "qa"}
E, R = "employed_by", "represents"

CASES: list[Case] = [
    # company roles beside the organisation, English
    C("genitive", "en", "Lena Vogt, Altavia's head of sales, confirmed the contract.",
      [("Lena Vogt", E, "Altavia")]),
    C("genitive", "en", "Lena Vogt, Altavia's head of export, confirmed the contract.",
      [("Lena Vogt", E, "Altavia")]),
    C("genitive", "en", "Altavia's chief executive Karl Brenner said the drones were never sold abroad.",
      [("Karl Brenner", E, "Altavia")]),
    C("genitive", "en", "Omar Haddad, a former Altavia engineer, said the software reached the police.",
      [("Omar Haddad", E, "Altavia")]),
    C("genitive", "en", "Karl Brenner, who heads Altavia's export arm, said demand had doubled.",
      [("Karl Brenner", E, "Altavia")]),
    C("role", "en", "Dara Quinn, general manager of Brimont, declined to comment.",
      [("Dara Quinn", E, "Brimont")]),
    C("role", "en", "Dara Quinn, co-founder and managing director of Brimont, declined to comment.",
      [("Dara Quinn", E, "Brimont")]),
    C("role", "en", "Mila Sorel, a board member of Brimont, resigned in March.",
      [("Mila Sorel", E, "Brimont")]),
    C("role", "en", "Mila Sorel, chairwoman of Brimont, signed the letter.",
      [("Mila Sorel", E, "Brimont")]),
    C("role", "en", "Lena Vogt, business development director at Kestrel Dynamics, was at the fair.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("role", "en", "Lena Vogt, regional manager for Kestrel Dynamics in the Gulf, was at the fair.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("role", "en", "Felix Ranke, a lobbyist for Altavia, met several senators.",
      [("Felix Ranke", E, "Altavia")]),
    C("role", "en", "Omar Haddad, a researcher at Open Rights Forum, traced the shipments.",
      [("Omar Haddad", E, "Open Rights Forum")]),
    C("role", "en", "Felix Ranke, the owner of Quantix, denied the sale.", [("Felix Ranke", E, "Quantix")]),
    C("role", "en", "Felix Ranke, a senior executive at Quantix, denied the sale.",
      [("Felix Ranke", E, "Quantix")]),
    # short forms
    C("short", "en", "Lena Vogt (Kestrel Dynamics) presented the tool at the fair.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("short", "en", "Karl Brenner of Altavia declined to comment.", [("Karl Brenner", E, "Altavia")]),
    C("short", "en", "Dara Quinn, then at Kestrel Dynamics, negotiated the deal.",
      [("Dara Quinn", E, "Kestrel Dynamics")]),
    # verbs of running, founding, leaving
    C("verb", "en", "Ivo Marsh runs Brimont, a small firm near Lyon.", [("Ivo Marsh", E, "Brimont")]),
    C("verb", "en", "Ivo Marsh left Kestrel Dynamics in 2015 to found Brimont.",
      [("Ivo Marsh", E, "Brimont"), ("Ivo Marsh", E, "Kestrel Dynamics")]),
    # the company in view
    C("in_view", "en", "Altavia builds drones for border guards. The company's CEO, Karl Brenner, said "
      "exports were legal.", [("Karl Brenner", E, "Altavia")]),
    # represents, English
    C("represents", "en", "Rita Kowal, who represents Altavia, said the firm would appeal.",
      [("Rita Kowal", R, "Altavia")]),
    C("represents", "en", "Altavia's lawyer Rita Kowal said the firm would appeal.",
      [("Rita Kowal", R, "Altavia")]),
    C("represents", "en", "Speaking for Altavia, Rita Kowal said the firm would appeal.",
      [("Rita Kowal", R, "Altavia")]),
    C("represents", "en", "Rita Kowal, counsel for Altavia, said the firm would appeal.",
      [("Rita Kowal", R, "Altavia")]),
    # public roles, English
    C("public", "en", "Hugo Lambert, inspector general of the Defence Ministry, opened an inquiry.",
      [("Hugo Lambert", E, "Defence Ministry")]),
    C("public", "en", "Hugo Lambert, a senator of Morocco, asked about the sale.", [("Hugo Lambert", E, "Morocco")]),
    C("public", "en", "Colonel Hugo Lambert, of the Defence Ministry, signed the order.",
      [("Hugo Lambert", E, "Defence Ministry")]),
    C("public", "en", "Nora Seidel, the rapporteur of the Senate, wrote the report.",
      [("Nora Seidel", E, "Senate")]),
    # company roles, French
    C("role", "fr", "Julien Moreau, directeur commercial de Brimont, a confirmé la vente.",
      [("Julien Moreau", E, "Brimont")]),
    C("role", "fr", "Julien Moreau, responsable export de Brimont, a confirmé la vente.",
      [("Julien Moreau", E, "Brimont")]),
    C("role", "fr", "Bruno Castel, administrateur de Brimont, a démissionné en mars.",
      [("Bruno Castel", E, "Brimont")]),
    C("role", "fr", "Bruno Castel, président du conseil d'administration de Brimont, a signé la lettre.",
      [("Bruno Castel", E, "Brimont")]),
    C("role", "fr", "Bruno Castel, lobbyiste pour Sorelia, a rencontré des députés.",
      [("Bruno Castel", E, "Sorelia")]),
    C("role", "fr", "Ines Vidal, ingénieure chez Sorelia, a conçu le logiciel.", [("Ines Vidal", E, "Sorelia")]),
    C("role", "fr", "Sophie Garnier, patronne de Brimont, dément toute vente.", [("Sophie Garnier", E, "Brimont")]),
    C("role", "fr", "Sophie Garnier, chargée d'affaires chez Brimont, suivait le contrat.",
      [("Sophie Garnier", E, "Brimont")]),
    C("role", "fr", "Ines Vidal, ex-salariée de Sorelia, affirme le contraire.", [("Ines Vidal", E, "Sorelia")]),
    C("role", "fr", "Ines Vidal, cadre de Sorelia, affirme le contraire.", [("Ines Vidal", E, "Sorelia")]),
    C("role", "fr", "Le directeur de Brimont, Julien Moreau, dément.", [("Julien Moreau", E, "Brimont")]),
    C("role", "fr", "Sophie Garnier, à la tête de Brimont depuis 2012, dément.",
      [("Sophie Garnier", E, "Brimont")]),
    C("role", "fr", "Sophie Garnier, cofondatrice et directrice générale de Brimont, dément.",
      [("Sophie Garnier", E, "Brimont")]),
    # verbs and short forms, French
    C("verb", "fr", "Julien Moreau dirige Brimont depuis 2012.", [("Julien Moreau", E, "Brimont")]),
    C("verb", "fr", "Sophie Garnier, qui a fondé Brimont en 2010, dément.", [("Sophie Garnier", E, "Brimont")]),
    C("short", "fr", "Sophie Garnier, ancienne de Sorelia, a rejoint Brimont en 2019.",
      [("Sophie Garnier", E, "Sorelia")]),
    C("short", "fr", "Sophie Garnier, passée par Sorelia, dirige aujourd'hui une PME.",
      [("Sophie Garnier", E, "Sorelia")]),
    C("short", "fr", "Julien Moreau, chez Brimont depuis 2015, suit le dossier.", [("Julien Moreau", E, "Brimont")]),
    C("in_view", "fr", "Brimont fabrique des drones. Son PDG, Julien Moreau, assure que tout est légal.",
      [("Julien Moreau", E, "Brimont")]),
    # represents, French
    C("represents", "fr", "Rita Kowal, l'avocate de Brimont, a fait appel.", [("Rita Kowal", R, "Brimont")]),
    C("represents", "fr", "Rita Kowal, conseil de Brimont, a fait appel.", [("Rita Kowal", R, "Brimont")]),
    C("represents", "fr", "Au nom de Brimont, Rita Kowal a contesté la décision.",
      [("Rita Kowal", R, "Brimont")]),
    C("represents", "fr", "Rita Kowal, qui représente Brimont, a fait appel.", [("Rita Kowal", R, "Brimont")]),
    # public roles, French
    C("public", "fr", "Élise Roux, procureure au parquet de Paris, a ouvert une enquête.",
      [("Élise Roux", E, "parquet de Paris")]),
    C("public", "fr", "Hugo Lambert, inspecteur général du ministère des Armées, a ouvert une enquête.",
      [("Hugo Lambert", E, "ministère des Armées")]),
    C("public", "fr", "Théo Barral, chef de service à la DGSI, a témoigné.", [("Théo Barral", E, "DGSI")]),
    C("public", "fr", "Nora Seidel, rapporteure du Sénat, a rédigé le rapport.", [("Nora Seidel", E, "Sénat")]),
    C("public", "fr", "Le colonel Théo Barral, de la DGSI, a témoigné.", [("Théo Barral", E, "DGSI")]),
    # near misses, English
    C("near", "en", "Karl Brenner met the CEO of Brimont in May.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Karl Brenner wrote to Brimont in May.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Karl Brenner criticised Brimont for the sale.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Karl Brenner, a customer of Brimont, complained.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Karl Brenner sued Brimont in 2019.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Lena Vogt, a shareholder of Brimont, sold her stake.", forbid=[("Lena Vogt", "Brimont")]),
    C("near", "en", "Lena Vogt, head of sales at Kestrel Dynamics, which supplies Brimont, confirmed it.",
      [("Lena Vogt", E, "Kestrel Dynamics")], [("Lena Vogt", "Brimont")]),
    C("near", "en", "Omar Haddad, a journalist, said Brimont sold the tool.", forbid=[("Omar Haddad", "Brimont")]),
    C("near", "en", "Ivo Marsh, who left Kestrel Dynamics, sued Brimont.", forbid=[("Ivo Marsh", "Brimont")]),
    C("near", "en", "Rita Kowal, the lawyer of the victims, sued Altavia.", forbid=[("Rita Kowal", "Altavia")]),
    # near misses, French
    C("near", "fr", "Julien Moreau a rencontré le PDG de Brimont en mai.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau a porté plainte contre Brimont.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau, client de Brimont, se plaint.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Sophie Garnier, actionnaire de Brimont, a vendu ses parts.",
      forbid=[("Sophie Garnier", "Brimont")]),
    C("near", "fr", "Julien Moreau a écrit à Brimont en mai.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau, directeur de Sorelia, qui équipe Brimont, dément.",
      [("Julien Moreau", E, "Sorelia")], [("Julien Moreau", "Brimont")]),
    C("near", "fr", "« Tout est légal », affirme le PDG de Brimont, selon Julien Moreau.",
      forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau critique Brimont depuis des années.", forbid=[("Julien Moreau", "Brimont")]),
    # more role nouns
    C("role", "fr", "Julien Moreau, gérant de Brimont, refuse de commenter.", [("Julien Moreau", E, "Brimont")]),
    C("role", "fr", "Sophie Garnier, propriétaire de Brimont, refuse de commenter.",
      [("Sophie Garnier", E, "Brimont")]),
    C("role", "fr", "Mila Sorel, membre du conseil de surveillance de Brimont, a démissionné.",
      [("Mila Sorel", E, "Brimont")]),
    C("role", "en", "Lena Vogt, Kestrel Dynamics' export manager, confirmed the order.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("role", "en", "Lena Vogt, sales representative for Kestrel Dynamics in Qatar, confirmed the order.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("role", "en", "Felix Ranke, co-owner of Quantix, denied the sale.", [("Felix Ranke", E, "Quantix")]),
    C("public", "en", "Hugo Lambert, chief of staff at the Defence Ministry, signed the order.",
      [("Hugo Lambert", E, "Defence Ministry")]),
    C("public", "en", "Hugo Lambert, the defence attaché of Morocco, visited the plant.",
      [("Hugo Lambert", E, "Morocco")]),
    C("public", "en", "Hugo Lambert, Morocco's police chief, visited the plant.", [("Hugo Lambert", E, "Morocco")]),
    C("public", "fr", "Ines Vidal, attachée de défense du Maroc, a visité l'usine.", [("Ines Vidal", E, "Maroc")]),
    C("public", "fr", "Élise Roux, avocate générale au parquet de Paris, a requis une amende.",
      [("Élise Roux", E, "parquet de Paris")], [("Élise Roux", "parquet de Paris", R)]),
    # founding after leaving
    C("verb", "fr", "Julien Moreau a quitté Sorelia pour fonder Brimont en 2016.",
      [("Julien Moreau", E, "Brimont"), ("Julien Moreau", E, "Sorelia")]),
    C("verb", "fr", "Sophie Garnier, qui a travaillé chez Sorelia avant de créer Brimont, dément.",
      [("Sophie Garnier", E, "Brimont")]),
    C("verb", "en", "Karl Brenner sold Altavia in 2014 and founded Brimont.", [("Karl Brenner", E, "Brimont")]),
    # near misses of those constructions
    C("near", "en", "Karl Brenner met the engineer who founded Brimont.", forbid=[("Karl Brenner", "Brimont")]),
    C("near", "en", "Karl Brenner, who sued Altavia, spoke to reporters.", forbid=[("Karl Brenner", "Altavia")]),
    C("near", "fr", "Rita Kowal, qui attaque Brimont, a fait appel.", forbid=[("Rita Kowal", "Brimont")]),
    C("near", "fr", "Au nom des victimes de Brimont, Rita Kowal a fait appel.",
      forbid=[("Rita Kowal", "Brimont")]),
    C("near", "fr", "Théo Barral dirige l'enquête sur Brimont.", forbid=[("Théo Barral", "Brimont")]),
    C("near", "en", "Judge Élise Roux directed Brimont to pay a fine.", forbid=[("Élise Roux", "Brimont")]),
    C("near", "en", "Felix Ranke, a Quantix shareholder, sold his stake.", forbid=[("Felix Ranke", "Quantix")]),
    C("near", "en", "\"We follow the law,\" Altavia's chief executive said, according to Omar Haddad.",
      forbid=[("Omar Haddad", "Altavia")]),
    C("near", "en", "Brimont declined to answer questions from Omar Haddad.", forbid=[("Omar Haddad", "Brimont")]),
    C("near", "fr", "Interrogée par Julien Moreau, Brimont n'a pas répondu.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau, ancien ministre, a défendu Brimont devant les députés.",
      forbid=[("Julien Moreau", "Brimont", E)]),
    # a trade title with the company in view
    C("in_view", "fr", "Brimont a signé un contrat avec le Maroc. Le directeur commercial, Julien Moreau, s'en "
      "félicite.", [("Julien Moreau", E, "Brimont")]),
    C("in_view", "fr", "Brimont a signé un contrat avec le Maroc. Julien Moreau, directeur commercial, s'en "
      "félicite.", [("Julien Moreau", E, "Brimont")]),
    C("in_view", "en", "Altavia signed a contract with Qatar. Head of sales Lena Vogt welcomed it.",
      [("Lena Vogt", E, "Altavia")]),
    C("in_view", "en", "Altavia signed a contract with Qatar. Lena Vogt, the export director, welcomed it.",
      [("Lena Vogt", E, "Altavia")]),
    C("near", "en", "Altavia and Quantix signed a contract with Qatar. Lena Vogt, the export director, welcomed "
      "it.", forbid=[("Lena Vogt", "Altavia"), ("Lena Vogt", "Quantix")]),
    # charges, seats, stints
    C("charge", "en", "Lena Vogt, who handles exports at Kestrel Dynamics, said demand was up.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("charge", "en", "Lena Vogt, in charge of exports at Kestrel Dynamics, said demand was up.",
      [("Lena Vogt", E, "Kestrel Dynamics")]),
    C("charge", "fr", "Julien Moreau, en charge de l'export chez Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("charge", "fr", "Julien Moreau, chargé des ventes chez Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("charge", "fr", "Julien Moreau, aux commandes de Brimont depuis 2015, dément.",
      [("Julien Moreau", E, "Brimont")]),
    C("charge", "fr", "Julien Moreau, l'homme fort de Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("seat", "en", "Lena Vogt, who sits on the board of Altavia, resigned.", [("Lena Vogt", E, "Altavia")]),
    C("seat", "en", "Lena Vogt, who sits on Altavia's board, resigned.", [("Lena Vogt", E, "Altavia")]),
    C("seat", "fr", "Julien Moreau, qui siège au conseil d'administration de Brimont, dément.",
      [("Julien Moreau", E, "Brimont")]),
    C("short", "fr", "Julien Moreau, ex-Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("short", "fr", "Julien Moreau, un ancien de chez Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("short", "fr", "Julien Moreau, aujourd'hui chez Brimont, dément.", [("Julien Moreau", E, "Brimont")]),
    C("short", "fr", "Julien Moreau, entré chez Brimont en 2010, dément.", [("Julien Moreau", E, "Brimont")]),
    C("verb", "fr", "Julien Moreau préside Brimont.", [("Julien Moreau", E, "Brimont")]),
    C("verb", "en", "Karl Brenner chaired Altavia until 2019.", [("Karl Brenner", E, "Altavia")]),
    C("represents", "en", "On behalf of Altavia, Rita Kowal asked for a delay.", [("Rita Kowal", R, "Altavia")]),
    # near misses of those
    C("near", "en", "Lena Vogt, who handles complaints against Kestrel Dynamics, said so.",
      forbid=[("Lena Vogt", "Kestrel Dynamics")]),
    C("near", "en", "Lena Vogt, in charge of the investigation into Kestrel Dynamics, said so.",
      forbid=[("Lena Vogt", "Kestrel Dynamics")]),
    C("near", "fr", "Élise Roux, en charge du dossier de Brimont, se tait.", forbid=[("Élise Roux", "Brimont")]),
    C("near", "en", "Lena Vogt, who sits on the board of a charity funded by Altavia, resigned.",
      forbid=[("Lena Vogt", "Altavia")]),
    C("near", "fr", "Julien Moreau, ex-ministre, critique Brimont.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "en", "Karl Brenner leads the probe into Altavia.", forbid=[("Karl Brenner", "Altavia")]),
    C("near", "en", "Karl Brenner told Altavia to found a subsidiary.", forbid=[("Karl Brenner", "Altavia")]),
    C("near", "fr", "Julien Moreau a aidé Sorelia à créer Brimont.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "en", "Speaking for the families of Altavia workers, Rita Kowal asked for a delay.",
      forbid=[("Rita Kowal", "Altavia")]),
    C("near", "fr", "Julien Moreau, aujourd'hui à la retraite, critique Brimont.",
      forbid=[("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau, lobbyiste pour Sorelia, a rencontré les dirigeants de Brimont.",
      [("Julien Moreau", E, "Sorelia")], [("Julien Moreau", "Brimont")]),
    C("near", "fr", "Julien Moreau, fournisseur de Brimont, se plaint.", forbid=[("Julien Moreau", "Brimont")]),
    C("near", "en", "Karl Brenner, an investor in Altavia, complained.", forbid=[("Karl Brenner", "Altavia")]),
    C("near", "en", "Karl Brenner, chief executive of a rival of Altavia, complained.",
      forbid=[("Karl Brenner", "Altavia")]),
    C("near", "fr", "Julien Moreau, pour Brimont, c'est un échec.", forbid=[("Julien Moreau", "Brimont")]),
    # known misses of the generic verb reading (relations.py), outside this module
    C("near", "en", "Karl Brenner, who represents the victims of Altavia, spoke.",
      forbid=[("Karl Brenner", "Altavia")]),
    C("near", "fr", "Julien Moreau, qui travaille pour un concurrent de Brimont, critique.",
      forbid=[("Julien Moreau", "Brimont")]),
]

KNOWN: dict[tuple[str, str], str] = {
    ("rules", "Karl Brenner, who represents the victims"): "relations.py: the verb 'represent' takes the "
    "organisation after 'the victims of' as its object (generic verb reading, not roles.py)",
    ("rules", "Julien Moreau, qui travaille pour un concurrent"): "relations.py: 'travailler pour' takes the "
    "organisation after 'un concurrent de' as its object (generic verb reading, not roles.py)",
}


@pytest.mark.parametrize("case", params("rules", CASES, CASES, KNOWN))
def test_roles10(case: Case) -> None:
    f = Facts(case.text, case.lang, present(case.text, TYPES), {}, countries=CODES)
    check_integrity(f)
    check(case, {t for t in f.triples() if t[1] in (E, R)})
