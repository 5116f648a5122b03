"""People whose organisation the sentence does not name: a company title or a lawyer for the company the
discourse is about ("The company was founded in 2009 by P, who still runs it", "Elle a été fondée par P,
qui la dirige", "Un ancien directeur commercial, P, affirme que l'entreprise…", "Spokesman P did not
answer", "L'avocat de la société, Me P"), and a state's officials for the state in view ("In 2004,
President P signed" after a sentence about the United States; "Au Bélarus, … Le ministre de l'Intérieur
P"; "Prime Minister P"). Near misses stay silent: a company's president, a court's or an NGO's, a foreign
leader named with his own demonym, a role at a former employer, people quoted with no role, commentators,
plural officials, people in a list of targets. With them, two defects of entity detection on such text: an
office kept inside a person's name ("Spokesman Olli Rinne") and a person typed as an organisation or missed
("founded in 2009 by Jarkko Lehto, who …", "Marko Salo, a former sales director, said").

Texts written for these tests; the companies and people are invented, the states real. Each case runs with
the mentions placed by hand (the fact rules only); those marked e2e also run through the whole pipeline
(entity detection in the loop)."""

from __future__ import annotations

import pytest

from enquete import model

from tests.facts.role_cases import C, battery

pytestmark = pytest.mark.integration

PEOPLE = ["George W. Bush", "Alexandre Loukachenko", "Alexander Lukashenko", "Iouri Karaïeu", "Yuri Karaev",
          "Roman Golovchenko", "Jarkko Lehto", "Anna Virtanen", "Marko Salo", "Pia Koski", "Olli Rinne",
          "Jean Morel", "Anne Vidal", "Marc Roux", "Paul Girard", "Luc Petit", "Elias Brandt", "Tomas Berg",
          "Lisa Hart", "Claire Dumas", "Hugo Lenoir", "Samir Haddad", "Omar Fathi", "Karim Tahar",
          "Patrice Caine", "Jean Roux", "Paul Mercier", "Abdel Fattah al-Sissi", "John Reyes", "Maria Lind",
          "Anna Berg", "Paul Durand", "Ivan Sidorov", "Olga Kuzmina", "Paul Marchal", "Nadia Benali",
          "Rania Saleh", "Ola Nordmann", "Sami Kallio", "Lucie Faure", "Mehdi Alaoui", "Tarek Mansour",
          "Erik Sand", "Paul Arnaud", "Youssef Amrani", "Ahmed Karar", "Lars Olsen", "Hamad Saleh"]
TYPES = {p: "Person" for p in PEOPLE} | {
    "Talvio Systems": "Company", "Nervala": "Company", "Kovara Labs": "Company", "Norvex": "Company",
    "Veltia": "Company", "Thales": "Company", "Brevik Analytics": "Company", "Tessor": "Company",
    "Kestria Labs": "Company", "Orvane": "Company", "Aidez": "Organization",
    "NSA": "PublicBody",
    "United States": "Country", "États-Unis": "Country", "Syria": "Country", "Syrie": "Country",
    "Belarus": "Country", "Bélarus": "Country", "Egypt": "Country", "Égypte": "Country", "France": "Country",
    "Maroc": "Country", "Morocco": "Country", "Tunisie": "Country", "Kenya": "Country", "Finland": "Country",
    "Sudan": "Country", "Soudan": "Country", "Qatar": "Country", "Rapid Support Forces": "Organization", "Minsk": "City", "Paris": "City",
}
CODES = {"United States": "us", "États-Unis": "us", "Syria": "sy", "Syrie": "sy", "Belarus": "by",
         "Bélarus": "by", "Egypt": "eg", "Égypte": "eg", "France": "fr", "Maroc": "ma", "Morocco": "ma",
         "Tunisie": "tn", "Kenya": "ke", "Finland": "fi", "Sudan": "sd", "Soudan": "sd", "Qatar": "qa"}
E, R = "employed_by", "represents"
JOBS = (E, R)

T3 = ("The United States has tightened export rules for Syria. In 2004, President George W. Bush signed an "
      "executive order banning those sales.\nIn Belarus, the 2020 election saw Alexander Lukashenko claim a "
      "sixth term. Interior Minister Yuri Karaev ordered the crackdown. Prime Minister Roman Golovchenko "
      "stayed silent.")
T2 = ("Les États-Unis ont durci leurs règles d'exportation vers la Syrie. En 2004, le président George W. Bush "
      "a signé un décret qui interdit ces ventes.\nAu Bélarus, l'élection de 2020 a vu Alexandre Loukachenko "
      "revendiquer un sixième mandat. Le ministre de l'Intérieur Iouri Karaïeu a ordonné la répression.")
T4 = ("Talvio Systems sells interception platforms to police forces. The company was founded in 2009 by "
      "Jarkko Lehto, who still runs it. Its chief executive, Anna Virtanen, declined to comment. Marko Salo, "
      "a former sales director, said the firm had shipped equipment to Minsk. The firm's general counsel, Pia "
      "Koski, wrote that every export was licensed. Spokesman Olli Rinne did not answer.")
T5 = ("La société Nervala vend des sondes d'interception aux polices. Elle a été fondée en 2009 par Jean "
      "Morel, qui la dirige toujours. Son directeur général, Anne Vidal, n'a pas répondu. Un ancien directeur "
      "commercial, Marc Roux, affirme que l'entreprise a expédié du matériel à Minsk. L'avocat de la société, "
      "Me Paul Girard, assure que chaque exportation était autorisée. Le porte-parole Luc Petit n'a pas "
      "répondu.")

CASES = [
    # a state's officials, the state in view
    C("state", "en", T3, [("George W. Bush", E, "United States"), ("Yuri Karaev", E, "Belarus"),
                          ("Roman Golovchenko", E, "Belarus")],
      [("George W. Bush", "Syria"), ("Yuri Karaev", "United States"), ("Roman Golovchenko", "Syria")], e2e=True),
    C("state", "fr", T2, [("George W. Bush", E, "États-Unis"), ("Iouri Karaïeu", E, "Bélarus")],
      [("George W. Bush", "Syrie"), ("Iouri Karaïeu", "États-Unis")], e2e=True),
    C("state", "fr", "Au Maroc, la police a acheté le logiciel en 2019. Le ministre de l'Intérieur Mehdi "
      "Alaoui a signé le contrat avec la France.", [("Mehdi Alaoui", E, "Maroc")], [("Mehdi Alaoui", "France")]),
    C("state", "fr", "La Tunisie a acquis des drones turcs en 2021. Le président Karim Tahar a inauguré la "
      "base.", [("Karim Tahar", E, "Tunisie")]),
    C("state", "en", "Kenya bought the software from a European vendor in 2019. President Samir Haddad "
      "defended the deal.", [("Samir Haddad", E, "Kenya")]),
    C("state", "en", "In Egypt, the police used the tool against protesters. Interior Minister Omar Fathi "
      "praised it.", [("Omar Fathi", E, "Egypt")]),
    C("state", "en", "In Egypt, the police bought drones from the United States. Prime Minister Tarek Mansour "
      "praised the deal.", [("Tarek Mansour", E, "Egypt")], [("Tarek Mansour", "United States")]),
    C("state", "en", "In Belarus, the spyware targeted Ivan Sidorov. President Alexander Lukashenko denied it.",
      [("Alexander Lukashenko", E, "Belarus")], [("Ivan Sidorov", "Belarus")]),
    C("state", "fr", "Au Bélarus, le président Alexandre Loukachenko a nié toute écoute.",
      [("Alexandre Loukachenko", E, "Bélarus")]),
    C("state", "en", "Talvio Systems sold its tools to Belarus. Prime Minister Roman Golovchenko praised the "
      "deal.", [("Roman Golovchenko", E, "Belarus")], [("Roman Golovchenko", "Talvio Systems")]),
    C("state", "en", "In Sudan, fighting broke out in April. General Ahmed Karar ordered air strikes. Secretary "
      "General Lars Olsen condemned them.", [("Ahmed Karar", E, "Sudan")], [("Lars Olsen", "Sudan")]),
    C("state", "fr", "Au Soudan, la guerre a éclaté en avril. Le général Ahmed Karar a ordonné des frappes. Le "
      "directeur général Lars Olsen les a condamnées.", [("Ahmed Karar", E, "Soudan")], [("Lars Olsen", "Soudan")]),
    C("near", "en", "In Sudan, fighting broke out in April. The Rapid Support Forces of General Ahmed Karar "
      "attacked the city.", [("Ahmed Karar", E, "Rapid Support Forces")], [("Ahmed Karar", "Sudan")]),
    C("state", "en", "Qatar bought drones from France in 2019. The emir Hamad Saleh praised the deal.",
      [("Hamad Saleh", E, "Qatar")], [("Hamad Saleh", "France")]),
    # a company's staff, the company in view
    C("company", "en", T4, [("Jarkko Lehto", E, "Talvio Systems"), ("Anna Virtanen", E, "Talvio Systems"),
                            ("Marko Salo", E, "Talvio Systems"), ("Pia Koski", E, "Talvio Systems"),
                            ("Olli Rinne", E, "Talvio Systems"), ("Olli Rinne", R, "Talvio Systems")], e2e=True),
    C("company", "fr", T5, [("Jean Morel", E, "Nervala"), ("Anne Vidal", E, "Nervala"), ("Marc Roux", E, "Nervala"),
                            ("Paul Girard", R, "Nervala"), ("Luc Petit", E, "Nervala"), ("Luc Petit", R, "Nervala")],
      e2e=True),
    C("company", "en", "Kovara Labs builds spyware for governments. The firm was set up in 2015 by Elias "
      "Brandt, who still runs it.", [("Elias Brandt", E, "Kovara Labs")]),
    C("company", "en", "Norvex sells drones to police forces. It was founded in 2011 by Tomas Berg.",
      [("Tomas Berg", E, "Norvex")]),
    C("company", "fr", "La start-up Veltia vend des logiciels de surveillance. Elle a été créée en 2016 par "
      "Claire Dumas, qui la dirige.", [("Claire Dumas", E, "Veltia")]),
    C("company", "fr", "Veltia a vendu des sondes à la police. Sa directrice générale, Lucie Faure, n'a pas "
      "répondu. La porte-parole Nadia Benali a démenti toute vente.", [("Nadia Benali", E, "Veltia"),
                                                                       ("Nadia Benali", R, "Veltia")]),
    C("company", "en", "Norvex sold drones to the police. Its chief executive, Sami Kallio, declined to comment. "
      "Spokeswoman Lisa Hart said every sale was licensed.", [("Lisa Hart", E, "Norvex"), ("Lisa Hart", R, "Norvex")]),
    C("company", "fr", "Orvane a livré des drones à la police. Un ancien directeur commercial, Hugo Lenoir, "
      "affirme que l'entreprise connaissait leur usage.", [("Hugo Lenoir", E, "Orvane")]),
    C("company", "fr", "Orvane a livré des drones à la police. L'entreprise a refusé de commenter. L'avocat de "
      "la société, Me Paul Girard, conteste toute faute.", [("Paul Girard", R, "Orvane")]),
    C("company", "en", "Brevik Analytics sells facial recognition software. Founded in 2014 by Erik Sand, the "
      "company now employs ninety people.", [("Erik Sand", E, "Brevik Analytics")]),
    C("near", "en", "Norvex sells drones. The tool was sold to the police. It was created by Tomas Berg.",
      forbid=[("Tomas Berg", "Norvex")]),
    C("company", "fr", "Fondée en 2010 par Paul Arnaud, la société Tessor vend des drones.",
      [("Paul Arnaud", E, "Tessor")]),
    C("near", "fr", "Au Maroc, la police a déployé le système. Le ministre des Affaires étrangères, Youssef Amrani, "
      "a reçu les dirigeants de Kestria Labs.", [("Youssef Amrani", E, "Maroc")],
      [("Youssef Amrani", "Kestria Labs")]),
    # near misses: no state for a company's, a court's or an NGO's president
    C("near", "fr", "La France a autorisé la vente des radars. Le président de Thales, Patrice Caine, s'en est "
      "félicité.", [("Patrice Caine", E, "Thales")], [("Patrice Caine", "France")]),
    C("near", "fr", "La France a autorisé la vente. Le président du tribunal, Jean Roux, a rejeté le recours.",
      forbid=[("Jean Roux", "France")]),
    C("near", "fr", "La France a autorisé la vente. Le président de l'ONG Aidez, Paul Mercier, dénonce ce "
      "contrat.", [("Paul Mercier", E, "Aidez")], [("Paul Mercier", "France")]),
    C("near", "fr", "Orvane a signé un contrat avec la Syrie. Le président Paul Marchal s'en est félicité.",
      forbid=[("Paul Marchal", "Syrie")]),
    C("near", "en", "Talvio Systems sold its tools to Belarus. President Anna Virtanen defended the deal.",
      forbid=[("Anna Virtanen", "Belarus")]),
    C("near", "en", "France sold frigates to Egypt. President Karim Tahar welcomed the deal.",
      forbid=[("Karim Tahar", "France")]),
    C("company", "en", "The United States sanctioned Talvio Systems in 2021. Spokesman Olli Rinne said the firm "
      "would appeal.", [("Olli Rinne", E, "Talvio Systems")], [("Olli Rinne", "United States")]),
    # near misses: a foreign leader named with his own demonym
    C("near", "fr", "La France a livré des Rafale à l'Égypte. La France en a livré d'autres en 2020. La France "
      "assume. Le président égyptien Abdel Fattah al-Sissi a remercié Paris.",
      [("Abdel Fattah al-Sissi", E, "Égypte")], [("Abdel Fattah al-Sissi", "France")]),
    # near misses: a role at a former employer, quotes, commentators
    C("near", "en", "Talvio Systems sells interception platforms. A former NSA analyst, John Reyes, said the "
      "tools were powerful.", forbid=[("John Reyes", "Talvio Systems")]),
    C("near", "en", "Talvio Systems sells interception platforms. \"It is a scandal,\" said Maria Lind.",
      forbid=[("Maria Lind", "Talvio Systems")]),
    C("near", "en", "Talvio Systems sells interception platforms. Researcher Anna Berg said the firm had lied.",
      forbid=[("Anna Berg", "Talvio Systems")]),
    C("near", "fr", "Nervala vend des sondes. Le chercheur Paul Durand estime que l'entreprise a menti.",
      forbid=[("Paul Durand", "Nervala")]),
    C("near", "fr", "Nervala vend des sondes. Selon la journaliste Rania Saleh, l'entreprise a menti.",
      forbid=[("Rania Saleh", "Nervala")]),
    # near misses: plural officials, a list of targets
    C("near", "en", "In Belarus, the police bought the tool. Officials such as Ivan Sidorov declined to "
      "comment.", forbid=[("Ivan Sidorov", "Belarus")]),
    C("near", "en", "In Belarus, the spyware targeted journalists, including Ivan Sidorov and Olga Kuzmina.",
      forbid=[("Ivan Sidorov", "Belarus"), ("Olga Kuzmina", "Belarus")]),
    C("near", "en", "Talvio Systems sells interception platforms. Its targets included Ivan Sidorov, a "
      "spokesman for the opposition.", forbid=[("Ivan Sidorov", "Talvio Systems")]),
]

KNOWN: dict[tuple[str, str], str] = {}


test_rules, test_pipeline = battery(CASES, KNOWN, TYPES, CODES, JOBS)


#: (language, text, name, the type its mention must have, or None: no mention of that name)
NAMES = [
    ("en", "Spokesman Olli Rinne did not answer.", "Olli Rinne", "Person"),
    ("en", "Interior Minister Yuri Karaev ordered the crackdown.", "Yuri Karaev", "Person"),
    ("en", "Talvio Systems sells probes. The company was founded in 2009 by Jarkko Lehto, who still runs it.",
     "Jarkko Lehto", "Person"),
    ("en", "Talvio Systems sells probes. Marko Salo, a former sales director, said the firm had shipped them.",
     "Marko Salo", "Person"),
    ("fr", "Nervala vend des sondes. Marc Roux, l'ancien directeur commercial, affirme qu'elle les a livrées.",
     "Marc Roux", "Person"),
    ("fr", "Le Maroc a acheté le système. Le ministre Jean Dupont a défendu cet achat.", "Jean Dupont", "Person"),
    ("fr", "Au Maroc, la police a déployé le système. Le Premier ministre Karim Bensaïd a défendu cet achat.",
     "Karim Bensaïd", "Person"),
    # near misses: an opener, a company's name before an apposition, a company's name with "who", a rank
    # opening a company's name
    ("en", "General Dynamics sold the vehicles to Egypt.", "Dynamics", None),
    ("en", "The firm breached the General Data Protection Regulation in 2020.", "Data Protection Regulation", None),
    ("fr", "Chez Nervala, le porte-parole, Luc Petit, n'a pas répondu.", "Chez Nervala", None),
    ("en", "Talvio Systems, a former supplier, denied it.", "Talvio Systems", "Company"),
    ("en", "The contract went to Helix Systems, who delivered in May.", "Helix Systems", "Company"),
]


@pytest.mark.parametrize("lang,text,name,mtype", NAMES)
def test_mentions(lang: str, text: str, name: str, mtype: str | None, pipes) -> None:  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    x = extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)
    found = {m.text: m.type for m in x.mentions}
    assert found.get(name) == mtype, found
