"""Resilience: kill -9 mid-crawl leaves a consistent archive; broken portals stay within their budget."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler.urls import canonical_url
from tests.conftest import FAST, REPO, cli


class BadPortal:
    """A loopback portal that misbehaves: `mode` is hang | 500 | garbage | robots-deny | slow."""

    def __init__(self, mode: str, ip: str = "127.0.0.1", delay: float = 0.0, crawl_delay: float | None = None) -> None:
        self.mode, self.delay, self.crawl_delay = mode, delay, crawl_delay
        self.hits: list[tuple[float, float, str]] = []  # (start, end, path)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                start = time.monotonic()
                try:
                    owner.answer(self)
                finally:
                    owner.hits.append((start, time.monotonic(), self.path))

        self.server = ThreadingHTTPServer((ip, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{ip}:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, h: BaseHTTPRequestHandler) -> None:
        if h.path == "/robots.txt":
            rules = "Disallow: /" if self.mode == "robots-deny" else "Disallow:"
            extra = f"\nCrawl-delay: {self.crawl_delay}" if self.crawl_delay else ""
            return self.send(h, 200, f"User-agent: *\n{rules}{extra}\n".encode(), "text/plain")
        if self.mode == "hang":
            time.sleep(30)
            return
        if self.mode == "500":
            return self.send(h, 500, b"Internal Server Error", "text/plain")
        if self.mode == "garbage":
            return self.send(h, 200, os.urandom(4000), "text/html")
        time.sleep(self.delay)
        links = "".join(f'<a href="/tin/{n}.html">Tin {n}</a>' for n in range(1, 9)) if h.path == "/" else ""
        self.send(h, 200, f"<html><body><h1>Trang</h1>{links}</body></html>".encode(), "text/html; charset=utf-8")

    @staticmethod
    def send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
        except OSError:
            pass

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_kill_9_mid_crawl_leaves_archive_consistent_and_next_run_completes(tmp_path):
    from crawler.demo.server import SamplePortals

    db = tmp_path / "archive.db"
    with SamplePortals() as sites:
        portals_csv = sites.write_portals_csv(tmp_path / "portals.csv")
        slow = ["--set", "DOWNLOAD_DELAY=0.25", "--set", "AUTOTHROTTLE_ENABLED=false", "--set", "LOG_LEVEL=WARNING"]
        process = subprocess.Popen([sys.executable, "-m", "crawler", "crawl", "--portals", str(portals_csv), "--db", str(db), *slow],
                                   cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            stored = 0
            while time.monotonic() < deadline and stored < 15:
                time.sleep(0.3)
                if db.exists():
                    try:
                        stored = rows(db, "select count(*) from articles")[0][0]
                    except sqlite3.OperationalError:
                        pass
            assert stored >= 15, "the crawl stored too little before the kill"
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        expected = {canonical_url(a["url"]) for a in sites.expected_articles()}
        assert stored < len(expected), "the crawl finished before the kill: nothing tested"

        assert rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert rows(db, "PRAGMA foreign_key_check") == []
        # every stored article is whole: its HTML, its search index entry and address came with it
        assert rows(db, "select count(*) from articles a where not exists (select 1 from article_html h where h.article_id = a.id)"
                        " or not exists (select 1 from articles_fts_docsize s where s.id = a.id)"
                        " or not exists (select 1 from article_urls u where u.article_id = a.id)") == [(0,)]
        assert rows(db, "select status from crawl_runs") == [("running",)]

        result = cli("crawl", "--portals", str(portals_csv), "--db", str(db), *FAST)
        stored_urls = {u for (u,) in rows(db, "select url from article_urls")}
        missing = expected - stored_urls
        assert not missing, f"{len(missing)} articles missing after the re-run, e.g. {sorted(missing)[:3]}"
        assert rows(db, "select status from crawl_runs order by id") == [("interrupted",), ("completed",)]
        assert rows(db, "select count(*) from articles")[0][0] == len({u for (u,) in rows(db, "select url from articles")})
        assert "completed" in result.stdout


@pytest.fixture
def bad_portals():
    portals = {mode: BadPortal(mode) for mode in ("hang", "500", "garbage")}
    yield portals
    for portal in portals.values():
        portal.stop()


def test_broken_portals_do_not_stop_or_slow_the_others(tmp_path, bad_portals):
    from crawler.demo.server import SamplePortals

    db = tmp_path / "archive.db"
    with SamplePortals() as sites:
        good = sites.portals[:3]
        args = [a for p in good for a in ("--portal", p["url"])]
        args += [a for p in bad_portals.values() for a in ("--portal", p.url)]
        started = time.monotonic()
        # the 500 portal's two entry pages, each tried twice, fail 4 times: a breaker opening at 3
        # refused the last try (a request now reaches the downloader only when its host has room),
        # and the portal's figures named only the breaker, not the 5xx behind it
        result = cli("crawl", *args, "--db", str(db), *FAST, "--set", "DOWNLOAD_TIMEOUT=2", "--set", "RETRY_TIMES=1",
                     "--set", "PORTAL_ARCHIVE_BREAKER_FAILURES=4", check=False)
        seconds = time.monotonic() - started
        assert result.returncode == 0, result.stderr[-2000:]  # portal failures are reported, not fatal
        # the hanging portal costs a few 2-second timeouts, not one per link
        assert seconds < 40, f"crawl took {seconds:.0f}s"
        good_expected = {canonical_url(a["url"]) for a in sites.expected_articles() if a["portal"] in {p["url"] for p in good}}
        stored = {u for (u,) in rows(db, "select url from article_urls")}
        assert good_expected <= stored
        status = dict(rows(db, "select p.url, r.status from portal_runs r join portals p on p.id = r.portal_id"))
        assert status[bad_portals["hang"].url] == "failed"
        assert status[bad_portals["500"].url] == "failed"
        assert all(status[p["url"]] == "ok" for p in good)
        kinds = dict(rows(db, "select p.url, r.errors_by_kind from portal_runs r join portals p on p.id = r.portal_id"))
        assert "timeout" in kinds[bad_portals["hang"].url]
        assert "http_5xx" in kinds[bad_portals["500"].url]
        assert "failed portals:" in result.stdout and bad_portals["hang"].url in result.stdout


def test_legacy_tls_portal_is_crawled(tmp_path):
    """A portal that only speaks TLS 1.0 at a low security level (old .gov.vn stacks)."""
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    import datetime as dt

    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # too small for SECLEVEL 2
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "legacy.example.gov.vn")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                                         serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    warnings.simplefilter("ignore", DeprecationWarning)  # TLS 1.0 is the point here
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    context.minimum_version = ssl.TLSVersion.TLSv1
    context.maximum_version = ssl.TLSVersion.TLSv1
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    portal = BadPortal("ok")
    portal.server.socket = context.wrap_socket(portal.server.socket, server_side=True)
    url = portal.url.replace("http://", "https://")
    try:
        db = tmp_path / "archive.db"
        legacy = ["--set", 'PORTAL_ARCHIVE_LEGACY_TLS_HOSTS=["127.0.0.1"]']
        result = cli("crawl", "--portal", url, "--db", str(db), *FAST, *legacy, "--set", "DOWNLOAD_TIMEOUT=5", check=False)
        pages = [p for _, _, p in portal.hits]
        assert "/" in pages, f"no HTTPS request got through: {result.stderr[-1500:]}"
        assert result.returncode == 0
        baseline = cli("crawl", "--portal", url, "--db", str(tmp_path / "strict.db"), *FAST, "--set", "DOWNLOAD_TIMEOUT=5",
                       check=False)
        assert baseline.returncode == 1  # the same portal is unreachable for hosts not listed as legacy
    finally:
        portal.stop()
