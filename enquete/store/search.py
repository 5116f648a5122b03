"""Full-text search over documents: ranked hits with highlighted snippets, case and accents folded.

The query language is small and never passed raw to the database: words (all must match), "quoted
phrases", `word*` prefixes, `OR` between alternatives and `NOT` before a term to exclude it. A malformed
query (unbalanced quote, an operator with nothing on one side, no word at all) raises InvalidData.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from enquete.exc import InvalidData
from enquete.store import fts
from enquete.store.fts import MARK_END, MARK_START, Query, Term
from enquete.store.store import Store

OPERATORS = ("AND", "OR", "NOT")
WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(r'"([^"]*)"|(\S+)')
MAX_QUERY = 500


@dataclass(frozen=True)
class SearchHit:
    """One matching document. `snippet` marks matches with fts.MARK_START … fts.MARK_END."""

    doc_id: str
    title: str | None
    source: str
    published: str | None
    language: str
    score: float
    snippet: str

    def marked(self, start: str, end: str, escape: Callable[[str], str] = lambda s: s) -> str:
        """The snippet with matches between `start` and `end`; other text passed through `escape`."""
        out = []
        for i, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", self.snippet)):
            out.append(escape(part) if i % 2 == 0 else start + escape(part) + end)
        return "".join(out)

    def snippet_html(self) -> str:
        """The snippet as HTML, matches in <mark>."""
        return self.marked("<mark>", "</mark>", html.escape)

    def snippet_text(self) -> str:
        """The snippet as plain text, matches in [brackets]."""
        return self.marked("[", "]")


def _term(raw: str, phrase: bool) -> Term | None:
    words = tuple(WORD.findall(raw))
    if not words:
        return None
    return Term(words, prefix=not phrase and raw.endswith("*"))


def parse_query(query: str) -> Query:
    """Parse `query` into OR-groups of terms; InvalidData with a clear message when malformed."""
    query = (query or "").strip()
    if len(query) > MAX_QUERY:
        raise InvalidData(f"the search query is too long ({len(query)} characters, at most {MAX_QUERY})")
    if query.count('"') % 2:
        raise InvalidData('unbalanced quote in the search query: close the phrase with " or remove it')
    items: list[str | Term] = []
    for m in TOKEN.finditer(query):
        if m.group(2) in OPERATORS:
            items.append(m.group(2))
            continue
        term = _term(m.group(1) if m.group(1) is not None else m.group(2), m.group(1) is not None)
        if term is not None:
            items.append(term)
    if not any(isinstance(i, Term) for i in items):
        raise InvalidData(f"the search query {query!r} has no word to look for")
    return _groups(items)


def _groups(items: list[str | Term]) -> Query:
    groups: Query = [[]]
    pending: str | None = None
    for item in items:
        if isinstance(item, str):
            if pending is not None or not groups[-1]:
                where = f"after {pending}" if pending else "at the start of a group"
                raise InvalidData(f"the search query has the operator {item} {where}: "
                                  "put a word on each side of AND, OR and NOT")
            pending = item
            continue
        if pending == "OR":
            groups.append([])
        groups[-1].append(Term(item.words, item.prefix, negated=pending == "NOT"))
        pending = None
    if pending is not None:
        raise InvalidData(f"the search query ends with the operator {pending}: add a word after it")
    return groups


def search(store: Store, query: str, limit: int = 10,
           collections: Sequence[int] | None = None) -> list[SearchHit]:
    """Documents matching `query`, best first, each with a highlighted snippet.

    `collections`: only documents of these collection ids (None: every document)."""
    parsed = parse_query(query)
    limit = max(1, min(int(limit), 1000))
    with store.connect() as conn:
        rows = fts.run_search(conn, parsed, limit, list(collections) if collections is not None else None)
    return [SearchHit(r.doc_id, r.title, r.source, r.published, r.language, float(r.score or 0.0),
                      r.snippet or "") for r in rows]
