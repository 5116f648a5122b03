"""Shared fixtures. The database under test is a fresh SQLite file per test, or the PostgreSQL server
named by ENQUETE_TEST_DB (the suite runs once against each in .ci/run), emptied before each test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from enquete import settings
from enquete.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def pipes():  # type: ignore[no-untyped-def]
    """The real pipelines (the spaCy models and the gazetteer), loaded once per test module."""
    from enquete.extract import load_pipelines
    return load_pipelines()


def _fresh_url(tmp_path: Path) -> str:
    url = os.environ.get("ENQUETE_TEST_DB")
    if url and url.startswith("postgresql"):
        from enquete.store.store import reset_database

        reset_database(url)
        return url
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = _fresh_url(tmp_path)
    monkeypatch.setattr(settings, "DB_URL", url)
    monkeypatch.setenv("ENQUETE_DB", url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.engine.dispose()
