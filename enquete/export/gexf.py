"""GEXF export: entities as nodes, relations as edges (predicate, date, document, quote)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

import networkx as nx

from enquete.export.jsonl import export_rows
from enquete.store import Store


def build_graph(rows: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """A directed multigraph of the entity and relation rows of an export."""
    graph = nx.MultiDiGraph()
    relations = []
    for row in rows:
        if row["kind"] == "entity":
            graph.add_node(row["id"], label=row["name"], type=row["type"], country=row.get("country") or "")
        elif row["kind"] == "relation":
            relations.append(row)
    for r in relations:
        if r["subject"] in graph and r["object"] in graph:
            ev = (r.get("evidence") or [{}])[0]
            graph.add_edge(r["subject"], r["object"], key=r["id"], label=r["predicate"],
                           predicate=r["predicate"], date=r.get("date") or "", doc=ev.get("doc", ""),
                           quote=ev.get("quote", ""), confidence=float(r.get("confidence") or 0.0))
    return graph


def write_gexf(store: Store, out: BinaryIO, rows: Iterable[dict[str, Any]] | None = None) -> nx.MultiDiGraph:
    """Write the graph of `rows` (default: the whole store) as GEXF 1.2 to the binary stream `out`."""
    graph = build_graph(export_rows(store) if rows is None else rows)
    nx.write_gexf(graph, out, version="1.2draft")
    return graph
