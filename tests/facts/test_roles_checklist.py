"""A checklist of the general constructions by which news prose says what a person is and for whom
(employed_by / represents), French and English, with near misses that must not give a role. Each case
is run twice where marked: with the mentions placed by hand (only the fact rules are tested) and through
the whole pipeline (entity detection in the loop). Sentences written for these tests; the companies are
invented."""

from __future__ import annotations

import pytest

from tests.facts.role_cases import C, battery

pytestmark = pytest.mark.integration

TYPES = {
    # people
    "Anna Berg": "Person", "Tomasz Nowak": "Person", "Marc Lefèvre": "Person", "Henrik Dahl": "Person",
    "Sofia Marquez": "Person", "Lina Haddad": "Person", "Daniel Okafor": "Person", "Paul Grant": "Person",
    "Julien Roche": "Person", "Matteo Ferri": "Person", "Helena Varga": "Person", "Dragan Ilić": "Person",
    "Gérald Morin": "Person", "Hannah Keller": "Person", "Pierre Garnier": "Person", "Karen Holt": "Person",
    "Claire Dubois": "Person", "Anne Martin": "Person", "Lucas Meyer": "Person", "Pedro Alves": "Person",
    "Nadia Benali": "Person", "Omar Farouk": "Person", "Élise Vautrin": "Person", "Sven Lindqvist": "Person",
    "Ruth Adler": "Person", "Kenji Sato": "Person", "Isabelle Caron": "Person", "Maria Costa": "Person",
    # companies
    "Veltrix Systems": "Company", "Veltrix": "Company", "Halden Group": "Company",
    "Arvane Technologies": "Company", "Nordvik": "Company", "Kestrel Networks": "Company",
    "Meridian Risk": "Company",
    # organisations, outlets
    "Privacy Watch": "Organization", "Amnesty International": "Organization", "Citizen Lab": "Organization",
    "Forbidden Stories": "Organization", "Le Monde": "Organization", "The Guardian": "Organization",
    "Reuters": "Organization", "University of Toronto": "Organization", "Atlantic Council": "Organization",
    "Université de Lyon": "Organization", "police serbe": "PublicBody", "Monde": "Organization",
    # public bodies
    "Bureau of Industry and Security": "PublicBody", "Parlement européen": "PublicBody",
    "European Parliament": "PublicBody", "European Commission": "PublicBody", "EU": "Organization",
    "ministère de l'Intérieur": "PublicBody", "tribunal judiciaire de Paris": "PublicBody",
    "parquet national financier": "PublicBody", "Assemblée nationale": "PublicBody",
    # states
    "Serbia": "Country", "Serbie": "Country", "Italy": "Country", "Italie": "Country", "France": "Country",
    "Egypt": "Country", "Égypte": "Country", "Portugal": "Country",
    # in view, described, commanded (the second battery)
    "Kostas Varis": "Person", "Ciro Ponti": "Person", "Eitan Shafir": "Person", "Kees Jansen": "Person",
    "Graphite": "Person",  # a product as entity detection may type it
    "Office central de veille": "PublicBody", "Rapid Support Forces": "Organization",
    "Forces de soutien rapide": "Organization", "Justice for Myanmar": "Organization",
    "Autoriteit Persoonsgegevens": "PublicBody", "Israel": "Country", "Myanmar": "Country",
    "Grèce": "Country", "CIA": "Organization",
}
CODES = {"Serbia": "rs", "Serbie": "rs", "Italy": "it", "Italie": "it", "France": "fr", "Egypt": "eg",
         "Égypte": "eg", "Portugal": "pt", "Israel": "il", "Myanmar": "mm", "Grèce": "gr"}
JOBS = ("employed_by", "represents")


#: Known failures outside the role rules, by the start of the case's text: (part, why). Strict: a fix
#: elsewhere makes the test fail until its line here is removed.
KNOWN = {
    ("pipeline", "Veltrix CEO Anna Berg"): "entity detection: a one-word company before a title is not found",
    ("pipeline", "Tomasz Nowak of Halden Group"): "entity detection: 'Nowak of Halden Group', one company",
    ("pipeline", "L'avocat de Nordvik"): "entity detection: 'Nordvik' typed Person",
    ("pipeline", "Maria Costa, cadre chez"): "entity detection: 'Nordvik' typed Person",
    ("pipeline", "Halden Group spokesperson Paul Grant"): "entity detection: 'Paul Grant' typed Company",
    ("pipeline", "Tomasz Nowak was appointed"): "entity detection: the person found as 'Nowak' alone",
    ("pipeline", "Nordvik a démenti. Henrik Dahl"): "entity detection: 'Nordvik' typed Person",
    ("rules", "Paul Grant, who represents victims"): "relations.py: the window of 'represents' takes the "
                                                      "organisation of its complement",
}


E, R = "employed_by", "represents"
CASES = [
    # X, role of Y
    C("apposition_after", "en", "Anna Berg, chief executive of Veltrix Systems, said the contract was legal.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("apposition_after", "en", "Tomasz Nowak, the head of sales at Kestrel Networks, declined to comment.",
      [("Tomasz Nowak", E, "Kestrel Networks")]),
    C("apposition_after", "fr",
      "Marc Lefèvre, directeur général d'Arvane Technologies, a démenti ces ventes.",
      [("Marc Lefèvre", E, "Arvane Technologies")], e2e=True),
    C("apposition_after", "fr",
      "Julien Roche, directeur de la communication de Nordvik, a confirmé la vente.",
      [("Julien Roche", E, "Nordvik")]),
    # Y's role, X · the role of Y, X
    C("apposition_before", "en", "Veltrix Systems' chief executive, Anna Berg, declined to comment.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("apposition_before", "en", "Halden Group's chief executive, Tomasz Nowak, said the sale was legal.",
      [("Tomasz Nowak", E, "Halden Group")], e2e=True),
    C("apposition_before", "en", "The head of Halden Group, Tomasz Nowak, said the sale was legal.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("apposition_before", "fr", "Le patron d'Arvane Technologies, Marc Lefèvre, a démenti ces ventes.",
      [("Marc Lefèvre", E, "Arvane Technologies")], e2e=True),
    C("apposition_before", "fr", "Le directeur général de Nordvik, Henrik Dahl, n'a pas répondu.",
      [("Henrik Dahl", E, "Nordvik")]),
    # English compound titles
    C("compound_title", "en", "Veltrix CEO Anna Berg said the company complied with export rules.",
      [("Anna Berg", E, "Veltrix")], e2e=True),
    C("compound_title", "en",
      "Italy has tightened its rules. Italian Interior Minister Matteo Ferri said more "
      "checks would follow.", [("Matteo Ferri", E, "Italy")], e2e=True),
    C("compound_title", "en", "EU Commissioner Helena Varga said the export rules would be reviewed.",
      [("Helena Varga", E, "EU")]),
    C("compound_title", "en", "Amnesty International researcher Lina Haddad found the spyware on the phone.",
      [("Lina Haddad", E, "Amnesty International")], e2e=True),
    C("compound_title", "en", "Former Veltrix CEO Anna Berg declined to comment.",
      [("Anna Berg", E, "Veltrix")]),
    # possessives
    C("possessive", "fr",
      "Arvane Technologies et son directeur général, Marc Lefèvre, ont été mis en examen.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("possessive", "en", "Halden Group and its chief executive, Tomasz Nowak, were charged in 2021.",
      [("Tomasz Nowak", E, "Halden Group")]),
    # relative clauses
    C("relative", "en", "Anna Berg, who runs Veltrix Systems, said the licences were valid.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("relative", "fr", "Marc Lefèvre, qui dirige Arvane Technologies, a refusé de répondre.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("relative", "en", "Tomasz Nowak, who is the chief executive of Halden Group, denied the report.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("relative", "en", "Anna Berg, who founded Veltrix Systems in 2010, sold her shares last year.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("relative", "fr", "Marc Lefèvre, qui a fondé Arvane Technologies en 2012, a vendu ses parts.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    # X of Y said
    C("of_said", "en", "Tomasz Nowak of Halden Group said the sale was legal.",
      [("Tomasz Nowak", E, "Halden Group")], e2e=True),
    C("of_said", "en", "“We found it on six phones,” said Lina Haddad of Amnesty International.",
      [("Lina Haddad", E, "Amnesty International")]),
    # X, a role for / at Y
    C("a_role_at", "en", "Sofia Marquez, a spokesperson for Privacy Watch, said the sales must stop.",
      [("Sofia Marquez", R, "Privacy Watch"), ("Sofia Marquez", E, "Privacy Watch")], e2e=True),
    C("a_role_at", "en", "Daniel Okafor, an analyst at Meridian Risk, said the market was growing.",
      [("Daniel Okafor", E, "Meridian Risk")]),
    C("a_role_at", "en", "Lina Haddad, a researcher at the Citizen Lab, found the spyware.",
      [("Lina Haddad", E, "Citizen Lab")], e2e=True),
    C("a_role_at", "fr", "Lina Haddad, chercheuse au Citizen Lab, a découvert le logiciel espion.",
      [("Lina Haddad", E, "Citizen Lab")], e2e=True),
    C("a_role_at", "fr", "Sofia Marquez, porte-parole d'Amnesty International, a dénoncé ces ventes.",
      [("Sofia Marquez", R, "Amnesty International")]),
    C("a_role_at", "en", "Claire Dubois, a reporter for The Guardian, obtained the contract.",
      [("Claire Dubois", E, "The Guardian")]),
    C("a_role_at", "fr", "Claire Dubois, journaliste au Monde, a obtenu le contrat.",
      [("Claire Dubois", E, "Monde")]),
    # according to X, Y's role
    C("according_to", "en",
      "According to Paul Grant, Halden Group's general counsel, the licences were valid.",
      [("Paul Grant", E, "Halden Group")], e2e=True),
    C("according_to", "fr", "Selon Pierre Garnier, avocat de Nordvik, la vente était légale.",
      [("Pierre Garnier", R, "Nordvik")]),
    # French heads: le patron de Y, X · X, à la tête de Y
    C("fr_head", "fr", "Marc Lefèvre, à la tête d'Arvane Technologies depuis 2015, a démenti.",
      [("Marc Lefèvre", E, "Arvane Technologies")], e2e=True),
    C("fr_head", "fr", "Henrik Dahl, à la tête de Nordvik, n'a pas souhaité répondre.",
      [("Henrik Dahl", E, "Nordvik")]),
    # ministers: their ministry or their state
    C("minister", "fr", "La France a signé le contrat. Le ministre de l'Intérieur Gérald Morin l'a défendu.",
      [("Gérald Morin", E, "France|ministère de l'Intérieur")], e2e=True),
    C("minister", "fr",
      "Le ministère de l'Intérieur a commandé des drones. Le ministre de l'Intérieur, Gérald "
      "Morin, a défendu l'achat.", [("Gérald Morin", E, "ministère de l'Intérieur|France")]),
    C("minister", "en",
      "Serbia bought the system in 2019. The Serbian interior minister, Dragan Ilić, defended "
      "the purchase.", [("Dragan Ilić", E, "Serbia")], e2e=True),
    C("minister", "fr",
      "La Serbie a acheté le système. Le ministre serbe de l'Intérieur, Dragan Ilić, a défendu "
      "l'achat.", [("Dragan Ilić", E, "Serbie")]),
    C("minister", "en", "Pedro Alves, Portugal's defence minister, said the drones were never used.",
      [("Pedro Alves", E, "Portugal")], e2e=True),
    C("minister", "fr", "Dragan Ilić, ministre de l'Intérieur de la Serbie, a défendu l'achat.",
      [("Dragan Ilić", E, "Serbie")]),
    # parliaments
    C("parliament", "fr",
      "Le Parlement européen a voté le texte. Hannah Keller, députée européenne, a demandé "
      "une enquête.", [("Hannah Keller", E, "Parlement européen")], e2e=True),
    C("parliament", "en", "Sven Lindqvist, a member of the European Parliament, asked for an inquiry.",
      [("Sven Lindqvist", E, "European Parliament")]),
    C("parliament", "en", "The European Parliament set up a committee. MEP Sven Lindqvist chaired it.",
      [("Sven Lindqvist", E, "European Parliament")]),
    C("parliament", "fr", "Élise Vautrin, députée à l'Assemblée nationale, a interpellé le gouvernement.",
      [("Élise Vautrin", E, "Assemblée nationale")]),
    # lawyers for a client: represents
    C("lawyer", "fr", "L'avocat de Nordvik, Me Pierre Garnier, a contesté la procédure.",
      [("Pierre Garnier", R, "Nordvik")], e2e=True),
    C("lawyer", "en", "Paul Grant, a lawyer for Halden Group, said the company would appeal.",
      [("Paul Grant", R, "Halden Group")]),
    C("lawyer", "en", "Halden Group's lawyer, Paul Grant, said the company would appeal.",
      [("Paul Grant", R, "Halden Group")]),
    # officials, judges, prosecutors
    C("official", "en", "Karen Holt, a senior official at the Bureau of Industry and Security, said the list "
      "would grow.", [("Karen Holt", E, "Bureau of Industry and Security")]),
    C("official", "fr",
      "Anne Martin, juge d'instruction au tribunal judiciaire de Paris, a ordonné un procès.",
      [("Anne Martin", E, "tribunal judiciaire de Paris")]),
    C("official", "fr", "Lucas Meyer, procureur au parquet national financier, a requis une amende.",
      [("Lucas Meyer", E, "parquet national financier")]),
    # hires
    C("hired", "en", "Veltrix Systems hired Anna Berg as head of sales in 2018.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("hired", "fr", "Arvane Technologies a recruté Julien Roche comme directeur commercial en 2016.",
      [("Julien Roche", E, "Arvane Technologies")]),
    # former roles
    C("former", "en", "Tomasz Nowak, a former executive of Halden Group, now advises governments.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("former", "fr", "Anna Berg, ancienne directrice commerciale de Veltrix Systems, a témoigné.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("former", "en", "Tomasz Nowak, Halden Group's former sales director, testified on Monday.",
      [("Tomasz Nowak", E, "Halden Group")]),
    # dashes, other links: works for, with, joined, whose, a title of a region
    C("apposition_after", "en",
      "Anna Berg – chief executive of Veltrix Systems – said the contract was legal.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("apposition_after", "fr", "Marc Lefèvre – PDG d'Arvane Technologies – a démenti ces ventes.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("apposition_after", "en", "Daniel Okafor, an engineer with Kestrel Networks, confirmed the sale.",
      [("Daniel Okafor", E, "Kestrel Networks")]),
    C("apposition_before", "en", "Tomasz Nowak, Halden Group's Middle East director, denied the report.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("relative", "en",
      "Henrik Dahl, who works for Nordvik, confirmed the sale.", [("Henrik Dahl", E, "Nordvik")]),
    C("relative", "fr", "Julien Roche, qui travaille pour Nordvik, a confirmé la vente.",
      [("Julien Roche", E, "Nordvik")]),
    C("relative", "en", "Tomasz Nowak, who joined Halden Group in 2015, ran its sales.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("relative", "fr", "Julien Roche, qui a rejoint Nordvik en 2016, a confirmé la vente.",
      [("Julien Roche", E, "Nordvik")]),
    C("possessive", "en",
      "Halden Group, whose chief executive Tomasz Nowak denied the report, lost the deal.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("possessive", "fr", "Nordvik, dont le directeur général Henrik Dahl a démenti, a perdu le marché.",
      [("Henrik Dahl", E, "Nordvik")]),
    # a quotation names no owner: "« … X … », souligne sa directrice, P" is the one the text is about
    C("possessive_after_quote", "fr", "Pour Nordvik, l'affaire est close. « Le tribunal de Paris a tranché "
      "en 2019 », rappelle son directeur, Henrik Dahl.", [("Henrik Dahl", E, "Nordvik")],
      [("Henrik Dahl", "tribunal de Paris")]),
    C("possessive_after_quote", "en", "Halden Group rejects the report. \"Veltrix Systems sold those probes, "
      "not us,\" said its chief executive, Tomasz Nowak.", [("Tomasz Nowak", E, "Halden Group")],
      [("Tomasz Nowak", "Veltrix Systems")]),
    C("near_miss", "fr", "« Notre client, Nordvik, et son directeur Henrik Dahl ont tout nié », dit Paul Grant.",
      [("Henrik Dahl", E, "Nordvik")]),  # inside the quotation, the owner is named there
    C("compound_title", "en", "Halden Group spokesperson Paul Grant told Reuters the firm would appeal.",
      [("Paul Grant", R, "Halden Group")], [("Paul Grant", "Reuters")], e2e=True),
    C("head_of_state", "fr",
      "L'Égypte a acheté des drones. Le chef de l'État égyptien, Omar Farouk, a reçu les "
      "vendeurs.", [("Omar Farouk", E, "Égypte")]),
    C("parliament", "fr", "Le Parlement européen a voté le texte. L'eurodéputée Hannah Keller a demandé une "
      "enquête.", [("Hannah Keller", E, "Parlement européen")]),
    C("near_miss", "en", "Paul Grant, a lawyer who has sued Halden Group, welcomed the ruling.", [],
      [("Paul Grant", "Halden Group")]),
    C("near_miss", "en", "Nordvik's lawyer met Julien Roche in Oslo.", [], [("Julien Roche", "Nordvik")]),
    C("near_miss", "fr", "Le ministre de l'Intérieur a reçu Anna Berg, la patronne de Veltrix Systems.",
      [("Anna Berg", E, "Veltrix Systems")], [("Anna Berg", "France")]),
    C("near_miss", "en", "France and Italy signed. The interior minister met Anna Berg in Rome.", [],
      [("Anna Berg", "France"), ("Anna Berg", "Italy")]),
    # more titles and links: academics, fellows, officers, executives ("cadre"), "leads", "represents"
    C("a_role_at", "en",
      "Ruth Adler, a professor of law at the University of Toronto, said the sale was illegal.",
      [("Ruth Adler", E, "University of Toronto")], e2e=True),
    C("a_role_at", "fr", "Isabelle Caron, professeure à l'Université de Lyon, juge cette vente illégale.",
      [("Isabelle Caron", E, "Université de Lyon")]),
    C("a_role_at", "en", "Kenji Sato, a senior fellow at the Atlantic Council, said the market was growing.",
      [("Kenji Sato", E, "Atlantic Council")]),
    C("a_role_at", "en",
      "Daniel Okafor, an officer with the Bureau of Industry and Security, signed the order.",
      [("Daniel Okafor", E, "Bureau of Industry and Security")]),
    C("a_role_at", "fr",
      "Maria Costa, cadre chez Nordvik, a confirmé la vente.", [("Maria Costa", E, "Nordvik")],
      e2e=True),
    C("relative", "en", "Sofia Marquez, who leads Privacy Watch, called for an inquiry.",
      [("Sofia Marquez", E, "Privacy Watch")], e2e=True),
    C("relative", "en", "Tomasz Nowak, who oversees Halden Group's exports, denied the report.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("lawyer", "en", "Paul Grant, who represents Halden Group, said the company would appeal.",
      [("Paul Grant", R, "Halden Group")], e2e=True),
    C("lawyer", "fr", "Me Pierre Garnier, qui défend Nordvik, conteste la procédure.",
      [("Pierre Garnier", R, "Nordvik")]),
    C("lawyer", "en", "Paul Grant, counsel for Halden Group, said the company would appeal.",
      [("Paul Grant", R, "Halden Group")]),
    C("lawyer", "en", "Sofia Marquez, speaking on behalf of Privacy Watch, called for an inquiry.",
      [("Sofia Marquez", R, "Privacy Watch")]),
    C("lawyer", "fr", "Sofia Marquez, au nom de Privacy Watch, a demandé une enquête.",
      [("Sofia Marquez", R, "Privacy Watch")]),
    C("compound_title", "en", "Anna Berg, Veltrix Systems CEO, said the contract was legal.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("apposition_after", "en", "Tomasz Nowak, the chairman of the board of Halden Group, resigned in 2020.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("apposition_after", "en", "Lina Haddad, head of the technology team at Amnesty International, found "
      "the spyware.", [("Lina Haddad", E, "Amnesty International")], e2e=True),
    C("near_miss", "en", "Paul Grant, who represents victims of Halden Group, asked for damages.", [],
      [("Paul Grant", "Halden Group")]),
    C("near_miss", "en", "Ruth Adler, a professor who studies Halden Group, said the sale was illegal.", [],
      [("Ruth Adler", "Halden Group")]),
    C("near_miss", "fr", "Maria Costa, qui a porté plainte contre Nordvik, attend une réponse.", [],
      [("Maria Costa", "Nordvik")]),
    C("near_miss", "en", "Kenji Sato, a business partner of Tomasz Nowak, denied knowing Halden Group.", [],
      [("Kenji Sato", "Halden Group")]),
    # copulas and appointments in the main clause, ages, passives, "O's P", unit heads, "son PDG"
    C("copula", "en",
      "Anna Berg is the chief executive of Veltrix Systems.", [("Anna Berg", E, "Veltrix Systems")],
      e2e=True),
    C("copula", "fr", "Marc Lefèvre est le directeur général d'Arvane Technologies depuis 2015.",
      [("Marc Lefèvre", E, "Arvane Technologies")], e2e=True),
    C("copula", "en", "Tomasz Nowak became chief executive of Halden Group in 2016.",
      [("Tomasz Nowak", E, "Halden Group")]),
    C("copula", "en", "Tomasz Nowak was appointed chief executive of Halden Group in 2016.",
      [("Tomasz Nowak", E, "Halden Group")], e2e=True),
    C("copula", "fr", "Julien Roche a été nommé directeur commercial de Nordvik en 2016.",
      [("Julien Roche", E, "Nordvik")]),
    C("copula", "fr", "Henrik Dahl a pris la tête de Nordvik en 2019.", [("Henrik Dahl", E, "Nordvik")]),
    C("apposition_after", "en",
      "Anna Berg, 54, chief executive of Veltrix Systems, said the contract was legal.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("apposition_after", "fr", "Marc Lefèvre, 61 ans, PDG d'Arvane Technologies, a démenti.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("passive", "en", "Veltrix Systems, led by Anna Berg since 2015, sold the tool.",
      [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("passive", "fr", "Arvane Technologies, dirigée par Marc Lefèvre, a vendu le logiciel.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("passive", "fr", "Arvane Technologies, dont Marc Lefèvre est le PDG, a vendu le logiciel.",
      [("Marc Lefèvre", E, "Arvane Technologies")]),
    C("of_said", "en", "Amnesty International's Lina Haddad said the phone had been hacked.",
      [("Lina Haddad", E, "Amnesty International")], e2e=True),
    C("relative", "en", "Sofia Marquez, who heads the research team at Privacy Watch, found the tool.",
      [("Sofia Marquez", E, "Privacy Watch")]),
    C("relative", "en", "Anna Berg, who worked at Veltrix Systems until 2019, testified on Monday.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("relative", "fr", "Anna Berg, qui a longtemps travaillé chez Veltrix Systems, a témoigné.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("possessive", "fr", "Nordvik a démenti. Henrik Dahl, son directeur général, a parlé d'erreur.",
      [("Henrik Dahl", E, "Nordvik")], e2e=True),
    C("possessive", "fr", "Anna Berg a témoigné. Pierre Garnier, son avocat, a demandé un report.",
      [("Pierre Garnier", R, "Anna Berg")], [("Pierre Garnier", "Veltrix Systems")]),
    C("near_miss", "en", "Anna Berg is a client of Veltrix Systems.", [], [("Anna Berg", "Veltrix Systems")]),
    C("near_miss", "en", "Anna Berg was interviewed by the chief executive of Halden Group.", [],
      [("Anna Berg", "Halden Group")]),
    C("near_miss", "en", "The investigation into Halden Group, led by Anna Berg, lasted two years.", [],
      [("Anna Berg", "Halden Group")]),
    C("near_miss", "en", "Egypt's Omar Farouk met Halden Group's chief executive.", [],
      [("Omar Farouk", "Egypt"), ("Omar Farouk", "Halden Group")]),
    C("near_miss", "fr", "Anna Berg est devenue une critique de Veltrix Systems.", [],
      [("Anna Berg", "Veltrix Systems")]),
    C("near_miss", "en", "Anna Berg became the target of Halden Group's lawyers.", [],
      [("Anna Berg", "Halden Group")]),
    # "then-", "formerly of", "now at", long role phrases
    C("former", "en", "Anna Berg, the then-head of Veltrix Systems, signed the contract.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("former", "en", "Anna Berg, formerly of Veltrix Systems, now advises governments.",
      [("Anna Berg", E, "Veltrix Systems")]),
    C("of_said", "en",
      "Lina Haddad, now at Privacy Watch, found the spyware.", [("Lina Haddad", E, "Privacy Watch")]),
    C("apposition_after", "en",
      "Anna Berg, director of sales for the Middle East and Africa at Veltrix Systems, "
      "declined to comment.", [("Anna Berg", E, "Veltrix Systems")], e2e=True),
    C("apposition_after", "fr", "Julien Roche, responsable des ventes pour l'Afrique du Nord chez Nordvik, a "
      "confirmé.", [("Julien Roche", E, "Nordvik")]),
    C("near_miss", "en",
      "Lina Haddad, a researcher who has studied the exports of Halden Group, said they grew.",
      [], [("Lina Haddad", "Halden Group")]),
    C("near_miss", "fr", "Lina Haddad, une chercheuse qui a étudié les ventes de Nordvik, s'inquiète.", [],
      [("Lina Haddad", "Nordvik")]),
    # plural roles shared by two people
    C("plural", "fr",
      "Les avocats de Nordvik, Me Pierre Garnier et Me Anne Martin, ont contesté la procédure.",
      [("Pierre Garnier", R, "Nordvik"), ("Anne Martin", R, "Nordvik")]),
    C("plural", "fr", "Lina Haddad et Daniel Okafor, chercheurs au Citizen Lab, ont découvert le logiciel.",
      [("Lina Haddad", E, "Citizen Lab"), ("Daniel Okafor", E, "Citizen Lab")], e2e=True),
    C("plural", "en", "Lina Haddad and Daniel Okafor, researchers at the Citizen Lab, found the spyware.",
      [("Lina Haddad", E, "Citizen Lab"), ("Daniel Okafor", E, "Citizen Lab")]),
    C("plural", "en", "Halden Group's lawyers, Paul Grant and Anne Martin, said the company would appeal.",
      [("Paul Grant", R, "Halden Group"), ("Anne Martin", R, "Halden Group")]),
    C("near_miss", "en", "Lina Haddad and Daniel Okafor met researchers at the Citizen Lab.", [],
      [("Lina Haddad", "Citizen Lab"), ("Daniel Okafor", "Citizen Lab")]),
    C("near_miss", "en", "Anna Berg and Paul Grant, the chief executive of Veltrix Systems, met in Oslo.",
      [("Paul Grant", E, "Veltrix Systems")], [("Anna Berg", "Veltrix Systems")]),
    C("near_miss", "fr", "Anna Berg a poursuivi Nordvik. Paul Grant, son avocat, a plaidé.", [],
      [("Paul Grant", "Nordvik")]),
    C("near_miss", "fr", "L'Égypte a acheté des drones. Le ministre français des Armées, Gérald Morin, a défendu la "
      "vente.", [], [("Gérald Morin", "Égypte")]),
    C("near_miss", "fr", "Anna Berg a poursuivi Nordvik. Son avocat, Me Paul Grant, a plaidé.", [],
      [("Paul Grant", "Nordvik")]),
    C("possessive", "fr", "Anna Berg a témoigné. Son avocat, Me Paul Grant, a demandé un report.",
      [("Paul Grant", R, "Anna Berg")]),
    # near misses: the role belongs to one pair only
    C("near_miss", "en",
      "Anna Berg, chief executive of Veltrix Systems, and Paul Grant, a lawyer for Privacy "
      "Watch, signed the letter.", [("Anna Berg", E, "Veltrix Systems"), ("Paul Grant", R, "Privacy Watch")],
      [("Anna Berg", "Privacy Watch"), ("Paul Grant", "Veltrix Systems")], e2e=True),
    C("near_miss", "en", "Anna Berg met the chief executive of Halden Group, Tomasz Nowak, in Paris.",
      [("Tomasz Nowak", E, "Halden Group")], [("Anna Berg", "Halden Group")]),
    C("near_miss", "en",
      "Anna Berg met the CEO of Halden Group in Paris.", [], [("Anna Berg", "Halden Group")],
      e2e=True),
    C("near_miss", "en", "Lina Haddad criticised Halden Group's CEO in a report.", [],
      [("Lina Haddad", "Halden Group")], e2e=True),
    C("near_miss", "en", "Lina Haddad, a researcher at Amnesty International, said Halden Group had sold the "
      "tool.", [("Lina Haddad", E, "Amnesty International")], [("Lina Haddad", "Halden Group")], e2e=True),
    C("near_miss", "fr", "Marc Lefèvre a rencontré le patron de Nordvik à Oslo.", [],
      [("Marc Lefèvre", "Nordvik")]),
    C("near_miss", "fr", "Selon Lina Haddad, Arvane Technologies a vendu le logiciel à l'Égypte.", [],
      [("Lina Haddad", "Arvane Technologies")], e2e=True),
    C("near_miss", "en", "Tomasz Nowak, who sued Halden Group in 2019, welcomed the ruling.", [],
      [("Tomasz Nowak", "Halden Group")]),
    C("near_miss", "en",
      "Anna Berg, who interviewed the chief executive of Halden Group, said he was calm.", [],
      [("Anna Berg", "Halden Group")]),
    C("near_miss", "fr", "Julien Roche, qui a enquêté sur Nordvik, a publié ses conclusions.", [],
      [("Julien Roche", "Nordvik")]),
    C("near_miss", "en", "A spokesperson for Halden Group did not reply to Lina Haddad.", [],
      [("Lina Haddad", "Halden Group")]),
    C("near_miss", "en", "Daniel Okafor, an analyst who follows Veltrix Systems, said sales had doubled.", [],
      [("Daniel Okafor", "Veltrix Systems")]),
    C("near_miss", "fr", "Le juge a entendu Omar Farouk, ancien client d'Arvane Technologies.", [],
      [("Omar Farouk", "Arvane Technologies")]),
    C("near_miss", "en", "Nadia Benali told Reuters that Kestrel Networks had sold the tool.", [],
      [("Nadia Benali", "Reuters"), ("Nadia Benali", "Kestrel Networks")]),
    # a time between the role and the name: "de l'époque", "at the time", "then"
    C("role_then", "fr", "La Serbie a acheté des caméras. Le ministre de l'Intérieur de l'époque, Dragan "
      "Ilić, a promis des résultats.", [("Dragan Ilić", E, "Serbie")]),
    C("role_then", "fr", "Le ministère de l'Intérieur a signé le contrat. Le ministre de l'Intérieur de "
      "l'époque, Dragan Ilić, l'a défendu.", [("Dragan Ilić", E, "ministère de l'Intérieur|Serbie")]),
    C("role_then", "fr", "Nordvik a vendu le logiciel. Devant les juges, son directeur de l'époque, "
      "Henrik Dahl, a tout nié.", [("Henrik Dahl", E, "Nordvik")], e2e=True),
    C("role_then", "en", "Halden Group sold the tool. At the hearing, its chief executive at the time, "
      "Tomasz Nowak, denied everything.", [("Tomasz Nowak", E, "Halden Group")]),
    C("role_then", "en", "Serbia bought the cameras. The then interior minister Dragan Ilić promised "
      "results.",
      [("Dragan Ilić", E, "Serbia")]),
    C("role_then", "fr", "L'ancien patron de Nordvik, Henrik Dahl, a tout "
      "nié.", [("Henrik Dahl", E, "Nordvik")]),
    C("near_miss", "fr", "Nordvik a vendu le logiciel. Devant son directeur de l'époque, Henrik Dahl a "
      "tout nié.",
      [], [("Henrik Dahl", "Nordvik")]),
    # inverted speech, then a possessive apposition: the organisation the sentence before speaks of
    C("speech_possessive", "fr", "Pour Privacy Watch, le problème est ailleurs. « Rien ne va », résume Anna "
      "Berg, sa directrice.", [("Anna Berg", E, "Privacy Watch")]),
    C("speech_possessive", "en", "Privacy Watch has a point. \"Nothing works,\" explains Anna Berg, its "
      "founder.",
      [("Anna Berg", E, "Privacy Watch")], e2e=True),
    # whose "its" / "son": the organisation the sentences before are about, not one named as an owner
    C("antecedent", "en", "Veltrix makes drones. The firm was bought in 2020 by the fund Halden Group. Its "
      "executive chairman, Paul Grant, said nothing had changed.", [("Paul Grant", E, "Veltrix")],
      [("Paul Grant", "Halden Group")]),
    C("antecedent", "fr", "Nordvik vend des drones. L'entreprise a été rachetée en 2020 par le fonds Halden "
      "Group. Son président, Marc Lefèvre, assure que rien n'a changé.", [("Marc Lefèvre", E, "Nordvik")],
      [("Marc Lefèvre", "Halden Group")]),
    C("antecedent", "fr", "Submergé de demandes, l'Office central de veille achète à Veltrix une licence. Le "
      "montant reste secret. Devant les députés, son directeur de l'époque, Henrik Dahl, a justifié ce "
      "choix.",
      [("Henrik Dahl", E, "Office central de veille")], [("Henrik Dahl", "Veltrix")]),
    C("near_miss", "en", "Veltrix sold drones to Halden Group. Nothing changed. Nobody called. The matter "
      "rested. Its spokesman, Paul Grant, said so.", [], [("Paul Grant", "Veltrix"),
                                                          ("Paul Grant", "Halden Group")]),
    # an organisation in view named by a common noun: "the lab", "the group", "la société", "l'ONG"
    C("described", "en", "The Citizen Lab found the implant. \"It is clear,\" said Lina Haddad, a senior "
      "researcher at the lab.", [("Lina Haddad", E, "Citizen Lab")], e2e=True),
    C("described", "fr", "L'ONG Privacy Watch a porté plainte. Anna Berg, directrice de l'ONG, dénonce ces "
      "ventes.", [("Anna Berg", E, "Privacy Watch")]),
    C("described", "fr", "Nordvik vend des drones. Henrik Dahl, directeur du groupe, dénonce ces ventes.",
      [("Henrik Dahl", E, "Nordvik")]),
    C("described", "en", "Among them were Anna Berg, a founder of the migrant rescue group Privacy "
      "Watch, and the group's shipowner representative Paul Grant.",
      [("Anna Berg", E, "Privacy Watch"), ("Paul Grant", E, "Privacy Watch")]),
    C("described", "fr", "Nordvik vend des drones. Fondée en 2003 par l'investisseur Halden Group, la "
      "société dirigée par Henrik Dahl a été financée par Veltrix.", [("Henrik Dahl", E, "Nordvik")],
      [("Henrik Dahl", "Halden Group"), ("Henrik Dahl", "Veltrix")]),
    C("described", "en", "Kestrel Networks makes cameras. The company, led by Sofia Marquez, denies any "
      "wrongdoing.", [("Sofia Marquez", E, "Kestrel Networks")]),
    C("near_miss", "fr", "Nordvik vend des drones. Fondée en 2003, la société dirigée par Henrik Dahl a été "
      "financée à ses débuts par le fonds Halden Group, bras armé de la CIA.", [("Henrik Dahl", E, "Nordvik")],
      [("Henrik Dahl", "CIA"), ("Henrik Dahl", "Halden Group")]),
    C("near_miss", "en", "Kestrel Networks was cleared. The investigation into the company, led by Sofia "
      "Marquez, found nothing.", [], [("Sofia Marquez", "Kestrel Networks")]),
    C("near_miss", "fr", "Nordvik vend des drones. Henrik Dahl, chef d'entreprise, a témoigné.", [],
      [("Henrik Dahl", "Nordvik")]),
    C("near_miss", "en", "Kestrel Networks makes cameras. Lina Haddad, a researcher at the lab of "
      "Citizen Lab, "
      "tested them.", [("Lina Haddad", E, "Citizen Lab")], [("Lina Haddad", "Kestrel Networks")]),
    # a force named with its commander's rank
    C("commander", "fr", "Les Forces de soutien rapide du général Omar Farouk ont pris la ville.",
      [("Omar Farouk", E, "Forces de soutien rapide")]),
    C("commander", "en", "The Rapid Support Forces of General Omar Farouk took the town.",
      [("Omar Farouk", E, "Rapid Support Forces")]),
    C("near_miss", "fr", "Privacy Watch a dénoncé les crimes du général Omar Farouk.", [],
      [("Omar Farouk", "Privacy Watch")]),
    C("near_miss", "en", "Privacy Watch wrote to General Omar Farouk last week.", [],
      [("Omar Farouk", "Privacy Watch")]),
    # offices of a state named by their title: the state in view, or the one the sentence points at
    C("state_office", "en", "Israel approved the sale. Attorney General Ruth Adler said an inquiry would "
      "follow.", [("Ruth Adler", E, "Israel")], e2e=True),
    C("state_office", "en", "Israel's courts are busy. Eitan Shafir, an Israeli lawyer who has fought "
      "sales to Myanmar, wrote to Attorney General Ruth Adler.", [("Ruth Adler", E, "Israel")],
      [("Ruth Adler", "Myanmar")]),
    C("near_miss", "en", "Eitan Shafir, a lawyer who has fought sales to Myanmar, wrote to Attorney General "
      "Ruth Adler.", [], [("Ruth Adler", "Myanmar")]),
    C("state_office", "fr", "L'Italie a suspendu le contrat. Le secrétaire d'État Matteo Ferri a promis une "
      "enquête.", [("Matteo Ferri", E, "Italie")]),
    C("state_office", "en", "Italy's undersecretary for intelligence, Matteo Ferri, told parliament the "
      "services obeyed the law.", [("Matteo Ferri", E, "Italy")], e2e=True),
    C("state_office", "en", "Italy bought the tool in 2023, and Italy's courts asked questions. Italy's "
      "press "
      "said Israel's Veltrix had sold it, deepening a scandal that Matteo Ferri's government has tried to "
      "contain.", [("Matteo Ferri", E, "Italy")], [("Matteo Ferri", "Israel")]),
    C("state_office", "fr", "L'Égypte l'a aussi acheté. En Grèce, le logiciel reste associé au scandale "
      "qui a ébranlé le gouvernement de Kostas Varis en 2022.", [("Kostas Varis", E, "Grèce")],
      [("Kostas Varis", "Égypte")]),
    C("near_miss", "fr", "La France et l'Égypte ont signé. Les ventes françaises au régime de Kostas "
      "Varis ont doublé.", [], [("Kostas Varis", "France")]),
    C("near_miss", "en", "Israel and Egypt signed a deal. Attorney General Ruth Adler declined to "
      "comment.", [],
      [("Ruth Adler", "Israel"), ("Ruth Adler", "Egypt")]),
    C("state_office", "en", "Kees Jansen, chair of the Autoriteit Persoonsgegevens, said the fine stands.",
      [("Kees Jansen", E, "Autoriteit Persoonsgegevens")], e2e=True),
    # a title only a company gives, after a public body: still the company in view
    C("company_title", "fr", "Le scandale touche Nordvik. Le parquet national financier a ouvert une enquête "
      "visant cette société et plusieurs de ses dirigeants, dont l'administrateur délégué Henrik Dahl.",
      [("Henrik Dahl", E, "Nordvik")], [("Henrik Dahl", "parquet national financier")]),
    C("company_title", "en", "The scandal hit Halden Group. The Bureau of Industry and Security opened an "
      "inquiry into the firm and its managers, including chief operating officer Paul Grant.",
      [("Paul Grant", E, "Halden Group")], [("Paul Grant", "Bureau of Industry and Security")]),
    C("near_miss", "fr", "Le scandale touche Nordvik. Le ministère de l'Intérieur a réagi, et le porte-parole "
      "Henrik Dahl a démenti.", [], [("Henrik Dahl", "Nordvik")]),
    # a role over a colleague: where the document said the colleague works
    C("superior", "en", "Ciro Ponti, who heads Veltrix's Rome desk, was hacked. Ciro Ponti's "
      "editor-in-chief, Paul Grant, was warned too.", [("Paul Grant", E, "Veltrix")]),
    C("superior", "en", "Ciro Ponti, a reporter at Halden Group, was hacked. Ciro Ponti's "
      "editor-in-chief, Paul Grant, was warned too.", [("Paul Grant", E, "Halden Group")], e2e=True),
    C("superior", "fr", "Ciro Ponti, journaliste au Monde, a été piraté. Le rédacteur en chef de Ciro Ponti, "
      "Paul Grant, a aussi été visé.", [("Paul Grant", E, "Monde")]),
    C("near_miss", "en", "Ciro Ponti was hacked. Ciro Ponti's editor-in-chief, Paul Grant, was warned "
      "too.", [],
      [("Paul Grant", "Ciro Ponti")]),
    C("near_miss", "en", "Ciro Ponti, a lawyer for Veltrix, was hacked. Ciro Ponti's boss, Paul Grant, "
      "was warned.",
      [], [("Paul Grant", "Veltrix")]),
    # an office handed to someone
    C("handed", "fr", "Veltrix a installé une filiale, Nordvik, et en a confié la présidence en 2019 à "
      "Henrik Dahl, ancien de Halden Group.", [("Henrik Dahl", E, "Nordvik")], [("Henrik Dahl", "Veltrix")]),
    C("handed", "fr", "Veltrix a confié la direction de sa filiale Nordvik à Henrik Dahl.",
      [("Henrik Dahl", E, "Nordvik")]),
    C("handed", "en", "Veltrix handed the chairmanship to Anna Berg in 2019.", [("Anna Berg", E, "Veltrix")]),
    C("near_miss", "fr", "Veltrix a confié un audit à Henrik Dahl.", [], [("Henrik Dahl", "Veltrix")]),
    C("near_miss", "en", "Veltrix handed the files to Anna Berg in 2019.", [], [("Anna Berg", "Veltrix")]),
    # no job: an organisation's name split in two, a product after a company's genitive
    C("near_miss", "en", "\"It is clear,\" said Lina Haddad, a spokesperson for Justice for Myanmar.",
      [("Lina Haddad", R, "Justice for Myanmar")], [("Lina Haddad", "Myanmar")], e2e=True),
    C("near_miss", "en", "\"We found that Veltrix's Graphite was used,\" said Lina Haddad.", [],
      [("Graphite", "Veltrix"), ("Lina Haddad", "Veltrix")]),
]


test_rules, test_pipeline = battery(CASES, KNOWN, TYPES, CODES, JOBS)
