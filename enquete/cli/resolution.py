"""Commands on entities: resolve, merge, split, reject, review, entity.

Judgements are recorded with --author (default: $USER) and the time; no later resolution undoes them."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from enquete import resolve as res
from enquete.exc import NotFound
from enquete.resolve.review import find_candidate
from enquete.store import open_store

AUTHOR = click.option("--author", metavar="NAME", default=None,
                      help="Who takes this decision (default: $USER).")


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _entity_id(store: Any, name_or_id: str) -> str:
    return str(res.find_entity(store, name_or_id).id)


@click.command("resolve")
@click.option("--doc", "doc_ids", multiple=True, metavar="ID",
              help="Resolve only the unlinked mentions of these documents (default: everything again).")
def resolve_cmd(doc_ids: tuple[str, ...]) -> None:
    """Link mentions to entities across documents (human judgements always win)."""
    counts = res.resolve(open_store(), list(doc_ids) or None)
    click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))


@click.command("merge")
@click.argument("a", metavar="ENTITY_A")
@click.argument("b", metavar="ENTITY_B")
@AUTHOR
def merge_cmd(a: str, b: str, author: str | None) -> None:
    """Record that ENTITY_A and ENTITY_B (ids or names) are one actor; B joins A."""
    store = open_store()
    kept = res.merge(store, _entity_id(store, a), _entity_id(store, b), author=author)
    click.echo(f"merged into {kept}")


@click.command("split")
@click.argument("entity_ref", metavar="ENTITY")
@click.argument("name")
@AUTHOR
def split_cmd(entity_ref: str, name: str, author: str | None) -> None:
    """The mentions of ENTITY written NAME become their own entity."""
    store = open_store()
    new = res.split(store, _entity_id(store, entity_ref), name, author=author)
    click.echo(f"split {name!r} into {new}")


@click.command("reject")
@click.argument("entity_ref", metavar="ENTITY")
@AUTHOR
def reject_cmd(entity_ref: str, author: str | None) -> None:
    """ENTITY is no actor (an extraction error): its mentions are hidden from the graph for good."""
    store = open_store()
    n = res.reject(store, _entity_id(store, entity_ref), author=author)
    click.echo(f"rejected; {n} mention(s) hidden")


def _show_candidate(console: Console, c: res.Candidate) -> None:
    table = Table(title=f"[{c.id}] score {c.score:.2f}: {c.why}", show_lines=True)
    table.add_column("")
    for side in c.sides:
        table.add_column(f"{side['name']} ({side['type']}, {side['country'] or '?'})\n{side['id']}")
    for label, key in (("aliases", "aliases"), ("documents", "documents"), ("sentence", "sentence")):
        vals = [s[key] for s in c.sides]
        table.add_row(label, *[", ".join(v) if isinstance(v, list) else (v or "") for v in vals])
    console.print(table)


@click.command("review")
@click.option("--accept", "accept", multiple=True, metavar="ID", help="Accept candidate ID (merge).")
@click.option("--reject", "reject_ids", multiple=True, metavar="ID",
              help="Reject candidate ID (never merge).")
@click.option("--list", "list_only", is_flag=True, help="List the candidates without asking.")
@click.option("--json", "as_json", is_flag=True, help="List the candidates as JSON.")
@AUTHOR
def review_cmd(accept: tuple[str, ...], reject_ids: tuple[str, ...], list_only: bool, as_json: bool,
               author: str | None) -> None:
    """Candidate merges with their evidence; accept or reject each (interactive unless --accept/--reject)."""
    store = open_store()
    if accept or reject_ids:
        for cid in accept:
            c = find_candidate(store, cid)
            click.echo(f"{cid}: merged into {res.merge(store, c.a, c.b, author=author)}")
        for cid in reject_ids:
            c = find_candidate(store, cid)
            res.no_merge(store, c.a, c.b, author=author)
            click.echo(f"{cid}: kept apart")
        return
    found = res.candidates(store)
    if as_json:
        click.echo(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=1))
        return
    console = _console()
    if not found:
        console.print("no candidate merges")
        return
    for c in found:
        _show_candidate(console, c)
        if list_only:
            continue
        choice = click.prompt("merge? [y]es / [n]o, keep apart / [s]kip / [q]uit",
                              type=click.Choice(["y", "n", "s", "q"]), default="s")
        if choice == "q":
            break
        try:
            if choice == "y":
                console.print(f"merged into {res.merge(store, c.a, c.b, author=author)}")
            elif choice == "n":
                res.no_merge(store, c.a, c.b, author=author)
                console.print("kept apart")
        except NotFound as exc:  # an earlier answer merged one side away
            console.print(f"skipped: {exc.detail}")


def _quote(ev: list[dict[str, Any]]) -> str:
    return " / ".join(f"\u201c{e['quote']}\u201d" for e in ev[:2])


def _name(x: dict[str, Any] | None) -> str:
    return (x or {}).get("name") or "?"


def _print_dossier(console: Console, d: dict[str, Any]) -> None:
    console.print(f"[bold]{d['name']}[/bold]  {d['type']}  country: {d['country'] or '?'}  id: {d['id']}")
    if d["categories"]:
        console.print("categories: " + ", ".join(d["categories"]))
    console.print("aliases: " + ", ".join(f"{a['name']} ({a['count']})" for a in d["aliases"]))
    console.print(f"documents ({len(d['documents'])}):")
    for doc in d["documents"]:
        console.print(f"  {doc['id'][:12]}  {doc['published'] or '????'}  {doc['title'] or doc['source']}"
                      f"  ({doc['mentions']} mention(s))")
    for pred, rels in d["relations"].items():
        console.print(f"[bold]{pred}[/bold]")
        for r in rels:
            product = _name(r["product"]) if r["product"] else None
            extra = ", ".join(x for x in (r["role"], r["date"], product) if x)
            tail = f" ({extra})" if extra else ""
            console.print(f"  {_name(r['subject'])} -> {_name(r['object'])}{tail}")
            console.print(f"    {_quote(r['evidence'])}")
    for side in ("by", "about"):
        for c in d["claims"][side]:
            console.print(f"[bold]claim {side}[/bold] {_name(c['speaker'])} {c['stance']} {c['proposition']}"
                          f" ({c['date'] or 'undated'})\n    {_quote(c['evidence'])}")
    for e in d["events"]:
        console.print(f"[bold]event[/bold] {e['date']} {e['description']}\n    {_quote(e['evidence'])}")
    for f in d["flags"]:
        console.print(f"[bold red]flag {f['status']}[/bold red] {f['rule']}: {f['why']}")
    for j in d["judgements"]:
        console.print(f"judgement {j['kind']} by {j['author']} at {j['created_at']}")


@click.command("entity")
@click.argument("name_or_id", metavar="NAME_OR_ID")
@click.option("--json", "as_json", is_flag=True, help="The dossier as JSON.")
def entity_cmd(name_or_id: str, as_json: bool) -> None:
    """The dossier of one entity: names, documents, relations with their quotes, claims, flags."""
    store = open_store()
    d = res.dossier(store, _entity_id(store, name_or_id))
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=1))
    else:
        _print_dossier(_console(), d)


commands = [resolve_cmd, merge_cmd, split_cmd, reject_cmd, review_cmd, entity_cmd]
