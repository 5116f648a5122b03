"""Roles read from general shapes, French and English: a title right before a name inside a sentence, founders
named after a date, a role whose organisation is a possessive, a government named by its head, a
successor, a spokesman through whom a body speaks, a hire, a committee's rapporteur. Precision: a person
named near a company is not its employee. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

NAMES = {"Helix Systems": "Company", "Orma Group": "Company", "Nordsec": "Company", "Vexor": "Company",
         "Rights Monitor": "Organization", "Ligue Verte": "Organization", "John Carver": "Person",
         "Paul Ames": "Person", "Lena Moss": "Person", "Yoav Levi": "Person", "Claire Noury": "Person",
         "Marc Dupré": "Person", "Egypt": "Country", "Égypte": "Country", "Belarus": "Country",
         "Biélorussie": "Country", "Qatar": "Country", "Trésor américain": "PublicBody",
         "ministère de la Défense": "PublicBody",
         "Karim Haddad": "Person", "Ilya Marov": "Person",
         "commission des affaires étrangères": "PublicBody", "Foreign Affairs Committee": "PublicBody"}
CODES = {"Egypt": "eg", "Égypte": "eg", "Belarus": "by", "Biélorussie": "by", "Qatar": "qa"}


def facts(text: str, lang: str) -> Facts:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {"2010": ("2010", "year")},
              countries=CODES)
    check_integrity(f)
    return f


def jobs(f: Facts) -> set[tuple[str, str, str]]:
    return {t for t in f.triples() if t[1] in ("employed_by", "represents")}


POSITIVE = [
    # a company title right before a name inside the sentence: the company in view
    ("Helix Systems denied the report on Monday, and chief executive John Carver called it a smear.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    ("Nordsec a remercié plusieurs de ses dirigeants, dont l'administrateur délégué Yoav Levi.", "fr",
     {("Yoav Levi", "employed_by", "Nordsec")}),
    ("Nordsec a vendu le logiciel. Selon l'administratrice déléguée Claire Noury, tout était légal.", "fr",
     {("Claire Noury", "employed_by", "Nordsec")}),
    ("Helix Systems was sold last year. In a letter, its founder John Carver thanked the staff.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    # founders named after a date, and an apposition between two founders
    ("Helix Systems was founded in 2010 by John Carver, its chief executive, and Paul Ames.", "en",
     {("John Carver", "employed_by", "Helix Systems"), ("Paul Ames", "employed_by", "Helix Systems")}),
    ("Nordsec a été fondée en 2010 par Yoav Levi et Claire Noury.", "fr",
     {("Yoav Levi", "employed_by", "Nordsec"), ("Claire Noury", "employed_by", "Nordsec")}),
    # a role and its organisation after the name
    ("Lena Moss, chargée de plaidoyer sur les exportations à Rights Monitor, dénonce ces ventes.", "fr",
     {("Lena Moss", "employed_by", "Rights Monitor")}),
    ("Lena Moss, who heads Rights Monitor's research team, said the sales must stop.", "en",
     {("Lena Moss", "employed_by", "Rights Monitor")}),
    ("Nordsec a grandi vite. Claire Noury, présentée comme l'architecte de son réseau, a refusé de répondre.",
     "fr", {("Claire Noury", "employed_by", "Nordsec")}),
    ("Helix Systems grew fast. Lena Moss, described as the architect of its sales network, declined comment.",
     "en", {("Lena Moss", "employed_by", "Helix Systems")}),
    # governments named by their head; a successor; the staff of a head of government
    ("Egypt bought the tools while the administration of Karim Haddad cracked down on dissent.", "en",
     {("Karim Haddad", "employed_by", "Egypt")}),
    ("L'Égypte a acheté le logiciel, que le gouvernement de Karim Haddad a utilisé contre des opposants.",
     "fr",
     {("Karim Haddad", "employed_by", "Égypte")}),
    ("Belarus's president Ilya Marov ruled for years. His successor, Karim Haddad, kept the system.", "en",
     {("Ilya Marov", "employed_by", "Belarus"), ("Karim Haddad", "employed_by", "Belarus")}),
    ("La Biélorussie a coupé internet sous le régime du président Ilya Marov.", "fr",
     {("Ilya Marov", "employed_by", "Biélorussie")}),
    ("L'Égypte a démenti. Le secrétaire général du Premier ministre, Marc Dupré, a signé le contrat.", "fr",
     {("Marc Dupré", "employed_by", "Égypte")}),
    ("John Carver, chief executive of Helix Systems until 2010, retired. His successor, Paul Ames, sold it.",
     "en", {("Paul Ames", "employed_by", "Helix Systems")}),
    ("Yoav Levi, PDG de Nordsec, a démissionné. Son successeur, Marc Dupré, a vendu la société.", "fr",
     {("Marc Dupré", "employed_by", "Nordsec")}),
    # a body that speaks through someone: employed_by and represents
    ("La Ligue Verte a réagi par la voix de son président d'honneur Marc Dupré.", "fr",
     {("Marc Dupré", "employed_by", "Ligue Verte"), ("Marc Dupré", "represents", "Ligue Verte")}),
    ("Rights Monitor, through its spokesman Paul Ames, asked for an inquiry.", "en",
     {("Paul Ames", "employed_by", "Rights Monitor"), ("Paul Ames", "represents", "Rights Monitor")}),
    # a person of, from or bracketed with a body
    ("The report was checked by Lena Moss from Rights Monitor.", "en",
     {("Lena Moss", "employed_by", "Rights Monitor")}),
    ("« Ces ventes doivent cesser », insiste Marc Dupré (Ligue Verte).", "fr",
     {("Marc Dupré", "employed_by", "Ligue Verte")}),
    # a relative clause that only says what P is
    ("Marc Dupré, qui était directeur commercial de Nordsec, a refusé de répondre.", "fr",
     {("Marc Dupré", "employed_by", "Nordsec")}),
    ("John Carver, who was Helix Systems's chief executive until 2010, declined to comment.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    # plural roles, officials, c-level titles
    ("Yoav Levi, l'un des fondateurs de Nordsec, conteste.", "fr", {("Yoav Levi", "employed_by", "Nordsec")}),
    ("John Carver, one of the founders of Helix Systems, declined to comment.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    ("John Carver, a senior Helix Systems official, declined to comment.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    ("John Carver, an official at Rights Monitor, declined to comment.", "en",
     {("John Carver", "employed_by", "Rights Monitor")}),
    ("Nordsec's chief technology officer, Yoav Levi, declined to comment.", "en",
     {("Yoav Levi", "employed_by", "Nordsec")}),
    # hires
    ("Helix Systems had hired John Carver, a former diplomat, as an adviser in 2010.", "en",
     {("John Carver", "employed_by", "Helix Systems")}),
    ("Nordsec a recruté Marc Dupré comme conseiller.", "fr", {("Marc Dupré", "employed_by", "Nordsec")}),
    ("Nordsec a engagé l'ancien ministre Marc Dupré comme consultant.", "fr",
     {("Marc Dupré", "employed_by", "Nordsec")}),
    ("Marc Dupré a été recruté par Nordsec en 2010 comme consultant.", "fr",
     {("Marc Dupré", "employed_by", "Nordsec")}),
    # a committee's rapporteur
    ("La commission des affaires étrangères a rendu son rapport ; sa rapporteure, Claire Noury, demande un "
     "contrôle.", "fr", {("Claire Noury", "employed_by", "commission des affaires étrangères")}),
    ("The Foreign Affairs Committee published its report, and its rapporteur, Paul Ames, asked for controls.",
     "en", {("Paul Ames", "employed_by", "Foreign Affairs Committee")}),
]


@pytest.mark.parametrize("text,lang,expected", POSITIVE)
def test_roles_in_general_shapes(text, lang, expected):
    found = jobs(facts(text, lang))
    assert expected <= found, f"missing {expected - found} in {found}"


NEGATIVE = [
    # quoted near a company, no title: not its employee
    ("Helix Systems denied the report, John Carver said.", "en", "John Carver"),
    ("Selon Yoav Levi, Nordsec a vendu le logiciel.", "fr", "Yoav Levi"),
    # two companies in view: a bare title does not tell which one
    ("Helix Systems sold the tools to Orma Group, and chief executive John Carver defended the sale.", "en",
     "John Carver"),
    # a lawyer who comments is not a company's employee
    ("Nordsec et Vexor ont signé, a déclaré l'avocat Paul Ames.", "fr", "Paul Ames"),
    # a state merely in view: a government word with no head named, or a president with no government word
    # where the sentence before names a company too (with a state alone as its subject: its president)
    ("Egypt buys drones from Helix Systems. President Karim Haddad met the sellers.", "en", "Karim Haddad"),
    # "his" is the last person named, here not the head of state
    ("Belarus's president Ilya Marov met John Carver. His successor, Paul Ames, kept the contract.", "en",
     "Paul Ames"),
    ("John Carver, chief executive of Helix Systems, met Paul Ames. His successor, Yoav Levi, was named.",
     "en", "Yoav Levi"),
    ("Yoav Levi, fondateur de Nordsec, est mort. Son successeur, Marc Dupré, a été nommé.", "fr",
     "Marc Dupré"),
    # a spokesman after a ministry is named: the ministry's, not the company's
    ("Nordsec a vendu le logiciel. Le ministère de la Défense a démenti, et le porte-parole Yoav Levi a "
     "refusé de commenter.", "fr", "Yoav Levi"),
    # bought from, returned from, a bracket that goes on: no affiliation
    ("John Carver bought the tools from Helix Systems in 2010.", "en", "John Carver"),
    ("Karim Haddad, back from Egypt, said nothing.", "en", "Karim Haddad"),
    ("Marc Dupré (qui a quitté Nordsec en 2010) se tait.", "fr", "Marc Dupré"),
    ("Marc Dupré (Nordsec, Vexor) se tait.", "fr", "Marc Dupré"),
    # a relative clause with another verb: P met the role, is not it
    ("John Carver, who met the chief executive of Helix Systems, declined to comment.", "en", "John Carver"),
    ("Marc Dupré, qui a rencontré le directeur de Nordsec, se tait.", "fr", "Marc Dupré"),
    ("John Carver, who was Helix Systems's client, said nothing.", "en", "John Carver"),
    # a role word inside an idiom
    ("Marc Dupré, dans le cadre de la Ligue Verte, a publié un rapport.", "fr", "Marc Dupré"),
    ("John Carver, in an official letter to Rights Monitor, denied it.", "en", "John Carver"),
    # two companies named in the sentence before: a bare title or a possessive does not tell which
    ("Helix Systems and Orma Group were named. Chief executive John Carver said nothing.", "en",
     "John Carver"),
    ("Vexor a racheté Nordsec. Son fondateur, Yoav Levi, est parti.", "fr", "Yoav Levi"),
    ("Egypt and Belarus bought the tools while the administration of Karim Haddad looked away.", "en",
     "Karim Haddad"),
    # hired by a person, not a company
    ("Marc Dupré a recruté Yoav Levi comme conseiller.", "fr", "Yoav Levi"),
    # a successor with no head of state before
    ("Helix Systems changed hands. His successor, John Carver, kept the staff.", "en", "John Carver"),
    # the person's kin is hired, not the person
    ("Helix Systems hired the brother of John Carver as a consultant.", "en", "John Carver"),
    # the company is hired, not the person
    ("John Carver hired Helix Systems as a consultant.", "en", "John Carver"),
    # "à" after a role: a clause, or a place, is not where the role is held
    ("Lena Moss, journaliste qui a écrit à Rights Monitor, attend une réponse.", "fr", "Lena Moss"),
    ("Marc Dupré, consultant au Qatar, a vendu ses parts de Nordsec.", "fr", "Marc Dupré"),
    # a national branch named by a body and a country: not the body the mention names
    ("Lena Moss, chercheuse à Rights Monitor Egypt, a publié le rapport.", "fr", "Lena Moss"),
    # a possessive before a person's own circle is not a company's
    ("Nordsec a grandi vite. Marc Dupré, l'avocat de sa famille, a refusé de répondre.", "fr", "Marc Dupré"),
    # a clause, not an apposition, between a founder and the next name
    ("Helix Systems was founded in 2010 by John Carver, who sold it in 2015, and Paul Ames runs it.", "en",
     "Paul Ames"),
    # a sanctioning body is not the owner of "son réseau"
    ("Le Trésor américain a sanctionné Claire Noury, présentée comme l'architecte de son réseau.", "fr",
     "Claire Noury"),
]


@pytest.mark.parametrize("text,lang,person", NEGATIVE)
def test_no_role_without_its_shape(text, lang, person):
    found = jobs(facts(text, lang))
    assert not {t for t in found if t[0] == person}, found


def test_roles_are_named():
    f = facts("Nordsec a recruté Marc Dupré comme conseiller.", "fr")
    assert f.rel("Marc Dupré", "employed_by", "Nordsec").role == "adviser"
    f = facts("Helix Systems was founded in 2010 by John Carver, its chief executive, and Paul Ames.", "en")
    assert f.rel("Paul Ames", "employed_by", "Helix Systems").role in ("founder", "co-founder")
    f = facts("Belarus's president Ilya Marov ruled for years. His successor, Karim Haddad, kept the system.",
              "en")
    assert f.rel("Karim Haddad", "employed_by", "Belarus").role == "president"
