"""VK's per-community request limit shared by every worker on one SQLite database.

README says a SQLite deployment runs one worker, but nothing stopped a second one (a
`docker compose up --scale bot=2`, a restart overlapping the old process): each kept its
own in-process token bucket (bot/transports/vk/limiter.py), so two workers together sent
up to twice VK's 20 requests a second per community, and VK refuses calls over it (ops21).
The same pace as on PostgreSQL (bot.storage.postgres.send_slots: the generic cell rate
algorithm, ITU-T I.371, no burst) now lives in one row per community that every API call
takes in one statement: `slot = max(next_at, now)`, `next_at = slot + 1/rate`. Slots are at
least `1/rate` seconds apart whichever worker took them. As there, a call that woke more
than `late_tolerance(rate)` after its slot (a starved event loop) takes a new slot rather
than going out in a bunch, so at most VK's 20 calls go out in any second under any load
(bot.storage.postgres.send_slots explains the bound).

The row is kept in a small SQLite file of its own beside the database (`<db>-vk-slots`), not
in the plan's file: a send never waits for another worker's plan transaction to release
the database's write lock, and the plan's schema is unchanged. It is coordination state
only (copy-db leaves it; deleting it while no worker runs loses nothing). The clock is the
machine's (`time.time`): SQLite's workers share one machine, so they share its clock.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiosqlite

from bot.transports.vk.limiter import SharedSlots, late_tolerance

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000  # a slot is taken in microseconds; a longer wait is a stuck disk

_TAKE = """
INSERT INTO vk_send_slots (group_id, next_at) VALUES (?1, ?2 + ?3)
ON CONFLICT (group_id) DO UPDATE SET next_at = max(next_at, ?2) + ?3
RETURNING next_at - ?3
"""


# SQLite's answers for a file that is not (or no longer) a database
_DAMAGED = frozenset({sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT})


def slots_path(db_path: Path) -> Path:
    """The file holding the send slots of the workers on `db_path`."""
    return db_path.with_name(f"{db_path.name}-vk-slots")


class SqliteSendLimiter(SharedSlots):
    """Paces the API calls of community `group_id` to `rate` per second across the
    processes on one SQLite database (the Limiter port of bot.transports.vk.limiter).

    `acquire()` raises sqlite3.Error when the slots file cannot be written (a full disk, a
    lock held past BUSY_TIMEOUT_MS); the API call then fails like a network failure would.
    """

    def __init__(
        self,
        conn: aiosqlite.Connection,
        group_id: int,
        rate: float,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the send rate must be positive (calls per second)")
        self.conn = conn
        self.group_id = group_id
        self.rate = float(rate)
        self.tolerance = late_tolerance(self.rate)
        self.last_slot: float | None = None  # the slot the last call went out on
        self.retakes = 0  # slots given back because the call woke too late for them
        self._clock = clock
        self._sleep = sleep

    @classmethod
    async def open(cls, db_path: Path, group_id: int, rate: float) -> SqliteSendLimiter:
        """A limiter on the slots file beside `db_path` (created when missing; made afresh
        when it is no SQLite database any more — torn by a power cut or overwritten: it is
        coordination state only, and a worker refused to start on it, review z2 #3).
        Raises sqlite3.Error or OSError when it cannot be opened."""
        path = slots_path(db_path)
        try:
            return await cls._open(path, group_id, rate)
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) not in _DAMAGED:
                raise
            log.warning("the send-slots file %s is damaged (%s); making it afresh", path, error)
        for stale in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
            stale.unlink(missing_ok=True)
        return await cls._open(path, group_id, rate)

    @classmethod
    async def _open(cls, path: Path, group_id: int, rate: float) -> SqliteSendLimiter:
        conn = await aiosqlite.connect(path, isolation_level=None)
        try:
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = OFF")  # lost on a power cut: harmless
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS vk_send_slots"
                " (group_id INTEGER PRIMARY KEY, next_at REAL NOT NULL)"
            )
        except BaseException:
            await conn.close()
            raise
        return cls(conn, group_id, rate)

    async def _take(self, asked: float) -> tuple[float, float]:
        """One slot from the community's row, stamped with `asked` (the machine's clock):
        (the slot, how long after `asked` it comes)."""
        async with self.conn.execute(_TAKE, (self.group_id, asked, 1.0 / self.rate)) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return float(row[0]), float(row[0]) - asked

    async def close(self) -> None:
        """Close the limiter's own SQLite connection."""
        await self.conn.close()
