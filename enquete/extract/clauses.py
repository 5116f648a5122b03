"""Clauses of a parsed sentence: which verb a word (a date, a name) belongs to.

A date tells when the fact of its own clause happened: in "les témoins ont parlé en mars 2016 d'une
plainte déposée en 2014", March 2016 is the hearing's and 2014 the complaint's. A word's
clause is the first verb (or clause head) above it in the dependency tree; an infinitive complement
("a décidé de quitter") stays in the clause of the verb it completes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

CLAUSE_DEPS = {"ROOT", "acl", "acl:relcl", "relcl", "advcl", "ccomp", "csubj", "parataxis"}


def token_at(sdoc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the characters [start, end), or None when they cover no token."""
    span = sdoc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_head(tok: Token) -> Token:
    """The verb or clause head that governs `tok` (itself when it is one)."""
    while not _heads_clause(tok) and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _heads_clause(tok: Token) -> bool:
    """A verb heads a clause, unless it is a bare participle used as an adjective ("a controlling
    stake", "les fichiers piratés")."""
    if tok.dep_ in CLAUSE_DEPS:
        return True
    return tok.pos_ == "VERB" and not (tok.dep_ in ("amod", "compound") and not any(tok.children))


def common_ancestor(a: Token, b: Token) -> Token:
    """The lowest token that has both `a` and `b` in its subtree."""
    above = {a.i}
    tok = a
    while tok.head.i != tok.i:
        tok = tok.head
        above.add(tok.i)
    tok = b
    while tok.i not in above and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.i in above else a.sent.root


def same_clause(sdoc: Doc, anchor: Token, start: int, end: int) -> bool:
    """Whether the words [start, end) (a date) belong to the clause of `anchor`."""
    tok = token_at(sdoc, start, end)
    return tok is not None and clause_head(tok) == clause_head(anchor)
