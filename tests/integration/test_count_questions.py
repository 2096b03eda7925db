"""«сколько мероприятий в декабре?» is a question, never an event draft (newcomer walk
2026-12-02m, #14): the period's plan with its count, for the curator and for a student
writing the chat way («скока»). Real planner, real SQLite store, real templates, frozen
clock (Tue 2026-12-01 10:00)."""

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
        "Олимпиада по физике 20 января в 10:00, 9 классы",
    ):
        await planner.handle(STAFF, message)
        [saved, *_] = await planner.handle(STAFF, "да")
        assert saved.template == "saved"
    yield planner
    await store.close()


async def _text(planner: Planner, who: int, message: str) -> tuple[list[str], str]:
    replies = await planner.handle(who, message)
    rendered = "\n".join(Renderer().render(r.template, r.context) for r in replies)
    return [r.template for r in replies], rendered


@pytest.mark.parametrize(
    ("who", "question"),
    [
        (CURATOR, "сколько мероприятий в декабре"),
        (STUDENT, "скока всего мероприятий в декабре"),
        (STAFF, "скок мероприятий в декабре?"),
    ],
)
async def test_a_count_question_gets_the_period_and_its_count(
    planner: Planner, who: int, question: str
) -> None:
    templates, text = await _text(planner, who, question)
    assert templates == ["events_list"], text
    assert "\nВсего: 2 мероприятия.\n" in text, text
    assert "Лекция о космосе" in text
    assert "Турнир по шахматам" in text
    assert "Олимпиада" not in text  # January's: not asked about
    assert "Сколько" not in text
    assert "код" not in text
    # no draft was started: «да» saves nothing
    templates, _ = await _text(planner, who, "да")
    assert templates == ["nothing_pending"]


async def test_a_count_question_with_no_events_says_none(planner: Planner) -> None:
    templates, text = await _text(planner, CURATOR, "сколько мероприятий в феврале?")
    assert templates == ["no_events"], text
