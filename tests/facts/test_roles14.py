"""People and the state bodies, states and parties they serve where the title is written loosely: a minister
with an adjective of nationality, "vice-" or "alors" ("le ministre polonais de la Justice, P", "P, alors
vice-ministre de la Justice", "Chile's interior minister, P", "the deputy justice minister P": the ministry
of that portfolio the document names); a head of state with no state in the sentence ("le président P"
after "à Kampala", under a headline naming the state); a body led by passive or relative ("O, présidée
par P", "O, l'institution que préside P", "O, alors dirigé par P", "O, chaired by the jurist P"); a body's
spokesperson with a place after the body ("Le porte-parole de la police pour l'agglomération de X, P");
a party's senator or MP ("P, sénateur de la Plateforme civique", "P, an MP for the Labour Party"). Near
misses: a minister of another state, a company's or a party's president, a person who met a president, a
visiting president, an investigation led by a judge, a spokesperson of another body, a senator of a
place.

Texts written for these tests; the companies and people are invented, the states real. Each case runs with
the mentions placed by hand (the fact rules only); those marked e2e also run through the whole pipeline."""

from __future__ import annotations

import pytest

from enquete import model

from tests.facts.role_cases import C, battery, present

pytestmark = pytest.mark.integration

PEOPLE = ["Adam Nowicki", "Piotr Zalewski", "Laszlo Kovacs", "Rodrigo Salas", "Marek Lis", "Joseph Mwangi",
          "Ana Ruiz", "Moses Okello", "Nurlan Seitkali", "Jean Dubreuil", "Paul Kagame", "Hans Keller",
          "Ewa Sadowska", "Tomasz Wrona", "Karim Bensalem", "Helena Brandt", "Omar Suleiman", "Lucas Ferrand",
          "Grace Atim", "Tom Wekesa", "David Ochieng", "Krzysztof Lewandowski", "Claire Martin", "James Holt",
          "Sophie Bernard", "Pierre Lemoine", "Sara Lind", "Ivan Petrov", "Malik Haddad", "Anne Roussel",
          "Victoria Mensah", "Kurek", "Hamad Al Nasser"]
TYPES = {p: "Person" for p in PEOPLE} | {
    "ministère de la Justice": "PublicBody", "ministère de l'Intérieur": "PublicBody",
    "Justice Ministry": "PublicBody", "Interior Ministry": "PublicBody",
    "ministère de la Défense": "PublicBody",
    "commission d'enquête de la Diète": "PublicBody", "Cour des comptes": "PublicBody",
    "Independent Commission of Inquiry": "PublicBody",
    "Bahrain Independent Commission of Inquiry": "PublicBody", "Human Rights Commission": "PublicBody",
    "Cour suprême": "PublicBody", "police": "PublicBody", "Senate": "PublicBody", "Diète": "PublicBody",
    "Nervala SA": "Company", "Ristek Systems": "Company", "Quadrix Labs": "Company",
    "Plateforme civique": "Organization", "Labour Party": "Organization",
    "La France insoumise": "Organization",
    "Parti socialiste": "Organization", "Amnesty International": "Organization",
    "Pologne": "Country", "Poland": "Country", "Hongrie": "Country", "Chile": "Country", "Chili": "Country",
    "Kenya": "Country", "Ouganda": "Country", "Uganda": "Country", "Kazakhstan": "Country",
    "Rwanda": "Country",
    "Bahrain": "Country", "Espagne": "Country", "Argentina": "Country", "France": "Country",
    "Kyrgyzstan": "Country", "Italie": "Country",
}
CODES = {"Pologne": "pl", "Poland": "pl", "Hongrie": "hu", "Chile": "cl", "Chili": "cl", "Kenya": "ke",
         "Ouganda": "ug", "Uganda": "ug", "Kazakhstan": "kz", "Rwanda": "rw", "Bahrain": "bh",
         "Espagne": "es",
         "Argentina": "ar", "France": "fr", "Kyrgyzstan": "kg", "Italie": "it"}
E, R = "employed_by", "represents"
JOBS = (E, R)

PL = ("La Pologne a acheté le logiciel en 2017. Le ministère de la Justice a financé cet achat. ")
PL_EN = "Poland bought the spyware in 2017. The Justice Ministry paid for it. "
UG = "Ouganda : des caméras chinoises contre les manifestants\n\nLe projet remonte à 2018. "

CASES = [
    # 1. a minister's title with an adjective of nationality, "vice-", "deputy", "alors", a genitive
    C("minister", "fr", PL + "Selon le ministre polonais de la Justice, Adam Nowicki, les écoutes étaient "
      "illégales.", [("Adam Nowicki", E, "ministère de la Justice")], [("Adam Nowicki", "Pologne")],
      e2e=True),
    C("minister", "fr", PL + "Le transfert avait été signé par Piotr Zalewski, alors vice-ministre de la "
      "Justice.", [("Piotr Zalewski", E, "ministère de la Justice")], e2e=True),
    C("minister", "fr", PL + "La vice-ministre polonaise de la Justice, Ewa Sadowska, a démenti.",
      [("Ewa Sadowska", E, "ministère de la Justice")], [("Ewa Sadowska", "Pologne")]),
    C("minister", "fr", PL + "Tomasz Wrona, ministre polonais de la Justice, a promis une enquête.",
      [("Tomasz Wrona", E, "ministère de la Justice")]),
    C("minister", "en", PL_EN + "The deputy justice minister Marek Lis signed the transfer.",
      [("Marek Lis", E, "Justice Ministry")]),
    C("minister", "en", PL_EN + "Poland's deputy justice minister, Marek Lis, signed the transfer.",
      [("Marek Lis", E, "Justice Ministry")], [("Marek Lis", "Poland")]),
    C("minister", "en", PL_EN + "Marek Lis, then deputy justice minister, signed the transfer.",
      [("Marek Lis", E, "Justice Ministry")]),
    C("minister", "en", "Chile bought the system in 2019. Chile's interior minister, Rodrigo Salas, defended "
      "the purchase.", [("Rodrigo Salas", E, "Chile")]),
    C("minister", "en", "Chile bought the system in 2019. The Interior Ministry ran it. Chile's interior "
      "minister, Rodrigo Salas, defended the purchase.", [("Rodrigo Salas", E, "Interior Ministry")]),
    C("minister", "fr", "Le Kenya a acheté les caméras. Le ministère de l'Intérieur les a installées. Le "
      "ministre kényan de l'Intérieur, Joseph Mwangi, a défendu le contrat.",
      [("Joseph Mwangi", E, "ministère de l'Intérieur")], [("Joseph Mwangi", "Kenya")]),
    C("minister", "fr", "L'Espagne a acheté des drones. Le ministère de la Défense les a reçus. Ana Ruiz, "
      "alors vice-ministre espagnole de la Défense, a signé.", [("Ana Ruiz", E, "ministère de la Défense")]),
    # near misses: a minister of another state, a minister met, no portfolio
    C("near", "fr", PL + "Le ministre hongrois de la Justice, Laszlo Kovacs, a rencontré Adam Nowicki à "
      "Budapest. La Hongrie a refusé de commenter.", [("Laszlo Kovacs", E, "Hongrie")],
      [("Laszlo Kovacs", "ministère de la Justice"), ("Adam Nowicki", "ministère de la Justice")]),
    C("near", "fr", PL + "Adam Nowicki a écrit au ministre de la Justice pour obtenir les documents.",
      forbid=[("Adam Nowicki", "ministère de la Justice"), ("Adam Nowicki", "Pologne")]),
    C("near", "en", PL_EN + "Marek Lis met the deputy justice minister in May.",
      forbid=[("Marek Lis", "Justice Ministry"), ("Marek Lis", "Poland")]),
    C("near", "en", "Chile bought the system in 2019. Argentina's interior minister, Rodrigo Salas, "
      "criticised the purchase.", [("Rodrigo Salas", E, "Argentina")], [("Rodrigo Salas", "Chile")]),
    # 2. a head of state or government with no state in the sentence
    C("head", "fr", UG + "Après une série d'assassinats à Kampala, le président Moses Okello a promis de "
      "couvrir les villes de caméras.", [("Moses Okello", E, "Ouganda")], e2e=True),
    C("head", "fr", "L'Ouganda a signé le contrat en 2018. Le projet a pris du retard. Les travaux ont "
      "commencé en 2019. Après des émeutes à Kampala, le président Moses Okello a promis des caméras.",
      [("Moses Okello", E, "Ouganda")]),
    C("head", "en", "Kazakhstan bought the spyware in 2021. The vendor denied any abuse. The researchers "
      "kept looking. After riots in Almaty, President Nurlan Seitkali ordered troops to fire.",
      [("Nurlan Seitkali", E, "Kazakhstan")]),
    C("head", "fr", "Kazakhstan : un logiciel espion repéré sur des téléphones\n\nLe logiciel a été "
      "découvert en avril. Des chercheurs l'ont analysé. Les émeutes de janvier ont été écrasées ; le "
      "président Nurlan Seitkali avait ordonné de tirer.", [("Nurlan Seitkali", E, "Kazakhstan")]),
    C("head", "en", "Uganda: Chinese cameras turned on protesters\n\nThe project dates back to 2018. Prime "
      "Minister David Ochieng promised to cover the cities with cameras.", [("David Ochieng", E, "Uganda")]),
    C("head", "fr", UG + "Le Premier ministre David Ochieng a défendu le projet.",
      [("David Ochieng", E, "Ouganda")]),
    # near misses: another state named beside, a party's or company's president, a met president, a visit
    C("near", "fr", UG + "À Kampala, le président rwandais Paul Kagame a salué le projet. Le Rwanda en veut "
      "autant.", [("Paul Kagame", E, "Rwanda")], [("Paul Kagame", "Ouganda")]),
    C("near", "fr", UG + "Lors de sa visite à Kampala, le président Paul Kagame a salué le projet.",
      forbid=[("Paul Kagame", "Ouganda")]),
    C("near", "fr", UG + "Lors d'un sommet à Nairobi, le président Moses Okello a défendu le projet. Le "
      "Kenya l'a imité.", [("Moses Okello", E, "Ouganda")], [("Moses Okello", "Kenya")]),
    C("near", "en", "Kenya bought drones. The deal was secret. Nobody spoke. At a summit in Victoria, "
      "President Victoria Mensah praised Ristek Systems.", forbid=[("Victoria Mensah", "Kenya")]),
    C("near", "fr", UG + "Après des émeutes à Kampala, Jean Dubreuil a rencontré le président Moses Okello.",
      [("Moses Okello", E, "Ouganda")], [("Jean Dubreuil", "Ouganda")]),
    C("near", "fr", UG + "Nervala SA a vendu les caméras. Le président Hans Keller s'en est félicité.",
      forbid=[("Hans Keller", "Ouganda")]),
    C("near", "fr", UG + "L'ancien président de Nervala SA, Hans Keller, a vendu les caméras.",
      [("Hans Keller", E, "Nervala SA")], [("Hans Keller", "Ouganda")]),
    C("near", "fr", "Pologne : la liste des cibles s'allonge\n\nLe président du Parti socialiste, Lucas "
      "Ferrand, a dénoncé les écoutes.", [("Lucas Ferrand", E, "Parti socialiste")],
      [("Lucas Ferrand", "Pologne")]),
    C("near", "en", "Kazakhstan bought the spyware. The vendor denied it. Researchers kept looking. In "
      "Almaty, President Ivan Petrov of Kyrgyzstan met the police.", forbid=[("Ivan Petrov", "Kazakhstan")]),
    # 3. a body led by passive or relative
    C("led", "fr", "Une commission d'enquête de la Diète, présidée par Ewa Sadowska, a auditionné les "
      "ministres.", [("Ewa Sadowska", E, "commission d'enquête de la Diète")], e2e=True),
    C("led", "fr", "Un audit de la Cour des comptes (NIK), l'institution que préside Piotr Zalewski, "
      "a révélé le virement.", [("Piotr Zalewski", E, "Cour des comptes")], e2e=True),
    C("led", "fr", "Ce fonds dépendait du ministère de la Justice alors dirigé par Tomasz Wrona.",
      [("Tomasz Wrona", E, "ministère de la Justice")]),
    C("led", "fr", "Ce fonds dépendait du ministère de la Justice alors dirigé par Zenon Kurek. M. Kurek a "
      "démenti.", [("Kurek", E, "ministère de la Justice")]),
    C("led", "fr", "La Cour suprême, longtemps présidée par Ewa Sadowska, a rejeté le recours.",
      [("Ewa Sadowska", E, "Cour suprême")]),
    C("led", "en", "The Independent Commission of Inquiry, chaired by the jurist Omar Suleiman, found "
      "excessive force.", [("Omar Suleiman", E, "Independent Commission of Inquiry")]),
    C("led", "en", "The Human Rights Commission, headed by the lawyer Malik Haddad, published a report.",
      [("Malik Haddad", E, "Human Rights Commission")]),
    C("led", "en", "The Independent Commission of Inquiry, then led by Omar Suleiman, found excessive force.",
      [("Omar Suleiman", E, "Independent Commission of Inquiry")]),
    C("led", "en", "The Human Rights Commission, which Malik Haddad chairs, published a report.",
      [("Malik Haddad", E, "Human Rights Commission")]),
    C("led", "en", "Bahrain bought tear gas in 2011. Its own inquiry was less kind. The Bahrain Independent "
      "Commission of Inquiry, chaired by the jurist Omar Suleiman and set up by King Hamad Al Nasser, found "
      "excessive force.", [("Omar Suleiman", E, "Bahrain Independent Commission of Inquiry"),
                           ("Hamad Al Nasser", E, "Bahrain")], e2e=True),
    # near misses: an investigation led by a judge, led by a body, a non-person, a founder met
    C("near", "fr", "L'enquête sur Nervala SA, dirigée par la juge Claire Martin, a duré deux ans.",
      forbid=[("Claire Martin", "Nervala SA")]),
    C("near", "en", "The investigation into Ristek Systems, led by the prosecutor James Holt, stalled.",
      forbid=[("James Holt", "Ristek Systems")]),
    C("near", "fr", "La commission d'enquête de la Diète, présidée en 2023 par intérim, a entendu Ewa "
      "Sadowska.", forbid=[("Ewa Sadowska", "commission d'enquête de la Diète")]),
    C("near", "en", "The Human Rights Commission, chaired by the Senate, heard Malik Haddad.",
      forbid=[("Malik Haddad", "Human Rights Commission"), ("Malik Haddad", "Senate")]),
    # 4. a body's spokesperson, a place after the body
    C("spokes", "fr", "La police ougandaise a reconnu exploiter les images. Le porte-parole de la police "
      "pour l'agglomération de Kampala, Tom Wekesa, a diffusé "
      "des photos.", [("Tom Wekesa", R, "police")], e2e=True),
    C("spokes", "fr", "La porte-parole de la police de Kampala, Grace Atim, a démenti.",
      [("Grace Atim", R, "police")]),
    C("spokes", "en", "The spokesman for the police in Kampala, Tom Wekesa, released the photos.",
      [("Tom Wekesa", R, "police")]),
    C("spokes", "en", "A spokeswoman for the police in the capital, Grace Atim, denied it.",
      [("Grace Atim", R, "police")]),
    # near misses: a spokesperson of another body, a person who criticised the spokesperson
    C("near", "fr", "Le porte-parole de Ristek Systems, Pierre Lemoine, a critiqué la police de Kampala.",
      [("Pierre Lemoine", R, "Ristek Systems")], [("Pierre Lemoine", "police")]),
    C("near", "fr", "Grace Atim a critiqué le porte-parole de la police de Kampala.",
      forbid=[("Grace Atim", "police")]),
    C("near", "en", "Sara Lind, who wrote to the police spokesman in Kampala, got no answer.",
      forbid=[("Sara Lind", "police")]),
    # 5. party membership
    C("party", "fr", "Le téléphone de Krzysztof Lewandowski, sénateur de la Plateforme civique, a été "
      "piraté.",
      [("Krzysztof Lewandowski", E, "Plateforme civique")], e2e=True),
    C("party", "en", "James Holt, an MP for the Labour Party, asked for an inquiry.",
      [("James Holt", E, "Labour Party")], e2e=True),
    C("party", "fr", "Sophie Bernard, députée de La France insoumise, a demandé une enquête.",
      [("Sophie Bernard", E, "La France insoumise")]),
    C("party", "fr", "Anne Roussel, sénatrice du Parti socialiste, a interrogé le gouvernement.",
      [("Anne Roussel", E, "Parti socialiste")], e2e=True),
    # near misses: a senator of a place, a party criticised, a former MP quoted about a party
    C("near", "fr", "Claire Martin, sénatrice de la Gironde, a interrogé le gouvernement.",
      forbid=[("Claire Martin", "Gironde")]),
    C("near", "en", "James Holt, a former MP, criticised the Labour Party.",
      forbid=[("James Holt", "Labour Party")]),
    C("near", "fr", "Le sénateur Karim Bensalem a accusé la Plateforme civique de mentir.",
      forbid=[("Karim Bensalem", "Plateforme civique")]),
    C("near", "en", "Helena Brandt, a researcher at Amnesty International, wrote to the Labour Party.",
      [("Helena Brandt", E, "Amnesty International")], [("Helena Brandt", "Labour Party")]),
]

KNOWN: dict[tuple[str, str], str] = {
    ("rules", "Bahrain bought tear gas in 2011."):
        "harness: present() drops 'Bahrain' inside the body's name; the pipeline part checks the case",
}


test_rules, test_pipeline = battery(CASES, KNOWN, TYPES, CODES, JOBS)


#: (language, text, name, the type its mention must have, or None: no mention of that name)
NAMES = [
    ("fr", "Le porte-parole de la police pour l'agglomération de Kampala, Tom Wekesa, a diffusé des photos.",
     "Tom Wekesa", "Person"),
    ("fr", "Le réseau a été fourni par le groupe chinois Huawei. Le porte-parole de la police pour "
     "l'agglomération de Kampala, Tom Wekesa, a diffusé des photos.", "police", "PublicBody"),
    ("fr", "Une commission d'enquête du Sénat, présidée par Ewa Sadowska, a entendu les témoins.",
     "commission d'enquête du Sénat", "PublicBody"),
    ("fr", "Un audit de la Cour des comptes a révélé le virement.", "Cour des comptes", "PublicBody"),
    ("en", "The Kenya Human Rights Commission, chaired by Grace Atim, published a report.",
     "Kenya Human Rights Commission", "PublicBody"),
    ("en", "Kenya bought drones. The Kenya Revenue Authority paid for them.", "Kenya Revenue Authority",
     "PublicBody"),
    ("en", "Kenya bought drones from Ristek Systems in 2019.", "Kenya", "Country"),
    # near misses: the portfolio after a minister's title is no body; a police whose state is not said
    ("fr", "Selon le ministre polonais de la Justice, Adam Nowicki, les écoutes étaient illégales.",
     "Justice", None),
    ("fr", "Le groupe chinois Huawei a vendu des caméras. La police a reçu des caméras de Chine en 2019.",
     "police", None),
]


@pytest.mark.parametrize("lang,text,name,mtype", NAMES)
def test_mentions(lang: str, text: str, name: str, mtype: str | None,
                  pipes) -> None:  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    x = extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)
    found = {m.text: m.type for m in x.mentions}
    assert found.get(name) == mtype, found
