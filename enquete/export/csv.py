"""CSV export: one line per relation, with entity names, date, supporting quote and document."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from enquete.export.jsonl import export_rows
from enquete.store import Store

COLUMNS = ("subject", "predicate", "object", "product", "date", "quote", "doc", "start", "end",
           "relation_id", "subject_id", "object_id")


def write_csv(store: Store, out: TextIO, rows: Iterable[dict[str, Any]] | None = None) -> int:
    """Write the relations of `rows` (default: the whole store) as CSV to `out`; returns their number."""
    names: dict[str, str] = {}
    relations = []
    for row in export_rows(store) if rows is None else rows:
        if row["kind"] == "entity":
            names[row["id"]] = row["name"]
        elif row["kind"] == "relation":
            relations.append(row)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in relations:
        ev = (r.get("evidence") or [{}])[0]
        writer.writerow([names.get(r["subject"], ""), r["predicate"], names.get(r["object"], ""),
                         names.get(r.get("product") or "", ""), r.get("date") or "", ev.get("quote", ""),
                         ev.get("doc", ""), ev.get("start", ""), ev.get("end", ""), r["id"], r["subject"],
                         r["object"]])
    return len(relations)
