"""A hostile document (script tags, event handlers, javascript: links in its text, title, URL and entity
names) is shown as text: nothing from it becomes markup."""

from __future__ import annotations

import re

from tests.web.sample import TEXT_EVIL, World

HOSTILE = ("<script", "<img", "onerror=", "onload=", "javascript:")


def _tags(html: str) -> list[str]:
    """Every tag of the page (what the browser would parse as markup)."""
    return re.findall(r"<[a-zA-Z][^>]*>", html)


def test_hostile_document_is_escaped_everywhere(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rene")
    evil_doc, evil_ent = world.docs["evil"], world.entities["evil"]
    pages = [f"/documents/{evil_doc}", f"/entities/{evil_ent}", f"/entities/{evil_ent}/graph",
             "/entities/ent-amesys", "/entities/ent-amesys/graph", "/?q=gear", "/?q=Evil", "/timeline", "/flags"]
    for path in pages:
        html = c.get(path).text
        for tag in _tags(html):
            assert not any(h in tag.lower() for h in HOSTILE), (path, tag)
        assert "<script" not in html.lower()  # the app itself uses no script at all
        assert not re.search(r"<[^>]*\son\w+\s*=", html)  # no event-handler attribute anywhere
    doc_html = c.get(f"/documents/{evil_doc}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in doc_html  # shown, as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc_html
    assert 'href="javascript:' not in doc_html  # the document URL is not made a link


def test_api_returns_the_text_unchanged(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    r = client_for("rene").get(f"/api/documents/{world.docs['evil']}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["text"] == TEXT_EVIL


def test_search_query_is_escaped(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    html = client_for("rene").get("/", params={"q": '"><script>alert(5)</script>'}).text
    assert "<script>alert(5)" not in html


def test_flag_source_links_only_to_the_web(world: World, client_for) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from enquete.store.schema import flag

    with world.store.begin() as conn:
        conn.execute(update(flag).where(flag.c.id == "flag-eagle").values(
            source_url="javascript:alert(6)", legal_ref="UNSC <b>1970</b>"))
        conn.execute(update(flag).where(flag.c.id == "flag-cerebro").values(
            source_url="https://www.consilium.europa.eu/", legal_ref="Council conclusions"))
    html = client_for("ada").get("/flags").text
    assert 'href="javascript:' not in html and "UNSC &lt;b&gt;1970&lt;/b&gt;" in html
    assert 'href="https://www.consilium.europa.eu/"' in html
