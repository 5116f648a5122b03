"""Roles whose employer is not named beside the person but in the sentences before: "The chief executive,
P, said", "P, the chief executive, said", "A company spokeswoman, P", "P, who heads the export unit", "Le
directeur général, P, assure", "sous la présidence de P", "le successeur de M. A, P". Near misses: two
organisations in view, a person quoted about a company who works elsewhere, a ministry's spokesman beside
a company, a role word used as a common noun, a presidency of a board. Short articles written for these
tests; the companies and people are invented."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity
from tests.facts.role_cases import C, Case, check, params, present

pytestmark = pytest.mark.integration

TYPES = {
    "John Carver": "Person", "Jane Moss": "Person", "Mark Reyes": "Person", "Tom Hale": "Person",
    "Yoav Levi": "Person", "Paolo Ferri": "Person", "Claire Dubois": "Person", "Marc Lefèvre": "Person",
    "Rafael Ortega": "Person", "Luis Mena": "Person", "Anna Berg": "Person", "Sven Lind": "Person",
    "Helix Systems": "Company", "Orma Group": "Company", "Nordsec": "Company", "Vexor": "Company",
    "Citizen Lab": "Organization", "Privacy Watch": "Organization", "Reuters": "Organization",
    "Interior Ministry": "PublicBody", "ministère de l'Intérieur": "PublicBody",
    "Ecuador": "Country", "Équateur": "Country", "Egypt": "Country", "Égypte": "Country", "France": "Country",
}
CODES = {"Ecuador": "ec", "Équateur": "ec", "Egypt": "eg", "Égypte": "eg", "France": "fr"}
E, R = "employed_by", "represents"

CASES: list[Case] = [
    # a company title before the name, with a comma, the company named in the sentence before
    C("title", "en", "Helix Systems sold the tool to three police forces. The chief executive, John "
      "Carver, said the sales were legal.", [("John Carver", E, "Helix Systems")]),
    C("title", "fr", "Nordsec a vendu le logiciel à la police. Le directeur général, Paolo Ferri, "
      "assure que tout était légal.", [("Paolo Ferri", E, "Nordsec")]),
    C("title", "en", "Helix Systems declined to comment. A spokeswoman, Jane Moss, said the firm "
      "followed the law.", [("Jane Moss", E, "Helix Systems"), ("Jane Moss", R, "Helix Systems")]),
    C("title", "fr", "Nordsec n'a pas répondu. Sa porte-parole, Claire Dubois, a indiqué que la société "
      "respectait la loi.", [("Claire Dubois", E, "Nordsec")]),
    # a company title apposed after the name
    C("apposed", "en", "Helix Systems denied the report. John Carver, the chief executive, said the "
      "files were forged.", [("John Carver", E, "Helix Systems")]),
    C("apposed", "fr", "Nordsec conteste ces chiffres. Paolo Ferri, le directeur général, affirme que "
      "la société respecte la loi.", [("Paolo Ferri", E, "Nordsec")]),
    C("apposed", "en", "Helix Systems was founded in 2012. Yoav Levi, the founder, still owns half of it.",
      [("Yoav Levi", E, "Helix Systems")]),
    C("title", "fr", "Nordsec dément. « Tout est légal », assure le directeur général, Paolo Ferri.",
      [("Paolo Ferri", E, "Nordsec")]),
    # former staff
    C("former", "en", "Helix Systems denied the report. Mark Reyes, a former employee, said the tool "
      "was sold to Egypt.", [("Mark Reyes", E, "Helix Systems")]),
    C("former", "fr", "Nordsec dément. Marc Lefèvre, un ancien salarié, affirme le contraire.",
      [("Marc Lefèvre", E, "Nordsec")]),
    C("former", "en", "Helix Systems denied it. \"It is false,\" a former employee, Mark Reyes, said.",
      [("Mark Reyes", E, "Helix Systems")]),
    C("near", "en", "Helix Systems denied it. Mark Reyes, a former employee of Orma Group, said otherwise.",
      [("Mark Reyes", E, "Orma Group")], [("Mark Reyes", "Helix Systems")]),
    C("near", "fr", "Nordsec a racheté Vexor. Marc Lefèvre, un ancien salarié, affirme le contraire.",
      forbid=[("Marc Lefèvre", "Nordsec"), ("Marc Lefèvre", "Vexor")]),
    # a common noun for the organisation before the role ("a company spokeswoman")
    C("adjunct", "en", "Helix Systems declined to comment. A company spokeswoman, Jane Moss, said it "
      "followed the law.", [("Jane Moss", E, "Helix Systems")]),
    C("adjunct", "en", "Helix Systems built the platform. Jane Moss, a company spokeswoman, said it was "
      "never sold abroad.", [("Jane Moss", E, "Helix Systems")]),
    C("adjunct", "en", "The Interior Ministry bought the tool in 2019. A ministry spokesman, Tom Hale, "
      "confirmed the purchase.", [("Tom Hale", E, "Interior Ministry")]),
    # a unit of the organisation in view
    C("unit", "en", "Helix Systems opened an office in Dubai. Mark Reyes, who heads the export unit, said "
      "demand was strong.", [("Mark Reyes", E, "Helix Systems")]),
    C("unit", "fr", "Nordsec a ouvert un bureau à Dubaï. Marc Lefèvre, qui dirige la division export, "
      "évoque une forte demande.", [("Marc Lefèvre", E, "Nordsec")]),
    C("unit", "en", "Helix Systems opened an office in Dubai. Mark Reyes, who runs the company's export "
      "unit, said demand was strong.", [("Mark Reyes", E, "Helix Systems")]),
    C("unit", "fr", "Nordsec a ouvert un bureau à Dubaï. Marc Lefèvre, qui dirige le bureau de Dubaï, évoque "
      "une forte demande.", [("Marc Lefèvre", E, "Nordsec")]),
    # a copula of becoming
    C("became", "en", "Yoav Levi had become chief operating officer of Helix Systems in 2017.",
      [("Yoav Levi", E, "Helix Systems")]),
    C("became", "en", "John Carver, vice-president of Helix Systems, declined to comment.",
      [("John Carver", E, "Helix Systems")]),
    # hired, with no role after the name
    C("hired", "en", "Helix Systems hired John Carver in 2015.", [("John Carver", E, "Helix Systems")]),
    C("hired", "fr", "Nordsec a embauché Paolo Ferri en 2015.", [("Paolo Ferri", E, "Nordsec")]),
    C("near", "en", "Helix Systems hired John Carver's firm in 2015.", forbid=[("John Carver", "Helix "
      "Systems")]),
    C("near", "en", "Helix Systems retained John Carver in 2015.", forbid=[("John Carver", "Helix "
      "Systems", E)]),
    # a presidency, and its successor
    C("presidency", "fr", "L'Équateur a acheté les caméras en 2011, sous la présidence de Rafael Ortega.",
      [("Rafael Ortega", E, "Équateur")]),
    C("presidency", "en", "Ecuador bought the cameras in 2011, under the presidency of Rafael Ortega.",
      [("Rafael Ortega", E, "Ecuador")]),
    C("presidency", "fr", "L'Équateur a acheté les caméras sous la présidence de Rafael Ortega. Le "
      "réseau a été étendu par le successeur de M. Ortega, Luis Mena.",
      [("Rafael Ortega", E, "Équateur"), ("Luis Mena", E, "Équateur")]),
    C("presidency", "fr", "La France a signé ces licences sous les présidences de Rafael Ortega puis de Luis "
      "Mena.", [("Rafael Ortega", E, "France"), ("Luis Mena", E, "France")]),
    # near misses: two organisations in view
    C("near", "en", "Helix Systems bought Orma Group last year. The chief executive, John Carver, said "
      "the deal was done.", forbid=[("John Carver", "Helix Systems"), ("John Carver", "Orma Group")]),
    C("near", "fr", "Nordsec a racheté Vexor en 2020. Le directeur général, Paolo Ferri, s'en félicite.",
      forbid=[("Paolo Ferri", "Nordsec"), ("Paolo Ferri", "Vexor")]),
    C("near", "en", "Helix Systems sold the tool to the Interior Ministry. John Carver, the spokesman, "
      "declined to comment.", forbid=[("John Carver", "Helix Systems"), ("John Carver", "Interior "
      "Ministry")]),
    # near misses: quoted about the company, working elsewhere
    C("near", "en", "Helix Systems sold the tool to Egypt. John Carver, a researcher at Citizen Lab, "
      "said the company lied.", [("John Carver", E, "Citizen Lab")], [("John Carver", "Helix Systems")]),
    C("near", "fr", "Nordsec a vendu le logiciel à l'Égypte. Claire Dubois, chercheuse chez Privacy Watch, "
      "dénonce ces ventes.", [("Claire Dubois", E, "Privacy Watch")], [("Claire Dubois", "Nordsec")]),
    C("near", "en", "Helix Systems denied the report. Jane Moss, a journalist who has followed the "
      "company for years, said the denial was false.", forbid=[("Jane Moss", "Helix Systems")]),
    C("near", "fr", "Nordsec a démenti. Claire Dubois, journaliste qui enquête sur l'entreprise depuis 2019, "
      "maintient ses informations.", forbid=[("Claire Dubois", "Nordsec")]),
    C("near", "fr", "Nordsec a démenti. Paolo Ferri, l'ancien directeur général de Vexor, en doute.",
      [("Paolo Ferri", E, "Vexor")], [("Paolo Ferri", "Nordsec")]),
    # near misses: a ministry's spokesman beside the company
    C("near", "en", "Helix Systems sold the tool to the Interior Ministry. A spokesman for the ministry, Tom "
      "Hale, declined to comment.", [("Tom Hale", E, "Interior Ministry")], [("Tom Hale", "Helix Systems")]),
    C("near", "fr", "Nordsec a vendu le logiciel au ministère de l'Intérieur. Le porte-parole du "
      "ministère, Marc Lefèvre, n'a pas répondu.", [("Marc Lefèvre", E, "ministère de l'Intérieur")],
      [("Marc Lefèvre", "Nordsec")]),
    C("near", "en", "The Interior Ministry bought the tool from Helix Systems. A company spokesman, Tom "
      "Hale, said the contract was public.", [("Tom Hale", E, "Helix Systems")], [("Tom Hale", "Interior "
      "Ministry")]),
    # near misses: a role word as a common noun, a unit that is no unit, a rival
    C("near", "en", "Helix Systems sells to governments. Any chief executive would say the same, Mark Reyes "
      "argued.", forbid=[("Mark Reyes", "Helix Systems")]),
    C("near", "fr", "Nordsec a démenti. Pour Claire Dubois, un directeur général doit assumer ses choix.",
      forbid=[("Claire Dubois", "Nordsec")]),
    C("near", "en", "Helix Systems denied the report. Mark Reyes, who heads the inquiry, said it would "
      "go on.",
      forbid=[("Mark Reyes", "Helix Systems")]),
    C("near", "fr", "Nordsec a démenti. Paolo Ferri, qui dirige l'enquête, a saisi le parquet.",
      forbid=[("Paolo Ferri", "Nordsec")]),
    C("near", "en", "Helix Systems denied the report. Mark Reyes, who heads a rival firm, called it a lie.",
      forbid=[("Mark Reyes", "Helix Systems")]),
    # near misses: a presidency of a board, not of the state
    C("near", "fr", "L'Équateur a signé le contrat. Le conseil de Nordsec s'est réuni sous la présidence de "
      "Paolo Ferri.", forbid=[("Paolo Ferri", "Équateur")]),
    C("near", "en", "Egypt signed the contract. The board of Helix Systems met under the chairmanship "
      "of John Carver.", forbid=[("John Carver", "Egypt")]),
    # near misses: the company too far back, a person's own role
    C("near", "en", "Helix Systems denied the report. Nothing changed. Nobody called. The matter "
      "rested. John Carver, the chief executive, said so.", forbid=[("John Carver", "Helix Systems")]),
    C("near", "en", "Helix Systems denied the report to Reuters. A spokeswoman, Jane Moss, said nothing.",
      forbid=[("Jane Moss", "Helix Systems"), ("Jane Moss", "Reuters")]),
]

KNOWN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("case", params("rules", CASES, CASES, KNOWN))
def test_roles8(case: Case) -> None:
    f = Facts(case.text, case.lang, present(case.text, TYPES), {}, countries=CODES)
    check_integrity(f)
    check(case, {t for t in f.triples() if t[1] in (E, R)})
