"""A small hand-made evidence graph for store and export tests: two documents written through
save_document with their extractions, then entities, resolutions, a judgement, a contradiction and a flag
inserted directly (as the resolve and analyse stages would). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, insert, update

from enquete.model import Claim, DateMention, Document, Event, Evidence, Extraction, Mention, Relation, sha256
from enquete.store import Store
from enquete.store.documents import ensure_collection, save_document
from enquete.store.schema import contradiction, entity, evidence, flag, judgement, mention
from enquete.store.store import alembic_config, engine_for, reset_database

TEXT_A = ("Selon le rapport, la société Amesys a livré le système Eagle aux services libyens en 2008. "
          "Philippe Vannier a nié toute vente au régime de Tripoli. Le Bahreïn n'est pas concerné.")
TEXT_B = ("In 2011 the firm Amesys was said to have supplied Eagle to Libya. "
          "A spokesman for Amesys denied any sale.")


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _mention(doc: Document, needle: str, type_: str, after: int = 0, **kw: object) -> Mention:
    s, e = _span(doc.text, needle, after)
    return Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, needle, type_, **kw)  # type: ignore[arg-type]


def _ev(doc: Document, needle: str) -> Evidence:
    return Evidence.of(doc, *_span(doc.text, needle))


def doc_a() -> tuple[Document, Extraction]:
    doc = Document(id=sha256(TEXT_A), source="a.txt", text=TEXT_A, title="Rapport Eagle", language="fr",
                   published="2015-09", keywords=["libye"], outlet="Exemple")
    amesys, eagle = _mention(doc, "Amesys", "Company", country="fr"), _mention(doc, "Eagle", "Product",
                                                                                categories=["telecom-monitoring"])
    libya, person = _mention(doc, "services libyens", "PublicBody", country="ly"), \
        _mention(doc, "Philippe Vannier", "Person")
    bahrain = _mention(doc, "Bahreïn", "Country", country="bh")
    s0 = doc.text.split(". ")[0] + "."
    rel = Relation(amesys.id, "supplied", libya.id, _ev(doc, s0), product=eagle.id, date="2008",
                   precision="year", confidence=0.8)
    ev = Event("2008", "year", "livraison d'Eagle", [amesys.id, libya.id], _ev(doc, s0))
    cl = Claim(person.id, "denies", "amesys-supplied-libya", _ev(doc, "Philippe Vannier a nié toute vente"),
               about=[amesys.id, libya.id], predicate="supplied")
    ex = Extraction(doc.id, mentions=[amesys, eagle, libya, person, bahrain],
                    dates=[DateMention(*_span(doc.text, "2008"), "2008", "2008", "year")],
                    relations=[rel], events=[ev], claims=[cl])
    return doc, ex


def doc_b() -> tuple[Document, Extraction]:
    doc = Document(id=sha256(TEXT_B), source="b.txt", text=TEXT_B, title="Eagle", language="en",
                   published="2011")
    amesys, eagle, libya = (_mention(doc, "Amesys", "Company"), _mention(doc, "Eagle", "Product"),
                            _mention(doc, "Libya", "Country", country="ly"))
    spokes = _mention(doc, "A spokesman for Amesys", "Person")
    rel = Relation(amesys.id, "supplied", libya.id, _ev(doc, "the firm Amesys was said to have supplied Eagle"),
                   product=eagle.id, date="2011", precision="year")
    unresolved = Relation(spokes.id, "represents", amesys.id, _ev(doc, "A spokesman for Amesys"))
    cl = Claim(amesys.id, "affirms", "amesys-supplied-libya", _ev(doc, "Amesys was said to have supplied Eagle"),
               about=[amesys.id])
    ex = Extraction(doc.id, mentions=[amesys, eagle, libya, spokes],
                    dates=[DateMention(*_span(doc.text, "2011"), "2011", "2011", "year")],
                    relations=[rel, unresolved], claims=[cl])
    return doc, ex


def populate(store: Store) -> dict[str, str]:
    """Write the sample graph; returns a few ids by name."""
    (da, xa), (db, xb) = doc_a(), doc_b()
    with store.begin() as conn:
        cid = ensure_collection(conn, "dossier-libye")
        assert save_document(conn, da, xa, cid, minhash=[1, 2, 3])
        assert save_document(conn, db, xb, cid)
    ents = {"amesys": ("Company", "Amesys", "fr"), "libya": ("Country", "Libye", "ly"),
            "eagle": ("Product", "Eagle", None), "vannier": ("Person", "Philippe Vannier", None)}
    ids = {k: sha256("entity:" + k)[:32] for k in ents}
    links = {"Amesys": "amesys", "services libyens": "libya", "Libya": "libya", "Eagle": "eagle",
             "Philippe Vannier": "vannier"}
    with store.begin() as conn:
        conn.execute(insert(entity), [{"id": ids[k], "type": t, "name": n, "country": c, "categories": [],
                                       "protected": k == "vannier", "created_at": "2026-01-01T00:00:00Z"}
                                      for k, (t, n, c) in ents.items()])
        for text, key in links.items():
            conn.execute(update(mention).where(mention.c.text == text).values(entity_id=ids[key]))
        conn.execute(insert(judgement).values(kind="no-merge", entity_a=ids["amesys"], entity_b=ids["eagle"],
                                              value={"why": "a company is not its product"}, author="tester",
                                              created_at="2026-01-02T00:00:00Z"))
        conn.execute(insert(contradiction).values(id="c1", a_kind="claim", a_id="x", b_kind="claim", b_id="y",
                                                  proposition="amesys-supplied-libya", why="denied and affirmed"))
        conn.execute(insert(flag).values(id="f1", rule="eu-libya", status="possible", supplier=ids["amesys"],
                                         destination=ids["libya"], item="Eagle", transfer_date="2008",
                                         why="transfer during an embargo"))
        s, e = _span(TEXT_A, "Amesys a livré le système Eagle")
        conn.execute(insert(evidence).values(owner_kind="flag", owner_id="f1", doc_id=da.id, start=s, end=e,
                                             quote=TEXT_A[s:e]))
    return {**ids, "doc_a": da.id, "doc_b": db.id}


@contextmanager
def database_at(store: Store, db_url: str, revision: str) -> Iterator[Connection]:
    """A fresh database migrated only up to an old `revision` (the test store's engine let go), for
    migration tests: what is written on the yielded connection is committed, then the engine is disposed,
    so that open_store can migrate it to head."""
    from alembic.command import upgrade

    store.engine.dispose()
    reset_database(db_url)
    engine = engine_for(db_url)
    with engine.begin() as conn:
        upgrade(alembic_config(conn), revision)
        yield conn
    engine.dispose()
