"""A student's question about next week, written the chat way (newcomer walk 2026-11-30, C6):
«че на след неделе» is a query like «что на следующей неделе?». Real planner, real SQLite
store, real templates, frozen clock (Tue 2026-12-01 10:00)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, STAFF, STUDENT = 100, 200, 400


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=TZ))  # Tuesday
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    school = await store.create_organisation("Школа", OrgKind.SCHOOL)
    await store.save_person(STAFF, Role.STAFF, "Ольга", school.id)
    for message in (
        "Лекция о космосе 3 декабря в 15:00, 9 классы",
        "Турнир по шахматам 9 декабря в 15:00, 9 классы",
    ):
        await planner.handle(STAFF, message)
        [saved, *_] = await planner.handle(STAFF, "да")
        assert saved.template == "saved"
    yield planner
    await store.close()


@pytest.mark.parametrize(
    "question",
    [
        "че на след неделе",
        "чё на след неделе",
        "что на след. неделе",
        "что на след.неделе",
        "че на следующей неделе?",
    ],
)
async def test_next_week_asked_the_chat_way(planner: Planner, question: str) -> None:
    replies = await planner.handle(STUDENT, question)
    text = "\n".join(Renderer().render(r.template, r.context) for r in replies)
    assert "Турнир по шахматам" in text, text
    assert "Лекция о космосе" not in text  # this week's, not asked about


@pytest.mark.parametrize(
    ("first", "follow_up", "expected", "not_expected"),
    [
        # next week's list, then «а в среду?»: that list's Wednesday (9 December), not tomorrow
        ("что на следующей неделе?", "а в среду?", "Турнир по шахматам", "Лекция о космосе"),
        ("что на следующей неделе?", "А в среду что?", "Турнир по шахматам", "Лекция о космосе"),
        # this week's list, then «а в четверг?»: this week's Thursday (3 December)
        ("что на этой неделе?", "а в четверг?", "Лекция о космосе", "Турнир по шахматам"),
    ],
)
async def test_a_follow_up_weekday_means_that_day_of_the_week_just_listed(
    planner: Planner, first: str, follow_up: str, expected: str, not_expected: str
) -> None:
    """«а в субботу?» right after a week's list asks about that week's Saturday (newcomer walk
    2026-12-01e, #9: it answered for this week's Saturday, «мероприятий нет»)."""
    await planner.handle(STUDENT, first)
    replies = await planner.handle(STUDENT, follow_up)
    text = "\n".join(Renderer().render(r.template, r.context) for r in replies)
    assert expected in text, text
    assert not_expected not in text


async def test_a_weekday_without_a_follow_up_is_the_nearest_one(planner: Planner) -> None:
    """Without the «а» of a follow-up a weekday is the nearest such day, as before."""
    await planner.handle(STUDENT, "что на следующей неделе?")
    replies = await planner.handle(STUDENT, "что в четверг?")
    text = "\n".join(Renderer().render(r.template, r.context) for r in replies)
    assert "Лекция о космосе" in text, text
