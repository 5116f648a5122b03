"""Human judgements win over every later resolution, full or incremental, and over re-ingest."""

import pytest
from sqlalchemy import delete, select

from enquete.exc import InvalidData, NotFound
from enquete.model import sha256
from enquete.resolve import candidates, find_entity, merge, no_merge, reject, resolve, split
from enquete.store.schema import document, judgement
from tests.resolve.helpers import add_doc, entities, entity_of

STAND = "Amesys exposait au salon. Plus loin, Advanced Middle East System tenait un stand."
STAND_M = [("Amesys", "Company"), ("Advanced Middle East System", "Company")]


def reingest(store, name: str, text: str, mentions) -> str:
    """Drop a document (its mentions go with it) and store it again, as a fresh ingest would."""
    doc_id = sha256(text)
    with store.begin() as conn:
        conn.execute(delete(document).where(document.c.id == doc_id))
    return add_doc(store, name, text, mentions)


def test_merge_survives_full_resolution_and_reingest(store) -> None:
    d = add_doc(store, "stand", STAND, STAND_M)
    resolve(store)
    a, b = entity_of(store, d, "Amesys"), entity_of(store, d, "Advanced Middle East System")
    assert a != b
    assert merge(store, a, b, author="alice") == a
    assert entity_of(store, d, "Advanced Middle East System") == a
    resolve(store)
    assert entity_of(store, d, "Advanced Middle East System") == entity_of(store, d, "Amesys") == a
    d2 = reingest(store, "stand", STAND, STAND_M)
    assert d2 == d and entity_of(store, d, "Amesys") is None
    resolve(store, [d])
    assert entity_of(store, d, "Advanced Middle East System") == entity_of(store, d, "Amesys")
    with store.connect() as conn:
        row = conn.execute(select(judgement)).one()
    assert (row.kind, row.author, row.entity_a, row.entity_b) == ("merge", "alice", a, b)
    assert row.created_at.endswith("Z")


def test_split_survives_full_resolution_and_reingest(store) -> None:
    text = "Manuel Valls a visité le salon. Valls, un exposant homonyme, vend des grenades."
    ms = [("Manuel Valls", "Person", "v"), ("Valls", "Person", "v")]
    d = add_doc(store, "valls", text, ms)
    resolve(store)
    whole = entity_of(store, d, "Manuel Valls")
    assert entity_of(store, d, "Valls") == whole
    new = split(store, whole, "Valls", author="bob")
    assert entity_of(store, d, "Valls") == new != whole
    for _ in range(2):
        resolve(store)
        assert entity_of(store, d, "Valls") != entity_of(store, d, "Manuel Valls")
    reingest(store, "valls", text, ms)
    resolve(store, [d])
    assert entity_of(store, d, "Valls") not in (None, entity_of(store, d, "Manuel Valls"))
    resolve(store)
    assert entity_of(store, d, "Valls") != entity_of(store, d, "Manuel Valls")


def test_reject_hides_mentions_for_good(store) -> None:
    text = "Milipol Paris ouvre ses portes; Milipol Paris attire des délégations."
    d = add_doc(store, "milipol", text, [("Milipol Paris", "Person"), ("Milipol Paris", "Person")])
    other = add_doc(store, "later", "Au salon Milipol Paris, des grenades.", [("Milipol Paris", "Person")])
    resolve(store, [d])
    eid = entity_of(store, d, "Milipol Paris")
    assert reject(store, eid, author="carol") == 2
    assert entity_of(store, d, "Milipol Paris") is None and eid not in entities(store)
    resolve(store)
    resolve(store, [other])
    assert entity_of(store, d, "Milipol Paris") is None
    assert entity_of(store, other, "Milipol Paris") is None  # same type and full name: rejected too


def test_review_accept_and_reject(store) -> None:
    a = add_doc(store, "a", "Le britannique Gamma Group a exposé FinFisher.", [("Gamma Group", "Company")])
    b = add_doc(store, "b", "La société Gamma Groupe vendait FinFisher.", [("Gamma Groupe", "Company")])
    c = add_doc(store, "c", "Gamma Grup, une autre firme, vend des drones.", [("Gamma Grup", "Company")])
    resolve(store)
    found = candidates(store)
    assert found and all(0.8 <= x.score < 1 for x in found)
    pair = next(x for x in found if {x.a, x.b} == {entity_of(store, a, "Gamma Group"),
                                                  entity_of(store, b, "Gamma Groupe")})
    assert {s["sentence"] for s in pair.sides} >= {"Le britannique Gamma Group a exposé FinFisher."}
    merge(store, pair.a, pair.b, author="dan")
    assert entity_of(store, a, "Gamma Group") == entity_of(store, b, "Gamma Groupe")
    rest = [x for x in candidates(store) if entity_of(store, c, "Gamma Grup") in (x.a, x.b)]
    assert rest
    no_merge(store, rest[0].a, rest[0].b, author="dan")
    assert not [x for x in candidates(store) if x.id == rest[0].id]
    resolve(store)
    assert entity_of(store, c, "Gamma Grup") != entity_of(store, a, "Gamma Group")


def test_merge_refuses_person_with_company_and_unknown_ids(store) -> None:
    d = add_doc(store, "d", "Thomas Dupont dirige Thomas Dupont.", [("Thomas Dupont", "Person"),
                                                                  ("Thomas Dupont", "Company")])
    resolve(store)
    ents = sorted(entities(store).values(), key=lambda e: e.type)
    with pytest.raises(InvalidData):
        merge(store, ents[0].id, ents[1].id)
    with pytest.raises(NotFound):
        merge(store, ents[0].id, "no-such-entity")
    with pytest.raises(InvalidData, match="names 2 entities"):
        find_entity(store, "Thomas Dupont")
    assert find_entity(store, ents[1].id).type == "Person"
    assert d


def test_the_later_judgement_wins(store) -> None:
    d = add_doc(store, "stand", STAND, STAND_M)
    resolve(store)
    a, b = entity_of(store, d, "Amesys"), entity_of(store, d, "Advanced Middle East System")
    merge(store, a, b, author="alice")
    split(store, a, "Advanced Middle East System", author="bob")
    resolve(store)
    assert entity_of(store, d, "Amesys") != entity_of(store, d, "Advanced Middle East System")
    merge(store, entity_of(store, d, "Amesys"), entity_of(store, d, "Advanced Middle East System"),
          author="alice")
    resolve(store)
    assert entity_of(store, d, "Amesys") == entity_of(store, d, "Advanced Middle East System")


def _protected(store, eid: str) -> bool:
    return bool(entities(store)[eid].protected)


def test_protection_follows_the_person_through_resolution_merge_and_split(store) -> None:
    from enquete.privacy import set_protected

    text = "James Dunne a parlé. Dunne travaillait chez Qosmos. Plus tard, Jim Dunne a confirmé."
    ms = [("James Dunne", "Person", "d"), ("Dunne", "Person", "d"), ("Qosmos", "Company"),
          ("Jim Dunne", "Person")]
    d = add_doc(store, "dunne", text, ms)
    resolve(store)
    source = entity_of(store, d, "James Dunne")
    set_protected(store, source, True, author="editor")
    with store.begin() as conn:  # a re-resolution that lost the id: the entity row is recreated
        conn.execute(delete(document).where(document.c.id == d))
    d = add_doc(store, "dunne", text, ms)
    resolve(store, [d])
    again = entity_of(store, d, "James Dunne")
    assert _protected(store, again)
    assert not _protected(store, entity_of(store, d, "Qosmos"))
    other = entity_of(store, d, "Jim Dunne")
    if other != again:  # merging an unprotected alias into the source keeps the source protected
        assert merge(store, other, again, author="editor") == other
        assert _protected(store, other)
        again = other
    part = split(store, again, "Jim Dunne", author="editor")
    assert _protected(store, part) and _protected(store, again)
    resolve(store)
    assert _protected(store, entity_of(store, d, "James Dunne"))
