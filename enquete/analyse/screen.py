"""Screening: documented transfers against the rules (DESIGN §4). `screen` is pure; `refresh_flags`
recomputes the `flag` table from the store in one transaction.

A transfer is flagged by a rule when (1) its destination is the rule's target (or, for an item-wide rule,
it is an export at all), (2) its date may fall inside the rule's window, (3) one of its item categories is
in the rule's scope, and (4) the rule binds the supplier: EU rules bind suppliers in EU member states,
national rules that nation's suppliers (and, for a rule that `binds_origin`, as US export law does, goods
made in that nation whoever re-exports them), UN rules everyone, multilateral regimes their participating
states. The flag is a `breach` only when all of it is certain and the rule forbids the supply outright,
or requires a licence and the sources show that none was granted (licensing.py); it is `possible` when
the date straddles the rule's start (or end), when the rule only requires a licence (or forbids with an
authorisation derogation) and nothing shows that none was granted, when the rule is
multilateral or not binding, and for entity listings (a listing restricts supplies *to* the listed
company; a sale *by* it after its listing is worth a look, not a breach by itself).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert

from enquete import settings
from enquete.analyse.categories import fold, scope_terms
from enquete.analyse.rules import MAX_DAY, Rule, load_rules, period, precision_of
from enquete.analyse.transfers import Party, Transfer
from enquete.analyse.transfers import transfers as load_transfers
from enquete.store import Store
from enquete.store.schema import evidence, flag

log = logging.getLogger(__name__)

#: EU member states (ISO2) -> (accession day, exit day or None).
EU_MEMBERS: dict[str, tuple[str, str | None]] = {
    **{c: ("1958-01-01", None) for c in ("BE", "DE", "FR", "IT", "LU", "NL")},
    **{c: ("1973-01-01", None) for c in ("DK", "IE")}, "GB": ("1973-01-01", "2020-01-31"),
    "GR": ("1981-01-01", None), "ES": ("1986-01-01", None), "PT": ("1986-01-01", None),
    **{c: ("1995-01-01", None) for c in ("AT", "FI", "SE")},
    **{c: ("2004-05-01", None) for c in ("CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI")},
    "BG": ("2007-01-01", None), "RO": ("2007-01-01", None), "HR": ("2013-07-01", None),
}
ALIASES = {"UK": "GB", "EL": "GR"}
LEGAL_FORMS = {"sa", "ltd", "limited", "ad", "zrt", "inc", "llc", "ao", "jsc", "pte", "plc", "gmbh",
               "sas", "sarl", "srl", "bv", "nv", "ag", "co", "corp", "the"}


@dataclass
class Flag:
    """A transfer caught by a rule: `status` is breach or possible; `evidence` the relations' evidence."""

    id: str
    rule: str
    legal_ref: str
    source_url: str
    status: str
    supplier: str  # name
    supplier_id: str | None
    destination: str | None  # ISO2 of the targeted state (or listed company's name for a listing)
    destination_id: str | None
    item: str
    transfer_date: str | None
    precision: str | None
    why: str
    relation_ids: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def _country(code: str | None) -> str | None:
    code = code.upper() if code else None
    return ALIASES.get(code, code) if code else None


def eu_membership(country: str | None, when: tuple[date, date]) -> str:
    """'yes' when the country was an EU member for the whole period, 'partly', or 'no'."""
    span = EU_MEMBERS.get(_country(country) or "")
    if span is None:
        return "no"
    joined = period(span[0])[0]
    left = period(span[1])[1] if span[1] else MAX_DAY
    if when[1] < joined or when[0] > left:
        return "no"
    return "yes" if joined <= when[0] and when[1] <= left else "partly"


def _under(rule: Rule, t: Transfer) -> bool:
    """Whether a national rule reaches this transfer: a supplier of the issuing nation, or (a rule that
    binds by origin, as US export law binds US-made goods re-exported from abroad) goods made there."""
    nation = _country(rule.issuer_country)
    return bool(nation) and (_country(t.supplier.country) == nation
                             or (rule.binds_origin and _country(t.origin) == nation))


def _binds(rule: Rule, t: Transfer, when: tuple[date, date]) -> str:
    """Whether the rule binds this transfer's supplier: 'yes', 'partly' (EU membership during part of
    it), 'no'."""
    country = _country(t.supplier.country)
    if rule.issuer_type == "UN":
        return "yes"
    if rule.issuer_type == "EU":
        return eu_membership(country, when)
    if rule.issuer_type == "national":
        return "yes" if _under(rule, t) else "no"
    if not rule.participants:
        return "yes"
    return "yes" if country in rule.participants else "no"


def _timing(rule: Rule, when: tuple[date, date]) -> str | None:
    """None when the transfer cannot fall inside the rule's window, 'in' when it surely does, else 'maybe'."""
    first_start, last_start = period(rule.start)
    first_end, last_end = period(rule.end) if rule.end else (MAX_DAY, MAX_DAY)
    if when[1] < first_start or when[0] > last_end:
        return None
    return "in" if when[0] >= last_start and when[1] <= first_end else "maybe"


def normalise_name(name: str) -> str:
    """Folded name without punctuation and legal forms (S.A., Ltd, AD…), for entity-list matching."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(name).replace(".", "")).split()
    return " ".join(w for w in words if w not in LEGAL_FORMS)


def _is_listed(rule: Rule, party: Party | None) -> bool:
    if party is None:
        return False
    listed = {normalise_name(n) for n in (rule.listed_entity or "", *rule.aliases) if n}
    names = {normalise_name(n) for n in (party.name, *party.aliases)}
    return bool(listed & (names - {""}))


def _hedges(rule: Rule, t: Transfer, timing: str, binds: str) -> list[str]:
    """Why a match is only `possible` (empty: a breach). A licence hedge goes when the sources show that
    the transfer went ahead unlicensed (`t.unlicensed`)."""
    out = []
    if timing == "maybe":
        out.append("the transfer date is too imprecise to place against the rule's window")
    if binds == "partly":
        out.append("the supplier's state was an EU member for only part of the period")
    if rule.kind == "licence-requirement" and not t.unlicensed:
        out.append("a licence requirement: nothing shows that no licence was granted")
    if rule.kind == "prohibition" and rule.licence_derogation and not t.unlicensed:
        out.append("the prohibition allows authorisation: nothing shows that none was granted")
    if rule.issuer_type == "multilateral":
        out.append("a multilateral regime, applied through national licensing")
    if not rule.binding:
        out.append("the rule is a recommendation, not binding")
    return out


def _make(rule: Rule, t: Transfer, status: str, why: str, dest: str | None, dest_id: str | None) -> Flag:
    key = f"{rule.id}|{t.supplier.id or t.supplier.name}|{dest}|{t.item_id or t.item}|{t.date}"
    return Flag(
        id=hashlib.sha256(key.encode()).hexdigest(), rule=rule.id, legal_ref=rule.legal_ref,
        source_url=rule.source_url, status=status, supplier=t.supplier.name, supplier_id=t.supplier.id,
        destination=dest, destination_id=dest_id, item=t.item or ", ".join(sorted(t.categories)),
        transfer_date=t.date, precision=precision_of(t.date), why=why, relation_ids=t.relation_ids,
        evidence=t.evidence + tuple(e for e in _unlicensed(rule, t) if e not in t.evidence))


def _licensable(rule: Rule) -> bool:
    """Whether the rule lets an authority license the transfer (so a licence's absence matters)."""
    return rule.kind in ("licence-requirement", "entity-listing") or (
        rule.kind == "prohibition" and rule.licence_derogation)


def _unlicensed(rule: Rule, t: Transfer) -> tuple[dict, ...]:
    """The sentences showing no licence was granted, where the rule is one a licence could satisfy."""
    return t.unlicensed if _licensable(rule) else ()


def _describe(rule: Rule, t: Transfer, hedges: list[str], what: str) -> str:
    cats = ", ".join(sorted(t.categories)) or "uncategorised"
    basis = "" if t.basis == "supplied" else f" ({t.basis})"
    made = (f", made in {t.origin}" if rule.binds_origin and _country(t.origin) != _country(t.supplier.country)
            and t.origin else "")
    head = (f"{t.supplier.name} ({t.supplier.country or '??'}) -> {what}: {t.item or 'item'} [{cats}{made}], "
            f"{t.date or 'undated'}{basis}; {rule.kind} {rule.id} in force from {rule.start}"
            + (f" to {rule.end}" if rule.end else ""))
    shown = _unlicensed(rule, t)
    unlicensed = f"; no licence granted, the source says: «{shown[0]['quote']}»" if shown else ""
    return head + unlicensed + (
        "; possible: " + "; ".join(hedges) if hedges else "; the transfer falls within it")


def _listing(rule: Rule, t: Transfer, when: tuple[date, date]) -> Flag | None:
    timing = _timing(rule, when)
    if timing is None:
        return None
    if _is_listed(rule, t.supplier):
        hedges = ["a listing restricts supplies to the listed company; this sale by it needs checking"]
        why = _describe(rule, t, hedges, f"{t.destination or 'unknown destination'} (supplier listed)")
        return _make(rule, t, "possible", why, t.destination, t.destination_id)
    if t.buyer is not None and _is_listed(rule, t.buyer) and _under(rule, t):
        hedges = [] if t.unlicensed else [
            "a licence is required (presumption of denial); nothing shows that none was granted"]
        if timing == "maybe":
            hedges.insert(0, "the transfer date is too imprecise to place against the listing date")
        why = _describe(rule, t, hedges, f"{t.buyer.name} (listed)")
        return _make(rule, t, "possible", why, t.buyer.name, t.buyer.id)
    return None


def match(rule: Rule, t: Transfer) -> Flag | None:
    """The flag `rule` raises on transfer `t`, or None."""
    when = period(t.date)
    if rule.kind == "entity-listing":
        return _listing(rule, t, when)
    dest, home = _country(t.destination), _country(t.supplier.country)
    if dest is None or dest == home:
        return None  # no destination state, or no export
    if rule.target_country is not None and dest != rule.target_country:
        return None
    if not set(rule.item_scope) & scope_terms(t.categories) and not (
            "all-ear-items" in rule.item_scope and rule.issuer_type == "national" and _under(rule, t)):
        return None  # out of scope (a rule on all items of a nation's jurisdiction takes any of them)
    timing = _timing(rule, when)
    if timing is None:
        return None
    first, last = rule.window
    during = (max(when[0], first), min(when[1], last))  # the part of the period the rule covers
    if rule.target_country is None and rule.issuer_type == "EU" and eu_membership(dest, during) == "yes":
        return None  # intra-EU transfer, not an export from the Union
    binds = _binds(rule, t, during)
    if binds == "no":
        return None
    hedges = _hedges(rule, t, timing, binds)
    why = _describe(rule, t, hedges, dest)
    return _make(rule, t, "possible" if hedges else "breach", why, dest, t.destination_id)


def _merge(flags: list[Flag]) -> list[Flag]:
    """One flag per (rule, supplier, destination, item, date): evidence of repeated reports joined."""
    out: dict[str, Flag] = {}
    for f in flags:
        if f.id not in out:
            out[f.id] = f
            continue
        kept = out[f.id]
        evs = kept.evidence + tuple(e for e in f.evidence if e not in kept.evidence)
        rels = kept.relation_ids + tuple(r for r in f.relation_ids if r not in kept.relation_ids)
        out[f.id] = replace(kept, evidence=evs, relation_ids=rels)
    return list(out.values())


def screen(transfers: list[Transfer], rules: list[Rule]) -> list[Flag]:
    """Every flag the rules raise on the transfers, breaches first (pure)."""
    flags = [f for t in transfers for r in rules if (f := match(r, t)) is not None]
    merged = _merge(flags)
    merged.sort(key=lambda f: (f.status != "breach", f.rule, f.supplier, f.transfer_date or ""))
    return merged


def _row(f: Flag) -> dict[str, Any]:
    return {"id": f.id, "rule": f.rule, "status": f.status, "supplier": f.supplier_id,
            "destination": f.destination_id, "item": f.item, "transfer_date": f.transfer_date,
            "relation_id": f.relation_ids[0] if f.relation_ids else None, "why": f.why,
            "legal_ref": f.legal_ref, "source_url": f.source_url, "precision": f.precision,
            "destination_country": f.destination if f.destination and len(f.destination) == 2 else None,
            "supplier_name": f.supplier}


def refresh_flags(store: Store, rules: list[Rule] | None = None) -> int:
    """Recompute the `flag` table (and the flags' evidence rows) from the store in one transaction;
    returns the number of flags. `rules` defaults to the packaged rules plus settings.RULES_FILE."""
    if rules is None:
        rules = load_rules(settings.RULES_FILE)
    flags = screen(load_transfers(store), rules)
    with store.begin() as conn:
        conn.execute(delete(evidence).where(evidence.c.owner_kind == "flag"))
        conn.execute(delete(flag))
        if flags:
            conn.execute(insert(flag), [_row(f) for f in flags])
        evs = [{"owner_kind": "flag", "owner_id": f.id, "doc_id": e["doc"], "start": e["start"],
                "end": e["end"], "quote": e["quote"]} for f in flags for e in f.evidence]
        if evs:
            conn.execute(insert(evidence), evs)
    log.info("%d flags (%d breaches)", len(flags), sum(f.status == "breach" for f in flags))
    return len(flags)
