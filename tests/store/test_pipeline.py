"""pipeline.ingest: stored / unchanged / failed / near-duplicates; one transaction per document."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enquete.model import Document, Extraction, Mention
from enquete.pipeline import ingest
from enquete.store import Store, fts
from enquete.store.schema import collection, document, mention

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def distinct_texts(n: int) -> list[str]:
    words = ["contrat", "export", "licence", "serveur", "sonde", "grenade", "drone", "logiciel", "rapport",
             "ministère", "plainte", "juge", "ambassade", "salon", "brochure", "audit"]
    return [" ".join(f"{words[(i * 7 + j * (i + 3)) % len(words)]}{(i * 31 + j) % 97}" for j in range(60)) + "."
            for i in range(n)]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the founding articles are not here")
def test_seeds_stored_once_with_the_near_duplicate(store: Store) -> None:
    report = ingest(store, [str(SEEDS)])
    assert len(report.stored) == 4 and not report.failed and not report.unchanged
    with store.connect() as conn:
        rows = {Path(r.source).name[:3]: r for r in conn.execute(select(document))}
    assert rows["001"].near_duplicate_of == rows["000"].id
    assert rows["001"].near_duplicate_score >= 0.5
    assert all(rows[k].near_duplicate_of is None for k in ("000", "002", "003"))
    assert [(d, o) for d, o, _s in report.near_duplicates] == [(rows["001"].id, rows["000"].id)]
    again = ingest(store, [str(SEEDS)])
    assert not again.stored and len(again.unchanged) == 4 and not again.failed


def test_failures_are_collected_and_the_rest_goes_on(store: Store, tmp_path: Path) -> None:
    texts = distinct_texts(3)
    for i, t in enumerate(texts):
        write(tmp_path / "in", f"{i}.txt", t)
    report = ingest(store, [str(tmp_path / "in"), str(tmp_path / "missing.txt")])
    assert len(report.stored) == 3
    assert [f.source for f in report.failed] == [str(tmp_path / "missing.txt")]
    assert report.failed[0].reason and report.failed[0].stage
    assert not report.ok


def test_an_extractor_failure_is_reported_with_its_stage(store: Store, tmp_path: Path) -> None:
    texts = distinct_texts(3)
    for i, t in enumerate(texts):
        write(tmp_path / "in", f"{i}.txt", t)

    def extractor(doc: Document) -> Extraction:
        if doc.text.startswith(texts[1][:30]):
            raise ValueError("model exploded")
        m = Mention(Mention.make_id(doc.id, 0, 7), doc.id, 0, 7, doc.text[:7], "Company")
        return Extraction(doc.id, mentions=[m])

    report = ingest(store, [str(tmp_path / "in")], extractor=extractor)
    assert len(report.stored) == 2
    (failure,) = report.failed
    assert failure.stage == "extract" and "model exploded" in failure.reason
    assert failure.source.endswith("1.txt")
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(document)).scalar_one() == 2
        assert conn.execute(select(func.count()).select_from(mention)).scalar_one() == 2
        assert fts.indexed_ids(conn) == set(report.stored)


def test_collection_option(store: Store, tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", distinct_texts(1)[0])
    ingest(store, [str(tmp_path / "in")], collection="libye")
    with store.connect() as conn:
        names = [r.name for r in conn.execute(select(collection))]
        cid = conn.execute(select(document.c.collection_id)).scalar_one()
        assert conn.execute(select(collection.c.name).where(collection.c.id == cid)).scalar_one() == "libye"
    assert "libye" in names


def test_default_collection_is_private(store: Store, tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", distinct_texts(1)[0])
    ingest(store, [str(tmp_path / "in")])
    with store.connect() as conn:
        (row,) = conn.execute(select(collection)).all()
    assert row.name == "default" and row.private is True


def test_the_same_text_twice_in_one_run_is_stored_once(store: Store, tmp_path: Path) -> None:
    t = distinct_texts(1)[0]
    write(tmp_path / "in", "a.txt", t)
    write(tmp_path / "in", "b.txt", t)
    report = ingest(store, [str(tmp_path / "in")])
    assert len(report.stored) == 1 and len(report.unchanged) == 1


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i, t in enumerate(distinct_texts(3)):
        write(tmp_path / "in", f"{i}.txt", t)
    fake = _Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    ingest(store, [str(tmp_path / "in")], progress=True)
    assert "docs/s" in fake.getvalue() and "3/3" in fake.getvalue()
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    ingest(store, [str(tmp_path / "in")], progress=True)
    assert plain.getvalue() == ""
