"""What the pages and the API show: search, reader, dossier, graph, timeline, review; the page and its
JSON twin come from the same query."""

from __future__ import annotations

import re
from html import unescape

import pytest

from sqlalchemy import insert, select

from enquete import privacy
from enquete.model import Mention
from enquete.store.schema import entity, judgement, mention
from tests.web.conftest import csrf_of
from tests.web.sample import TEXT_A, World


def test_search_has_snippets_and_entities(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    res = c.get("/api/search?q=interception").json()
    assert [h["doc_id"] for h in res["hits"]] == [world.docs["a"]]
    assert res["hits"][0]["snippet"]["match"].lower() == "interception"
    html = c.get("/?q=interception").text
    assert "<mark>interception</mark>" in html and "How Eagle reached Tripoli" in html
    ents = c.get("/api/search?q=Eagle").json()["entities"]
    assert [e["id"] for e in ents] == [world.entities["eagle"]]


def test_document_evidence_is_anchored(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    doc = c.get(f"/api/documents/{world.docs['a']}").json()
    assert doc["text"] == TEXT_A
    for ev in doc["evidence"]:
        assert ev["quote"] == doc["text"][ev["start"]:ev["end"]]
    html = c.get(f"/documents/{world.docs['a']}").text
    for ev in doc["evidence"]:
        m = re.search(rf'<span class="evidence" id="ev-{ev["start"]}-{ev["end"]}"[^>]*>(.*?)</span>\n', html, re.S)
        assert m, ev
        assert unescape(re.sub(r"<[^>]+>", "", m.group(1))) == ev["quote"]
    assert f'href="/entities/{world.entities["amesys"]}"' in html


def test_dossier_groups_relations_and_links_quotes(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    d = c.get(f"/api/entities/{world.entities['amesys']}").json()
    assert d["name"] == "Amesys" and d["type"] == "Company"
    assert {"name": "Amesys", "count": 4} in d["aliases"]
    sup = [r for r in d["relations"]["supplied"] if r["id"] == "rel-supplied_eagle"][0]
    assert (sup["subject"]["id"], sup["product"]["id"], sup["object"]["id"]) == (
        world.entities["amesys"], world.entities["eagle"], world.entities["libint"])
    doc_id, s, e = world.evidence["rel-supplied_eagle"]
    assert sup["evidence"][0]["anchor"] == f"/documents/{doc_id}#ev-{s}-{e}"
    assert [c["id"] for c in d["claims"]] == ["cl-amesys_denies", "cl-benali_affirms"]
    assert [k["id"] for k in d["contradictions"]] == ["ctr-1"]
    assert [f["id"] for f in d["flags"]] == ["flag-eagle"]
    assert [t["date"] for t in d["timeline"]] == sorted(t["date"] for t in d["timeline"])
    html = c.get(f"/entities/{world.entities['amesys']}").text
    assert f'href="/documents/{doc_id}#ev-{s}-{e}"' in html
    assert "Employed by" in html or "employed by" in html
    link = f'href="/timeline?entity={world.entities["amesys"]}"'
    assert link in html and c.get(link[6:-1]).status_code == 200  # the dossier's timeline, filterable
    assert "Protect this source" not in html  # readers get no protect button
    assert "Protect this source" in client_for("edith").get(f"/entities/{world.entities['benali']}").text


def test_graph_shows_vendor_product_buyer(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("ada")
    g = c.get(f"/api/entities/{world.entities['amesys']}/graph").json()
    edges = {(e["source"], e["target"], e["label"]) for e in g["edges"]}
    ids = world.entities
    assert (ids["amesys"], ids["eagle"], "supplied") in edges and (ids["eagle"], ids["libint"], "to") in edges
    assert (ids["nexa"], ids["amesys"], "successor_of") in edges
    hops = {n["id"]: n["hop"] for n in g["nodes"]}
    assert hops[ids["amesys"]] == 0 and hops[ids["nexa"]] == 1 and hops[ids["egypt"]] == 2
    assert c.get(f"/api/entities/{world.entities['amesys']}/graph").json() == g  # deterministic layout
    html = c.get(f"/entities/{world.entities['amesys']}/graph").text
    assert f'<a href="/entities/{ids["eagle"]}/graph" class="node">' in html
    assert "<svg" in html and ">supplied</text>" in html


def test_timeline_is_in_date_order(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    items = client_for("ada").get("/api/timeline").json()
    dates = [i["date"] for i in items]
    assert dates == sorted(dates) and "2007" in dates and "2014" in dates
    assert {i["kind"] for i in items} == {"relation", "event", "claim"}


def _timeline_lines(html: str) -> list[tuple[str, str, str]]:
    """(date, kind, text) of each line of the timeline page."""
    return [(d, k, unescape(t).strip()) for d, k, t in re.findall(
        r'<li><span class="date"[^>]*>([^<]*)</span> <span class="kind">([^<]*)</span>([^\n]*)\n', html)]


def test_cli_api_and_page_show_the_same_timeline(world: World, client_for, db_url: str) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from enquete.cli import cli

    admin, eagle = client_for("ada"), world.entities["eagle"]
    filtered = (["Eagle", "--from", "2008", "--to", "2011-12"], f"?entity={eagle}&from=2008&to=2011-12")
    for args, params in [([], ""), filtered]:
        out = CliRunner().invoke(cli, ["--db", db_url, "timeline", "--json", *args])
        assert out.exit_code == 0, out.output
        api = admin.get("/api/timeline" + params).json()
        assert json.loads(out.output) == api
        lines = [(i["date"], i["kind"], i["text"]) for i in api]
        assert _timeline_lines(admin.get("/timeline" + params).text) == lines
    assert [(i["id"], i["precision"]) for i in api] == [
        ("cl-amesys_denies", "year"), ("evt-manuals", "month"), ("rel-eagle_tripoli", "year")]
    assert api[0]["text"] == "Amesys denies: eagle_used_against_opponents"
    assert all(i["evidence"][0]["quote"] in TEXT_A for i in api)
    eve = client_for("eve")  # a reader of the other collection: only its facts
    assert [i["id"] for i in eve.get("/api/timeline").json()] == ["rel-supplied_cerebro", "cl-nexa_complied"]
    assert _timeline_lines(eve.get("/timeline").text) == [
        ("2014", "relation", "Nexa Technologies supplied Egyptian government (Cerebro)"),
        ("2017", "claim", "Nexa Technologies affirms: export_rules_respected")]
    assert eve.get(f"/api/timeline?entity={eagle}").status_code == 404  # not in her documents
    assert eve.get(f"/timeline?entity={eagle}").status_code == 404
    for bad in ("from=2011-9", "to=sept"):
        assert admin.get(f"/api/timeline?{bad}").status_code == 400
        assert admin.get(f"/timeline?{bad}").status_code == 400


def _add_candidate(world: World) -> str:
    """A second Person entity named 'M. Vannier' on the surname inside 'Philippe Vannier'."""
    start = TEXT_A.index("Vannier")
    with world.store.begin() as conn:
        conn.execute(insert(entity).values(id="ent-vannier2", name="M. Vannier", type="Person", protected=False))
        conn.execute(insert(mention).values(id=Mention.make_id(world.docs["a"], start, start + 7),
                                            doc_id=world.docs["a"], start=start, end=start + 7, text="Vannier",
                                            type="Person", entity_id="ent-vannier2"))
    return "ent-vannier2"


def test_review_queue_records_judgements(world: World, client_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without enquete.resolve: pairs sharing a name token, judgements written straight away."""
    from enquete.web import review

    monkeypatch.setattr(review, "_resolver", lambda: None)
    other = _add_candidate(world)
    c = client_for("edith")
    pairs = c.get("/api/review").json()
    pair = [p for p in pairs if {p["a"]["id"], p["b"]["id"]} == {world.entities["vannier"], other}]
    assert pair and pair[0]["shared"] == ["vannier"] and pair[0]["why"] == "shared name token"
    assert client_for("eve").get("/api/review").status_code == 403
    html = c.get("/review").text
    assert "M. Vannier" in html and "Same actor" in html
    r = c.post("/review", data={"a": world.entities["vannier"], "b": other, "decision": "reject",
                                "csrf": csrf_of(c, "/review")}, follow_redirects=False)
    assert r.status_code == 303
    with world.store.connect() as conn:
        row = conn.execute(select(judgement).where(judgement.c.kind == "no-merge")).one()
    assert {row.entity_a, row.entity_b} == {world.entities["vannier"], other} and row.author == "edith"
    assert not [p for p in c.get("/api/review").json() if other in (p["a"]["id"], p["b"]["id"])]
    bad = c.post("/api/review", json={"a": other, "b": other, "decision": "reject"},
                 headers={"X-CSRF-Token": csrf_of(c, "/review")})
    assert bad.status_code == 400


def test_review_queue_uses_the_resolver(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    """With enquete.resolve: its scored candidates, and an accepted pair is merged by resolve.merge."""
    from sqlalchemy import update

    from enquete.web import review

    if review._resolver() is None:
        pytest.skip("enquete.resolve is not installed in this checkout")
    with world.store.begin() as conn:  # one actor stored twice, held apart by differing countries
        conn.execute(insert(entity).values(id="ent-amesys2", name="Amesys", type="Company", country="ly",
                                           protected=False))
        conn.execute(update(mention).where(mention.c.id == world.mentions[("evil", "Amesys#0")])
                     .values(entity_id="ent-amesys2"))
    c = client_for("edith")
    pairs = c.get("/api/review").json()
    assert [{p["a"]["id"], p["b"]["id"]} for p in pairs] == [{"ent-amesys", "ent-amesys2"}]
    assert "countries differ" in pairs[0]["why"] and pairs[0]["score"] == 1.0
    assert client_for("eve").get("/api/review").status_code == 403
    r = c.post("/review", data={"a": "ent-amesys", "b": "ent-amesys2", "decision": "accept",
                                "csrf": csrf_of(c, "/review")}, follow_redirects=False)
    assert r.status_code == 303
    with world.store.connect() as conn:
        assert conn.execute(select(judgement.c.kind, judgement.c.author)).all() == [("merge", "edith")]
        assert conn.execute(select(entity.c.id).where(entity.c.id == "ent-amesys2")).first() is None
        assert conn.execute(select(mention.c.entity_id).where(
            mention.c.id == world.mentions[("evil", "Amesys#0")])).scalar() == "ent-amesys"
    assert c.get("/api/review").json() == []


def test_editor_protects_a_source_from_the_dossier(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    edith = client_for("edith")
    benali = world.entities["benali"]
    r = edith.post(f"/entities/{benali}/protect", data={"protected": "1", "csrf": csrf_of(edith, "/")},
                   follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/entities/protected-")
    with world.store.connect() as conn:
        assert conn.execute(select(entity.c.protected).where(entity.c.id == benali)).scalar() is True
        assert conn.execute(select(judgement.c.kind, judgement.c.author)).all() == [("protect", "edith")]
    page = edith.get(r.headers["location"]).text
    assert "Benali" not in page and "Source protégée" in page and "Lift protection" in page
    assert edith.get(f"/entities/{benali}").status_code == 404  # the real id is not a way round
    r = edith.post(r.headers["location"] + "/protect", data={"protected": "0", "csrf": csrf_of(edith, "/")},
                   follow_redirects=False)
    assert r.headers["location"] == f"/entities/{benali}" and "Karim Benali" in edith.get(r.headers["location"]).text
    privacy.set_protected(world.store, benali, True, author="edith")
    assert "Karim Benali" in client_for("ada").get(f"/entities/{benali}").text


def test_document_lists_its_facts_with_sentence_links(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    doc = c.get(f"/api/documents/{world.docs['a']}").json()
    assert {r["id"] for r in doc["relations"]} == {"rel-supplied_eagle", "rel-vannier_amesys", "rel-eagle_tripoli",
                                                   "rel-benali_amesys"}
    assert [e["id"] for e in doc["events"]] == ["evt-manuals"]
    html = c.get(f"/documents/{world.docs['a']}").text
    _, s, e = world.evidence["rel-supplied_eagle"]
    assert f'href="#ev-{s}-{e}">sentence</a>' in html and f'id="ev-{s}-{e}"' in html


def test_flag_evidence_is_not_repeated(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    from enquete.store.schema import evidence

    doc_id, s, e = world.evidence["rel-supplied_eagle"]
    with world.store.begin() as conn:  # the screening stage copies the transfer's evidence onto the flag
        conn.execute(insert(evidence).values(owner_kind="flag", owner_id="flag-eagle", doc_id=doc_id, start=s, end=e,
                                             quote=TEXT_A[s:e]))
    flag = [f for f in client_for("rene").get("/api/flags").json() if f["id"] == "flag-eagle"][0]
    assert [(ev["start"], ev["end"]) for ev in flag["evidence"]] == [(s, e)]


def test_malformed_search_says_why(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    res = c.get("/api/search", params={"q": '"Eagle'}).json()
    assert res["hits"] == [] and "quote" in res["error"]
    page = c.get("/", params={"q": '"Eagle'})
    assert page.status_code == 200 and 'role="alert"' in page.text
    assert [h["doc_id"] for h in c.get("/api/search", params={"q": "Eagle OR Cerebro"}).json()["hits"]] == [
        world.docs["a"]]  # Cerebro is in a collection rene cannot read
