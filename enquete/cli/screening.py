"""`enquete screen` and `enquete rules`: documented transfers against embargoes, licence rules and
commitments (enquete.analyse.screen)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from enquete import settings
from enquete.analyse.categories import fold
from enquete.analyse.rules import Rule, load_rules, rule_dict
from enquete.analyse.screen import Flag, refresh_flags, screen
from enquete.analyse.transfers import Transfer, transfers
from enquete.store import open_store

RULES_OPTION = click.option(
    "--rules", "rules_file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="A JSON file of extra rules, merged with the packaged ones (same id: yours replaces it); "
         "default: ENQUETE_RULES.")


def _concerns(t: Transfer, needle: str) -> bool:
    """Whether the transfer involves the entity named or identified by `needle`."""
    parties = [t.supplier] + ([t.buyer] if t.buyer else [])
    ids = {p.id for p in parties} | {t.destination_id, t.item_id}
    names = {fold(n) for p in parties for n in (p.name, *p.aliases)} | {fold(t.item)}
    return needle in ids or fold(needle) in names or needle.upper() == (t.destination or "")


def _echo_flag(f: Flag) -> None:
    click.echo(f"[{f.status}] {f.rule}")
    click.echo(f"  legal reference: {f.legal_ref or '-'}")
    click.echo(f"  source: {f.source_url or '-'}")
    date = f"{f.transfer_date} ({f.precision})" if f.transfer_date else "undated"
    click.echo(f"  transfer: {f.supplier} -> {f.destination or '?'}: {f.item or '?'}, {date}")
    click.echo(f"  why: {f.why}")
    for ev in f.evidence:
        click.echo(f"  evidence [{ev['doc'][:12]} {ev['start']}-{ev['end']}]: «{ev['quote']}»")


@click.command("screen")
@click.option("--entity", metavar="X", help="Only transfers involving this entity (id or name).")
@RULES_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.option("--save", is_flag=True, help="Also rewrite the stored flags with this screening.")
def screen_cmd(entity: str | None, rules_file: Path | None, as_json: bool, save: bool) -> None:
    """Screen the documented transfers against the rules: breaches, then possible ones."""
    rules = load_rules(rules_file or settings.RULES_FILE)
    store = open_store()
    if save:
        refresh_flags(store, rules)
    found = transfers(store)
    if entity:
        found = [t for t in found if _concerns(t, entity)]
    flags = screen(found, rules)
    breaches = [f for f in flags if f.status == "breach"]
    possible = [f for f in flags if f.status != "breach"]
    if as_json:
        out = {"breaches": [asdict(f) for f in breaches], "possible": [asdict(f) for f in possible]}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{len(found)} transfers screened against {len(rules)} rules.")
    for title, group in (("Breaches", breaches), ("Possible (to check)", possible)):
        click.echo(f"\n{title}: {len(group)}")
        for f in group:
            _echo_flag(f)


def _window(rule: Rule) -> str:
    return f"{rule.start} – {rule.end or 'in force'}"


@click.command("rules")
@RULES_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def rules_cmd(rules_file: Path | None, as_json: bool) -> None:
    """List the screening rules: id, kind, target, scope, window, legal reference, source."""
    rules = load_rules(rules_file or settings.RULES_FILE)
    if as_json:
        click.echo(json.dumps([rule_dict(r) for r in rules], ensure_ascii=False, indent=1))
        return
    for r in rules:
        if r.kind == "entity-listing":
            target = f"listed company {r.listed_entity} ({r.target_country or '?'})"
        else:
            target = r.target_country or "any destination"
        click.echo(f"{r.id}  [{r.kind}, {r.issuer_type}]  target {target}  scope {', '.join(r.item_scope)}  "
                   f"{_window(r)}")
        click.echo(f"    {r.legal_ref}")
        click.echo(f"    {r.source_url}")


commands = [screen_cmd, rules_cmd]
