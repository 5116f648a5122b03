"""The documents commands through click's CliRunner: ingest, search, docs, show, export, import."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from enquete.cli import cli
from enquete.store import Store, open_store
from enquete.store.store import reset_database
from store_sample import populate

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
TEXTS = ["Le Bahreïn a acheté des grenades lacrymogènes à une entreprise française en 2012, selon un rapport.",
         "Amesys a vendu le système Eagle aux services de renseignement libyens, dit une plainte déposée à Paris."]


def invoke(db_url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", db_url, *args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i, t in enumerate(TEXTS):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i}.txt").write_text(t, encoding="utf-8")
    return tmp_path / "in"


def test_ingest_then_search_docs_show(store: Store, db_url: str, folder: Path) -> None:
    res = invoke(db_url, "ingest", str(folder), "--no-extract", "--collection", "golfe")
    assert res.exit_code == 0, res.output
    assert "2 stored, 0 unchanged, 0 failed" in res.output
    again = invoke(db_url, "ingest", str(folder), "--no-extract")
    assert again.exit_code == 0 and "0 stored, 2 unchanged" in again.output
    found = invoke(db_url, "search", "Bahrein")
    assert found.exit_code == 0 and "Bahreïn" in found.output and "Eagle" not in found.output
    assert "no document matches" in invoke(db_url, "search", "zanzibar").output
    listing = invoke(db_url, "docs")
    assert listing.exit_code == 0 and "0.txt" in listing.output and "1.txt" in listing.output
    from enquete.store.search import search
    doc_id = search(store, "Amesys")[0].doc_id
    shown = invoke(db_url, "show", doc_id[:10])
    assert shown.exit_code == 0 and "Eagle" in shown.output and doc_id in shown.output


def test_ingest_fails_loudly_on_a_bad_source(store: Store, db_url: str, folder: Path, tmp_path: Path) -> None:
    res = invoke(db_url, "ingest", str(folder), str(tmp_path / "missing.txt"), "--no-extract")
    assert res.exit_code == 1
    assert "missing.txt" in res.output and "2 stored" in res.output and "1 failed" in res.output


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the founding articles are not here")
def test_ingest_the_seeds(store: Store, db_url: str) -> None:
    res = invoke(db_url, "ingest", str(SEEDS), "--no-extract")
    assert res.exit_code == 0, res.output
    assert "4 stored" in res.output and "1 near-duplicates" in res.output and "near-duplicate:" in res.output


def test_search_errors_are_one_line(store: Store, db_url: str) -> None:
    res = CliRunner().invoke(cli, ["--db", db_url, "search", '"Bahrein'])
    assert res.exit_code == 1 and "unbalanced quote" in res.output and "Traceback" not in res.output


def test_show_errors_and_mentions(store: Store, db_url: str) -> None:
    ids = populate(store)
    res = CliRunner().invoke(cli, ["--db", db_url, "show", "zz"])
    assert res.exit_code == 1 and "not a document id" in res.output
    res = CliRunner().invoke(cli, ["--db", db_url, "show", "0" * 64])
    assert res.exit_code == 1 and "no document" in res.output
    res = invoke(db_url, "show", ids["doc_a"][:8], "--mentions")
    assert res.exit_code == 0 and "5 mentions" in res.output and "Company" in res.output


def test_show_ambiguous_prefix(store: Store, db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i}.txt").write_text(f"Document numéro {i} sur les exportations de matériel {i * 17}.",
                                         encoding="utf-8")
    assert invoke(db_url, "ingest", str(folder), "--no-extract").exit_code == 0
    from sqlalchemy import select
    from enquete.store.schema import document
    with store.connect() as conn:
        ids = [r[0] for r in conn.execute(select(document.c.id))]
    first = max({i[0] for i in ids}, key=lambda c: sum(x.startswith(c) for x in ids))
    res = CliRunner().invoke(cli, ["--db", db_url, "show", first])
    assert res.exit_code == 1 and "ambiguous" in res.output


def test_export_formats_and_import(store: Store, db_url: str, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "all.jsonl"
    assert invoke(db_url, "export", "--format", "jsonl", "-o", str(out)).exit_code == 0
    kinds = {json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {"document", "entity", "relation", "claim", "mention"} <= kinds
    stdout = invoke(db_url, "export")
    assert stdout.output == out.read_text(encoding="utf-8")
    gexf = tmp_path / "g.gexf"
    assert invoke(db_url, "export", "--format", "gexf", "-o", str(gexf)).exit_code == 0
    assert nx.read_gexf(gexf).number_of_edges() == 2
    csv_file = tmp_path / "r.csv"
    assert invoke(db_url, "export", "--format", "csv", "-o", str(csv_file)).exit_code == 0
    assert csv_file.read_text(encoding="utf-8").startswith("subject,predicate,object")
    refused = CliRunner().invoke(cli, ["--db", db_url, "import", str(out)])
    assert refused.exit_code == 1 and "empty database" in refused.output
    store.engine.dispose()
    if db_url.startswith("postgresql"):
        reset_database(db_url)
        target = db_url
    else:
        target = f"sqlite:///{tmp_path / 'restored.db'}"
    res = invoke(target, "import", str(out))
    assert res.exit_code == 0 and "2 document" in res.output
    assert invoke(target, "export").output == out.read_text(encoding="utf-8")
    open_store(target).engine.dispose()


def test_help_texts() -> None:
    for cmd in ("ingest", "search", "docs", "show", "export", "import"):
        res = CliRunner().invoke(cli, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output and len(res.output) > 150, cmd
