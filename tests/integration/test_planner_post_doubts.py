"""The bot asks about the doubts the parser raises on pasted posts (third round), end to end:
a day announced within a frame inside the pick's span is offered as a button beside it, and
a post naming a time but no day is asked for its day instead of being put on today or
tomorrow. Real planner, real SQLite store, real templates, frozen clock; sentences our own."""

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
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _stored(world: World) -> list[tuple[str, datetime]]:
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.title, e.start) for e in events]


FRAME_POST = (
    "С 30 ноября по 6 декабря в городе пройдёт Неделя науки для школьников. "
    "В рамках недели в среду, 2 декабря, в актовом зале КГТУ состоится лекция о космосе "
    "для 9 классов."
)


async def test_a_day_within_a_frame_is_offered_as_a_button(world: World) -> None:
    [ask] = await world.say(FRAME_POST)
    assert ask.template == "ask_date"
    picks = [b for row in ask.buttons for b in row]
    assert [b.payload["a"] for b in picks] == ["pick", "pick"]
    assert [b.context["at"].date() for b in picks] == [
        date(2026, 11, 30),
        date(2026, 12, 2),
    ]
    assert await _stored(world) == []  # nothing doubtful is saved unseen
    replies = await world.press(dict(picks[1].payload))
    card = replies[-1]
    while card.template != "event_card":  # any further question (the time) is answered
        assert card.template.startswith("ask_")
        card = (await world.say("в 15:00"))[-1]
    assert card.context["event"]["start"].date() == date(2026, 12, 2)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    [(_, start)] = await _stored(world)
    assert start.date() == date(2026, 12, 2)


TIME_ONLY_POST = (
    "Муниципальный этап олимпиады по праву пройдёт в корпусе школы № 504. "
    "Начало в 10:00, приглашаются учащиеся 9-х и 11-х классов, сопровождающие обязательны."
)


async def test_a_post_with_a_time_but_no_day_is_asked_its_day(world: World) -> None:
    [ask] = await world.say(TIME_ONLY_POST)
    assert ask.template == "ask_date"  # not put on today or tomorrow by itself
    assert await _stored(world) == []
    [card] = await world.say("15 декабря")
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2026, 12, 15, 10, 0, tzinfo=TZ)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    assert [start for _, start in await _stored(world)] == [
        datetime(2026, 12, 15, 10, 0, tzinfo=TZ)
    ]


SLOTS_POST = (
    "Городской турнир по шахматам для школьников 5–9 классов состоится 5 декабря во Дворце "
    "творчества. Регистрация участников 5 декабря с 9:30 до 10:00. Жеребьёвка 5 декабря "
    "в 10:15."
)


async def test_several_slots_of_the_day_ask_the_time(world: World) -> None:
    [ask] = await world.say(SLOTS_POST)
    assert ask.template == "ask_time"  # registration's hours are not taken for the start
    assert "несколько разных интервалов" in world.text(ask)
    assert await _stored(world) == []
    [card] = await world.say("в 11:00")
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2026, 12, 5, 11, 0, tzinfo=TZ)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    assert [start for _, start in await _stored(world)] == [datetime(2026, 12, 5, 11, 0, tzinfo=TZ)]


STARTS_POST = (
    "Школьный день науки пройдёт 5 декабря в корпусе гимназии на ул. Лесной, 3. "
    "Для гостей откроются лаборатории и выставка проектов.\n"
    "Начало работы выставки: 10:00.\n"
    "Начало научных чтений: 11:30.\n"
    "Приглашаются ученики 7–11 классов."
)


async def test_several_announced_starts_are_offered_as_buttons(world: World) -> None:
    [ask] = await world.say(STARTS_POST)
    assert ask.template == "ask_time"  # which start is the event's is asked, not guessed
    picks = [b for row in ask.buttons for b in row]
    assert [b.payload["a"] for b in picks] == ["pick", "pick"]
    assert [b.context["at"].strftime("%d.%m %H:%M") for b in picks] == [
        "05.12 10:00",
        "05.12 11:30",
    ]  # the pick first, then the other announced start (naive school-local times)
    assert await _stored(world) == []  # nothing doubtful is saved unseen
    replies = await world.press(dict(picks[1].payload))
    card = replies[-1]
    while card.template != "event_card":  # any further question is answered
        assert card.template.startswith("ask_")
        card = (await world.say("7-11 классы"))[-1]
    assert card.context["event"]["start"] == datetime(2026, 12, 5, 11, 30, tzinfo=TZ)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    assert [start for _, start in await _stored(world)] == [
        datetime(2026, 12, 5, 11, 30, tzinfo=TZ)
    ]


SIDE_POST = (
    "Торжественное награждение победителей конкурса рисунков состоится 11 декабря в 15:00 "
    "в актовом зале КГТУ. Работы участников принимаем 5 декабря, кабинет 14."
)


async def test_a_side_matter_pick_offers_the_other_day_as_a_button(world: World) -> None:
    """The pick's sentence is about awards and the post names another day ahead (twelfth
    round, doubts12): both days are offered, nothing is saved unseen, the tapped day is
    saved."""
    [ask] = await world.say(SIDE_POST)
    assert ask.template == "ask_date"
    asked = world.text(ask)  # the question says why it asks: the two days, and the doubt
    assert "11 декабря и 5 декабря" in asked, asked
    assert "не уверен" in asked, asked
    picks = [b for row in ask.buttons for b in row]
    assert [b.payload["a"] for b in picks] == ["pick", "pick"]
    assert [b.context["at"].strftime("%d.%m %H:%M") for b in picks] == [
        "11.12 15:00",
        "05.12 15:00",
    ]  # the pick first, then the other day (naive school-local times)
    assert await _stored(world) == []  # nothing doubtful is saved unseen
    replies = await world.press(dict(picks[1].payload))
    card = replies[-1]
    while card.template != "event_card":  # any further question is answered
        assert card.template.startswith("ask_")
        card = (await world.say("5-7 классы"))[-1]
    assert card.context["event"]["start"] == datetime(2026, 12, 5, 15, 0, tzinfo=TZ)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    assert [start for _, start in await _stored(world)] == [datetime(2026, 12, 5, 15, 0, tzinfo=TZ)]
