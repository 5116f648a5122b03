"""Readers: bytes of one format -> (text, metadata). Each raises ReadFailure with a one-line reason;
`read_source` turns it into an IngestError naming the source."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import yaml

from enquete.ingest.normalise import normalise_text

log = logging.getLogger(__name__)

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HEADING_ATTRS = re.compile(r"^(#{1,6}[^\n]*?)[ \t]*\{[#.][^}\n]*\}[ \t]*$", re.M)
_LINE_END = re.compile(r"[.!?:;»\"”)]$")


class ReadFailure(Exception):
    """A reader could not make text of the bytes (the message is the reason)."""


@dataclass
class Extracted:
    """What a reader returns: normalised text and the metadata it found."""

    text: str
    title: str | None = None
    published: object = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    keywords: list[str] = field(default_factory=list)
    pages: list[tuple[int, int]] = field(default_factory=list)


def decode(data: bytes) -> str:
    """Bytes to str: UTF-8 (BOM allowed); else cp1252 when it decodes strictly and reads as
    Latin-script text (>= 85 % ASCII printable). Any script is fine in UTF-8.

    Raises ReadFailure("not text …") for binary data (NUL bytes, control characters) and for
    bytes that are neither UTF-8 nor plausible cp1252 text.
    """
    if b"\x00" in data[:65536]:
        raise ReadFailure("not text (binary data: NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        where = f"invalid UTF-8 at byte {err.start}"
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadFailure(f"not text: {where}, and not cp1252 either") from None
        if not _mostly_ascii(text):
            raise ReadFailure(f"not text: {where}") from None
        log.info("decoded as cp1252 (%s)", where)
    if _CONTROL.search(text[:65536]):
        raise ReadFailure("not text (binary data: control characters)")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _mostly_ascii(text: str) -> bool:
    """At least 85 % printable ASCII or whitespace (what Latin-script text in cp1252 looks like)."""
    sample = text[:65536]
    plain = sum(1 for c in sample if c.isascii() and (c.isprintable() or c.isspace()))
    return not sample or plain / len(sample) >= 0.85


def read_text(data: bytes, *, markdown: bool = False) -> Extracted:
    """Plain text or Markdown with an optional YAML front-matter block (title, url, date/published,
    keywords, language, outlet); Markdown heading attribute blocks like ``{#id .class}`` are dropped."""
    raw = decode(data).lstrip("\ufeff")
    meta: dict = {}
    if m := _FRONT.match(raw.replace("\r\n", "\n")):
        meta = parse_front_matter(m.group(1))
        raw = raw.replace("\r\n", "\n")[m.end():]
    if markdown:
        raw = _HEADING_ATTRS.sub(r"\1", raw)
    keywords = meta.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",") if k.strip()]
    lang = meta.get("language") or meta.get("lang")
    return Extracted(
        text=normalise_text(raw), title=_str(meta.get("title")),
        published=meta.get("published") or meta.get("date"), url=_str(meta.get("url")),
        outlet=_str(meta.get("outlet") or meta.get("source")), language=_str(lang),
        keywords=[str(k) for k in keywords],
    )


def parse_front_matter(block: str) -> dict:
    """YAML front matter; scraped blocks are often not valid YAML (unescaped quotes in a title), so
    those are read line by line as ``key: value`` pairs instead."""
    try:
        meta = yaml.safe_load(block)
        if isinstance(meta, dict):
            return meta
    except yaml.YAMLError:
        log.debug("front matter is not valid YAML; reading key: value lines")
    meta = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().isidentifier():
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            meta[key.strip().lower()] = value
    return meta


def _str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_html(data: bytes, url: str | None = None) -> Extracted:
    """Main text, title, date and site name of a web page via trafilatura (no script/style text)."""
    import trafilatura

    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        html = data.decode("cp1252", errors="replace")
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True, favor_recall=True)
    if result is None:
        raise ReadFailure("no main text found in the HTML page")
    meta = result if isinstance(result, dict) else result.as_dict()
    lines = [line for line in (meta.get("text") or "").split("\n") if line.strip()]
    tags = meta.get("tags") or []
    sitename = meta.get("sitename")
    if sitename and url and sitename == urlsplit(url).netloc:
        sitename = None  # trafilatura's fallback is the bare host; the caller derives a cleaner one
    return Extracted(
        text=normalise_text("\n\n".join(lines)), title=meta.get("title"), published=meta.get("date"),
        url=meta.get("url") or url, outlet=sitename,
        keywords=list(tags) if isinstance(tags, list) else [],
    )


def read_pdf(data: bytes) -> Extracted:
    """Text of a PDF page by page; `pages` holds each page's (start, end) in the normalised text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReadFailure("encrypted PDF (cannot read its text)")
        raw_pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except ReadFailure:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise ReadFailure(f"corrupt PDF ({type(err).__name__}: {str(err)[:120]})") from None
    pages_text = [normalise_text(unwrap(t)) for t in raw_pages]
    if not any(pages_text):
        raise ReadFailure("no text layer (scanned PDF?)")
    text, pages = "", []
    for chunk in pages_text:
        if text and chunk:
            text += "\n\n"
        pages.append((len(text), len(text) + len(chunk)))
        text += chunk
    # The PDF creation date is when the file was made, not when the story was published: the date
    # comes from the text (dateline) instead.
    title = info.get("/Title") if hasattr(info, "get") else None
    return Extracted(text=text, title=str(title) if title else None, pages=pages)


def unwrap(page: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph; keep breaks after sentence ends and before
    capitalised lines that follow a short line. Hyphenated line ends are joined without the hyphen
    only when the next line starts in lower case."""
    lines = [line.strip() for line in page.splitlines()]
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line:
            prev = out[-1]
            if prev.endswith("-") and line[:1].islower() and not prev.endswith(" -"):
                out[-1] = prev[:-1] + line
                continue
            if not _LINE_END.search(prev) and (line[:1].islower() or len(prev) > 60):
                out[-1] = prev + " " + line
                continue
        out.append(line)
    return "\n".join(out)
