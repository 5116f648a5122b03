"""enquete.query, the one query layer: the CLI (Scope.everything) and a web reader (their collections,
protected people redacted) read the same facts through it; aliases come from one function for the
dossiers and both exports. Run on the web's sample world (tests/web/sample.py) in a real store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select, update

from enquete import privacy, query
from enquete.analyse.timeline import timeline
from enquete.cli import cli
from enquete.exc import NotFound
from enquete.export.ftm import ftm_entities
from enquete.export.jsonl import export_rows
from enquete.query import Scope, make_scope
from enquete.resolve import dossier
from enquete.store.schema import claim, collection, evidence, mention
from tests.web.sample import World, build


@pytest.fixture
def world(store) -> World:  # type: ignore[no-untyped-def]
    return build(store)


def _reader(world: World, name: str) -> Scope:
    with world.store.connect() as conn:
        cid = conn.execute(select(collection.c.id).where(collection.c.name == name)).scalar_one()
    return make_scope(world.store, frozenset({cid}), redacts=True)


def _ids(rels: dict[str, list[dict]]) -> set[str]:
    return {r["id"] for rs in rels.values() for r in rs}


def test_cli_dossier_and_admin_view_read_the_same_facts(world: World) -> None:
    amesys = world.entities["amesys"]
    cli_view = dossier(world.store, amesys)
    admin = query.viewer_dossier(Scope.everything(world.store), amesys)
    assert _ids(cli_view["relations"]) == _ids(admin["relations"]) == {
        "rel-supplied_eagle", "rel-vannier_amesys", "rel-benali_amesys", "rel-nexa_successor", "rel-evil_sold"}
    assert {c["id"] for cs in cli_view["claims"].values() for c in cs} == {c["id"] for c in admin["claims"]}
    assert cli_view["aliases"] == admin["aliases"] == [{"name": "Amesys", "count": 5}]
    assert [(d["id"], d["mentions"]) for d in cli_view["documents"]] == \
        [(d["id"], d["mentions"]) for d in admin["documents"]]
    quotes = {e["quote"] for rs in cli_view["relations"].values() for r in rs for e in r["evidence"]}
    assert any("ran the firm" in q for q in quotes) and any("sold the Cerebro" not in q for q in quotes)


def test_a_reader_sees_only_facts_of_their_collections(world: World) -> None:
    amesys = world.entities["amesys"]
    libye, egypte = _reader(world, "libye"), _reader(world, "egypte")
    seen = query.viewer_dossier(egypte, amesys)
    assert _ids(seen["relations"]) == {"rel-nexa_successor"}
    assert seen["aliases"] == [{"name": "Amesys", "count": 1}]  # only the mention in the visible document
    assert [d["id"] for d in seen["documents"]] == [world.docs["b"]]
    assert seen["claims"] == [] and seen["contradictions"] == []
    assert "rel-nexa_successor" not in _ids(query.viewer_dossier(libye, amesys)["relations"])
    with pytest.raises(NotFound):
        query.viewer_dossier(egypte, world.entities["vannier"])  # no mention in a document eve may read


def test_a_protected_person_is_redacted_for_readers_not_for_the_cli(world: World) -> None:
    benali = world.entities["benali"]
    privacy.set_protected(world.store, benali, True, author="edith")
    reader = _reader(world, "libye")
    shown = reader.eid(benali)
    seen = query.viewer_dossier(reader, shown)
    assert shown != benali and seen["id"] == shown
    assert "Benali" not in json.dumps(seen, ensure_ascii=False)
    assert [a["count"] for a in seen["aliases"]] == [2]  # one pseudonym carries every mention
    with pytest.raises(NotFound):
        query.viewer_dossier(reader, benali)  # the real id is no way in
    assert {a["name"] for a in dossier(world.store, benali)["aliases"]} == {"Karim Benali", "Benali"}


def test_one_alias_function_for_dossiers_and_exports(world: World) -> None:
    amesys = world.entities["amesys"]
    with world.store.begin() as conn:  # a second surface form, written twice with odd spacing once
        for nth, text in enumerate(("Amesys  SA", "Amesys SA")):
            conn.execute(insert(mention).values(id=f"m-extra-{nth}", doc_id=world.docs["b"], start=0, end=1,
                                                text=text, type="Company", entity_id=amesys))
    with world.store.connect() as conn:
        counted = query.aliases(conn)[amesys]
        only_b = query.aliases(conn, mention.c.doc_id == world.docs["b"])[amesys]
    assert counted == [("Amesys", 5), ("Amesys  SA", 1), ("Amesys SA", 1)]  # most frequent, then text
    assert only_b == [("Amesys", 1), ("Amesys  SA", 1), ("Amesys SA", 1)]
    assert dossier(world.store, amesys)["aliases"] == [{"name": t, "count": n} for t, n in counted]
    row = next(r for r in export_rows(world.store) if r["kind"] == "entity" and r["id"] == amesys)
    assert row["aliases"] == ["Amesys", "Amesys  SA", "Amesys SA"]
    proxy = next(p for p in ftm_entities(world.store) if p.id == amesys)
    assert sorted(proxy.get("alias")) == ["Amesys SA"]  # spaces normalised, the name itself left out


def test_cli_dossier_lists_undated_facts_last_on_every_backend(world: World) -> None:
    supplied = dossier(world.store, world.entities["amesys"])["relations"]["supplied"]
    assert [r["id"] for r in supplied] == ["rel-supplied_eagle", "rel-evil_sold"]  # 2007, then undated
    assert [r["as"] for r in supplied] == ["subject", "object"]
    by, about = dossier(world.store, world.entities["benali"])["claims"].values()
    assert [c["id"] for c in by] == ["cl-benali_affirms"] and about == []


def test_timeline_quotes_every_source_in_document_order(world: World) -> None:
    with world.store.begin() as conn:  # a second, earlier quote of the same relation
        conn.execute(insert(evidence).values(owner_kind="relation", owner_id="rel-eagle_tripoli",
                                             doc_id=world.docs["a"], start=0, end=6, quote="Amesys"))
    items = timeline(Scope.everything(world.store), world.entities["eagle"])
    # a claim about Eagle too; on one date, events before relations
    assert [i["id"] for i in items] == [
        "rel-supplied_eagle", "cl-amesys_denies", "evt-manuals", "rel-eagle_tripoli"]
    found = "In September 2011 reporters found Eagle manuals in an abandoned building in Tripoli."
    assert [(e["start"], e["quote"]) for e in items[3]["evidence"]] == [
        (0, "Amesys"), (world.evidence["rel-eagle_tripoli"][1], found)]
    assert items[3]["text"] == "Eagle found in Libya" and items[2]["precision"] == "month"
    assert items[2]["participants"] == [{"id": world.entities["eagle"], "name": "Eagle", "type": "Product"}]


def test_the_dossier_timeline_is_the_timeline_around_the_entity(world: World) -> None:
    for scope in (Scope.everything(world.store), _reader(world, "libye")):
        amesys = world.entities["amesys"]
        assert query.viewer_dossier(scope, amesys)["timeline"] == timeline(scope, amesys)
    assert {i["id"] for i in timeline(_reader(world, "egypte"), world.entities["amesys"])} == set()
    with pytest.raises(NotFound):  # in no document the reader may see
        timeline(_reader(world, "egypte"), world.entities["eagle"])


def test_cli_contradictions_json_gives_both_sides(world: World, db_url: str) -> None:
    out = CliRunner().invoke(cli, ["--db", db_url, "contradictions", "--no-refresh", "--json"])
    assert out.exit_code == 0, out.output
    (row,) = json.loads(out.output)
    a, b = row["a"], row["b"]
    assert (a["who"], a["date"], a["what"]) == ("Amesys", "2011", "denies")
    assert (b["who"], b["date"], b["what"]) == ("Karim Benali", None, "affirms")
    assert a["evidence"]["quote"].startswith("In 2011, Amesys denied") and b["evidence"]["doc"] == world.docs["a"]
    with world.store.begin() as conn:  # a claim without a speaker reads as "?", not as an error
        conn.execute(update(claim).where(claim.c.id == "cl-benali_affirms").values(speaker=None))
    again = json.loads(CliRunner().invoke(cli, ["--db", db_url, "contradictions", "--no-refresh", "--json"]).output)
    assert again[0]["b"]["who"] == "?"
