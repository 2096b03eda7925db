"""Two time doubts of starts47 asked in chat — «Во сколько …?» with why — and saved with the
time the person gives, or all day: a pasted post whose only clock is a weekly schedule's in
another sentence than the event's (`weekly_time`), and one whose timed draft lasts at most
half an hour (`short_slot`). Real planner, real SQLite store, real templates, frozen clock;
sentences our own."""

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

POST = (  # 10 December 2026 is a Thursday: the weekly hour falls on the opening's day
    "В доме культуры откроется выставка детского рисунка\n"
    "10 декабря в малом зале дома культуры откроется выставка рисунков учеников "
    "художественной школы «Зимняя сказка», рассказали организаторы. Около шестидесяти работ "
    "будут показаны до конца месяца: акварели, графика, аппликации и поделки из глины. "
    "Выставку будет сопровождать программа для гостей. По четвергам в 16:00 преподаватели "
    "школы будут проводить мастер-классы по рисунку и лепке для всех желающих.\n"
    "Вход свободный, приглашаются ученики школ района вместе с родителями."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _saved_after(world: World, answer: str) -> datetime:
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_time", ask.template
    text = world.text(ask)
    assert "Время 16:00 я нашёл только в расписании по дням недели" in text, text
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    card = own(await world.say(answer))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template not in ("ask_time", "ask_time_again"), world.text(card)
        card = own(await world.say("5-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return event.start


async def test_a_weekly_clock_is_asked_and_the_answer_saved(world: World) -> None:
    assert await _saved_after(world, "в 12:00") == datetime(2026, 12, 10, 12, 0, tzinfo=TZ)


async def test_all_day_answers_the_weekly_doubt(world: World) -> None:
    start = await _saved_after(world, "весь день")
    assert start.date().isoformat() == "2026-12-10"
    assert (start.hour, start.minute) != (16, 0)


SHORT_POST = (  # the doubt `short_slot`: a gathering's twenty minutes read as the tournament's
    "Школьный турнир по мини-футболу\n"
    "20 декабря в спортивном зале школы пройдёт турнир по мини-футболу среди команд 5–7 "
    "классов. Приглашаем болельщиков поддержать свои команды! Сбор команд с 9:30 до 9:50 у "
    "входа в спортзал, форма спортивная, сменная обувь обязательна.\n"
    "Победители получат грамоты и кубок школы, все участники — сладкие призы."
)


async def test_a_short_slot_is_asked_and_the_answer_saved(world: World) -> None:
    [ask] = own(await world.say(SHORT_POST))
    assert ask.template == "ask_time", ask.template
    text = world.text(ask)
    assert "Событие получилось совсем коротким (09:30–09:50)" in text, text
    card = own(await world.say("с 10:00 до 13:00"))[-1]
    while card.template != "event_card":
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template not in ("ask_time", "ask_time_again"), world.text(card)
        card = own(await world.say("5-7 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start == datetime(2026, 12, 20, 10, 0, tzinfo=TZ)
