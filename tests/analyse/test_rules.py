"""Rules: the packaged set loads and validates; bad rules fail with the file, the rule and the problem."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from enquete.analyse.rules import KINDS, PACKAGED, SCOPES, load_rules, period, precision_of, read_rules
from enquete.exc import InvalidData

GOOD = {
    "id": "x-test",
    "issuer": "France (test)",
    "issuer_type": "national",
    "target_country": "BH",
    "item_scope": ["riot-control"],
    "kind": "suspension",
    "start": "2011-02-17",
    "end": None,
    "legal_ref": "ref",
    "source_url": "https://example.org/x",
}


def write(tmp_path: Path, rules: list) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    return path


def test_packaged_rules_load_and_are_complete() -> None:
    rules = {r.id: r for r in load_rules()}
    shared = json.loads(PACKAGED.read_text(encoding="utf-8"))
    assert set(rules) == {r["id"] for r in shared}
    assert len(rules) >= 50
    bh = rules["fr-bahrain-repression-equipment-2011"]
    assert (bh.issuer_country, bh.target_country, bh.kind, bh.start) == (
        "FR",
        "BH",
        "suspension",
        "2011-02-17",
    )
    assert rules["uk-bahrain-licence-revocation-2011"].issuer_country == "GB"
    assert rules["us-entity-list-nso-group-2021"].issuer_country == "US"
    assert rules["us-entity-list-nso-group-2021"].listed_entity == "NSO Group"
    assert rules["eu-libya-arms-internal-repression-2011"].issuer_country is None
    assert all(r.kind in KINDS and set(r.item_scope) <= set(SCOPES) for r in rules.values())
    assert all(r.source_url.startswith("http") and r.legal_ref for r in rules.values())
    assert rules["eu-syria-telecom-monitoring-2011"].licence_derogation
    assert not rules["eu-torture-goods-annex-ii-prohibition"].licence_derogation
    assert not rules["un-sr-torture-2023-inherently-abusive-goods"].binding


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"kind": "ban"}, "unknown kind 'ban'"),
        ({"start": "17/02/2011"}, "bad start date"),
        ({"start": "2011-02-30"}, "bad start date"),
        ({"item_scope": ["teargas"]}, "unknown scope term 'teargas'"),
        ({"end": "2010-01-01"}, "end 2010-01-01 is before start 2011-02-17"),
        ({"issuer_type": "regional"}, "unknown issuer_type"),
        ({"target_country": "Bahrain"}, "not an ISO 3166 alpha-2 code"),
        ({"issuer": "Ruritania (ministry)"}, "cannot tell the issuing nation"),
        ({"kind": "entity-listing"}, "needs 'listed_entity'"),
        ({"item_scope": None}, "missing 'item_scope'"),
    ],
)
def test_bad_rule_names_file_rule_and_problem(tmp_path: Path, change: dict, problem: str) -> None:
    path = write(tmp_path, [{**GOOD, **change}])
    with pytest.raises(InvalidData) as err:
        load_rules(path)
    assert str(path) in err.value.detail and "'x-test'" in err.value.detail and problem in err.value.detail


def test_duplicate_and_anonymous_rules(tmp_path: Path) -> None:
    with pytest.raises(InvalidData, match="duplicate id"):
        read_rules(write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(InvalidData, match=r"rule #1: missing 'id'"):
        read_rules(write(tmp_path, [GOOD, {k: v for k, v in GOOD.items() if k != "id"}]))
    with pytest.raises(InvalidData, match="not a readable JSON"):
        (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
        read_rules(tmp_path / "broken.json")
    with pytest.raises(InvalidData, match="no such rules file"):
        read_rules(tmp_path / "absent.json")


def test_user_rules_are_added_and_override_by_id(tmp_path: Path) -> None:
    override = {**GOOD, "id": "fr-bahrain-repression-equipment-2011", "start": "2011-03-01"}
    rules = {r.id: r for r in load_rules(write(tmp_path, [GOOD, override]))}
    assert rules["x-test"].origin.endswith("mine.json")
    assert rules["fr-bahrain-repression-equipment-2011"].start == "2011-03-01"
    assert len(rules) == len(load_rules()) + 1


def test_periods_and_precision() -> None:
    assert period("2012") == (date(2012, 1, 1), date(2012, 12, 31))
    assert period("2012-02") == (date(2012, 2, 1), date(2012, 2, 29))
    assert period("2012/2015-01") == (date(2012, 1, 1), date(2015, 1, 31))
    assert period("/2015-01")[1] == date(2015, 1, 31) and period("/2015-01")[0].year == 1
    assert [precision_of(v) for v in ("2011-02-17", "2011-02", "2011", "2012/2015", None)] == [
        "day",
        "month",
        "year",
        "interval",
        None,
    ]
    with pytest.raises(ValueError):
        period("février 2011")
