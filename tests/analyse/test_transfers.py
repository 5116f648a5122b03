"""Transfers read from the store (supplied; found_in + developed) and refresh_flags writing the flag table."""

from __future__ import annotations

from sqlalchemy import insert, select

from enquete.analyse.screen import refresh_flags
from enquete.analyse.transfers import transfers
from enquete.store import Store
from enquete.store.schema import document, entity, evidence, flag, mention, relation

TEXT = (
    "Des grenades lacrymogènes de la société Lacrymex ont été photographiées à Bahreïn en janvier 2015. "
    "Les inscriptions indiquent qu'elles ont été fabriquées en 2012. "
    "En 2009, Lacrymex avait déjà vendu des grenades lacrymogènes au Bahreïn. "
    "L'entreprise allemande Wachter a livré en 2013 des grenades lacrymogènes au Bahreïn."
)
DOC = "d" * 64


def span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def add_mention(conn, word: str, type_: str, entity_id: str | None, nth: int = 0, **extra) -> str:  # type: ignore[no-untyped-def]
    start, end = span(word, nth)
    mid = f"{DOC[:16]}:{start}:{end}"
    conn.execute(
        insert(mention).values(
            id=mid, doc_id=DOC, start=start, end=end, text=word, type=type_, entity_id=entity_id, **extra
        )
    )
    return mid


def add_relation(
    conn,
    rid: str,
    subj: str,
    pred: str,
    obj: str,
    date: str | None,
    quote: str,  # type: ignore[no-untyped-def]
    product: str | None = None,
) -> None:
    conn.execute(
        insert(relation).values(
            id=rid,
            doc_id=DOC,
            subject=subj,
            predicate=pred,
            object=obj,
            product=product,
            date=date,
            confidence=0.8,
            extractor="test",
        )
    )
    start = TEXT.index(quote)
    conn.execute(
        insert(evidence).values(
            owner_kind="relation", owner_id=rid, doc_id=DOC, start=start, end=start + len(quote), quote=quote
        )
    )


def populate(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(insert(document).values(id=DOC, source="test.txt", language="fr", text=TEXT))
        conn.execute(
            insert(entity),
            [
                {
                    "id": "e-lacrymex",
                    "type": "Company",
                    "name": "Lacrymex",
                    "country": "fr",
                    "categories": None,
                    "protected": False,
                },
                {
                    "id": "e-wachter",
                    "type": "Company",
                    "name": "Wachter",
                    "country": "de",
                    "categories": None,
                    "protected": False,
                },
                {
                    "id": "e-bahrain",
                    "type": "Country",
                    "name": "Bahreïn",
                    "country": "bh",
                    "categories": None,
                    "protected": False,
                },
                {
                    "id": "e-grenades",
                    "type": "Product",
                    "name": "grenades lacrymogènes Lacrymex",
                    "country": None,
                    "categories": [],
                    "protected": False,
                },
            ],
        )
        product = add_mention(conn, "grenades lacrymogènes", "Product", "e-grenades")
        maker = add_mention(conn, "Lacrymex", "Company", "e-lacrymex")
        place = add_mention(conn, "Bahreïn", "Country", "e-bahrain")
        add_relation(
            conn,
            "r-found",
            product,
            "found_in",
            place,
            "2015-01",
            "Des grenades lacrymogènes de la société Lacrymex ont été photographiées à Bahreïn",
        )
        add_relation(conn, "r-made", maker, "developed", product, "2012", "elles ont été fabriquées en 2012")
        seller = add_mention(conn, "Lacrymex", "Company", "e-lacrymex", nth=1)
        buyer = add_mention(conn, "Bahreïn", "Country", "e-bahrain", nth=1)
        old = add_mention(conn, "grenades lacrymogènes", "Product", None, nth=1)
        add_relation(
            conn,
            "r-2009",
            seller,
            "supplied",
            buyer,
            "2009",
            "En 2009, Lacrymex avait déjà vendu des grenades lacrymogènes au Bahreïn",
            product=old,
        )
        german = add_mention(conn, "Wachter", "Company", "e-wachter")
        buyer2 = add_mention(conn, "Bahreïn", "Country", None, nth=2, country="bh")
        add_relation(
            conn,
            "r-de",
            german,
            "supplied",
            buyer2,
            "2013",
            "L'entreprise allemande Wachter a livré en 2013 des grenades lacrymogènes au Bahreïn",
        )


def test_transfers_from_store(store: Store) -> None:
    populate(store)
    found = {t.id: t for t in transfers(store)}
    assert set(found) == {"r-found+r-made", "r-2009", "r-de"}
    seen = found["r-found+r-made"]
    assert (seen.supplier.id, seen.supplier.country, seen.destination, seen.destination_id) == (
        "e-lacrymex",
        "FR",
        "BH",
        "e-bahrain",
    )
    assert seen.date == "2012/2015-01" and "riot-control" in seen.categories
    assert seen.relation_ids == ("r-found", "r-made") and len(seen.evidence) == 2
    for ev in seen.evidence:
        assert TEXT[ev["start"] : ev["end"]] == ev["quote"]
    assert found["r-de"].destination == "BH" and found["r-de"].destination_id == "e-bahrain"


def test_refresh_flags_writes_one_breach(store: Store) -> None:
    populate(store)
    assert refresh_flags(store) >= 1
    assert refresh_flags(store) >= 1  # idempotent: recomputed, not appended
    with store.connect() as conn:
        rows = list(conn.execute(select(flag)))
        breaches = [r for r in rows if r.status == "breach"]
        assert len({r.id for r in rows}) == len(rows)
        (b,) = breaches
        assert (b.rule, b.supplier, b.destination, b.transfer_date, b.precision) == (
            "fr-bahrain-repression-equipment-2011",
            "e-lacrymex",
            "e-bahrain",
            "2012/2015-01",
            "interval",
        )
        assert b.legal_ref and b.source_url.startswith("http") and b.destination_country == "BH"
        evs = list(
            conn.execute(select(evidence).where(evidence.c.owner_kind == "flag", evidence.c.owner_id == b.id))
        )
        assert len(evs) == 2 and all(TEXT[e.start : e.end] == e.quote for e in evs)
        # the 2009 sale predates the suspension: only licence-type rules (possible) may touch it
        assert {r.status for r in rows if r.relation_id == "r-2009"} <= {"possible"}
        assert not any(
            r.relation_id == "r-2009" and r.destination_country == "BH" and "bahrain" in r.rule for r in rows
        )
        assert not any(r.supplier == "e-wachter" and r.rule.startswith("fr-") for r in rows)


def test_undated_maker_takes_the_production_year_stated_nearby(store: Store) -> None:
    populate(store)
    with store.begin() as conn:
        conn.execute(relation.update().where(relation.c.id == "r-made").values(date=None))
    (seen,) = [t for t in transfers(store) if t.id == "r-found+r-made"]
    assert seen.date == "2012/2015-01"
    assert any(
        e["quote"] == "Les inscriptions indiquent qu'elles ont été fabriquées en 2012." for e in seen.evidence
    )
    for e in seen.evidence:
        assert TEXT[e["start"] : e["end"]] == e["quote"]


def test_brand_in_the_product_name_is_the_maker(store: Store) -> None:
    populate(store)
    name = "grenades lacrymogènes de la société Lacrymex"
    start = TEXT.index(name)
    inner = TEXT.index("Lacrymex")
    with store.begin() as conn:
        conn.execute(evidence.delete().where(evidence.c.owner_id == "r-made"))
        conn.execute(relation.delete().where(relation.c.id == "r-made"))
        mid = f"{DOC[:16]}:{start}:{start + len(name)}"
        conn.execute(
            insert(mention).values(
                id=mid, doc_id=DOC, start=start, end=start + len(name), text=name, type="Product"
            )
        )
        conn.execute(relation.update().where(relation.c.id == "r-found").values(subject=mid))
    maker = f"{DOC[:16]}:{inner}:{inner + len('Lacrymex')}"
    (seen,) = [t for t in transfers(store) if t.id.startswith("r-found")]
    assert (seen.id, seen.supplier.id, seen.supplier.country) == (f"r-found+{maker}", "e-lacrymex", "FR")
    assert seen.date == "2012/2015-01" and seen.relation_ids == ("r-found",)
    refresh_flags(store)
    with store.connect() as conn:
        rows = list(conn.execute(select(flag).where(flag.c.rule == "fr-bahrain-repression-equipment-2011")))
    assert [(r.status, r.supplier) for r in rows] == [("breach", "e-lacrymex")]


def test_unreadable_relation_date_is_screened_as_undated(store: Store) -> None:
    populate(store)
    with store.begin() as conn:
        conn.execute(relation.update().where(relation.c.id == "r-de").values(date="vers 2013"))
    (t,) = [t for t in transfers(store) if t.id == "r-de"]
    assert t.date is None
    refresh_flags(store)
    with store.connect() as conn:
        statuses = {r.status for r in conn.execute(select(flag).where(flag.c.relation_id == "r-de"))}
    assert statuses == {"possible"}


def test_undated_sale_is_bounded_by_publication(store: Store) -> None:
    populate(store)
    with store.begin() as conn:
        conn.execute(document.update().values(published="2010-06"))
        conn.execute(relation.update().where(relation.c.id == "r-de").values(date=None))
    (t,) = [t for t in transfers(store) if t.id == "r-de"]
    assert t.date == "/2010-06"
    refresh_flags(store)
    with store.connect() as conn:
        rules = {r.rule for r in conn.execute(select(flag).where(flag.c.relation_id == "r-de"))}
    assert not any("bahrain" in r for r in rules)


def test_unresolved_products_do_not_tie_makers_across_documents(store: Store) -> None:
    populate(store)
    other = "e" * 64
    with store.begin() as conn:
        conn.execute(insert(document).values(id=other, source="other.txt", language="fr", text=TEXT))
        mids = []
        for word in ("grenades lacrymogènes", "Bahreïn"):
            start = TEXT.index(word)
            mids.append(f"{other[:16]}:{start}:{start + len(word)}")
            conn.execute(
                insert(mention).values(
                    id=mids[-1],
                    doc_id=other,
                    start=start,
                    end=start + len(word),
                    text=word,
                    type="Product" if "gren" in word else "Country",
                    entity_id=None,
                    country="bh" if "Bah" in word else None,
                )
            )
        conn.execute(
            insert(relation).values(
                id="r-other",
                doc_id=other,
                subject=mids[0],
                predicate="found_in",
                object=mids[1],
                date="2016",
                confidence=0.8,
                extractor="test",
            )
        )
        # the maker's product mention in the first document is unresolved too
        conn.execute(
            mention.update()
            .where(mention.c.doc_id == DOC, mention.c.type == "Product")
            .values(entity_id=None)
        )
    ids = {t.id for t in transfers(store)}
    assert "r-found+r-made" in ids  # same document: tied by the product's text
    assert not any(i.startswith("r-other") for i in ids)


def test_buyer_agency_gives_its_state_and_a_person_gives_none(store: Store) -> None:
    populate(store)
    with store.begin() as conn:
        conn.execute(
            insert(entity).values(
                id="e-police",
                type="PublicBody",
                name="police",
                country="bh",
                categories=None,
                protected=False,
            )
        )
        conn.execute(
            mention.update()
            .where(mention.c.id == select(relation.c.object).where(relation.c.id == "r-de").scalar_subquery())
            .values(entity_id="e-police", type="PublicBody")
        )
    (t,) = [t for t in transfers(store) if t.id == "r-de"]
    assert (t.destination, t.destination_id, t.buyer.name) == ("BH", "e-bahrain", "police")  # type: ignore[union-attr]
    with store.begin() as conn:
        conn.execute(entity.update().where(entity.c.id == "e-police").values(type="Person"))
    (t,) = [t for t in transfers(store) if t.id == "r-de"]
    assert t.destination is None


def test_screen_command_on_a_store(store: Store) -> None:
    from click.testing import CliRunner

    from enquete.cli import cli

    populate(store)
    runner = CliRunner()
    out = runner.invoke(cli, ["screen"])
    assert out.exit_code == 0, out.output
    breaches, possible = out.output.split("Possible (to check)")
    assert "[breach] fr-bahrain-repression-equipment-2011" in breaches and "Lacrymex -> BH" in breaches
    assert "2012/2015-01 (interval)" in breaches and "«elles ont été fabriquées en 2012»" in breaches
    assert "[breach]" not in possible
    out = runner.invoke(cli, ["screen", "--entity", "Wachter", "--json"])
    got = __import__("json").loads(out.output)
    assert got["breaches"] == [] and all(f["supplier"] == "Wachter" for f in got["possible"])
    out = runner.invoke(cli, ["screen", "--save"])
    with store.connect() as conn:
        assert conn.execute(select(flag).where(flag.c.status == "breach")).first() is not None


def test_country_without_code_is_known_by_its_name(store: Store) -> None:
    populate(store)
    with store.begin() as conn:
        conn.execute(entity.update().where(entity.c.id == "e-bahrain").values(country=None))
        conn.execute(mention.update().values(country=None))
    seen = {t.id: t for t in transfers(store)}
    assert seen["r-found+r-made"].destination == "BH"
    assert seen["r-de"].destination == "BH"  # unresolved country mention, by its text


def test_refresh_uses_the_configured_rules_file(store: Store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from enquete import settings

    mine = {
        "id": "de-bahrain-test",
        "issuer": "Germany (test)",
        "issuer_type": "national",
        "target_country": "BH",
        "item_scope": ["riot-control"],
        "kind": "embargo",
        "start": "2012-01-01",
        "legal_ref": "test ref",
        "source_url": "https://example.org/de",
    }
    path = tmp_path / "rules.json"
    path.write_text(json.dumps([mine]), encoding="utf-8")
    monkeypatch.setattr(settings, "RULES_FILE", str(path))
    populate(store)
    refresh_flags(store)
    with store.connect() as conn:
        rows = [
            (r.rule, r.status, r.supplier)
            for r in conn.execute(select(flag).where(flag.c.rule == mine["id"]))
        ]
    assert rows == [("de-bahrain-test", "breach", "e-wachter")]


def test_same_sentence_for_find_and_maker_is_one_evidence(store: Store) -> None:
    populate(store)
    quote = "Des grenades lacrymogènes de la société Lacrymex ont été photographiées à Bahreïn"
    with store.begin() as conn:
        conn.execute(
            evidence.update()
            .where(evidence.c.owner_id == "r-made")
            .values(start=0, end=len(quote), quote=quote)
        )
        conn.execute(relation.update().where(relation.c.id == "r-made").values(date="2015-01"))
    (t,) = [t for t in transfers(store) if t.id == "r-found+r-made"]
    assert [e["quote"] for e in t.evidence].count(quote) == 1
    # the maker read in the find's own sentence carries the scene's date, not the making's: the
    # production year stated nearby dates the making instead
    assert t.date == "2012/2015-01"
