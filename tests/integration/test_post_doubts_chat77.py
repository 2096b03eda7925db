"""doubt77's asked shapes through the planner (real planner, store and templates, frozen
clock on Monday 7 December 2026; sentences our own; read through the app's store only):

- a day the post writes only as its occasion's (`occasion_day`, occasion_day.py): asked with
  the reason, nothing saved; the day answered saved;
- a report whose only day ahead is its results' (report_results.py): both days offered,
  nothing saved;
- the date question names the day of asking as today: «сегодня, 7 декабря» where the post
  said «Сегодня …» (doubt76's report of the post's own day).
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
from tests.plan_file_world import labels

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the frozen clock

OCCASION = (
    "Неделя правовых знаний\n"
    "В преддверии выборов, которые пройдут 20 декабря, в школе проводится неделя правовых "
    "знаний. Учащиеся подготовили выступления."
)
RESULTS = (
    "Смотр строя и песни\n"
    "5 декабря в спортивном зале школы №3 прошёл смотр строя и песни среди 5–7 классов. "
    "В смотре участвовали двенадцать команд. "
    "Итоги смотра будут объявлены 15 декабря на общешкольной линейке."
)
REPORT_TODAY = (
    "Первенство школы по шахматам\n\n"
    "Очередной шахматный турнир состоялся в школе №4. "
    "Сегодня сорок участников из пяти школ района. "
    "Победители поедут на городские соревнования. Они состоятся двенадцатого января."
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


async def test_an_occasions_day_is_asked_with_the_reason(world: World) -> None:
    texts = await _asked(world, OCCASION)
    assert any("20 декабря" in t and "перед чем проходит" in t for t in texts), texts


async def test_an_occasions_day_saves_the_day_answered(world: World) -> None:
    own(await world.say(OCCASION))
    card = own(await world.say("14 декабря"))[-1]
    for _ in range(4):  # any further question (time, classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        answer = "весь день" if card.template == "ask_time" else "9 класс"
        card = own(await world.say(answer))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start.date() for e in events] == [date(2026, 12, 14)]


async def test_a_report_and_its_results_day_are_both_offered(world: World) -> None:
    texts = await _asked(world, RESULTS)
    assert any("5 декабря" in t and "15 декабря" in t for t in texts), texts


async def test_the_day_of_asking_is_named_today(world: World) -> None:
    texts = await _asked(world, REPORT_TODAY)
    assert any("сегодня, 7 декабря" in t and "12 января" in t for t in texts), texts


async def test_the_button_of_today_says_today(world: World) -> None:
    [asked] = own(await world.say(REPORT_TODAY))
    assert labels(asked) == ["12 января (вт)", "Сегодня, 7 декабря (пн)"]
