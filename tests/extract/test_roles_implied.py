"""employed_by where the employer is not named beside the person: a possessive or a definite role whose
organisation was named before ("its chief executive, P", "le patron de la société, P"), heads of state,
of government and ministers whose state a demonym or the article gives, former staff ("a former O
executive", "who left O"), and "P of O" / "P (O)" / "who joined O" / "recruté par O". Near misses must give
no employment: people who met, sued or criticised a company, a lawyer for it (represents only), a
journalist quoting someone, a role of another company named in between, a negation, a plan, a hypothesis.

Sentences written for these tests; the companies and people are invented, the states real. Each case runs
with the mentions placed by hand (the fact rules only); those marked e2e also run through the whole
pipeline (entity detection in the loop)."""

from __future__ import annotations

import pytest

from tests.facts.role_cases import C, battery

pytestmark = pytest.mark.integration

PEOPLE = ["Ingrid Solberg", "Rafael Ortega", "Yusuf Demir", "Chloé Bernard", "Mikael Strand", "Aline Faure",
          "Bruno Castel", "Nora Lind", "Tariq Mansour", "Viktor Petrov", "Samir Khaled", "Olga Ivanova",
          "Lars Eklund", "Hugo Marchand", "Agnès Perrin", "Jonas Weber", "Dina Rahman", "Felix Brandt",
          "Émile Girard", "Sara Novak", "Tom Reed", "Jean Roux", "Paula Hess", "Karim Belkadi",
          "Zoltán Kiss", "Maya Osei"]
TYPES = {p: "Person" for p in PEOPLE} | {
    "Corvane Systems": "Company", "Draxis": "Company", "Stellion": "Company", "Mirova Tech": "Company",
    "Quorin": "Company", "Brightwave": "Company", "Oxalis Group": "Company", "Tessaro": "Company",
    "Helix": "Company", "Velmont Defence": "Company",
    "Digital Rights Watch": "Organization", "The Sentinel": "Organization", "Le Courrier": "Organization",
    "Courrier": "Organization",
    "parquet de Nanterre": "PublicBody", "ministère de l'Intérieur": "PublicBody",
    "Egypt": "Country", "Égypte": "Country", "Serbia": "Country", "Serbie": "Country", "Hungary": "Country",
    "Hongrie": "Country", "Maroc": "Country", "Morocco": "Country", "Kenya": "Country", "France": "Country",
    "Turquie": "Country", "Italy": "Country", "Turkey": "Country",
    "ministère serbe de l'Intérieur": "PublicBody",
}
CODES = {"Egypt": "eg", "Égypte": "eg", "Serbia": "rs", "Serbie": "rs", "Hungary": "hu", "Hongrie": "hu",
         "Maroc": "ma", "Morocco": "ma", "Kenya": "ke", "France": "fr", "Turquie": "tr",
         "Italy": "it", "Turkey": "tr"}
E, R = "employed_by", "represents"
JOBS = (E, R)


CASES = [
    # a possessive or definite role, the employer named in the sentence before
    C("possessive_before", "en", "Corvane Systems sells interception gear to police forces. Its chief "
      "executive, Ingrid Solberg, defended the deals.", [("Ingrid Solberg", E, "Corvane Systems")], e2e=True),
    C("possessive_before", "fr", "Draxis a vendu des sondes à la police. Son directeur général, Hugo "
      "Marchand, a refusé de commenter.", [("Hugo Marchand", E, "Draxis")], e2e=True),
    C("possessive_before", "fr", "Le parquet de Nanterre a ouvert une enquête visant Stellion et ses "
      "dirigeants, dont l'administrateur délégué Bruno Castel.", [("Bruno Castel", E, "Stellion")],
      [("Bruno Castel", "parquet de Nanterre")]),
    C("possessive_before", "en", "Mirova Tech was set up in 2012. The company's founder, Rafael Ortega, now "
      "lives in Dubai.", [("Rafael Ortega", E, "Mirova Tech")]),
    C("possessive_before", "fr", "Quorin a remporté le contrat. Le patron de la société, Mikael Strand, "
      "s'en est félicité.", [("Mikael Strand", E, "Quorin")], e2e=True),
    C("possessive_before", "en", "Brightwave denied the report. Lars Eklund, who runs the firm, called it "
      "false.", [("Lars Eklund", E, "Brightwave")], e2e=True),
    C("possessive_before", "fr", "Oxalis Group a racheté un concurrent. Agnès Perrin, à la tête du groupe "
      "depuis 2015, a piloté l'opération.", [("Agnès Perrin", E, "Oxalis Group")]),
    C("possessive_before", "fr", "Corvane Systems n'a pas répondu. Sa porte-parole, Ingrid Solberg, a "
      "renvoyé vers un communiqué.", [("Ingrid Solberg", R, "Corvane Systems")]),
    C("possessive_before", "en", "Draxis was fined in 2021. Its founder, Hugo Marchand, resigned a month "
      "later.", [("Hugo Marchand", E, "Draxis")]),
    C("possessive_before", "en", "Tessaro shipped the servers through Dubai. Felix Brandt, the firm's chief "
      "technology officer, said the buyer was a hospital.", [("Felix Brandt", E, "Tessaro")]),
    C("possessive_before", "fr", "Brightwave équipe la police kényane. Lars Eklund, le fondateur de "
      "l'entreprise, assure que tout est légal.", [("Lars Eklund", E, "Brightwave")]),
    C("possessive_before", "en", "Stellion's founder and chief executive, Bruno Castel, declined to "
      "comment.", [("Bruno Castel", E, "Stellion")]),
    C("possessive_before", "fr", "Oxalis Group a été condamné. Sa directrice financière, Paula Hess, a fait "
      "appel.", [("Paula Hess", E, "Oxalis Group")]),
    C("possessive_before", "en", "Velmont Defence makes drones. The company is led by Maya Osei, a former "
      "pilot.", [("Maya Osei", E, "Velmont Defence")]),
    C("possessive_before", "fr", "Stellion a démenti. Bruno Castel, qui dirige l'entreprise depuis 2016, "
      "parle d'une campagne de dénigrement.", [("Bruno Castel", E, "Stellion")]),
    C("possessive_before", "en", "Quorin has grown fast. Mikael Strand, at the helm of the company since "
      "2017, plans to list it.", [("Mikael Strand", E, "Quorin")]),
    # heads of state, of government, ministers
    C("state", "fr", "L'Égypte a acheté le logiciel. Le président égyptien Samir Khaled a inauguré le "
      "centre en 2020.", [("Samir Khaled", E, "Égypte")], e2e=True),
    C("state", "en", "Egypt bought the software in 2019. Egypt has jailed thousands of critics, and Egypt "
      "denies it. President Samir Khaled said the tools fight terrorism.", [("Samir Khaled", E, "Egypt")]),
    C("state", "fr", "En Hongrie, des journalistes ont été espionnés sous le régime du président Zoltán "
      "Kiss.", [("Zoltán Kiss", E, "Hongrie")]),
    C("state", "en", "Egypt signed the deal. The Egyptian interior minister Tariq Mansour approved it.",
      [("Tariq Mansour", E, "Egypt")], e2e=True),
    C("state", "en", "Yusuf Demir, Serbia's interior minister, approved the purchase in 2019.",
      [("Yusuf Demir", E, "Serbia")], e2e=True),
    C("state", "fr", "La Serbie a acheté des caméras. Le ministre serbe de l'Intérieur, Yusuf Demir, a "
      "défendu l'achat.", [("Yusuf Demir", E, "Serbie")]),
    C("state", "en", "Hungary bought the spyware. Hungarian Prime Minister Zoltán Kiss denied using it.",
      [("Zoltán Kiss", E, "Hungary")]),
    C("state", "fr", "La Hongrie a acheté le logiciel. Le Premier ministre hongrois, Zoltán Kiss, a nié "
      "l'avoir utilisé.", [("Zoltán Kiss", E, "Hongrie")]),
    C("state", "fr", "Le Maroc dément. Le ministre marocain des Affaires étrangères, Karim Belkadi, parle "
      "de diffamation.", [("Karim Belkadi", E, "Maroc")]),
    C("state", "en", "Karim Belkadi, Morocco's foreign minister, called the report defamatory.",
      [("Karim Belkadi", E, "Morocco")]),
    # former staff, "of", brackets, joined, recruited, heads a unit
    C("former", "en", "Chloé Bernard, a former Helix executive, said the sales team knew.",
      [("Chloé Bernard", E, "Helix")], e2e=True),
    C("former", "fr", "Émile Girard, ancien cadre de Draxis, a témoigné devant le juge.",
      [("Émile Girard", E, "Draxis")], e2e=True),
    C("former", "en", "Dina Rahman, who left Corvane Systems in 2020, described the export process.",
      [("Dina Rahman", E, "Corvane Systems")]),
    C("former", "fr", "Olga Ivanova, qui a quitté Quorin en 2019, affirme que les clients étaient connus.",
      [("Olga Ivanova", E, "Quorin")]),
    C("unit", "en", "Helix's head of sales Tom Reed said the firm had done nothing wrong.",
      [("Tom Reed", E, "Helix")], e2e=True),
    C("of", "en", "\"We follow the law,\" said Tom Reed of Helix.", [("Tom Reed", E, "Helix")], e2e=True),
    C("of", "en", "\"We follow the law in every country,\" Tom Reed (Helix) told the panel.",
      [("Tom Reed", E, "Helix")]),
    C("joined", "en", "Nora Lind, who joined Helix in 2015, designed the probes.",
      [("Nora Lind", E, "Helix")],
      e2e=True),
    C("joined", "fr", "Sara Novak, recrutée par Stellion en 2018, a conçu le logiciel.",
      [("Sara Novak", E, "Stellion")], e2e=True),
    C("joined", "fr", "Sara Novak a rejoint Stellion en 2018 comme ingénieure.",
      [("Sara Novak", E, "Stellion")]),
    C("unit", "en", "Felix Brandt, who heads Tessaro's export unit, signed the licence.",
      [("Felix Brandt", E, "Tessaro")]),
    C("unit", "fr", "Jonas Weber, responsable des ventes de Tessaro en Afrique, a signé le contrat.",
      [("Jonas Weber", E, "Tessaro")]),
    C("works", "en", "Aline Faure, who has worked at Mirova Tech since 2010, wrote the manual.",
      [("Aline Faure", E, "Mirova Tech")]),
    C("works", "fr", "Aline Faure, qui travaille chez Mirova Tech depuis 2010, a rédigé le manuel.",
      [("Aline Faure", E, "Mirova Tech")]),
    C("participial", "en", "Appointed chief executive of Draxis in 2018, Hugo Marchand doubled its sales.",
      [("Hugo Marchand", E, "Draxis")]),
    C("participial", "fr", "Nommé directeur de Quorin en 2017, Mikael Strand a doublé les ventes.",
      [("Mikael Strand", E, "Quorin")]),
    # more possessive / definite shapes, the employer named before
    C("possessive_before", "en", "Corvane Systems exports to the Gulf. The firm's sales director, Jonas "
      "Weber, travels there every month.", [("Jonas Weber", E, "Corvane Systems")]),
    C("possessive_before", "fr", "Chez Draxis, le directeur commercial Émile Girard reconnaît ces ventes.",
      [("Émile Girard", E, "Draxis")]),
    C("possessive_before", "en", "At Helix, chief engineer Tom Reed oversaw the project.",
      [("Tom Reed", E, "Helix")]),
    C("possessive_before", "fr", "Tessaro n'a pas commenté. Jonas Weber, son ancien directeur commercial, "
      "confirme les livraisons.", [("Jonas Weber", E, "Tessaro")]),
    C("possessive_before", "fr", "Quorin est né à Lyon. Mikael Strand, l'un de ses fondateurs, vit à "
      "Genève.", [("Mikael Strand", E, "Quorin")]),
    C("possessive_before", "en", "Mirova Tech sells cameras. Aline Faure, one of its engineers, said the "
      "firmware was old.", [("Aline Faure", E, "Mirova Tech")]),
    C("possessive_before", "en", "Stellion was founded in 2009. Its founders, Bruno Castel and Paula Hess, "
      "met at university.", [("Bruno Castel", E, "Stellion"), ("Paula Hess", E, "Stellion")]),
    C("possessive_before", "en", "Oxalis Group is expanding. Paula Hess, who heads the company's Middle "
      "East business, signed the deal.", [("Paula Hess", E, "Oxalis Group")]),
    C("possessive_before", "fr", "Brightwave a été condamnée. Lars Eklund, l'ex-PDG du groupe, a fait appel.",
      [("Lars Eklund", E, "Brightwave")]),
    C("possessive_before", "en", "Draxis went bankrupt. Hugo Marchand, its former chief executive, now "
      "advises investors.", [("Hugo Marchand", E, "Draxis")]),
    C("state", "fr", "La Turquie a acheté des drones. Le chef de l'État, Zoltán Kiss, a salué l'accord.",
      [("Zoltán Kiss", E, "Turquie")]),
    C("state", "en", "Kenya bought the system. The country's interior minister, Tariq Mansour, praised it.",
      [("Tariq Mansour", E, "Kenya")]),
    C("state", "en", "Egypt bought the spyware. Samir Khaled, the country's president, denies using it.",
      [("Samir Khaled", E, "Egypt")]),
    C("state", "fr", "Le Maroc a acheté le logiciel. Le ministre de l'Intérieur du royaume, Karim Belkadi, "
      "dément.", [("Karim Belkadi", E, "Maroc")]),
    # round two: shapes found missing after the first fixes were in
    C("possessive_before", "en", "Mirova Tech was set up in 2012. The company's founder Rafael Ortega now "
      "lives in Dubai.", [("Rafael Ortega", E, "Mirova Tech")]),
    C("possessive_before", "en", "Stellion denies any wrongdoing. Bruno Castel, its founder and chief "
      "executive, calls the report a smear.", [("Bruno Castel", E, "Stellion")]),
    C("possessive_before", "fr", "Quorin dément. Mikael Strand, son PDG et fondateur, parle de calomnie.",
      [("Mikael Strand", E, "Quorin")]),
    C("possessive_before", "en", "Draxis shut down in 2020. Hugo Marchand, its chief executive until 2019, "
      "moved to Dubai.", [("Hugo Marchand", E, "Draxis")]),
    C("possessive_before", "fr", "Oxalis Group se développe. Selon son fondateur, Agnès Perrin, le marché "
      "double chaque année.", [("Agnès Perrin", E, "Oxalis Group")]),
    C("possessive_before", "en", "Brightwave grew fast. Lars Eklund, who co-founded the company in 2010, "
      "sold his stake.", [("Lars Eklund", E, "Brightwave")]),
    C("possessive_before", "fr", "Brightwave a grandi vite. Lars Eklund, qui a fondé la société en 2010, a "
      "vendu ses parts.", [("Lars Eklund", E, "Brightwave")]),
    C("possessive_before", "fr", "Tessaro recrute. Le fondateur de la start-up, Jonas Weber, vise l'Afrique.",
      [("Jonas Weber", E, "Tessaro")]),
    C("possessive_before", "en", "Corvane Systems sold the probes. Dina Rahman, who works for the company, "
      "said the buyer was known.", [("Dina Rahman", E, "Corvane Systems")]),
    C("possessive_before", "fr", "Draxis a vendu les sondes. Émile Girard, qui a quitté l'entreprise en "
      "2019, affirme que le client était connu.", [("Émile Girard", E, "Draxis")]),
    C("former", "en", "Dina Rahman, a Corvane Systems veteran, built the probes.",
      [("Dina Rahman", E, "Corvane Systems")]),
    C("former", "en", "Nora Lind, who spent ten years at Helix, described the sales process.",
      [("Nora Lind", E, "Helix")]),
    C("former", "fr", "Olga Ivanova, qui a passé dix ans chez Quorin, décrit les ventes.",
      [("Olga Ivanova", E, "Quorin")]),
    C("state", "fr", "La Serbie a acheté des caméras. Le président de la République, Zoltán Kiss, a salué "
      "l'accord.", [("Zoltán Kiss", E, "Serbie")]),
    C("state", "fr", "Le ministère serbe de l'Intérieur a acheté des caméras. Le ministre serbe de "
      "l'Intérieur, Yusuf Demir, a défendu l'achat.", [("Yusuf Demir", E, "ministère serbe de l'Intérieur")]),
    C("state", "en", "Serbia bought the cameras in 2019. Serbia says they fight crime, and Serbia's police "
      "use them daily. Critics disagree. Interior Minister Yusuf Demir dismissed them.",
      [("Yusuf Demir", E, "Serbia")]),
    # round three
    C("led", "en", "Hugo Marchand, who was then running Draxis, signed the contract.",
      [("Hugo Marchand", E, "Draxis")]),
    C("led", "fr", "Hugo Marchand, alors chez Draxis, a signé le contrat.", [("Hugo Marchand", E, "Draxis")]),
    C("possessive_before", "fr", "Oxalis Group est discret. La société, dont le PDG Agnès Perrin ne parle "
      "jamais, vend des sondes.", [("Agnès Perrin", E, "Oxalis Group")]),
    C("unit", "en", "Felix Brandt, who oversees sales at Tessaro, signed the licence.",
      [("Felix Brandt", E, "Tessaro")]),
    C("unit", "fr", "Jonas Weber, qui pilote les ventes de Tessaro en Afrique, a signé le contrat.",
      [("Jonas Weber", E, "Tessaro")]),
    C("unit", "en", "Felix Brandt, who runs the export unit at Tessaro, signed the licence.",
      [("Felix Brandt", E, "Tessaro")]),
    C("possessive_before", "fr", "Quorin vend des caméras. Mikael Strand est le fondateur de la société.",
      [("Mikael Strand", E, "Quorin")]),
    C("works", "fr", "Aline Faure, qui a longtemps travaillé pour Mirova Tech, a rédigé le manuel.",
      [("Aline Faure", E, "Mirova Tech")]),
    C("works", "en", "Aline Faure, who has long worked for Mirova Tech, wrote the manual.",
      [("Aline Faure", E, "Mirova Tech")]),
    C("state", "fr", "L'Égypte a acheté des drones. L'ambassadeur égyptien à Paris, Samir Khaled, a salué "
      "l'accord.", [("Samir Khaled", E, "Égypte")]),
    C("state", "en", "Egypt bought drones. The Egyptian ambassador, Samir Khaled, praised the deal.",
      [("Samir Khaled", E, "Egypt")]),
    C("state", "en", "Kenya bought the cameras. Kenyan envoy Tariq Mansour signed the deal in Nairobi.",
      [("Tariq Mansour", E, "Kenya")]),
    C("state", "en", "Morocco denies it. Government spokesman Karim Belkadi called it a lie.",
      [("Karim Belkadi", R, "Morocco")]),
    # round four: appointments, inverted relatives
    C("appointed", "fr", "Hugo Marchand, nommé à la tête de Draxis en 2018, a doublé les ventes.",
      [("Hugo Marchand", E, "Draxis")]),
    C("appointed", "fr", "En 2018, Draxis a nommé Hugo Marchand directeur général.",
      [("Hugo Marchand", E, "Draxis")]),
    C("appointed", "en", "In 2018, Draxis appointed Hugo Marchand chief executive.",
      [("Hugo Marchand", E, "Draxis")]),
    C("appointed", "en", "Hugo Marchand was named Draxis's chief executive in 2018.",
      [("Hugo Marchand", E, "Draxis")]),
    C("appointed", "fr", "Son successeur à la tête de Draxis, Hugo Marchand, a doublé les ventes.",
      [("Hugo Marchand", E, "Draxis")]),
    C("led", "fr", "Draxis, que dirige Hugo Marchand depuis 2018, a doublé ses ventes.",
      [("Hugo Marchand", E, "Draxis")]),
    C("led", "en", "Draxis, which Hugo Marchand founded in 2010, doubled its sales.",
      [("Hugo Marchand", E, "Draxis")]),
    C("led", "en", "Draxis, which is run by Hugo Marchand, doubled its sales.",
      [("Hugo Marchand", E, "Draxis")]),
    C("possessive_before", "fr", "Tessaro vend des serveurs. Jonas Weber, l'un de ses directeurs "
      "commerciaux, a signé.", [("Jonas Weber", E, "Tessaro")]),
    C("possessive_before", "en", "Helix denies it. Tom Reed, one of its executives, said the files were "
      "fake.",
      [("Tom Reed", E, "Helix")]),
    # short articles: several actors, each role to the right one
    C("article", "en", "Corvane Systems sold interception probes to Egypt in 2019, according to documents "
      "seen by reporters. The company's chief executive, Ingrid Solberg, said the sale complied with the "
      "law. "
      "The deal was brokered by Oxalis Group. Its founder, Agnès Perrin, declined to comment. Egypt has used "
      "such tools against critics, and Egypt's government denies it. President Samir Khaled has called the "
      "critics terrorists.",
      [("Ingrid Solberg", E, "Corvane Systems"), ("Agnès Perrin", E, "Oxalis Group"),
       ("Samir Khaled", E, "Egypt")],
      [("Ingrid Solberg", "Oxalis Group"), ("Agnès Perrin", "Corvane Systems"), ("Ingrid Solberg", "Egypt")],
      e2e=True),
    C("article", "fr", "Draxis, une PME lyonnaise, a livré des sondes au Maroc en 2018. Son directeur "
      "général, Hugo Marchand, assure que tout était légal. Le Maroc dément toute surveillance. Le ministre "
      "marocain de l'Intérieur, Karim Belkadi, parle de mensonges. Stellion, un concurrent, a refusé de "
      "commenter. Son patron, Bruno Castel, n'a pas répondu.",
      [("Hugo Marchand", E, "Draxis"), ("Karim Belkadi", E, "Maroc"), ("Bruno Castel", E, "Stellion")],
      [("Bruno Castel", "Draxis"), ("Hugo Marchand", "Stellion"), ("Hugo Marchand", "Maroc")]),
    C("article", "en", "Helix, a start-up based in Tallinn, builds phone-hacking kits. Tom Reed, who "
      "founded the firm in 2016, sold a stake to Brightwave last year. Brightwave's chief executive, Lars "
      "Eklund, now sits on Helix's board. A former Helix engineer, Nora Lind, said the kits went to Kenya.",
      [("Tom Reed", E, "Helix"), ("Lars Eklund", E, "Brightwave"), ("Nora Lind", E, "Helix")],
      [("Tom Reed", "Brightwave"), ("Nora Lind", "Kenya"), ("Nora Lind", "Brightwave")]),
    C("article", "fr", "La Hongrie a acheté le logiciel de Tessaro en 2017. Le gouvernement du Premier "
      "ministre Zoltán Kiss nie l'avoir utilisé contre des journalistes. Chez Tessaro, le directeur "
      "commercial Jonas Weber reconnaît la vente. Paula Hess, avocate de plusieurs journalistes visés, a "
      "porté plainte.",
      [("Zoltán Kiss", E, "Hongrie"), ("Jonas Weber", E, "Tessaro")],
      [("Paula Hess", "Tessaro"), ("Paula Hess", "Hongrie"), ("Jonas Weber", "Hongrie")]),
    # near misses: no employment
    C("near_miss", "en", "Tom Reed met Helix executives in Cairo in 2019.",
      [], [("Tom Reed", "Helix")], e2e=True),
    C("near_miss", "en", "Anna Berg sued Helix in 2019. Its chief executive, Tom Reed, declined to comment.",
      [("Tom Reed", E, "Helix")], [("Anna Berg", "Helix")]),
    C("near_miss", "en", "Dina Rahman criticised Corvane Systems and its chief executive.", [],
      [("Dina Rahman", "Corvane Systems")]),
    C("near_miss", "en", "\"The sales were legal,\" said Tom Reed, a lawyer representing Helix.",
      [("Tom Reed", R, "Helix")], [("Tom Reed", "Helix", E)]),
    C("near_miss", "en", "Helix did not answer questions from Nora Lind, a reporter for The Sentinel.",
      [("Nora Lind", E, "The Sentinel")], [("Nora Lind", "Helix")], e2e=True),
    C("near_miss", "fr", "« Nous respectons la loi », a déclaré Hugo Marchand, de Draxis, à Chloé Bernard, "
      "journaliste au Courrier.", [("Hugo Marchand", E, "Draxis")], [("Chloé Bernard", "Draxis")]),
    C("near_miss", "en", "Brightwave denied the claims. Lars Eklund, who investigated the firm for two "
      "years, disagrees.", [], [("Lars Eklund", "Brightwave")]),
    C("near_miss", "en", "Tom Reed, who never worked for Helix, said the claims were false.", [],
      [("Tom Reed", "Helix")]),
    C("near_miss", "en", "Helix plans to hire Anna Berg as chief executive next year.", [],
      [("Anna Berg", "Helix")]),
    C("near_miss", "en", "Anna Berg denied that she had ever been an adviser to Helix.", [],
      [("Anna Berg", "Helix")]),
    C("near_miss", "fr", "Draxis a vendu ses sondes à Quorin, dont le directeur général, Hugo Marchand, "
      "s'est félicité.", [("Hugo Marchand", E, "Quorin")], [("Hugo Marchand", "Draxis")]),
    C("near_miss", "en", "Egypt bought the software. Egypt denies spying, and Egypt's courts agree. The deal "
      "was praised by French President Jean Roux.", [], [("Jean Roux", "Egypt")]),
    C("near_miss", "en", "Italy bought the spyware. Italy denies any abuse, and Italy's courts agree. The "
      "seller was advised by Turkey's former envoy and by former prime minister Jean Roux.", [],
      [("Jean Roux", "Italy")]),
    C("near_miss", "en", "Egypt bought the software. Egypt denies spying, and Egypt's courts agree. Vice "
      "President Jean Roux was not told.", [], [("Jean Roux", "Egypt")]),
    C("near_miss", "en", "Corvane Systems sold the probes. Dina Rahman, who never worked for the company, "
      "says the buyer was known.", [], [("Dina Rahman", "Corvane Systems")]),
    C("near_miss", "en", "Corvane Systems was fined. Maya Osei, who sued the company in 2019, welcomed "
      "the ruling.", [], [("Maya Osei", "Corvane Systems")]),
    C("near_miss", "fr", "Chez Draxis, on se souvient encore du ministre Jean Roux.", [],
      [("Jean Roux", "Draxis")]),
    C("near_miss", "fr", "Olga Ivanova, qui a passé dix ans à enquêter sur Quorin, publie un livre.", [],
      [("Olga Ivanova", "Quorin")]),
    C("near_miss", "fr", "La Serbie vend des armes à la Turquie. Le président de la République, Zoltán "
      "Kiss, a salué l'accord.", [], [("Zoltán Kiss", "Serbie"), ("Zoltán Kiss", "Turquie")]),
    C("near_miss", "en", "Velmont Defence is hiring. The company will be led by Maya Osei from May.", [],
      [("Maya Osei", "Velmont Defence")]),
    C("near_miss", "en", "Mirova Tech sells cameras. Aline Faure, one of its customers, said the firmware "
      "was old.", [], [("Aline Faure", "Mirova Tech")]),
    C("near_miss", "en", "Felix Brandt, who oversees sales of Tessaro servers for the police, spoke.",
      [], [("Felix Brandt", "Tessaro")]),
    C("near_miss", "fr", "Jonas Weber, qui dirige l'enquête sur Tessaro, a publié son rapport.", [],
      [("Jonas Weber", "Tessaro")]),
    C("near_miss", "fr", "Quorin vend des caméras. Mikael Strand est un client de la société.", [],
      [("Mikael Strand", "Quorin")]),
    C("near_miss", "en", "Egypt bought drones. The Egyptian ambassador met Samir Khaled in Paris.", [],
      [("Samir Khaled", "Egypt")]),
    C("near_miss", "fr", "L'Égypte a acheté des drones. L'ambassadeur français, Jean Roux, a été convoqué.",
      [], [("Jean Roux", "Égypte")]),
    C("near_miss", "en", "Egypt and Kenya bought drones. Government spokesman Karim Belkadi denied it.", [],
      [("Karim Belkadi", "Egypt"), ("Karim Belkadi", "Kenya")]),
    C("near_miss", "en", "\"We follow the law,\" Tom Reed told The Sentinel.",
      [], [("Tom Reed", "The Sentinel")]),
    C("near_miss", "fr", "Hugo Marchand l'a confirmé dans un entretien au Courrier.", [],
      [("Hugo Marchand", "Le Courrier"), ("Hugo Marchand", "Courrier")]),
    C("near_miss", "en", "Hugo Marchand, who sold Draxis to Stellion's chief executive Bruno Castel, "
      "kept a seat on the board.", [("Bruno Castel", E, "Stellion")], [("Hugo Marchand", "Stellion")]),
    C("near_miss", "fr", "Maître Jean Roux, l'avocat de Draxis, conteste la procédure.",
      [("Jean Roux", R, "Draxis")], [("Jean Roux", "Draxis", E)]),
    C("near_miss", "en", "Jean Roux, who represents Helix in the case, said the firm would appeal.",
      [], [("Jean Roux", "Helix", E)]),
    C("near_miss", "en", "Helix was sued in May. Jean Roux, a lawyer for the company, called the case "
      "baseless.", [("Jean Roux", R, "Helix")], [("Jean Roux", "Helix", E)]),
    C("near_miss", "en", "Egypt bought the software. Egypt denies spying, and Egypt's courts agree. Helix "
      "sold it. Its president, Tom Reed, declined to comment.", [("Tom Reed", E, "Helix")],
      [("Tom Reed", "Egypt")]),
    C("near_miss", "fr", "L'Égypte a acheté le logiciel. L'Égypte dément, et les juges de l'Égypte aussi. "
      "Le groupe Helix a livré. Le président du groupe, Tom Reed, dément.", [("Tom Reed", E, "Helix")],
      [("Tom Reed", "Égypte")]),
    C("near_miss", "en", "In 2018, Draxis appointed Hugo Marchand's firm as auditor.", [],
      [("Hugo Marchand", "Draxis")]),
    C("near_miss", "fr", "Draxis, que dénonce Hugo Marchand depuis 2018, a doublé ses ventes.", [],
      [("Hugo Marchand", "Draxis")]),
    C("near_miss", "en", "Draxis, which Hugo Marchand sued in 2010, doubled its sales.", [],
      [("Hugo Marchand", "Draxis")]),
    C("near_miss", "fr", "Le rapport de Draxis a désigné Hugo Marchand responsable de la fuite.", [],
      [("Hugo Marchand", "Draxis")]),
    C("near_miss", "en", "Draxis named Hugo Marchand a suspect in the leak.",
      [], [("Hugo Marchand", "Draxis")]),
    C("near_miss", "fr", "La France a vendu des blindés. La France dément, et la France assume. Le président "
      "Jean Roux du parquet de Nanterre a ouvert une enquête.", [], [("Jean Roux", "France")]),
    C("near_miss", "fr", "Marc Dupré a rencontré le patron de Draxis à Paris.",
      [], [("Marc Dupré", "Draxis")]),
    C("near_miss", "en", "Helix's chief executive met Tom Reed in Paris.", [], [("Tom Reed", "Helix")]),
    C("near_miss", "en", "Anna Berg, who turned down an offer from Helix, now runs a charity.", [],
      [("Anna Berg", "Helix")]),
    C("near_miss", "fr", "Si Olga Ivanova rejoignait Quorin, la société changerait de stratégie.", [],
      [("Olga Ivanova", "Quorin")]),
    C("near_miss", "fr", "Draxis a été rachetée par Stellion. Son fondateur, Hugo Marchand, est parti.",
      [], [("Hugo Marchand", "Stellion")]),
    C("near_miss", "en", "Velmont Defence sold drones to Kenya, a deal criticised by Maya Osei of Digital "
      "Rights Watch.", [("Maya Osei", E, "Digital Rights Watch")], [("Maya Osei", "Velmont Defence"),
                                                                   ("Maya Osei", "Kenya")]),
    C("near_miss", "fr", "Draxis a porté plainte. Son avocat, Jean Roux, dénonce une cabale.",
      [("Jean Roux", R, "Draxis")], [("Jean Roux", "Draxis", E)]),
    C("near_miss", "en", "Helix denies the claims. Jean Roux, who bought the company in 2019, sold it.",
      [], [("Jean Roux", "Helix")]),
    C("near_miss", "en", "Tessaro lost the tender. Dina Rahman, a customer of the firm, complained.",
      [], [("Dina Rahman", "Tessaro")]),
    C("near_miss", "en", "Corvane Systems was fined. Maya Osei, who has long criticised the company, "
      "welcomed the ruling.", [], [("Maya Osei", "Corvane Systems")]),
    C("near_miss", "fr", "Stellion progresse. Jean Roux, un concurrent de la société, reste prudent.",
      [], [("Jean Roux", "Stellion")]),
    C("near_miss", "en", "Helix was fined. Jean Roux, the company's former lawyer, appealed.",
      [("Jean Roux", R, "Helix")], [("Jean Roux", "Helix", E)]),
]

#: Cases also run through the pipeline (their companies are ones entity detection finds), by their start.
E2E_ALSO = ("Oxalis Group a racheté", "Corvane Systems n'a pas", "Oxalis Group a été condamné",
            "Velmont Defence makes", "Corvane Systems exports", "Oxalis Group is expanding",
            "Oxalis Group se développe", "Corvane Systems sold the probes", "Dina Rahman, a Corvane",
            "Corvane Systems was fined", "Velmont Defence is hiring")
for _case in CASES:
    _case.e2e = _case.e2e or _case.text.startswith(E2E_ALSO)

#: Known failures outside roles.py, by part and start of the case's text: why. Strict xfail.
UNFOUND = "entity detection: the invented one-word company is not found (no mention, so no employer)"
KNOWN: dict[tuple[str, str], str] = {
    ("pipeline", "Quorin a remporté"): UNFOUND + "; the person is typed Company",
    ("pipeline", "Brightwave denied"): UNFOUND,
    ("pipeline", "Chloé Bernard, a former Helix"): UNFOUND,
    ("pipeline", "Émile Girard, ancien cadre"): UNFOUND,
    ("pipeline", "Helix's head of sales"): UNFOUND,
    ("pipeline", "\"We follow the law,\" said"): UNFOUND,
    ("pipeline", "Nora Lind, who joined"): UNFOUND,
    ("pipeline", "Helix did not answer"): "entity detection: 'The Sentinel' is not found",
}


test_rules, test_pipeline = battery(CASES, KNOWN, dict(TYPES, **{"Anna Berg": "Person", "Marc Dupré": "Person"}), CODES, JOBS)
