"""Facts a sentence tells with one party left out, read against the document's other facts.

"Safran, de son côté, a livré des systèmes de navigation" names no buyer: the article has already said
who the buyer is ("Thales a vendu des caméras à la Russie"). "Des serveurs ont encore été expédiés à Damas"
names no seller: the article is about one. A sentence whose sale trigger found one party and not the other
leaves an `Orphan` (`supply.orphan` says which qualify: a past sale verb, goods or a passive with no agent);
once the whole document is read, `adopt` gives it the other party of the nearest sale told before it.
A sighting of the marks a product leaves ("Traces were later detected in Rwanda", `places.traces_found`)
is of the product of the nearest fact about a product told before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from enquete import model
from enquete.extract.anaphora import fold
from enquete.extract.relations import Sent, evidence, nearest_date


@dataclass
class Orphan:
    """A trigger with its subjects or its objects found in its sentence, and not both: a sale (sellers or
    buyers) or a sighting (the places, no product)."""

    start: int  # the trigger's offsets
    end: int
    sent: Sent
    subjects: list[model.Mention]
    objects: list[model.Mention]
    product: model.Mention | None
    predicate: str = "supplied"
    goods: str = ""  # the lemma of a word naming the goods sold ("serveur"), "" for a word that names any


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
    if not orphans:
        return []
    sales = [r for r in found if r.predicate == "supplied"]
    sighted = {(_key(by_id[r.subject]), _key(by_id[r.object])) for r in found if r.predicate == "found_in"}
    goods = sorted(((r.evidence.start, by_id[p]) for r in found for p in [_goods_of(r)] if p is not None),
                   key=lambda g: g[0])
    told = {(_key(by_id[r.subject]), _key(by_id[r.object])) for r in sales}
    out = []
    for o in orphans:
        if o.predicate == "found_in":
            out += _sighted(o, goods, sighted, doc)
            continue
        side, named = ("subject", o.subjects) if o.subjects else ("object", o.objects)
        if any(o.sent.start <= r.evidence.start < o.sent.end and by_id[getattr(r, side)] in named for r in sales):
            continue  # another reading of the sentence found the other party ("les véhicules ont été vendus")
        buyer = _last(sales, "object", o.sent.start, by_id)
        seller = _last([r for r in sales if _sold(r, o.goods)], "subject", o.sent.start, by_id)
        pairs = [(s, buyer) for s in o.subjects] if not o.objects else [(seller, b) for b in o.objects]
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


def _sold(r: model.Relation, goods: str) -> bool:
    """Whether a sale may be of the goods an orphan names: any sale for a word that names any goods, else
    one whose words name the same ("des serveurs ont été expédiés" is not the seller of components')."""
    return not goods or any(w.startswith(goods) for w in re.findall(r"\w+", r.evidence.quote.lower()))


def _goods_of(r: model.Relation) -> str | None:
    """The product a relation is about: what was found, developed, or sold."""
    return r.subject if r.predicate == "found_in" else r.object if r.predicate == "developed" else \
        r.product if r.predicate == "supplied" else None


def _sighted(o: Orphan, goods: list[tuple[int, model.Mention]], seen: set[tuple[str, str]],
             doc: model.Document) -> list[model.Relation]:
    """"Traces were later detected in Rwanda", "des infections ont été repérées au Maroc": the product of
    the nearest fact about a product told before the sighting (`goods`), unless that sighting is told
    (`seen`)."""
    before = [m for at, m in goods if at < o.sent.start]
    if not before:
        return []
    product = before[-1]
    date = nearest_date(o.sent, o.start)
    return [model.Relation(
        subject=product.id, predicate="found_in", object=p.id,
        evidence=evidence(doc, o.sent, min(o.start, p.start), max(o.end, p.end)),
        date=date.value if date else None, precision=date.precision if date else None, confidence=0.4,
        extractor="document:found_in-v1") for p in o.objects if (_key(product), _key(p)) not in seen]
