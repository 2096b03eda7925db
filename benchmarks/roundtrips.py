"""Counting what the store asks of its database, per incoming message, on either backend.

`RoundTrips.install()` wraps the database driver's entry points in this process (a counting
wrapper, nothing else changes):

- SQLite: every call aiosqlite hands to its connection thread (`Connection._execute`: one
  queue put, one thread switch, one future back on the event loop) is a round trip; the
  statements SQLite runs (its trace callback) are counted too, as `statements`.
- PostgreSQL: every asyncpg call that waits for the server (execute, fetch, fetchrow,
  fetchval, executemany, copy_records_to_table), BEGIN/COMMIT/SAVEPOINT included (asyncpg
  sends those through `execute`). A `SET search_path` sent alone (a pooled connection
  switching school outside a transaction) is also counted as `schema_sets`; one sent
  with its BEGIN costs no round trip of its own and is not.

`typical_messages` runs the message kinds of issue 14 through the real VK pipeline
(`PipelineBot.process_event`, the path of the webhook's POST and of the long poll), against
the local VK-compatible server, and reports round trips per kind.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiosqlite
import asyncpg

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.storage import PlanStore

_ASYNCPG_CALLS = ("execute", "executemany", "fetch", "fetchrow", "fetchval")


@dataclass
class RoundTrips:
    """Counts of driver calls made in this process since `install` (see module docstring)."""

    trips: int = 0
    statements: int = 0
    schema_sets: int = 0
    _undo: list[Callable[[], None]] = field(default_factory=list)

    def install(self) -> None:
        """Wrap aiosqlite's thread hand-off and asyncpg's server calls (idempotent per
        instance; `uninstall` restores them)."""
        if self._undo:
            return
        self._wrap(aiosqlite.Connection, "_execute")
        for name in _ASYNCPG_CALLS:
            self._wrap(asyncpg.connection.Connection, name)

    def uninstall(self) -> None:
        while self._undo:
            self._undo.pop()()

    async def trace(self, store: PlanStore) -> None:
        """Also count the statements a SQLite store's connection runs (no-op on PostgreSQL)."""
        conn = getattr(store, "conn", None)
        if isinstance(conn, aiosqlite.Connection):

            def count(_: str) -> None:
                self.statements += 1

            await conn.set_trace_callback(count)

    def _wrap(self, owner: type, name: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.trips += 1
            sql = args[1] if len(args) > 1 else ""
            if isinstance(sql, str) and sql.startswith("SET search_path") and ";" not in sql:
                self.schema_sets += 1
            return await original(*args, **kwargs)

        setattr(owner, name, counted)
        self._undo.append(lambda: setattr(owner, name, original))

    async def per_call(self, action: Callable[[], Awaitable[object]]) -> tuple[int, int]:
        """(round trips, statements) that awaiting `action()` cost."""
        trips, statements = self.trips, self.statements
        await action()
        await asyncio.sleep(0)  # asyncpg and aiosqlite settle their futures soon after
        return self.trips - trips, self.statements - statements


CLASSES = [f"{grade}{letter}" for grade in range(5, 12) for letter in "АБВ"]


async def small_school(
    store: PlanStore, now: datetime, *, students: int = 200, events: int = 400
) -> dict[str, Any]:
    """A school to talk to: `students` (vk ids 10,000…), a partner representative (vk id
    5,000), `events` over the six weeks around `now`, one ended yesterday that the first
    student went to (a poll to answer). Returns the ids the messages need."""
    await store.create_organisation("Гимназия", OrgKind.SCHOOL)
    partner = await store.create_organisation("Политех", OrgKind.PARTNER)
    for i in range(students):
        await store.save_person(10_000 + i, Role.STUDENT, f"Ученик {i}", None, CLASSES[i % 21])
    await store.save_person(5_000, Role.PARTNER, "Методист", partner.id)
    new = []
    for i in range(events):
        start = now + timedelta(days=i % 42 - 14, hours=(i % 9) - 2)
        new.append(
            NewEvent(
                f"Событие {i}",
                partner.id,
                start,
                start + timedelta(minutes=60),
                venue=f"каб. {i % 60}",
                audience=Audience(grades=frozenset({5 + i % 7})),
                capacity=30 if i % 3 else None,
            )
        )
    stored = await store.add_events(new, None)
    ended = next(e for e in stored if timedelta(hours=2) < now - e.end < timedelta(days=2))
    first = await store.get_person_by_vk(10_000)
    assert first is not None
    await store.sign_up(ended.id, first.id)
    upcoming = [e.id for e in stored if e.start > now + timedelta(days=1) and e.capacity][:500]
    return {"partner": partner.id, "poll_event": ended.id, "upcoming": upcoming}


# The message kinds of issue 14: (label, student or partner, text, payload builder).
KINDS = ("week", "signup_button", "my_signups", "poll_answer", "partner_event")


def kind_update(vk: Any, kind: str, n: int, ids: dict[str, Any]) -> dict[str, Any]:
    """The n-th update of `kind` as FakeVK would deliver it (tests/e2e/vk_server.py)."""
    student = 10_000 + n % 10 + 1
    if kind == "week":
        return dict(vk.push_message(student, "что на неделе?"))
    if kind == "signup_button":
        event_id = ids["upcoming"][n % len(ids["upcoming"])]
        return dict(vk.push_callback(student, {"a": "signup", "id": event_id}))
    if kind == "my_signups":
        return dict(vk.push_message(student, "мои записи"))
    if kind == "poll_answer":
        return dict(vk.push_callback(10_000, {"a": "rate", "e": ids["poll_event"], "v": 5}))
    text = f"Мастер-класс по химии {n % 14 + 15} декабря в 15:00 для 9 классов, ауд. 5"
    return dict(vk.push_message(5_000, text))


def partner_save(vk: Any) -> dict[str, Any]:
    """The partner's «да» to the draft their last message made."""
    return dict(vk.push_message(5_000, "да"))
