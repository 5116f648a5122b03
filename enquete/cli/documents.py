"""Commands on documents: ingest, search, docs, show, export, import."""

from __future__ import annotations

import sys
from pathlib import Path
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from enquete import __version__
from enquete.exc import EnqueteError
from enquete.export import FORMATS
from enquete.model import Document, Extraction
from enquete.store import Store, open_store

TYPE_STYLES = {"Person": "bold magenta", "Company": "bold cyan", "Organization": "bold blue",
               "PublicBody": "bold green", "Country": "bold yellow", "Product": "bold red",
               "Event": "bold white", "Law": "bold bright_black"}


def _console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=True)


class _Extract:
    """The extract stage as a callable with a `version` (recorded as document.extracted_with)."""

    def __init__(self, extract: Callable[..., Extraction], pipelines: Any) -> None:
        self.extract, self.pipelines = extract, pipelines
        models = getattr(pipelines, "nlp", {}) or {}
        names = [f"{lang}:{m.meta.get('lang', lang)}_{m.meta.get('name', '?')}-{m.meta.get('version', '?')}"
                 for lang, m in sorted(models.items()) if hasattr(m, "meta")]
        self.version = (f"enquete-{__version__} " + " ".join(names))[:100]

    def __call__(self, doc: Document) -> Extraction:
        return self.extract(doc, self.pipelines)


def _extractor(store: Store, gazetteers: tuple[str, ...] = ()) -> Callable[[Document], Extraction]:
    """The extract stage with the spaCy pipelines loaded once (names already resolved in the store
    are recognised too, and those of the user's gazetteers)."""
    from enquete.extract import extract, load_pipelines

    return _Extract(extract, load_pipelines(store, gazetteers=gazetteers))


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--collection", "collection", metavar="NAME",
              help='Collection the new documents go into (created if missing; default: a private '
                   'collection named "default").')
@click.option("--allow-private", is_flag=True,
              help="Allow URLs that resolve to private or local network addresses.")
@click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
              help="Refuse files and downloads larger than N bytes (default: ENQUETE_MAX_BYTES, 50 MB).")
@click.option("--no-extract", is_flag=True,
              help="Store the documents only, without extracting facts (no language models loaded).")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer (YAML, the format of enquete/extract/gazetteer/): names of vendors, "
                   "products, bodies… to recognise; repeatable.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def ingest_cmd(sources: tuple[str, ...], collection: str | None, allow_private: bool, max_bytes: int | None,
               no_extract: bool, gazetteers: tuple[str, ...], no_progress: bool) -> None:
    """Ingest files, folders (recursively) and URLs: text, HTML, PDF.

    Each document is read, checked against the store (same text: unchanged; nearly the same text:
    linked as a near-duplicate), its facts extracted, and everything written in one transaction.
    The new names are then resolved into entities, contradictions and screening flags recomputed,
    and a summary of the evidence graph printed.
    Running the same command again is safe: stored documents are skipped.
    Exits non-zero when any source failed (a table lists file, stage and reason)."""
    from enquete.pipeline import failure_table, ingest

    store = open_store()
    report = ingest(store, sources, collection=collection, allow_private=allow_private, max_bytes=max_bytes,
                    extractor=None if no_extract else _extractor(store, gazetteers), progress=not no_progress)
    out = _console()
    if not no_extract:
        from enquete.pipeline import analyse
        from enquete.summary import summary, summary_lines

        analyse(store, report.stored)
        for line in summary_lines(summary(store)):
            out.print(line, markup=False)
    for doc_id, of, score in report.near_duplicates:
        out.print(f"near-duplicate: {doc_id[:12]} of {of[:12]} (similarity {score:.2f})")
    if report.failed:
        _console(err=True).print(failure_table(report))
    out.print(report.summary())
    if not report.ok:
        sys.exit(1)


@click.command("summary")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
def summary_cmd(as_json: bool) -> None:
    """What the evidence graph holds: documents, entities by type, relations by predicate, claims,
    contradictions and the screening flags (the summary `enquete ingest` ends with)."""
    import json

    from enquete.summary import summary, summary_lines

    data = summary(open_store())
    click.echo(json.dumps(data, ensure_ascii=False, indent=1) if as_json else "\n".join(summary_lines(data)))


@click.command("search")
@click.argument("query")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="Most hits shown.")
def search_cmd(query: str, limit: int) -> None:
    """Full-text search of the documents, best first, matches highlighted.

    Case and accents are ignored (Bahrein finds Bahreïn). Words must all match; use "a phrase",
    prefix*, OR between alternatives and NOT before a word to exclude it."""
    from enquete.store.search import search

    hits = search(open_store(), query, limit=limit)
    out = _console()
    if not hits:
        out.print("no document matches")
    for h in hits:
        out.print(Text(f"{h.doc_id[:12]}  {h.title or h.source}  ({h.published or 'undated'}, {h.language})",
                       style="bold"))
        snippet = Text()
        for i, part in enumerate(h.marked("\x00", "\x00").split("\x00")):
            snippet.append(part.replace("\n", " "), style="reverse" if i % 2 else "")
        out.print(snippet)
        out.print()


def _short_source(source: str) -> str:
    """A URL as it is; a file by its name."""
    return source if "://" in source else Path(source).name


@click.command("docs")
def docs_cmd() -> None:
    """List the stored documents: id prefix, title, date, language, near-duplicate of."""
    from enquete.store.documents import list_documents

    store = open_store()
    table = Table("id", "title", "date", "lang", "duplicate of", "source")
    table.columns[0].no_wrap = table.columns[-1].no_wrap = True
    with store.connect() as conn:
        for r in list_documents(conn):
            table.add_row(r.id[:12], r.title or "", r.published or "", r.language,
                          (r.near_duplicate_of or "")[:12], _short_source(r.source))
    _console().print(table)


def _highlight(text: str, spans: list[Any]) -> Text:
    out = Text(text)
    for m in spans:
        out.stylize(TYPE_STYLES.get(m.type, "bold"), m.start, m.end)
    return out


@click.command("show")
@click.argument("doc")
@click.option("--mentions", is_flag=True, help="Colour the names found in the text by type.")
def show_cmd(doc: str, mentions: bool) -> None:
    """Show one document (DOC: its id or an unambiguous prefix of it)."""
    from enquete.store.documents import document_mentions, find_document

    store = open_store()
    with store.connect() as conn:
        row = find_document(conn, doc)
        spans = document_mentions(conn, row.id)
    out = _console()
    out.print(Text(row.title or row.source, style="bold"))
    for label, value in (("id", row.id), ("source", row.source), ("url", row.url), ("outlet", row.outlet),
                         ("published", row.published), ("language", row.language),
                         ("near-duplicate of", row.near_duplicate_of)):
        if value:
            out.print(f"{label}: {value}")
    out.print()
    out.print(_highlight(row.text, spans) if mentions else Text(row.text))
    if mentions:
        legend = Text("  ".join(TYPE_STYLES))
        for name, style in TYPE_STYLES.items():
            start = legend.plain.index(name)
            legend.stylize(style, start, start + len(name))
        out.print()
        out.print(Text(f"{len(spans)} mentions  ") + legend)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: every row (DESIGN §3, restorable with `enquete import`); ftm: FollowTheMoney "
                   "entities for Aleph/OpenSanctions; gexf: entity graph for Gephi; csv: one line per relation.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout).")
def export_cmd(fmt: str, output: str | None) -> None:
    """Export the evidence graph. Protected people appear under their pseudonym in every format: their
    names never leave the instance."""
    from enquete.export import write

    store = open_store()
    binary = fmt == "gexf"
    with ExitStack() as stack:
        if output:
            out = stack.enter_context(open(output, "wb" if binary else "w", encoding=None if binary else "utf-8",
                                           newline=None if binary else ""))
        else:
            out = sys.stdout.buffer if binary else sys.stdout
        write(store, fmt, out)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def import_cmd(file: str) -> None:
    """Restore a JSON Lines export into an EMPTY database (all or nothing; bad lines named FILE:LINE)."""
    from enquete.export.jsonl import import_jsonl

    counts = import_jsonl(open_store(), file)
    click.echo("restored " + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())))


commands = [ingest_cmd, summary_cmd, search_cmd, docs_cmd, show_cmd, export_cmd, import_cmd]
__all__ = ["commands", "EnqueteError"]
