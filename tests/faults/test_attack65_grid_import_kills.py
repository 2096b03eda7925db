"""Attack 65, #1: SIGKILL the real `python -m bot import FILE` while it saves a quarter-grid
plan (files60's `period_grid`: «Направление | I четверть | … | IV четверть», several events
written out in each cell), at seeded random moments over a whole run's length. The database
must hold all of the plan or none of it, and a second run must complete it exactly once
(the same events as an undisturbed run: no cell part lost, none doubled). Both backends.
A held attack (green without a fix); tests/faults/test_import_kills.py does the same for a
flat .csv plan.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.storage import open_store
from tests.faults.db import Db, value
from tests.faults.scenarios import TZ
from tests.faults.test_import_kills import PARTNER, killed_after, run_to_the_end
from tests.integration.conftest import create_database, pg_cluster
from tests.pg_server import PgCluster
from tests.plan_makers import xlsx

__all__ = ["pg_cluster"]

DIRECTIONS = 30
KILLS = 4
QUARTER_MONTHS = {1: (9, 10), 2: (11, 12), 3: (1, 2), 4: (4, 5)}
WORDS = ("Шахматы", "Робототехника", "Хор", "Театр", "Волейбол", "Экология")


def write_grid(path: Path) -> None:
    """A plan of DIRECTIONS rows × 4 quarters, three events on lines of each cell."""
    rows: list[list[str | None]] = [
        ["План воспитательной работы на 2098-2099 учебный год", None, None, None, None],
        ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"],
    ]
    for r in range(DIRECTIONS):
        row: list[str | None] = [f"Направление {r + 1}"]
        for quarter, (first, second) in QUARTER_MONTHS.items():
            parts = [
                f"{WORDS[(r + k) % len(WORDS)]} {1 + (r + 7 * k) % 28}."
                f"{first if k % 2 else second:02d} в {9 + (quarter + k) % 8}:00, 9 кл."
                for k in range(3)
            ]
            row.append("\n".join(parts))
        rows.append(row)
    path.write_bytes(xlsx({"План": rows}, {"План": ["A1:E1"]}))


def state(db: Db) -> tuple[int, int, int]:
    """(the new partner's rows, events, distinct (title, start) pairs) stored in `db`."""
    orgs = value(db, "SELECT count(*) FROM organisations WHERE name = ?", (PARTNER,))
    events = value(db, "SELECT count(*) FROM events")
    pairs = value(db, "SELECT count(*) FROM (SELECT DISTINCT title, starts_at FROM events) t")
    return int(orgs), int(events), int(pairs)


async def trials(make: Callable[[], Awaitable[Db]], tmp_path: Path) -> list[str]:
    plan = tmp_path / "plan.xlsx"
    write_grid(plan)
    reference = await make()
    began = time.monotonic()
    await run_to_the_end(reference, plan)
    whole = time.monotonic() - began
    full = state(reference)
    assert full[1] >= 3 * DIRECTIONS * 3, full  # most cell parts are ahead and saved
    assert full[1] == full[2], full
    broken: list[str] = []
    rng = random.Random(65)
    for _ in range(KILLS):
        moment = rng.uniform(0.2, 1.1) * whole
        db = await make()
        await killed_after(moment, db, plan)
        left = state(db)
        if left not in ((0, 0, 0), full):
            broken.append(f"killed after {moment:.2f} s of {whole:.2f} s: {left}")
        await run_to_the_end(db, plan)  # the operator runs it again
        assert state(db) == full, moment
    return broken


async def test_a_grid_import_killed_at_any_moment_stores_all_or_nothing_on_sqlite(
    tmp_path: Path,
) -> None:
    made = iter(range(100))

    async def fresh() -> Db:
        path = tmp_path / f"plan{next(made)}.db"
        store = await open_store(path, TZ)
        await store.close()
        return path

    assert await trials(fresh, tmp_path) == []


async def test_a_grid_import_killed_at_any_moment_stores_all_or_nothing_on_postgres(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    async def fresh() -> Db:
        return pg_cluster.url(await create_database(pg_cluster))

    assert await trials(fresh, tmp_path) == []
