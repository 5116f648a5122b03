"""FollowTheMoney export: load the written file back with followthemoney and check it."""

import io
import json

from followthemoney import model
from sqlalchemy import insert, select

from enquete.export.ftm import write_ftm
from enquete.resolve import resolve
from enquete.store.schema import event, event_participant, evidence, mention, relation
from tests.resolve.helpers import add_doc, entity_of

TEXT = ("Amesys a vendu le système Eagle à la Libye en 2007. Philippe Vannier dirigeait Amesys. "
        "Nexa Technologies a repris l'activité d'Amesys. Le salon Milipol a ouvert le 19 novembre 2013.")


def _mid(store, doc, surface, nth=0):
    with store.connect() as conn:
        return conn.execute(select(mention.c.id).where(mention.c.doc_id == doc, mention.c.text == surface)
                            .order_by(mention.c.start)).scalars().all()[nth]


def _rel(conn, doc, rid, s, p, o, quote, text, date=None, role=None, product=None):
    start = text.index(quote)
    conn.execute(insert(relation).values(id=rid, doc_id=doc, subject=s, predicate=p, object=o,
                                         product=product,
                                         role=role, date=date, confidence=0.8, extractor="test"))
    conn.execute(insert(evidence).values(owner_kind="relation", owner_id=rid, doc_id=doc, start=start,
                                         end=start + len(quote), quote=quote))


def test_ftm_export_validates_and_maps_schemata(store) -> None:
    d = add_doc(store, "ftm", TEXT, [
        ("Amesys", "Company", None, "fr"), ("Eagle", "Product"), ("Libye", "Country"),
        ("Philippe Vannier", "Person"), ("Amesys", "Company"), ("Nexa Technologies", "Company"),
        ("Amesys", "Company"), ("Milipol", "Event")])
    with store.begin() as conn:
        _rel(conn, d, "r1", _mid(store, d, "Amesys"), "supplied", _mid(store, d, "Libye"),
             "Amesys a vendu le système Eagle à la Libye en 2007.", TEXT, "2007",
             product=_mid(store, d, "Eagle"))
        _rel(conn, d, "r2", _mid(store, d, "Philippe Vannier"), "employed_by", _mid(store, d, "Amesys", 1),
             "Philippe Vannier dirigeait Amesys.", TEXT, role="CEO")
        _rel(conn, d, "r3", _mid(store, d, "Nexa Technologies"), "successor_of", _mid(store, d, "Amesys", 2),
             "Nexa Technologies a repris l'activité d'Amesys.", TEXT, "2012/2013")
        conn.execute(insert(event).values(id="e1", doc_id=d, date="2013-11-19", precision="day",
                                          description="Milipol opens"))
        conn.execute(insert(event_participant).values(event_id="e1", mention_id=_mid(store, d, "Milipol")))
    resolve(store)
    out = io.StringIO()
    n = write_ftm(store, out)
    lines = out.getvalue().splitlines()
    assert n == len(lines) == 6 + 3 + 1
    proxies = {}
    for line in lines:
        proxy = model.get_proxy(json.loads(line))
        assert proxy.schema.validate(proxy.to_dict()) is None
        proxies[proxy.id] = proxy
    amesys = proxies[entity_of(store, d, "Amesys")]
    assert amesys.schema.name == "Company" and amesys.get("country") == ["fr"]
    assert proxies[entity_of(store, d, "Libye")].schema.name == "Territory"
    assert proxies[entity_of(store, d, "Eagle")].schema.name == "Asset"
    assert proxies[entity_of(store, d, "Philippe Vannier")].schema.name == "Person"
    assert proxies[entity_of(store, d, "Milipol")].schema.name == "Event"
    sold = proxies["rel-r1"]
    assert sold.schema.name == "UnknownLink" and sold.get("role") == ["supplied"]
    assert sold.get("subject") == [amesys.id] and sold.get("date") == ["2007"]
    assert sold.get("description") == ["Amesys a vendu le système Eagle à la Libye en 2007."]
    job = proxies["rel-r2"]
    assert job.schema.name == "Employment" and job.get("role") == ["CEO"]
    assert job.get("employer") == [amesys.id]
    succ = proxies["rel-r3"]
    assert succ.schema.name == "Succession" and succ.get("predecessor") == [amesys.id]
    assert succ.get("startDate") == ["2012"] and succ.get("endDate") == ["2013"]
    ev = proxies["event-e1"]
    assert ev.schema.name == "Event" and ev.get("date") == ["2013-11-19"]
