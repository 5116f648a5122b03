"""Every occurrence of a name the document has already given: the NER finds "Aerolis" where a cue
stands beside it ("la société liégeoise Aerolis") and misses it three paragraphs on ("une enquête visant
Aerolis"); the relations written there need the name as a mention. A name echoes only as written (the
same words, whole words, capitalised), never inside another mention, and takes the type and the cluster
the document settled for it (an echo casts no vote on either).
"""

from __future__ import annotations

import re

from enquete.model import Mention

ECHOED = ("Company", "Organization", "PublicBody", "Product", "Person", "Event")
MIN_CHARS = 3


def echoes(text: str, doc_id: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions at the occurrences of the document's names that no mention covers."""
    taken = sorted((m.start, m.end) for m in mentions)
    seen: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ECHOED and _echoable(m.text):
            seen.setdefault(m.text, m)
    out: list[Mention] = []
    for name, first in seen.items():
        for hit in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):  # "d'Aerolis" too
            s, e = hit.span()
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, name, first.type,
                               cluster=first.cluster, country=first.country, source="rule"))
            taken.append((s, e))
    return out


def _echoable(name: str) -> bool:
    """A name, not a common word: capitalised (or in capitals), of a few letters at least."""
    return len(name) >= MIN_CHARS and name[:1].isupper()
