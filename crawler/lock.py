"""One crawl per archive at a time: an advisory lock beside the database file.

flock is released by the kernel when the holder dies, so a lock left by a
crashed or killed run never blocks the next one.  The holder writes its pid and
start time into the file and empties it on a clean exit; a run that gets the
lock and finds a pid there knows the previous run died, and says so.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


class CrawlLocked(Exception):
    """Another crawl holds the archive."""


@dataclass
class HeldLock:
    path: Path
    took_over: str | None = None  # message when a dead run's lock was taken over


def _holder(text: str) -> str:
    pid, _, since = text.strip().partition(" ")
    return f"pid {pid or '?'}" + (f", started {since}" if since else "")


@contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[HeldLock]:
    path = Path(f"{db_path}.lock")
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            text = handle.read().strip()
            holder = _holder(text) if text else "another process"
            raise CrawlLocked(f"another crawl is already running on {db_path} ({holder}); exiting") from None
        handle.seek(0)
        previous = handle.read().strip()
        held = HeldLock(path)
        if previous:
            held.took_over = f"taking over the lock of a crawl that did not finish ({_holder(previous)}, no longer running)"
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {datetime.now(timezone.utc).replace(microsecond=0).isoformat()}")
        handle.flush()
        try:
            yield held
        finally:
            handle.seek(0)
            handle.truncate()  # a clean exit leaves an empty file: nothing to take over
            handle.flush()
    finally:
        handle.close()
