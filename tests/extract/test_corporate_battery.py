"""Corporate ties in the ways reporters write them, on sentences written for these tests (invented
companies, products and bodies): a company bought whole, controlled or owned is `subsidiary_of` its
buyer or parent (a body too, of the body it belongs to); a renaming, a spin-off or a business taken over
is `successor_of` the old one; a maker `developed` its product. Active, passive, apposition, relative
clause, possessive, participle, coordination, "the firm" / "la société" / "it" for the company named in
the sentence before; and near misses that must give nothing: a sale of goods, a stake sold, a failed or
planned takeover, a partner, a client, a distributor, a denial."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Helvane": "Company", "Orvento": "Company", "Kyrano": "Company", "Stellmar Group": "Company",
    "Brightwell Capital": "Company", "Tessaline": "Company", "Marovia Holdings": "Company",
    "Quadrix Labs": "Company", "Pentacle Ventures": "Company", "Zorbel": "Company", "Marovia": "Company",
    "Harrier": "Product", "Lynxview": "Product", "Obsidian": "Product",
    "Commerce Department": "PublicBody", "Office of Export Controls": "PublicBody",
    "commission des libertés civiles": "PublicBody", "Parlement européen": "PublicBody",
    "ministère de l'Intérieur": "PublicBody", "direction de la sécurité numérique": "PublicBody",
    "Civic Watch": "Organization", "Tom Reed": "Person", "Luc Marin": "Person",
    "Mexique": "Country", "Mexico": "Country", "France": "Country",
}
CODES = {"Mexique": "mx", "Mexico": "mx", "France": "fr"}


def triples(text: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return pairs(text, lang, predicate, NAMES, CODES)


def must(text: str, lang: str, predicate: str, expected: set[tuple[str, str]]) -> None:
    """Every expected pair, and no other pair of this predicate between the names of the expected ones."""
    got = triples(text, lang, predicate)
    assert expected <= got, f"missing {expected - got}; got {got}"
    ends = {a for a, _ in expected} | {b for _, b in expected}
    wrong = {(s, o) for s, o in got - expected if s in ends and o in ends}
    assert not wrong, f"wrong {wrong}"


H, O, K, S, B = "Helvane", "Orvento", "Kyrano", "Stellmar Group", "Brightwell Capital"
T, M, Q = "Tessaline", "Marovia Holdings", "Quadrix Labs"

SUBSIDIARIES = [
    # acquisitions, passive and active
    ("Helvane was acquired by Brightwell Capital in 2019 for an undisclosed sum.", "en", {(H, B)}),
    ("Brightwell Capital bought Helvane in 2021 for $40 million.", "en", {(H, B)}),
    ("In 2018, Stellmar Group took over Kyrano, a small Danish maker of interception probes.", "en",
     {(K, S)}),
    ("Stellmar Group completed its acquisition of Kyrano in March.", "en", {(K, S)}),
    ("Following its takeover by Orvento, Quadrix Labs moved its staff to Dublin.", "en", {(Q, O)}),
    ("Brightwell Capital took a controlling stake in Helvane in 2016.", "en", {(H, B)}),
    ("Kyrano joined the Stellmar Group in 2017.", "en", {(K, S)}),
    ("Helvane, which was purchased by Orvento in 2015, sells probes to Mexico.", "en", {(H, O)}),
    ("Helvane a été rachetée en 2018 par le groupe Orvento.", "fr", {(H, O)}),
    ("En 2019, Orvento a racheté Helvane pour 30 millions d'euros.", "fr", {(H, O)}),
    ("Kyrano est passée sous le contrôle de Stellmar Group en 2020.", "fr", {(K, S)}),
    ("Kyrano a été absorbée par Stellmar Group en 2014.", "fr", {(K, S)}),
    ("Orvento a pris une participation majoritaire dans Helvane en 2015.", "fr", {(H, O)}),
    ("Kyrano a rejoint le groupe Orvento en 2017.", "fr", {(K, O)}),
    ("Orvento a acquis Helvane en 2016.", "fr", {(H, O)}),
    ("L'acquisition de Helvane par Orvento a été finalisée en 2020.", "fr", {(H, O)}),
    ("Orvento a mis la main sur Helvane en 2019.", "fr", {(H, O)}),
    # parents and owners
    ("Tessaline's parent company, Marovia Holdings, did not respond to our questions.", "en", {(T, M)}),
    ("The Orvento-owned Quadrix Labs sold probes to Mexico.", "en", {(Q, O)}),
    ("Quadrix Labs, a wholly owned subsidiary of Orvento, sells probes.", "en", {(Q, O)}),
    ("Orvento's unit Quadrix Labs declined to comment.", "en", {(Q, O)}),
    ("Pentacle Ventures, the venture arm of Orvento, put money into Helvane.", "en",
     {("Pentacle Ventures", O)}),
    ("Orvento, la maison mère de Helvane, n'a pas répondu.", "fr", {(H, O)}),
    ("Helvane, dont Orvento est l'actionnaire majoritaire, vend des sondes.", "fr", {(H, O)}),
    ("Le groupe Orvento, dont Helvane est une filiale, a refusé de commenter.", "fr", {(H, O)}),
    ("La branche Tessaline du groupe Marovia vend des sondes au Mexique.", "fr", {(T, "Marovia")}),
    ("Quadrix Labs is majority-owned by Orvento.", "en", {(Q, O)}),
    ("Orvento a créé en 2015 une filiale, Quadrix Labs, à Dubaï.", "fr", {(Q, O)}),
    ("Kyrano set up a subsidiary, Quadrix Labs, in Dubai in 2016.", "en", {(Q, K)}),
    ("Pentacle Ventures, le fonds d'investissement d'Orvento, a financé Helvane.", "fr",
     {("Pentacle Ventures", O)}),
    ("Helvane and Orvento's subsidiary Quadrix Labs signed a contract.", "en", {(Q, O)}),
    # bodies
    ("The Commerce Department's Office of Export Controls opened an inquiry.", "en",
     {("Office of Export Controls", "Commerce Department")}),
    ("La commission des libertés civiles du Parlement européen a entendu Luc Marin.", "fr",
     {("commission des libertés civiles", "Parlement européen")}),
    ("La direction de la sécurité numérique du ministère de l'Intérieur a acheté des sondes.", "fr",
     {("direction de la sécurité numérique", "ministère de l'Intérieur")}),
    # the firm / la société / it for the company named just before
    ("Helvane was founded in Tel Aviv in 2012. The firm was acquired in 2020 by Brightwell Capital.", "en",
     {(H, B)}),
    ("Kyrano designs interception probes. It was bought by Stellmar Group last year.", "en", {(K, S)}),
    ("Helvane conçoit des sondes. La société a été rachetée par Orvento en 2021.", "fr", {(H, O)}),
    ("Kyrano vend des sondes au Mexique. Cette entreprise est passée sous le contrôle de Stellmar Group en "
     "2019.", "fr", {(K, S)}),
]


SUBSIDIARIES_MORE = [
    ("Orvento, which owns Helvane, did not answer.", "en", {(H, O)}),
    ("Orvento has owned Helvane since 2015.", "en", {(H, O)}),
    ("Brightwell Capital sold Helvane to Orvento in 2019.", "en", {(H, O)}),
    ("Helvane's new owner, Orvento, moved it to Dublin.", "en", {(H, O)}),
    ("Orvento, Helvane's owner since 2015, declined to comment.", "en", {(H, O)}),
    ("Orvento snapped up Helvane in 2017.", "en", {(H, O)}),
    ("Helvane, an Orvento subsidiary, sells probes.", "en", {(H, O)}),
    ("Orvento's Helvane subsidiary sells probes to Mexico.", "en", {(H, O)}),
    ("Helvane, bought by Orvento in 2017, sells probes.", "en", {(H, O)}),
    ("After buying Helvane in 2017, Orvento moved its staff to Dublin.", "en", {(H, O)}),
    ("Helvane, now part of the Orvento group, sells probes.", "en", {(H, O)}),
    pytest.param("Helvane is one of several companies Orvento bought in 2016.", "en", {(H, O)},
                 marks=pytest.mark.xfail(
                     reason="a relative clause with no relative pronoun: the parse gives the verb no object",
                     strict=True)),
    ("Orvento, propriétaire de Helvane depuis 2015, n'a pas répondu.", "fr", {(H, O)}),
    ("Brightwell Capital a revendu Helvane à Orvento en 2019.", "fr", {(H, O)}),
    ("Helvane a été cédée à Orvento en 2019.", "fr", {(H, O)}),
    ("Helvane est passée en 2018 dans le giron d'Orvento.", "fr", {(H, O)}),
    ("Orvento s'est emparé de Helvane en 2018.", "fr", {(H, O)}),
    ("Après avoir racheté Helvane en 2017, Orvento a déménagé à Dublin.", "fr", {(H, O)}),
    ("Orvento, qui détient Helvane depuis 2015, n'a pas répondu.", "fr", {(H, O)}),
    ("Helvane, une filiale d'Orvento, vend des sondes.", "fr", {(H, O)}),
    ("Helvane, que Orvento a rachetée en 2016, vend des sondes.", "fr", {(H, O)}),
    ("Le fonds Brightwell Capital a acquis Helvane et Kyrano en 2019.", "fr", {(H, B), (K, B)}),
    ("Brightwell Capital bought Helvane and Kyrano in 2019.", "en", {(H, B), (K, B)}),
]


SUBSIDIARIES_THIRD = [
    ("Helvane conçoit des sondes. Elle a été rachetée en 2019 par Orvento.", "fr", {(H, O)}),
    ("Helvane was founded in 2010. Orvento bought the company in 2018.", "en", {(H, O)}),
    ("Helvane conçoit des sondes. Orvento a racheté l'entreprise en 2018.", "fr", {(H, O)}),
    ("Orvento, which acquired Helvane in 2015, sells cameras.", "en", {(H, O)}),
    ("Orvento, qui a racheté Helvane en 2015, vend des caméras.", "fr", {(H, O)}),
    ("In 2015 Helvane was taken over by Orvento.", "en", {(H, O)}),
    ("Orvento completed the purchase of Helvane in May.", "en", {(H, O)}),
    ("The takeover of Helvane by Orvento was approved by regulators in 2019.", "en", {(H, O)}),
    ("Orvento's 2019 takeover of Helvane doubled its sales.", "en", {(H, O)}),
    ("Orvento, the owner of Helvane, declined to comment.", "en", {(H, O)}),
    ("Orvento a absorbé Helvane en 2014.", "fr", {(H, O)}),
    ("Orvento gained control of Helvane in 2018.", "en", {(H, O)}),
    ("Helvane came under the control of Orvento in 2018.", "en", {(H, O)}),
    ("Orvento holds a majority stake in Helvane.", "en", {(H, O)}),
    ("Orvento détient une participation majoritaire dans Helvane.", "fr", {(H, O)}),
    ("Orvento est l'actionnaire unique de Helvane depuis 2015.", "fr", {(H, O)}),
    ("Orvento, which acquired Helvane's rival Kyrano in 2015, sells cameras.", "en", {(K, O)}),
    ("Helvane, une petite société lyonnaise qui conçoit des sondes, a été rachetée en 2021 par le fonds "
     "danois Brightwell Capital.", "fr", {(H, B)}),
]


@pytest.mark.parametrize("text,lang,expected", SUBSIDIARIES_THIRD)
def test_third_owner_shapes(text, lang, expected):
    must(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Orvento tried to buy Helvane in 2015.", "en"),
    ("Orvento a tenté de racheter Helvane en 2015.", "fr"),
    ("Orvento a renoncé à racheter Helvane.", "fr"),
    ("Helvane was not acquired by Orvento.", "en"),
    ("Orvento's offer to buy Helvane was rejected.", "en"),
    ("Orvento was bought by its managers in 2019.", "en"),
    ("Orvento bought Helvane shares in 2019.", "en"),
    ("Orvento est un actionnaire minoritaire de Helvane.", "fr"),
    ("Orvento, which acquired Helvane's rival Kyrano in 2015, sells cameras.", "en"),
])
def test_no_parent_from_tries_or_goods(text, lang):
    got = triples(text, lang, "subsidiary_of")
    assert ("Helvane", "Orvento") not in got, got


@pytest.mark.parametrize("text,lang,expected", SUBSIDIARIES_MORE)
def test_more_owner_shapes(text, lang, expected):
    must(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang,expected", SUBSIDIARIES)
def test_owned_and_bought_companies_are_subsidiaries(text, lang, expected):
    must(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helvane sold its Harrier software to Orvento in 2018.", "en"),
    ("Helvane a vendu son logiciel Harrier à Orvento en 2018.", "fr"),
    ("Brightwell Capital sold its stake in Helvane in 2020.", "en"),
    ("Brightwell Capital a cédé sa participation dans Helvane en 2020.", "fr"),
    ("Orvento was in talks to buy Helvane last year.", "en"),
    ("Orvento's bid for Helvane failed in 2019.", "en"),
    ("Orvento a fait une offre de rachat sur Helvane, rejetée par ses actionnaires.", "fr"),
    ("Orvento envisage de racheter Helvane.", "fr"),
    ("Orvento plans to acquire Helvane next year.", "en"),
    ("Orvento denied that it had bought Helvane.", "en"),
    ("Orvento n'a jamais racheté Helvane.", "fr"),
    ("Helvane is a long-standing partner of Orvento.", "en"),
    ("Orvento, un client de Helvane, a acheté des sondes.", "fr"),
    ("Orvento bought Helvane's Harrier software for its police clients.", "en"),
    ("Orvento a acheté des sondes à Helvane en 2018.", "fr"),
    ("Kyrano distributes Stellmar Group's probes in Mexico.", "en"),
    ("Orvento acquired Helvane's interception unit in 2017.", "en"),
    ("Tom Reed joined Orvento in 2017.", "en"),
    ("Kyrano a refusé l'offre de rachat de Stellmar Group.", "fr"),
    ("Orvento a créé une filiale au Mexique avec Kyrano.", "fr"),
    ("Helvane, a partner of Orvento, sells probes.", "en"),
    ("The Commerce Department and the Office of Export Controls fined Helvane.", "en"),
    ("Le ministère de l'Intérieur a saisi la commission des libertés civiles.", "fr"),
    ("Orvento's fund invested in Helvane in 2019.", "en"),
    ("Helvane bought probes from Kyrano, a unit supplier of Orvento.", "en"),
    ("Kyrano, like Orvento, is a subsidiary of a Danish fund.", "en"),
    ("Orvento's purchase of Helvane probes was illegal.", "en"),
    ("Helvane sold Lynxview to Orvento in 2019.", "en"),
    ("Orvento bought Lynxview in 2019.", "en"),
    ("Lynxview a été acquis par Orvento en 2019.", "fr"),
    ("Helvane sold Kyrano's probes to Orvento.", "en"),
    ("Orvento a vendu sa participation dans Helvane à Kyrano.", "fr"),
    ("Helvane a vendu des sondes à Orvento en 2017.", "fr"),
    ("Orvento owns a small stake in Helvane.", "en"),
    ("Orvento controls 30% of Helvane's capital.", "en"),
    ("La police s'est emparée des serveurs de Helvane.", "fr"),
    ("After meeting Helvane in 2017, Orvento bought probes.", "en"),
    ("Helvane sold its probes to the Commerce Department.", "en"),
    ("L'achat des sondes de Helvane par Orvento a été annulé.", "fr"),
    ("Orvento a fini le rachat des brevets de Helvane.", "fr"),
])
def test_no_parent_from_goods_stakes_bids_or_partners(text, lang):
    got = triples(text, lang, "subsidiary_of")
    assert not got, got


SUCCESSORS = [
    ("Helvane was renamed Tessaline in 2020.", "en", {(T, H)}),
    ("Kyrano was spun off from Stellmar Group in 2016.", "en", {(K, S)}),
    ("In 2019 Helvane rebranded as Tessaline.", "en", {(T, H)}),
    ("Orvento took over the interception business of Helvane in 2015.", "en", {(O, H)}),
    ("Helvane a changé de nom en 2020 pour devenir Tessaline.", "fr", {(T, H)}),
    ("Orvento a repris les activités de Helvane après sa faillite.", "fr", {(O, H)}),
    ("Tessaline, ex-Helvane, vend des sondes.", "fr", {(T, H)}),
    ("Tessaline, l'ancienne Helvane, vend des sondes.", "fr", {(T, H)}),
    ("Kyrano, une scission de Stellmar Group, vend des sondes.", "fr", {(K, S)}),
    ("Helvane sold its probe division to Kyrano in 2018.", "en", {(K, H)}),
    ("Tessaline est née de la fusion de Helvane et de Kyrano en 2019.", "fr", {(T, H)}),
    ("Tessaline was formed by the merger of Helvane and Kyrano.", "en", {(T, H)}),
]


@pytest.mark.parametrize("text,lang,expected", SUCCESSORS)
def test_renamings_spinoffs_and_businesses_taken_over(text, lang, expected):
    must(text, lang, "successor_of", expected)


SUCCESSORS_THIRD = [
    ("Helvane, renamed Tessaline in 2020, sells probes.", "en", {(T, H)}),
    ("Tessaline took over Helvane's business in 2020.", "en", {(T, H)}),
    ("Tessaline a repris l'activité de Helvane en 2020.", "fr", {(T, H)}),
    ("Kyrano est une émanation de Stellmar Group.", "fr", {(K, S)}),
    ("In 2019, Helvane had sold its probe business to Kyrano.", "en", {(K, H)}),
    ("Stellmar Group spun off Kyrano in 2016.", "en", {(K, S)}),
    ("Kyrano was once a unit of Stellmar Group, which spun it off in 2016.", "en", {(K, S)}),
    ("Helvane a cédé en 2019 son activité de sondes à Kyrano.", "fr", {(K, H)}),
]


@pytest.mark.parametrize("text,lang,expected", SUCCESSORS_THIRD)
def test_third_successor_shapes(text, lang, expected):
    must(text, lang, "successor_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helvane will be renamed Tessaline next year.", "en"),
    ("Helvane sold its probes to Kyrano in 2019.", "en"),
    ("Stellmar Group spun the story off as good news for Kyrano.", "en"),
    ("Helvane a cédé ses brevets à Kyrano en 2019.", "fr"),
    ("Helvane pourrait prendre le nom de Tessaline.", "fr"),
    ("Helvane was acquired by Orvento in 2019.", "en"),
    ("Orvento a racheté Helvane en 2019.", "fr"),
    ("Orvento a absorbé Helvane en 2014.", "fr"),
    ("Helvane could be renamed Tessaline next year.", "en"),
    ("Helvane a refusé de prendre le nom de Tessaline.", "fr"),
])
def test_no_succession_from_a_whole_purchase_or_a_plan(text, lang):
    got = triples(text, lang, "successor_of")
    assert not got, got


MAKERS = [
    ("Harrier, the spyware made by Helvane, was found on the phone of Tom Reed.", "en", {(H, "Harrier")}),
    ("Helvane's Harrier spyware infected the phone of Tom Reed.", "en", {(H, "Harrier")}),
    ("Kyrano markets Lynxview to police forces in Mexico.", "en", {(K, "Lynxview")}),
    ("Lynxview, a product of Kyrano, was shown at the fair.", "en", {(K, "Lynxview")}),
    ("Kyrano, the maker of Lynxview, said it follows the law.", "en", {(K, "Lynxview")}),
    ("The Obsidian system, designed by Orvento engineers, reads number plates.", "en", {(O, "Obsidian")}),
    ("Orvento sells a tool called Obsidian to border guards.", "en", {(O, "Obsidian")}),
    ("Helvane developed Harrier in 2014.", "en", {(H, "Harrier")}),
    ("Kyrano, which also makes Lynxview, employs forty engineers.", "en", {(K, "Lynxview")}),
    ("Le logiciel Harrier de la société Helvane a été détecté au Mexique.", "fr", {(H, "Harrier")}),
    ("Kyrano, qui commercialise Lynxview, n'a pas répondu.", "fr", {(K, "Lynxview")}),
    ("Kyrano commercialise Lynxview depuis 2015.", "fr", {(K, "Lynxview")}),
    ("Orvento, le fabricant d'Obsidian, a refusé de commenter.", "fr", {(O, "Obsidian")}),
    ("Le système Obsidian, conçu par des ingénieurs d'Orvento, lit les plaques.", "fr", {(O, "Obsidian")}),
    ("Helvane vend un outil baptisé Harrier.", "fr", {(H, "Harrier")}),
    ("Harrier, le logiciel espion de Helvane, a été détecté en France.", "fr", {(H, "Harrier")}),
    ("Helvane a développé Harrier en 2014.", "fr", {(H, "Harrier")}),
    ("Lynxview est un produit de Kyrano.", "fr", {(K, "Lynxview")}),
]


MAKERS_MORE = [
    ("Obsidian, Orvento's flagship product, reads number plates.", "en", {(O, "Obsidian")}),
    ("The Orvento-made Obsidian reads number plates.", "en", {(O, "Obsidian")}),
    pytest.param("Obsidian, conçu et vendu par Orvento, lit les plaques.", "fr", {(O, "Obsidian")},
                 marks=pytest.mark.xfail(
                     reason="coordinated participles before 'par': the generic path of arguments.py "
                            "reads the agent but no object",
                     strict=True)),
    ("Orvento est l'éditeur du logiciel Obsidian.", "fr", {(O, "Obsidian")}),
    ("Obsidian, developed by the Danish firm Orvento, reads number plates.", "en", {(O, "Obsidian")}),
    ("Kyrano created Lynxview in 2012.", "en", {(K, "Lynxview")}),
    ("Kyrano a créé Lynxview en 2012.", "fr", {(K, "Lynxview")}),
    ("Lynxview is made by Kyrano in Denmark.", "en", {(K, "Lynxview")}),
    ("Orvento's Obsidian system reads number plates.", "en", {(O, "Obsidian")}),
    pytest.param("Le logiciel Obsidian, d'Orvento, lit les plaques.", "fr", {(O, "Obsidian")},
                 marks=pytest.mark.xfail(
                     reason="a maker in an apposition after a comma: no reading",
                     strict=True)),
    ("Kyrano, which builds Lynxview, employs forty engineers.", "en", {(K, "Lynxview")}),
    ("Kyrano, dont le produit phare est Lynxview, emploie quarante ingénieurs.", "fr", {(K, "Lynxview")}),
]


MAKERS_THIRD = [
    ("Obsidian, which Orvento developed in 2014, reads number plates.", "en", {(O, "Obsidian")}),
    ("Obsidian, qu'Orvento a développé en 2014, lit les plaques.", "fr", {(O, "Obsidian")}),
    ("Obsidian was created by Orvento in 2012.", "en", {(O, "Obsidian")}),
    ("Lynxview, the flagship product of Kyrano, reads faces.", "en", {(K, "Lynxview")}),
    ("Kyrano's best-known product, Lynxview, reads faces.", "en", {(K, "Lynxview")}),
    ("Lynxview, le produit phare de Kyrano, lit les visages.", "fr", {(K, "Lynxview")}),
    ("Orvento is the company behind Obsidian.", "en", {(O, "Obsidian")}),
    ("Helvane develops interception probes. Its flagship spyware, Harrier, was found in Mexico.", "en",
     {(H, "Harrier")}),
    ("Kyrano vend des caméras. Son logiciel phare, Lynxview, a été repéré en France.", "fr",
     {(K, "Lynxview")}),
    ("Orvento, l'entreprise derrière Obsidian, n'a pas répondu.", "fr", {(O, "Obsidian")}),
]


@pytest.mark.parametrize("text,lang,expected", MAKERS_THIRD)
def test_third_maker_shapes(text, lang, expected):
    must(text, lang, "developed", expected)


@pytest.mark.parametrize("text,lang,bad", [
    ("Orvento tested Obsidian at the border.", "en", ("Orvento", "Obsidian")),
    ("Orvento a installé Obsidian pour la police.", "fr", ("Orvento", "Obsidian")),
    ("Orvento dominates the market for cameras such as Obsidian.", "en", ("Orvento", "Obsidian")),
    ("Orvento, a telecom operator, deployed its new tool, Obsidian, in 2019.", "en", ("Orvento", "Obsidian")),
    ("Orvento a acheté pour sa police privée son nouvel outil, Obsidian.", "fr", ("Orvento", "Obsidian")),
    ("Orvento's market share grew thanks to Obsidian.", "en", ("Orvento", "Obsidian")),
    ("The Commerce Department deployed its new tool, Obsidian, at the border.", "en",
     ("Commerce Department", "Obsidian")),
    ("Helvane was bought by Orvento. The firm had been founded by engineers. Its flagship spyware, Harrier, "
     "was found in Mexico.", "en", ("Orvento", "Harrier")),
    ("Orvento, the firm behind the Obsidian campaign, praised Kyrano.", "en", ("Orvento", "Obsidian")),
    pytest.param("Orvento's engineers criticised Obsidian.", "en", ("Orvento", "Obsidian"),
                 marks=pytest.mark.xfail(
                     reason="facts.product_relations reads 'X's engineers ... P' as the genitive 'X's P'",
                     strict=True)),
])
def test_no_maker_from_testers_or_installers(text, lang, bad):
    assert bad not in triples(text, lang, "developed")


@pytest.mark.parametrize("text,lang,expected", MAKERS_MORE)
def test_more_maker_shapes(text, lang, expected):
    must(text, lang, "developed", expected)


@pytest.mark.parametrize("text,lang,expected", MAKERS)
def test_makers_of_products(text, lang, expected):
    must(text, lang, "developed", expected)


@pytest.mark.parametrize("text,lang,bad", [
    ("Orvento bought Helvane's Harrier software for its police clients.", "en", ("Orvento", "Harrier")),
    ("Kyrano distributes Lynxview in Mexico on behalf of its maker.", "en", ("Kyrano", "Lynxview")),
    ("Orvento, un distributeur de Lynxview, vend aussi des drones.", "fr", ("Orvento", "Lynxview")),
    ("The Commerce Department uses Obsidian at the border.", "en", ("Commerce Department", "Obsidian")),
    ("Le ministère de l'Intérieur a acheté Obsidian en 2019.", "fr",
     ("ministère de l'Intérieur", "Obsidian")),
    ("Civic Watch analysed Harrier in a report.", "en", ("Civic Watch", "Harrier")),
    ("Helvane denied that it had developed Harrier.", "en", ("Helvane", "Harrier")),
    ("Helvane n'a jamais conçu Lynxview.", "fr", ("Helvane", "Lynxview")),
    ("Orvento, a client of Kyrano, uses Lynxview.", "en", ("Orvento", "Lynxview")),
    ("Orvento is reselling Obsidian, a Kyrano product, in Mexico.", "en", ("Orvento", "Obsidian")),
    ("Kyrano, a distributor for Orvento, markets Obsidian in Mexico.", "en", ("Kyrano", "Obsidian")),
    ("Kyrano created a team to study Lynxview.", "en", ("Kyrano", "Lynxview")),
    ("Civic Watch created a website about Harrier.", "en", ("Civic Watch", "Harrier")),
    ("The Orvento-funded study of Obsidian was published.", "en", ("Orvento", "Obsidian")),
    ("Kyrano a créé une cellule pour analyser Lynxview.", "fr", ("Kyrano", "Lynxview")),
    ("Orvento, partenaire de Kyrano, commercialise Lynxview en France.", "fr", ("Orvento", "Lynxview")),
])
def test_no_maker_from_buyers_users_distributors_or_denials(text, lang, bad):
    got = triples(text, lang, "developed")
    assert bad not in got, got


@pytest.mark.parametrize("text,lang,expected,forbid", [
    # an owner that holds its company through another: the chain, each link once
    ("In Mexico, Orvento controlled Helvane through the holding company Kyrano.", "en", {(H, K), (K, O)},
     {(K, H), (O, K)}),
    ("Stellmar Group owns Tessaline via its Dutch subsidiary Quadrix Labs.", "en", {(T, Q), (Q, S)}, {(S, Q)}),
    ("Orvento contrôlait Helvane par l'intermédiaire de la holding Kyrano.", "fr", {(H, K), (K, O)}, {(O, K)}),
    ("Stellmar Group détient Tessaline à travers sa filiale Quadrix Labs.", "fr", {(T, Q), (Q, S)}, set()),
    # near misses: the agent of a passive, a partner met through, the one owned named after the intermediary
    ("Helvane est contrôlée par Orvento, comme Kyrano.", "fr", {(H, O)}, {(H, K), (K, O)}),
    ("Orvento owns Helvane and sells through Kyrano, its distributor.", "en", {(H, O)}, {(H, K), (K, O)}),
    ("Orvento acquired Helvane, a company it first met through Kyrano.", "en", {(H, O)}, {(K, O)}),
])
def test_an_owner_through_an_intermediary(text, lang, expected, forbid):
    got = triples(text, lang, "subsidiary_of")
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert not forbid & got, f"wrong {forbid & got}"
