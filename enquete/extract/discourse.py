"""A sale the sentence tells with one party left out, read against the document's other sales.

"Safran, de son côté, a livré des systèmes de navigation" names no buyer: the article has already said
who the buyer is ("Thales a vendu des caméras à la Russie"). "Des serveurs ont encore été expédiés à Damas"
names no seller: the article is about one. A sentence whose sale trigger found one party and not the other
leaves an `Orphan` (`supply.orphan` says which qualify: a past sale verb, goods or a passive with no agent);
once the whole document is read, `adopt` gives it the other party of the nearest sale told before it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from enquete import model
from enquete.extract.anaphora import fold
from enquete.extract.relations import Sent, evidence, nearest_date


@dataclass
class Orphan:
    """A sale trigger with its sellers or its buyers found in its sentence, and not both."""

    start: int  # the trigger's offsets
    end: int
    sent: Sent
    sellers: list[model.Mention]
    buyers: list[model.Mention]
    product: model.Mention | None


def _key(m: model.Mention) -> str:
    return m.cluster or fold(m.text)


def _last(rels: list[model.Relation], side: str, pos: int, by_id: dict[str, model.Mention]
          ) -> model.Mention | None:
    """The party on `side` ("subject" or "object") of the document's last sale told before `pos`, else of
    its first sale told after."""
    before = [r for r in rels if r.evidence.start < pos]
    r = max(before, key=lambda r: r.evidence.start) if before else min(rels, key=lambda r: r.evidence.start,
                                                                         default=None)
    return by_id[getattr(r, side)] if r is not None else None


def adopt(orphans: list[Orphan], found: list[model.Relation], doc: model.Document,
          by_id: dict[str, model.Mention]) -> list[model.Relation]:
    """Sales for the orphans: the missing party is that of the document's last sale told before the orphan
    (else of its first sale), unless it is the party named or the pair is already told."""
    sales = [r for r in found if r.predicate == "supplied"]
    told = Counter((_key(by_id[r.subject]), _key(by_id[r.object])) for r in sales)
    out = []
    for o in orphans:
        side, named = ("subject", o.sellers) if o.sellers else ("object", o.buyers)
        if any(o.sent.start <= r.evidence.start < o.sent.end and by_id[getattr(r, side)] in named for r in sales):
            continue  # another reading of the sentence found the other party ("les véhicules ont été vendus")
        buyer, seller = _last(sales, "object", o.sent.start, by_id), _last(sales, "subject", o.sent.start, by_id)
        pairs = [(s, buyer) for s in o.sellers] if not o.buyers else [(seller, b) for b in o.buyers]
        for s, b in pairs:
            if s is None or b is None or _key(s) == _key(b) or (_key(s), _key(b)) in told:
                continue
            inside = [m for m in (s, b) if o.sent.start <= m.start and m.end <= o.sent.end]
            lo = min([o.start, *(m.start for m in inside)])
            hi = max([o.end, *(m.end for m in inside)])
            date = nearest_date(o.sent, o.start)
            out.append(model.Relation(
                subject=s.id, predicate="supplied", object=b.id, evidence=evidence(doc, o.sent, lo, hi),
                product=o.product.id if o.product else None, date=date.value if date else None,
                precision=date.precision if date else None, confidence=0.4,
                extractor="document:supplied-v1"))
    return out
