"""A re-export of US-made goods to Syria by a foreign distributor, screened from the store with the packaged
rules: the item's origin comes from its maker (`developed`), and the document's penalty sentence shows the
shipment was unlicensed, so the US rule's flag is a breach (a text written for this test)."""

from __future__ import annotations

from sqlalchemy import insert, select

from enquete.analyse.screen import refresh_flags
from enquete.analyse.transfers import transfers
from enquete.store import Store
from enquete.store.schema import document, entity, evidence, flag, mention, relation

TEXT = (
    "Kestrel FZE, a distributor in Dubai, shipped NetSieve filters to Syria in 2011. "
    "The filters are made by Orvane, a company based in Ohio. "
    "Kestrel FZE later paid a penalty of $1.5 million for shipping the filters to Syria."
)
DOC = "e" * 64
ENTITIES = {  # id: (type, name, country)
    "kestrel": ("Company", "Kestrel FZE", "ae"),
    "orvane": ("Company", "Orvane", "us"),
    "syria": ("Country", "Syria", "sy"),
    "netsieve": ("Product", "NetSieve", None),
}


def mention_of(conn, eid: str) -> str:  # type: ignore[no-untyped-def]
    kind, name, country = ENTITIES[eid]
    start = TEXT.index(name)
    mid = f"{DOC[:16]}:{start}"
    conn.execute(insert(mention).values(id=mid, doc_id=DOC, start=start, end=start + len(name), text=name,
                                        type=kind, entity_id=eid, country=country))
    return mid


def fact(conn, rid: str, subject: str, predicate: str, obj: str, quote: str, **extra) -> None:  # type: ignore[no-untyped-def]
    conn.execute(insert(relation).values(id=rid, doc_id=DOC, subject=subject, predicate=predicate, object=obj,
                                         confidence=0.8, extractor="test", **extra))
    start = TEXT.index(quote)
    conn.execute(insert(evidence).values(owner_kind="relation", owner_id=rid, doc_id=DOC, start=start,
                                         end=start + len(quote), quote=quote))


def populate(store: Store, penalty: bool = True) -> None:
    text = TEXT if penalty else TEXT[: TEXT.index("Kestrel FZE later")].rstrip()
    with store.begin() as conn:
        conn.execute(insert(document).values(id=DOC, source="reexport.txt", language="en", text=text,
                                             published="2013-06"))
        conn.execute(insert(entity), [
            {"id": k, "type": t, "name": n, "country": c, "categories": None, "protected": False}
            for k, (t, n, c) in ENTITIES.items()])
        sale, product = TEXT[: TEXT.index(".") + 1], mention_of(conn, "netsieve")
        fact(conn, "r-sale", mention_of(conn, "kestrel"), "supplied", mention_of(conn, "syria"), sale,
             product=product, date="2011")
        fact(conn, "r-made", mention_of(conn, "orvane"), "developed", product, "The filters are made by Orvane")


def test_the_item_takes_its_makers_country_and_the_penalty_sentence(store: Store) -> None:
    populate(store)
    (sale,) = [t for t in transfers(store) if t.id == "r-sale"]
    assert (sale.supplier.country, sale.origin, sale.destination) == ("AE", "US", "SY")
    (shown,) = sale.unlicensed
    assert shown["quote"].startswith("Kestrel FZE later paid a penalty")
    assert TEXT[shown["start"]:shown["end"]] == shown["quote"]


def test_the_us_rule_flags_the_re_export_as_a_breach(store: Store) -> None:
    populate(store)
    refresh_flags(store)
    with store.connect() as conn:
        rows = {r.rule: r for r in conn.execute(select(flag))}
        us = rows["us-syria-ear-all-items-2004"]
        assert (us.status, us.supplier, us.destination_country) == ("breach", "kestrel", "SY")
        assert "made in US" in us.why and "penalty" in us.why
        quotes = {e.quote for e in conn.execute(select(evidence).where(evidence.c.owner_id == us.id))}
        assert any(q.startswith("Kestrel FZE later paid") for q in quotes)


def test_without_the_penalty_the_flag_stays_possible(store: Store) -> None:
    populate(store, penalty=False)
    refresh_flags(store)
    with store.connect() as conn:
        rows = {r.rule: r.status for r in conn.execute(select(flag))}
    assert rows["us-syria-ear-all-items-2004"] == "possible"
