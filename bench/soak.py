"""Soak: hostile pages, network faults and kill -9 against the real crawl, on loopback.

    python bench/soak.py                    # full run: >= 1,000 pages, >= 100 kills (~15-25 min on 2 cores)
    python bench/soak.py --pages 200 --kills 10   # quick run (~2-3 min)
    python bench/soak.py --stall-only       # only part 3 (the stall), on the full run's portals

Everything runs on 127.0.0.x: the script starts its own portals (one HTTP server
per portal, each on its own loopback address), and runs `python -m crawler
crawl` as a subprocess, as cron would.  All servers and crawls are bounded in
count and time.

1. Pages (seeded): hostile pages of every kind -- sizes from empty to several
   MB, thousands of nested levels, element-count bombs, wrong or legacy
   encodings, markup bombs, binary served as text/html, truncated HTML, NUL
   bytes -- mixed with article pages whose text is known, some published on
   several portals (near-duplicate clusters).
2. Faults: connection resets mid-body, slow drips, 5xx storms, redirect loops,
   cross-host and private-address redirects (to a trap server that must never be
   asked), oversized bodies, gzip Content-Encoding bombs, gzipped sitemap bombs,
   robots.txt that answers 5xx, hangs or is garbage.
3. Stall: a healthy portal crawled alone, then beside every hostile portal in
   one run; the stall is the largest gap between two consecutive requests it
   received in the mixed run, less the largest gap of the run alone.
4. Kills: crawls of all portals killed with SIGKILL at random moments (on a
   timer, or just after the crawler asked for an article that was edited
   since the last run, so the kill lands inside an update or a dedup
   re-pointing), each followed by `PRAGMA integrity_check`,
   `PRAGMA foreign_key_check`, an FTS integrity check and a check that every
   article has its HTML, search and URL rows and that no article stored before
   the kill is gone.  A few kills hit an extraction worker instead of the crawl.
   Then a clean run must complete.
5. Text: every stored article that was published with known text must hold
   one of the versions of that text that was served for its URL.

Prints one table; exit status 1 when a goal is missed (any non-zero count, or
a stall over 1 s).  Crawl logs of failures stay in --workdir (a temporary
folder unless given).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from crawler.urls import canonical_url  # noqa: E402

# Loopback portals answer at once; faults are bounded by short timeouts so that a
# run of 100 kills fits in minutes.  Backoff off: a portal failing in one run is
# crawled again in the next (the soak wants every run to touch every portal).
SETTINGS = {
    "PORTAL_ARCHIVE_ALLOW_PRIVATE": "1",
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_START_DELAY": "0.01",
    "AUTOTHROTTLE_MAX_DELAY": "1",
    "DOWNLOAD_TIMEOUT": "8",
    "RETRY_TIMES": "1",
    "PORTAL_ARCHIVE_ROBOTS_TIMEOUT": "3",
    "PORTAL_ARCHIVE_EXTRACT_SECONDS": "4",
    "PORTAL_ARCHIVE_MAX_SITEMAP_BYTES": "5000000",
    "PORTAL_ARCHIVE_BACKOFF": "0",
    # re-check every known article on every run, so edits between runs become updates
    "PORTAL_ARCHIVE_RECHECK_RECENT_HOURS": "0",
    "LOG_LEVEL": "WARNING",
}
FAULT_SECONDS = 15  # no server thread holds a connection longer than this
TRAP_HOST = "127.0.0.254"

SYLLABLES = ("ủy ban nhân dân xã huyện tỉnh tổ chức hội nghị tổng kết công tác năm kết quả đạt được "
             "nông thôn mới nhân dân đồng tình ủng hộ chủ trương Đảng bộ chính quyền triển khai kế hoạch "
             "phát triển kinh tế xã hội quốc phòng an ninh giáo dục y tế văn hóa thể thao du lịch đường giao "
             "thông thủy lợi đất đai môi trường cải cách hành chính chuyển đổi số hộ nghèo việc làm thanh niên "
             "phụ nữ cựu chiến binh mặt trận tổ quốc đoàn viên hội viên tuyên truyền vận động khen thưởng").split()


# --------------------------------------------------------------------------- pages


@dataclass
class Known:
    """An article page whose text is known: every version served, in order."""
    title: str
    published: str
    versions: list[list[str]]  # paragraphs of each version
    encoding: str = "utf-8"
    header_charset: bool = True
    nesting: int = 0

    def html(self) -> bytes:
        paragraphs = "".join(f"<p>{p}</p>" for p in self.versions[-1])
        body = (f"<article><h1>{self.title}</h1><div class='date'>{self.published}</div>{paragraphs}</article>")
        if self.nesting:
            body = "<div>" * self.nesting + body + "</div>" * self.nesting
        meta = f'<meta charset="{self.encoding}">' if not self.header_charset else ""
        page = (f"<!DOCTYPE html><html><head>{meta}<title>{self.title}</title></head><body>"
                f"<nav><a href='/'>Trang chủ</a> <a href='/lien-he.html'>Liên hệ</a></nav>{body}"
                f"<footer>Cổng thông tin điện tử. Bản quyền thuộc về ủy ban nhân dân.</footer></body></html>")
        return encode_vietnamese(page, self.encoding)

    def content_type(self) -> str:
        return f"text/html; charset={self.encoding}" if self.header_charset else "text/html"


def encode_vietnamese(text: str, encoding: str) -> bytes:
    """windows-1258 holds tone marks as combining characters: decompose what it cannot hold precomposed."""
    if encoding != "windows-1258":
        return text.encode(encoding)
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323"))
        marks = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        out += (base + marks).encode("cp1258")
    return bytes(out)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(SYLLABLES) for _ in range(rng.randint(14, 28))]
    return " ".join(words).capitalize() + "."


def paragraphs(rng: random.Random) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 8))]


def random_text(rng: random.Random, size: int) -> str:
    chunks, total = [], 0
    while total < size:
        chunk = sentence(rng)
        chunks.append(chunk)
        total += len(chunk.encode())
    return " ".join(chunks)


def article_shell(inner: str, title: str = "Tin tức") -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{inner}</body></html>"


def legacy_bytes(rng: random.Random, size: int, vni: bool) -> bytes:
    """Text shaped like TCVN3 (one high byte per Vietnamese letter) or VNI (ASCII letter + mark byte)."""
    out = bytearray(b"<html><body><h1>")
    while len(out) < size:
        for word in rng.sample(SYLLABLES, 8):
            ascii_word = unicodedata.normalize("NFD", word).encode("ascii", "ignore")
            if vni:
                out += ascii_word + bytes([rng.choice(b"\xf8\xf9\xfb\xf5\xef\xe2\xea\xe4\xf4\xf6")]) + b" "
            else:
                out += bytes(rng.choice(range(0xa1, 0xff)) if rng.random() < 0.3 else c for c in ascii_word) + b" "
        out += b"</p><p>"
    return bytes(out) + b"</body></html>"


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"


def hostile_page(rng: random.Random, kind: str, index: int) -> tuple[bytes, str]:
    """One generated hostile page: (body, Content-Type)."""
    html = "text/html; charset=utf-8"
    if kind == "tiny":
        return rng.choice([b"", b"<", b"<html>", b"</html>", b"<!--", b"\xef\xbb\xbf", bytes(rng.randbytes(rng.randint(1, 40)))]), html
    if kind == "large":
        size = rng.choice([200_000, 1_000_000, 3_000_000, 6_000_000])
        return article_shell("".join(f"<p>{random_text(rng, 2000)}</p>" for _ in range(size // 2000))).encode(), html
    if kind == "deep":
        depth = rng.choice([2_000, 5_000, 20_000, 60_000])
        tag = rng.choice(["div", "span", "table><tr><td", "ul><li", "b", "font"])
        closing = "" if rng.random() < 0.5 else "</div>" * depth
        return article_shell(f"<{tag}>" * depth + f"<p>{random_text(rng, 1500)}</p>" + closing).encode(), html
    if kind == "elements":
        shape = rng.choice(["table", "paragraphs", "links", "attributes", "list"])
        if shape == "table":
            rows, cols = rng.choice([(10_000, 20), (2_000, 100), (50_000, 4)])
            cells = "".join("<tr>" + "<td>ô số liệu</td>" * cols + "</tr>" for _ in range(rows))
            return article_shell(f"<table>{cells}</table>").encode(), html
        if shape == "paragraphs":
            return article_shell("<p>Đoạn.</p>" * rng.choice([50_000, 200_000])).encode(), html
        if shape == "links":
            # many anchors, few distinct targets: every link to a missing page is fetched (see the README)
            count = rng.choice([5_000, 20_000])
            links = "".join(f'<a href="/khong-co/{index}-{i % 20}.html">liên kết {i}</a> ' for i in range(count))
            return article_shell(links).encode(), html
        if shape == "attributes":
            attrs = " ".join(f'data-a{i}="{i}"' for i in range(rng.choice([20_000, 100_000])))
            return article_shell(f"<div {attrs}><p>{random_text(rng, 800)}</p></div>").encode(), html
        return article_shell("<ul>" + "<li>mục" * 100_000 + "</ul>").encode(), html
    if kind == "encoding":
        text = article_shell("".join(f"<p>{random_text(rng, 600)}</p>" for _ in range(6)))
        variant = rng.choice(["tcvn3", "vni", "wrong-header", "unknown-charset", "meta-conflict", "utf16-bom", "invalid-utf8"])
        if variant == "tcvn3":
            return legacy_bytes(rng, rng.randint(2_000, 40_000), vni=False), rng.choice([html, "text/html", "text/html; charset=tcvn3"])
        if variant == "vni":
            return legacy_bytes(rng, rng.randint(2_000, 40_000), vni=True), rng.choice([html, "text/html; charset=windows-1252"])
        if variant == "wrong-header":
            return text.encode("utf-8"), rng.choice(["text/html; charset=windows-1258", "text/html; charset=shift_jis", "text/html; charset=utf-16"])
        if variant == "unknown-charset":
            return text.encode("utf-8"), rng.choice(["text/html; charset=x-bogus-8", "text/html; charset=", "text/html; charset=\"utf-8"])
        if variant == "meta-conflict":
            return text.replace("<head>", '<head><meta charset="koi8-r"><meta http-equiv="Content-Type" content="text/html; charset=big5">').encode(), "text/html"
        if variant == "utf16-bom":
            return b"\xff\xfe" + text.encode("utf-8"), html
        raw = bytearray(text.encode())
        for _ in range(200):
            raw[rng.randrange(len(raw))] = rng.choice([0x80, 0xc0, 0xff, 0xfe, 0xed])
        return bytes(raw), html
    if kind == "markup":
        variant = rng.choice(["unclosed", "comment", "script", "entities", "attribute", "cdata", "svg", "xml"])
        n = rng.choice([20_000, 100_000])
        inner = {
            "unclosed": "<p><b><i><u><font>" * (n // 5),
            "comment": "<!--" + "x" * n * 10,
            "script": "<script>" + "var a='<p>';" * n + "</script><p>" + random_text(rng, 500) + "</p>",
            "entities": "&amp;&#xFFFFFFFF;&#0;&#x110000;&bogus;&#" * n,
            "attribute": '<div title="' + "a" * (n * 20) + '">x</div>',
            "cdata": "<![CDATA[" * n,
            "svg": "<svg><g>" * n,
            "xml": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                   '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><html><p>&lol3;</p></html>',
        }[variant]
        return article_shell(inner).encode(), html
    if kind == "binary":
        size = rng.choice([100, 10_000, 500_000, 2_000_000])
        prefix = rng.choice([b"", PNG, PDF, b"\x1f\x8b\x08\x00", b"PK\x03\x04", b"GIF89a"])
        return prefix + rng.randbytes(size), rng.choice([html, "text/html", "application/octet-stream"])
    if kind == "truncated":
        full = Known(f"Bài bị cắt {index}", "01/01/2025 08:00", [paragraphs(rng)]).html()
        return full[: rng.randint(1, len(full) - 1)], html
    if kind == "nul":
        page = Known(f"Tin có NUL {index}", "02/01/2025 09:00", [paragraphs(rng)]).html()
        raw = bytearray(page)
        for _ in range(rng.randint(1, 300)):
            raw.insert(rng.randrange(len(raw)), 0)
        return bytes(raw), html
    if kind == "links":
        hrefs = ["javascript:alert(1)", "mailto:a@b", "file:///etc/passwd", "http://[::1", "http://%00/", "//" + TRAP_HOST + "/x",
                 "ftp://127.0.0.1/", "data:text/html,<p>x</p>", "http://127.0.0.1:1/", "/" + "a" * 100_000, "http://xn--/",
                 "http://ủy-ban.vn/", "\x00/tin/a.html", "/tin/%ZZ.html", "http://127.0.0.1:99999/", "#" * 5000]
        return article_shell("".join(f'<a href="{h}">l</a>' for h in hrefs)).encode(), html
    raise ValueError(kind)


HOSTILE_KINDS = ("tiny", "large", "deep", "elements", "encoding", "markup", "binary", "truncated", "nul", "links")


# --------------------------------------------------------------------------- servers


@dataclass
class Route:
    """What one path answers: a page, or a fault (kind names the fault, counted when served)."""
    body: bytes | Callable[[], bytes] = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    fault: str | None = None


class Portal:
    """A loopback HTTP server answering from a route table; it records (time, path) of every request."""

    def __init__(self, host: str, name: str, storm: float = 0.0, seed: int = 0, latency: float = 0.0) -> None:
        self.host, self.name, self.storm, self.latency = host, name, storm, latency
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[float, str]] = []
        self.faults: Counter = Counter()
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with portal.lock:
                    portal.requests.append((time.monotonic(), self.path))
                    route = portal.routes.get(self.path)
                    storm = portal.storm and self.path != "/robots.txt" and portal.rng.random() < portal.storm
                if storm:
                    route = Route(b"<h1>Service Unavailable</h1>", status=portal.rng.choice([500, 502, 503, 504]), fault="5xx_storm")
                if route is None:
                    route = Route(b"<h1>Not found</h1>", status=404)
                if route.fault:
                    with portal.lock:
                        portal.faults[route.fault] += 1
                if portal.latency:
                    time.sleep(portal.latency)
                try:
                    serve(self, route)
                except OSError:
                    self.close_connection = True

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://{host}:{self.port}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(handler: BaseHTTPRequestHandler, route: Route) -> None:
    body = route.body() if callable(route.body) else route.body
    fault = route.fault or ""
    if fault.startswith("hang"):
        time.sleep(FAULT_SECONDS)
        return
    if fault.startswith("drip_headers"):
        for byte in b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body[:20]:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(1)
        return
    handler.send_response(route.status)
    handler.send_header("Content-Type", route.content_type)
    for key, value in route.headers.items():
        handler.send_header(key, value)
    if fault.startswith("oversize"):
        oversize(handler, declared="chunked" not in fault)
        return
    if fault.startswith("reset"):
        handler.send_header("Content-Length", str(len(body) * 2 + 10))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.close_connection = True
        return
    if fault.startswith("drip"):
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        deadline = time.monotonic() + FAULT_SECONDS
        for start in range(0, len(body), 3):
            if time.monotonic() > deadline:
                break
            handler.wfile.write(body[start:start + 3])
            handler.wfile.flush()
            time.sleep(1)
        return
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def oversize(handler: BaseHTTPRequestHandler, declared: bool) -> None:
    total = 14 * 1024 * 1024
    chunk = b"<p>" + b"x" * 65_533
    if declared:
        handler.send_header("Content-Length", str(total))
    handler.end_headers()
    deadline = time.monotonic() + FAULT_SECONDS
    for _ in range(total // len(chunk)):
        if time.monotonic() > deadline:
            break
        handler.wfile.write(chunk)


# --------------------------------------------------------------------------- the world


@dataclass
class World:
    healthy: Portal
    hostile: list[Portal]
    robots: list[Portal]
    trap: Portal
    known: dict[str, Known]  # canonical URL -> known article
    clusters: list[list[str]]  # canonical URLs of copies of one story
    hostile_pages: set[tuple[str, str]]  # (portal url, path)
    rng: random.Random
    extra_traps: list[Portal] = field(default_factory=list)  # other ports on a portal's own host

    @property
    def portals(self) -> list[Portal]:
        return [self.healthy, *self.hostile, *self.robots]

    def close(self) -> None:
        for portal in [*self.portals, self.trap, *self.extra_traps]:
            portal.close()


def recent_date(rng: random.Random) -> str:
    day = datetime.now(timezone.utc) - timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 23))
    return day.strftime("%d/%m/%Y %H:%M")


def add_known(world_known: dict, portal: Portal, path: str, article: Known) -> None:
    portal.routes[path] = Route(article.html, article.content_type())
    world_known[canonical_url(portal.url.rstrip("/") + path)] = article


def serve_known(portal: Portal, path: str, article: Known) -> None:
    body = article.html()
    portal.routes[path] = Route(body, article.content_type())


def publish_site(portal: Portal, paths: list[str], rng: random.Random, per_listing: int = 25) -> None:
    """Home page -> listing pages -> the given paths, shuffled."""
    paths = paths[:]
    rng.shuffle(paths)
    listings = []
    for n in range(0, len(paths), per_listing):
        listing = f"/chuyen-muc/tin-tuc/trang-{n // per_listing + 1}.html"
        links = "".join(f'<li><a href="{p}">Tin {i}</a></li>' for i, p in enumerate(paths[n:n + per_listing]))
        portal.routes[listing] = Route(article_shell(f"<ul>{links}</ul>", "Tin tức").encode())
        listings.append(listing)
    home = "".join(f'<a href="{l}">Trang {i + 1}</a> ' for i, l in enumerate(listings))
    portal.routes["/"] = Route(article_shell(home, "Trang chủ").encode())
    portal.routes.setdefault("/robots.txt", Route(b"User-agent: *\nAllow: /\n", "text/plain"))


def build_world(seed: int, pages: int, known_per_portal: int, hostile_portals: int, healthy_articles: int) -> World:
    rng = random.Random(seed)
    # the healthy portal answers like a real one (50 ms), so that its crawl spans the hostile part of a run
    healthy = Portal("127.0.0.2", "healthy", latency=0.05)
    trap = Portal(TRAP_HOST, "trap")
    hostile = [Portal(f"127.0.0.{3 + i}", f"hostile-{i}", storm=0.15 if i == 0 else 0.0, seed=seed + i) for i in range(hostile_portals)]
    robots = [Portal(f"127.0.0.{100 + i}", f"robots-{kind}") for i, kind in enumerate(ROBOTS_FAULTS)]
    trap_same_host = [Portal(p.host, "trap-port") for p in hostile[:1]]  # another port on a portal's own host
    known: dict[str, Known] = {}
    world = World(healthy, hostile, robots, trap, known, [], set(), rng, trap_same_host)

    def new_article(index: int, portal: Portal, plain: bool = False) -> Known:
        encoding, header = rng.choice([("utf-8", True)] * 6 + [("utf-8", False), ("windows-1258", True), ("windows-1258", False)])
        nesting = rng.choice([0] * 12 + [300, 1_500, 5_000])
        if plain:
            encoding, header, nesting = "utf-8", True, 0
        return Known(f"{sentence(rng)[:60].rstrip('.')} ({portal.name} {index})", recent_date(rng), [paragraphs(rng)],
                     encoding, header, nesting)

    # the healthy portal: plain known articles only
    paths = []
    for i in range(healthy_articles):
        path = f"/tin-tuc/bai-viet-{i + 1}.html"
        add_known(known, healthy, path, new_article(i, healthy, plain=True))
        paths.append(path)
    publish_site(healthy, paths, rng)

    # hostile portals: known articles, hostile pages and faults, all at article-like URLs
    site_paths: dict[str, list[str]] = {p.url: [] for p in hostile}
    for i in range(pages):
        portal = hostile[i % len(hostile)]
        kind = HOSTILE_KINDS[i % len(HOSTILE_KINDS)]
        body, content_type = hostile_page(rng, kind, i)
        path = f"/tin-tuc/{kind}-{i + 1}.html"
        portal.routes[path] = Route(body, content_type)
        world.hostile_pages.add((portal.url, path))
        site_paths[portal.url].append(path)
    for index, portal in enumerate(hostile):
        for i in range(known_per_portal):
            path = f"/tin-tuc/bai-viet-{i + 1}.html"
            add_known(known, portal, path, new_article(i, portal))
            site_paths[portal.url].append(path)
        site_paths[portal.url] += add_faults(portal, world, rng, index)
    # near-duplicate clusters: one story on two or three hostile portals, lightly edited per copy
    for c in range(max(3, known_per_portal // 3)):
        story = paragraphs(rng)
        copies = []
        for portal in rng.sample(hostile, min(len(hostile), rng.choice([2, 3]))):
            path = f"/tin-tuc/thong-cao-{c + 1}.html"
            text = story[:] + ([sentence(rng)] if rng.random() < 0.5 else [])
            add_known(known, portal, path, Known(f"Thông cáo báo chí số {c + 1}", recent_date(rng), [text]))
            site_paths[portal.url].append(path)
            copies.append(canonical_url(portal.url.rstrip("/") + path))
        world.clusters.append(copies)
    for portal in hostile:
        publish_site(portal, site_paths[portal.url], rng)
    for portal, kind in zip(robots, ROBOTS_FAULTS):
        robots_portal(portal, kind, rng)
    return world


BOMB_BYTES = 120 * 1024 * 1024


def gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (1024 * 1024)
    out = [compressor.compress(b"<html><body><p>")]
    out += [compressor.compress(block) for _ in range(BOMB_BYTES // len(block))]
    return b"".join(out) + compressor.flush()


def sitemap_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
    out = [compressor.compress(head)]
    out += [compressor.compress(b"a" * (1024 * 1024)) for _ in range(BOMB_BYTES // (1024 * 1024))]
    return b"".join(out) + compressor.flush()


_BOMBS: dict[str, bytes] = {}


def bomb(name: str) -> bytes:
    if name not in _BOMBS:
        _BOMBS[name] = gzip_bomb() if name == "gzip" else sitemap_bomb()
    return _BOMBS[name]


def add_faults(portal: Portal, world: World, rng: random.Random, index: int) -> list[str]:
    """Network faults at article-like URLs of one hostile portal; returns the linked paths."""
    trap = world.trap
    same_host_trap = world.extra_traps[0]
    sample = paragraphs(rng)
    page = Known("Bài có lỗi mạng", recent_date(rng), [sample]).html()
    faults = {
        "reset": Route(page, fault="reset_mid_body"),
        "drip": Route(page[:200], fault="drip_body"),
        "drip-headers": Route(page, fault="drip_headers"),
        "hang": Route(page, fault="hang"),
        "loop-a": Route(status=302, headers={"Location": "/tin-tuc/loop-b.html"}, fault="redirect_loop"),
        "loop-b": Route(status=301, headers={"Location": "/tin-tuc/loop-a.html"}, fault="redirect_loop"),
        "self": Route(status=302, headers={"Location": "/tin-tuc/self.html"}, fault="redirect_loop"),
        "cross-host": Route(status=302, headers={"Location": f"{trap.url}tin-tuc/bi-mat.html"}, fault="cross_host_redirect"),
        "private": Route(status=302, headers={"Location": f"http://localhost:{trap.port}/admin"}, fault="private_redirect"),
        "other-port": Route(status=302, headers={"Location": f"{same_host_trap.url}tin-tuc/a.html"}, fault="other_port_redirect"),
        "file": Route(status=302, headers={"Location": "file:///etc/passwd"}, fault="file_redirect"),
        "oversize": Route(fault="oversize_declared"),
        "oversize-chunked": Route(fault="oversize_chunked"),
        "gzip-bomb": Route(lambda: bomb("gzip"), headers={"Content-Encoding": "gzip"}, fault="gzip_bomb"),
        "gzip-garbage": Route(b"\x1f\x8b\x08\x00" + rng.randbytes(3000), headers={"Content-Encoding": "gzip"}, fault="gzip_garbage"),
        "deflate-garbage": Route(rng.randbytes(3000), headers={"Content-Encoding": "deflate"}, fault="deflate_garbage"),
        "5xx": Route(b"error", status=rng.choice([500, 502, 503]), fault="5xx"),
    }
    paths = []
    for name, route in faults.items():
        if name.startswith("drip") or name == "hang":
            if index % 2:  # slow faults on half of the portals: they each hold a slot for seconds
                continue
        path = f"/tin-tuc/{name}.html"
        portal.routes[path] = route
        if not name.startswith("loop-b"):
            paths.append(path)
    # links straight to the traps, and a sitemap bomb, garbage and an entity bomb
    portal.routes["/robots.txt"] = Route(
        f"User-agent: *\nAllow: /\nSitemap: {portal.url}sitemap-bomb.xml.gz\nSitemap: {portal.url}sitemap-garbage.xml.gz\n"
        f"Sitemap: {portal.url}sitemap-lol.xml\nSitemap: {trap.url}sitemap.xml\n".encode(), "text/plain")
    portal.routes["/sitemap-bomb.xml.gz"] = Route(lambda: bomb("sitemap"), "application/x-gzip", fault="gzip_sitemap_bomb")
    portal.routes["/sitemap-garbage.xml.gz"] = Route(b"\x1f\x8b\x08\x00" + rng.randbytes(5000), "application/x-gzip", fault="gzip_sitemap_garbage")
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
           '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&f;</loc></url></urlset>')
    portal.routes["/sitemap-lol.xml"] = Route(lol.encode(), "application/xml", fault="xml_entity_bomb")
    return paths


ROBOTS_FAULTS = ("500", "503", "hang", "garbage", "huge", "reset", "loop")


def robots_portal(portal: Portal, kind: str, rng: random.Random) -> None:
    article = Known("Bài trên cổng có robots.txt hỏng", recent_date(rng), [paragraphs(rng)])
    portal.routes["/tin-tuc/bai-viet-1.html"] = Route(article.html())
    publish_site(portal, ["/tin-tuc/bai-viet-1.html"], rng)
    portal.routes["/robots.txt"] = {
        "500": Route(b"oops", status=500, fault="robots_5xx"),
        "503": Route(b"busy", status=503, fault="robots_5xx"),
        "hang": Route(b"User-agent: *\nAllow: /\n", fault="robots_hang"),
        "garbage": Route(rng.randbytes(20_000), "text/plain", fault="robots_garbage"),
        "huge": Route(("User-agent: *\n" + "".join(f"Disallow: /x{i}/\n" for i in range(300_000))).encode(), "text/plain", fault="robots_huge"),
        "reset": Route(b"User-agent: *\nDisallow: /private/\n" * 200, "text/plain", fault="reset_robots"),
        "loop": Route(status=302, headers={"Location": "/robots.txt"}, fault="robots_redirect_loop"),
    }[kind]


def write_portals_csv(path: Path, portals: list[Portal]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "name"])
        for portal in portals:
            writer.writerow([portal.url, portal.name])
    return path


# --------------------------------------------------------------------------- edits between runs


def edit_articles(world: World, count: int) -> list[str]:
    """Serve a new version of `count` known articles and re-shape one near-duplicate cluster;
    returns the edited paths (the kill trigger watches for them)."""
    rng = world.rng
    by_url = {canonical_url(p.url.rstrip("/") + path): (p, path) for p in world.portals for path in p.routes}
    edited = []
    for url in rng.sample(sorted(u for u in world.known if u in by_url), min(count, len(world.known))):
        article = world.known[url]
        text = article.versions[-1][:]
        text[rng.randrange(len(text))] = " ".join(sentence(rng) for _ in range(2))
        article.versions.append(text)
        portal, path = by_url[url]
        serve_known(portal, path, article)
        edited.append(path)
    if world.clusters:
        cluster = rng.choice(world.clusters)
        url = rng.choice(cluster)
        article = world.known[url]
        others = [world.known[u].versions[-1] for u in cluster if u != url]
        # away from its cluster (a new story) or back into it (a copy of a sibling)
        text = paragraphs(rng) if rng.random() < 0.5 or not others else others[0][:] + [sentence(rng)]
        article.versions.append(text)
        portal, path = by_url[url]
        serve_known(portal, path, article)
        edited.append(path)
    return edited


# --------------------------------------------------------------------------- crawls and checks


@dataclass
class Run:
    returncode: int | None
    killed: bool
    seconds: float
    stderr: str
    stdout: str


def crawl_command(portals_csv: Path, db: Path) -> list[str]:
    command = [sys.executable, "-m", "crawler", "crawl", "--portals", str(portals_csv), "--db", str(db)]
    for key, value in SETTINGS.items():
        command += ["--set", f"{key}={value}"]
    return command


def start_crawl(portals_csv: Path, db: Path, log_dir: Path, name: str) -> tuple[subprocess.Popen, Path, Path]:
    out, err = log_dir / f"{name}.out", log_dir / f"{name}.err"
    env = {**os.environ, "PORTAL_ARCHIVE_ALLOW_PRIVATE": "1", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(crawl_command(portals_csv, db), cwd=REPO, env=env, stdout=out.open("w"),
                               stderr=err.open("w"), start_new_session=True)
    return process, out, err


def session_pids(session: int) -> list[int]:
    """Processes still alive in a crawl's session (its extraction workers, after a kill -9 of the crawl)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":  # fields[3]: session id
            pids.append(int(entry.name))
    return pids


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def end_session(session: int, left_behind: list[str] | None = None) -> int:
    """Kill what is left of a crawl's session (only processes this script started: its extraction
    workers, seconds after a kill -9 of the crawl); returns how many were left, and describes them
    (CPU seconds used, command) in `left_behind`."""
    left = session_pids(session)
    for pid in left:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if left_behind is not None:
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                left_behind.append(f"pid {pid}: {cpu:.1f} CPU s, {command[:90]}")
            os.kill(pid, signal.SIGKILL)
        except (OSError, IndexError):
            pass
    return len(left)


def finish(process: subprocess.Popen, out: Path, err: Path, started: float, killed: bool, timeout: float) -> Run:
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        killed = True
    return Run(None if killed else process.returncode, killed, time.monotonic() - started,
               err.read_text(errors="replace"), out.read_text(errors="replace"))


def crawl(portals_csv: Path, db: Path, log_dir: Path, name: str, timeout: float = 900) -> Run:
    started = time.monotonic()
    process, out, err = start_crawl(portals_csv, db, log_dir, name)
    run = finish(process, out, err, started, False, timeout)
    time.sleep(2)
    end_session(process.pid)
    return run


LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[([^\]]+)\] (\w+):")
PROJECT_CODE = re.compile(r'File "[^"]*/(crawler|spiders|archive)/[^"]*"')


def tracebacks(stderr: str) -> list[tuple[str, str, bool, bool]]:
    """Every traceback in a crawl's stderr: (logger of the record before it; its exception line;
    whether a frame is the project's own code; whether nothing was logged after it)."""
    found, logger, block = [], "uncaught", None
    lines = stderr.splitlines()
    for number, line in enumerate(lines + [""]):
        record = LOG_RECORD.match(line)
        if block is not None and (record or number == len(lines)):
            exception = next((l for l in reversed(block) if l and not l.startswith(" ")), "?")
            found.append((logger, exception.strip()[:160], bool(PROJECT_CODE.search("\n".join(block))), not record))
            block = None
        if record:
            logger = record.group(1)
        elif line.startswith("Traceback (most recent call last)") and block is None:
            block = []
        elif block is not None:
            block.append(line)
    return found


def crash_of(run: Run) -> str | None:
    """A crash: the crawl exited with an uncaught Python traceback, or with a status other than 0/1,
    not by our kill."""
    if run.killed:
        return None
    uncaught = [t for t in tracebacks(run.stderr) if t[3]]  # nothing logged after it
    if uncaught and run.returncode != 0:
        return f"exit {run.returncode}, uncaught {uncaught[-1][1]}"
    if run.returncode not in (0, 1):
        return f"exit status {run.returncode}: {run.stderr.strip().splitlines()[-1:]}"
    return None


def tables(conn: sqlite3.Connection) -> dict[str, str]:
    return {name: sql or "" for name, sql in conn.execute("select name, sql from sqlite_master where type='table'")}


def search_table(conn: sqlite3.Connection) -> str | None:
    """The table holding each article's searchable copy (its name may change): a plain table with an
    article_id column and 'search' in its name, else None."""
    for name, sql in tables(conn).items():
        if "search" in name and "virtual" not in sql.lower():
            columns = {row[1] for row in conn.execute(f"pragma table_info([{name}])")}
            if "article_id" in columns:
                return name
    return None


def cluster_problems(conn: sqlite3.Connection, names: dict[str, str]) -> list[str]:
    """archive.dedup's invariant: every member of a story points at the story's original, which points
    nowhere, and both ends of every near-duplicate link belong to the same story."""
    problems = []
    chained = conn.execute("select count(*) from articles a join articles o on o.id = a.duplicate_of "
                           "where o.duplicate_of is not null or a.duplicate_of = a.id").fetchone()[0]
    if chained:
        problems.append(f"{chained} articles point at an article that is not an original")
    if "near_duplicate_links" in names:
        split = conn.execute("select count(*) from near_duplicate_links l join articles a on a.id = l.article_id "
                             "join articles b on b.id = l.other_id "
                             "where coalesce(a.duplicate_of, a.id) != coalesce(b.duplicate_of, b.id)").fetchone()[0]
        if split:
            problems.append(f"{split} near-duplicate links join articles of different stories")
    return problems


def integrity_problems(db: Path) -> list[str]:
    """Integrity, foreign keys, FTS index, and every article with its HTML, search and URL rows."""
    if not db.exists():
        return []
    problems = []
    conn = sqlite3.connect(db, timeout=30)
    try:
        result = [r[0] for r in conn.execute("pragma integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:3]}")
        fk = conn.execute("pragma foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {len(fk)} rows, e.g. {fk[:3]}")
        names = tables(conn)
        if "articles" not in names:
            return problems
        search = search_table(conn)
        needs = [("article_html", "article_id"), ("article_urls", "article_id")] + ([(search, "article_id")] if search else [])
        for table, column in needs:
            if table not in names:
                problems.append(f"table {table} missing")
                continue
            missing = conn.execute(f"select count(*) from articles a where not exists "
                                   f"(select 1 from [{table}] t where t.[{column}] = a.id)").fetchone()[0]
            if missing:
                problems.append(f"{missing} articles without a row in {table}")
        # schema 2 keeps no copy: an external-content FTS5 index over articles (its own
        # integrity-check below compares it with the articles)
        indexed = any(re.search(r"using\s+fts5\(.*content\s*=\s*'?articles\b", sql, re.I | re.S) for sql in names.values())
        if search is None and not indexed:
            problems.append("no search table found")
        problems += cluster_problems(conn, names)
        for name, sql in names.items():
            if re.search(r"using\s+fts[45]", sql, re.I):
                try:
                    conn.execute(f"insert into [{name}]([{name}]) values('integrity-check')")
                except sqlite3.DatabaseError as error:
                    problems.append(f"{name} integrity-check: {error}")
        conn.rollback()
    except sqlite3.DatabaseError as error:
        problems.append(f"database error: {error}")
    finally:
        conn.close()
    return problems


def article_ids(db: Path) -> set[int]:
    if not db.exists():
        return set()
    conn = sqlite3.connect(db, timeout=30)
    try:
        if "articles" not in tables(conn):
            return set()
        return {row[0] for row in conn.execute("select id from articles")}
    finally:
        conn.close()


def normalise(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def stored_texts(db: Path, world: World) -> tuple[list[str], list[str]]:
    """(known articles stored with a text never served for their URL, known articles not stored at all)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        stored = conn.execute("select u.url, a.text from article_urls u join articles a on a.id = u.article_id").fetchall()
    finally:
        conn.close()
    wrong, seen = [], set()
    for url, text in stored:
        key = canonical_url(url)
        article = world.known.get(key)
        if article is None or key in seen:
            continue
        seen.add(key)
        if normalise(text) not in {normalise("\n".join(v)) for v in article.versions}:
            wrong.append(key)
    return wrong, sorted(set(world.known) - seen)


def variant(article: Known) -> str:
    return (f"{article.encoding}{'' if article.header_charset else ' (meta only)'}"
            f"{f', inside {article.nesting} divs' if article.nesting else ''}")


def largest_gap(portal: Portal, since: float) -> tuple[float, float, int, float]:
    """(largest gap between consecutive requests, duration, requests, moment the gap began) since a moment."""
    times = sorted(t for t, _ in portal.requests if t >= since)
    if len(times) < 2:
        return 0.0, 0.0, len(times), since
    gap, began = max((b - a, a) for a, b in zip(times, times[1:]))
    return gap, times[-1] - times[0], len(times), began


def asked_around(world: World, began: float, gap: float) -> list[str]:
    """What the other portals were asked just before and during a stall of the healthy one."""
    return [f"{portal.name}{path} at {t - began:+.1f}s" for portal in world.portals if portal is not world.healthy
            for t, path in list(portal.requests) if began - 3 <= t <= began + gap]


# --------------------------------------------------------------------------- the soak


@dataclass
class Tally:
    crashes: list[str] = field(default_factory=list)
    logged: Counter = field(default_factory=Counter)  # (logger, exception, in project code) -> times logged
    moments: Counter = field(default_factory=Counter)  # kills by moment
    left_behind: list[str] = field(default_factory=list)  # processes of killed crawls still alive a run later
    integrity: list[str] = field(default_factory=list)
    lost: int = 0
    kills: int = 0
    worker_kills: int = 0
    orphans: int = 0
    runs: int = 0


def check_run(run: Run, name: str, tally: Tally) -> None:
    tally.runs += 1
    for logger, exception, ours, _ in tracebacks(run.stderr):
        tally.logged[(logger, exception, ours)] += 1
    crash = crash_of(run)
    if crash:
        tally.crashes.append(f"{name}: {crash}")


def requests_since(world: World, mark: float, paths: set[str] | None = None) -> int:
    return sum(1 for portal in world.portals for t, path in list(portal.requests)
               if t >= mark and (paths is None or path in paths))


def worker_pids(pid: int) -> list[int]:
    """The crawl's extraction workers: processes below it other than its direct multiprocessing
    helpers (resource tracker, fork server; pebble's workers are forked by the latter)."""
    workers, stack = [], children(pid)
    while stack:
        child = stack.pop()
        stack += children(child)
        try:
            helper = b"multiprocessing" in Path(f"/proc/{child}/cmdline").read_bytes() and child in children(pid)
        except OSError:
            continue
        if not helper:
            workers.append(child)
    return workers


KILL_MODES = ("startup", "timer", "timer", "update", "update", "worker")


def wait_and_kill(process: subprocess.Popen, world: World, mark: float, mode: str, edited: set[str],
                  rng: random.Random, tally: Tally) -> tuple[bool, str]:
    """Wait for the moment `mode` picks, then kill -9 the crawl; False when it exited first.

    startup: within 2.5 s of the start (imports, schema, lock); timer: up to 5 s after the
    crawl's first request; update: just after its n-th request for an article edited since
    the last run (the kill lands in the re-extraction, the update or the dedup re-pointing);
    worker: an extraction worker first, the crawl a few seconds later.  Returns (killed, the moment)."""
    nth, delay = rng.randint(1, 6), rng.uniform(0, 5)
    first = None
    while process.poll() is None and time.monotonic() < mark + 90:
        now = time.monotonic()
        if mode == "startup":
            if now >= mark + delay / 2:
                break
        elif first is None:
            first = now if requests_since(world, mark) else None
        elif mode == "timer" and now >= first + delay:
            break
        elif mode == "update" and requests_since(world, mark, edited) >= nth:
            time.sleep(rng.uniform(0, 0.4))
            mode = "update: after an edited article was fetched"
            break
        elif mode == "update" and now >= first + 8:
            mode = "update: none fetched, timer"
            break
        elif mode == "worker" and now >= first + delay:
            workers = worker_pids(process.pid)
            if workers:
                os.kill(rng.choice(workers), signal.SIGKILL)
                tally.worker_kills += 1
            mode, first, delay = "timer", now, rng.uniform(1, 4)
        time.sleep(0.02)
    if process.poll() is not None:
        return False, mode
    os.kill(process.pid, signal.SIGKILL)
    return True, mode


def kill_loop(world: World, portals_csv: Path, db: Path, log_dir: Path, kills: int, tally: Tally, rng: random.Random) -> None:
    k, previous = 0, None
    while tally.kills < kills and k < kills * 2:
        edited = set(edit_articles(world, rng.randint(2, 8))) if k else set()
        before = article_ids(db)
        mark = time.monotonic()
        name = f"kill-{k:03d}"
        process, out, err = start_crawl(portals_csv, db, log_dir, name)
        mode = rng.choice(KILL_MODES) if edited else "timer"
        killed, mode = wait_and_kill(process, world, mark, mode, edited, rng, tally)
        tally.kills += killed
        tally.moments[mode] += killed
        run = finish(process, out, err, mark, killed, 60)
        # the workers of the previous crawl had a whole run to notice their parent died
        if previous is not None:
            tally.orphans += end_session(previous, tally.left_behind)
        previous = process.pid
        check_run(run, name, tally)
        problems = integrity_problems(db)
        lost = before - article_ids(db)
        tally.lost += len(lost)
        if lost:
            problems.append(f"{len(lost)} articles lost, ids {sorted(lost)[:5]}")
        tally.integrity += [f"after {name} ({mode}): {p}" for p in problems]
        print(f"  {name}: {'killed' if killed else f'exited {run.returncode}'} after {run.seconds:.1f}s ({mode}), "
              f"{len(article_ids(db))} articles{', PROBLEMS: ' + '; '.join(problems) if problems else ''}", flush=True)
        k += 1
    if previous is not None:
        time.sleep(5)
        tally.orphans += end_session(previous)


def stall_by_kind(seed: int, per_kind: int, healthy_articles: int, workdir: Path,
                  kinds: tuple[str, ...] = HOSTILE_KINDS) -> None:
    """Which kind of hostile page stalls other portals: the healthy portal crawled beside a portal
    holding only pages of one kind, kind by kind (--stall-by-kind)."""
    rng = random.Random(seed)
    healthy = Portal("127.0.0.2", "healthy", latency=0.05)
    known: dict[str, Known] = {}
    paths = []
    for i in range(healthy_articles):
        path = f"/tin-tuc/bai-viet-{i + 1}.html"
        add_known(known, healthy, path, Known(f"{sentence(rng)[:60]} {i}", recent_date(rng), [paragraphs(rng)]))
        paths.append(path)
    publish_site(healthy, paths, rng)
    logs = workdir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        mark = time.monotonic()
        crawl(write_portals_csv(workdir / "healthy.csv", [healthy]), workdir / "alone.db", logs, "alone")
        baseline = largest_gap(healthy, mark)[0]
        print(f"healthy portal alone: largest gap {baseline:.2f}s")
        for n, kind in enumerate(HOSTILE_KINDS):
            if kind not in kinds:
                continue
            other = Portal(f"127.0.0.{3 + n}", kind)
            other_paths = []
            for i in range(per_kind):
                body, content_type = hostile_page(rng, kind, i)
                other.routes[f"/tin-tuc/{kind}-{i + 1}.html"] = Route(body, content_type)
                other_paths.append(f"/tin-tuc/{kind}-{i + 1}.html")
            publish_site(other, other_paths, rng)
            mark = time.monotonic()
            run = crawl(write_portals_csv(workdir / f"{kind}.csv", [other, healthy]), workdir / f"{kind}.db", logs, kind)
            gap, took, asked, began = largest_gap(healthy, mark)
            culprits = [path for t, path in other.requests if began - 3 <= t <= began]
            print(f"  {kind:10} stall {max(0.0, gap - baseline):5.2f}s (largest gap {gap:.2f}s, healthy crawl {took:.1f}s, "
                  f"run {run.seconds:.0f}s); asked of the {kind} portal in the 3 s before: {culprits[-4:]}", flush=True)
            other.close()
    finally:
        healthy.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="hostile pages to generate (default 1000)")
    parser.add_argument("--kills", type=int, default=100, help="kill -9 of crawls (default 100)")
    parser.add_argument("--known", type=int, default=30, help="known articles per hostile portal (default 30)")
    parser.add_argument("--healthy", type=int, default=100, help="articles of the healthy portal (default 100)")
    parser.add_argument("--portals", type=int, default=6, help="hostile portals (default 6)")
    parser.add_argument("--seed", type=int, default=20250701)
    parser.add_argument("--workdir", type=Path, help="keep archives and crawl logs here (default: a temporary folder)")
    parser.add_argument("--max-stall", type=float, default=1.0, help="goal for the stall, in seconds")
    parser.add_argument("--stall-by-kind", type=int, metavar="N",
                        help="instead: measure the stall beside N pages of each hostile kind, kind by kind")
    parser.add_argument("--stall-only", action="store_true",
                        help="only the stall part: the healthy portal alone, then beside the hostile ones; no kills")
    parser.add_argument("--kinds", default=",".join(HOSTILE_KINDS),
                        help="with --stall-by-kind: which kinds, comma-separated (default: all)")
    args = parser.parse_args(argv)
    if args.stall_by_kind:
        stall_by_kind(args.seed, args.stall_by_kind, args.healthy, args.workdir or Path(tempfile.mkdtemp(prefix="soak-")),
                      tuple(args.kinds.split(",")))
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="soak-"))
    workdir.mkdir(parents=True, exist_ok=True)
    logs = workdir / "logs"
    logs.mkdir(exist_ok=True)
    rng = random.Random(args.seed + 1)
    started = time.monotonic()
    print(f"soak: {args.pages} hostile pages on {args.portals} portals, {args.kills} kills; work in {workdir}", flush=True)
    world = build_world(args.seed, args.pages, args.known, args.portals, args.healthy)
    tally = Tally()
    try:
        healthy_csv = write_portals_csv(workdir / "healthy.csv", [world.healthy])
        all_csv = write_portals_csv(workdir / "all.csv", [*world.hostile, *world.robots, world.healthy])

        # 1. stall: the healthy portal alone, then beside the hostile ones
        mark = time.monotonic()
        alone = crawl(healthy_csv, workdir / "alone.db", logs, "alone")
        check_run(alone, "alone", tally)
        gap_alone, took_alone, asked_alone, _ = largest_gap(world.healthy, mark)
        print(f"healthy alone: {alone.seconds:.1f}s, {asked_alone} requests, largest gap {gap_alone:.2f}s", flush=True)
        mark = time.monotonic()
        mixed = crawl(all_csv, workdir / "mixed.db", logs, "mixed")
        check_run(mixed, "mixed", tally)
        gap_mixed, took_mixed, asked_mixed, began = largest_gap(world.healthy, mark)
        around = asked_around(world, began, gap_mixed)
        print(f"healthy beside hostile: {took_mixed:.1f}s of a {mixed.seconds:.1f}s run, {asked_mixed} requests, "
              f"largest gap {gap_mixed:.2f}s; exit {mixed.returncode}", flush=True)
        stall = max(0.0, gap_mixed - gap_alone)
        tally.integrity += [f"mixed run: {p}" for p in integrity_problems(workdir / "mixed.db")]
        wrong_mixed, missing_mixed = stored_texts(workdir / "mixed.db", world)
        if args.stall_only:
            print(f"stall {stall:.2f}s; requests to the other portals around the gap: {around[-12:]}")
            return 0 if stall <= args.max_stall else 1

        # 2. kills, with edits between runs, on a fresh archive
        db = workdir / "killed.db"
        kill_loop(world, all_csv, db, logs, args.kills, tally, rng)

        # 3. a clean run completes, and the archive holds the right text
        final = crawl(all_csv, db, logs, "final")
        check_run(final, "final", tally)
        if final.returncode != 0:
            tally.crashes.append(f"final clean run exited {final.returncode}: {final.stdout.strip().splitlines()[-3:]}")
        tally.integrity += [f"after the final run: {p}" for p in integrity_problems(db)]
        wrong_final, missing_final = stored_texts(db, world)

        generated = {(p.url, path) for p in world.portals for path in p.routes}
        asked = {(p.url, path.split("#")[0]) for p in world.portals for _, path in p.requests}
        tried_hostile = len(world.hostile_pages & asked)
        tried = len(generated & asked)
        faults = Counter()
        for portal in [*world.portals, world.trap, *world.extra_traps]:
            faults.update(portal.faults)
        leaks = [path for portal in [world.trap, *world.extra_traps] for _, path in portal.requests]
    finally:
        world.close()

    wrong = sorted(set(wrong_mixed) | set(wrong_final))
    rows = [
        ("pages tried", f"{tried} ({tried_hostile} of {len(world.hostile_pages)} hostile)", True),
        ("faults injected", f"{sum(faults.values())}", True),
        ("kills", f"{tally.kills} (+{tally.worker_kills} extraction workers)", tally.kills >= args.kills * 0.9),
        ("crashes", str(len(tally.crashes)), not tally.crashes),
        ("rows lost", str(tally.lost), tally.lost == 0),
        ("integrity failures", str(len(tally.integrity)), not tally.integrity),
        ("pages stored with wrong text", str(len(wrong)), not wrong),
        ("out-of-scope requests", str(len(leaks)), not leaks),
        # every traceback a crawl logs is a bug or a fault without its clear one-line error
        ("tracebacks logged", f"{sum(tally.logged.values())} ({sum(n for (_, _, ours), n in tally.logged.items() if ours)} "
                              f"in project code)", not tally.logged),
        ("max stall (s)", f"{stall:.2f}", stall <= args.max_stall),
    ]
    print()
    print(f"{'':32} {'value':>30}  goal")
    for name, value, met in rows:
        print(f"{name:32} {value:>30}  {'ok' if met else 'MISSED'}")
    print()
    print(f"faults by kind: {dict(sorted(faults.items()))}")
    print(f"kills by moment: {dict(tally.moments.most_common())}")
    known = len(world.known)
    print(f"known articles stored: {known - len(missing_mixed)}/{known} in the uninterrupted mixed run, "
          f"{known - len(missing_final)}/{known} after the kills and the final run")
    print(f"known articles not stored, by page variant (final archive): "
          f"{dict(Counter(variant(world.known[u]) for u in missing_final))}; all variants: "
          f"{dict(Counter(variant(a) for a in world.known.values()))}")
    for (logger, exception, ours), runs in tally.logged.most_common():
        print(f"  logged traceback{' IN PROJECT CODE' if ours else ''} ({runs} times): [{logger}] {exception}")
    print(f"healthy portal: largest request gap {gap_alone:.2f}s alone, {gap_mixed:.2f}s beside hostile portals; "
          f"crawl {took_alone:.1f}s alone, {took_mixed:.1f}s beside (ratio {took_mixed / took_alone if took_alone else 0:.2f})")
    print(f"requests to the other portals around the healthy portal's largest gap: {around[-12:]}")
    print(f"crawl runs: {tally.runs}; processes of a killed crawl still alive when the next crawl ended: {tally.orphans}")
    for title, items in (("left behind", tally.left_behind), ("crashes", tally.crashes), ("integrity", tally.integrity), ("wrong text", wrong), ("out of scope", leaks)):
        for item in items[:10]:
            print(f"  {title}: {item}")
    print(f"soak took {time.monotonic() - started:.0f}s; crawl logs in {logs}")
    return 0 if all(met for _, _, met in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
