"""Download a URL safely: http(s) only, public addresses only (checked again after each redirect),
a timeout and a size cap."""

from __future__ import annotations

import ipaddress
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from enquete import settings
from enquete.exc import IngestError

log = logging.getLogger(__name__)
MAX_REDIRECTS = 5


@dataclass
class Fetched:
    """A downloaded body with the final URL and its media type (lower case, no parameters)."""

    url: str
    content_type: str
    data: bytes


def check_address(url: str, *, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to private, loopback, link-local, reserved,
    multicast or unspecified addresses (unless allow_private)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(url, "fetch", "only http:// and https:// URLs with a host can be fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise IngestError(url, "fetch", f"cannot resolve host {parts.hostname!r} ({err})") from None
    if allow_private:
        return
    for info in infos:
        if not is_public(info[4][0]):
            reason = f"refused: {parts.hostname} resolves to a non-public address ({info[4][0]})"
            raise IngestError(url, "fetch", reason)


def is_public(ip: str) -> bool:
    """False for private, loopback, link-local, reserved, multicast and unspecified addresses."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
                or addr.is_multicast or addr.is_unspecified)


def peer_address(resp: httpx.Response) -> str | None:
    """The IP address the response actually came from (None when the transport does not say)."""
    stream = resp.extensions.get("network_stream")
    server = stream.get_extra_info("server_addr") if stream is not None else None
    return str(server[0]) if server else None


def fetch(url: str, *, allow_private: bool = False, max_bytes: int | None = None) -> Fetched:
    """GET `url` following up to MAX_REDIRECTS redirects, each target checked; stop past max_bytes."""
    limit = settings.MAX_BYTES if max_bytes is None else max_bytes
    current = url
    with httpx.Client(timeout=settings.FETCH_TIMEOUT, follow_redirects=False,
                      headers={"User-Agent": "enquete/0 (research ingest)"},
                      trust_env=False) as client:  # no proxy: the address checks must hold
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as resp:
                    peer = peer_address(resp)
                    if not allow_private and peer and not is_public(peer):
                        # DNS changed between the check and the connection (rebinding): read nothing.
                        reason = f"refused: connected to a non-public address ({peer})"
                        raise IngestError(url, "fetch", reason)
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise IngestError(url, "fetch", f"HTTP {resp.status_code} {resp.reason_phrase}")
                    data = _read_capped(resp, url, limit)
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    return Fetched(str(resp.url), ctype, data)
            except httpx.TimeoutException:
                raise IngestError(url, "fetch", f"timed out after {settings.FETCH_TIMEOUT:g} s") from None
            except httpx.HTTPError as err:
                raise IngestError(url, "fetch", f"cannot fetch ({type(err).__name__}: {err})") from None
    raise IngestError(url, "fetch", f"more than {MAX_REDIRECTS} redirects")


def _read_capped(resp: httpx.Response, url: str, limit: int) -> bytes:
    """The body, refusing it as soon as it is known to exceed `limit` bytes."""
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise IngestError(url, "fetch", f"too large: {int(declared)} bytes > limit {limit}")
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise IngestError(url, "fetch", f"too large: more than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
