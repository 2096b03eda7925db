"""What several workers on one database coordinate (issue 14, point 2), chosen by backend.

On PostgreSQL every worker gets the notification loop's lease (bot.storage.postgres.lease:
only the holder ticks) and the community's shared send limiter
(bot.storage.postgres.send_slots: VK's per-community limit across workers). The embedded
SQLite store serves one process: its lease always grants (bot.core.lease.SoleLease); its
send limit is shared all the same (bot.storage.sqlite.send_slots, a slots file beside the
database), so a second worker started on the same file by mistake cannot make the two of
them exceed VK's limit (ops21).

Settings (environment, validated at start-up; ConfigError names the variable):

* BOT_LEASE_SECONDS: the lease's ttl, 2–300 s (default 30): a dead holder is replaced
  within ttl + ttl / 3 seconds;
* BOT_VK_RATE: API calls per second per community across all workers, 1–19 (default 16,
  below VK's 20 to absorb late wake-ups and network jitter; 20 would let 21 out in a
  second: a call that wakes more than
  bot.transports.vk.limiter.late_tolerance(rate) after its slot takes a new one; see
  send_slots.py);
* BOT_OUTBOX_LEASE_SECONDS: how long a batch being sent is left alone by other workers'
  resends, 1–900 s (default bot.core.outbox.IN_FLIGHT_SECONDS, 300: its docstring says why);
  a worker killed mid-send leaves the batch unsent that long (lease69).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigError
from bot.core.lease import LoopLease, SoleLease
from bot.core.outbox import IN_FLIGHT_SECONDS
from bot.storage import is_postgres_url
from bot.transports.vk.limiter import Limiter

if TYPE_CHECKING:
    import asyncpg

DEFAULT_LEASE_SECONDS = 30.0
DEFAULT_VK_RATE = 16.0
COORDINATION_CONNECTIONS = 4  # per worker, for every community's lease and send slots
_READY: set[int] = set()  # id() of the coordination pools whose tables were checked


@dataclass(frozen=True)
class WorkerSettings:
    """The workers' tuning, from the environment (`from_env`): the loop lease (seconds), the VK send
    rate (requests a second) and the outbox's in-flight lease (seconds)."""

    lease_seconds: float = DEFAULT_LEASE_SECONDS
    vk_rate: float = DEFAULT_VK_RATE
    outbox_lease_seconds: float = float(IN_FLIGHT_SECONDS)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> WorkerSettings:
        """Read BOT_LEASE_SECONDS, BOT_VK_RATE and BOT_OUTBOX_LEASE_SECONDS (default:
        os.environ, which Settings.from_env has already completed from .env). Raises
        ConfigError."""
        env = os.environ if env is None else env
        return cls(
            lease_seconds=_number(env, "BOT_LEASE_SECONDS", DEFAULT_LEASE_SECONDS, 2, 300),
            vk_rate=_number(env, "BOT_VK_RATE", DEFAULT_VK_RATE, 1, 19),
            outbox_lease_seconds=_number(
                env, "BOT_OUTBOX_LEASE_SECONDS", float(IN_FLIGHT_SECONDS), 1, 900
            ),
        )

    @property
    def outbox_lease(self) -> timedelta:
        """BOT_OUTBOX_LEASE_SECONDS as the stores' `outbox_lease`."""
        return timedelta(seconds=self.outbox_lease_seconds)


@dataclass
class Coordination:
    """A worker's lease of the notification loop and its community's shared limiter (None:
    the API keeps its in-process token bucket)."""

    lease: LoopLease
    limiter: Limiter | None = None


async def coordinate(
    db_target: str | Path, group_id: int, settings: WorkerSettings | None = None
) -> Coordination:
    """The lease and limiter of community `group_id` for the database `db_target`.

    The lease is named `notifications:<group_id>` (one loop per community). Raises OSError
    or asyncpg.PostgresError when PostgreSQL cannot be reached, sqlite3.Error when the
    SQLite slots file cannot be opened."""
    settings = settings or WorkerSettings.from_env()
    if not is_postgres_url(db_target):
        from bot.storage.sqlite.send_slots import SqliteSendLimiter

        shared = await SqliteSendLimiter.open(Path(db_target), group_id, settings.vk_rate)
        return Coordination(SoleLease(), shared)
    from bot.storage.postgres.lease import PgLoopLease
    from bot.storage.postgres.send_slots import PgSendLimiter

    url = str(db_target)
    lease = await PgLoopLease.connect(url, f"notifications:{group_id}", settings.lease_seconds)
    try:
        limiter = await PgSendLimiter.connect(url, group_id, settings.vk_rate)
    except BaseException:
        await lease.close()
        raise
    return Coordination(lease, limiter)


async def coordination_pool(url: str) -> asyncpg.Pool:
    """The worker's one pool for coordination (leases, send slots) on `url`, shared by all
    its communities (at most COORDINATION_CONNECTIONS connections); pair with
    bot.storage.postgres.shared.release_pool. Its tables live in the database's default
    schema (`public`), which is migrated here on first use: a city deployment keeps each
    school in a schema of its own and would otherwise have no `loop_leases` or
    `vk_send_slots` (a single school's store migrates `public` itself). Raises OSError or
    asyncpg.PostgresError when the server cannot be reached."""
    from bot.storage.postgres.schema import migrate
    from bot.storage.postgres.shared import shared_pool

    pool = await shared_pool(url, max_size=COORDINATION_CONNECTIONS, purpose="coordination")
    if id(pool) not in _READY:  # once per pool (a closed pool's id may come back: cheap)
        async with pool.acquire() as conn:
            await migrate(conn)
        _READY.add(id(pool))
    return pool


async def city_lease(db_target: str | Path, settings: WorkerSettings | None = None) -> LoopLease:
    """The lease of a city deployment's one notification loop (`notifications:city`): the
    worker holding it ticks every school (bot.transports.vk.city); SoleLease on SQLite.
    Raises OSError or asyncpg.PostgresError when PostgreSQL cannot be reached."""
    settings = settings or WorkerSettings.from_env()
    if not is_postgres_url(db_target):
        return SoleLease()
    from bot.storage.postgres.lease import PgLoopLease

    return await PgLoopLease.connect(str(db_target), "notifications:city", settings.lease_seconds)


def _number(env: Mapping[str, str], key: str, default: float, low: float, high: float) -> float:
    raw = env.get(key)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError("number", label=key, raw=raw) from exc
    if not low <= value <= high:
        raise ConfigError("range", label=key, low=f"{low:g}", high=f"{high:g}", raw=raw)
    return value
