"""A day off inside the winter каникулы (31 December, a transferred day off) is named on the
card as both — the day off and «зимние каникулы» — as «когда каникулы?» says 31 December –
8 January; and the free time offered under the heading that names what it avoids
(«…каникул, праздников и воскресений») holds that promise: no Sunday, no day off, no
vacation day, no lesson time. Real planner over a real SQLite store, the Ministry's standard
year (nothing set), frozen clock (newcomer walk 2026-12-01b, finding 11)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.calendar_checks import day_off
from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
CURATOR, MUSEUM, STUDENT = 1, 2, 3


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(tmp_path / "plan.db", TZ)
    yield opened
    await opened.close()


@pytest.fixture
async def planner(store: SqliteStore) -> Planner:
    made = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    museum = await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await store.save_person(MUSEUM, Role.PARTNER, "Ольга", museum.id)
    return made


def text(reply: Reply) -> str:
    return Renderer().render(reply.template, reply.context)


async def test_the_card_names_the_day_off_and_the_winter_vacation(planner: Planner) -> None:
    [card] = await planner.handle(
        MUSEUM, "Мастер-класс по янтарю 31 декабря в 12:00 для 5-6 классов"
    )
    shown = text(card)
    assert "31 декабря (чт): выходной день (перенесён с 4 января)" in shown, shown
    assert "31 декабря (чт): зимние каникулы" in shown, shown
    [vacations] = await planner.handle(STUDENT, "когда каникулы?")
    assert "31 декабря — 10 января" in text(vacations), text(vacations)


async def test_a_day_off_outside_any_vacation_stays_a_day_off_only(planner: Planner) -> None:
    """Counter-case: 23 February (a public holiday, no каникулы for grades 5–6) gets one
    note; a plain school day gets none of either kind."""
    [card] = await planner.handle(MUSEUM, "Зарница 23 февраля в 15:00 для 5-6 классов")
    kinds = [w["kind"] for w in card.context["calendar"]]
    assert kinds == ["day_off"], card.context["calendar"]
    await planner.handle(MUSEUM, "нет")
    [plain] = await planner.handle(MUSEUM, "Квиз 16 декабря в 16:00 для 5-6 классов")
    assert plain.context["calendar"] == []


async def test_the_free_time_heading_keeps_its_promise(planner: Planner) -> None:
    [card] = await planner.handle(
        MUSEUM, "Мастер-класс по янтарю 31 декабря в 12:00 для 5-6 классов"
    )
    shown = text(card)
    assert "Время без уроков, каникул, праздников и воскресений" in shown, shown
    assert "выходных" not in shown  # Saturdays may be offered: the heading does not exclude them
    slots = [s["start"].astimezone(TZ) for s in card.context["slots"]]
    assert slots, shown
    for start in slots:
        day = start.date()
        assert day.weekday() != 6, start  # no Sunday
        assert day_off(day) is None, start
        assert not date(2026, 12, 31) <= day <= date(2027, 1, 10), start  # not in the каникулы
        if day.weekday() < 5:
            assert start.time() >= time(13, 30), start  # after the usual lessons of grades 5–6
