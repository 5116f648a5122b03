"""Screening rules as data: embargoes, prohibitions, licence requirements, suspensions, commitments and
entity listings (DESIGN §4). The packaged set is `data/rules.json` (sourced in ../shared/rules/RULES.md);
users add their own file, whose rules override packaged ones with the same id.

Every rule is validated when loaded: a bad rule raises `InvalidData` naming the file, the rule and the
problem, so a typo never silently disables a check.
"""

from __future__ import annotations

import json
import logging
import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from enquete.exc import InvalidData

log = logging.getLogger(__name__)

PACKAGED = Path(__file__).with_name("data") / "rules.json"

ISSUER_TYPES = ("EU", "UN", "national", "multilateral")
KINDS = ("embargo", "prohibition", "licence-requirement", "suspension", "commitment", "entity-listing")
#: The item_scope vocabulary of RULES.md.
SCOPES = (
    "arms", "internal-repression-equipment", "telecom-monitoring", "ip-network-surveillance",
    "intrusion-software", "cyber-surveillance", "dual-use-military-end-use", "riot-control",
    "security-equipment", "torture-goods", "law-enforcement-equipment", "capital-punishment-goods",
    "all-ear-items",
)
#: Issuer text -> ISO2 of the nation whose suppliers a national rule binds.
NATIONS = {"france": "FR", "united kingdom": "GB", "uk": "GB", "united states": "US", "germany": "DE",
           "belgium": "BE", "italy": "IT", "spain": "ES", "netherlands": "NL", "switzerland": "CH"}

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_DAY, MAX_DAY = date(1, 1, 1), date(9999, 12, 31)


def period(value: str | None) -> tuple[date, date]:
    """The first and last day a date string may denote: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B
    (either side may be empty: open). None or '' is the whole of time. Raises ValueError when malformed."""
    if not value:
        return MIN_DAY, MAX_DAY
    if "/" in value:
        a, _, b = value.partition("/")
        return (period(a)[0] if a else MIN_DAY), (period(b)[1] if b else MAX_DAY)
    if not _DATE.match(value):
        raise ValueError(f"bad date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    d = date(parts[0], parts[1], parts[2])
    return d, d


def precision_of(value: str | None) -> str | None:
    """day, month, year or interval for a date string; None when there is no date."""
    if not value:
        return None
    if "/" in value:
        return "interval"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "interval")


@dataclass(frozen=True)
class Rule:
    """One restriction. `target_country` is the destination (ISO2) or None for item-wide controls; for
    entity listings it is the listed company's country and `listed_entity`/`aliases` name it."""

    id: str
    issuer: str
    issuer_type: str
    kind: str
    item_scope: tuple[str, ...]
    start: str
    end: str | None = None
    target_country: str | None = None
    issuer_country: str | None = None
    legal_ref: str = ""
    source_url: str = ""
    note: str = ""
    listed_entity: str | None = None
    aliases: tuple[str, ...] = ()
    licence_derogation: bool = False  # a prohibition that authorities may lift by authorisation
    binding: bool = True  # False: a recommendation (never more than `possible`)
    participants: tuple[str, ...] = ()  # multilateral: ISO2 of participating states (empty: everyone)
    binds_origin: bool = False  # national: also binds goods made in the issuing state, whoever re-exports them
    origin: str = field(default="", compare=False)  # the file it came from

    @property
    def window(self) -> tuple[date, date]:
        """First day the rule may be in force (its start's first day) and its last day (end's last)."""
        return period(self.start)[0], period(self.end)[1] if self.end else MAX_DAY


def _fail(origin: str, ref: str, problem: str) -> InvalidData:
    return InvalidData(f"{origin}: rule {ref}: {problem}")


def _issuer_country(raw: dict[str, Any]) -> str | None:
    if raw.get("issuer_country"):
        return str(raw["issuer_country"]).upper()
    if raw.get("issuer_type") != "national":
        return None
    text = str(raw.get("issuer", "")).lower()
    for name, iso in NATIONS.items():
        if text.startswith(name):
            return iso
    return None


def _check(raw: dict[str, Any], origin: str, ref: str) -> None:
    """Raise InvalidData for the first problem in one raw rule."""
    for key in ("id", "issuer", "issuer_type", "kind", "item_scope", "start"):
        if not raw.get(key):
            raise _fail(origin, ref, f"missing {key!r}")
    if raw["issuer_type"] not in ISSUER_TYPES:
        raise _fail(origin, ref,
                    f"unknown issuer_type {raw['issuer_type']!r} (one of {', '.join(ISSUER_TYPES)})")
    if raw["kind"] not in KINDS:
        raise _fail(origin, ref, f"unknown kind {raw['kind']!r} (one of {', '.join(KINDS)})")
    if not isinstance(raw["item_scope"], list):
        raise _fail(origin, ref, "item_scope must be a list")
    for term in raw["item_scope"]:
        if term not in SCOPES:
            raise _fail(origin, ref, f"unknown scope term {term!r} (one of {', '.join(SCOPES)})")
    for key in ("start", "end"):
        if raw.get(key) is not None and not (isinstance(raw[key], str) and _DATE.match(raw[key])):
            raise _fail(origin, ref, f"bad {key} date {raw[key]!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
        if raw.get(key):
            try:
                period(raw[key])
            except ValueError as exc:
                raise _fail(origin, ref, f"bad {key} date {raw[key]!r}: {exc}") from exc
    if raw.get("end") and period(raw["end"])[1] < period(raw["start"])[0]:
        raise _fail(origin, ref, f"end {raw['end']} is before start {raw['start']}")
    target = raw.get("target_country")
    if target is not None and not (isinstance(target, str) and re.match(r"^[A-Za-z]{2}$", target)):
        raise _fail(origin, ref, f"target_country {target!r} is not an ISO 3166 alpha-2 code")
    if raw["kind"] == "entity-listing" and not (raw.get("listed_entity") or raw.get("aliases")):
        raise _fail(origin, ref, "an entity-listing rule needs 'listed_entity' (the listed company's name)")
    if raw.get("binds_origin") and raw["issuer_type"] != "national":
        raise _fail(origin, ref, "'binds_origin' applies to national rules only (the goods of that nation)")
    if raw["issuer_type"] == "national" and not _issuer_country(raw):
        raise _fail(origin, ref, "national rule: cannot tell the issuing nation; add 'issuer_country' (ISO2)")


def parse_rule(raw: Any, origin: str = "<rules>", index: int = 0) -> Rule:
    """Validate one raw JSON object and build its Rule; raises InvalidData naming `origin` and the rule."""
    ref = f"#{index}"
    if not isinstance(raw, dict):
        raise _fail(origin, ref, "is not a JSON object")
    if raw.get("id"):
        ref = repr(raw["id"])
    _check(raw, origin, ref)
    return Rule(
        id=raw["id"], issuer=raw["issuer"], issuer_type=raw["issuer_type"], kind=raw["kind"],
        item_scope=tuple(raw["item_scope"]), start=raw["start"], end=raw.get("end") or None,
        target_country=(raw.get("target_country") or "").upper() or None,
        issuer_country=_issuer_country(raw), legal_ref=raw.get("legal_ref") or "",
        source_url=raw.get("source_url") or "", note=raw.get("note") or "",
        listed_entity=raw.get("listed_entity"), aliases=tuple(raw.get("aliases") or ()),
        licence_derogation=bool(raw.get("licence_derogation", raw["kind"] == "prohibition")),
        binding=bool(raw.get("binding", True)),
        participants=tuple(p.upper() for p in raw.get("participants") or ()),
        binds_origin=bool(raw.get("binds_origin", False)), origin=origin,
    )


def read_rules(path: str | Path) -> list[Rule]:
    """Read and validate one rules file (a JSON list, or an object with a `rules` list)."""
    origin = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InvalidData(f"{origin}: no such rules file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidData(f"{origin}: not a readable JSON rules file: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("rules")
    if not isinstance(data, list):
        raise InvalidData(f"{origin}: expected a JSON list of rules (or {{\"rules\": [...]}})")
    rules, seen = [], set()
    for i, raw in enumerate(data):
        rule = parse_rule(raw, origin, i)
        if rule.id in seen:
            raise _fail(origin, repr(rule.id), "duplicate id in this file")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def load_rules(path: str | Path | None = None) -> list[Rule]:
    """The packaged rules, plus those of `path` if given: a rule of `path` with the id of a packaged one
    replaces it (logged), others are added."""
    rules = {r.id: r for r in read_rules(PACKAGED)}
    if path is not None:
        for rule in read_rules(path):
            if rule.id in rules:
                log.info("rule %s from %s overrides the packaged one", rule.id, path)
            rules[rule.id] = rule
    return list(rules.values())


def rule_dict(rule: Rule) -> dict[str, Any]:
    """A rule as plain JSON-ready data (for `enquete rules --json`)."""
    return {
        "id": rule.id, "issuer": rule.issuer, "issuer_type": rule.issuer_type,
        "issuer_country": rule.issuer_country, "kind": rule.kind, "target_country": rule.target_country,
        "item_scope": list(rule.item_scope), "start": rule.start, "end": rule.end,
        "legal_ref": rule.legal_ref, "source_url": rule.source_url, "listed_entity": rule.listed_entity,
        "aliases": list(rule.aliases), "licence_derogation": rule.licence_derogation,
        "binding": rule.binding, "participants": list(rule.participants), "binds_origin": rule.binds_origin,
        "origin": rule.origin,
    }
