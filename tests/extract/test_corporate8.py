"""Checklist battery for the corporate and legal predicates on short invented articles (names invented,
bodies real): `developed` (a product described as a company's: "the company's spyware", "X's P tool",
"P, built by X", "its malware, which it calls P"), `subsidiary_of` (an apposition, a genitive, "its
parent", "la société" for the company of the sentence before, a long agent after "acquired"),
`successor_of` (a business folded into another), `investigated` (a public body that fines, sanctions,
opens a probe, raids, orders, takes a plea) and `funded` (a fund that backs or invests). Near misses must
give nothing: a product merely used, bought or distributed, a partnership, a planned or denied purchase,
an NGO's or a journalist's inquiry, a blacklisting (restricts_exports_to, DESIGN §2), a refusal to
invest."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Helvane": "Company", "Orvento": "Company", "Kyrano": "Company", "Quadrix Labs": "Company",
    "Brightwell Capital": "Company", "Tessaline": "Company",
    "Harrier": "Product", "Lynxview": "Product", "Obsidian": "Product",
    "Commerce Department": "PublicBody", "Justice Department": "PublicBody", "CNIL": "PublicBody",
    "Danish police": "PublicBody", "parquet de Paris": "PublicBody", "justice américaine": "PublicBody",
    "Civic Watch": "Organization", "Le Monde": "Organization", "Tom Reed": "Person",
    "Mexico": "Country", "Mexique": "Country",
}
CODES = {"Mexico": "mx", "Mexique": "mx"}
H, O, K, Q, B, T = "Helvane", "Orvento", "Kyrano", "Quadrix Labs", "Brightwell Capital", "Tessaline"
CD, JD = "Commerce Department", "Justice Department"


def triples(text: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return pairs(text, lang, predicate, NAMES, CODES)


FOUND = [
    # developed
    ("Kyrano is a Danish firm. The company's spyware, Harrier, was found on phones in Mexico.", "en",
     "developed", {(K, "Harrier")}),
    ("Quadrix Labs' Harrier tool was found on phones in Mexico.", "en", "developed", {(Q, "Harrier")}),
    ("Helvane sells interception gear. Its Windows malware, which it calls Obsidian, infects laptops.", "en",
     "developed", {(H, "Obsidian")}),
    ("Helvane's Harrier tool reads encrypted messages.", "en", "developed", {(H, "Harrier")}),
    ("Lynxview, built by Kyrano in Aarhus, reads faces.", "en", "developed", {(K, "Lynxview")}),
    ("Kyrano developed Lynxview to track faces in crowds.", "en", "developed", {(K, "Lynxview")}),
    ("Orvento, the maker of the Obsidian camera, declined to comment.", "en", "developed", {(O, "Obsidian")}),
    ("L'outil Harrier de Helvane a été repéré au Mexique.", "fr", "developed", {(H, "Harrier")}),
    ("Kyrano est une société danoise. Son logiciel Lynxview a été vendu à la police.", "fr", "developed",
     {(K, "Lynxview")}),
    ("Harrier, conçu par la société Helvane, lit les messages chiffrés.", "fr", "developed",
     {(H, "Harrier")}),
    ("Helvane vend des sondes. La société a aussi mis au point Harrier, un logiciel espion.", "fr",
     "developed", {(H, "Harrier")}),
    ("Helvane vend des sondes. Le logiciel espion de la société, Harrier, a été repéré au Mexique.", "fr",
     "developed", {(H, "Harrier")}),
    # subsidiary_of
    ("Helvane was founded in 2012. The firm was acquired in December 2020 by the Danish private equity group "
     "Brightwell Capital.", "en", "subsidiary_of", {(H, B)}),
    ("Quadrix Labs, Orvento's Danish subsidiary, sells probes.", "en", "subsidiary_of", {(Q, O)}),
    ("Helvane sells probes to police forces. Its parent, Orvento, declined to comment.", "en",
     "subsidiary_of", {(H, O)}),
    ("Helvane, the Danish arm of Orvento, sells probes.", "en", "subsidiary_of", {(H, O)}),
    ("Orvento a installé une filiale, Quadrix Labs, à Dubaï.", "fr", "subsidiary_of", {(Q, O)}),
    ("Helvane, filiale danoise d'Orvento, vend des sondes.", "fr", "subsidiary_of", {(H, O)}),
    ("Helvane vend des sondes. Sa maison mère, Orvento, n'a pas répondu.", "fr", "subsidiary_of", {(H, O)}),
    ("Kyrano vend des caméras. La société est détenue depuis 2018 par le groupe Orvento.", "fr",
     "subsidiary_of", {(K, O)}),
    ("Helvane makes probes. Orvento, its parent company, declined to comment.", "en", "subsidiary_of",
     {(H, O)}),
    ("Helvane was founded in 2010 in Aarhus. Orvento bought it in 2019.", "en", "subsidiary_of", {(H, O)}),
    # successor_of
    ("Helvane sold probes to Mexico. Much of the firm's business has since been folded into Orvento.", "en",
     "successor_of", {(O, H)}),
    ("Tessaline, qui est issue du rapprochement de Helvane et de l'allemand Orvento, fabrique des blindés.",
     "fr", "successor_of", {(T, H), (T, O)}),
    ("Tessaline, formed by the merger of Helvane and Orvento in 2014, builds armoured vehicles.", "en",
     "successor_of", {(T, H), (T, O)}),
    # investigated
    ("Helvane sells probes. The Commerce Department fined the company $2 million in 2019.", "en",
     "investigated", {(CD, H)}),
    ("The Commerce Department opened a probe into Helvane in 2020.", "en", "investigated", {(CD, H)}),
    ("Helvane was sanctioned by the Commerce Department in 2021.", "en", "investigated", {(CD, H)}),
    ("The Danish police raided Helvane's headquarters in May.", "en", "investigated", {("Danish police", H)}),
    ("Helvane entered into a deferred prosecution agreement with the Justice Department.", "en",
     "investigated", {(JD, H)}),
    ("La CNIL a infligé une amende de deux millions d'euros à Helvane.", "fr", "investigated", {("CNIL", H)}),
    ("Helvane vend des sondes. La CNIL a sanctionné la société en 2021.", "fr", "investigated",
     {("CNIL", H)}),
    ("Helvane a accepté de plaider coupable devant la justice américaine.", "fr", "investigated",
     {("justice américaine", H)}),
    # funded
    ("Brightwell Capital, which backs Helvane, declined to comment.", "en", "funded", {(B, H)}),
    ("Helvane sells probes. Brightwell Capital invested $10 million in the company in 2019.", "en", "funded",
     {(B, H)}),
    ("Brightwell Capital a investi cinq millions d'euros dans Helvane.", "fr", "funded", {(B, H)}),
    ("Helvane makes probes. Its main investor, Brightwell Capital, declined to comment.", "en", "funded",
     {(B, H)}),
    ("Helvane's backer Brightwell Capital said it would stay.", "en", "funded", {(B, H)}),
    ("Helvane vend des sondes. Son principal investisseur, Brightwell Capital, n'a pas répondu.", "fr",
     "funded", {(B, H)}),
    ("Helvane makes probes. The Commerce Department ordered the company to stop selling them.", "en",
     "investigated", {(CD, H)}),
    ("La CNIL a ordonné à Helvane de supprimer les données.", "fr", "investigated", {("CNIL", H)}),
    ("Helvane makes probes. The Danish police raided the company's offices in May.", "en", "investigated",
     {("Danish police", H)}),
]


@pytest.mark.parametrize("text,lang,predicate,expected", FOUND)
def test_found(text, lang, predicate, expected):
    """Every expected pair, and no other pair of this predicate between the names of the expected ones."""
    got = triples(text, lang, predicate)
    ends = {a for a, _ in expected} | {b for _, b in expected}
    assert expected <= got and not {(s, o) for s, o in got - expected if s in ends and o in ends}, got


NOTHING = [
    # developed: used, bought, distributed, partnered, tested by an NGO
    ("Orvento uses Harrier, a tool sold to it by a broker, to spy on journalists.", "en", "developed",
     (O, "Harrier")),
    ("Orvento signed a partnership with Kyrano to sell Lynxview in Brazil.", "en", "developed",
     (O, "Lynxview")),
    ("Kyrano a acheté le logiciel Harrier en 2019.", "fr", "developed", (K, "Harrier")),
    ("Helvane distribue en France la caméra Lynxview.", "fr", "developed", (H, "Lynxview")),
    ("Helvane makes probes. Civic Watch tested the company's spyware, Harrier.", "en", "developed",
     ("Civic Watch", "Harrier")),
    ("Orvento's customers deployed the Obsidian camera at the border.", "en", "developed", (O, "Obsidian")),
    ("Helvane vend des sondes. La police a acheté le logiciel de la société, Harrier.", "fr", "developed",
     ("police", "Harrier")),
    ("Helvane vend des sondes. Orvento a testé le logiciel de la société, Harrier.", "fr", "developed",
     (O, "Harrier")),
    # subsidiary_of: partner, plan, distributor, denial, blocked purchase, client
    ("Helvane signed a partnership with Orvento in 2019.", "en", "subsidiary_of", (H, O)),
    ("Orvento considered buying Helvane in 2019 but walked away.", "en", "subsidiary_of", (H, O)),
    ("Helvane, a distributor of Orvento cameras, sells probes in Mexico.", "en", "subsidiary_of", (H, O)),
    ("Helvane a démenti avoir été rachetée par Orvento.", "fr", "subsidiary_of", (H, O)),
    ("Orvento's acquisition of Helvane was blocked by regulators.", "en", "subsidiary_of", (H, O)),
    ("Orvento est un client de Helvane depuis 2015.", "fr", "subsidiary_of", (O, H)),
    ("Helvane makes the Harrier spyware. Orvento bought it in 2019.", "en", "subsidiary_of", (H, O)),
    ("Helvane makes probes. Orvento, its main rival, declined to comment.", "en", "subsidiary_of", (H, O)),
    # successor_of
    ("Helvane will merge with Orvento next year.", "en", "successor_of", (O, H)),
    ("Tessaline, which was formed in 2014, bought Helvane and Orvento.", "en", "successor_of", (T, H)),
    ("Tessaline, née en 2014, a travaillé avec Helvane et Orvento.", "fr", "successor_of", (T, H)),
    # investigated: NGO, journalist, newspaper, blacklist, hedge, negation, complaint
    ("Civic Watch published an investigation into Helvane.", "en", "investigated", ("Civic Watch", H)),
    ("Le Monde a enquêté pendant deux ans sur Helvane.", "fr", "investigated", ("Le Monde", H)),
    ("The Commerce Department added Helvane to its Entity List in 2021.", "en", "investigated", (CD, H)),
    ("The Commerce Department blacklisted Helvane in 2021.", "en", "investigated", (CD, H)),
    ("La CNIL pourrait sanctionner Helvane l'an prochain.", "fr", "investigated", ("CNIL", H)),
    ("The Commerce Department did not fine Helvane.", "en", "investigated", (CD, H)),
    ("Helvane a porté plainte contre la CNIL.", "fr", "investigated", ("CNIL", H)),
    ("Civic Watch urged the Commerce Department to open a probe into Helvane.", "en", "investigated",
     ("Civic Watch", H)),
    # funded
    ("Brightwell Capital declined to invest in Helvane.", "en", "funded", (B, H)),
    ("Brightwell Capital plans to invest in Helvane next year.", "en", "funded", (B, H)),
    ("Helvane invested heavily in new probes.", "en", "funded", (H, "Orvento")),
    ("Brightwell Capital a refusé d'investir dans Helvane.", "fr", "funded", (B, H)),
    ("Investors such as Brightwell Capital avoid Helvane.", "en", "funded", (B, H)),
    ("Helvane makes probes. Tom Reed, its investor relations chief, said Brightwell Capital left.", "en",
     "funded", (B, H)),
    ("The Danish police ordered cameras from Helvane in 2019.", "en", "investigated", ("Danish police", H)),
    ("La police danoise a commandé des caméras à Helvane.", "fr", "investigated", ("Danish police", H)),
    ("The Danish police bought probes from Helvane in 2019.", "en", "investigated", ("Danish police", H)),
    ("The sale of probes to Helvane was approved by the Danish police.", "en", "investigated",
     ("Danish police", H)),
    ("Helvane makes probes. Civic Watch ordered the company to publish its sales.", "en", "investigated",
     ("Civic Watch", H)),
]


@pytest.mark.parametrize("text,lang,predicate,bad", NOTHING)
def test_nothing(text, lang, predicate, bad):
    got = triples(text, lang, predicate)
    assert bad not in got, got
