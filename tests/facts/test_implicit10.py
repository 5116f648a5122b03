"""A battery for the argument a sentence does not name: a trigger finds one argument in its sentence, the
other is "the company" / "la société", a pronoun ("it", "elle"), a possessive ("its Kestrel platform", "sa
filiale"), or nothing at all (an agentless passive "The system was delivered to Egypt", a nominal "Delivery
to Kenya followed"), and the actor is the company (or product) the article is about, named one or several
sentences or paragraphs before. Predicates: supplied (seller missing), developed (maker missing), found_in
(product missing), subsidiary_of / successor_of ("its parent", "it was bought by"), employed_by ("its CEO,
P", "son PDG, P"). Near misses give nothing: two companies in view, the actor in view a buyer, a generic
statement, a question, a denial, a plan.

Short articles written for this test with invented companies; the names are placed by hand (only the fact
rules are tested). Run as a script for the pass counts:

    python -m tests.facts.test_implicit10
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts
from tests.facts.role_cases import present
from tests.facts.test_supply_checklist import CODES, NAMES, Case, check_rules, params, report

pytestmark = pytest.mark.integration

V, A, K, ST, N = "Veltrix Systems", "Arvane", "Kordel Analytics", "Stenmark Group", "Nubis Telecom"
KE, OR, NJ = "Kestrel", "Orphée", "Nightjar"
AK, RB = "Anna Kowalczyk", "Rachid Benali"
S, DEV, FOUND = "supplied", "developed", "found_in"
SUB, SUCC, EMP = "subsidiary_of", "successor_of", "employed_by"
INV, FUND, RESTR = "investigated", "funded", "restricts_exports_to"


def case_facts(case: Case):  # type: ignore[no-untyped-def]
    """The case read by the rules, with the checklist's names."""
    return Facts(case.text, case.lang, present(case.text, NAMES), {}, countries=CODES)


CASES = [
    # --- supplied: the seller is the company the article is about
    Case("supplied", "en", "Veltrix Systems makes monitoring software for police forces. Founded in 2009, it "
         "employs 80 people.\n\nThe system was delivered to the Interior Ministry in 2016.",
         {(V, S, "Interior Ministry")}),
    Case("supplied", "en", "Veltrix Systems builds Kestrel, a phone-tracking tool. Delivery to Egypt followed "
         "in 2017.", {(V, S, "Egypt")}),
    Case("supplied", "en", "Veltrix Systems is a Danish maker of interception tools. Its Kestrel platform was "
         "sold to Kenya in 2018.", {(V, S, "Kenya")}),
    Case("supplied", "en", "Veltrix Systems was founded in Aarhus in 2009. It sold Kestrel to Bahrain in "
         "2014.", {(V, S, "Bahrain")}),
    Case("supplied", "en", "Veltrix Systems grew quickly after 2010. The firm shipped Nightjar to Ethiopia in "
         "2015.", {(V, S, "Ethiopia")}),
    Case("supplied", "en", "Veltrix Systems develops Kestrel. The tool was exported to Uganda in 2013, "
         "according to customs records.", {(V, S, "Uganda")}),
    Case("supplied", "fr", "Arvane conçoit des outils d'écoute depuis 2005. Son logiciel Orphée a été vendu "
         "au Maroc en 2015.", {(A, S, "Maroc")}),
    Case("supplied", "fr", "Arvane développe Orphée depuis 2010. L'entreprise compte 60 salariés.\n\nLe "
         "système a été livré à l'Égypte en 2016.", {(A, S, "Égypte")}),
    Case("supplied", "fr", "Arvane commercialise Orphée, un outil d'interception. La livraison au Sénégal a "
         "eu lieu en 2017.", {(A, S, "Sénégal")}),
    Case("supplied", "fr", "Arvane est basée à Lyon. Elle a vendu Orphée à la Tunisie en 2013.",
         {(A, S, "Tunisie")}),
    Case("supplied", "fr", "Arvane fabrique Orphée. La société a livré le logiciel au Togo en 2012.",
         {(A, S, "Togo")}),
    Case("supplied", "fr", "Arvane fabrique des sondes depuis 2008. Orphée a été exporté vers la Biélorussie "
         "en 2014.", {(A, S, "Biélorussie")}),
    Case("supplied", "en", "Veltrix Systems builds probes. The firm's equipment was delivered to Uganda in "
         "2014.", {(V, S, "Uganda")}),
    Case("supplied", "en", "Veltrix Systems makes Kestrel. Shipments to Bahrain began in 2012.",
         {(V, S, "Bahrain")}),
    Case("supplied", "fr", "Arvane fabrique Orphée. Les premières livraisons au Qatar datent de 2012.",
         {(A, S, "Qatar")}),
    Case("supplied", "fr", "Arvane vend Orphée depuis 2010. Elle emploie 60 personnes. Le système a été vendu "
         "au Qatar en 2015.", {(A, S, "Qatar")}),
    Case("supplied", "en", "Veltrix Systems makes Kestrel. The Interior Ministry bought it in 2015.",
         {(V, S, "Interior Ministry")}),
    Case("supplied", "fr", "Arvane fabrique Orphée. Le ministère de l'Intérieur l'a acheté en 2015.",
         {(A, S, "ministère de l'Intérieur")}),
    # --- developed: the maker is the company in view
    Case("developed", "en", "Veltrix Systems was founded in 2009. Its Kestrel platform is used by police "
         "forces in several countries.", {(V, DEV, KE)}),
    Case("developed", "en", "Veltrix Systems sells to governments only. The company's spyware, Nightjar, can "
         "read encrypted messages.", {(V, DEV, NJ)}),
    Case("developed", "en", "Veltrix Systems is based in Aarhus. It developed Nightjar in 2015.",
         {(V, DEV, NJ)}),
    Case("developed", "fr", "Arvane a été fondée en 2008 à Lyon. Son logiciel Orphée intercepte les appels.",
         {(A, DEV, OR)}),
    Case("developed", "fr", "Arvane emploie 200 personnes. La société a conçu Orphée en 2012.",
         {(A, DEV, OR)}),
    Case("developed", "fr", "Arvane a été fondée en 2008.\n\nLe logiciel espion de la société, Orphée, lit "
         "les messages chiffrés.", {(A, DEV, OR)}),
    # --- found_in: the product is the one in view
    Case("found_in", "en", "Veltrix Systems sells Kestrel, a spyware tool. The spyware was found in Mexico in "
         "2019.", {(KE, FOUND, "Mexico")}),
    Case("found_in", "en", "Kestrel is made by Veltrix Systems. Researchers found it on phones in Bahrain in "
         "2020.", {(KE, FOUND, "Bahrain")}),
    Case("found_in", "fr", "Arvane vend Orphée, un logiciel espion. Le logiciel a été détecté au Maroc en "
         "2020.", {(OR, FOUND, "Maroc")}),
    Case("found_in", "fr", "Orphée est un logiciel espion d'Arvane.\n\nDes chercheurs l'ont identifié au "
         "Rwanda en 2021.", {(OR, FOUND, "Rwanda")}),
    # --- subsidiary_of / successor_of: "its parent", "it was bought by"
    Case("corporate", "en", "Kordel Analytics builds network probes. Its parent, Stenmark Group, is based in "
         "Oslo.", {(K, SUB, ST)}),
    Case("corporate", "fr", "Kordel Analytics fabrique des sondes. Sa maison mère, Stenmark Group, est basée à "
         "Oslo.", {(K, SUB, ST)}),
    Case("corporate", "en", "Kordel Analytics makes network probes. In 2019 it was bought by Stenmark Group.",
         {(K, SUB, ST)}),
    Case("corporate", "fr", "Kordel Analytics fabrique des sondes. Elle a été rachetée par Stenmark Group en "
         "2019.", {(K, SUB, ST)}),
    Case("corporate", "en", "Stenmark Group is a Norwegian holding. Its subsidiary Nubis Telecom runs mobile "
         "networks.", {(N, SUB, ST)}),
    Case("corporate", "fr", "Stenmark Group est un holding norvégien. Sa filiale Nubis Telecom exploite des "
         "réseaux mobiles.", {(N, SUB, ST)},
         gap="corporate.py (not this task's) reads no owner for 'Sa filiale Y' at the head of a sentence"),
    Case("corporate", "en", "Arvane sold probes for ten years. The company was renamed Veltrix Systems in "
         "2020.", {(V, SUCC, A)}),
    Case("corporate", "fr", "Arvane a vendu des sondes pendant dix ans. La société a été rebaptisée Veltrix "
         "Systems en 2020.", {(V, SUCC, A)}),
    # --- employed_by: "its CEO, P", "son PDG, P"
    Case("employed_by", "en", "Veltrix Systems sells drones to police forces. Its CEO, Anna Kowalczyk, "
         "declined to comment.", {(AK, EMP, V)}),
    Case("employed_by", "fr", "Arvane vend des drones aux polices. Son PDG, Rachid Benali, n'a pas répondu.",
         {(RB, EMP, A)}),
    Case("employed_by", "en", "Veltrix Systems sells drones.\n\nThe company's chief executive, Anna "
         "Kowalczyk, said the firm obeys the law.", {(AK, EMP, V)}),
    Case("employed_by", "fr", "Arvane vend des drones.\n\nLe directeur général de la société, Rachid Benali, "
         "affirme respecter la loi.", {(RB, EMP, A)}),
    Case("employed_by", "fr", "Arvane vend des drones. Sa directrice commerciale, Anna Kowalczyk, était au "
         "salon.", {(AK, EMP, A)}),
    # --- the object is the actor in view: "it was investigated by Y", "elle est financée par Y"
    Case("patient", "en", "Veltrix Systems sells spyware to governments. In 2021 it was investigated by the "
         "Paris prosecutor's office.", {("Paris prosecutor's office", INV, V)}),
    Case("patient", "en", "Veltrix Systems was founded in 2009 in Aarhus. It is funded by Halden Capital.",
         {("Halden Capital", FUND, V)}),
    Case("patient", "fr", "Arvane a été fondée en 2008.\n\nElle est financée par Halden Capital depuis 2012.",
         {("Halden Capital", FUND, A)}),
    Case("patient", "en", "Veltrix Systems sells spyware. In 2021 the Commerce Department added it to the "
         "Entity List.", {("Commerce Department", RESTR, V)}),
    Case("patient", "fr", "Orphée est vendu aux polices d'Afrique. Il a été repéré au Togo en 2020.",
         {(OR, FOUND, "Togo")}),
    Case("patient", "en", "Kestrel is sold to police forces. It was detected in Uganda in 2020.",
         {(KE, FOUND, "Uganda")}),
    # --- near misses: two companies in view, the actor in view a buyer, generic, question, denial, plan
    Case("near-miss", "en", "Veltrix Systems and Kordel Analytics both make probes. The system was delivered "
         "to Egypt in 2016.", set(), {(V, S, "Egypt"), (K, S, "Egypt")}),
    Case("near-miss", "fr", "Arvane et Kordel Analytics fabriquent des sondes. Le système a été livré au "
         "Maroc en 2016.", set(), {(A, S, "Maroc"), (K, S, "Maroc")}),
    Case("near-miss", "en", "Nubis Telecom runs Kenya's largest mobile network. Probes were delivered to the "
         "operator in 2016.", set(), {(N, S, "Kenya")}),
    Case("near-miss", "en", "Veltrix Systems makes spyware. Such systems are sold to many states, Egypt "
         "among them.", set(), {(V, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Was the system delivered to Egypt?", set(),
         {(V, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. It denies that the system was sold to Egypt.",
         set(), {(V, S, "Egypt")}),
    Case("near-miss", "fr", "Arvane fabrique Orphée. La société dément avoir livré le système au Maroc.",
         set(), {(A, S, "Maroc")}),
    Case("near-miss", "fr", "Arvane fabrique Orphée. Le système doit être livré au Maroc en 2025.", set(),
         {(A, S, "Maroc")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. The system will be delivered to Egypt next "
         "year.", set(), {(V, S, "Egypt")}),
    Case("near-miss", "en", "Egypt tightened its grip on the internet in 2010. The system was delivered in "
         "2016.", set(), {("Egypt", S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems met Kordel Analytics in Paris. Their Kestrel deal collapsed.",
         set(), {(K, DEV, KE)}),
    Case("near-miss", "en", "Kestrel and Nightjar are both sold to police forces. The spyware was found in "
         "Mexico in 2019.", set(), {(KE, FOUND, "Mexico"), (NJ, FOUND, "Mexico")}),
    Case("near-miss", "en", "Veltrix Systems sells Kestrel. The spyware could be installed in Mexico next "
         "year.", set(), {(KE, FOUND, "Mexico")}),
    Case("near-miss", "en", "Veltrix Systems sells drones. Its critics, including Anna Kowalczyk, say the "
         "drones are unsafe.", set(), {(AK, EMP, V)}),
    Case("near-miss", "en", "Kordel Analytics makes network probes. Stenmark Group wants to buy it.", set(),
         {(K, SUB, ST)}),
    Case("near-miss", "fr", "Kordel Analytics fabrique des sondes. Elle dément avoir été rachetée par "
         "Stenmark Group.", set(), {(K, SUB, ST)}),
    Case("near-miss", "en", "Veltrix Systems and Kordel Analytics make probes. It is funded by Halden "
         "Capital.", set(), {("Halden Capital", FUND, V), ("Halden Capital", FUND, K)}),
    Case("near-miss", "en", "Veltrix Systems sells spyware. It could be investigated by the Paris "
         "prosecutor's office.", set(), {("Paris prosecutor's office", INV, V)}),
    Case("near-miss", "en", "Veltrix Systems sells spyware. Is it funded by Halden Capital?", set(),
         {("Halden Capital", FUND, V)}),
    Case("near-miss", "fr", "Arvane vend Orphée aux polices. Il a été repéré au Togo en 2020.", set(),
         {(OR, FOUND, "Togo")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. The Commerce Department may add it to the Entity "
         "List.", set(), {("Commerce Department", RESTR, V)}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Kordel Analytics makes Nightjar. Delivery to Egypt "
         "followed in 2017.", set(), {(V, S, "Egypt"), (K, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Sales of such tools to Gulf states and to Egypt "
         "are booming.", set(), {(V, S, "Egypt")}),
    Case("near-miss", "fr", "Arvane fabrique Orphée. La livraison au Maroc est prévue pour 2027.", set(),
         {(A, S, "Maroc")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Delivery to Egypt is planned for 2027.", set(),
         {(V, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems sells spyware. It was never investigated by the Paris "
         "prosecutor's office.", set(), {("Paris prosecutor's office", INV, V)}),
    Case("near-miss", "en", "Veltrix Systems sells spyware. The company denies that it was funded by Halden "
         "Capital.", set(), {("Halden Capital", FUND, V)}),
    Case("near-miss", "fr", "Arvane vend des logiciels espions. Elle n'a jamais été financée par Halden "
         "Capital.", set(), {("Halden Capital", FUND, A)}),
    Case("near-miss", "en", "Veltrix Systems sells spyware. The company will be investigated by the Paris "
         "prosecutor's office.", set(), {("Paris prosecutor's office", INV, V)}),
    Case("near-miss", "fr", "Arvane vend des logiciels espions. Elle pourrait être rachetée par Stenmark "
         "Group.", set(), {(A, SUB, ST)}),
    Case("near-miss", "fr", "Arvane vend Orphée. Kordel Analytics vend Nightjar. Le système a été vendu au "
         "Qatar en 2015.", set(), {(A, S, "Qatar"), (K, S, "Qatar")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Egypt wanted to buy it in 2015.", set(),
         {(V, S, "Egypt")}),
    Case("near-miss", "en", "Veltrix Systems makes Kestrel. Stenmark Group acquired it in 2019.", set(),
         {(V, S, ST)}),
    Case("near-miss", "fr", "Arvane vend des drones. Kordel Analytics aussi. Son PDG, Rachid Benali, n'a pas "
         "répondu.", set(), {(RB, EMP, A)},
         gap="roles.py (not this task's) gives 'son PDG' both companies named before"),
]


@pytest.mark.parametrize("case", params(CASES))
def test_implicit10(case: Case) -> None:
    check_rules(case_facts(case), case)


if __name__ == "__main__":
    report(pipeline=False, cases=CASES, articles=[], read=lambda c: case_facts(c).triples())
