"""Fixtures of the web tests: the sample world in the `store` fixture, the app, logged-in clients."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from enquete.store import Store
from enquete.web import create_app
from tests.web.sample import PASSWORD, World, build


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, with test-sized cost parameters (the defaults take ~50 ms a hash)."""
    from argon2 import PasswordHasher

    from enquete.web import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


@pytest.fixture
def app(world: World):  # type: ignore[no-untyped-def]
    return create_app(world.store, secret=b"test-secret")


def csrf_of(client: TestClient, path: str = "/login") -> str:
    """The CSRF token a page's form carries."""
    import re

    html = client.get(path).text
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert m, f"no CSRF token on {path}"
    return m.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    token = csrf_of(client)
    r = client.post("/login", data={"username": username, "password": password, "csrf": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


@pytest.fixture
def client_for(app) -> Callable[[str | None], TestClient]:  # type: ignore[no-untyped-def]
    """A fresh client, logged in as `username` (None: anonymous)."""
    clients: list[TestClient] = []

    def make(username: str | None) -> TestClient:
        c = TestClient(app, base_url="http://testserver")
        clients.append(c)
        return login(c, username) if username else c

    yield make
    for c in clients:
        c.close()
