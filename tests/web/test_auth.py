"""Accounts, sessions, tokens, CSRF, throttling and security headers, against the real app and store."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from enquete.exc import InvalidData, NotFound
from enquete.store.schema import api_token, user
from enquete.web import auth
from tests.web.conftest import csrf_of, login
from tests.web.sample import PASSWORD, World


def test_passwords_are_argon2_hashed(world: World) -> None:
    with world.store.connect() as conn:
        hashes = conn.execute(select(user.c.password_hash)).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)
    assert auth.authenticate(world.store, "rene", PASSWORD) is not None
    assert auth.authenticate(world.store, "rene", PASSWORD + "x") is None
    assert auth.authenticate(world.store, "nobody", PASSWORD) is None


def test_bad_accounts_are_refused(world: World) -> None:
    with pytest.raises(InvalidData, match="role"):
        auth.add_user(world.store, "x", PASSWORD, "god")
    with pytest.raises(InvalidData, match="at least 8"):
        auth.add_user(world.store, "x", "short", "reader")
    with pytest.raises(InvalidData, match="already exists"):
        auth.add_user(world.store, "rene", PASSWORD, "reader")
    with pytest.raises(NotFound):
        auth.grant(world.store, "no-such-collection", "rene")


def test_tokens_are_stored_as_sha256_only(world: World, app) -> None:  # type: ignore[no-untyped-def]
    token = auth.new_token(world.store, "rene", "laptop")
    with world.store.connect() as conn:
        stored = conn.execute(select(api_token.c.token_hash)).scalars().all()
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    with TestClient(app) as c:
        assert c.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()["username"] == "rene"
        assert c.get("/api/me", headers={"Authorization": f"Bearer {token}x"}).status_code == 401
        assert c.get("/api/me", headers={"Authorization": "Bearer "}).status_code == 401
    assert auth.revoke_tokens(world.store, "rene") == 1
    with TestClient(app) as c:
        assert c.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_session_cookie_flags(app, world: World) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        token = csrf_of(c)
        r = c.post("/login", data={"username": "rene", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    with TestClient(app) as c:
        token = csrf_of(c)
        r = c.post("/login", data={"username": "rene", "password": PASSWORD, "csrf": token},
                   headers={"X-Forwarded-Proto": "https"}, follow_redirects=False)
    assert "secure" in r.headers["set-cookie"].lower()


def test_login_renews_the_session_and_logout_ends_it(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    before = csrf_of(c)
    login(c, "rene")
    after = csrf_of(c, "/")
    assert before != after  # a new nonce: no session fixation
    assert c.get("/api/me").json()["username"] == "rene"
    r = c.post("/logout", data={"csrf": after}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/me").status_code == 401


def test_forged_session_cookie_is_ignored(app, world: World) -> None:  # type: ignore[no-untyped-def]
    from itsdangerous import URLSafeTimedSerializer

    forged = URLSafeTimedSerializer(b"not-the-secret", salt="enquete-session").dumps({"n": "x", "u": 1})
    with TestClient(app, cookies={"enquete_session": forged}) as c:
        assert c.get("/api/me").status_code == 401
        assert c.get("/", follow_redirects=False).status_code == 303


def test_login_is_throttled(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    token = csrf_of(c)
    for _ in range(5):
        r = c.post("/login", data={"username": "rene", "password": "wrong-one", "csrf": token})
        assert r.status_code == 401
    r = c.post("/login", data={"username": "rene", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429 and "Too many" in r.text


def test_login_redirect_stays_on_site(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    token = csrf_of(c)
    for target, expected in [("//evil.example/x", "/"), ("https://evil.example/", "/"),
                             ("/entities/x", "/entities/x")]:
        r = c.post("/login", data={"username": "rene", "password": PASSWORD, "csrf": csrf_of(c), "next": target},
                   follow_redirects=False)
        assert r.headers["location"] == expected
    assert token


def test_security_headers(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    for path in ("/", "/login", "/api/me", "/static/style.css"):
        h = c.get(path).headers
        assert h["content-security-policy"].startswith("default-src 'self'")
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert "referrer-policy" in h


def test_openapi_schema_lists_the_api(app) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        paths = c.get("/api/openapi.json").json()["paths"]
    assert {"/api/search", "/api/documents/{doc_id}", "/api/entities/{entity_id}", "/api/flags"} <= set(paths)
    assert not any(not p.startswith("/api") for p in paths)
