"""One page over HTTP for `portal-archive extract URL`, with the crawl's limits.

Same scope rules as the crawl (crawler.scope): http(s) only, public addresses
unless PORTAL_ARCHIVE_ALLOW_PRIVATE=1, and a redirect may not leave the host it
started on; a size cap (the crawl's DOWNLOAD_MAXSIZE) and a time cap on the
whole download, so a stream that never ends cannot hold the command.
"""
from __future__ import annotations

import time
import urllib.request
from urllib.parse import urlsplit

from crawler import scope
from crawler.urls import host_key

MAX_BYTES = 10 * 1024 * 1024  # as DOWNLOAD_MAXSIZE in crawler.settings
MAX_SECONDS = 60.0
USER_AGENT = "PortalArchive/0.1"


class FetchRefused(OSError):
    """The page may not, or could not, be fetched within the limits."""


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        check(newurl)
        if host_key(newurl) != host_key(req.full_url):
            raise FetchRefused(f"redirect to another host refused: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check(url: str) -> None:
    """Raise FetchRefused when the URL is out of scope for a fetch."""
    refusal = scope.scheme_refusal(url)
    if not refusal and not scope.allow_private():
        refusal = scope.address_refusal(urlsplit(url).hostname or "")
    if refusal:
        raise FetchRefused(refusal)


def fetch_page(url: str, max_bytes: int = MAX_BYTES, max_seconds: float = MAX_SECONDS) -> tuple[bytes, str]:
    """(body, final URL) of one page; FetchRefused past a limit or out of scope."""
    check(url)
    opener = urllib.request.build_opener(_SameHostRedirects)
    deadline = time.monotonic() + max_seconds
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with opener.open(request, timeout=min(30.0, max_seconds)) as response:
        chunks, size = [], 0
        while chunk := response.read(65536):
            size += len(chunk)
            if size > max_bytes:
                raise FetchRefused(f"page larger than {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchRefused(f"page not downloaded within {max_seconds:g}s")
            chunks.append(chunk)
        return b"".join(chunks), response.geturl()
