"""SIGKILL the real `python -m bot import FILE` in the middle of a long plan.

The import named a new partner (`--partner`, or the plan's «Организатор» column) and
created it in a transaction of its own, before the events' transaction: a kill (or a
failure) in between left organisations with no events, and a run killed after the partner's
commit looked half done to the next one (ops21, attack z «Noticed, left»). The whole import
is one transaction now: killed at any moment, the database holds all of the plan (its
organisations and every event) or none of it, and a second run completes it exactly once.

Each trial starts the real process on a fresh database and kills it with SIGKILL: one the
moment the new partner becomes visible to another connection (before the fix: always an
orphan), the others at random moments over a whole run's length (seeded). Counted per
backend: how many trials were killed with nothing stored, with all of it stored, and with
anything else (must be none).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bot.storage import open_store
from tests.faults.db import Db, value
from tests.faults.scenarios import TZ
from tests.integration.conftest import create_database, pg_cluster
from tests.pg_server import PgCluster

__all__ = ["pg_cluster"]

ROOT = Path(__file__).resolve().parents[2]
ROWS = 500
PARTNER = "Новый партнёр"  # --partner: the organiser of rows that name none
COLUMN_PARTNER = "Кванториум"  # named in the plan's organiser column, every third row
RANDOM_KILLS = 5
POLL = 0.01  # seconds between looks for the partner's row


@dataclass
class Counts:
    """What each killed run left behind."""

    nothing: int = 0
    everything: int = 0
    broken: list[str] = field(default_factory=list)


def write_plan(path: Path) -> None:
    """A plan of ROWS events over the school year 2098, two new organisers."""
    lines = ["Дата;Время;Название;Классы;Место;Организатор"]
    first = date(2098, 1, 5)
    for i in range(ROWS):
        day = first + timedelta(days=i // 8)
        hour = 9 + i % 8
        organiser = COLUMN_PARTNER if i % 3 == 0 else ""
        lines.append(
            f"{day:%d.%m.%Y};{hour}:00-{hour}:45;Занятие {i};9Б;каб. {i % 30 + 1};{organiser}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def state(db: Db) -> tuple[int, int, int]:
    """(new organisations, events, distinct event titles) stored in `db`."""
    orgs = value(
        db, "SELECT count(*) FROM organisations WHERE name IN (?, ?)", (PARTNER, COLUMN_PARTNER)
    )
    events = value(db, "SELECT count(*) FROM events")
    titles = value(db, "SELECT count(DISTINCT title) FROM events")
    return int(orgs), int(events), int(titles)


async def start_import(db: Db, plan: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_DB": str(db),
        "BOT_TZ": "Europe/Kaliningrad",
        "BOT_SCHOOL": "Гимназия",
    }
    return await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot", "import", str(plan), "--partner", PARTNER),
        cwd=plan.parent,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def run_to_the_end(db: Db, plan: Path) -> None:
    process = await start_import(db, plan)
    _, err = await process.communicate()
    assert process.returncode == 0, err.decode()


async def kill(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGKILL)
    await process.wait()


async def killed_when_the_partner_shows(db: Db, plan: Path) -> None:
    process = await start_import(db, plan)
    while process.returncode is None:
        if await asyncio.to_thread(
            value, db, "SELECT count(*) FROM organisations WHERE name = ?", (PARTNER,)
        ):
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), POLL)
    await kill(process)


async def killed_after(seconds: float, db: Db, plan: Path) -> None:
    process = await start_import(db, plan)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(process.wait(), seconds)
    await kill(process)


def judge(counts: Counts, trial: str, db: Db) -> None:
    """Count what the killed run left; then a second run must complete the plan once."""
    orgs, events, _ = state(db)
    if (orgs, events) == (0, 0):
        counts.nothing += 1
    elif (orgs, events) == (2, ROWS):
        counts.everything += 1
    else:
        counts.broken.append(f"{trial}: {orgs} new organisations, {events} events")


async def trials(make: Callable[[], Awaitable[Db]], tmp_path: Path) -> Counts:
    """One reference run to the end (its length sets the random moments), then the
    trials, each on a fresh database from `make`."""
    plan = tmp_path / "plan.csv"
    write_plan(plan)
    counts = Counts()
    reference = await make()
    began = time.monotonic()
    await run_to_the_end(reference, plan)
    whole = time.monotonic() - began
    assert state(reference) == (2, ROWS, ROWS)
    rng = random.Random(21)
    moments: list[float | None] = [
        None,
        *(rng.uniform(0.2, 1.1) * whole for _ in range(RANDOM_KILLS)),
    ]
    for moment in moments:
        db = await make()
        if moment is None:
            trial = "killed when the partner showed"
            await killed_when_the_partner_shows(db, plan)
        else:
            trial = f"killed after {moment:.2f} s of {whole:.2f} s"
            await killed_after(moment, db, plan)
        judge(counts, trial, db)
        await run_to_the_end(db, plan)  # the operator runs it again
        assert state(db) == (2, ROWS, ROWS), trial  # the whole plan, each event once
    print(f"nothing {counts.nothing}, everything {counts.everything}, broken {counts.broken}")
    return counts


async def test_an_import_killed_at_any_moment_stores_all_or_nothing_on_sqlite(
    tmp_path: Path,
) -> None:
    made = iter(range(100))

    async def fresh() -> Db:
        path = tmp_path / f"plan{next(made)}.db"
        store = await open_store(path, TZ)  # migrated, as a running school's database
        await store.close()
        return path

    counts = await trials(fresh, tmp_path)
    assert counts.broken == []
    assert counts.nothing + counts.everything == RANDOM_KILLS + 1


async def test_an_import_killed_at_any_moment_stores_all_or_nothing_on_postgres(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    async def fresh() -> Db:
        return pg_cluster.url(await create_database(pg_cluster))

    counts = await trials(fresh, tmp_path)
    assert counts.broken == []
    assert counts.nothing + counts.everything == RANDOM_KILLS + 1
