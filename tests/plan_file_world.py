"""The curator's world of the plan-file integration tests (tests/integration/test_plan_file*.py
and test_plan_formats_roundtrip.py): an empty store and the planner of a school in
Kaliningrad whose admin is CURATOR, its clock frozen at NOW; and the replies as people read
them (the ru templates). Nothing of ours is mocked.

The store is SQLite here and PostgreSQL under tests/pg_everywhere.py, which swaps this
module's `open_store` as it does a test module's. A test module takes the fixtures by
assigning them to its own names (pytest finds a fixture by the name it is given there):

    store = plan_file_world.store
    planner = plan_file_world.planner
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Button, Reply
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

CURATOR = 1  # the school's admin (PlannerConfig.admins): a curator without being stored
TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)  # a Tuesday at school


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    """An empty, migrated store in `tmp_path` (zone TZ), closed after the test."""
    opened = await open_store(tmp_path / "plan.db", TZ)
    yield opened
    await opened.close()


def planner_at(store: SqliteStore, now: datetime = NOW, curator: int = CURATOR) -> Planner:
    """The planner over `store` with `curator` as admin, its clock frozen at `now`."""
    return Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({curator})))


@pytest.fixture
def planner(store: SqliteStore) -> Planner:
    """The planner over the `store` fixture, its clock frozen at NOW."""
    return planner_at(store)


def rendered(replies: Sequence[Reply]) -> str:
    """The replies' texts as sent, one after another on new lines."""
    return "\n".join(Renderer().render(r.template, r.context) for r in replies)


def reply_text(reply: Reply) -> str:
    """One reply's text as sent."""
    return Renderer().render(reply.template, reply.context)


def labels(reply: Reply) -> list[str]:
    """The labels of a reply's buttons, row after row."""
    return [Renderer().button_label(b) for row in reply.buttons for b in row]


def buttons(reply: Reply) -> dict[str, Button]:
    """A reply's buttons by their labels."""
    return {Renderer().button_label(b): b for row in reply.buttons for b in row}


async def send(planner: Planner, filename: str, data: bytes) -> str:
    """CURATOR sends the plan file `data` named `filename`: the replies' text."""
    return rendered(await import_plan_file(planner, CURATOR, filename, data))


async def saved_events(store: SqliteStore) -> list[tuple[str, str, str]]:
    """Every event saved from NOW on as (title, local start «dd.mm.YYYY HH:MM», venue or ""),
    sorted: what a plan file's «да» stored."""
    events = await store.events_between(NOW, None)
    return sorted(
        (e.title, e.start.astimezone(TZ).strftime("%d.%m.%Y %H:%M"), e.venue or "") for e in events
    )
