"""read_source: one file or URL -> model.Document; iter_sources: expand folders."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from enquete import settings
from enquete.exc import IngestError
from enquete.ingest.fetch import fetch
from enquete.ingest.meta import clean_date, date_from_text, detect_language, outlet_from_url
from enquete.ingest.readers import Extracted, ReadFailure, read_html, read_pdf, read_text
from enquete.model import Document, sha256

log = logging.getLogger(__name__)

#: File extension -> media type of the documents we read.
EXTENSIONS: dict[str, str] = {
    ".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
    ".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf",
}
_CONTENT_TYPES: dict[str, str] = {
    "text/plain": "text/plain", "text/markdown": "text/markdown", "text/x-markdown": "text/markdown",
    "text/html": "text/html", "application/xhtml+xml": "text/html", "application/pdf": "application/pdf",
}


def is_url(source: str) -> bool:
    """True for http:// and https:// sources."""
    return source.lower().startswith(("http://", "https://"))


def read_source(source: str, *, allow_private: bool = False, max_bytes: int | None = None) -> Document:
    """Read a file (.txt, .md, .html/.htm, .pdf) or an http(s) URL into a Document.

    Raises IngestError(source, stage, reason): stage "fetch" for downloads, "read" for the rest.
    """
    limit = settings.MAX_BYTES if max_bytes is None else max_bytes
    if is_url(source):
        got = fetch(source, allow_private=allow_private, max_bytes=limit)
        suffix = Path(got.url.split("?")[0]).suffix.lower()
        mimetype = _CONTENT_TYPES.get(got.content_type) or EXTENSIONS.get(suffix)
        if mimetype is None:
            raise IngestError(source, "fetch", f"unsupported content type {got.content_type or 'unknown'!r}")
        data, url = got.data, got.url
    else:
        mimetype, url = _check_file(source, limit), None
        try:
            data = Path(source).read_bytes()
        except OSError as err:
            raise IngestError(source, "read", f"cannot read ({err.strerror or err})") from None
    try:
        ext = _extract(data, mimetype, url)
    except ReadFailure as err:
        raise IngestError(source, "read", str(err)) from None
    if not ext.text:
        raise IngestError(source, "read", "empty document (no text)")
    return _document(source, ext, mimetype, url)


def _check_file(source: str, limit: int) -> str:
    """Check a local file (exists, supported type, size) and return its media type."""
    path = Path(source)
    mimetype = EXTENSIONS.get(path.suffix.lower())
    try:
        st = path.stat()
    except FileNotFoundError:
        raise IngestError(source, "read", "no such file") from None
    except OSError as err:
        raise IngestError(source, "read", f"cannot open ({err.strerror or err})") from None
    if path.is_dir():
        raise IngestError(source, "read", "is a folder (use iter_sources to expand it)")
    if mimetype is None:
        supported = ", ".join(sorted(EXTENSIONS))
        kind = path.suffix or "(none)"
        raise IngestError(source, "read", f"unsupported file type {kind!r} (supported: {supported})")
    if st.st_size > limit:
        raise IngestError(source, "read", f"file too large: {st.st_size} bytes > limit {limit}")
    if st.st_size == 0:
        raise IngestError(source, "read", "empty file")
    return mimetype


def _extract(data: bytes, mimetype: str, url: str | None) -> Extracted:
    if mimetype == "text/html":
        return read_html(data, url)
    if mimetype == "application/pdf":
        return read_pdf(data)
    return read_text(data, markdown=mimetype == "text/markdown")


def _document(source: str, ext: Extracted, mimetype: str, fetched_url: str | None) -> Document:
    url = ext.url or fetched_url
    lang = (ext.language or "").lower()[:2]
    return Document(
        id=sha256(ext.text), source=source, text=ext.text, title=ext.title or _first_line(ext.text),
        outlet=ext.outlet or outlet_from_url(url), url=url,
        published=clean_date(ext.published) or date_from_text(ext.text),
        language=lang if lang in ("fr", "en") else detect_language(ext.text),
        fetched_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        keywords=ext.keywords, mimetype=mimetype, pages=ext.pages,
    )


def _first_line(text: str) -> str | None:
    line = text.split("\n", 1)[0].lstrip("# ").strip()
    return line[:200] or None


def iter_sources(sources: Iterable[str]) -> Iterator[str | IngestError]:
    """Expand folders recursively (sorted, hidden entries and unsupported extensions skipped, symlinks
    followed once; a symlink loop yields one IngestError). Files and URLs pass through unchanged."""
    for source in sources:
        if not is_url(source) and os.path.isdir(source):
            yield from _walk(Path(source), (os.path.realpath(source),))
        elif not is_url(source) and os.path.islink(source) and not os.path.exists(source):
            yield IngestError(source, "read", "broken symlink or symlink loop")
        else:
            yield source


def _walk(folder: Path, ancestors: tuple[str, ...]) -> Iterator[str | IngestError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield IngestError(str(folder), "read", f"cannot list folder ({err.strerror or err})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_symlink() and not os.path.exists(path):
            yield IngestError(str(path), "read", "broken symlink or symlink loop")
        elif entry.is_dir(follow_symlinks=True):
            real = os.path.realpath(path)
            if real in ancestors:
                yield IngestError(str(path), "read", f"symlink loop (points back to {real})")
            else:
                yield from _walk(path, ancestors + (real,))
        elif path.suffix.lower() in EXTENSIONS:
            yield str(path)
