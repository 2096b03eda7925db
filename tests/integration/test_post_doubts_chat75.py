"""doubt75's two asked shapes through the planner (real planner, store and templates, frozen
clock; sentences our own; read through the app's store only, both backends):

- a report of a recent day that names a later one (report_ahead.py): both days offered
  (`several_dates`), nothing saved, the day answered saved;
- a report dated only by its results' day (`side_day`): the day named as a side matter's,
  nothing saved, the day answered saved;
- doubt76: a report of the post's own day («Сегодня …») that dates only a later stage
  (report_today.py): today and the day ahead offered, nothing saved, the day answered saved.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the frozen clock

REPORT_AHEAD = (
    "В школе прошёл турнир по шахматам\n"
    "5 декабря в школе №3 прошёл турнир по шахматам среди учеников 5–7 классов. "
    "В нём участвовали сорок ребят. "
    "Победители выступят на городском турнире 20 декабря."
)
REPORT_TODAY = (
    "Первенство школы по шахматам\n\n"
    "Очередной шахматный турнир состоялся в школе №4. "
    "Сегодня сорок участников из пяти школ района. "
    "Победители поедут на городские соревнования. Они состоятся двенадцатого января."
)
SIDE_DAY = (
    "Ученики собрали 300 кг макулатуры\n"
    "Ученики школы №7 вместе с родителями собрали 300 килограммов макулатуры в пятницу, "
    "в первый день акции. Итоги сбора макулатуры подведут 10 декабря."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _asked(world: World, post: str) -> list[str]:
    """The texts the post is answered with; nothing is saved yet."""
    texts = [world.text(a) for a in own(await world.say(post))]
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    return texts


async def _saved_days(world: World, post: str, day: str) -> list[date]:
    """The days saved after the post, `day` answered and any further question answered."""
    own(await world.say(post))
    card = own(await world.say(day))[-1]
    for _ in range(4):  # any further question (time, classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        answer = "весь день" if card.template == "ask_time" else "5 класс"
        card = own(await world.say(answer))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [e.start.date() for e in events]


async def test_a_report_ahead_offers_both_days(world: World) -> None:
    texts = await _asked(world, REPORT_AHEAD)
    assert any("5 декабря" in t and "20 декабря" in t for t in texts), texts


async def test_a_report_ahead_saves_the_day_answered(world: World) -> None:
    assert await _saved_days(world, REPORT_AHEAD, "20 декабря") == [date(2026, 12, 20)]


async def test_a_report_of_today_offers_today_and_the_day_ahead(world: World) -> None:
    texts = await _asked(world, REPORT_TODAY)
    assert any("7 декабря" in t and "12 января" in t for t in texts), texts


async def test_a_report_of_today_saves_the_day_answered(world: World) -> None:
    assert await _saved_days(world, REPORT_TODAY, "12 января") == [date(2027, 1, 12)]


async def test_a_side_day_is_asked_as_a_side_matters(world: World) -> None:
    texts = await _asked(world, SIDE_DAY)
    assert any("10 декабря" in t and "не самого события" in t for t in texts), texts


async def test_a_side_day_saves_the_day_answered(world: World) -> None:
    assert await _saved_days(world, SIDE_DAY, "11 декабря") == [date(2026, 12, 11)]
