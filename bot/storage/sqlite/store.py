"""`SqliteStore`: the SQLite adapter of every storage port, one mixin per aggregate.

Rows never leave the package: every method returns domain objects. Each write runs in one
explicit transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error) through the Gate of
bot.storage.transactions (sqlite/base.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.storage.database import connect, migrate
from bot.storage.outbox import OutboxMixin
from bot.storage.sqlite.base import utc_now
from bot.storage.sqlite.delivery import DeliveryMixin
from bot.storage.sqlite.directory import DirectoryMixin
from bot.storage.sqlite.events import EventsMixin
from bot.storage.sqlite.invitations import InvitationsMixin
from bot.storage.sqlite.journal import JournalMixin
from bot.storage.sqlite.moments import MomentsMixin
from bot.storage.sqlite.plan_files import PlanFilesMixin
from bot.storage.sqlite.settings import SettingsMixin
from bot.storage.sqlite.signups import SignupsMixin


class SqliteStore(
    InvitationsMixin,
    DirectoryMixin,
    EventsMixin,
    SignupsMixin,
    SettingsMixin,
    DeliveryMixin,
    OutboxMixin,
    PlanFilesMixin,
    JournalMixin,
    MomentsMixin,
):
    """Store over one aiosqlite connection; create it with `open_store`.

    Directory (directory.py), EventStore (events.py), SignupStore (signups.py, with
    `undelivered_counts` from bot.storage.outbox), SettingsStore (settings.py),
    InvitationStore (invitations.py), OutboxStore (delivery.py, bot.storage.outbox) and
    PlanFileStore (plan_files.py).
    """


async def open_store(
    path: str | Path, tz: ZoneInfo, now: Callable[[], datetime] = utc_now
) -> SqliteStore:
    """Connect, apply pending migrations and return the store (`now`: its clock)."""
    conn = await connect(path)
    try:
        await migrate(conn, now=now)
    except BaseException:
        await conn.close()
        raise
    return SqliteStore(conn, tz, now)
