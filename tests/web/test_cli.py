"""The web area's CLI: user, collection, protect (serve is exercised by the browser tests)."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from enquete.cli import cli
from enquete.store.schema import entity, judgement
from enquete.web import auth
from tests.web.sample import PASSWORD, World


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_user_and_collection_commands(world: World) -> None:
    r = run("user", "add", "zoe", "--role", "editor", "--password-stdin", input="a long passphrase\n")
    assert r.exit_code == 0, r.output
    assert auth.authenticate(world.store, "zoe", "a long passphrase") is not None
    r = run("user", "add", "zoe", "--password-stdin", input="a long passphrase\n")
    assert r.exit_code != 0 and "already exists" in r.output
    r = run("user", "add", "tim", "--password-stdin", input="short\n")
    assert r.exit_code != 0 and "at least 8" in r.output
    token = run("user", "token", "zoe").output.strip()
    assert token.startswith("enq_") and auth.token_user(world.store, token) == auth.user_id(world.store, "zoe")
    assert run("collection", "grant", "egypte", "zoe").exit_code == 0
    assert auth.load_viewer(world.store, auth.user_id(world.store, "zoe")).collections == frozenset(
        c["id"] for c in auth.list_collections(world.store) if c["name"] == "egypte")
    listing = run("collection", "list").output
    assert "egypte\t1 documents\tprivate\teve, zoe" in listing
    r = run("collection", "grant", "nowhere", "zoe")
    assert r.exit_code != 0 and "no collection 'nowhere'" in r.output
    assert run("user", "role", "zoe", "reader").exit_code == 0
    assert auth.load_viewer(world.store, auth.user_id(world.store, "zoe")).role == "reader"
    assert run("user", "token", "zoe", "--revoke").output.strip() == "1 token(s) revoked"
    assert PASSWORD


def test_protect_command(world: World) -> None:
    r = run("protect", "Karim Benali", "--author", "edith")
    assert r.exit_code == 0 and "Source protégée" in r.output
    with world.store.connect() as conn:
        assert conn.execute(select(entity.c.protected).where(entity.c.id == world.entities["benali"])).scalar()
        assert conn.execute(select(judgement.c.kind, judgement.c.author)).all() == [("protect", "edith")]
    assert run("protect", world.entities["benali"], "--undo").exit_code == 0
    r = run("protect", "Nobody Known")
    assert r.exit_code != 0 and "no entity" in r.output
