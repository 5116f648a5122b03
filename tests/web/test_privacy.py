"""Protected sources: pseudonyms everywhere below admin and in exports, offsets kept exact."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from enquete import privacy
from enquete.cli import cli
from enquete.store.schema import claim, document, evidence, mention
from tests.web.sample import TEXT_A, World


@pytest.fixture
def protected(world: World) -> World:
    privacy.set_protected(world.store, world.entities["benali"], True, author="edith")
    return world


def test_pseudonym_is_stable_and_keyed(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from enquete import settings
    from enquete.exc import ConfigError

    monkeypatch.setattr(settings, "SECRET_KEY", None)
    with pytest.raises(ConfigError):
        privacy.pseudonym("ent-1")
    assert privacy.pseudonym("ent-1", store=world.store) == privacy.pseudonym(
        "ent-1", privacy.instance_secret(world.store))
    a = privacy.pseudonym("ent-1", b"k1")
    assert a == privacy.pseudonym("ent-1", b"k1") and a.startswith("Source protégée ")
    assert a != privacy.pseudonym("ent-2", b"k1") and a != privacy.pseudonym("ent-1", b"k2")


def test_instance_secret_is_kept_in_the_database(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from enquete import settings

    monkeypatch.setattr(settings, "SECRET_KEY", None)
    monkeypatch.setattr(privacy, "_SECRETS", {})
    first = privacy.instance_secret(world.store)
    monkeypatch.setattr(privacy, "_SECRETS", {})
    assert privacy.instance_secret(world.store) == first and len(first) == 64


def test_redactor_maps_offsets() -> None:
    red = privacy.Redactor({"e1": ("Source protégée AAAA", ["Karim Benali", "Benali"])})
    text = "Karim Benali spoke. Later benali left; Benalix stays."
    new, omap = red.text_with_map(text)
    assert new == "Source protégée AAAA spoke. Later Source protégée AAAA left; Benalix stays."
    s, e = text.index("spoke"), text.index("spoke") + 5
    assert new[slice(*omap.span(s, e))] == "spoke"
    s2, e2 = omap.span(0, len("Karim Benali spoke."))
    assert new[s2:e2] == "Source protégée AAAA spoke."
    inner = omap.span(6, 12)  # a span inside a replaced name snaps to the whole pseudonym
    assert new[slice(*inner)] == "Source protégée AAAA"


def _export_like_rows(w: World) -> list[dict]:
    """Rows in the export format (DESIGN §3 plus mention), straight from the sample store."""
    with w.store.connect() as conn:
        docs = conn.execute(select(document.c.id, document.c.title, document.c.text)).all()
        ments = conn.execute(select(mention)).all()
        evs = conn.execute(select(evidence)).all()
    rows: list[dict] = [{"kind": "document", "id": d.id, "title": d.title, "text": d.text,
                         "url": f"https://news.example/{d.id[:6]}/interview-karim-benali"} for d in docs]
    rows.append({"kind": "entity", "id": w.entities["benali"], "type": "Person", "name": "Karim Benali",
                 "aliases": ["Karim Benali", "Benali"]})
    rows.append({"kind": "entity", "id": w.entities["amesys"], "type": "Company", "name": "Amesys",
                 "aliases": ["Amesys"]})
    rows += [{"kind": "mention", "id": m.id, "doc": m.doc_id, "start": m.start, "end": m.end, "text": m.text,
              "entity": m.entity_id} for m in ments]
    rows += [{"kind": "relation", "id": e.owner_id, "evidence": [{"doc": e.doc_id, "start": e.start, "end": e.end,
                                                                   "quote": e.quote}]} for e in evs]
    rows.append({"kind": "contradiction", "claims": ["cl-amesys_denies", "cl-benali_affirms"],
                 "why": "Amesys denies what Karim Benali affirms"})
    return rows


def _check_integrity(out: list[dict]) -> None:
    texts = {r["id"]: r["text"] for r in out if r["kind"] == "document"}
    for r in out:
        if r["kind"] == "mention":
            assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
        for ev in r.get("evidence", []):
            assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["quote"]


def test_redact_rows_hides_names_and_keeps_offsets(protected: World) -> None:
    rows = _export_like_rows(protected)
    out = list(privacy.redact_rows(rows, protected.store))
    dump = json.dumps(out, ensure_ascii=False)
    assert "Benali" not in dump and protected.entities["benali"] not in dump  # ids may spell the name too
    secret = privacy.instance_secret(protected.store)
    pseudo = privacy.pseudonym(protected.entities["benali"], secret)
    assert pseudo in dump
    public = privacy.public_id(protected.entities["benali"], secret)
    ent = [r for r in out if r["kind"] == "entity" and r["id"] == public][0]
    assert {r["url"] for r in out if r["kind"] == "document"} == {None}
    assert [m["entity"] for m in out if m["kind"] == "mention" and m["text"] == pseudo] == [public, public]
    assert ent["name"] == pseudo and ent["aliases"] == [pseudo]
    _check_integrity(out)
    # a quote after the protected name moved, still exact; one before it did not move
    doc_a = [r for r in out if r["kind"] == "document" and r["id"] == protected.docs["a"]][0]
    assert doc_a["text"].startswith(TEXT_A[:TEXT_A.index("Karim")])
    assert any(m["text"] == "Amesys" for m in out if m["kind"] == "mention" and m["doc"] == protected.docs["a"])


def test_redact_rows_without_protection_is_identity(world: World) -> None:
    rows = _export_like_rows(world)
    assert list(privacy.redact_rows(rows, world.store)) == rows


def test_redact_rows_on_the_real_export(protected: World) -> None:
    jsonl = pytest.importorskip("enquete.export.jsonl")
    out = list(privacy.redact_rows(jsonl.export_rows(protected.store), protected.store))
    dump = json.dumps(out, ensure_ascii=False)
    assert out and "Benali" not in dump and protected.entities["benali"] not in dump
    _check_integrity(out)


def test_readers_and_editors_see_the_pseudonym(protected: World, client_for) -> None:  # type: ignore[no-untyped-def]
    w = protected
    public = privacy.public_id(w.entities["benali"], privacy.instance_secret(w.store))
    for user in ("rene", "edith"):
        c = client_for(user)
        for path in ("/api/entities/ent-amesys", f"/api/documents/{w.docs['a']}", "/api/contradictions",
                     "/api/timeline", "/api/search?q=engineer", "/entities/ent-amesys", f"/documents/{w.docs['a']}",
                     "/contradictions", "/timeline", "/?q=engineer", f"/entities/{w.entities['benali']}",
                     f"/api/entities/{w.entities['benali']}/graph",
                     f"/api/timeline?entity={w.entities['benali']}",
                     f"/timeline?entity={w.entities['benali']}&from=2000"):
            r = c.get(path.replace(w.entities["benali"], public))
            assert r.status_code == 200 and "Benali" not in r.text, (user, path)
            assert w.entities["benali"] not in r.text  # the real id spells the name in real stores
        assert c.get(f"/api/entities/{w.entities['benali']}").status_code == 404
        assert c.get(f"/api/timeline?entity={w.entities['benali']}").status_code == 404  # the real id
        assert public in c.get("/api/entities/ent-amesys").text
        doc = c.get(f"/api/documents/{w.docs['a']}").json()
        assert all(doc["text"][e["start"]:e["end"]] == e["quote"] for e in doc["evidence"])
        assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in doc["mentions"])
        html = c.get(f"/documents/{w.docs['a']}").text
        for e in doc["evidence"]:
            assert f'id="ev-{e["start"]}-{e["end"]}"' in html
        assert c.get("/api/search?q=Benali").json()["hits"] == []  # no confirmation by name
    admin = client_for("ada")
    assert "Karim Benali" in admin.get(f"/api/documents/{w.docs['a']}").text
    assert admin.get("/api/search?q=Benali").json()["hits"]


def test_the_timeline_around_a_protected_source(protected: World, client_for, db_url: str) -> None:  # type: ignore[no-untyped-def]
    w, real = protected, protected.entities["benali"]
    with w.store.begin() as conn:  # a dated claim of the source
        conn.execute(update(claim).where(claim.c.id == "cl-benali_affirms").values(date="2011-10"))
    public = privacy.public_id(real, privacy.instance_secret(w.store))
    pseudo = privacy.pseudonym(real, store=w.store)
    for user in ("rene", "edith"):
        c = client_for(user)
        (item,) = c.get(f"/api/timeline?entity={public}&from=2011").json()
        assert item["id"] == "cl-benali_affirms" and item["text"].startswith(pseudo + " affirms")
        assert item["participants"][0] == {"id": public, "name": pseudo, "type": "Person"}
        assert pseudo in item["evidence"][0]["quote"] and "Benali" not in item["evidence"][0]["quote"]
        page = c.get(f"/timeline?entity={public}").text
        assert pseudo in page and "Benali" not in page and real not in page
        assert c.get(f"/api/timeline?entity={real}").status_code == 404
        assert c.get(f"/timeline?entity={real}").status_code == 404
    # the CLI reads as an admin, as `enquete entity` does: the name itself, the admin's items
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", db_url, "timeline", "Karim Benali", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == client_for("ada").get(f"/api/timeline?entity={real}").json()
    assert "Karim Benali affirms" in out.output
    assert "Karim Benali" in runner.invoke(cli, ["--db", db_url, "entity", real]).output
