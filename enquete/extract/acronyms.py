"""Mentions of one actor inside a document: the `cluster` of model.Mention.

Linked only where the text itself says two names are one actor:
- "Long Name (ACR)" and "ACR (Long Name)", where the letters of ACR start words of Long Name;
- "X est l'acronyme de Y", "X, l'acronyme de Y", "X is the acronym of/for Y", "X stands for Y";
- a surname alone, after the full name was introduced earlier in the same document;
- the same name written again (folded case and accents).
"""

from __future__ import annotations

import re

from enquete.extract.names import fold
from enquete.model import Mention

SAYS_SAME = re.compile(r"^\s*(?:,|est|is|was|était)?\s*(?:l'|the\s+)?"
                       r"(?:acronyme|acronym|sigle|abréviation|abbreviation)"
                       r"\s+(?:de|d'|of|for)\s*$|^\s*(?:stands|standing)\s+for\s*$", re.I)
STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "pour", "en", "sur"}


def initials_fit(acronym: str, long: str) -> bool:
    """True when the acronym's letters are, in order, initials of words (or word parts) of `long`."""
    letters = [c for c in fold(acronym) if c.isalnum()]
    words = [w for w in re.split(r"[\s'’\-]+", fold(long)) if w]
    if len(letters) < 2 or not words:
        return False
    heads = "".join(w[0] for w in words if w not in STOP)
    all_heads = "".join(w[0] for w in words)
    joined = "".join(letters)
    return joined in (heads, all_heads) or _subsequence(joined, fold(long).replace(" ", ""), heads)


def _subsequence(letters: str, text: str, heads: str) -> bool:
    """Letters found in order in the name, the first being its first letter (AMESYS in Advanced Middle
    East System)."""
    if not text or letters[0] != text[0] or len(letters) > len(text):
        return False
    it = iter(text)
    return all(c in it for c in letters) and sum(c in heads for c in letters) >= 2


class _Union:
    def __init__(self, items: list[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=self._order)] = min(ra, rb, key=self._order)

    def _order(self, mid: str) -> int:
        return int(mid.rsplit(":", 2)[1])


def paren_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs (name, acronym) written "A (B)" where one is the acronym of the other."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        after = re.match(r"\s*\(\s*", text[m.end:])
        if not after:
            continue
        inner = by_start.get(m.end + after.end())
        if inner and text[inner.end:inner.end + 3].lstrip().startswith(")"):
            short, long = sorted((m, inner), key=lambda x: len(x.text))
            if initials_fit(short.text, long.text):
                out.append((long, short))
    return out


def stated_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs linked by "X est l'acronyme de Y" and its English forms (adjacent mentions only)."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if len(gap) < 40 and SAYS_SAME.match(gap.replace("\u2019", "'")):
            out.append((b, a))
    return out


def surname_pairs(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A one-word person mention and the latest earlier full name ending with that word."""
    out = []
    for i, m in enumerate(mentions):
        if m.type != "Person" or " " in m.text.strip():
            continue
        for prev in reversed(mentions[:i]):
            words = prev.text.split()
            if prev.type == "Person" and len(words) > 1 and fold(words[-1]) == fold(m.text):
                out.append((prev, m))
                break
    return out


def cluster(text: str, mentions: list[Mention]) -> None:
    """Sets `cluster` on every mention (the id of the first mention of its group)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    uf = _Union([m.id for m in ordered])
    first: dict[tuple[str, str], Mention] = {}
    for m in ordered:
        key = (fold(m.text), m.type)
        if key in first:
            uf.union(first[key].id, m.id)
        else:
            first[key] = m
    for a, b in paren_pairs(text, ordered) + stated_pairs(text, ordered) + surname_pairs(ordered):
        uf.union(a.id, b.id)
    for m in ordered:
        m.cluster = uf.find(m.id)
