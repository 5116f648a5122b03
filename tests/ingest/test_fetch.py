"""URLs: a real local HTTP server (allow_private=True), address checks, size cap, redirects."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from enquete.exc import IngestError
from enquete.ingest import read_source

ARTICLE = ("<html><head><title>Local story</title><script>var x='SCRIPT';</script></head><body><article>"
           + "".join(f"<p>Paragraph {i}: the company sold the interception system to the ministry.</p>" for i in range(5))
           + "</article></body></html>").encode()
PAGES: dict[str, tuple[int, str, bytes]] = {
    "/story.html": (200, "text/html; charset=utf-8", ARTICLE),
    "/note": (200, "text/plain", b"Published 3 March 2012\n\nA plain note about an export licence."),
    "/big": (200, "text/plain", b"x" * 5000),
    "/bin": (200, "application/octet-stream", b"\x00\x01"),
    "/missing": (404, "text/plain", b"no"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/redirect-private":
            self.send_response(302)
            self.send_header("Location", "http://10.0.0.1/secret")
            self.end_headers()
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/note")
            self.end_headers()
            return
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_html(server: str) -> None:
    doc = read_source(f"{server}/story.html", allow_private=True)
    assert "Paragraph 4" in doc.text and "SCRIPT" not in doc.text
    assert doc.mimetype == "text/html" and doc.outlet == "127.0.0.1" and doc.url.endswith("/story.html")


def test_fetch_text_after_redirect(server: str) -> None:
    doc = read_source(f"{server}/redirect", allow_private=True)
    assert doc.published == "2012-03-03" and doc.url.endswith("/note")


def test_size_cap(server: str) -> None:
    with pytest.raises(IngestError) as info:
        read_source(f"{server}/big", allow_private=True, max_bytes=1000)
    assert info.value.stage == "fetch" and "too large" in info.value.reason


def test_http_error_and_content_type(server: str) -> None:
    with pytest.raises(IngestError, match="HTTP 404"):
        read_source(f"{server}/missing", allow_private=True)
    with pytest.raises(IngestError, match="unsupported content type"):
        read_source(f"{server}/bin", allow_private=True)


def test_redirect_to_private_address_is_refused(server: str) -> None:
    """The first hop is allowed only because the test server is local; the check runs on every hop."""
    from enquete.ingest import fetch as fetch_mod

    real = fetch_mod.check_address
    calls: list[str] = []

    def check(url: str, *, allow_private: bool = False) -> None:
        calls.append(url)
        real(url, allow_private=allow_private and url.startswith(server))

    fetch_mod.check_address = check
    try:
        with pytest.raises(IngestError, match="non-public address"):
            read_source(f"{server}/redirect-private", allow_private=True)
    finally:
        fetch_mod.check_address = real
    assert calls[-1] == "http://10.0.0.1/secret"


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.0.0.1/", "http://localhost/",
                                 "http://169.254.169.254/latest", "http://[::1]/", "http://0.0.0.0/"])
def test_private_urls_refused(url: str) -> None:
    with pytest.raises(IngestError) as info:
        read_source(url)
    assert info.value.stage == "fetch" and "non-public address" in info.value.reason


def test_unreachable_url() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(IngestError) as info:
        read_source(f"http://127.0.0.1:{port}/x", allow_private=True)
    assert info.value.stage == "fetch" and "cannot fetch" in info.value.reason


def test_other_schemes_refused() -> None:
    with pytest.raises(IngestError, match="only http"):
        from enquete.ingest.fetch import fetch

        fetch("ftp://example.org/file")


def test_peer_address_is_known(server: str) -> None:
    """The address actually connected to is checked too (against DNS rebinding)."""
    import httpx

    from enquete.ingest.fetch import is_public, peer_address

    with httpx.Client(trust_env=False) as client, client.stream("GET", f"{server}/note") as resp:
        assert peer_address(resp) == "127.0.0.1"
    assert not is_public("127.0.0.1") and not is_public("::ffff:10.0.0.1") and is_public("93.184.216.34")
