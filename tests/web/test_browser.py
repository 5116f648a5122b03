"""End to end in headless Debian chromium: the app served by uvicorn on a free local port.

Skipped only when /usr/bin/chromium is absent (install it with `apt-get install -y chromium`)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.sample import PASSWORD, World

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.integration,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_url(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture
def browser() -> Iterator:  # type: ignore[type-arg]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _login(page, base: str, user: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/")
    assert "/login" in page.url
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def test_search_dossier_quote_lands_on_the_sentence(world: World, live_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)  # CSP violations too
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    _login(page, live_url, "edith")
    page.fill("input[name=q]", "interception")
    page.click("form.search button")
    expect(page.locator("article.hit h3 a")).to_have_text("How Eagle reached Tripoli")
    page.goto(live_url + "/?q=Amesys")
    page.click("ul.chips a:has-text('Amesys')")
    expect(page.locator("h1")).to_contain_text("Amesys")
    page.screenshot(path=str(SHOTS / "dossier.png"), full_page=True)
    quote = page.locator("#relations blockquote.quote a", has_text="supplied the Eagle").first
    href = quote.get_attribute("href")
    assert href and re.fullmatch(rf"/documents/{world.docs['a']}#ev-\d+-\d+", href)
    quote.click()
    page.wait_for_url(re.compile(r"#ev-\d+-\d+$"))
    fragment = page.url.split("#")[1]
    target = page.locator(f"[id='{fragment}']")
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == fragment
    expect(target).to_contain_text("supplied the Eagle interception system")
    expect(target).to_be_in_viewport()
    colour = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(255, 217, 102)"  # the :target highlight of style.css
    page.screenshot(path=str(SHOTS / "document-target.png"))
    page.goto(live_url + f"/documents/{world.docs['evil']}")
    expect(page.locator(".reader .text")).to_contain_text("<script>alert('x')</script>")
    page.goto(live_url + f"/entities/{world.entities['amesys']}/graph?hops=3")
    page.screenshot(path=str(SHOTS / "graph.png"), full_page=True)
    page.click(f"svg a[href='/entities/{world.entities['eagle']}/graph']")
    expect(page.locator("h1")).to_contain_text("Eagle")
    assert errors == []


def test_reader_cannot_reach_another_collection(world: World, live_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page()
    _login(page, live_url, "eve")
    response = page.goto(live_url + f"/documents/{world.docs['a']}")
    assert response is not None and response.status == 404
    page.goto(live_url + "/?q=Eagle")
    expect(page.locator("article.hit")).to_have_count(0)
    page.goto(live_url + "/?q=Cerebro")
    expect(page.locator("article.hit")).to_have_count(1)
    assert "Tripoli" not in page.content()
    page.goto(live_url + "/review")
    assert "editors only" in page.content()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "reader-search.png"))


def test_timeline_filter_form_and_source_link(world: World, live_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _login(page, live_url, "edith")
    page.click("nav a[href='/timeline']")
    expect(page.locator("ol.timeline li")).to_have_count(4)  # what is dated in her collection
    page.fill("input[name=entity]", world.entities["eagle"])
    page.fill("input[name=from]", "2008")
    page.fill("input[name=to]", "2011-12")
    page.click("form.search button")
    page.wait_for_url(re.compile(r"/timeline\?entity=ent-eagle&from=2008&to=2011-12$"))
    expect(page.locator("ol.timeline li .kind")).to_have_text(["claim", "event", "relation"])
    expect(page.locator("input[name=from]")).to_have_value("2008")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)
    page.click("ol.timeline li:has-text('Eagle manuals found in Tripoli') a.src")
    page.wait_for_url(re.compile(rf"/documents/{world.docs['a']}#ev-\d+-\d+$"))
    fragment = page.url.split("#")[1]
    expect(page.locator(f"[id='{fragment}']")).to_contain_text("reporters found Eagle manuals")
    assert errors == []
    response = page.goto(live_url + "/timeline?from=sept")
    assert response is not None and response.status == 400
    expect(page.locator("body")).to_contain_text("is not a date")
