"""Finding and typing the names that relations need, on invented articles, through the full pipeline.

Made-up one-word companies that sell, make or hire; products named beside a noun of goods or after a
maker's possessive; near misses that must keep their type (a person who says, a state, a town, an
outlet, a word capitalised at a sentence start). Sentences written for these tests.
"""

import pytest

from enquete import model
from enquete.extract import extract

pytestmark = pytest.mark.integration


def _types(pipes, text: str, lang: str) -> dict[str, set[str]]:
    doc = model.Document(id="t", source="t.md", text=text, language=lang)
    out: dict[str, set[str]] = {}
    for m in extract(doc, pipes).mentions:
        out.setdefault(m.text, set()).add(m.type)
    return out


POSITIVE = [
    # a one-word company as the subject of a verb of selling, making, hiring
    ("en", "Helix sold Vigil to Libya in 2019. The deal was signed in Tripoli.", "Helix", "Company"),
    ("en", "Brontal supplied interception kits to Egypt, according to leaked invoices.",
     "Brontal", "Company"),
    ("en", "Over the years Corvex has developed several intrusion tools for police forces.", "Corvex",
     "Company"),
    ("en", "Last year Tessaly hired two former intelligence officers, the filings show.",
     "Tessaly", "Company"),
    ("en", "Quorin's engineers travelled to Minsk to install the system.", "Quorin", "Company"),
    ("en", "Paragon was founded in 2019 by two veterans of an intelligence unit.", "Paragon", "Company"),
    ("en", "Ostrava Dynamics aside, Mervane manufactures armoured vans in a plant near Lyon.", "Mervane",
     "Company"),
    ("en", "Velmont, which sells monitoring software, opened an office in Dubai.", "Velmont", "Company"),
    ("en", "Documents show that Zandor exported the probes to Bahrain.", "Zandor", "Company"),
    ("fr", "Draxis a nommé Paul Ferrand directeur général en mars.", "Draxis", "Company"),
    ("fr", "Selon les documents, Korvane a vendu ses sondes au Soudan en 2020.", "Korvane", "Company"),
    ("fr", "Lumeris fabrique des drones de surveillance dans son usine de Toulouse.", "Lumeris", "Company"),
    ("fr", "Les ingénieurs de Quorin ont installé le système à Minsk.", "Quorin", "Company"),
    ("fr", "Valtrex a été fondée en 2015 par deux anciens militaires.", "Valtrex", "Company"),
    ("fr", "En 2018, Brennar a livré des blindés à la Libye.", "Brennar", "Company"),
    ("fr", "Tarvis a racheté la start-up en 2021 pour un montant non divulgué.", "Tarvis", "Company"),
    # products beside a noun of goods, or after a maker's possessive
    ("en", "Graphite, the spyware made by Paragon, was found on the phones.", "Graphite", "Product"),
    ("en", "Sandvine's PacketLogic devices were installed across the network.", "PacketLogic", "Product"),
    ("en", "The army paraded the Nimr Ajban armoured vehicle in the capital.", "Nimr Ajban", "Product"),
    ("en", "Researchers found the Calyx spyware on the phone of a journalist.", "Calyx", "Product"),
    ("en", "Corvex's Stingray tool was used to track protesters.", "Stingray", "Product"),
    ("en", "Helix's Vigil spyware infected at least forty phones.", "Vigil", "Product"),
    ("en", "Vigil devices were spotted in the ministry's data centre.", "Vigil", "Product"),
    ("fr", "Le véhicule blindé Sarvan a été aperçu à Tripoli.", "Sarvan", "Product"),
    ("fr", "Le logiciel espion Ombrelle a infecté le téléphone d'un avocat.", "Ombrelle", "Product"),
    ("fr", "Les drones Falcor ont été livrés à l'armée tchadienne.", "Falcor", "Product"),
    ("fr", "Les boîtiers Netvigil de Korvane équipent l'opérateur national.", "Netvigil", "Product"),
    # coordination, relative clause, maker's possessive, articles of several sentences
    ("en", "Brontal designs and sells interception probes, its brochure says.", "Brontal", "Company"),
    ("en", "Brontal supplies and installs interception probes, its brochure says.", "Brontal", "Company"),
    ("fr", "Velmont, qui commercialise des logiciels de surveillance, a ouvert un bureau à Dubaï.", "Velmont",
     "Company"),
    ("en", "Helix's spyware was found on the phone of a lawyer in Athens.", "Helix", "Company"),
    ("en", "Helix declined to comment. According to invoices, Helix sold Vigil to Libya in 2019. The sale "
           "was approved by the ministry.", "Helix", "Company"),
    ("fr", "Tarvis n'a pas répondu. Selon nos informations, Tarvis a vendu ses sondes à l'Égypte en 2019.",
     "Tarvis", "Company"),
    ("en", "The Sarvan armoured vehicles were delivered to Chad in 2021.", "Sarvan", "Product"),
]

NEAR = [
    # a person who says or a person who sells is a person
    ("en", "Mark Devlin said the contract was legal. Devlin declined further comment.",
     "Mark Devlin", "Person"),
    ("en", "Anna Kovacs sold her shares in the firm last year.", "Anna Kovacs", "Person"),
    ("fr", "Pierre Lamarque a vendu ses parts de la société en 2020.", "Pierre Lamarque", "Person"),
    ("fr", "Sophie Marchal a déclaré que l'entreprise respectait la loi.", "Sophie Marchal", "Person"),
    # a state that buys or sells stays a state
    ("en", "Egypt bought the system in 2017, officials said.", "Egypt", "Country"),
    ("fr", "La France a vendu des frégates à l'Égypte.", "France", "Country"),
    ("en", "Morocco supplied drones to the rebels, the report says.", "Morocco", "Country"),
    # an outlet that reports stays an outlet
    ("en", "Amnesty International said the spyware was used against activists.", "Amnesty International",
     "Organization"),
    # a person named in full, then by the surname as the subject of a sale
    ("en", "Mark Devlin founded the firm in 2004. Devlin sold the company in 2020.", "Devlin", "Person"),
    ("fr", "Hier, Marc Olivier a vendu sa maison de Nice.", "Marc Olivier", "Person"),
    # a capital standing for its state
    ("fr", "Paris a vendu des frégates au Caire en 2015.", "Paris", "Country"),
    # an outlet that reveals, a researcher who finds
    ("en", "The Guardian revealed the contract last year.", "The Guardian", "Organization"),
    ("fr", "Selon Le Monde, l'entreprise Korvane a livré les sondes.", "Korvane", "Company"),
    # a state's goods and a person's possessive stay what they are
    ("en", "Egypt's spyware programme was exposed by researchers.", "Egypt", "Country"),
    ("en", "Laura Chen's lawyers said the sale was legal.", "Laura Chen", "Person"),
    # a person as the subject of hiring, a name that finds (not founded)
    ("en", "Peter Holm hired a lawyer after the raid.", "Peter Holm", "Person"),
]

NOT_NAMES = [
    # a word capitalised at a sentence start, a town
    ("en", "Meanwhile the company sold the devices to Kenya.", "Meanwhile"),
    ("en", "Sold in 2019, the tool was later found in Uganda.", "Sold"),
    ("fr", "Vendus en 2019, les boîtiers ont été retrouvés en Ouganda.", "Vendus"),
    ("en", "The firm has an office based in Kessling, a small town.", "Kessling"),
    ("fr", "Vendredi, la société a livré les blindés à la Libye.", "Vendredi"),
    ("en", "Yesterday the firm hired a new chief executive.", "Yesterday"),
    ("en", "Sales rose sharply after the firm sold its probes to Egypt.", "Sales"),
    ("fr", "Hier, le groupe a vendu ses parts dans la filiale.", "Hier"),
    ("en", "German supplies reached the port in March.", "German"),
    ("en", "Monday, the firm sold the devices to Kenya.", "Monday"),
]


@pytest.mark.parametrize("lang,text,name,expected", POSITIVE + NEAR)
def test_typed(pipes, lang, text, name, expected):
    found = _types(pipes, text, lang)
    assert found.get(name) == {expected}, found


# places the word vectors know, as subjects of selling: not made-up firms
NOT_FIRMS = [
    ("en", "Texas sold the land to a developer in 2019.", "Texas"),
    ("en", "Dubai supplied the funds for the project.", "Dubai"),
    ("fr", "Marseille a vendu le stade à un fonds.", "Marseille"),
]


@pytest.mark.parametrize("lang,text,name", NOT_FIRMS)
def test_not_a_firm(pipes, lang, text, name):
    found = _types(pipes, text, lang)
    assert "Company" not in found.get(name, set()), found


@pytest.mark.parametrize("lang,text,name", NOT_NAMES)
def test_not_a_name(pipes, lang, text, name):
    found = _types(pipes, text, lang)
    assert name not in found, found


ARTICLES = [
    # founders, makers' agents, acquisitions, a title only a firm has; near misses kept in the same text
    ("en", "Omar Haddad, who founded Korvane in 2015, sold his stake last year.",
     {"Omar Haddad": "Person", "Korvane": "Company"}),
    ("en", "Lina Berg sells the devices to police forces across Africa.", {"Lina Berg": "Person"}),
    ("fr", "Nadia Kessel, fondatrice de Tervik, a vendu l'entreprise en 2022.",
     {"Nadia Kessel": "Person", "Tervik": "Company"}),
    ("en", "The contract shows that Ostrel delivered the Varkon drones to Mali in 2020.",
     {"Ostrel": "Company", "Varkon": "Product"}),
    ("fr", "Ostrel a livré les drones Varkon au Mali en 2020, selon le contrat.",
     {"Ostrel": "Company", "Varkon": "Product"}),
    ("en", "In 2020, Kravia acquired Nettex, a small spyware vendor based in Cyprus.",
     {"Kravia": "Company", "Nettex": "Company"}),
    ("fr", "En 2020, Kravia a racheté Nettex, un petit éditeur chypriote de logiciels espions.",
     {"Kravia": "Company", "Nettex": "Company"}),
    ("en", "Sentra's engineers trained Ugandan officers to use the Orbit platform.",
     {"Sentra": "Company", "Orbit": "Product"}),
    ("fr", "Le drone Harpon, fabriqué par Selvane, a été repéré en Libye.",
     {"Harpon": "Product", "Selvane": "Company"}),
    ("en", "Trevor Mills, a spokesman for Dalvin, said the firm exports only to NATO members.",
     {"Trevor Mills": "Person"}),
    ("en", "Trevor Mills, the chief executive of Dalvin, said the firm exports only to NATO members.",
     {"Trevor Mills": "Person", "Dalvin": "Company"}),
    ("en", "Dalvin exports its Sentinel probes to twelve countries. Trevor Mills said Dalvin complied "
           "with the law. Mills added that the probes were never sold to Iran.",
     {"Dalvin": "Company", "Sentinel": "Product", "Trevor Mills": "Person", "Iran": "Country"}),
    ("fr", "Les logiciels espions de Korvane ont été retrouvés en Grèce.",
     {"Korvane": "Company", "Grèce": "Country"}),
    ("fr", "Korvane, basée à Chypre, commercialise Ombrelle depuis 2019.", {"Korvane": "Company"}),
    ("fr", "Selon un ancien employé de Tessaly, les sondes ont été livrées en 2020.", {"Tessaly": "Company"}),
    ("en", "Helix, which also makes the Vigil spyware, declined to comment.",
     {"Helix": "Company", "Vigil": "Product"}),
    ("en", "The Vigil spyware, developed by Helix, was found in Greece.",
     {"Helix": "Company", "Vigil": "Product"}),
    ("en", "Vigil, Helix's flagship product, was found in Greece.", {"Helix": "Company", "Vigil": "Product"}),
    ("en", "Orvane, Tessaly's Cypriot subsidiary, sold the probes.",
     {"Orvane": "Company", "Tessaly": "Company"}),
    ("en", "Zandor's customers include the Bahraini police.", {"Zandor": "Company"}),
    ("en", "A Zandor spokesperson said the firm follows export rules.", {"Zandor": "Company"}),
    ("en", "Korvane's chief executive, Anna Lind, said the sale was legal.",
     {"Korvane": "Company", "Anna Lind": "Person"}),
    ("fr", "Korvane emploie deux cents personnes à Limassol.", {"Korvane": "Company"}),
    pytest.param("fr", "Brennar, Korvane et Tessaly ont vendu des sondes à l'Égypte.",
                 {"Brennar": "Company", "Korvane": "Company", "Tessaly": "Company"},
                 marks=pytest.mark.xfail(reason="the French parse leaves the list's first name outside it")),
    ("fr", "Korvane et Tessaly ont vendu des sondes à l'Égypte.",
     {"Korvane": "Company", "Tessaly": "Company"}),
    ("en", "Brennar and Tessaly sold probes to Egypt.", {"Brennar": "Company", "Tessaly": "Company"}),
    ("en", "Tessaly, a firm based in Cyprus, sold probes to Egypt. Tessaly denies any wrongdoing.",
     {"Tessaly": "Company"}),
    ("fr", "Korvane a été rachetée en 2021 par Tessaly.", {"Korvane": "Company", "Tessaly": "Company"}),
    ("en", "Korvane was acquired by Tessaly in 2021.", {"Korvane": "Company", "Tessaly": "Company"}),
    ("en", "Sources said Helix built the platform for the Egyptian army.", {"Helix": "Company"}),
    ("en", "Marta Silva, the founder of Helix, said she was proud.",
     {"Marta Silva": "Person", "Helix": "Company"}),
    # near misses: 'found' is not 'founded', 'made' without goods, a person's possessive
    ("en", "The Vigil spyware was found on a phone in Athens.", {"Vigil": "Product"}),
    ("en", "Nora Walsh made a statement after the hearing. Walsh sold nothing.", {"Nora Walsh": "Person"}),
    ("en", "Investigators said Peter Holm's lawyers had seen the contract.", {"Peter Holm": "Person"}),
    ("fr", "Berlin a livré des chars à l'Ukraine.", {"Berlin": "Country"}),
    ("en", "Athens hired a consultant to review the case.", {"Athens": "Country"}),
]


@pytest.mark.parametrize("lang,text,expected", ARTICLES)
def test_article(pipes, lang, text, expected):
    found = _types(pipes, text, lang)
    assert {n: found.get(n) for n in expected} == {n: {t} for n, t in expected.items()}, found


COPULAR = [
    ("fr", "Le groupe Edvane, dont Ferox est une filiale, exporte des blindés.", "Ferox", "Company"),
    ("fr", "Tervik est une société de conseil installée à Malte.", "Tervik", "Company"),
    ("en", "Kessar is a subsidiary of the Orvane group, registry filings show.", "Kessar", "Company"),
    ("en", "Edvane, the Lisbon firm, said that Ferox is a subsidiary of Orvane.", "Ferox", "Company"),
    ("en", "Quartzite is a spyware tool sold to governments.", "Quartzite", "Product"),
    pytest.param("en", "Lumen is an NGO that documents surveillance in the region.", "Lumen", "Organization",
                 marks=pytest.mark.xfail(
        reason="no NER span, and the tagger reads the name as a common noun: a common noun is not taken")),
    # near misses: a person who is something else, a negation
    ("en", "Daniel Roth is a lawyer who represents the victims.", "Daniel Roth", "Person"),
    ("fr", "Claire Vidal est une avocate spécialisée dans les libertés.", "Claire Vidal", "Person"),
]


@pytest.mark.parametrize("lang,text,name,expected", COPULAR)
def test_copular_kind(pipes, lang, text, name, expected):
    found = _types(pipes, text, lang)
    assert found.get(name) == {expected}, found
