"""One crawl per archive at a time: an advisory lock beside the database file.

flock is released by the kernel when the holder dies, so a lock left by a
crashed or killed run never blocks the next one (no stale-lock cleanup needed).
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class CrawlLocked(Exception):
    """Another crawl holds the archive."""


@contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[Path]:
    path = Path(f"{db_path}.lock")
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise CrawlLocked(f"another crawl is already running on {db_path} (pid {holder}); exiting") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield path
    finally:
        handle.close()
