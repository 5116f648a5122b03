"""A small evidence graph written into a test store with SQLAlchemy: two collections, three documents
(one hostile), mentions resolved to entities, relations, claims, a contradiction, flags and users.
Texts are written in our own words from public facts (and an invented source, Karim Benali)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert

from enquete.model import Mention, sha256
from enquete.store import Store
from enquete.store.fts import index_document
from enquete.store.schema import (
    claim, claim_about, collection, contradiction, document, entity, event, event_participant, evidence, flag,
    mention, relation,
)
from enquete.web import auth

TEXT_A = (
    "Amesys, a French company based near Aix-en-Provence, supplied the Eagle interception system to the "
    "Libyan military intelligence service in 2007.\n"
    "Philippe Vannier ran the firm when the contract was signed.\n"
    "In September 2011 reporters found Eagle manuals in an abandoned building in Tripoli.\n"
    "In 2011, Amesys denied that Eagle had been used to spy on Libyan opponents.\n"
    "Karim Benali, a former engineer of Amesys, said that the system read the e-mails of dissidents.\n"
    "Benali asked not to be named in print."
)
TEXT_B = (
    "Nexa Technologies, the successor of Amesys, sold the Cerebro system to the Egyptian government in 2014.\n"
    "Nexa said the sale complied with French export rules.\n"
    "Investigators in Paris later examined the Cerebro contract."
)
TEXT_EVIL = (
    "Evil <script>alert('x')</script> Corp sold <img src=x onerror=alert(1)> gear to Libya in 2012.\n"
    "See <a href=\"javascript:alert(2)\">this link</a> and \"><svg onload=alert(3)>.\n"
    "Amesys was named in a forum post."
)
PASSWORD = "correct horse battery"


@dataclass
class World:
    store: Store
    docs: dict[str, str] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)
    mentions: dict[tuple[str, str], str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, tuple[str, int, int]] = field(default_factory=dict)


def _sentence(text: str, needle: str) -> tuple[int, int]:
    """Offsets of the line of `text` that contains `needle`."""
    i = text.index(needle)
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, (e if e >= 0 else len(text))


class _Writer:
    def __init__(self, w: World, conn) -> None:  # type: ignore[no-untyped-def]
        self.w, self.conn = w, conn

    def doc(self, key: str, text: str, title: str, col: int, published: str, lang: str = "en",
            url: str | None = None) -> str:
        did = sha256(text)
        self.conn.execute(insert(document).values(id=did, source=f"{key}.txt", title=title, text=text, url=url,
                                                  language=lang, published=published, collection_id=col))
        index_document(self.conn, did, title, text)
        self.w.docs[key] = did
        return did

    def entity(self, key: str, name: str, type_: str, country: str | None = None) -> str:
        eid = f"ent-{key}"
        self.conn.execute(insert(entity).values(id=eid, name=name, type=type_, country=country, protected=False))
        self.w.entities[key] = eid
        return eid

    def mention(self, dkey: str, text: str, surface: str, type_: str, ekey: str | None, nth: int = 0) -> str:
        did = self.w.docs[dkey]
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        mid = Mention.make_id(did, start, start + len(surface))
        self.conn.execute(insert(mention).values(id=mid, doc_id=did, start=start, end=start + len(surface),
                                                 text=surface, type=type_,
                                                 entity_id=self.w.entities.get(ekey) if ekey else None))
        self.w.mentions[(dkey, f"{surface}#{nth}")] = mid
        return mid

    def evidence(self, kind: str, fid: str, dkey: str, text: str, needle: str) -> None:
        s, e = _sentence(text, needle)
        self.conn.execute(insert(evidence).values(owner_kind=kind, owner_id=fid, doc_id=self.w.docs[dkey],
                                                  start=s, end=e, quote=text[s:e]))
        self.w.evidence[fid] = (self.w.docs[dkey], s, e)

    def relation(self, key: str, dkey: str, text: str, subj: str, pred: str, obj: str, needle: str,
                 product: str | None = None, date: str | None = None, role: str | None = None) -> None:
        m = self.w.mentions
        self.conn.execute(insert(relation).values(
            id=f"rel-{key}", doc_id=self.w.docs[dkey], subject=m[(dkey, subj)], predicate=pred,
            object=m[(dkey, obj)], product=m[(dkey, product)] if product else None, role=role, date=date,
            precision="year" if date else None, confidence=0.8, extractor="test"))
        self.w.facts[key] = f"rel-{key}"
        self.evidence("relation", f"rel-{key}", dkey, text, needle)

    def claim(self, key: str, dkey: str, text: str, speaker: str, stance: str, prop: str, needle: str,
              about: list[str], date: str | None) -> None:
        m = self.w.mentions
        self.conn.execute(insert(claim).values(id=f"cl-{key}", doc_id=self.w.docs[dkey], speaker=m[(dkey, speaker)],
                                               stance=stance, proposition=prop, date=date))
        for a in about:
            self.conn.execute(insert(claim_about).values(claim_id=f"cl-{key}", mention_id=m[(dkey, a)]))
        self.w.facts[key] = f"cl-{key}"
        self.evidence("claim", f"cl-{key}", dkey, text, needle)


def build(store: Store) -> World:
    """Write the sample world into `store` and create the users (password PASSWORD):
    ada (admin), edith (editor, libye), rene (reader, libye), eve (reader, egypte)."""
    w = World(store)
    with store.begin() as conn:
        libye = conn.execute(insert(collection).values(name="libye", private=True)).inserted_primary_key[0]
        egypte = conn.execute(insert(collection).values(name="egypte", private=True)).inserted_primary_key[0]
        x = _Writer(w, conn)
        x.doc("a", TEXT_A, "How Eagle reached Tripoli", libye, "2011-09")
        x.doc("b", TEXT_B, "Cerebro, from Paris to Cairo", egypte, "2017-07")
        x.doc("evil", TEXT_EVIL, "<script>alert('title')</script>", libye, "2012", url="javascript:alert(4)")
        for key, name, t, c in [("amesys", "Amesys", "Company", "fr"), ("eagle", "Eagle", "Product", None),
                                ("libint", "Libyan military intelligence service", "PublicBody", "ly"),
                                ("vannier", "Philippe Vannier", "Person", "fr"), ("tripoli", "Libya", "Country", "ly"),
                                ("benali", "Karim Benali", "Person", None),
                                ("nexa", "Nexa Technologies", "Company", "fr"), ("cerebro", "Cerebro", "Product", None),
                                ("egypt", "Egyptian government", "PublicBody", "eg"),
                                ("evil", "Evil <script>alert('x')</script> Corp", "Company", None)]:
            x.entity(key, name, t, c)
        for surface, t, e, n in [("Amesys", "Company", "amesys", 0), ("Eagle", "Product", "eagle", 0),
                                 ("Libyan military intelligence service", "PublicBody", "libint", 0),
                                 ("Philippe Vannier", "Person", "vannier", 0), ("Eagle", "Product", "eagle", 1),
                                 ("Tripoli", "Country", "tripoli", 0), ("Amesys", "Company", "amesys", 1),
                                 ("Eagle", "Product", "eagle", 2), ("Karim Benali", "Person", "benali", 0),
                                 ("Amesys", "Company", "amesys", 2), ("Benali", "Person", "benali", 1)]:
            x.mention("a", TEXT_A, surface, t, e, n)
        for surface, t, e, n in [("Nexa Technologies", "Company", "nexa", 0), ("Amesys", "Company", "amesys", 0),
                                 ("Cerebro", "Product", "cerebro", 0), ("Egyptian government", "PublicBody", "egypt", 0),
                                 ("Nexa", "Company", "nexa", 1)]:
            x.mention("b", TEXT_B, surface, t, e, n)
        x.mention("evil", TEXT_EVIL, "Evil <script>alert('x')</script> Corp", "Company", "evil")
        x.mention("evil", TEXT_EVIL, "Amesys", "Company", "amesys")
        x.relation("supplied_eagle", "a", TEXT_A, "Amesys#0", "supplied", "Libyan military intelligence service#0",
                   "supplied the Eagle", product="Eagle#0", date="2007")
        x.relation("vannier_amesys", "a", TEXT_A, "Philippe Vannier#0", "employed_by", "Amesys#0", "ran the firm",
                   role="head")
        x.relation("eagle_tripoli", "a", TEXT_A, "Eagle#1", "found_in", "Tripoli#0", "manuals", date="2011-09")
        x.relation("benali_amesys", "a", TEXT_A, "Karim Benali#0", "employed_by", "Amesys#2", "former engineer",
                   role="engineer")
        x.relation("nexa_successor", "b", TEXT_B, "Nexa Technologies#0", "successor_of", "Amesys#0", "successor of")
        x.relation("supplied_cerebro", "b", TEXT_B, "Nexa Technologies#0", "supplied", "Egyptian government#0",
                   "sold the Cerebro", product="Cerebro#0", date="2014")
        x.relation("evil_sold", "evil", TEXT_EVIL, f"{'Evil <script>alert(' + chr(39) + 'x' + chr(39) + ')</script> Corp'}#0",
                   "supplied", "Amesys#0", "gear to Libya")
        x.claim("amesys_denies", "a", TEXT_A, "Amesys#1", "denies", "eagle_used_against_opponents",
                "denied that Eagle", ["Eagle#2"], "2011")
        x.claim("benali_affirms", "a", TEXT_A, "Karim Benali#0", "affirms", "eagle_used_against_opponents",
                "read the e-mails", ["Amesys#2"], None)
        x.claim("nexa_complied", "b", TEXT_B, "Nexa#1", "affirms", "export_rules_respected", "complied", [], "2017")
        conn.execute(insert(contradiction).values(id="ctr-1", a_kind="claim", a_id="cl-amesys_denies", b_kind="claim",
                                                  b_id="cl-benali_affirms", proposition="eagle_used_against_opponents",
                                                  why="Amesys denies what its former engineer Karim Benali affirms"))
        conn.execute(insert(event).values(id="evt-manuals", doc_id=w.docs["a"], date="2011-09", precision="month",
                                          description="Eagle manuals found in Tripoli"))
        conn.execute(insert(event_participant).values(event_id="evt-manuals", mention_id=w.mentions[("a", "Eagle#1")]))
        x.evidence("event", "evt-manuals", "a", TEXT_A, "manuals")
        conn.execute(insert(flag).values(id="flag-eagle", rule="un-libya-1970", status="possible",
                                         supplier=w.entities["amesys"], destination=w.entities["tripoli"],
                                         item="Eagle", transfer_date="2007", relation_id="rel-supplied_eagle",
                                         why="transfer to Libya; date before the embargo, licence unknown"))
        conn.execute(insert(flag).values(id="flag-cerebro", rule="eu-egypt-2013", status="possible",
                                         supplier=w.entities["nexa"], destination=w.entities["egypt"],
                                         item="Cerebro", transfer_date="2014", relation_id="rel-supplied_cerebro",
                                         why="EU Council conclusions of August 2013 on Egypt"))
    for name, role, col in [("ada", "admin", None), ("edith", "editor", "libye"), ("rene", "reader", "libye"),
                            ("eve", "reader", "egypte")]:
        auth.add_user(store, name, PASSWORD, role)
        if col:
            auth.grant(store, col, name)
    return w
