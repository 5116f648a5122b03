"""Exports of the evidence graph: JSON Lines (DESIGN §3, also the backup format that `enquete import`
restores), FollowTheMoney (Aleph, OpenSanctions), GEXF (for Gephi) and CSV (relations, for
spreadsheets). GEXF and CSV are built from the same rows as JSON Lines, and every format goes through
the redaction of protected people (enquete.privacy): their names never leave the instance."""

from __future__ import annotations

from typing import IO, Any

from enquete.store import Store

FORMATS = ("jsonl", "ftm", "gexf", "csv")


def write(store: Store, fmt: str, out: IO[Any]) -> int:
    """Write the store in format `fmt` (one of FORMATS) to `out` (binary for gexf, text otherwise),
    protected people redacted; returns the number of rows or entities written where the format counts."""
    from enquete.export.jsonl import export_rows
    from enquete.privacy import load_redactor, redact_rows

    if fmt == "ftm":
        from enquete.export.ftm import write_ftm

        return write_ftm(store, out, load_redactor(store))
    rows = redact_rows(export_rows(store), store)
    if fmt == "jsonl":
        from enquete.export.jsonl import write_jsonl

        return write_jsonl(store, out, rows)
    if fmt == "gexf":
        from enquete.export.gexf import write_gexf

        return write_gexf(store, out, rows) or 0
    from enquete.export.csv import write_csv

    return write_csv(store, out, rows) or 0
