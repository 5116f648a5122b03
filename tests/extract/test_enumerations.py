"""Product groups spelled out by a parenthesised list: one group, named by its phrase, never actors."""

from __future__ import annotations

import re

import pytest

from enquete.extract.acronyms import cluster
from enquete.extract.enumerations import find, group_mentions
from enquete.model import Mention
from enquete.resolve.core import MentionRow
from enquete.resolve.entities import canonical_name

DOC = "d" * 64


def spans(text: str) -> list[tuple[str, list[str]]]:
    return [(text[slice(*g.phrase)], [text[s:e] for s, e in g.items]) for g in find(text)]


def mention(text: str, name: str, type_: str = "Product", nth: int = 0) -> Mention:
    s = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    e = s + len(name)
    return Mention(Mention.make_id(DOC, s, e), DOC, s, e, name, type_, source="gazetteer")


@pytest.mark.parametrize("text, phrase, items", [
    ("Le stand exposait des armes non létales (lanceurs de balles, grenades assourdissantes et matraques).",
     "armes non létales", ["lanceurs de balles", "grenades assourdissantes", "matraques"]),
    ("La police a reçu des équipements de maintien de l'ordre livrés en 2012 (boucliers, casques, gaz).",
     "équipements de maintien de l'ordre", ["boucliers", "casques", "gaz"]),
    ("Investigators listed surveillance tools sold to the ministry (spyware, IMSI catchers, etc.).",
     "surveillance tools", ["spyware", "IMSI catchers"]),
    ("Customs seized crowd-control gear (stun guns or pepper spray) at the border.",
     "crowd-control gear", ["stun guns", "pepper spray"]),
    ("Le rapport cite des instruments de contrainte (« des fers, des chaînes »).",
     "instruments de contrainte", ["fers", "chaînes"]),
])
def test_a_generic_phrase_and_its_listed_goods(text, phrase, items) -> None:
    assert spans(text) == [(phrase, items)]


@pytest.mark.parametrize("text", [
    "La société Amesys (filiale de Bull) a vendu le système.",  # no generic product phrase
    "They were selling equipment (see the box below).",  # one item: a note, not a list
    "Des outils (dont certains avaient été fabriqués en France par une société qui a depuis fermé, selon "
    "des documents consultés par la rédaction) ont été saisis.",  # a clause, not a list
    "The firm was promoting riot-control equipment such as grenades and batons.",  # running examples
])
def test_no_group_without_a_parenthesised_list_of_goods(text) -> None:
    assert spans(text) == []


def test_the_phrase_and_unknown_items_become_product_mentions_and_one_cluster() -> None:
    text = ("Des exposants vendaient des outils de torture (matraques à pointes, poucettes, "
            "fers pour chevilles).")
    known = [mention(text, "matraques à pointes"), mention(text, "poucettes")]
    found = group_mentions(DOC, text, known)
    assert [m.text for m in found] == ["outils de torture", "matraques à pointes", "poucettes",
                                       "fers pour chevilles"]
    assert {m.type for m in found} == {"Product"}
    cluster(text, found)
    assert len({m.cluster for m in found}) == 1
    rows = [MentionRow(m.id, DOC, m.text, m.type, m.cluster) for m in found]
    assert canonical_name(rows, "Product") == "outils de torture"


def test_a_list_naming_actors_is_never_grouped() -> None:
    text = "Le parquet a visé des sociétés de surveillance et leurs outils d'interception (Amesys, Nexa)."
    known = [mention(text, "Amesys", "Company"), mention(text, "Nexa", "Company")]
    found = group_mentions(DOC, text, known)
    assert found == known
    cluster(text, found)
    assert found[0].cluster != found[1].cluster


def test_a_list_with_no_known_product_is_left_alone() -> None:
    text = "Il a acheté du matériel de bureau (chaises, tables) pour le ministère."
    assert spans(text) and group_mentions(DOC, text, []) == []
