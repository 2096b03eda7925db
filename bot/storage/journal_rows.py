"""Backend-neutral pieces of the city journal's store (school_journal, migrations 0033 and
0034), shared by the SQLite and PostgreSQL adapters: the query of the entries marked stuck
the StuckChange a row of it is, and the audit row of a dismissed entry (safety41 #3)."""

from __future__ import annotations

import json
from collections.abc import Mapping
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


# a dismissed stuck entry in the writer's audit_log (no numeric id: the origin is in details)
DISMISSED = ("school_journal", 0, "dismissed")
DISMISSED_QUERY = (
    "SELECT at, details FROM audit_log WHERE entity = 'school_journal' AND action = 'dismissed'"
    " ORDER BY id DESC LIMIT {limit}"
)


def dismissal_details(origin: str, school: str, body: str, by: Mapping[str, Any]) -> str:
    """The audit row's details (JSON text) of stuck entry `origin` for school `school` (its
    stored body) dismissed by `by` (who pressed: by_vk_id, by_school, by_name): the origin,
    the school it was for, and what it was — kind, first title and start (ISO, UTC; None
    for a body that no longer reads) — so the row tells what was dropped once the entry
    is gone."""
    try:
        change = SchoolChange.from_row(origin, school, body)
    except (ValueError, KeyError, TypeError):
        change = None
    state = change.states[0] if change is not None and change.states else None
    details = {
        "origin": origin,
        "school": school,
        **dict(by),
        "kind": change.kind if change is not None else None,
        "title": state.title if state is not None else None,
        "start": state.start.astimezone(UTC).isoformat() if state is not None else None,
        "all_day": state.all_day if state is not None else False,
        "more": len(change.states) - 1 if change is not None and change.states else 0,
    }
    return json.dumps(details, ensure_ascii=False)


def dismissal(at: int, details: str | Mapping[str, Any]) -> dict[str, Any]:
    """A DISMISSED_QUERY row as a dict: its details, `at` (aware, UTC) and `start` as an
    aware datetime (None when unknown)."""
    data = dict(json.loads(details) if isinstance(details, str) else details)
    start = data.get("start")
    data["start"] = datetime.fromisoformat(start) if isinstance(start, str) else None
    return {**data, "at": datetime.fromtimestamp(int(at), UTC)}
