"""attack z2 (2026-12-03), #8: a vacation or term set for another school year is confirmed
with that year named — «каникулы с 25 декабря 2027 по 8 января 2028» said in December 2026
was «Записал ✅ зимние каникулы: 25 декабря — 8 января», read as this winter's."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store = await open_store(tmp_path / "plan.db", TZ)
    await store.save_person(CURATOR, Role.CURATOR, "Ольга")
    clock = FixedClock(datetime(2026, 12, 3, 12, 0, tzinfo=TZ))
    yield Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    await store.close()


async def said(planner: Planner, text: str) -> str:
    [reply] = await planner.handle(CURATOR, text)
    assert reply.template == "school_year_set"
    return Renderer().render(reply.template, reply.context)


async def test_next_years_vacation_is_confirmed_with_its_school_year(planner: Planner) -> None:
    text = await said(planner, "каникулы с 25 декабря 2027 по 8 января 2028")
    assert "2027/28" in text


async def test_next_years_term_is_confirmed_with_its_school_year(planner: Planner) -> None:
    text = await said(planner, "2 четверть до 24 декабря 2027")
    assert "2027/28" in text


async def test_this_years_vacation_names_no_school_year(planner: Planner) -> None:
    text = await said(planner, "каникулы с 29 декабря по 11 января")
    assert "учебный год" not in text
    assert "2026/27" not in text
