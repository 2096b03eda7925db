"""Several workers on one PostgreSQL: notification-lease takeover time and the send rate per
community across worker processes (issue 14, point 2).

Run: `.venv/bin/python benchmarks/bench_workers_lease.py [--rounds 3] [--lease 3]
[--calls 60] [--workers 1 2 4]`.

A throwaway PostgreSQL cluster is started from Debian's binaries (tests/pg_server.py) and the
local VK-compatible server (tests/e2e/vk_server.py) plays VK.

1. Takeover: per round, two real `python -m bot webhook` workers share a fresh database with a
   seeded reminder fan-out (3 events × 900 students, sent at 1 call a second so the fan-out
   lasts); the lease holder is SIGKILLed inside VK's messages.send (VK delivered, the worker
   never heard). Printed: kill → first send of the other worker (bound: ttl + ttl / 3 plus the
   start of its tick), reminders lost and doubled (target 0 and 0).
2. Send rate: N worker processes each fire `--calls` messages.send at once through the API
   with the shared limiter (BOT_VK_RATE, default 16/s) and, for comparison, with each
   process's own in-process bucket (19/s + 1). Printed: the most calls VK received in any
   one-second window (VK's limit: 20), the mean rate, and the ratio to one worker.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.storage.postgres.schema import migrate
from tests.e2e.vk_server import FakeVK
from tests.faults.harness import CLOCK_START, CURATOR, reminders_received, seed_round, wait_until
from tests.faults.process import BotProcess, bot_env
from tests.pg_server import PgCluster, find_bin_dir

ROOT = Path(__file__).resolve().parents[1]

SENDER = """
import asyncio, sys
from bot.storage.postgres.send_slots import PgSendLimiter
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.limiter import TokenBucket

async def main(url, api_url, calls, shared, rate):
    limiter = await PgSendLimiter.connect(url, 4242, rate) if shared else TokenBucket()
    api = LimitedAPI("test-token", api_url=api_url, limiter=limiter)
    print("ready", flush=True)
    sys.stdin.readline()
    await asyncio.gather(*(
        api.request("messages.send", {"peer_id": 1, "random_id": 0, "message": "x"})
        for _ in range(calls)))
    await api.close()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1",
                 float(sys.argv[5])))
"""


def window_peak(stamps: list[float]) -> int:
    stamps = sorted(stamps)
    best, first = 0, 0
    for last, stamp in enumerate(stamps):
        while stamp - stamps[first] >= 1.0:
            first += 1
        best = max(best, last - first + 1)
    return best


async def new_database(cluster: PgCluster, name: str) -> str:
    admin = await asyncpg.connect(cluster.url())
    try:
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    return cluster.url(name)


async def takeover_round(cluster: PgCluster, n: int, lease: float, workdir: Path) -> str:
    db = await new_database(cluster, f"takeover_{n}")
    vk = FakeVK()
    await vk.start()
    env = {
        **bot_env(vk, db, (CURATOR,)),
        "BOT_CLOCK_START": CLOCK_START.replace(tzinfo=None).isoformat(),
        "BOT_LEASE_SECONDS": str(lease),
        "BOT_VK_RATE": "1",
    }
    workers = [BotProcess(vk, workdir / f"r{n}w{i}", env, "webhook") for i in range(2)]
    try:
        expected = await seed_round(db, 0, events=3, students=900)
        await workers[0].start()  # alone: it takes the lease and starts the fan-out
        await wait_until(lambda: vk.raw_sends >= 1, 30)
        await workers[1].start()
        killed: list[tuple[float, int]] = []

        def kill(_: dict[str, object]) -> None:
            proc = workers[0].process
            if not killed and proc is not None:
                os.kill(proc.pid, signal.SIGKILL)
                killed.append((time.monotonic(), vk.raw_sends))

        vk.on_send = kill
        await wait_until(lambda: bool(killed), 30)
        await wait_until(lambda: vk.raw_sends > killed[0][1], 60)
        after = [t for t, name, _ in vk.calls if name == "messages.send" and t > killed[0][0]]
        takeover = after[0] - killed[0][0] if after else float("nan")
        await wait_until(lambda: all(reminders_received(vk)[p] for p in expected), 120)
        got = reminders_received(vk)
        lost = sum(1 for p in expected if got[p] == 0)
        doubled = sum(n - 1 for n in got.values() if n > 1)
        return (
            f"round {n}: takeover {takeover:.2f} s (bound {lease * 4 / 3:.1f} s + tick start),"
            f" {len(expected)} reminders, lost {lost}, doubled {doubled},"
            f" VK dropped {vk.deduplicated} repeats"
        )
    finally:
        vk.on_send = None
        for worker in workers:
            await worker.stop()
        await vk.stop()


async def send_rate(
    cluster: PgCluster, processes: int, calls: int, shared: bool, rate: float
) -> tuple[int, float, float]:
    """(peak calls in a second, mean calls per second, seconds) for `processes` senders."""
    db = await new_database(cluster, f"rate_{processes}_{int(shared)}_{time.time_ns()}")
    conn = await asyncpg.connect(db)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    vk = FakeVK()
    api_url = await vk.start()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            SENDER,
            db,
            api_url,
            str(calls),
            "1" if shared else "0",
            str(rate),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        for _ in range(processes)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            await proc.stdout.readline()  # "ready": imports done, connections open
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(b"go\n")
            await proc.stdin.drain()
        for proc in procs:
            await proc.wait()
    finally:
        await vk.stop()
    stamps = [t for t, name, _ in vk.calls if name == "messages.send"]
    seconds = max(stamps) - min(stamps)
    return window_peak(stamps), (len(stamps) - 1) / seconds if seconds else 0.0, seconds


async def main(args: argparse.Namespace) -> None:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL binaries not found: apt-get install postgresql")
    cluster = PgCluster(bin_dir)
    cluster.start()
    try:
        print(f"== takeover of the notification lease (ttl {args.lease:g} s)")
        with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
            for n in range(args.rounds):
                print(await takeover_round(cluster, n, args.lease, Path(tmp)), flush=True)
        print(f"== messages.send per community, {args.calls} calls per process at once")
        for shared in (True, False):
            label = f"shared limiter {args.rate:g}/s" if shared else "own bucket per process"
            one = None
            for processes in args.workers:
                peak, mean, seconds = await send_rate(
                    cluster, processes, args.calls, shared, args.rate
                )
                one = one or mean
                print(
                    f"{label}: {processes} worker(s): peak {peak} calls in a second"
                    f" (VK allows 20), mean {mean:.1f}/s ({mean / one:.2f}x of 1),"
                    f" {seconds:.2f} s",
                    flush=True,
                )
    finally:
        cluster.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lease", type=float, default=3.0, help="BOT_LEASE_SECONDS")
    parser.add_argument("--calls", type=int, default=60)
    parser.add_argument("--rate", type=float, default=16.0, help="BOT_VK_RATE")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    asyncio.run(main(parser.parse_args()))
