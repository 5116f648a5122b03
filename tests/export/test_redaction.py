"""A protected person's name never leaves the instance: not in any export format, and an export of an
export (through import) is unchanged."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from enquete.cli import cli
from enquete.store import Store
from tests.store_sample import populate

REAL = ("Vannier", "vannier")


@pytest.mark.parametrize("fmt", ["jsonl", "ftm", "gexf", "csv"])
def test_no_format_carries_a_protected_name(store: Store, db_url: str, fmt: str) -> None:
    populate(store)
    res = CliRunner().invoke(cli, ["--db", db_url, "export", "--format", fmt])
    assert res.exit_code == 0, res.output
    assert res.output.strip()
    assert not any(name in res.output for name in REAL)
    if fmt != "csv":  # the CSV holds relations only, and the protected person is in none
        assert "Source protégée" in res.output


def test_ftm_references_the_public_id(store: Store, db_url: str) -> None:
    populate(store)
    out = CliRunner().invoke(cli, ["--db", db_url, "export", "--format", "ftm"]).output
    rows = [json.loads(line) for line in out.splitlines()]
    people = [r for r in rows if r["schema"] == "Person"]
    assert people and all(r["id"].startswith("protected-") for r in people
                          if r["properties"]["name"][0].startswith("Source protégée"))
