"""A message is handled all or nothing: when a handler fails half-way, whatever it had
written is rolled back and the person gets the polite apology (issue 9, point 3)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1
PLAN = "Лекция 15 декабря в 15:00, 9 классы\nЭкскурсия 16 декабря в 10:00, 8 классы"


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    yield store, Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    await store.close()


async def test_a_handler_failing_after_a_save_leaves_nothing_behind(
    env: tuple[SqliteStore, Planner], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, planner = env
    [summary] = await planner.handle(CURATOR, PLAN)
    assert summary.template == "plan_summary"

    async def broken(person_id: int, state: dict[str, Any] | None) -> None:
        raise RuntimeError("the dialog could not be stored")

    monkeypatch.setattr(store, "set_dialog", broken)
    [reply] = await planner.handle(CURATOR, "да")  # the plan is saved, then the handler fails
    assert reply.template == "error"
    assert await store.count_events() == 0  # the save was rolled back with it
    monkeypatch.undo()
    replies = await planner.handle(CURATOR, "да")  # the plan is still pending: saved once now
    assert replies[0].template == "saved"
    assert await store.count_events() == 2
    replies = await planner.handle(CURATOR, "да")
    assert replies[0].template == "nothing_pending"
    assert await store.count_events() == 2


async def test_inside_an_updates_unit_a_failure_rolls_back_only_that_message(
    env: tuple[SqliteStore, Planner], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the VK pipeline the planner runs inside the update's unit of work: its writes are a
    savepoint, so the unit still commits (the update is handled once) without them."""
    store, planner = env
    await planner.handle(CURATOR, PLAN)

    async def broken(person_id: int, state: dict[str, Any] | None) -> None:
        raise RuntimeError("the dialog could not be stored")

    monkeypatch.setattr(store, "set_dialog", broken)
    async with store.unit("update-1"):
        [reply] = await planner.handle(CURATOR, "да")
    assert reply.template == "error"
    assert await store.count_events() == 0
    assert await store.update_handled("update-1")


async def test_yes_to_a_missing_question_is_no_answer_and_saves_nothing(
    env: tuple[SqliteStore, Planner],
) -> None:
    """«Для каких классов?» answered «да» asks again instead of saving for the whole school
    (found by the newcomer walk-through); the real answer then gives the card."""
    store, planner = env
    [asked] = await planner.handle(CURATOR, "Концерт 15 декабря в 15:00")
    assert asked.template == "ask_audience"
    [again] = await planner.handle(CURATOR, "да")
    assert again.template == "ask_audience_again"
    assert await store.count_events() == 0
    [card] = await planner.handle(CURATOR, "9 классы")
    assert card.template == "event_card"
    assert (await planner.handle(CURATOR, "да"))[0].template == "saved"
    [event] = await store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    assert event.audience.grades == frozenset({9})
