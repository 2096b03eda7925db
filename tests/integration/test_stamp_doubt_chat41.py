"""A pasted news item whose start clock is written only in its publication line (the doubt
`stamp_time`, doubt41) is asked about in chat — «Во сколько …?» with why — and saved with the
time the person gives, never with the moment the item was put up. Real planner, real SQLite
store, real templates, frozen clock; sentences our own."""

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

POST = (  # long enough to be read as a pasted post (a short one is read as a plan's rows)
    "Школьники выйдут на «Лыжню здоровья»\n23.11.2026 (12:40)\n"
    "В субботу, 5 декабря, в городском парке пройдёт традиционная «Лыжня здоровья» для "
    "учеников 5–11 классов. Участников ждут эстафеты, горячий чай и награждение победителей.\n"
    "Команды школ района пробегут по кругу вокруг пруда, а самые младшие участники — по "
    "короткой детской трассе. Лыжи можно взять напрокат у входа в парк, инструкторы помогут "
    "подобрать ботинки.\nПриглашаются команды всех школ района и их болельщики. Заявки "
    "принимает спортивный отдел управления образования."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_a_stamp_clock_is_asked_and_the_answer_saved(world: World) -> None:
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_time", ask.template
    text = world.text(ask)
    assert "Время 12:40 я нашёл только в строке публикации" in text, text
    assert "Во сколько «" in text, text
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    card = own(await world.say("в 11:00"))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template != "ask_time_again", world.text(card)
        card = own(await world.say("5-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start == datetime(2026, 12, 5, 11, 0, tzinfo=TZ)


async def test_all_day_answer_saves_the_day_without_the_stamp_clock(world: World) -> None:
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_time", ask.template
    card = own(await world.say("весь день"))[-1]
    while card.template != "event_card":
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template != "ask_time_again", world.text(card)
        card = own(await world.say("5-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start.date().isoformat() == "2026-12-05"
    assert (event.start.hour, event.start.minute) != (12, 40)


END_POST = (  # the twenty-first round's doubt `end_elsewhere`: a consultation's range as the end
    "Олимпиада по физике «Шаг в науку» пройдёт 15 декабря в кабинете физики для 8–11 классов.\n"
    "Участникам нужно взять с собой ручку и калькулятор.\nЗадания составили учителя нашей "
    "школы.\nЛучшие работы отправят на городской этап.\nПобедителей наградят грамотами.\n"
    "Консультация для участников пройдёт с 14:00 до 15:30 в кабинете 21."
)


async def test_all_day_answers_an_end_doubt_too(world: World) -> None:
    """«весь день» answers any time question: before doubt41 the doubt stayed on the draft
    and the same question came back (ask_time again, the person stuck with it)."""
    [ask] = own(await world.say(END_POST))
    assert ask.template == "ask_time", ask.template
    card = own(await world.say("весь день"))[-1]
    while card.template != "event_card":
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template not in ("ask_time", "ask_time_again"), world.text(card)
        card = own(await world.say("8-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start.date().isoformat() == "2026-12-15"
