"""Backend-neutral pieces of the city journal's store (school_journal, migrations 0033 and
0034), shared by the SQLite and PostgreSQL adapters: the query of the entries marked stuck
and the StuckChange a row of it is."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.core.features.school_journal import SchoolChange, StuckChange

STUCK_QUERY = (
    "SELECT origin, school, tries, error, stuck_at, body FROM school_journal"
    " WHERE stuck_at IS NOT NULL ORDER BY created_at, origin"
)


def stuck_change(row: Any) -> StuckChange:
    """A STUCK_QUERY row (sqlite3/aiosqlite Row or asyncpg Record, read by column name) as
    a StuckChange; `stuck_at` is stored as UTC epoch seconds; a body that no longer reads
    gives no `change`."""
    try:
        change = SchoolChange.from_row(str(row["origin"]), str(row["school"]), str(row["body"]))
    except (ValueError, KeyError, TypeError):
        change = None
    return StuckChange(
        row["origin"],
        row["school"],
        int(row["tries"]),
        str(row["error"] or ""),
        datetime.fromtimestamp(int(row["stuck_at"]), UTC),
        change,
    )
