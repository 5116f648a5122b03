"""A SIGKILL in the middle of `enquete ingest` leaves the store consistent; running it again finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from enquete.store import Store, fts
from enquete.store.schema import document
from test_pipeline import distinct_texts, write

N = 600


def stored(store: Store) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(document)).scalar_one()


def run(db_url: str, folder: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "enquete", "--db", db_url, "ingest", str(folder), "--no-extract", "--no-progress"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_sigkill_mid_ingest_then_rerun(store: Store, db_url: str, tmp_path: Path) -> None:
    for i, text in enumerate(distinct_texts(N)):
        write(tmp_path / "many", f"{i:04d}.txt", text)
    proc = run(db_url, tmp_path / "many")
    deadline = time.monotonic() + 120
    while stored(store) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with store.connect() as conn:
        ids = {r[0] for r in conn.execute(select(document.c.id))}
        assert fts.indexed_ids(conn) == ids  # every stored document is complete
    assert 20 <= len(ids) < N
    proc = run(db_url, tmp_path / "many")
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    with store.connect() as conn:
        rows = [r[0] for r in conn.execute(select(document.c.id))]
        assert len(rows) == len(set(rows)) == N
        assert fts.indexed_ids(conn) == set(rows)
