"""A checklist of general constructions for the trade relations (DESIGN §2), French and English:
`supplied` (active, passive, delivery, export, installation, contracts, the buyer as subject with and
without the seller, a state named by its adjective), `developed`, `found_in` (a product seen in a state),
`investigated`, `complaint_against`, `funded`, `subsidiary_of` and `restricts_exports_to` (embargoes,
suspended exports, entity listings).

Sentences written for this test, the way news articles on the surveillance trade phrase things, with
invented companies and products. Each case gives the triples it must yield and near misses that must NOT
fire. The first part places the mentions by hand (only the fact rules are tested); the second runs the
real pipeline (mentions, typing, dates, facts). Run this file as a script to print the pass rate per
construction family:

    python -m tests.facts.test_supply_checklist
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

NAMES = {
    # companies (sellers, makers, investors, the listed)
    "Veltrix Systems": "Company", "Arvane": "Company", "Kordel Analytics": "Company",
    "Stenmark Group": "Company", "Halden Capital": "Company", "Nubis Telecom": "Company", "Apple": "Company",
    # products
    "Kestrel": "Product", "Orphée": "Product", "Nightjar": "Product",
    # public bodies
    "Interior Ministry": "PublicBody", "Uganda Police Force": "PublicBody",
    "Information Network Security Agency": "PublicBody", "Ministry of Defence": "PublicBody",
    "ministère de l'Intérieur": "PublicBody", "Commerce Department": "PublicBody",
    "département du Commerce": "PublicBody", "Bureau of Industry and Security": "PublicBody",
    "Paris prosecutor's office": "PublicBody", "parquet de Paris": "PublicBody",
    "parquet national financier": "PublicBody", "Department of Justice": "PublicBody",
    "European Union": "PublicBody", "Union européenne": "PublicBody",
    "Attorney General's Office": "PublicBody",
    "Munich public prosecutor's office": "PublicBody", "parquet de Milan": "PublicBody",
    # organisations
    "Privacy International": "Organization", "Amnesty International": "Organization",
    "Access Now": "Organization", "Ligue des droits de l'homme": "Organization", "FIDH": "Organization",
    "Citizen Lab": "Organization",
    # people
    "Rachid Benali": "Person", "Anna Kowalczyk": "Person",
    # states
    "Kenya": "Country", "Sénégal": "Country", "Nigeria": "Country", "Turkmenistan": "Country",
    "Ouzbékistan": "Country", "Qatar": "Country", "Ghana": "Country", "Maroc": "Country",
    "Morocco": "Country",
    "Égypte": "Country", "Egypt": "Country", "Tunisie": "Country", "Mexico": "Country", "Mexique": "Country",
    "Rwanda": "Country", "Bahrain": "Country", "Bahreïn": "Country", "Togo": "Country", "Spain": "Country",
    "Hongrie": "Country", "Belarus": "Country", "Biélorussie": "Country", "Syrie": "Country",
    "France": "Country", "Ethiopia": "Country", "Uganda": "Country", "Éthiopie": "Country",
    "Kazakhstan": "Country", "Saudi Arabia": "Country", "Algérie": "Country",
    "United States": "Country",
}
CODES = {
    "Kenya": "ke", "Sénégal": "sn", "Nigeria": "ng", "Turkmenistan": "tm", "Ouzbékistan": "uz", "Qatar": "qa",
    "Ghana": "gh", "Maroc": "ma", "Morocco": "ma", "Égypte": "eg", "Egypt": "eg", "Tunisie": "tn",
    "Mexico": "mx", "Mexique": "mx", "Rwanda": "rw", "Bahrain": "bh", "Bahreïn": "bh", "Togo": "tg",
    "Spain": "es", "Hongrie": "hu", "Belarus": "by", "Biélorussie": "by", "Syrie": "sy", "France": "fr",
    "Ethiopia": "et", "Éthiopie": "et", "Uganda": "ug", "Kazakhstan": "kz", "Saudi Arabia": "sa",
    "Algérie": "dz", "United States": "us",
}

V, A, K = "Veltrix Systems", "Arvane", "Kordel Analytics"
S, DEV, FOUND = "supplied", "developed", "found_in"
INV, COMP, FUND = "investigated", "complaint_against", "funded"
SUB, RESTR = "subsidiary_of", "restricts_exports_to"


@dataclass
class Case:
    family: str
    lang: str
    text: str
    expect: set[tuple[str, str, str]]
    forbid: set[tuple[str, str, str]] = field(default_factory=set)
    gap: str = ""  # why the case fails today (a strict xfail: it passes once that is fixed)

    @property
    def id(self) -> str:
        return f"{self.family}:{self.lang}:{self.text[:48]}"


CASES = [
    # --- a sale, active voice
    Case("sale-active", "en", "Veltrix Systems sold the Kestrel platform to the Interior Ministry in 2017.",
         {(V, S, "Interior Ministry")}, {("Interior Ministry", S, V)}),
    Case("sale-active", "fr", "En 2012, Arvane a vendu le logiciel Orphée au Sénégal.",
         {(A, S, "Sénégal")}, {("Sénégal", S, A)}),
    Case("sale-active", "en", "Veltrix Systems tried to sell Kestrel to Kenya in 2017.",
         set(), {(V, S, "Kenya")}),
    Case("sale-active", "fr", "Arvane dément avoir vendu Orphée au Sénégal.", set(), {(A, S, "Sénégal")}),
    # --- a sale, passive voice
    Case("sale-passive", "en",
         "The Kestrel system was sold to the Uganda Police Force by Veltrix Systems in 2018.",
         {(V, S, "Uganda Police Force")}, {("Uganda Police Force", S, V)}),
    Case("sale-passive", "fr", "Le système Orphée a été livré à la Tunisie par Arvane en 2015.",
         {(A, S, "Tunisie")}, {("Tunisie", S, A)}),
    Case("sale-passive", "en", "Kestrel was offered to Kenya by Veltrix Systems, which lost the tender.",
         set(), {(V, S, "Kenya")}),
    Case("sale-active", "en", "Kenya is among Veltrix Systems's clients.", {(V, S, "Kenya")}),
    Case("sale-active", "en", "Veltrix Systems began supplying Kestrel to Ghana in 2015.", {(V, S, "Ghana")}),
    Case("sale-active", "fr", "C'est Arvane qui a fourni les caméras à la Tunisie.", {(A, S, "Tunisie")}),
    Case("sale-active", "en", "Kenya has spent heavily. Veltrix Systems counts the Kenyan police among its "
         "clients.", {(V, S, "Kenya")}),
    Case("sale-active", "fr", "Le Maroc a beaucoup dépensé. Arvane compte la police marocaine parmi ses "
         "clients.", {(A, S, "Maroc")}),
    Case("sale-passive", "fr", "Les sondes d'Arvane ont été livrées en Égypte en 2014.", {(A, S, "Égypte")}),
    Case("sale-passive", "en",
         "Veltrix Systems makes Kestrel. Kenya has spent heavily. Kestrel is used by the Kenyan police.",
         {(V, S, "Kenya")}),
    # --- delivery, export, shipping, installation
    Case("delivery", "en", "Veltrix Systems delivered Kestrel to Nigeria in 2016.", {(V, S, "Nigeria")}),
    Case("delivery", "en", "Veltrix Systems exported interception equipment to Turkmenistan in 2019.",
         {(V, S, "Turkmenistan")}),
    Case("delivery", "fr", "Arvane a exporté des sondes d'interception vers l'Ouzbékistan en 2013.",
         {(A, S, "Ouzbékistan")}),
    Case("delivery", "en", "Veltrix Systems is based in Oslo. In 2019 the firm shipped the kit to Kenya.",
         {(V, S, "Kenya")}),
    Case("delivery", "en", "Engineers from Veltrix Systems installed Kestrel for Ethiopia's Information "
         "Network Security Agency in 2015.", {(V, S, "Information Network Security Agency")}),
    Case("delivery", "fr", "Arvane a installé son système Orphée au Qatar en 2014.", {(A, S, "Qatar")}),
    Case("delivery", "en", "Veltrix Systems exhibited Kestrel to delegations from Kenya in 2019.",
         set(), {(V, S, "Kenya")}),
    # --- contracts to supply
    Case("contract", "en", "Veltrix Systems signed a contract with the Ministry of Defence of Ghana in 2014.",
         {(V, S, "Ministry of Defence")}),
    Case("contract", "en", "Veltrix Systems won a contract to supply the Uganda Police Force with cameras.",
         {(V, S, "Uganda Police Force")}),
    Case("contract", "fr",
         "Arvane a décroché un contrat pour fournir des caméras au ministère de l'Intérieur.",
         {(A, S, "ministère de l'Intérieur")}),
    Case("contract", "en", "Veltrix Systems lost a contract with the Ministry of Defence to a rival.",
         set(), {(V, S, "Ministry of Defence")}),
    Case("contract", "en", "Veltrix Systems won a tender from the Interior Ministry to supply cameras.",
         {(V, S, "Interior Ministry")}),
    # --- the buyer as subject, the seller named
    Case("buyer-from", "en", "Nigeria's army bought Kestrel from Veltrix Systems in 2017.",
         {(V, S, "Nigeria")},
         {("Nigeria", S, V)}),
    Case("buyer-from", "fr", "L'Égypte a acheté Orphée à Arvane en 2014.",
         {(A, S, "Égypte")}, {("Égypte", S, A)}),
    Case("buyer-from", "fr", "La Tunisie a acquis le logiciel Orphée auprès d'Arvane.", {(A, S, "Tunisie")}),
    Case("buyer-from", "en", "The Attorney General's Office purchased Kestrel from Veltrix Systems.",
         {(V, S, "Attorney General's Office")}),
    Case("buyer-from", "fr",
         "Le ministère de l'Intérieur a passé commande de caméras Nightjar auprès d'Arvane.",
         {(A, S, "ministère de l'Intérieur")}),
    Case("buyer-from", "en", "Kenya took delivery of Kestrel systems from Veltrix Systems in 2018.",
         {(V, S, "Kenya")}),
    Case("buyer-from", "en", "Kenya placed an order for Kestrel systems, but Veltrix Systems cancelled it.",
         set(), {(V, S, "Kenya")}),
    # --- the buyer as subject, the seller the maker named before
    Case("buyer-maker", "en", "Veltrix Systems makes Kestrel. Mexico bought Kestrel from 2011.",
         {(V, S, "Mexico")}),
    Case("buyer-maker", "fr", "Arvane a développé Orphée. Le Maroc a acheté Orphée en 2015.",
         {(A, S, "Maroc")}),
    Case("buyer-maker", "en", "Kestrel, developed by Veltrix Systems, was purchased by Rwanda in 2016.",
         {(V, S, "Rwanda")}),
    Case("buyer-maker", "en", "Veltrix Systems makes Kestrel. Kenya bought Kestrel from a local reseller.",
         set(), {(V, S, "Kenya")}),
    Case("buyer-maker", "fr", "Arvane a développé Orphée. Le Maroc a testé Orphée en 2015.",
         set(), {(A, S, "Maroc")}),
    # --- a state's body named by its adjective
    Case("state-adjective", "fr",
         "L'Égypte a durci sa surveillance. Les services égyptiens ont acheté Orphée "
         "à Arvane en 2014.", {(A, S, "Égypte")}),
    Case("state-adjective", "en", "Mexico has spent heavily on spyware. Mexican federal agencies bought "
         "Kestrel from Veltrix Systems in 2012.", {(V, S, "Mexico")}),
    Case("state-adjective", "en", "Veltrix Systems makes Kestrel. Mexico has spent heavily on spyware. "
         "Mexican federal agencies bought Kestrel from 2011.", {(V, S, "Mexico")}),
    Case("state-adjective", "en",
         "Veltrix Systems makes Kestrel. Mexico has spent heavily on spyware. Mexican federal agencies, "
         "among them the Ministry of Defence and the Attorney General's Office, bought Kestrel from 2011.",
         {(V, S, "Mexico"), (V, S, "Ministry of Defence"), (V, S, "Attorney General's Office")}),
    Case("state-adjective", "en", "Veltrix Systems supplied the Bahraini interior ministry with Kestrel. "
         "Bahrain denied it.", {(V, S, "Bahrain")}),
    Case("state-adjective", "en", "Kestrel, made by Veltrix Systems, was deployed by the Ugandan police "
         "during the 2021 election in Uganda.", {(V, S, "Uganda")}),
    Case("state-adjective", "en", "Mexico has a large market. Mexican companies bought Kestrel from "
         "Veltrix Systems.", set(), {(V, S, "Mexico")}),
    Case("state-adjective", "en",
         "Kestrel, developed by Veltrix Systems, was purchased by Kenya from Arvane.",
         {(A, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("state-adjective", "fr",
         "Le Maroc a renforcé sa surveillance. Arvane a équipé la police marocaine de "
         "caméras Nightjar en 2016.", {(A, S, "Maroc")}),
    Case("state-adjective", "en",
         "Kenya has bought widely. Veltrix Systems equipped the Kenyan police with Kestrel.",
         {(V, S, "Kenya")}),
    Case("state-adjective", "fr", "Au Maroc, Arvane a livré Orphée à la police marocaine en 2016.",
         {(A, S, "Maroc")}),
    # --- developed
    Case("developed", "en", "Kestrel, made by Veltrix Systems, was found in Togo.", {(V, DEV, "Kestrel")}),
    Case("developed", "fr", "Orphée, le logiciel conçu par Arvane, a été vendu au Sénégal.",
         {(A, DEV, "Orphée"), (A, S, "Sénégal")}),
    Case("developed", "en", "Kordel Analytics developed Nightjar in 2015.", {(K, DEV, "Nightjar")}),
    # --- a product seen in a state
    Case("found-in", "en", "Kestrel was found on the phones of activists in Togo in 2020.",
         {("Kestrel", FOUND, "Togo")}),
    Case("found-in", "en", "Researchers identified infections by Kestrel in Mexico and Spain.",
         {("Kestrel", FOUND, "Mexico"), ("Kestrel", FOUND, "Spain")}),
    Case("found-in", "fr", "Le logiciel Orphée a été détecté au Maroc en 2021.",
         {("Orphée", FOUND, "Maroc")}),
    Case("found-in", "fr", "Des chercheurs ont identifié des traces d'Orphée en Hongrie.",
         {("Orphée", FOUND, "Hongrie")}),
    Case("found-in", "en", "Amnesty International detected Kestrel on a journalist's phone in Morocco.",
         {("Kestrel", FOUND, "Morocco")}),
    Case("found-in", "fr",
         "Selon Amnesty International, des drones Kestrel fabriqués par Veltrix Systems, ainsi "
         "que des caméras Nightjar, ont été filmés au Maroc.",
         {("Kestrel", FOUND, "Maroc"), ("Nightjar", FOUND, "Maroc")}),
    Case("found-in", "en", "Kestrel was sold by Veltrix Systems and Nightjar was found in Togo.",
         {("Nightjar", FOUND, "Togo")}, {("Kestrel", FOUND, "Togo")}),
    Case("found-in", "fr",
         "En Égypte, des chercheurs ont identifié des infections par Orphée sur le téléphone "
         "d'un opposant.", {("Orphée", FOUND, "Égypte")}),
    Case("found-in", "en", "In Mexico, researchers found Kestrel on the phones of journalists.",
         {("Kestrel", FOUND, "Mexico")}),
    Case("found-in", "en", "In Mexico, Citizen Lab said Kestrel was found in Spain.",
         {("Kestrel", FOUND, "Spain")}, {("Kestrel", FOUND, "Mexico")}),
    Case("found-in", "fr",
         "Au Maroc, des chercheurs ont identifié dès mars 2021 des infections par Orphée sur "
         "le téléphone d'un avocat.", {("Orphée", FOUND, "Maroc")}),
    Case("found-in", "en", "Researchers identified a server in Togo and said Veltrix Systems sells Kestrel.",
         set(), {("Kestrel", FOUND, "Togo")}),
    Case("found-in", "en",
         "Citizen Lab identified Kestrel operators in 45 countries, including Togo and Mexico.",
         {("Kestrel", FOUND, "Togo"), ("Kestrel", FOUND, "Mexico")}),
    Case("found-in", "en", "Citizen Lab found no trace of Kestrel in Togo.",
         set(), {("Kestrel", FOUND, "Togo")}),
    # --- investigations
    Case("investigated", "en",
         "The Paris prosecutor's office opened an inquiry into Veltrix Systems in 2017.",
         {("Paris prosecutor's office", INV, V)}),
    Case("investigated", "fr", "Le parquet de Paris a ouvert une enquête sur Arvane en 2017.",
         {("parquet de Paris", INV, A)}),
    Case("investigated", "fr", "Arvane fait l'objet d'une enquête du parquet national financier depuis 2020.",
         {("parquet national financier", INV, A)}),
    Case("investigated", "en", "Veltrix Systems is under investigation by the Department of Justice.",
         {("Department of Justice", INV, V)}),
    Case("investigated", "en", "The Munich public prosecutor's office is investigating Kordel Analytics.",
         {("Munich public prosecutor's office", INV, K)}),
    Case("investigated", "fr", "Le parquet de Milan a mis Rachid Benali en examen en 2016.",
         {("parquet de Milan", INV, "Rachid Benali")}),
    Case("investigated", "fr", "Le parquet de Paris n'a ouvert aucune enquête sur Arvane.",
         set(), {("parquet de Paris", INV, A)}),
    # --- complaints
    Case("complaint", "en", "Privacy International filed a complaint against Veltrix Systems in 2014.",
         {("Privacy International", COMP, V)}),
    Case("complaint", "fr", "La Ligue des droits de l'homme a porté plainte contre Arvane en 2011.",
         {("Ligue des droits de l'homme", COMP, A)}),
    Case("complaint", "en",
         "Access Now and Amnesty International lodged a complaint against Kordel Analytics.",
         {("Access Now", COMP, K), ("Amnesty International", COMP, K)}),
    Case("complaint", "fr", "Une plainte a été déposée par la FIDH contre Arvane.", {("FIDH", COMP, A)}),
    Case("complaint", "en", "Apple sued Veltrix Systems in 2021.", {("Apple", COMP, V)}),
    Case("complaint", "en", "Privacy International is considering a complaint against Veltrix Systems.",
         set(), {("Privacy International", COMP, V)}),
    # --- funding
    Case("funded", "en", "Halden Capital invested 20 million dollars in Kordel Analytics in 2016.",
         {("Halden Capital", FUND, K)}),
    Case("funded", "en", "Halden Capital took a stake in Kordel Analytics in 2016.",
         {("Halden Capital", FUND, K)}),
    Case("funded", "fr", "Le fonds Halden Capital a pris une participation dans Arvane en 2015.",
         {("Halden Capital", FUND, A)}),
    Case("funded", "en", "Kordel Analytics makes Nightjar. In 2014, the private equity firm Halden Capital "
         "bought a controlling stake in the company.", {("Halden Capital", FUND, K)}),
    Case("funded", "en",
         "Kordel Analytics makes Nightjar. In 2014, Halden Capital bought a controlling stake.",
         {("Halden Capital", FUND, K)}),
    Case("funded", "fr", "Arvane a levé 10 millions d'euros auprès de Halden Capital en 2016.",
         {("Halden Capital", FUND, A)}),
    Case("funded", "en", "Kordel Analytics raised 20 million dollars from Halden Capital in 2016.",
         {("Halden Capital", FUND, K)}),
    Case("funded", "en", "Kordel Analytics makes Nightjar. Halden Capital invested heavily in 2014.",
         {("Halden Capital", FUND, K)}),
    Case("funded", "en", "Kordel Analytics makes Nightjar. The United States backed the resolution in 2014.",
         set(), {("United States", FUND, K)}),
    Case("funded", "en", "Halden Capital considered investing in Kordel Analytics.",
         set(), {("Halden Capital", FUND, K)}),
    # --- ownership
    Case("subsidiary", "en", "Kordel Analytics, a subsidiary of Stenmark Group, sold Nightjar to Kenya.",
         {(K, SUB, "Stenmark Group"), (K, S, "Kenya")}, {("Stenmark Group", SUB, K)}),
    Case("subsidiary", "fr", "Arvane, filiale de Stenmark Group, a livré Orphée au Sénégal.",
         {(A, SUB, "Stenmark Group")}),
    Case("subsidiary", "en", "Stenmark Group owns Kordel Analytics.", {(K, SUB, "Stenmark Group")}),
    Case("subsidiary", "fr", "Arvane appartient au groupe Stenmark Group depuis 2012.",
         {(A, SUB, "Stenmark Group")}),
    Case("subsidiary", "en", "Kordel Analytics is wholly owned by Stenmark Group.",
         {(K, SUB, "Stenmark Group")}),
    # --- embargoes, suspended exports, listings
    Case("restricts", "en", "The European Union imposed an arms embargo on Belarus in 2011.",
         {("European Union", RESTR, "Belarus")}),
    Case("restricts", "fr", "L'Union européenne a imposé un embargo sur les armes à la Syrie en 2011.",
         {("Union européenne", RESTR, "Syrie")}),
    Case("restricts", "en", "France suspended exports of riot-control equipment to Bahrain in 2011.",
         {("France", RESTR, "Bahrain")}),
    Case("restricts", "fr", "La France a suspendu ses exportations de grenades vers Bahreïn en 2011.",
         {("France", RESTR, "Bahreïn")}),
    Case("restricts", "en", "The Commerce Department added Veltrix Systems to its Entity List in 2021.",
         {("Commerce Department", RESTR, V)}),
    Case("restricts", "en", "In 2021 the Commerce Department placed Kordel Analytics on the Entity List.",
         {("Commerce Department", RESTR, K)}),
    Case("restricts", "fr", "Le département du Commerce a inscrit Arvane sur sa liste noire en 2021.",
         {("département du Commerce", RESTR, A)}),
    Case("restricts", "en",
         "The Commerce Department put Veltrix Systems on its Entity List in 2021, alongside another "
         "Norwegian company, Kordel Analytics.",
         {("Commerce Department", RESTR, V), ("Commerce Department", RESTR, K)}),
    Case("restricts", "en",
         "The Commerce Department placed Arvane on its Entity List in 2019, together with six other firms, "
         "among them Kordel Analytics and Stenmark Group.",
         {("Commerce Department", RESTR, A), ("Commerce Department", RESTR, K),
          ("Commerce Department", RESTR, "Stenmark Group")}),
    Case("restricts", "en",
         "The Commerce Department put Veltrix Systems on its Entity List, a move welcomed by Privacy "
         "International.",
         {("Commerce Department", RESTR, V)},
         {("Commerce Department", RESTR, "Privacy International")}),
    Case("restricts", "en",
         "Veltrix Systems and Kordel Analytics sold cameras to Kenya. In 2021 the Commerce Department "
         "placed both companies on its Entity List.",
         {("Commerce Department", RESTR, V), ("Commerce Department", RESTR, K)}),
    Case("restricts", "en",
         "Veltrix Systems sold cameras to Kenya. In 2021 the Commerce Department placed both companies on "
         "its Entity List.", set(), {("Commerce Department", RESTR, V)}),
    Case("restricts", "en", "Activists urged the Commerce Department to add Veltrix Systems to the Entity "
         "List.", set(), {("Commerce Department", RESTR, V)}),
    Case("restricts", "en", "The Commerce Department removed Veltrix Systems from the Entity List in 2022.",
         set(), {("Commerce Department", RESTR, V)}),
    Case("restricts", "en", "The Commerce Department did not add Kordel Analytics to the Entity List.",
         set(), {("Commerce Department", RESTR, K)}),
    Case("restricts", "fr", "Arvane a été inscrite sur la liste noire du département du Commerce en 2021.",
         {("département du Commerce", RESTR, A)}),
    Case("restricts", "en", "Activists urged the European Union to ban exports to Belarus.",
         set(), {("European Union", RESTR, "Belarus")}),
    Case("restricts", "en", "Veltrix Systems halted sales to Kenya in 2020.",
         set(), {(V, RESTR, "Kenya")}),
    # --- one argument outside the sentence: the company in view, the maker of the product named before
    Case("implicit", "en", "Veltrix Systems makes Kestrel. In 2019, the company shipped the system to Kenya.",
         {(V, S, "Kenya")}),
    Case("implicit", "en", "Veltrix Systems is based in Oslo. It sold Kestrel to Nigeria in 2015.",
         {(V, S, "Nigeria")}),
    Case("implicit", "fr", "Arvane a conçu Orphée. Le logiciel a été vendu au Sénégal en 2013.",
         {(A, S, "Sénégal")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. Kestrel was delivered to Ghana in 2016.",
         {(V, S, "Ghana")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. The Kenyan police used Kestrel in 2017. "
         "Kenya denied it.", {(V, S, "Kenya")}),
    Case("implicit", "en", "Veltrix Systems sold Kestrel to Egypt. In 2017 the Paris prosecutor's office "
         "opened an inquiry into the company.", {("Paris prosecutor's office", INV, V)}),
    Case("implicit", "fr", "Arvane a vendu Orphée à l'Égypte. En 2011, la FIDH a porté plainte contre la "
         "société.", {("FIDH", COMP, A)}),
    Case("implicit", "en", "Veltrix Systems sold Kestrel to Egypt. Privacy International filed a complaint "
         "against the firm in 2014.", {("Privacy International", COMP, V)}),
    Case("implicit", "fr",
         "Arvane fait l'objet d'une information judiciaire ouverte par le parquet de Paris.",
         {("parquet de Paris", INV, A)}),
    Case("implicit", "fr",
         "Arvane a vendu Orphée à l'Égypte. En 2017, le parquet de Paris a ouvert une enquête "
         "sur la société.", {("parquet de Paris", INV, A)}),
    Case("implicit", "en", "Veltrix Systems is based in Oslo. In 2015 the Norwegian company sold Kestrel to "
         "Ghana.", {(V, S, "Ghana")}),
    Case("implicit", "fr",
         "Arvane est basée à Lyon. En 2013, la société lyonnaise a livré Orphée au Sénégal.",
         {(A, S, "Sénégal")}),
    Case("implicit", "en", "Veltrix Systems sold Kestrel to Ghana. A rival company sold Nightjar to Kenya.",
         {(V, S, "Ghana")}, {(V, S, "Kenya")}),
    Case("implicit", "en",
         "Veltrix Systems is based in Oslo. Its contract with the Interior Ministry was renewed "
         "in 2016.", {(V, S, "Interior Ministry")}),
    Case("implicit", "en", "Traces of Kestrel were found in Bahrain in 2012.",
         {("Kestrel", FOUND, "Bahrain")}),
    Case("implicit", "en", "Kestrel infections were identified in Mexico in 2017.",
         {("Kestrel", FOUND, "Mexico")}),
    Case("implicit", "fr", "Des infections par Orphée ont été identifiées en Algérie.",
         {("Orphée", FOUND, "Algérie")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. Kazakhstan acquired the software in 2014.",
         {(V, S, "Kazakhstan")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. Stenmark Group acquired it in 2014.",
         set(), {(V, S, "Stenmark Group")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. Kenya acquired the software from Arvane in 2014.",
         {(A, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("implicit", "en", "Veltrix Systems makes Kestrel. Kenya rejected the software in 2014.",
         set(), {(V, S, "Kenya")}),
    Case("implicit", "en", "Kordel Analytics makes Nightjar. Halden Capital is considering a stake.",
         set(), {("Halden Capital", FUND, K)}),
    Case("implicit", "en", "Privacy International called for an inquiry into Veltrix Systems.",
         set(), {("Privacy International", INV, V)}),
    Case("implicit", "en", "A complaint was filed by Privacy International against Veltrix Systems in 2015.",
         {("Privacy International", COMP, V)}),
    Case("implicit", "en", "Kordel Analytics makes Nightjar. Its clients include the Kenyan police. "
         "Kenya declined to comment.", {(K, S, "Kenya")}),
    Case("implicit", "en", "The United States blacklisted Kordel Analytics in 2021.",
         {("United States", RESTR, K)}),
    Case("implicit", "en", "Kordel Analytics makes Nightjar. The company was added to the Entity List by the "
         "Commerce Department in 2021.", {("Commerce Department", RESTR, K)}),
]


def facts(case: Case, extra: dict[str, str] | None = None) -> Facts:
    """The case read by the rules, its names (and `extra` ones) placed by hand."""
    names = {k: v for k, v in {**NAMES, **(extra or {})}.items() if k in case.text}
    return Facts(case.text, case.lang, names, {}, countries=CODES)


def check_rules(f: Facts, case: Case) -> None:
    """Evidence intact, every expected triple found and no forbidden one."""
    check_integrity(f)
    missed, wrong = outcome(f.triples(), case)
    assert not missed and not wrong, f"missed {missed}, wrong {wrong}, found {sorted(f.triples())}"


def outcome(found: set[tuple[str, str, str]], case: Case, loose: bool = False) -> tuple[set, set]:
    """The expected triples missed and the forbidden ones found (`loose`: a wanted name matches a found
    name that contains it, for the names the pipeline finds itself)."""
    hit = (lambda t: _matches(t, found)) if loose else (lambda t: t in found)
    return {t for t in case.expect if not hit(t)}, {t for t in case.forbid if hit(t)}


def params(cases: list[Case], prefix: str = "") -> list:
    """The cases as pytest parameters, those with a known gap marked as failing for its reason."""
    return [pytest.param(c, id=prefix + c.id, marks=[pytest.mark.xfail(strict=True, reason=c.gap)]
                         if c.gap else []) for c in cases]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case) -> None:
    check_rules(facts(case), case)


# --- the same constructions through the real pipeline (mentions found and typed by the pipeline); a wanted
# name matches a surface name that contains it ("la société Arvane" for "Arvane")

ARTICLES = [
    Case("sale-active", "en", "Veltrix Systems, a Norwegian surveillance company, sold its Kestrel "
         "interception platform to Egypt's Interior Ministry in 2017, according to documents seen by "
         "reporters.", {(V, S, "Interior Ministry")}),
    Case("sale-passive", "fr", "Le système d'interception Orphée a été livré à la Tunisie par la société "
         "française Arvane en 2015, selon des documents internes.", {(A, S, "Tunisie")}),
    Case("buyer-from", "en", "Nigeria's army bought the Kestrel system from Veltrix Systems in 2017 for "
         "twelve million dollars.", {(V, S, "Nigeria")}),
    Case("buyer-maker", "en", "Veltrix Systems develops the Kestrel spyware. Mexico has spent heavily on "
         "surveillance. Mexican federal agencies bought Kestrel from 2011.", {(V, S, "Mexico")}),
    Case("state-adjective", "fr", "L'Égypte a durci sa surveillance après 2013. Les services égyptiens ont "
         "acheté le logiciel Orphée à la société Arvane en 2014.", {(A, S, "Égypte")}),
    Case("found-in", "en", "Researchers at Citizen Lab found the Kestrel spyware on the phones of "
         "journalists in Togo in 2020.", {("Kestrel", FOUND, "Togo")}),
    Case("investigated", "fr", "Le parquet de Paris a ouvert une enquête préliminaire sur la société "
         "Arvane en 2017.", {("parquet de Paris", INV, A)}),
    Case("complaint", "en", "Privacy International filed a complaint against Veltrix Systems with the "
         "OECD in 2014.", {("Privacy International", COMP, V)}),
    Case("funded", "en", "The private equity firm Halden Capital took a stake in Kordel Analytics in "
         "2016.", {("Halden Capital", FUND, K)}),
    Case("restricts", "en", "The US Commerce Department added Veltrix Systems to its Entity List in "
         "November 2021.", {("Commerce Department", RESTR, V)}),
    Case("restricts", "en", "The European Union imposed an arms embargo on Belarus in 2011.",
         {("European Union", RESTR, "Belarus")}),
    Case("implicit", "en",
         "Veltrix Systems, based in Oslo, makes the Kestrel interception system. In 2019 the "
         "Norwegian company shipped Kestrel to Ghana.", {(V, S, "Ghana")}),
    Case("found-in", "fr",
         "En Égypte, des chercheurs du Citizen Lab ont identifié dès mars 2021 des infections "
         "par le logiciel Orphée sur le téléphone d'un avocat.", {("Orphée", FOUND, "Égypte")}),
    Case("contract", "en",
         "Veltrix Systems signed a contract with Kenya's Interior Ministry in 2014 to supply "
         "surveillance cameras.", {(V, S, "Interior Ministry")}),
    Case("subsidiary", "fr",
         "Arvane, filiale du groupe Stenmark, a livré des caméras à la police sénégalaise en "
         "2016. Le Sénégal n'a pas commenté.", {(A, SUB, "Stenmark"), (A, S, "Sénégal")}),
    Case("funded", "en", "Kordel Analytics builds facial recognition software. In 2014, the investment fund "
         "Halden Capital bought a controlling stake.", {("Halden Capital", FUND, K)}),
    Case("complaint", "fr", "La Ligue des droits de l'homme a porté plainte contre la société Arvane "
         "en 2011 pour complicité de torture.", {("Ligue des droits de l'homme", COMP, A)}),
]
_PIPES: list = []


def pipeline_triples(article: Case) -> set[tuple[str, str, str]]:
    """The triples the real pipeline reads in `article`, by the surface names of their mentions."""
    from enquete import model
    from enquete.extract import extract, load_pipelines
    if not _PIPES:
        _PIPES.append(load_pipelines())
    doc = model.Document(id=model.sha256(article.text), source="c.txt", text=article.text,
                         language=article.lang)
    x = extract(doc, _PIPES[0])
    by_id = {m.id: m.text for m in x.mentions}
    return {(by_id[r.subject], r.predicate, by_id[r.object]) for r in x.relations}


def _matches(want: tuple[str, str, str], found: set[tuple[str, str, str]]) -> bool:
    """A triple found whose names contain the wanted ones ("the US Commerce Department" for
    "Commerce Department", "la société Arvane" for "Arvane")."""
    return any(p == want[1] and want[0].lower() in s.lower() and want[2].lower() in o.lower()
               for s, p, o in found)


@pytest.mark.parametrize("article", params(ARTICLES, "e2e-"))
def test_construction_end_to_end(article: Case) -> None:
    found = pipeline_triples(article)
    missed, wrong = outcome(found, article, loose=True)
    assert not missed and not wrong, f"missed {missed}, wrong {wrong}, found {sorted(found)}"


def report(pipeline: bool = True, cases: list[Case] | None = None, articles: list[Case] | None = None,
           read=None) -> None:  # type: ignore[no-untyped-def]
    """Pass counts per family, for both parts (the figures of the report); another battery passes its
    cases, articles and the way it reads a case by the rules."""
    cases, articles = cases if cases is not None else CASES, articles if articles is not None else ARTICLES
    read = read or (lambda c: facts(c).triples())
    fams: dict[str, list[int]] = {}
    runs = [(c, 0, read, "") for c in cases]
    runs += [(a, 2, pipeline_triples, "e2e-") for a in (articles if pipeline else [])]
    for case, col, read, prefix in runs:
        found = read(case)
        missed, wrong = outcome(found, case, loose=bool(prefix))
        row = fams.setdefault(case.family, [0, 0, 0, 0])
        row[col] += not missed and not wrong
        row[col + 1] += 1
        if missed or wrong:
            print(f"FAIL {prefix}{case.id}: missed {sorted(missed)} wrong {sorted(wrong)}")
    for fam, (ok, n, eok, en) in fams.items():
        print(f"{fam:16} rules {ok}/{n}   pipeline {eok}/{en}")
    print(f"{'total':16} rules {sum(r[0] for r in fams.values())}/{len(cases)}   "
          f"pipeline {sum(r[2] for r in fams.values())}/{len(articles) if pipeline else 0}")


if __name__ == "__main__":
    import sys
    report(pipeline="--rules" not in sys.argv)
