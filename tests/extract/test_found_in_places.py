"""`found_in` (product -> state where it was seen, used, found, deployed) where the state is not named by
its name beside the finding: a city or a region of it, a demonym, an adverb pointing back ("y", "there",
"sur place"), passives and participles. Sentences written for these tests (invented companies and
products, real states), French and English; near misses (a sale, a plan, a denial, a nationality) give
nothing."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

NAMES = {
    "Helix": "Company", "Norvexa": "Company", "Velotrak": "Company",
    "Vigil": "Product", "Argus": "Product", "Sentry": "Product", "Rhino": "Product", "Fulgor": "Product",
    "Tom Reed": "Person", "Anna Berg": "Person", "Civic Watch": "Organization",
}
STATES = {
    "Libye": "ly", "Libya": "ly", "Soudan": "sd", "Sudan": "sd", "Chine": "cn", "China": "cn",
    "Bahreïn": "bh", "Bahrain": "bh", "Égypte": "eg", "Egypt": "eg", "Syrie": "sy", "Syria": "sy",
    "Éthiopie": "et", "Ethiopia": "et", "Maroc": "ma", "Morocco": "ma", "Turquie": "tr", "Turkey": "tr",
    "Mexique": "mx", "Mexico": "mx", "France": "fr", "Serbie": "rs", "Serbia": "rs", "Birmanie": "mm",
    "Myanmar": "mm", "Ouzbékistan": "uz", "Uzbekistan": "uz", "Azerbaïdjan": "az", "Azerbaijan": "az",
    "Biélorussie": "by", "Belarus": "by", "Russie": "ru", "Russia": "ru", "Iran": "ir",
    "Arabie saoudite": "sa", "Saudi Arabia": "sa", "Émirats arabes unis": "ae", "Canada": "ca",
    "Israël": "il", "Israel": "il", "Liban": "lb", "Italie": "it", "Italy": "it",
    "United Arab Emirates": "ae",
}


def found(text: str, lang: str) -> set[tuple[str, str]]:
    names = {k: v for k, v in NAMES.items() if k in text}
    names.update({k: "Country" for k in STATES if k in text})
    f = Facts(text, lang, names, {}, countries=STATES)
    check_integrity(f)
    return {(s, o) for s, p, o in f.triples() if p == "found_in"}


POSITIVE = [
    # a city or a region of the state (the state named elsewhere in the text)
    ("La Libye a longtemps démenti. Pourtant, des sondes Vigil ont été retrouvées à Benghazi en 2012.", "fr",
     {("Vigil", "Libye")}),
    ("Le Soudan est sous embargo. Des blindés Rhino ont été utilisés au Darfour, selon des experts.", "fr",
     {("Rhino", "Soudan")}),
    ("China denies any abuse. Researchers say Argus cameras were deployed in Xinjiang last year.", "en",
     {("Argus", "China")}),
    ("Le régime de Bahreïn réprime les manifestants. Des grenades Fulgor ont été vues dans les rues de "
     "Manama.", "fr", {("Fulgor", "Bahreïn")}),
    ("After the revolution in Libya, Vigil probes were installed in Misrata by the new authorities.", "en",
     {("Vigil", "Libya")}),
    ("Egypt has bought many tools. In Alexandria, activists photographed Sentry boxes in a police station.",
     "en", {("Sentry", "Egypt")}),
    ("Les caméras Argus, installées à Istanbul et à Izmir, surveillent les places de Turquie.", "fr",
     {("Argus", "Turquie")}),
    ("Serbia signed a deal with a Chinese firm. Argus cameras now watch the streets of Novi Sad.", "en",
     {("Argus", "Serbia")}),
    ("Au Maroc, la presse est surveillée : des traces de Vigil ont été trouvées à Casablanca.", "fr",
     {("Vigil", "Maroc")}),
    # a demonym in place of the state
    ("Syria's rulers cracked down on dissent. Vigil was found on Syrian networks in 2011.", "en",
     {("Vigil", "Syria")}),
    ("Bahreïn fait face à des manifestations. Des militants bahreïnis ont photographié des grenades "
     "Fulgor.", "fr", {("Fulgor", "Bahreïn")}),
    ("Ethiopia denies spying. Argus was used against Ethiopian journalists living abroad.", "en",
     {("Argus", "Ethiopia")}),
    ("Le Maroc dément. Des traces de Vigil ont été détectées sur les téléphones de journalistes marocains.",
     "fr", {("Vigil", "Maroc")}),
    ("Egypt blocked hundreds of websites. Sentry was used to inspect Egyptians' web traffic.", "en",
     {("Sentry", "Egypt")}),
    # an adverb pointing back at the state named last
    ("Helix a ouvert un bureau en Libye en 2010. Des sondes Vigil y ont été retrouvées après la chute du "
     "régime.", "fr", {("Vigil", "Libye")}),
    ("Reporters travelled to Sudan in 2019. They found Rhino vehicles there.", "en", {("Rhino", "Sudan")}),
    ("Des journalistes se sont rendus en Syrie. Sur place, ils ont filmé des caméras Argus.", "fr",
     {("Argus", "Syrie")}),
    ("Our team went to Mexico; on the ground, it spotted Argus drones over the border.", "en",
     {("Argus", "Mexico")}),
    ("L'équipe s'est rendue en Égypte. Là-bas, elle a repéré des boîtiers Sentry.", "fr",
     {("Sentry", "Égypte")}),
    # passives and participles
    ("Helix's Vigil probes were found in Libya in 2011.", "en", {("Vigil", "Libya")}),
    ("Des grenades Fulgor ont été ramassées à Manama par des manifestants de Bahreïn.", "fr",
     {("Fulgor", "Bahreïn")}),
    ("Vigil, detected on phones in Turkey, was made by Helix.", "en", {("Vigil", "Turkey")}),
    ("Traces of Vigil were found on the phone of a journalist in Mexico.", "en", {("Vigil", "Mexico")}),
    ("Helix's Argus spyware has been used by the Mexican army since 2016, in Mexico and abroad.", "en",
     {("Argus", "Mexico")}),
    ("L'armée soudanaise a utilisé des blindés Rhino contre des civils, au Soudan.", "fr",
     {("Rhino", "Soudan")}),
    ("Vigil, which was discovered in Azerbaijan in 2017, belongs to Helix.", "en", {("Vigil", "Azerbaijan")}),
    ("Le logiciel Vigil, que des chercheurs ont identifié en Ouzbékistan, est vendu par Helix.", "fr",
     {("Vigil", "Ouzbékistan")}),
    ("Vigil and Argus were both found in Myanmar after the coup.", "en",
     {("Vigil", "Myanmar"), ("Argus", "Myanmar")}),
    ("Des matraques Rhino étaient en vente au salon de Villepinte, près de Paris, en France.", "fr",
     {("Rhino", "France")}),
    ("The Belarusian police used Fulgor grenades against protesters in Minsk, Belarus.", "en",
     {("Fulgor", "Belarus")}),
    ("Des caméras Argus ont été installées à Djeddah, en Arabie saoudite.", "fr",
     {("Argus", "Arabie saoudite")}),
    ("Iran's police deployed Sentry in Isfahan during the protests.", "en", {("Sentry", "Iran")}),
    ("Les boîtiers Sentry ont été déployés à Saint-Pétersbourg. La Russie ne commente pas.", "fr",
     {("Sentry", "Russie")}),
    ("La Serbie a signé un contrat. Des caméras Argus surveillent désormais les rues de Novi Sad.", "fr",
     {("Argus", "Serbie")}),
    # a relative "où"/"where" after the place, "the country's"
    ("Helix a vendu ses logiciels à la Libye, où des sondes Vigil ont été retrouvées en 2011.", "fr",
     {("Vigil", "Libye")}),
    ("Libya's rebels took Misrata, where Vigil probes were found in a police building.", "en",
     {("Vigil", "Libya")}),
    ("Morocco bought licences in 2012. Vigil was later found on the country's mobile networks.", "en",
     {("Vigil", "Morocco")}),
    ("L'Iran a acheté des licences. Des traces de Vigil ont été trouvées sur les réseaux du pays.", "fr",
     {("Vigil", "Iran")}),
    # a second round, written after the first fixes to check them (9 of 15 passed then): goods flying over,
    # infecting, omnipresent; "le logiciel" for the product named before; "on site" after a state
    ("La Birmanie a réprimé les manifestations. À Mandalay, des drones Argus survolaient les cortèges.",
     "fr", {("Argus", "Birmanie")}),
    ("Iran shut down the internet in 2019. Vigil boxes were spotted at a data centre in Tabriz.",
     "en", {("Vigil", "Iran")}),
    ("L'Azerbaïdjan a acheté Vigil en 2015 ; le logiciel a ensuite été détecté sur les téléphones de "
     "militants azerbaïdjanais.",
     "fr", {("Vigil", "Azerbaïdjan")}),
    ("Uzbekistan bought interception gear. In Samarkand, police were seen using Sentry units.",
     "en", {("Sentry", "Uzbekistan")}),
    ("Le Mexique est le premier client d'Helix. Vigil y a infecté les téléphones de dizaines de "
     "journalistes.",
     "fr", {("Vigil", "Mexique")}),
    ("Saudi Arabia denies it. Yet Argus was used to track dissidents in Jeddah, investigators found.",
     "en", {("Argus", "Saudi Arabia")}),
    ("Des grenades Fulgor ont été retrouvées dans les rues de Khartoum par des secouristes du Soudan.",
     "fr", {("Fulgor", "Soudan")}),
    ("Belarus cracked down after the 2020 vote; Sentry systems were found on Belarusian mobile networks.",
     "en", {("Sentry", "Belarus")}),
    ("En Éthiopie, les autorités ont déployé Argus dans le Tigré pendant la guerre.",
     "fr", {("Argus", "Éthiopie")}),
    ("Russia has long used such tools. Sentry was installed at internet exchanges in Novosibirsk.",
     "en", {("Sentry", "Russia")}),
    ("Les Émirats arabes unis ont acquis Vigil. Le logiciel a été repéré sur des serveurs à Dubaï.",
     "fr", {("Vigil", "Émirats arabes unis")}),
    ("Turkey's government has denied the reports. Vigil was found on the phones of Turkish opposition "
     "activists.",
     "en", {("Vigil", "Turkey")}),
    ("La Chine exporte ses caméras. Les caméras Argus sont omniprésentes au Xinjiang.",
     "fr", {("Argus", "Chine")}),
    ("Egypt bought Rhino trucks in 2012. A year later they were filmed near Giza, in a crackdown on "
     "protesters; Rhino vehicles were seen there again in 2014.",
     "en", {("Rhino", "Egypt")}),
    ("Syria's government bought Sentry. Technicians installed the Sentry units on site in 2011.",
     "en", {("Sentry", "Syria")}),
    # a third round, written after the second's fixes (6 of 10 passed then): running, collected, mounted;
    # "ses traces"
    ("According to court filings, Sentry was running on servers in Aleppo as late as 2012, "
     "when Syria was already under sanctions.",
     "en", {("Sentry", "Syria")}),
    ("Au Maroc, Vigil a servi à espionner des journalistes ; des analyses ont retrouvé ses "
     "traces à Rabat et à Casablanca.",
     "fr", {("Vigil", "Maroc")}),
    ("Myanmar's junta relies on foreign tools: Argus cameras, for instance, were photographed "
     "in Yangon in 2021.",
     "en", {("Argus", "Myanmar")}),
    ("« Nous avons vu des blindés Rhino dans les rues de Benghazi », raconte un habitant. La "
     "Libye n'a pas réagi.",
     "fr", {("Rhino", "Libye")}),
    ("The report, which documents abuses in Bahrain, says Fulgor canisters were collected by "
     "medics in Sitra.",
     "en", {("Fulgor", "Bahrain")}),
    ("Des chercheurs ont repéré Vigil en Ouzbékistan, où il visait des opposants.",
     "fr", {("Vigil", "Ouzbékistan")}),
    ("Iran's cyber police have deployed Sentry since 2018, according to leaked contracts.",
     "en", {("Sentry", "Iran")}),
    ("Les sondes Vigil d'Helix, déployées au Caire dès 2011, ont permis d'intercepter des "
     "courriels ; l'Égypte dément.",
     "fr", {("Vigil", "Égypte")}),
    ("China has exported its model. In Belgrade, Argus cameras were mounted on lamp posts; "
     "Serbia says they reduce crime.",
     "en", {("Argus", "Serbia")}),
    ("La police biélorusse a utilisé des grenades Fulgor lors des manifestations de 2020 en "
     "Biélorussie.",
     "fr", {("Fulgor", "Biélorussie")}),
    # a fourth round, written for precision (4 of 6 passed then; a fifth, elliptical, still fails)
    ("Amnesty documented the use of Fulgor grenades in Bahrain in 2012.", "en", {("Fulgor", "Bahrain")}),
    ("Egypt has been a client since 2014: Sentry was found on Egypt's mobile networks last year.", "en",
     {("Sentry", "Egypt")}),
    ("Au Soudan, les paramilitaires emploient des blindés Rhino, a constaté un journaliste sur place.", "fr",
     {("Rhino", "Soudan")}),
    ("Investigators in Mexico recovered Vigil logs from a seized laptop; Mexico's prosecutors confirmed it.",
     "en", {("Vigil", "Mexico")}),
    ("Vigil infected the phones of at least 20 Azerbaijani reporters, Azerbaijan's opposition said.", "en",
     {("Vigil", "Azerbaijan")}),
    # around or near a city; "y" after a place named with "autour de"
    ("Le Soudan est en guerre. Des drones Argus ont été filmés près d'Omdurman en mai.", "fr",
     {("Argus", "Soudan")}),
    ("La guerre au Soudan dure depuis 2023. Amnesty a analysé des vidéos tournées autour de Nyala, en 2024. "
     "Ses experts y ont identifié des lanceurs Rhino.", "fr", {("Rhino", "Soudan")}),
    # the user of the goods is the state's body: its state is where they are used
    ("Argus is operated by Egypt's interior ministry, according to leaked files.", "en",
     {("Argus", "Egypt")}),
    ("Vigil est exploité par la police du Soudan depuis 2019.", "fr", {("Vigil", "Soudan")}),
    # in service, at work
    ("La Serbie a signé un accord. Des caméras Argus fonctionnaient déjà à Belgrade en 2021.", "fr",
     {("Argus", "Serbie")}),
    ("Mexico's army bought drones in 2015. Some Argus units are still in service in Chihuahua.", "en",
     {("Argus", "Mexico")}),
]

NEGATIVE = [
    # a sale, no sighting (that is `supplied`)
    ("Helix sold Vigil to Libya in 2008.", "en"),
    ("Norvexa a vendu des grenades Fulgor au Bahreïn.", "fr"),
    # a plan, an offer, a hypothesis
    ("Vigil could be deployed in Libya next year.", "en"),
    ("Helix prévoit d'installer Argus au Caire ; l'Égypte n'a pas encore signé.", "fr"),
    ("Helix a proposé Vigil aux autorités marocaines, mais le Maroc a refusé.", "fr"),
    ("If Vigil were found in Sudan, the embargo would be breached.", "en"),
    # a denial, a negation
    ("No trace of Vigil was found in Mexico, the company said.", "en"),
    ("Helix dément que Vigil ait été utilisé en Syrie.", "fr"),
    ("Argus n'a jamais été retrouvé en Libye.", "fr"),
    # a nationality, a company's seat, a person's home
    ("Vigil was designed by Syrian engineers working for Helix.", "en"),
    ("Norvexa, une société égyptienne, fabrique Sentry depuis 2015.", "fr"),
    ("Tom Reed, who lives in Istanbul, designed Vigil for Helix in Turkey's neighbour.", "en"),
    ("Le Soudan a commandé des blindés Rhino. Ils seront livrés à Khartoum en 2025.", "fr"),
    ("Anna Berg, une chercheuse marocaine, a étudié Vigil pendant deux ans.", "fr"),
    # the finders' or the makers' nationality is no place
    ("Le Canada finance le laboratoire. Des chercheurs canadiens ont découvert Vigil en 2016.", "fr"),
    ("Israel licenses such exports. An Israeli company installed Argus for its client.", "en"),
    ("Helix, qui fabrique Vigil, s'est installée à Dubaï, aux Émirats arabes unis.", "fr"),
    # "y" standing for a venue, not for a state named in passing
    ("Le salon Securexpo s'est tenu au Parc des expositions. Des exposants venaient de Chine et d'Iran. On "
     "y trouvait des caméras Argus.", "fr"),
    # a state named as the maker's home or a finder's, not where the goods were seen
    ("Le Soudan est en guerre. Les lanceurs Rhino, produits en France, ont été repérés par des experts.",
     "fr"),
    ("Vigil was found by Canada's Civic Watch, which studies spyware.", "en"),
    # "y compris": no place pointed at
    ("Le Maroc achète des logiciels. Vigil a été utilisé par plusieurs clients, y compris des banques.",
     "fr"),
    # what the goods can do, who watches their use
    ("Argus can monitor any phone in Egypt, Helix claims.", "en"),
    ("Vigil peut être déployé en Libye en quelques jours, selon Helix.", "fr"),
    ("Civic Watch has monitored Vigil since 2016 from Paris, France.", "en"),
    # the second round's near misses (4 of 5 passed then), and more
    ("Helix a signé un contrat avec le Mexique pour installer Vigil à Monterrey l'an prochain.",
     "fr"),
    ("Argus was shown to Saudi officials at a fair in Riyadh, Saudi Arabia, but no deal was signed.",
     "en"),
    ("Anna Berg, a Turkish journalist, wrote about Vigil from Istanbul.",
     "en"),
    ("La Russie voudrait déployer Sentry à Saint-Pétersbourg.",
     "fr"),
    ("No Argus camera has been found in Xinjiang, China's embassy said.",
     "en"),
    ("Helix vend Vigil. Le logiciel d'un concurrent a été trouvé en Libye.", "fr"),
    ("Vigil could infect any phone in Mexico, Helix said.", "en"),
    # the third round's near misses (5 of 6 passed then), and more
    ("Helix's Vigil, designed in Israel, was marketed to Mexican agencies in 2014.",
     "en"),
    ("Rien ne prouve que Vigil ait été déployé en Libye, affirme Helix.",
     "fr"),
    ("Argus would have been installed in Cairo had Egypt paid.",
     "en"),
    ("Vigil n'a été détecté ni en Syrie ni au Liban.",
     "fr"),
    ("The Egyptian ambassador praised Argus during a visit to Helix's Paris office, in France.",
     "en"),
    ("Le Maroc a nié avoir utilisé Vigil contre des journalistes à Rabat.",
     "fr"),
    ("Helix runs a training centre in Dubai for Vigil customers.", "en"),
    ("Egypt denied using Sentry against protesters in Cairo.", "en"),
    # the fourth round's near misses (8 of 8 passed then)
    ("Helix a récupéré ses licences Vigil auprès du Maroc en 2019.", "fr"),
    ("Researchers found Vigil samples on a server rented from an Israeli provider; Israel did not comment.",
     "en"),
    ("Reporters saw the contract for Vigil in a Cairo office; Egypt signed it in 2013.", "en"),
    ("Helix employs 300 people in Egypt and sells Vigil worldwide.", "en"),
    ("Helix installed its headquarters in Dubai, in the United Arab Emirates, where it also sells Argus.",
     "en"),
    ("Helix's shareholders watched Vigil's sales rise in Mexico.", "en"),
    ("Des hackers ont ciblé les serveurs d'Helix en Italie pour voler le code de Vigil.", "fr"),
    ("Vigil was developed by Helix engineers in Belgrade, Serbia, before the sale.", "en"),
    # a sighting to come
    ("Vigil sera déployé à Benghazi l'an prochain, selon la Libye.", "fr"),
    ("The Libyan army will deploy Rhino vehicles in Sirte, Libya said.", "en"),
    ("Helix plans to install Argus in Isfahan, where Iran has cracked down on protests.", "en"),
    ("Norvexa a proposé de déployer ses blindés Rhino au Darfour, mais le Soudan n'a pas répondu.", "fr"),
]


@pytest.mark.parametrize("text,lang,expected", POSITIVE, ids=[t[:40] for t, _, _ in POSITIVE])
def test_found_in(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    got = found(text, lang)
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert not {(s, o) for s, o in got - expected if s in {a for a, _ in expected}}, f"wrong {got - expected}"


@pytest.mark.parametrize("text,lang", NEGATIVE, ids=[t[:40] for t, _ in NEGATIVE])
def test_no_found_in(text: str, lang: str) -> None:
    assert not found(text, lang)


SUPPLY = [
    # a destination named by a city of the state (the supply reading shares the place functions)
    ("La Syrie est sous embargo. Helix a expédié des sondes Vigil à Alep en 2012.", "fr",
     {("Helix", "Syrie")}),
    ("Libya was under embargo. Helix shipped Vigil probes to Benghazi in 2011.", "en", {("Helix", "Libya")}),
]
SUPPLY_NONE = [
    # a sale at a fair in a city: where it was made, not where the goods went
    ("La Turquie achète beaucoup. Helix a vendu Vigil à Istanbul lors d'un salon.", "fr"),
]


def supplied(text: str, lang: str) -> set[tuple[str, str]]:
    names = {k: v for k, v in NAMES.items() if k in text}
    names.update({k: "Country" for k in STATES if k in text})
    f = Facts(text, lang, names, {}, countries=STATES)
    return {(s, o) for s, p, o in f.triples() if p == "supplied"}


@pytest.mark.parametrize("text,lang,expected", SUPPLY, ids=[t[:40] for t, _, _ in SUPPLY])
def test_supplied_to_city(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert supplied(text, lang) == expected


@pytest.mark.parametrize("text,lang", SUPPLY_NONE, ids=[t[:40] for t, _ in SUPPLY_NONE])
def test_no_supply_at_venue(text: str, lang: str) -> None:
    assert not supplied(text, lang)


PIPELINE = [
    # mentions found by the pipeline itself: the city is no mention (or a wrong one), the state is named
    ("La Libye a longtemps démenti. Pourtant, des sondes Vigil de la société Helix ont été retrouvées à "
     "Benghazi en 2012.", "fr", ("Vigil", "Libye")),
    ("Syria's rulers cracked down on dissent. Helix's Vigil probes were found on Syrian networks in 2011.",
     "en", ("Vigil", "Syria")),
    ("Helix a ouvert un bureau en Libye en 2010. Ses sondes Vigil y ont été retrouvées après la chute du "
     "régime.", "fr", ("Vigil", "Libye")),
]


# goods on show at a trade show: the show's state (the gazetteer gives Milipol's), none elsewhere
SHOWN = [
    ("La France accueille le salon. Au salon Milipol, des entreprises chinoises exposaient des matraques à "
     "pointes.", "fr", {("matraques à pointes", "France")}),
    ("France hosts the fair. At Milipol, Chinese firms displayed spiked batons.", "en",
     {("spiked batons", "France")}),
    ("La France exporte. Nervala SA exposait des matraques à pointes dans son usine.", "fr", set()),
    ("La France accueille le salon. Au salon Milipol, Nervala SA expose ses lanceurs à côté des fabricants de "
     "drones.", "fr", set()),
    ("France hosts many fairs. Chinese firms displayed spiked batons on their website.", "en", set()),
]


@pytest.mark.parametrize("text,lang,expected", SHOWN, ids=[t[:40] for t, _, _ in SHOWN])
def test_goods_on_show_are_in_the_shows_state(pipes, text: str, lang: str,  # type: ignore[no-untyped-def]
                                              expected: set[tuple[str, str]]) -> None:
    from enquete.extract.mentions import extract
    from enquete.model import Document, sha256
    x = extract(Document(sha256(text), "t.txt", text, language=lang), pipes)
    by = {m.id: m for m in x.mentions}
    assert {(by[r.subject].text, by[r.object].text) for r in x.relations if r.predicate == "found_in"} == expected
    assert not [r for r in x.relations if r.predicate == "developed"]  # "Nervala SA exposait": no possessive


@pytest.mark.parametrize("text,lang,expected", PIPELINE, ids=[t[:40] for t, _, _ in PIPELINE])
def test_found_in_pipeline(pipes, text: str, lang: str,  # type: ignore[no-untyped-def]
                           expected: tuple[str, str]) -> None:
    from enquete.extract.mentions import extract
    from enquete.model import Document, sha256
    x = extract(Document(sha256(text), "t.txt", text, language=lang), pipes)
    by = {m.id: m for m in x.mentions}
    got = {(by[r.subject].text, by[r.object].text) for r in x.relations if r.predicate == "found_in"}
    assert expected in got, got
