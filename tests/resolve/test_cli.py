"""The resolution commands through click's runner on a real store."""

import json

from click.testing import CliRunner
from sqlalchemy import insert, select

from enquete.cli import cli
from enquete.resolve import candidates, resolve
from enquete.store.schema import evidence, judgement, mention, relation
from tests.resolve.helpers import add_doc, entities, entity_of

TEXT = ("Le britannique Gamma Group a exposé FinFisher. Martin Muench dirige Gamma Group. "
        "Muench a démenti toute vente.")


def _setup(store):
    d = add_doc(store, "a", TEXT, [("Gamma Group", "Company"), ("FinFisher", "Product"),
                                   ("Martin Muench", "Person", "m"), ("Gamma Group", "Company"),
                                   ("Muench", "Person", "m")])
    b = add_doc(store, "b", "La société Gamma Groupe vendait des logiciels.", [("Gamma Groupe", "Company")])
    with store.begin() as conn:
        q = select(mention.c.id).where(mention.c.doc_id == d).order_by(mention.c.start)
        ids = conn.execute(q).scalars().all()
        conn.execute(insert(relation).values(id="r1", doc_id=d, subject=ids[2], predicate="employed_by",
                                             object=ids[3], role="CEO", confidence=0.8, extractor="test"))
        q = "Martin Muench dirige Gamma Group."
        conn.execute(insert(evidence).values(owner_kind="relation", owner_id="r1", doc_id=d,
                                             start=TEXT.index(q), end=TEXT.index(q) + len(q), quote=q))
    resolve(store)
    return d, b


def test_entity_dossier_and_ambiguity(store, db_url) -> None:
    d, _ = _setup(store)
    run = CliRunner().invoke(cli, ["entity", "Muench"])
    assert run.exit_code == 0, run.output
    assert "Martin Muench" in run.output and "employed_by" in run.output
    assert "Martin Muench dirige Gamma Group." in run.output
    js = json.loads(CliRunner().invoke(cli, ["entity", "gamma group", "--json"]).output)
    assert js["type"] == "Company" and js["aliases"] == [{"name": "Gamma Group", "count": 2}]
    assert js["relations"]["employed_by"][0]["subject"]["name"] == "Martin Muench"
    missing = CliRunner().invoke(cli, ["entity", "Nobody Here"])
    assert missing.exit_code == 1 and "no entity named" in missing.output


def test_review_accept_reject_and_prompt(store, db_url) -> None:
    d, b = _setup(store)
    listed = json.loads(CliRunner().invoke(cli, ["review", "--json"]).output)
    assert len(listed) == 1 and listed[0]["sides"][0]["sentence"]
    run = CliRunner().invoke(cli, ["review", "--reject", listed[0]["id"], "--author", "eve"])
    assert run.exit_code == 0 and "kept apart" in run.output
    assert candidates(store) == []
    with store.connect() as conn:
        j = conn.execute(select(judgement)).one()
    assert (j.kind, j.author) == ("no-merge", "eve")
    bad = CliRunner().invoke(cli, ["review", "--accept", "nope"])
    assert bad.exit_code == 1 and "no review candidate" in bad.output


def test_review_prompt_merges(store, db_url) -> None:
    d, b = _setup(store)
    run = CliRunner().invoke(cli, ["review"], input="y\n")
    assert run.exit_code == 0, run.output
    assert entity_of(store, d, "Gamma Group") == entity_of(store, b, "Gamma Groupe")


def test_merge_split_reject_commands(store, db_url) -> None:
    d, b = _setup(store)
    run = CliRunner().invoke(cli, ["merge", "Gamma Group", "Gamma Groupe", "--author", "ann"])
    assert run.exit_code == 0, run.output
    assert entity_of(store, d, "Gamma Group") == entity_of(store, b, "Gamma Groupe")
    run = CliRunner().invoke(cli, ["split", "Martin Muench", "Muench"])
    assert run.exit_code == 0, run.output
    assert entity_of(store, d, "Muench") != entity_of(store, d, "Martin Muench")
    run = CliRunner().invoke(cli, ["reject", "FinFisher"])
    assert run.exit_code == 0 and "1 mention(s) hidden" in run.output
    run = CliRunner().invoke(cli, ["resolve"])
    assert run.exit_code == 0, run.output
    assert entity_of(store, d, "FinFisher") is None
    assert entity_of(store, d, "Muench") != entity_of(store, d, "Martin Muench")
    assert entity_of(store, d, "Gamma Group") == entity_of(store, b, "Gamma Groupe")
    with store.connect() as conn:
        kinds = [r.kind for r in conn.execute(select(judgement).order_by(judgement.c.id))]
    assert kinds == ["merge", "split", "reject"]
    out = CliRunner().invoke(cli, ["export", "--format", "ftm"])
    assert out.exit_code == 0
    schemata = {json.loads(line)["schema"] for line in out.stdout.splitlines() if line.startswith("{")}
    assert {"Company", "Person", "Employment"} <= schemata
    assert len(entities(store)) == 3
