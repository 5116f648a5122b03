"""The ingest pipeline: sources -> documents -> (extraction) -> the store, one transaction per document.

Every source is read, checked against what is stored (same id: unchanged; a close MinHash signature:
linked as a near-duplicate), optionally extracted, then written with all its facts in one transaction.
A source that fails (at any stage) is recorded in the report and the run goes on with the others; a run
that is killed leaves every stored document complete, and running it again finishes the job.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text
from sqlalchemy import select

from enquete.exc import IngestError
from enquete.ingest import NearDuplicateIndex, iter_sources, read_source, signature
from enquete.model import Document, Extraction
from enquete.store import Store
from enquete.store.documents import document_exists, ensure_collection, save_document
from enquete.store.schema import document

log = logging.getLogger(__name__)
Extractor = Callable[[Document], Extraction]


@dataclass(frozen=True)
class Failure:
    """A source that could not be ingested: where it stopped and why."""

    source: str
    stage: str
    reason: str


@dataclass
class Report:
    """What one ingest run did: document ids stored and unchanged, failures, near-duplicate links."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (doc, of, score)

    @property
    def ok(self) -> bool:
        """True when every source was stored or already there."""
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.stored)} stored, {len(self.unchanged)} unchanged, {len(self.failed)} failed, "
                f"{len(self.near_duplicates)} near-duplicates")


def load_index(store: Store) -> NearDuplicateIndex:
    """A near-duplicate index of the signatures of every stored document."""
    index = NearDuplicateIndex()
    with store.connect() as conn:
        for doc_id, sig in conn.execute(select(document.c.id, document.c.minhash)
                                        .where(document.c.minhash.is_not(None)).order_by(document.c.id)):
            if sig:
                index.add(doc_id, list(sig))
    return index


def ingest(store: Store, sources: Iterable[str], *, collection: str | None = None,
           allow_private: bool = False, max_bytes: int | None = None, extractor: Extractor | None = None,
           progress: bool = False) -> Report:
    """Ingest `sources` (files, folders, URLs) into collection `collection` (default "default")."""
    with store.begin() as conn:
        collection_id = ensure_collection(conn, collection)
    items = list(iter_sources(sources))
    index = load_index(store)
    report = Report()
    with _progress(progress, len(items)) as advance:
        for item in items:
            if isinstance(item, IngestError):
                _fail(report, item.source, item.stage, item.reason)
            else:
                _ingest_one(store, item, report, index, collection_id, allow_private, max_bytes, extractor)
            advance()
    log.info("ingest: %s", report.summary())
    return report


def _fail(report: Report, source: str, stage: str, reason: str) -> None:
    log.warning("%s: %s failed: %s", source, stage, reason)
    report.failed.append(Failure(source, stage, reason))


def _ingest_one(store: Store, source: str, report: Report, index: NearDuplicateIndex, collection_id: int,
                allow_private: bool, max_bytes: int | None, extractor: Extractor | None) -> None:
    stage = "read"
    try:
        doc = read_source(source, allow_private=allow_private, max_bytes=max_bytes)
        with store.connect() as conn:
            if document_exists(conn, doc.id):
                report.unchanged.append(doc.id)
                return
        stage = "near-duplicate"
        sig = signature(doc.text)
        match = index.query(sig)
        if match is not None and match[0] != doc.id:
            doc.near_duplicate_of, doc.near_duplicate_score = match[0], float(match[1])
        stage = "extract"
        extraction = extractor(doc) if extractor is not None else None
        stage = "store"
        with store.begin() as conn:
            written = save_document(conn, doc, extraction, collection_id, minhash=list(sig),
                                    extracted_with=getattr(extractor, "version", None))
    except IngestError as exc:
        _fail(report, exc.source or source, exc.stage or stage, exc.reason)
        return
    except Exception as exc:  # noqa: BLE001 - one bad source must not stop the run
        log.debug("unexpected failure on %s", source, exc_info=True)
        _fail(report, source, stage, f"{type(exc).__name__}: {exc}")
        return
    if not written:
        report.unchanged.append(doc.id)
        return
    index.add(doc.id, list(sig))
    report.stored.append(doc.id)
    if doc.near_duplicate_of:
        report.near_duplicates.append((doc.id, doc.near_duplicate_of, doc.near_duplicate_score or 0.0))


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "– docs/s", style="progress.data.speed")


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr when enabled and stderr is a terminal; else a no-op."""
    if not enabled or not sys.stderr.isatty():
        yield lambda: None
        return
    console = Console(stderr=True)
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=total)
        yield lambda: bar.advance(task)


def failure_table(report: Report) -> Table:
    """The failed sources as a table (file, stage, reason)."""
    table = Table(title=f"{len(report.failed)} failed", title_justify="left")
    for col in ("file", "stage", "reason"):
        table.add_column(col, overflow="fold")
    for f in report.failed:
        table.add_row(f.source, f.stage, f.reason)
    return table


def analyse(store: Store, doc_ids: Iterable[str]) -> dict[str, int]:
    """The stages after storing: resolve the new documents' mentions into entities (incrementally),
    then recompute contradictions and screening flags over the whole store."""
    from enquete.analyse import refresh
    from enquete.resolve import resolve

    counts = resolve(store, list(doc_ids))
    counts.update(refresh(store))
    return counts
