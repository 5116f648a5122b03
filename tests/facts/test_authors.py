"""People and the research organisations whose reports, teams and groups they write, lead or found: the
author of a report the sentences before give to an organisation ("a report by O ... The report's lead author,
P", "le rapport d'O ... L'auteur du rapport, P"); the leader of its researchers ("O researchers found ...
The researchers, led by P", "Les chercheurs d'O ... L'équipe, dirigée par P"); a founder among a group
("O was set up in 2012 by a group of activists, among them P", "fondée par des militants, dont P"); and
the plain appositions that already worked ("P, a researcher at O", "P of O"). Near misses: the author of
a report by another organisation, a body that is no person leading the researchers, a reader of the
report, the targets or victims listed "among them", a client's founder, a company's chief named beside a
report.

Texts written for these tests; the people are invented, the organisations invented or real NGOs. Each case
runs with the mentions placed by hand (the fact rules only); those marked e2e also run through the whole
pipeline."""

from __future__ import annotations

import pytest

from enquete import model

from tests.facts.role_cases import C, battery

pytestmark = pytest.mark.integration

PEOPLE = ["Sara Lind", "James Holt", "Grace Atim", "Claire Martin", "Anne Roussel", "Pierre Lemoine",
          "Sophie Bernard", "Tom Wekesa", "Malik Haddad", "Helena Brandt", "Omar Suleiman", "Victoria Mensah",
          "Lucas Ferrand", "Karim Bensalem", "Hamad Al Nasser", "Ana Ruiz", "Marek Lis", "Hans Keller",
          "Moses Okello", "Jean Dubreuil", "David Ochieng", "Ivan Petrov", "Laszlo Kovacs", "Nurlan Seitkali",
          "Tomasz Wrona", "Krzysztof Lewandowski", "Joseph Mwangi", "Ewa Sadowska", "Rodrigo Salas",
          "Ala'a Haddad"]
TYPES = {p: "Person" for p in PEOPLE} | {
    "Amnesty International": "Organization", "Privacy International": "Organization",
    "Human Rights Watch": "Organization", "Access Now": "Organization", "Gulf Monitor": "Organization",
    "Nervala SA": "Company", "Ristek Systems": "Company", "Quadrix Labs": "Company",
    "Kenya": "Country", "Uganda": "Country", "Ouganda": "Country", "Kazakhstan": "Country",
    "police": "PublicBody", "parquet": "PublicBody",
}
CODES = {"Kenya": "ke", "Uganda": "ug", "Ouganda": "ug", "Kazakhstan": "kz"}
E, R = "employed_by", "represents"
JOBS = (E, R)

CASES = [
    # 1. the author of a report the sentences before give to an organisation
    C("author", "en", "Amnesty International published a report on the spyware of Nervala SA on Tuesday. The "
      "report's lead author, Sara Lind, said the firm had ignored every warning.",
      [("Sara Lind", E, "Amnesty International")], e2e=True),
    C("author", "en", "A report by Privacy International traced the sales to Kenya. Its author, James Holt, "
      "called for an export ban.", [("James Holt", E, "Privacy International")]),
    C("author", "en", "According to a new report from Human Rights Watch, the cameras were installed in "
      "2019. James Holt, the report's co-author, said the data had been checked twice.",
      [("James Holt", E, "Human Rights Watch")]),
    C("author", "en", "Access Now released a study of the blocking in Uganda. The study's lead author, Grace "
      "Atim, said the filters were switched on before the vote.", [("Grace Atim", E, "Access Now")]),
    C("author", "en", "A report released on Wednesday by Privacy International found the filters in ten "
      "countries. Using scans, the researchers identified the installations. The report's lead author, Tom "
      "Wekesa, and his co-authors say the software censors political speech.",
      [("Tom Wekesa", E, "Privacy International")], e2e=True),
    C("author", "en", "The report, published by Human Rights Watch on Monday, names Ristek Systems. Its lead "
      "author, Claire Martin, said the company had sold the tool to Kenya.",
      [("Claire Martin", E, "Human Rights Watch")]),
    C("author", "en", "Amnesty International's report was released on Monday. One of the report's authors, "
      "Victoria Mensah, described the findings as alarming.",
      [("Victoria Mensah", E, "Amnesty International")]),
    C("author", "fr", "Le rapport d'Amnesty International met en cause Nervala SA. Son auteur principal, "
      "Anne Roussel, estime que la société savait.", [("Anne Roussel", E, "Amnesty International")],
      e2e=True),
    C("author", "fr", "Selon un rapport publié mardi par Privacy International, le logiciel a été vendu au "
      "Kenya. L'auteur du rapport, Pierre Lemoine, dénonce un commerce sans contrôle.",
      [("Pierre Lemoine", E, "Privacy International")]),
    C("author", "fr", "Human Rights Watch a publié un rapport sur les ventes de Quadrix Labs. La principale "
      "auteure du rapport, Sophie Bernard, affirme que les clients étaient connus.",
      [("Sophie Bernard", E, "Human Rights Watch")]),
    C("author", "fr", "Un rapport d'Access Now décrit les coupures en Ouganda. Son co-auteur, Lucas Ferrand, "
      "parle d'une censure méthodique.", [("Lucas Ferrand", E, "Access Now")]),
    C("author", "fr", "Le rapport de Privacy International a été publié lundi. L'auteure du rapport, Helena "
      "Brandt, appelle à suspendre les licences.", [("Helena Brandt", E, "Privacy International")]),
    # 2. the leader of the organisation's researchers or team
    C("team", "en", "Researchers at Amnesty International found the spyware on the phones. The researchers, "
      "led by Malik Haddad, traced it to Ristek Systems.", [("Malik Haddad", E, "Amnesty International")],
      e2e=True),
    C("team", "en", "Privacy International researchers examined the devices. The team, led by Helena Brandt, "
      "found traces of the tool of Nervala SA.", [("Helena Brandt", E, "Privacy International")]),
    C("team", "en", "Human Rights Watch investigated the sales. Its researchers, led by Victoria Mensah, "
      "interviewed twenty people.", [("Victoria Mensah", E, "Human Rights Watch")]),
    C("team", "en", "A team of Amnesty International researchers, led by Omar Suleiman, analysed 40 phones.",
      [("Omar Suleiman", E, "Amnesty International")]),
    C("team", "en", "Access Now researchers, led by Grace Atim, mapped the outages in Uganda.",
      [("Grace Atim", E, "Access Now")]),
    C("team", "fr", "Les chercheurs d'Amnesty International ont analysé les téléphones. L'équipe, dirigée "
      "par Anne Roussel, a identifié le logiciel de Nervala SA.",
      [("Anne Roussel", E, "Amnesty International")],
      e2e=True),
    C("team", "fr", "Les chercheurs de Privacy International, menés par Lucas Ferrand, ont retrouvé les "
      "serveurs.", [("Lucas Ferrand", E, "Privacy International")]),
    C("team", "fr", "Human Rights Watch a enquêté sur les ventes. Ses chercheurs, dirigés par Karim "
      "Bensalem, ont interrogé vingt témoins.", [("Karim Bensalem", E, "Human Rights Watch")]),
    C("team", "fr", "Une équipe de chercheurs d'Access Now, dirigée par Sophie Bernard, a cartographié les "
      "coupures.", [("Sophie Bernard", E, "Access Now")]),
    # 3. a founder among a group
    C("founder", "en", "Gulf Monitor was set up in 2013 by a group of lawyers and journalists, among them "
      "Hamad Al Nasser.", [("Hamad Al Nasser", E, "Gulf Monitor")]),
    C("founder", "en", "Gulf Monitor was founded by several activists, including Hamad Al Nasser and Sara "
      "Lind.",
      [("Hamad Al Nasser", E, "Gulf Monitor"), ("Sara Lind", E, "Gulf Monitor")]),
    C("founder", "en", "Access Now was co-founded in 2009 by a handful of activists, among them Ana Ruiz.",
      [("Ana Ruiz", E, "Access Now")]),
    C("founder", "en", "Gulf Monitor was set up in 2012 by a group of activists and researchers, among them "
      "Ala'a Haddad.", [("Ala'a Haddad", E, "Gulf Monitor")], e2e=True),
    C("founder", "fr", "Gulf Monitor a été fondée en 2013 par un groupe de militants, dont Karim Bensalem.",
      [("Karim Bensalem", E, "Gulf Monitor")]),
    C("founder", "fr", "L'ONG Gulf Monitor, fondée par des chercheurs et des avocats, dont Malik Haddad, "
      "publie un rapport annuel.", [("Malik Haddad", E, "Gulf Monitor")]),
    C("founder", "fr", "Access Now a été créée par plusieurs militants, parmi lesquels Ana Ruiz.",
      [("Ana Ruiz", E, "Access Now")]),
    # 4. the appositions that already worked
    C("apposed", "en", "Sara Lind, a researcher at Amnesty International, said the logs were clear.",
      [("Sara Lind", E, "Amnesty International")], e2e=True),
    C("apposed", "fr", "Pierre Lemoine, chercheur à Amnesty International, a confirmé l'infection.",
      [("Pierre Lemoine", E, "Amnesty International")]),
    C("apposed", "en", "James Holt of Privacy International said the sale was illegal.",
      [("James Holt", E, "Privacy International")]),
    C("apposed", "fr", "Un chercheur d'Amnesty International, Lucas Ferrand, a examiné le téléphone.",
      [("Lucas Ferrand", E, "Amnesty International")]),
    C("apposed", "en", "A senior researcher at Human Rights Watch, Victoria Mensah, reviewed the findings.",
      [("Victoria Mensah", E, "Human Rights Watch")]),
    C("apposed", "fr", "Helena Brandt, chercheuse au sein d'Access Now, a analysé les traces.",
      [("Helena Brandt", E, "Access Now")]),
    # near misses
    C("near", "en", "Amnesty International criticised a report published by Ristek Systems. The report's "
      "author, James Holt, defended its findings.", forbid=[("James Holt", "Amnesty International")]),
    C("near", "en", "Researchers at Amnesty International studied the case. The inquiry, led by the Kenyan "
      "police, questioned Joseph Mwangi.", forbid=[("Joseph Mwangi", "Amnesty International")]),
    C("near", "en", "Privacy International published a report on Uganda. Tom Wekesa, who read the report, "
      "said it was accurate.", forbid=[("Tom Wekesa", "Privacy International")]),
    C("near", "en", "Ristek Systems targeted a group of activists, among them Grace Atim.",
      forbid=[("Grace Atim", "Ristek Systems")]),
    C("near", "en", "The spyware of Nervala SA infected the phones of several journalists, among them Ana "
      "Ruiz.", forbid=[("Ana Ruiz", "Nervala SA")]),
    C("near", "en", "Ristek Systems sold the tool to several clients, among them Quadrix Labs, founded by "
      "Marek Lis.", forbid=[("Marek Lis", "Ristek Systems")]),
    C("near", "fr", "Le rapport d'Amnesty International met en cause Nervala SA. Le PDG de Nervala SA, Hans "
      "Keller, conteste les conclusions.", [("Hans Keller", E, "Nervala SA")],
      [("Hans Keller", "Amnesty International")]),
    C("near", "fr", "Les chercheurs d'Amnesty International ont interrogé des militants, dont Moses Okello.",
      forbid=[("Moses Okello", "Amnesty International")]),
    C("near", "fr", "Les chercheurs d'Amnesty International ont publié leurs conclusions. L'enquête "
      "judiciaire, dirigée par le juge Jean Dubreuil, vise Nervala SA.",
      forbid=[("Jean Dubreuil", "Amnesty International")]),
    C("near", "en", "A report by Human Rights Watch named Ristek Systems. The chief executive of Ristek "
      "Systems, David Ochieng, rejected the report.", [("David Ochieng", E, "Ristek Systems")],
      [("David Ochieng", "Human Rights Watch")]),
    C("near", "en", "Privacy International's report quoted Ivan Petrov, a former engineer at Nervala SA.",
      forbid=[("Ivan Petrov", "Privacy International")]),
    C("near", "fr", "Le rapport de Human Rights Watch a été commenté par Laszlo Kovacs, qui l'a lu avec "
      "attention.", forbid=[("Laszlo Kovacs", "Human Rights Watch")]),
    C("near", "en", "The report by Access Now was criticised by Nurlan Seitkali, a deputy minister of "
      "Kazakhstan.", forbid=[("Nurlan Seitkali", "Access Now")]),
    C("near", "fr", "Gulf Monitor a été fondée en 2013. Elle a documenté la surveillance de plusieurs "
      "militants, dont Omar Suleiman.", forbid=[("Omar Suleiman", "Gulf Monitor")]),
    C("near", "en", "The researchers, led by Amnesty International, examined phones belonging to Tomasz "
      "Wrona.", forbid=[("Tomasz Wrona", "Amnesty International")]),
    C("near", "en", "A report by Amnesty International drew on interviews with Krzysztof Lewandowski, a "
      "lawyer in Kenya.", forbid=[("Krzysztof Lewandowski", "Amnesty International")]),
    C("near", "fr", "Un rapport de Privacy International cite Nervala SA. L'auteur d'un autre rapport, Ewa "
      "Sadowska, travaille pour Quadrix Labs.", forbid=[("Ewa Sadowska", "Privacy International")]),
    C("near", "en", "Amnesty International published a report on Kenya. Kenyan police investigators, led by "
      "Joseph Mwangi, raided the offices of Ristek Systems.",
      forbid=[("Joseph Mwangi", "Amnesty International")]),
    C("near", "en", "Human Rights Watch said it would publish a report on Kenya. Rodrigo Salas, who spied on "
      "the researchers, led by example.", forbid=[("Rodrigo Salas", "Human Rights Watch")]),
]

KNOWN: dict[tuple[str, str], str] = {}


test_rules, test_pipeline = battery(CASES, KNOWN, TYPES, CODES, JOBS)


#: (language, text, name, the type its mention must have)
NAMES = [
    ("en", "Gulf Monitor was set up in 2012 by a group of activists and researchers, among them Ala'a "
     "Haddad.", "Ala'a Haddad", "Person"),
    ("en", "The group was founded by Ala'a Haddad and Sara Lind.", "Ala'a Haddad", "Person"),
]


@pytest.mark.parametrize("lang,text,name,mtype", NAMES)
def test_mentions(lang: str, text: str, name: str, mtype: str | None,
                  pipes) -> None:  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    x = extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)
    found = {m.text: m.type for m in x.mentions}
    assert found.get(name) == mtype, found
