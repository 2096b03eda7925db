"""A pasted post whose event's sentence names a span of days while the parser took one day,
or every day at a clock written in another sentence (the doubt `span_cut`, twenty-second
round), is asked about in chat — «В объявлении указаны дни с 15 по 17 декабря, а я
записал …» with the whole span and the draft's reading as buttons — and saved as the button
pressed says. Real planner, real SQLite store, real templates, frozen clock; sentences our
own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

POST = (
    "С 15 по 17 декабря в нашем городе в четвёртый раз пройдут командные межшкольные "
    "соревнования по шахматам «Белая ладья». В этом году впервые команды будут награждаться "
    "кубками, а к соревнованиям допускаются школьники 5–9 классов. В составе команды три "
    "мальчика, одна девочка и тренер. Судейская коллегия соберётся 15 декабря "
    "в 13:00 в кабинете 12 школы № 5."  # on «день приезда» the span is whole: test_start83
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_the_span_is_asked_with_both_readings_as_buttons(world: World) -> None:
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_date", ask.template
    text = world.text(ask)
    assert "В объявлении указаны дни с 15 по 17 декабря, а я записал каждый день в 13:00" in text
    assert "Как правильно?" in text, text
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    assert labels == ["Все дни: 15–17 декабря", "Каждый день в 13:00"], labels
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def _saved_after_button(world: World, label: str) -> list[tuple[datetime, datetime | None]]:
    """The post pasted, the button `label` pressed (its payload's text said, as the
    VK handler does), the card confirmed: the (start, end) of every event saved."""
    [ask] = own(await world.say(POST))
    [button] = [b for row in ask.buttons for b in row if world.renderer.button_label(b) == label]
    card = own(await world.say(str(button.payload["t"])))[-1]
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.start, e.end) for e in events]


async def test_the_whole_span_saves_one_event_of_three_days(world: World) -> None:
    # stored all day: from the first day's midnight to the midnight after the last day
    assert await _saved_after_button(world, "Все дни: 15–17 декабря") == [
        (datetime(2026, 12, 15, 0, 0, tzinfo=TZ), datetime(2026, 12, 18, 0, 0, tzinfo=TZ))
    ]


async def test_every_day_at_the_clock_saves_the_series(world: World) -> None:
    saved = await _saved_after_button(world, "Каждый день в 13:00")
    assert [start for start, _ in saved] == [
        datetime(2026, 12, day, 13, 0, tzinfo=TZ) for day in (15, 16, 17)
    ]
