"""A battery for `supplied` (DESIGN §2) where the seller is not named in the sentence of the sale: it is
the company the short article is about, written as "it", "the company", "the Israeli firm", "its
software", or left out by a passive ("the system was sold to the Kenyan police"); and where the buyer is a
public body named as such (the body, not its state), a body named by its state's adjective (the state), or
one of a list. Near misses must give nothing: a denial, a plan, talks, an offer, an attempt, the sale of
the company itself, a sale by another company named in between, goods found somewhere.

Short articles written for this test with invented companies; the names are placed by hand (only the fact
rules are tested). Run as a script for the pass counts:

    python -m tests.facts.test_supply8
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.role_cases import present
from tests.facts.test_supply_checklist import CODES, NAMES, Case, check_rules, facts, params, report

pytestmark = pytest.mark.integration

V, A, K, N = "Veltrix Systems", "Arvane", "Kordel Analytics", "Nubis Telecom"
S = "supplied"
EXTRA = {"Russie": "Country", "Libye": "Country", "Israel": "Country", "Norvège": "Country", "Bahrain National Security Agency":
         "PublicBody", "Uganda": "Country", "Direction générale de la sûreté nationale": "PublicBody",
         "Halden Capital": "Company"}
#: the gold of the development sets reads these; tests/extract/test_supply_precision and test_supply_from_maker
#: decided otherwise ("The equipment was sold to Egypt": no seller unless a product is named)
NO_OWNER = "design: a passive sale with goods of no owner and no product named takes no seller"
EXTRA_CODES = {"Russie": "ru", "Libye": "ly", "Israel": "il", "Norvège": "no"}


def case_facts(case: Case):  # type: ignore[no-untyped-def]
    """The case read by the rules, with this battery's names."""
    return Facts(case.text, case.lang, present(case.text, {**NAMES, **EXTRA}), {},
                 countries={**CODES, **EXTRA_CODES})


CASES = [
    # --- the seller is the company the article is about, the sale passive and without agent
    Case("passive-no-agent", "en", "Veltrix Systems is a small surveillance vendor based in Oslo. Its Kestrel "
         "software was sold to the Interior Ministry in 2016.", {(V, S, "Interior Ministry")}),
    Case("passive-no-agent", "en", "Veltrix Systems makes Kestrel, a phone-hacking tool. Bahrain has spent "
         "heavily on such tools. The system was sold to the Bahraini police in 2012.", {(V, S, "Bahrain")}),
    Case("passive-no-agent", "en", "Veltrix Systems was founded in Oslo in 2008. Its spyware was delivered to "
         "the Uganda Police Force in 2018.", {(V, S, "Uganda Police Force")}),
    Case("passive-no-agent", "fr", "Arvane est une PME lyonnaise. Son logiciel Orphée a été vendu au "
         "ministère de l'Intérieur en 2013.", {(A, S, "ministère de l'Intérieur")}),
    Case("passive-no-agent", "fr", "Arvane fabrique le système Orphée depuis 2005. Le Maroc a beaucoup "
         "investi. Le système a été livré à la police marocaine en 2014.", {(A, S, "Maroc")}),
    Case("passive-no-agent", "fr", "Arvane est installée à Lyon depuis 2005. Ses sondes ont été vendues à "
         "l'Égypte en 2011.", {(A, S, "Égypte")}),
    # --- "the company", "the Israeli firm", "it" as the seller
    Case("anaphor", "en", "Kordel Analytics was founded in Tel Aviv in 2009. The Israeli vendor delivered "
         "its software to Ethiopia in 2015.", {(K, S, "Ethiopia")}),
    Case("anaphor", "en", "Kordel Analytics was founded in 2009. The company sold its tracking software to "
         "Nigeria in 2014.", {(K, S, "Nigeria")}),
    Case("anaphor", "en", "Kordel Analytics is based in Tel Aviv. In 2015 it supplied the software to "
         "Ethiopia.", {(K, S, "Ethiopia")}),
    Case("anaphor", "fr", "Arvane est basée à Lyon. La société a vendu ses sondes à la Tunisie en 2012.",
         {(A, S, "Tunisie")}),
    Case("anaphor", "fr", "Arvane est basée à Lyon. L'entreprise lyonnaise a livré ses caméras au Sénégal "
         "en 2016.", {(A, S, "Sénégal")}),
    Case("anaphor", "fr", "Arvane est basée à Lyon. Elle a fourni son système Orphée à la Tunisie.",
         {(A, S, "Tunisie")}),
    # --- customers, contracts
    Case("customers", "en", "Veltrix Systems sells monitoring centres. Its customers include Ghana and "
         "Qatar.", {(V, S, "Ghana"), (V, S, "Qatar")}),
    Case("customers", "fr", "Arvane vend des caméras. Parmi ses clients figurent le Sénégal et le Togo.",
         {(A, S, "Sénégal"), (A, S, "Togo")}),
    Case("contract", "fr", "Arvane est basée à Lyon. L'entreprise a signé un contrat avec le ministère de "
         "l'Intérieur en 2018.", {(A, S, "ministère de l'Intérieur")}),
    Case("contract", "en", "Veltrix Systems is based in Oslo. In 2019 the firm signed a contract with the "
         "Uganda Police Force.", {(V, S, "Uganda Police Force")}),
    Case("deployed", "en", "Nubis Telecom deployed the Kestrel platform for the Uganda Police Force in 2018.",
         {(N, S, "Uganda Police Force")}),
    # --- the buyer: a list, a body named as such
    Case("buyer-list", "en", "Veltrix Systems sold Kestrel to several governments, among them Kenya, Uganda "
         "and Nigeria.", {(V, S, "Kenya"), (V, S, "Uganda"), (V, S, "Nigeria")}),
    Case("buyer-body", "en", "Veltrix Systems sold Kestrel to Kenya's Interior Ministry in 2017.",
         {(V, S, "Interior Ministry")}, {(V, S, "Kenya")}),
    Case("buyer-body", "en", "Veltrix Systems is based in Oslo. It sold Kestrel to the Bahrain National "
         "Security Agency in 2011.", {(V, S, "Bahrain National Security Agency")}),
    Case("buyer-body", "fr", "Arvane a livré Orphée à la Direction générale de la sûreté nationale du "
         "Maroc en 2010.", {(A, S, "Direction générale de la sûreté nationale")}, {(A, S, "Maroc")}),
    Case("buyer-body", "en", "Egypt has bought widely. Veltrix Systems sold Kestrel to the Egyptian "
         "Interior Ministry in 2014.", {(V, S, "Interior Ministry")}, {(V, S, "Egypt")}),
    Case("buyer-body", "fr", "L'Égypte a beaucoup acheté. Arvane a vendu Orphée au ministère de "
         "l'Intérieur égyptien en 2014.", {(A, S, "ministère de l'Intérieur")}, {(A, S, "Égypte")}),
    Case("buyer-list", "en", "Veltrix Systems sold Kestrel to the Interior Ministry, the Uganda Police Force "
         "and Ghana.", {(V, S, "Interior Ministry"), (V, S, "Uganda Police Force"), (V, S, "Ghana")}),
    Case("buyer-list", "fr", "Arvane a livré ses caméras au Sénégal, au Togo et au ministère de "
         "l'Intérieur.", {(A, S, "Sénégal"), (A, S, "Togo"), (A, S, "ministère de l'Intérieur")}),
    # --- near misses: denial, negation, plans, offers, attempts, talks
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. The company denied that its software was sold "
         "to Bahrain.", set(), {(V, S, "Bahrain")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. It offered Kestrel to Kenya in 2017, but "
         "lost the tender.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. The firm tried to sell its software to "
         "Nigeria.", set(), {(V, S, "Nigeria")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Its software was never sold to Qatar.",
         set(), {(V, S, "Qatar")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Talks to supply the system to Ghana stalled "
         "in 2020.", set(), {(V, S, "Ghana")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. The system could be sold to Mexico next year.",
         set(), {(V, S, "Mexico")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. It hopes to sign a contract with the Uganda "
         "Police Force.", set(), {(V, S, "Uganda Police Force")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. L'entreprise dément avoir vendu ses sondes à la "
         "Libye.", set(), {(A, S, "Libye")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Elle a proposé son système au Togo, sans succès.",
         set(), {(A, S, "Togo")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Des discussions sont en cours pour la vente du "
         "système au Sénégal.", set(), {(A, S, "Sénégal")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Ses produits n'ont jamais été livrés à l'Égypte.",
         set(), {(A, S, "Égypte")}),
    Case("near-miss", "fr", "Arvane fabrique le système Orphée. Le système pourrait être vendu à "
         "l'Algérie l'an prochain.", set(), {(A, S, "Algérie")}),
    # --- near misses: the sale of the company itself
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. The company was sold to Halden Capital in "
         "2019.", set(), {(V, S, "Halden Capital"), ("Halden Capital", S, V)}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. La société a été cédée à Halden Capital en 2018.",
         set(), {(A, S, "Halden Capital"), ("Halden Capital", S, A)}),
    # --- near misses: another seller named in between, goods found, another buyer
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. A rival, Kordel Analytics, sold its own tool to "
         "Kenya in 2016.", {(K, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Kenya bought a similar system from Kordel "
         "Analytics.", {(K, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Kordel Analytics makes Nightjar. The system "
         "was sold to the Kenyan police in 2017, with Kenya paying in cash.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Kordel Analytics' customers include Qatar.",
         set(), {(V, S, "Qatar")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Le ministère de l'Intérieur a signé un contrat avec "
         "Kordel Analytics.", set(), {(A, S, "ministère de l'Intérieur")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Its spyware was found on phones in Mexico.",
         set(), {(V, S, "Mexico")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Human rights groups fear it will be sold to "
         "Belarus.", set(), {(V, S, "Belarus")}),
    Case("near-miss", "fr", "Arvane a été rachetée par Stenmark Group en 2016. Elle vend des caméras.",
         set(), {("Stenmark Group", S, A), (A, S, "Stenmark Group")}),
    # --- harder: the seller two sentences back, a source named first, a relative clause, a sale noun
    Case("passive-no-agent", "en", "Veltrix Systems was founded in Oslo in 2008. Activists have long "
         "criticised the trade. According to court records, its software was sold to Kenya in 2016.",
         {(V, S, "Kenya")}),
    Case("passive-no-agent", "en", "Veltrix Systems was founded in Oslo in 2008. Kenya held elections in "
         "2013. Servers and software licences were shipped to Nairobi in 2012.", {(V, S, "Kenya")},
         gap=NO_OWNER),
    Case("passive-no-agent", "en", "Veltrix Systems was founded in Oslo in 2008. Kenya held elections in "
         "2013. Its servers were shipped to Nairobi in 2012.", {(V, S, "Kenya")}),
    Case("passive-no-agent", "fr", "Arvane est installée à Lyon depuis 2005. Le Maroc a voté en 2011. Des "
         "serveurs et des licences ont été expédiés à Rabat en 2012.", {(A, S, "Maroc")}, gap=NO_OWNER),
    Case("passive-no-agent", "fr", "Arvane est installée à Lyon depuis 2005. Le Maroc a voté en 2011. Ses "
         "serveurs ont été expédiés à Rabat en 2012.", {(A, S, "Maroc")}),
    Case("passive-no-agent", "fr", "Arvane est installée à Lyon depuis 2005. Selon Amnesty International, "
         "ses caméras ont été livrées à la Tunisie en 2011.", {(A, S, "Tunisie")}),
    Case("anaphor", "en", "Kordel Analytics was founded in Tel Aviv in 2009. According to Amnesty "
         "International, the Israeli company sold its spyware to Ethiopia in 2015.", {(K, S, "Ethiopia")}),
    Case("anaphor", "en", "Kordel Analytics was founded in Tel Aviv in 2009. Court filings show that it "
         "supplied the Interior Ministry with interception gear.", {(K, S, "Interior Ministry")}),
    Case("anaphor", "fr", "Arvane est basée à Lyon. D'après Amnesty International, la firme française a "
         "vendu ses sondes à l'Égypte.", {(A, S, "Égypte")}),
    Case("relative", "en", "Veltrix Systems was founded in Oslo. Kestrel, which the company sold to Kenya "
         "in 2016, can read encrypted chats.", {(V, S, "Kenya")}),
    Case("sale-noun", "fr", "Arvane fabrique le système Orphée. Les livraisons du système à l'Égypte se "
         "sont poursuivies jusqu'en 2014.", {(A, S, "Égypte")}),
    Case("sale-noun", "en", "Veltrix Systems makes Kestrel. Its sales to Qatar grew in 2018.",
         {(V, S, "Qatar")}),
    Case("customers", "en", "Veltrix Systems is based in Oslo. Its clients have included the Interior "
         "Ministry and the Uganda Police Force.", {(V, S, "Interior Ministry"), (V, S, "Uganda Police Force")}),
    Case("buyer-body", "fr", "Arvane fabrique des véhicules blindés. Les véhicules ont été vendus à la "
         "Direction générale de la sûreté nationale du Maroc.", {(A, S, "Direction générale de la sûreté "
                                                                         "nationale")}, {(A, S, "Maroc")}),
    Case("buyer-body", "fr", "Arvane fabrique le blindé Orphée. Le Maroc en a acheté. Plus tard, les "
         "blindés ont été livrés à l'armée marocaine.", {(A, S, "Maroc")}),
    Case("maker-in-view", "en", "Veltrix Systems is based in Oslo. A lawsuit accuses Veltrix Systems of "
         "spying on lawyers with Kestrel. Kenya bought Kestrel in 2016.", {(V, S, "Kenya")}),
    Case("maker-in-view", "fr", "Arvane est basée à Lyon. Une plainte accuse Arvane d'avoir espionné des "
         "avocats avec Orphée. Le Maroc a acheté Orphée en 2016.", {(A, S, "Maroc")}),
    Case("named-goods", "fr", "Arvane fabrique à Lyon des véhicules blindés Orphée. Des ONG ont publié en "
         "2019 un long rapport sur la répression des manifestations, fondé sur l'analyse de centaines de photos "
         "et de vidéos tournées dans les rues de plusieurs villes du pays et recoupées par des témoignages "
         "recueillis sur place. Selon le ministère de l'Intérieur, les véhicules ont été vendus à la Tunisie en "
         "2012.", {(A, S, "Tunisie")}),
    Case("named-goods", "en", "Veltrix Systems builds the Kestrel interception system. Human rights groups "
         "published a long report in 2019 on the crackdown on protests, based on hundreds of photos and "
         "videos shot in the streets of several cities and checked against accounts gathered on the ground by "
         "researchers. According to the report, the system was sold to Kenya in 2012.", {(V, S, "Kenya")}),
    Case("named-goods", "en", "Veltrix Systems builds the Kestrel interception system. Human rights groups "
         "published a long report in 2019 on the crackdown on protests, based on hundreds of photos and "
         "videos shot in the streets of several cities and checked against accounts gathered on the ground by "
         "researchers. According to the report, Kenya bought the system in 2012.", {(V, S, "Kenya")}),
    Case("owner-anaphor", "en", "Veltrix Systems is based in Oslo. The Uganda Police Force used the "
         "company's software in 2018.", {(V, S, "Uganda Police Force")}),
    Case("owner-anaphor", "fr", "Arvane est basée à Lyon. La Tunisie a utilisé la technologie de "
         "l'entreprise en 2011.", {(A, S, "Tunisie")}),
    Case("customers", "en", "Veltrix Systems is based in Oslo. Its customers include the Bahraini police, "
         "according to Bahrain's opposition.", {(V, S, "Bahrain")}),
    Case("became-client", "en", "Veltrix Systems is based in Oslo. Kenya became a customer in 2015.",
         {(V, S, "Kenya")}),
    Case("became-client", "fr", "Arvane est basée à Lyon. Le Togo est devenu client en 2015.",
         {(A, S, "Togo")}),
    Case("buyer-body", "en", "Veltrix Systems is based in Oslo. Since 2015 it has supplied Kenya's Interior "
         "Ministry.", {(V, S, "Interior Ministry")}, {(V, S, "Kenya")}),
    Case("buyer-body", "fr", "Arvane est basée à Lyon. En 2015, elle a équipé la police du Togo.",
         {(A, S, "Togo")}),
    Case("buyer-list", "en", "Veltrix Systems is based in Oslo. The firm has sold Kestrel to Kenya and, "
         "later, to Ghana.", {(V, S, "Kenya"), (V, S, "Ghana")}),
    Case("passive-use", "fr", "Arvane est basée à Lyon. Son logiciel a été déployé par le ministère de "
         "l'Intérieur en 2018.", {(A, S, "ministère de l'Intérieur")}),
    Case("contract", "en", "Kordel Analytics was founded in Tel Aviv. The Israeli company signed a contract "
         "with the Uganda Police Force in 2019.", {(K, S, "Uganda Police Force")}),
    Case("buyer-list", "en", "Kordel Analytics was founded in Tel Aviv. Its spyware has been sold to Ghana, "
         "Kenya and Uganda.", {(K, S, "Ghana"), (K, S, "Kenya"), (K, S, "Uganda")}),
    Case("buyer-list", "fr", "Arvane est basée à Lyon. Ses caméras ont été livrées au Sénégal, au Togo et à "
         "la Tunisie.", {(A, S, "Sénégal"), (A, S, "Togo"), (A, S, "Tunisie")}),
    Case("destined", "fr", "La Russie a modernisé ses blindés. Arvane a fourni des caméras thermiques "
         "destinées à équiper des chars russes.", {(A, S, "Russie")}),
    Case("destined", "en", "Kenya has modernised its army. Veltrix Systems has supplied thermal cameras "
         "intended for Kenyan tanks.", {(V, S, "Kenya")}),
    # --- near misses for the same constructions
    Case("near-miss", "fr", "La Russie a modernisé ses blindés. Arvane a proposé des caméras thermiques "
         "destinées à équiper des chars russes.", set(), {(A, S, "Russie")}),
    Case("near-miss", "en", "Kenya has modernised its army. Veltrix Systems has denied supplying thermal "
         "cameras intended for Kenyan tanks.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Kordel Analytics was founded in Tel Aviv. The Israeli company lost a contract "
         "with the Uganda Police Force in 2019.", set(), {(K, S, "Uganda Police Force")}),
    Case("near-miss", "en", "Kordel Analytics was founded in Tel Aviv. Its shares were sold to Halden "
         "Capital in 2019.", set(), {(K, S, "Halden Capital")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Ses parts ont été cédées à Halden Capital.", set(),
         {(A, S, "Halden Capital")}),
    Case("near-miss", "en", "Kordel Analytics was founded in Tel Aviv. Its software was not sold to Kenya, "
         "the firm says.", set(), {(K, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Kenya became a customer of Kordel Analytics "
         "in 2015.", {(K, S, "Kenya")}, {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Kenya never became a customer.", set(),
         {(V, S, "Kenya")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Le Togo pourrait devenir client en 2025.", set(),
         {(A, S, "Togo")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. Son logiciel n'a jamais été déployé par le ministère "
         "de l'Intérieur.", set(), {(A, S, "ministère de l'Intérieur")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. The Uganda Police Force used its own software "
         "in 2018.", set(), {(V, S, "Uganda Police Force")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. The Uganda Police Force studied the "
         "company's software in 2018.", set(), {(V, S, "Uganda Police Force")}),
    Case("near-miss", "fr", "Arvane est basée à Lyon. La Tunisie a refusé d'utiliser la technologie de "
         "l'entreprise.", set(), {(A, S, "Tunisie")}),
    Case("near-miss", "en", "Veltrix Systems builds the Kestrel interception system. Human rights groups "
         "published a long report in 2019 on the crackdown on protests, based on hundreds of photos and "
         "videos shot in the streets of several cities and checked against accounts gathered on the ground by "
         "researchers. According to the report, Kenya bought the vehicles in 2012.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems builds the Kestrel interception system. Human rights groups "
         "published a long report in 2019 on the crackdown on protests, based on hundreds of photos and "
         "videos shot in the streets of several cities and checked against accounts gathered on the ground by "
         "researchers. According to the report, the vehicles were sold to Kenya in 2012.", set(),
         {(V, S, "Kenya")}, gap="arguments._the_goods: 'the vehicles' takes the product named within 300 "
         "characters, whatever it was called"),
    Case("near-miss", "en", "Veltrix Systems builds the Kestrel interception system. Kordel Analytics makes "
         "Nightjar vehicles. Both firms were at a trade fair in Paris. The vehicles were sold to Kenya in "
         "2012.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Veltrix Systems competes with Kordel "
         "Analytics, which sells Nightjar. Kenya bought Nightjar in 2016.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. A lawsuit accuses Veltrix Systems of spying "
         "on lawyers with Kestrel. Kenya wanted to buy Kestrel in 2016.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems was founded in Oslo in 2008. According to court records, "
         "the software was not sold to Kenya.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems was founded in Oslo in 2008. Kenya voted in 2013. Servers were shipped to Nairobi "
         "by Kordel Analytics in 2012.", set(), {(V, S, "Kenya")}),
    Case("near-miss", "fr", "Arvane est installée à Lyon depuis 2005. Le Maroc a voté. Des serveurs devaient être expédiés "
         "à Rabat en 2012.", set(), {(A, S, "Maroc")}),
    Case("near-miss", "en", "Kordel Analytics was founded in Tel Aviv in 2009. Court filings show that it "
         "was asked to supply the Interior Ministry with interception gear.", set(),
         {(K, S, "Interior Ministry")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Its sales to Qatar were blocked in 2018.",
         set(), {(V, S, "Qatar")}),
    Case("near-miss", "fr", "Arvane fabrique le système Orphée. La vente du système à l'Égypte a été "
         "suspendue en 2014.", set(), {(A, S, "Égypte")}),
    Case("near-miss", "en", "Veltrix Systems is based in Oslo. Its clients do not include the Interior "
         "Ministry.", set(), {(V, S, "Interior Ministry")}),
    Case("near-miss", "fr", "Arvane est installée à Lyon. Le Maroc a acheté des drones à Israel en 2012.",
         set(), {(A, S, "Maroc")}),
    Case("near-miss", "en", "Veltrix Systems was founded in Oslo. Kenya's own engineers built the network "
         "in 2016.", set(), {(V, S, "Kenya")}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_supply8(case: Case) -> None:
    check_rules(case_facts(case), case)


if __name__ == "__main__":
    report(pipeline=False, cases=CASES, articles=[], read=lambda c: case_facts(c).triples())
