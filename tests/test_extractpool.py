"""The extraction pool's scheduler, on real worker processes: one portal's slow jobs never hold
another portal's fast ones."""
from __future__ import annotations

import asyncio
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.extractpool import ExtractionFailed, ExtractionPool, PoolOptions

REPO = Path(__file__).resolve().parent.parent
HEAVY = 10 * 1024 * 1024  # bytes: over heavy_bytes, so the job goes to the heavy lane


def sleeper(seconds: float) -> tuple[str, float, None]:
    """A job of known length (time.sleep needs no CPU, so a loaded machine does not stretch it)."""
    time.sleep(seconds)
    return ("slept", seconds, None)


def busy_in_c(iterations: int) -> tuple[str, int, None]:
    """A job that stays inside one C call (as lxml does on a hostile page): no Python signal
    handler runs until it returns."""
    hashlib.pbkdf2_hmac("sha256", b"portal", b"archive", iterations)
    return ("hashed", iterations, None)


def sleep(pool: ExtractionPool, seconds: float, portal: str, size: int = 1000):
    return pool.run(sleeper, (seconds,), portal, "test", size)


async def timed(job) -> float:
    started = time.monotonic()
    await job
    return time.monotonic() - started


def in_pool(scenario, **options) -> object:
    pool = ExtractionPool(PoolOptions(**{"workers": 2, "seconds": 30, **options}))

    async def run():
        await asyncio.gather(sleep(pool, 0.01, "warm-a"), sleep(pool, 0.01, "warm-b"))  # both workers up
        return await scenario(pool)

    try:
        return asyncio.run(run())
    finally:
        pool.close()


def test_a_fast_job_is_not_held_by_slow_jobs_of_other_portals():
    """A big page holds the heavy lane; a portal not yet known to be slow gets the other worker
    with a long job of a small page.  Before, that job held the healthy portal's fast jobs until
    it ended (the big page's 4 s at least); now it leaves the light lane after slow_seconds (1 s)
    and runs to its end later, in the heavy lane."""

    async def scenario(pool):
        big = asyncio.ensure_future(sleep(pool, 4, "big-pages", HEAVY))
        sneaky = asyncio.ensure_future(sleep(pool, 5, "small-slow-pages"))
        queued_behind = [asyncio.ensure_future(sleep(pool, 5, "small-slow-pages")) for _ in range(3)]
        await asyncio.sleep(0.1)
        waits = [await timed(sleep(pool, 0.05, "healthy")) for _ in range(30)]
        results = await asyncio.gather(big, sneaky)
        for job in queued_behind:
            job.cancel()
        return waits, results

    waits, results = in_pool(scenario)
    assert max(waits) < 2.5, f"the healthy portal waited {max(waits):.1f}s for a worker"
    assert sorted(waits)[len(waits) // 2] < 0.5, waits  # once the slow job is out of the way, at once
    assert [value for _, value, _ in results] == [4, 5]  # the slow job was not lost: it ran again, to its end


def test_portals_take_turns_and_a_fast_job_waits_for_at_most_one_job_of_each_other_portal():
    """Three portals with many queued jobs each: a newcomer's job runs before their queues drain."""

    async def scenario(pool):
        backlog = [asyncio.ensure_future(sleep(pool, 0.2, f"busy-{i}")) for i in range(3) for _ in range(10)]
        await asyncio.sleep(0.05)
        wait = await timed(sleep(pool, 0.05, "newcomer"))
        await asyncio.gather(*backlog)
        return wait

    wait = in_pool(scenario)
    # first come first served would make it wait for 30 jobs of 0.2 s on 2 workers (3 s)
    assert wait < 1.5, f"the newcomer waited {wait:.1f}s"


def test_a_job_over_its_bound_fails_and_the_portal_goes_on():
    async def scenario(pool):
        with pytest.raises(ExtractionFailed) as failed:
            await sleep(pool, 5, "slow")
        return failed.value.reason, await sleep(pool, 0.01, "slow")

    reason, after = in_pool(scenario, seconds=1)
    assert reason == "test-timeout" and after == ("slept", 0.01, None)


def test_stopping_a_worker_busy_in_c_code_does_not_freeze_the_pool():
    """A job over its bound inside a C call: pebble stops its worker while holding the lock all
    workers share, and waited 3 s for a Python SIGTERM handler that could not run; no other
    portal's job could start or finish meanwhile."""

    async def scenario(pool):
        stuck = asyncio.ensure_future(pool.run(busy_in_c, (2**31 - 1,), "stuck", "test", HEAVY))
        await asyncio.sleep(0.2)
        waits, until = [], time.monotonic() + 3
        while time.monotonic() < until:
            waits.append(await timed(sleep(pool, 0.05, "healthy")))
        with pytest.raises(ExtractionFailed) as failed:
            await stuck
        return waits, failed.value.reason

    waits, reason = in_pool(scenario, seconds=1)
    assert reason == "test-timeout"
    assert max(waits) < 1.5, f"the healthy portal waited {max(waits):.1f}s while a worker was stopped"


def test_heavy_jobs_use_every_worker_while_no_light_job_comes_and_give_one_back_when_one_does():
    async def scenario(pool):
        await asyncio.sleep(1.2)  # no light job for longer than slow_seconds
        started = time.monotonic()
        await asyncio.gather(*[sleep(pool, 1.0, f"big-{i}", HEAVY) for i in range(4)])
        both = time.monotonic() - started
        long_ones = [asyncio.ensure_future(sleep(pool, 3.0, f"big-{i}", HEAVY)) for i in range(2)]
        await asyncio.sleep(0.3)
        wait = await timed(sleep(pool, 0.05, "healthy"))
        return both, wait, await asyncio.gather(*long_ones)

    both, wait, results = in_pool(scenario)
    assert both < 3.5, f"4 heavy jobs of 1 s took {both:.1f}s: on the heavy lane alone they take 4 s"
    assert wait < 1.0, f"the light job waited {wait:.1f}s for the worker a heavy job borrowed"
    assert [value for _, value, _ in results] == [3.0, 3.0]  # the one stopped ran again, to its end


KILLED_CRAWL = """
import asyncio, sys, time
sys.path.insert(0, {repo!r})
from crawler.extractpool import ExtractionPool, PoolOptions
from tests.test_extractpool import sleeper

async def main():
    pool = ExtractionPool(PoolOptions(workers=2, seconds=600))
    jobs = [asyncio.ensure_future(pool.run(sleeper, (300,), f"p{{n}}", "test", 1000)) for n in range(2)]
    await asyncio.sleep(1.5)  # the workers are in their jobs
    print("ready", flush=True)
    await asyncio.sleep(300)

asyncio.run(main())
"""


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, read from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_killed_crawl_leaves_no_fork_server_or_worker_behind(tmp_path):
    # kill -9 from cron or an operator: its fork server and workers (one in a 300 s job) must go too
    crawl = subprocess.Popen([sys.executable, "-c", KILLED_CRAWL.format(repo=str(REPO))], stdout=subprocess.PIPE,
                             text=True, cwd=REPO)
    try:
        assert crawl.stdout.readline().strip() == "ready"
        below = descendants(crawl.pid)
        assert len(below) >= 3  # the fork server and two workers, at least
    finally:
        crawl.kill()
        crawl.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in below):
        time.sleep(0.1)
    assert not [p for p in below if alive(p)]
