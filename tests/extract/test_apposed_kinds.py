"""A description set beside a name says what the name is ("X, an Israeli spyware vendor,", "the data
protection authority, the Garante", "X, l'autorité italienne de ..."), and a product word after a name makes
it a product ("its Graphite tool"). Sentences written for these tests, with near misses."""

import pytest

from enquete.extract import context


@pytest.mark.parametrize("text,name,kind", [
    ("Paragon Solutions, an Israeli spyware vendor, sold it.", "Paragon Solutions", "Company"),
    ("Cognyte, the Israeli firm spun off from Verint, sold it.", "Cognyte", "Company"),
    ("Halvard, a small Norwegian maker of drones, closed.", "Halvard", "Company"),
    ("the Italian data protection authority, the Garante, fined it", "Garante", "PublicBody"),
    ("Ostrava, the national cyber security agency, warned", "Ostrava", "PublicBody"),
    ("Lumen, a digital rights NGO based in Vienna, sued.", "Lumen", "Organization"),
    ("Velkor, une société danoise, a vendu", "Velkor", "Company"),
    ("le Garante, l'autorité italienne de protection des données, a infligé", "Garante", "PublicBody"),
    ("l'autorité de contrôle, la Vesna, a infligé", "Vesna", "PublicBody"),
    ("Fanpage, un site d'information, a révélé", "Fanpage", "Organization"),
    ("Argus, un logiciel espion, a été installé", "Argus", "Product"),
    # near misses: a person's role at an organisation, a company's staff
    ("Ahmed Mansoor, an engineer at the firm, was targeted.", "Ahmed Mansoor", None),
    ("Tomas Berg, a spokesman for the company, declined.", "Tomas Berg", None),
    ("Marc Dupin, un ingénieur de la société, a été entendu.", "Marc Dupin", None),
    ("Jane Lowe, the company's lawyer, said", "Jane Lowe", None),
    ("the firm's founder, Dan Ellis, said", "Dan Ellis", None),
])
def test_apposed_kind(text: str, name: str, kind: str | None) -> None:
    start = text.index(name)
    assert context.apposed_kind(text, start, start + len(name)) == kind


@pytest.mark.parametrize("text,name,kind", [
    ("Paragon sold its Graphite tool to Italy.", "Graphite", "Product"),
    ("the Pegasus implant was found", "Pegasus", "Product"),
])
def test_a_product_word_after_the_name(text: str, name: str, kind: str) -> None:
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == kind
