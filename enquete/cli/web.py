"""CLI of the web area: serve, user, collection, protect."""

from __future__ import annotations

import getpass
import os
import sys

import click
from sqlalchemy import select

from enquete.exc import InvalidData, NotFound


def _store():  # type: ignore[no-untyped-def]
    from enquete.store import open_store

    return open_store()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--proxy-headers/--no-proxy-headers", default=False,
              help="Trust X-Forwarded-* headers (behind a TLS proxy on this host).")
def serve(host: str, port: int, proxy_headers: bool) -> None:
    """Serve the web UI and the JSON API (/api, schema at /api/openapi.json)."""
    import uvicorn

    from enquete.web.app import create_app

    app = create_app(_store())
    click.echo(f"enquete on http://{host}:{port}/  (API schema: /api/openapi.json)", err=True)
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="info")


@click.group()
def user() -> None:
    """Accounts: add users, set roles, issue API tokens."""


def _read_password(stdin: bool) -> str:
    if stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise InvalidData("the two passwords differ")
    return first


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "editor", "admin"]), default="reader", show_default=True,
              help="reader: reads the collections granted; editor: also reviews merges and protects "
                   "sources; admin: everything, including protected names.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
def user_add(name: str, role: str, password_stdin: bool) -> None:
    """Create account NAME (the password is asked for, or read from stdin)."""
    from enquete.web import auth

    uid = auth.add_user(_store(), name, _read_password(password_stdin), role)
    click.echo(f"user {name} ({role}) created, id {uid}")


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["reader", "editor", "admin"]))
def user_role(name: str, role: str) -> None:
    """Change the role of NAME."""
    from enquete.web import auth

    auth.set_role(_store(), name, role)
    click.echo(f"user {name} is now {role}")


@user.command("token")
@click.argument("name")
@click.option("--label", default=None, help="A name for the token (default: its creation time).")
@click.option("--revoke", is_flag=True, help="Delete every token of NAME instead.")
def user_token(name: str, label: str | None, revoke: bool) -> None:
    """Print a new API token for NAME (shown once; only its sha256 is kept). Use it as
    `Authorization: Bearer TOKEN`."""
    from enquete.web import auth

    if revoke:
        click.echo(f"{auth.revoke_tokens(_store(), name)} token(s) revoked")
        return
    click.echo(auth.new_token(_store(), name, label))


@click.group()
def collection() -> None:
    """Collections and who may read them."""


@collection.command("create")
@click.argument("name")
def collection_create(name: str) -> None:
    """Create collection NAME (private)."""
    from enquete.web import auth

    click.echo(f"collection {name} id {auth.ensure_collection(_store(), name)}")


@collection.command("grant")
@click.argument("name")
@click.argument("username")
def collection_grant(name: str, username: str) -> None:
    """Let USERNAME read collection NAME."""
    from enquete.web import auth

    auth.grant(_store(), name, username)
    click.echo(f"{username} may read {name}")


@collection.command("revoke")
@click.argument("name")
@click.argument("username")
def collection_revoke(name: str, username: str) -> None:
    """Take away USERNAME's access to collection NAME."""
    from enquete.web import auth

    auth.revoke(_store(), name, username)
    click.echo(f"{username} may no longer read {name}")


@collection.command("list")
def collection_list() -> None:
    """Collections, their document counts and readers (admins see everything anyway)."""
    from enquete.web import auth

    for c in auth.list_collections(_store()):
        users = ", ".join(c["users"]) or "-"
        click.echo(f"{c['name']}\t{c['documents']} documents\t{'private' if c['private'] else 'shared'}\t{users}")


def _find_entity_id(store, ref: str) -> str:  # type: ignore[no-untyped-def]
    from enquete.store.schema import entity

    with store.connect() as conn:
        rows = conn.execute(select(entity.c.id).where((entity.c.id == ref) | (entity.c.name == ref))).scalars().all()
    if not rows:
        raise NotFound(f"no entity with id or name {ref!r}")
    if len(rows) > 1:
        raise InvalidData(f"{ref!r} names {len(rows)} entities; give the id: {', '.join(rows)}")
    return rows[0]


@click.command()
@click.argument("entity_ref", metavar="ENTITY")
@click.option("--undo", is_flag=True, help="Lift the protection.")
@click.option("--author", default=lambda: os.environ.get("USER", "cli"), show_default="$USER",
              help="Who decides (recorded in the judgement).")
def protect(entity_ref: str, undo: bool, author: str) -> None:
    """Protect a source: ENTITY (id or exact name) is shown under a pseudonym to everyone below admin
    and in every export."""
    from enquete import privacy

    store = _store()
    eid = _find_entity_id(store, entity_ref)
    privacy.set_protected(store, eid, not undo, author=author)
    shown = privacy.pseudonym(eid, privacy.instance_secret(store))
    click.echo(f"{eid} {'unprotected' if undo else 'protected; shown as ' + repr(shown)}")


commands = [serve, user, collection, protect]
