"""Shared fixtures: sample portals on loopback, crawled once by the real CLI."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Every portal of the tests lives on loopback, which a real crawl refuses
# (crawler.scope); the tests that check the refusal unset this themselves.
os.environ["PORTAL_ARCHIVE_ALLOW_PRIVATE"] = "1"

# Loopback portals answer at once; keep robots.txt and the per-host limit.
FAST = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_START_DELAY=0.01", "--set", "AUTOTHROTTLE_MAX_DELAY=1"]


def cli(*args: str, check: bool = True, timeout: float = 600, env: dict | None = None,
        env_replace: dict | None = None) -> subprocess.CompletedProcess:
    """Run `portal-archive` as a user would, in a fresh process (env: added variables;
    env_replace: the whole environment)."""
    result = subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env_replace if env_replace is not None else {**os.environ, **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"portal-archive {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on port {port}")


@pytest.fixture(scope="session")
def sample_portals():
    from crawler.demo.server import SamplePortals

    with SamplePortals() as sites:
        yield sites


@pytest.fixture(scope="session")
def crawled(sample_portals, tmp_path_factory):
    """The sample portals crawled once into a fresh archive; (db path, CLI result, requests)."""
    tmp = tmp_path_factory.mktemp("crawl")
    portals_csv = tmp / "portals.csv"
    sample_portals.write_portals_csv(portals_csv)
    db = tmp / "archive.db"
    before = len(sample_portals.requests)
    result = cli("crawl", "--portals", str(portals_csv), "--db", str(db), *FAST)
    requests = list(sample_portals.requests)[before:]
    return db, result, requests, portals_csv


@pytest.fixture(scope="session")
def datasette_url(crawled):
    """A real Datasette (`portal-archive serve`) on the crawled archive."""
    db = crawled[0]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler", "serve", "--db", str(db), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
