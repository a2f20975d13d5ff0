"""`portals check`: is each portal answering, and where does its address lead?"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from crawler.settings import USER_AGENT


@dataclass
class ProbeResult:
    url: str
    status: int | None
    final_url: str | None
    seconds: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400

    def line(self) -> str:
        state = str(self.status) if self.status else "DOWN"
        moved = f" -> {self.final_url}" if self.final_url and self.final_url != self.url else ""
        why = f" ({self.error})" if self.error else ""
        return f"{state}\t{self.seconds:.2f}s\t{self.url}{moved}{why}"


def probe(url: str, timeout: float) -> ProbeResult:
    started = time.monotonic()
    try:
        with urlopen(Request(url, headers={"User-Agent": USER_AGENT}), timeout=timeout) as response:
            return ProbeResult(url, response.status, response.geturl(), time.monotonic() - started)
    except HTTPError as exc:
        return ProbeResult(url, exc.code, exc.geturl(), time.monotonic() - started, str(exc.reason))
    except (URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return ProbeResult(url, None, None, time.monotonic() - started, str(reason))


def probe_all(urls: list[str], timeout: float, workers: int = 16) -> list[ProbeResult]:
    """Probe many portals in parallel; results in the order given."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda u: probe(u, timeout), urls))
