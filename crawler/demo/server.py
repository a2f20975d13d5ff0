"""Serve the sample portals on loopback, one address per portal.

    with SamplePortals() as sp:
        sp.write_portals_csv("portals.csv")
        ...crawl...
        assert not sp.violations()

``python -m crawler.demo.server`` serves them until Ctrl-C.
"""
from __future__ import annotations

import csv
import datetime as dt
import threading
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from . import boiler as B
from .content import Article, synthetic_articles
from .sites import SampleSite, build_sites

PORTAL_COLUMNS = ["url", "name", "level", "province", "district", "commune", "cms"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 32


def _handler_for(owner: "SamplePortals", ss: SampleSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "Microsoft-IIS/8.5" if "aspnet" in ss.r.cms or "sharepoint" in ss.r.cms else "Apache"

        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _serve(self, head: bool) -> None:
            host = f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            owner._record(host, self.path, self.command)
            try:
                resp = ss.handle(self.path)
            except Exception as exc:  # a renderer bug must show up as a 500, not a hung socket
                owner.errors.append((host, self.path, repr(exc)))
                self._send(500, b"Internal Server Error", "text/plain", {}, head)
                return
            headers = dict(resp.headers)
            if resp.status == 200 and _not_modified(self.headers, headers):
                self._send(304, b"", None, {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}, head)
                return
            self._send(resp.status, resp.body, resp.ctype, headers, head)

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict, head: bool) -> None:
            self.send_response(status)
            if ctype and status != 304:
                self.send_header("Content-Type", ctype)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head and status != 304:
                self.wfile.write(body)

    return Handler


def _not_modified(req_headers: Any, headers: dict[str, str]) -> bool:
    inm = req_headers.get("If-None-Match")
    if inm and "ETag" in headers:
        return headers["ETag"] in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = req_headers.get("If-Modified-Since")
    if ims and "Last-Modified" in headers:
        try:
            return parsedate_to_datetime(headers["Last-Modified"]) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


class SamplePortals:
    """The sample portals served on 127.0.0.2, 127.0.0.3, ... (one per portal)."""

    def __init__(self, base_port: int = 0, first_ip: int = 2, host_prefix: str = "127.0.0.",
                 newest_on: dt.date | None = None, stale_portals: int = 0):
        """`newest_on`: move each portal's dates so that its newest article is from that
        day (the demo: fresh relative to today), except on the last `stale_portals`
        portals, which keep their old dates (a portal gone quiet)."""
        self.newest_on = newest_on
        self.stale_portals = stale_portals
        self.base_port = base_port
        self.first_ip = first_ip
        self.host_prefix = host_prefix
        self.sites: list[SampleSite] = []
        self.spare: list[Article] = []
        self.requests: list[tuple[str, str, str]] = []
        self.errors: list[tuple[str, str, str]] = []
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._added = 0

    # ---- lifecycle ------------------------------------------------------------------
    def build(self) -> tuple[list[Any], list[Article]]:
        """The portals to serve and the spare articles add_articles publishes (a subclass serves others)."""
        return build_sites()

    def start(self) -> "SamplePortals":
        sites, self.spare = self.build()
        if self.newest_on:
            _shift_dates(sites[: len(sites) - self.stale_portals], self.newest_on)
        for i, ss in enumerate(sites):
            ip = f"{self.host_prefix}{self.first_ip + i}"
            srv = _Server((ip, self.base_port + i if self.base_port else 0), _handler_for(self, ss))
            ss.site.base_url = f"http://{ip}:{srv.server_address[1]}"
            ss.invalidate()
            t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True,
                                 name=f"portal-{ss.site.key}")
            t.start()
            self._servers.append(srv)
            self._threads.append(t)
        self.sites = sites
        return self

    def stop(self) -> None:
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        self._servers.clear()

    def __enter__(self) -> "SamplePortals":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # ---- metadata ------------------------------------------------------------------------
    @property
    def portals(self) -> list[dict[str, str]]:
        return [{"url": ss.site.abs("/"), "name": ss.site.name, "level": ss.site.level, "province": ss.site.province,
                 "district": ss.site.district, "commune": ss.site.commune, "cms": ss.r.cms, "key": ss.site.key}
                for ss in self.sites]

    def write_portals_csv(self, path: str | Path) -> Path:
        path = Path(path)
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=PORTAL_COLUMNS, extrasaction="ignore")
            w.writeheader()
            w.writerows(self.portals)
        return path

    def site(self, which: str | int) -> SampleSite:
        """A portal by index, key ("doluong"), cms name or URL prefix."""
        if isinstance(which, int):
            return self.sites[which]
        for ss in self.sites:
            if which in (ss.site.key, ss.r.cms) or which.startswith(ss.site.base_url):
                return ss
        raise KeyError(which)

    def expected_articles(self) -> list[dict[str, Any]]:
        """Gold for every article a crawler should store (republished copies included)."""
        out = []
        for ss in self.sites:
            with ss.lock:
                out.extend(ss.gold(p) for p in ss.placed)
        return out

    # ---- requests & traps ------------------------------------------------------------------
    def _record(self, host: str, target: str, method: str) -> None:
        with self._lock:
            self.requests.append((host, target, method))

    def _site_for_host(self, host: str) -> SampleSite | None:
        for ss in self.sites:
            if ss.site.base_url.endswith("//" + host):
                return ss
        return None

    def trap_kind(self, host: str, target: str) -> str | None:
        ss = self._site_for_host(host)
        return ss.trap_kind(target) if ss else None

    def forbidden_request(self, host: str, target: str) -> bool:
        """True for robots-disallowed paths and deep trap pages (calendar, endless pager)."""
        return self.trap_kind(host, target) is not None

    def violations(self) -> list[tuple[str, str, str]]:
        with self._lock:
            reqs = list(self.requests)
        return [(h, t, k) for h, t, _ in reqs if (k := self.trap_kind(h, t))]

    @property
    def trap_patterns(self) -> list[dict[str, str]]:
        """Human-readable list of what each portal sets as a trap or forbids."""
        out = []
        for ss in self.sites:
            o = ss.site.opts
            for d in o.get("disallow", []):
                out.append({"portal": ss.site.base_url, "kind": "robots", "pattern": d})
            if o.get("calendar"):
                y, m = o["calendar"]
                out.append({"portal": ss.site.base_url, "kind": "calendar",
                            "pattern": ss.r.calendar_path(ss.site, y, m) + " (prev/next month forever; >3 months away is a trap)"})
            if o.get("endless_pages"):
                out.append({"portal": ss.site.base_url, "kind": "endless-pager",
                            "pattern": "?page=N beyond the last page returns the last page with a next link"})
            if o.get("session_param"):
                out.append({"portal": ss.site.base_url, "kind": "session-id", "pattern": "menu links carry ;jsessionid= / ?sid="})
            if o.get("tracking"):
                out.append({"portal": ss.site.base_url, "kind": "tracking", "pattern": "home links carry utm_* parameters"})
        return out

    # ---- mutation -----------------------------------------------------------------------------
    def add_articles(self, n: int, portal: str | int = 0) -> list[dict[str, Any]]:
        """Publish n new articles on a running portal; they are the newest everywhere."""
        ss = self.site(portal)
        new = []
        with ss.lock:
            for _ in range(n):
                self._added += 1
                a = self.spare.pop(0) if self.spare else synthetic_articles(1, start=500 + self._added)[0]
                when = dt.datetime.combine(B.TODAY, dt.time(7, 0)) + dt.timedelta(minutes=7 * self._added)
                a = a.with_changes(id=f"{a.id}-new{self._added}", published_at=when.strftime("%Y-%m-%dT%H:%M:00+07:00"))
                cat = ss.site.categories[self._added % len(ss.site.categories)]
                new.append(ss.place(a, cat))
            ss.invalidate()
            return [ss.gold(p) for p in new]

    def edit_article(self, url: str, extra_paragraph: str = "Bài viết đã được cập nhật thêm thông tin.") -> dict[str, Any]:
        """Change an article's body (new ETag / Last-Modified); returns its new gold."""
        ss = self.site(url)
        with ss.lock:
            p = next(p for p in ss.placed if ss.site.abs(p.path) == url)
            p.art = p.art.with_changes(paragraphs=p.art.paragraphs + (extra_paragraph,))
            p.version += 1
            ss.invalidate()
            return ss.gold(p)


    def delete_article(self, url: str) -> None:
        """Take an article down: its page answers 404 and no listing, sitemap or feed names it."""
        ss = self.site(url)
        with ss.lock:
            ss.placed = [p for p in ss.placed if ss.site.abs(p.path) != url]
            ss.invalidate()


def _shift_dates(sites: list[SampleSite], newest_on: dt.date) -> None:
    """Move each portal's dates so that its newest article is from `newest_on`."""
    for ss in sites:
        newest = max(B.parse_when(p.art).date() for p in ss.placed)
        days = dt.timedelta(days=(newest_on - newest).days)
        for p in ss.placed:
            moved = B.parse_when(p.art) + days
            stamp = moved.strftime("%Y-%m-%dT%H:%M:%S+07:00") if p.art.has_time else moved.strftime("%Y-%m-%d")
            p.art = p.art.with_changes(published_at=stamp)
        ss.invalidate()


def main() -> None:
    import sys
    import time
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8100
    with SamplePortals(base_port=port) as sp:
        for p in sp.portals:
            print(f"{p['url']:32} {p['cms']:18} {p['level']:9} {p['name']}")
        print(f"{len(sp.expected_articles())} articles. Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
