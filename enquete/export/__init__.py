"""Exports of the evidence graph: JSON Lines (DESIGN §3, also the backup format that `enquete import`
restores), GEXF (for Gephi) and CSV (relations, for spreadsheets). GEXF and CSV are built from the same
rows as JSON Lines, so a filter applied to those rows (redaction) applies to every format."""

from __future__ import annotations

FORMATS = ("jsonl", "gexf", "csv")
