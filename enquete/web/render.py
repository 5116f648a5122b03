"""HTML built in Python: the highlighted document text. Every piece of document text goes through
markupsafe.escape; only our own tags are added around it."""

from __future__ import annotations

from markupsafe import Markup, escape

_TYPES = {"Person", "Company", "Organization", "PublicBody", "Country", "Product", "Event", "Law"}


def _open(kind: int, s: int, e: int, attrs: dict) -> tuple[str, str]:
    if kind == 0:
        title = escape(", ".join(sorted(attrs["kinds"])))
        return f'<span class="evidence" id="ev-{s}-{e}" title="{title}">', "</span>"
    cls = "m-" + (attrs["type"] if attrs["type"] in _TYPES else "other")
    if attrs.get("entity"):
        label = escape(f'{attrs["type"]}: {attrs.get("entity_name") or ""}')
        return (f'<a class="mention {cls}" href="/entities/{escape(attrs["entity"])}" title="{label}">', "</a>")
    return f'<span class="mention {cls}">', "</span>"


def highlight(text: str, mentions: list[dict], evidence: list[dict]) -> Markup:
    """`text` as HTML with evidence sentences (anchored `ev-START-END`, for :target) and mentions
    (links to their dossier). Spans that cross an enclosing span are clipped to it."""
    evs: dict[tuple[int, int], set[str]] = {}
    for ev in evidence:
        evs.setdefault((ev["start"], ev["end"]), set()).add(ev["kind"])
    spans = [(s, e, 0, {"kinds": k}) for (s, e), k in evs.items()]
    spans += [(m["start"], m["end"], 1, m) for m in mentions]
    spans.sort(key=lambda t: (t[0], -t[1], t[2]))
    out: list[str] = []
    stack: list[tuple[int, str]] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, tag = stack.pop()
            out.append(str(escape(text[pos:end])))
            out.append(tag)
            pos = end

    for s, e, kind, attrs in spans:
        if s < 0 or e > len(text) or s >= e:
            continue
        close_until(s)
        if s < pos:
            continue
        open_tag, close_tag = _open(kind, s, e, attrs)  # the anchor keeps the span's own offsets
        if stack and e > stack[-1][0]:
            e = stack[-1][0]
        if e <= s:
            continue
        out.append(str(escape(text[pos:s])))
        pos = s
        out.append(open_tag)
        stack.append((e, close_tag))
    close_until(len(text))
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
