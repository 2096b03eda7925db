"""Database round trips per incoming message, by kind, on SQLite and on PostgreSQL.

Run: `.venv/bin/python benchmarks/bench_roundtrips.py [--url postgresql://…] [--repeat N]`
(about a minute). The real VK app (`create_app`: store, planner, sender, update pipeline)
runs against the local VK-compatible server (tests/e2e/vk_server.py); each update goes
through `PipelineBot.process_event`, the path the webhook's POST takes, including the
"handled" mark, the replies and their outbox rows. Ten students (and the partner) write
first, so the figures are the steady state of a running worker (a person's first message
since the worker started also stores what their app can show). Without --url a throwaway PostgreSQL
cluster is started from Debian's binaries (tests/pg_server.py). The counting wrapper is
benchmarks/roundtrips.py: SQLite round trips are hand-offs to aiosqlite's thread (and the
statements SQLite ran), PostgreSQL's are asyncpg calls that wait for the server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.roundtrips import KINDS, RoundTrips, kind_update, partner_save, small_school
from bot.config import Settings
from bot.core.ports import FixedClock
from bot.transports.vk.app import VkApp, create_app
from bot.transports.vk.limiter import RetryPolicy
from tests.e2e.vk_server import FakeVK

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 14, 10, 0, tzinfo=TZ)  # a Monday, 10:00 at school
FAST_RETRY = RetryPolicy(attempts=3, first_delay=0.01, max_delay=0.05)


async def measure(db: str | Path, repeat: int, counter: RoundTrips) -> dict[str, float]:
    """Mean round trips per message of each kind against the store at `db`."""
    vk = FakeVK()
    await vk.start()
    settings = Settings(
        db_path=Path(db) if not str(db).startswith("postgres") else Path("unused.db"),
        db_url=str(db) if str(db).startswith("postgres") else None,
        tz=TZ,
        vk_token="test-token",
        vk_api_url=f"{vk.base_url}/method/",
        vk_secret="s3cret",
        school_name="Гимназия",
    )
    app = await create_app(settings, clock=FixedClock(NOW), retry=FAST_RETRY)
    try:
        ids = await small_school(app.store, NOW)
        await counter.trace(app.store)
        result: dict[str, float] = {}
        for kind in (*KINDS, "partner_save"):
            for n in range(10):  # warm: templates, statements, the 10 people, their apps
                await one(app, vk, kind, n, ids)
            counts = []
            for n in range(10, 10 + repeat):
                if kind == "partner_save":  # the draft first, uncounted; then count «да»
                    await app.bot.process_event(kind_update(vk, "partner_event", n, ids))
                update = (
                    partner_save(vk) if kind == "partner_save" else kind_update(vk, kind, n, ids)
                )
                counts.append(await counter.per_call(lambda u=update: app.bot.process_event(u)))
            result[kind] = sum(c[0] for c in counts) / repeat
            result[f"{kind}/statements"] = sum(c[1] for c in counts) / repeat
        return result
    finally:
        await app.close()
        await vk.stop()


async def one(app: VkApp, vk: FakeVK, kind: str, n: int, ids: dict[str, Any]) -> None:
    if kind == "partner_save":
        await app.bot.process_event(kind_update(vk, "partner_event", n, ids))
        await app.bot.process_event(partner_save(vk))
        return
    await app.bot.process_event(kind_update(vk, kind, n, ids))


@contextlib.asynccontextmanager
async def postgres(url: str | None) -> AsyncIterator[str]:
    """`url`, or a throwaway cluster's (deleted afterwards)."""
    if url is not None:
        yield url
        return
    from tests.pg_server import PgCluster, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("no PostgreSQL binaries: apt-get install postgresql, or pass --url")
    cluster = PgCluster(bin_dir)
    cluster.start()
    try:
        yield cluster.url()
    finally:
        cluster.stop()


async def main(url: str | None, repeat: int) -> None:
    counter = RoundTrips()
    counter.install()
    with tempfile.TemporaryDirectory() as folder:
        sqlite = await measure(Path(folder) / "bench.db", repeat, counter)
    async with postgres(url) as pg_url:
        pg = await measure(pg_url, repeat, counter)
    print(f"{'message':<15} {'sqlite trips':>12} {'(statements)':>12} {'postgresql trips':>17}")
    for kind in (*KINDS, "partner_save"):
        print(
            f"{kind:<15} {sqlite[kind]:>12.1f} {sqlite[kind + '/statements']:>12.1f}"
            f" {pg[kind]:>17.1f}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway one)")
    parser.add_argument("--repeat", type=int, default=20, help="messages measured per kind")
    args = parser.parse_args()
    asyncio.run(main(args.url, args.repeat))
