"""attack z2 (2026-12-03), #4: a student who rated an event and then pressed «Меня не было»
(the button still under the poll) is out of its rating everywhere — the chat's «итоги» left
them out, the Excel file's «Оценка» counted them (5 and 1 gave 3.0 there, 1.0 in the chat)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.reports import figures
from bot.exports.files import ExportFormat
from bot.plan_files import collect_rows, export_plan
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, PETYA, VASYA = 10, 21, 22


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class Rated:
    store: SqliteStore
    planner: Planner
    event_id: int


@pytest.fixture
async def rated(tmp_path: Path) -> AsyncIterator[Rated]:
    """Петя rated 5, Вася 1, then Петя pressed «Меня не было»."""
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    await store.save_person(PETYA, Role.STUDENT, "Петя")
    await store.save_person(VASYA, Role.STUDENT, "Вася")
    new = NewEvent("Мастер-класс", org.id, at("2026-12-08T16:00"), at("2026-12-08T17:30"))
    [event] = await store.add_events([new], None)
    for student in (PETYA, VASYA):
        [signed] = await planner.handle(student, "", {"a": "signup", "id": event.id})
        assert signed.template == "signed_up"
    clock.set(at("2026-12-08T18:30"))
    await planner.handle(PETYA, "", {"a": "rate", "e": event.id, "v": 5})
    await planner.handle(VASYA, "", {"a": "rate", "e": event.id, "v": 1})
    [absent] = await planner.handle(PETYA, "", {"a": "absent", "e": event.id})
    assert absent.template == "poll_absent"
    yield Rated(store, planner, event.id)
    await store.close()


async def test_the_files_rating_leaves_out_who_was_not_there(rated: Rated) -> None:
    answers = await rated.store.feedback_of([rated.event_id])
    event = await rated.store.get_event(rated.event_id)
    assert event is not None
    assert figures([event], {}, answers).rating == 1.0  # the chat's «итоги»
    [row] = await collect_rows(rated.store, TZ, date(2026, 12, 1), date(2026, 12, 31))
    assert row.rating == 1.0  # before: 3.0


async def test_the_excel_cell_says_the_same(rated: Rated) -> None:
    file = await export_plan(
        rated.store,
        TZ,
        ExportFormat.XLSX,
        date(2026, 12, 1),
        date(2026, 12, 31),
        now=at("2026-12-08T19:00"),
        school_name="Школа",
    )
    sheet = openpyxl.load_workbook(io.BytesIO(file.data)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    values = [cell.value for cell in sheet[2]]
    assert values[header.index("Оценка")] == 1.0
