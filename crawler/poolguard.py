"""The extraction pool's processes die with the crawl that made them (Linux).

Otherwise kill -9 of a crawl leaves its fork server and workers behind: every worker holds
the fork server's "alive" pipe open, so the fork server never sees the crawl go, and a worker
in a long job runs it to the end (its time bound was the crawl's to enforce).  Cron runs would
pile them up.  The kernel's parent-death signal ends them instead: the fork server when the
crawl dies, each worker when the fork server does.

Importing this module arms the signal for the importing process.  Only the fork server imports
it (crawler.extractpool's preload list); workers call `die_with_parent` when they start.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent() -> None:
    """SIGKILL this process when the thread that made it ends (a no-op off Linux)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the signal was armed
        os._exit(1)


die_with_parent()
