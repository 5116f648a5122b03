"""Request plumbing shared by the API and the pages: the store, signed session cookies, CSRF tokens,
the current viewer (session cookie or `Authorization: Bearer` token), roles and login throttling."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from enquete.store import Store
from enquete.web import auth
from enquete.web.auth import Viewer
from enquete.query import Scope, make_scope

SESSION_COOKIE = "enquete_session"
SESSION_MAX_AGE = 12 * 3600


class LoginRequired(Exception):
    """A page asked for by an anonymous visitor: redirect to the login page."""


def get_store(request: Request) -> Store:
    return request.app.state.store


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.secret, salt="enquete-session")


def is_https(request: Request) -> bool:
    """True when the request came over TLS, directly or through a proxy that says so."""
    proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or proto == "https"


def read_session(request: Request) -> dict:
    """The signed session of the request ({} when missing, forged or expired)."""
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return {}
    try:
        data = _serializer(request).loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return {}
    return data if isinstance(data, dict) else {}


def write_session(request: Request, response: Response, data: dict) -> None:
    """Set the signed session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS."""
    response.set_cookie(SESSION_COOKIE, _serializer(request).dumps(data), max_age=SESSION_MAX_AGE,
                        httponly=True, samesite="lax", secure=is_https(request), path="/")


def new_session(uid: int | None = None) -> dict:
    """A fresh session with a new nonce (a login always gets a new one: no session fixation)."""
    data: dict[str, Any] = {"n": secrets.token_urlsafe(16)}
    if uid is not None:
        data["u"] = uid
    return data


def csrf_token(request: Request) -> str:
    """The CSRF token bound to this session's nonce."""
    nonce = request.state.session.get("n", "")
    return hmac.new(request.app.state.secret, f"csrf:{nonce}".encode(), hashlib.sha256).hexdigest()


def check_csrf(request: Request, token: str | None) -> None:
    """Refuse (403) a state-changing request whose token does not match the session's."""
    if not token or not request.state.session.get("n") or not hmac.compare_digest(token, csrf_token(request)):
        raise HTTPException(403, "CSRF token missing or wrong; reload the page and try again")


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


def current_viewer(request: Request) -> Viewer | None:
    """Who is asking: a valid bearer token, else the session's user, else None."""
    if hasattr(request.state, "viewer"):
        return request.state.viewer
    store = get_store(request)
    token = _bearer(request)
    uid = auth.token_user(store, token) if token else request.state.session.get("u")
    request.state.via_token = bool(token)
    request.state.viewer = auth.load_viewer(store, int(uid)) if uid is not None else None
    return request.state.viewer


def api_viewer(request: Request) -> Viewer:
    """The viewer of an API request; 401 when anonymous."""
    viewer = current_viewer(request)
    if viewer is None:
        raise HTTPException(401, "authentication required", headers={"WWW-Authenticate": "Bearer"})
    return viewer


def page_viewer(request: Request) -> Viewer:
    """The viewer of a page; anonymous visitors are sent to the login page."""
    viewer = current_viewer(request)
    if viewer is None:
        raise LoginRequired()
    return viewer


def require_editor(viewer: Viewer) -> None:
    if not viewer.is_editor:
        raise HTTPException(403, "editors only")


def api_write_guard(request: Request, viewer: Viewer) -> None:
    """API writes by cookie session need the X-CSRF-Token header; bearer tokens need none."""
    if not getattr(request.state, "via_token", False):
        check_csrf(request, request.headers.get("x-csrf-token"))


def scope_for(request: Request, viewer: Viewer) -> Scope:
    return make_scope(get_store(request), viewer.collections, viewer.redacts)


def api_scope(request: Request, viewer: Annotated[Viewer, Depends(api_viewer)]) -> Scope:
    return scope_for(request, viewer)


def page_scope(request: Request, viewer: Annotated[Viewer, Depends(page_viewer)]) -> Scope:
    return scope_for(request, viewer)


ApiViewer = Annotated[Viewer, Depends(api_viewer)]
PageViewer = Annotated[Viewer, Depends(page_viewer)]
ApiScope = Annotated[Scope, Depends(api_scope)]
PageScope = Annotated[Scope, Depends(page_scope)]


class Throttle:
    """Login throttling: at most `limit` failures per key in `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and q[0] < now - self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.limit for k in keys)

    def fail(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)
