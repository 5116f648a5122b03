"""The newsroom's window on the evidence graph: JSON API, server-rendered pages, accounts and
collections. `create_app(store)` builds the app (see app.py)."""

from __future__ import annotations

from enquete.web.app import create_app

__all__ = ["create_app"]
