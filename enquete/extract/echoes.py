"""Every occurrence of a name the document has already given: the NER finds "Aerolis" where a cue
stands beside it ("la société liégeoise Aerolis") and misses it three paragraphs on ("une enquête visant
Aerolis"); the relations written there need the name as a mention. A name echoes only as written (the
same words, whole words, capitalised), never inside another mention, and takes the type and the cluster
the document settled for it (an echo casts no vote on either).
"""

from __future__ import annotations

from enquete.extract.goods import SOURCE as DESCRIBED
from enquete.model import Mention

ECHOED = ("Company", "Organization", "PublicBody", "Product", "Person", "Event")
MIN_CHARS = 3


def echoes(text: str, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions at the occurrences of the document's names that no mention covers."""
    taken = sorted((m.start, m.end) for m in mentions)
    seen: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ECHOED and _echoable(m.text) and m.source != DESCRIBED:  # goods told once (goods.py)
            seen.setdefault(m.text, m)
    out: list[Mention] = []
    for name, first in seen.items():
        for s in _occurrences(text, name):
            e = s + len(name)
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, name, first.type,
                               cluster=first.cluster, country=first.country, source="rule"))
            taken.append((s, e))
    return out


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` is written as whole words ("d'Aerolis" too, not "Aerolis-Bis"): plain string search,
    no regex per name (one per name and document would crowd out the patterns compiled once)."""
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _echoable(name: str) -> bool:
    """A name, not a common word: capitalised (or in capitals), of a few letters at least."""
    return len(name) >= MIN_CHARS and name[:1].isupper()
