"""Accounts, API tokens and collection access: argon2-hashed passwords, tokens stored as sha256 only.

Library functions used by the CLI (`enquete user`, `enquete collection`) and by the web app.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from enquete.exc import InvalidData, NotFound
from enquete.store import Store
from enquete.store.schema import api_token, collection, collection_access, document
from enquete.store.schema import user as user_account

log = logging.getLogger(__name__)

ROLES = ("reader", "editor", "admin")
_hasher = PasswordHasher()
#: A hash that never verifies: used so unknown usernames cost as much as wrong passwords.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


@dataclass(frozen=True)
class Viewer:
    """Who is asking: `collections` is None for an admin (everything), else the granted collection ids."""

    id: int
    username: str
    role: str
    collections: frozenset[int] | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_editor(self) -> bool:
        return self.role in ("editor", "admin")

    @property
    def redacts(self) -> bool:
        """Protected names are hidden from everybody below admin."""
        return self.role != "admin"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def add_user(store: Store, username: str, password: str, role: str = "reader") -> int:
    """Create an account; returns its id. Raises InvalidData on a bad role, short password or taken name."""
    if role not in ROLES:
        raise InvalidData(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not username or len(username) > 200:
        raise InvalidData("username must be 1 to 200 characters")
    if len(password) < 8:
        raise InvalidData("password must be at least 8 characters")
    try:
        with store.begin() as conn:
            return int(conn.execute(insert(user_account).values(
                username=username, password_hash=_hasher.hash(password), role=role, created_at=_now())
            ).inserted_primary_key[0])
    except IntegrityError as exc:
        raise InvalidData(f"user {username!r} already exists") from exc


def set_role(store: Store, username: str, role: str) -> None:
    """Change the role of an account."""
    if role not in ROLES:
        raise InvalidData(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    with store.begin() as conn:
        if conn.execute(update(user_account).where(user_account.c.username == username)
                        .values(role=role)).rowcount == 0:
            raise NotFound(f"no user {username!r}")


def user_id(store: Store, username: str) -> int:
    """The id of an account; NotFound if none."""
    with store.connect() as conn:
        uid = conn.execute(select(user_account.c.id).where(user_account.c.username == username)).scalar()
    if uid is None:
        raise NotFound(f"no user {username!r}")
    return int(uid)


def authenticate(store: Store, username: str, password: str) -> int | None:
    """The user id when the password is right, else None (constant work for unknown users)."""
    with store.connect() as conn:
        row = conn.execute(select(user_account.c.id, user_account.c.password_hash)
                           .where(user_account.c.username == username)).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return int(row.id) if row else None


def new_token(store: Store, username: str, name: str | None = None) -> str:
    """Create an API token for `username` and return it; only its sha256 is stored."""
    uid = user_id(store, username)
    token = "enq_" + secrets.token_urlsafe(32)
    name = name or f"token-{_now()}"
    try:
        with store.begin() as conn:
            conn.execute(insert(api_token).values(user_id=uid, token_hash=hashlib.sha256(token.encode()).hexdigest(),
                                                  name=name, created_at=_now()))
    except IntegrityError as exc:
        raise InvalidData(f"user {username!r} already has a token named {name!r}") from exc
    return token


def revoke_tokens(store: Store, username: str) -> int:
    """Delete every API token of `username`; returns how many."""
    uid = user_id(store, username)
    with store.begin() as conn:
        return conn.execute(delete(api_token).where(api_token.c.user_id == uid)).rowcount


def token_user(store: Store, token: str) -> int | None:
    """The user id behind an API token, or None."""
    digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
    with store.connect() as conn:
        uid = conn.execute(select(api_token.c.user_id).where(api_token.c.token_hash == digest)).scalar()
    return int(uid) if uid is not None else None


def load_viewer(store: Store, uid: int) -> Viewer | None:
    """The Viewer for a user id (None when the account is gone)."""
    with store.connect() as conn:
        row = conn.execute(select(user_account.c.id, user_account.c.username, user_account.c.role)
                           .where(user_account.c.id == uid)).first()
        if row is None:
            return None
        cols: frozenset[int] | None = None
        if row.role != "admin":
            cols = frozenset(conn.execute(select(collection_access.c.collection_id)
                                          .where(collection_access.c.user_id == uid)).scalars())
    return Viewer(int(row.id), row.username, row.role, cols)


def ensure_collection(store: Store, name: str, *, private: bool = True) -> int:
    """The id of collection `name`, created when missing (the store's own, in one transaction)."""
    from enquete.store.documents import ensure_collection as ensure

    with store.begin() as conn:
        return ensure(conn, name, private=private)


def grant(store: Store, collection_name: str, username: str) -> None:
    """Give `username` access to a collection (idempotent)."""
    uid = user_id(store, username)
    with store.begin() as conn:
        cid = conn.execute(select(collection.c.id).where(collection.c.name == collection_name)).scalar()
        if cid is None:
            raise NotFound(f"no collection {collection_name!r}")
        exists = conn.execute(select(collection_access.c.user_id).where(
            collection_access.c.collection_id == cid, collection_access.c.user_id == uid)).first()
        if not exists:
            conn.execute(insert(collection_access).values(collection_id=cid, user_id=uid))


def revoke(store: Store, collection_name: str, username: str) -> None:
    """Take away `username`'s access to a collection."""
    uid = user_id(store, username)
    with store.begin() as conn:
        cid = conn.execute(select(collection.c.id).where(collection.c.name == collection_name)).scalar()
        if cid is None:
            raise NotFound(f"no collection {collection_name!r}")
        conn.execute(delete(collection_access).where(collection_access.c.collection_id == cid,
                                                     collection_access.c.user_id == uid))


def list_collections(store: Store) -> list[dict]:
    """Every collection with its document count and the users who may read it."""
    with store.connect() as conn:
        cols = conn.execute(select(collection).order_by(collection.c.name)).all()
        out = []
        for c in cols:
            n = conn.execute(select(document.c.id).where(document.c.collection_id == c.id)).all()
            users = conn.execute(select(user_account.c.username).join(
                collection_access, collection_access.c.user_id == user_account.c.id)
                .where(collection_access.c.collection_id == c.id).order_by(user_account.c.username)).scalars()
            out.append({"id": c.id, "name": c.name, "private": bool(c.private), "documents": len(n),
                        "users": list(users)})
    return out
