"""GEXF (loads in networkx) and CSV (relations with names, date, quote) exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from enquete.export.csv import COLUMNS, write_csv
from enquete.export.gexf import write_gexf
from enquete.store import Store
from store_sample import populate


def test_gexf_is_valid_and_complete(store: Store, tmp_path: Path) -> None:
    ids = populate(store)
    path = tmp_path / "graph.gexf"
    with path.open("wb") as out:
        write_gexf(store, out)
    graph = nx.read_gexf(path)
    assert set(graph.nodes) == {ids["amesys"], ids["libya"], ids["eagle"], ids["vannier"]}
    assert graph.nodes[ids["amesys"]]["label"] == "Amesys"
    edges = list(graph.edges(data=True))
    assert len(edges) == 2
    assert {(a, b, d["predicate"], d["date"]) for a, b, d in edges} == {
        (ids["amesys"], ids["libya"], "supplied", "2008"), (ids["amesys"], ids["libya"], "supplied", "2011")}


def test_csv_lists_resolved_relations(store: Store) -> None:
    ids = populate(store)
    buf = io.StringIO()
    assert write_csv(store, buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    assert {(r["subject"], r["predicate"], r["object"], r["product"], r["date"]) for r in rows} == {
        ("Amesys", "supplied", "Libye", "Eagle", "2008"), ("Amesys", "supplied", "Libye", "Eagle", "2011")}
    assert {r["doc"] for r in rows} == {ids["doc_a"], ids["doc_b"]}
    assert all(r["quote"] for r in rows)
