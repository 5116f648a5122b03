"""Access control, route by route: anonymous, a reader of another collection, a reader, an editor and
an admin. API routes are called with API tokens (Bearer), pages with a logged-in session."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from enquete.web import api, pages
from enquete.web.auth import new_token
from tests.web.conftest import csrf_of
from tests.web.sample import World

ACTORS = ("anon", "other", "reader", "editor", "admin")
USERS = {"other": "eve", "reader": "rene", "editor": "edith", "admin": "ada"}

# method, path template, body, expected status per actor (anon, other, reader, editor, admin)
API = [
    ("GET", "/api/me", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/collections", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/search?q=Eagle", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/documents/{doc_a}", None, (401, 404, 200, 200, 200)),
    ("GET", "/api/entities/{eagle}", None, (401, 404, 200, 200, 200)),
    ("GET", "/api/entities/{eagle}/graph", None, (401, 404, 200, 200, 200)),
    ("GET", "/api/timeline", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/contradictions", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/flags", None, (401, 200, 200, 200, 200)),
    ("GET", "/api/review", None, (401, 403, 403, 200, 200)),
    ("POST", "/api/review", {"a": "{vannier}", "b": "{benali}", "decision": "reject"}, (401, 403, 403, 200, 200)),
    ("POST", "/api/entities/{vannier}/protect", {"protected": True}, (401, 403, 403, 200, 200)),
]
PAGES = [
    ("GET", "/login", None, (200, 200, 200, 200, 200)),
    ("GET", "/", None, (303, 200, 200, 200, 200)),
    ("GET", "/documents/{doc_a}", None, (303, 404, 200, 200, 200)),
    ("GET", "/entities/{eagle}", None, (303, 404, 200, 200, 200)),
    ("GET", "/entities/{eagle}/graph", None, (303, 404, 200, 200, 200)),
    ("GET", "/timeline", None, (303, 200, 200, 200, 200)),
    ("GET", "/contradictions", None, (303, 200, 200, 200, 200)),
    ("GET", "/flags", None, (303, 200, 200, 200, 200)),
    ("GET", "/review", None, (303, 403, 403, 200, 200)),
    ("POST", "/review", {"a": "{vannier}", "b": "{benali}", "decision": "reject"}, (303, 403, 403, 303, 303)),
    ("POST", "/entities/{vannier}/protect", {"protected": "1"}, (303, 403, 403, 303, 303)),
    ("POST", "/logout", {}, (303, 303, 303, 303, 303)),
    ("POST", "/login", {"username": "nobody", "password": "wrong-password"}, (401, 401, 401, 401, 401)),
]
#: Strings only the "libye" collection holds: a reader of "egypte" must never see them.
LEAKS = ("Tripoli", "Vannier", "Benali", "manuals", "Libyan military")


def _fill(template: str, w: World) -> str:
    return template.format(doc_a=w.docs["a"], eagle=w.entities["eagle"], vannier=w.entities["vannier"],
                           benali=w.entities["benali"])


def _id(row: tuple) -> str:
    return f"{row[0]} {row[1]}"


def test_route_tables_cover_every_route() -> None:
    """A new route must get a line in the tables above."""
    declared = {(m, p.split("?")[0]) for m, p, _, _ in API + PAGES}
    declared = {(m, p.replace("{doc_a}", "{doc_id}").replace("{eagle}", "{entity_id}")
                 .replace("{vannier}", "{entity_id}")) for m, p in declared}
    routes = {(m, r.path) for r in api.router.routes + pages.router.routes for m in r.methods}
    assert routes == declared


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("row", API, ids=_id)
def test_api_access(row: tuple, actor: str, world: World, app) -> None:  # type: ignore[no-untyped-def]
    method, path, body, expected = row
    headers = {}
    if actor != "anon":
        headers["Authorization"] = f"Bearer {new_token(world.store, USERS[actor])}"
    with TestClient(app) as client:
        json = {k: _fill(v, world) if isinstance(v, str) else v for k, v in body.items()} if body else None
        r = client.request(method, _fill(path, world), headers=headers, json=json)
    assert r.status_code == expected[ACTORS.index(actor)], r.text
    if actor == "other":  # (a 404 may echo the id that was asked for)
        for leak in LEAKS + ((world.docs["a"],) if r.status_code == 200 else ()):
            assert leak not in r.text
    if actor == "anon":
        assert "Amesys" not in r.text


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("row", PAGES, ids=_id)
def test_page_access(row: tuple, actor: str, world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    method, path, body, expected = row
    client = client_for(USERS.get(actor))
    data = None
    if body is not None:
        data = {k: _fill(v, world) for k, v in body.items()}
        data["csrf"] = csrf_of(client, "/login")
    r = client.request(method, _fill(path, world), data=data, follow_redirects=False)
    assert r.status_code == expected[ACTORS.index(actor)], r.text[:300]
    if r.status_code == 303 and actor == "anon" and method == "GET":
        assert r.headers["location"].startswith("/login?next=")
    if actor == "other":  # (a 404 may echo the id that was asked for)
        for leak in LEAKS + ((world.docs["a"],) if r.status_code == 200 else ()):
            assert leak not in r.text
    if actor == "anon":
        assert "Amesys" not in r.text


def test_post_without_csrf_is_refused(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for("edith")
    r = client.post(f"/entities/{world.entities['vannier']}/protect", data={"protected": "1"}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post(f"/entities/{world.entities['vannier']}/protect",
                    data={"protected": "1", "csrf": "0" * 64}, follow_redirects=False)
    assert r.status_code == 403
    # the API by session cookie needs the header too
    r = client.post(f"/api/entities/{world.entities['vannier']}/protect", json={"protected": True})
    assert r.status_code == 403
    token = client.get("/api/me").json()["csrf"]
    r = client.post(f"/api/entities/{world.entities['vannier']}/protect", json={"protected": True},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200


def test_other_reader_sees_only_their_collection(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    eve = client_for("eve")
    hits = eve.get("/api/search?q=Amesys").json()["hits"]
    assert [h["doc_id"] for h in hits] == [world.docs["b"]]
    dossier = eve.get(f"/api/entities/{world.entities['amesys']}").json()
    assert list(dossier["relations"]) == ["successor_of"]
    assert [d["id"] for d in dossier["documents"]] == [world.docs["b"]]
    assert [f["id"] for f in eve.get("/api/flags").json()] == ["flag-cerebro"]
    assert eve.get("/api/contradictions").json() == []
    admin = client_for("ada")
    assert {f["id"] for f in admin.get("/api/flags").json()} == {"flag-cerebro", "flag-eagle"}
    assert len(admin.get("/api/contradictions").json()) == 1


def test_user_without_collections_sees_nothing(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    from enquete.web.auth import add_user
    from tests.web.sample import PASSWORD

    add_user(world.store, "nina", PASSWORD, "editor")
    nina = client_for("nina")
    assert nina.get("/api/search").json() == {"query": "", "hits": [], "entities": [], "error": None}
    assert nina.get("/api/timeline").json() == []
    assert nina.get("/api/flags").json() == []
    assert nina.get("/api/review").json() == []
    assert nina.get(f"/api/entities/{world.entities['amesys']}").status_code == 404
