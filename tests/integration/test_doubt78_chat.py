"""doubt78's questions through the planner (real planner, SQLite store and templates, frozen
clock; sentences our own; what is saved read through the app's store only):

- «ФЛЕШМОБ НА БОЛЬШОЙ ПЕРЕМЕНЕ» in capitals with no clock: timed by the bells as the long
  break (10:10–10:30), yet asked (`caps_break`: capitals cannot tell the contest «Большая
  перемена» from the break); «да» keeps the break's clocks, a clock typed replaces them;
- the weekday question names the day of asking as today: «„Понедельник“ — это сегодня, 7
  декабря, или 14 декабря?» (a post's «… перенесли на понедельник» is a move command in the
  chat, so its reading is tested in tests/unit/test_doubt78.py);
- a paste headed by a date alone, «05.12.2026», over «Завтра состоится концерт …»: the day
  after the head's date offered beside it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import NOW, ChatWorld, curator_world, open_world, own, said
from tests.integration.test_files74_lessons import BELLS
from tests.plan_file_world import labels

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
SATURDAY = datetime(2026, 12, 5, 18, 0, tzinfo=TZ)
CAPITALS = "ФЛЕШМОБ 9 ДЕКАБРЯ НА БОЛЬШОЙ ПЕРЕМЕНЕ, 5–9 КЛАССЫ, РЕКРЕАЦИЯ"


async def _saved(world: ChatWorld) -> list[tuple[str, datetime]]:
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.title, e.start.astimezone(TZ)) for e in events]


@pytest.fixture
async def bells_world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    async with curator_world(tmp_path / "plan.db", NOW) as world:  # Tuesday 1 December
        await said(world, BELLS)
        yield world


@pytest.mark.parametrize(
    "event",
    [
        CAPITALS,
        "ФЛЕШМОБ НА БОЛЬШОЙ ПЕРЕМЕНЕ 9 ДЕКАБРЯ, 5–9 КЛАССЫ, РЕКРЕАЦИЯ",
        "Флешмоб 9 декабря НА БОЛЬШОЙ ПЕРЕМЕНЕ, 5–9 классы, рекреация",
    ],
)
async def test_a_break_in_capitals_is_asked_with_its_clocks(
    bells_world: ChatWorld, event: str
) -> None:
    [asked] = own(await bells_world.say(event))
    question = bells_world.text(asked)
    assert asked.template == "ask_time", question
    assert "заглавными" in question, question
    assert "10:10–10:30" in question, question
    assert "конкурс «Большая перемена»" in question, question
    assert labels(asked) == ["Да, 10:10–10:30"], labels(asked)
    assert await _saved(bells_world) == []


async def test_yes_keeps_the_breaks_clocks(bells_world: ChatWorld) -> None:
    await said(bells_world, CAPITALS)
    templates, card = await said(bells_world, "да")
    assert templates == ["event_card"], card
    assert "🗓 9 декабря (ср), 10:10–10:30" in card, card
    await said(bells_world, "да")
    assert await _saved(bells_world) == [("Флешмоб", datetime(2026, 12, 9, 10, 10, tzinfo=TZ))]


async def test_a_clock_typed_replaces_the_breaks(bells_world: ChatWorld) -> None:
    await said(bells_world, CAPITALS)
    templates, card = await said(bells_world, "в 14:00")
    assert templates == ["event_card"], card
    assert "9 декабря (ср), 14:00" in card, card
    assert "10:10" not in card, card


@pytest.mark.parametrize(
    "event",
    [
        "Флешмоб 9 декабря на большой перемене, 5–9 классы, рекреация",  # the break, plainly
        "ФЛЕШМОБ 9 ДЕКАБРЯ НА БОЛЬШОЙ ПЕРЕМЕНЕ В 10:15, 5–9 КЛАССЫ, РЕКРЕАЦИЯ",  # a clock told
    ],
)
async def test_a_break_not_in_doubt_is_not_asked(bells_world: ChatWorld, event: str) -> None:
    templates, card = await said(bells_world, event)
    assert templates == ["event_card"], card
    assert "заглавными" not in card, card


@pytest.fixture
async def monday(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    yield opened
    await opened.store.close()


@pytest.mark.parametrize(
    "event",
    [
        "Концерт хора в понедельник, актовый зал, 5 классы",
        "Пн — консультация по ОГЭ, 9 классы, каб. 21",
    ],
)
async def test_todays_weekday_is_asked_naming_today(monday: ChatWorld, event: str) -> None:
    [asked] = own(await monday.say(event))
    question = monday.text(asked)
    assert "«Понедельник» — это сегодня, 7 декабря, или 14 декабря?" in question, question
    assert labels(asked) == ["Сегодня, 7 декабря (пн)", "14 декабря (пн)"], labels(asked)
    assert await _saved(monday) == []


async def test_another_weekday_names_no_today(monday: ChatWorld) -> None:
    # «во вторник» said on a Monday is tomorrow, not asked; nothing is named today
    templates, shown = await said(monday, "Концерт хора во вторник в 15:00, актовый зал, 5 классы")
    assert templates == ["event_card"], shown
    assert "8 декабря (вт)" in shown, shown
    assert "сегодня" not in shown.lower(), shown


async def test_a_heads_date_and_the_bodys_tomorrow_are_both_offered(tmp_path: Path) -> None:
    world = await open_world(tmp_path / "plan.db", SATURDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        post = "05.12.2026\nЗавтра состоится концерт хора в актовом зале для 5 классов"
        [asked] = own(await world.say(post))
        question = world.text(asked)
        assert "сегодня, 5 декабря" in question, question
        assert "6 декабря" in question, question
        await world.press(dict(asked.buttons[1][0].payload))  # «6 декабря (вс)»
        for _ in range(3):
            _, shown = await said(world, "весь день")
            if "Сохранить?" in shown:
                break
        assert "6 декабря" in shown, shown
        await said(world, "да")
        assert [(t, s.date(), s.time()) for t, s in await _saved(world)] == [
            ("Концерт хора", date(2026, 12, 6), time(0))
        ]
    finally:
        await world.store.close()


PROGRAMME = (
    "15 декабря в школе №7 пройдёт муниципальный этап олимпиады по математике для 7–11 "
    "классов. Участникам нужно взять с собой паспорт и ручку.\n"
    "Порядок проведения:\n"
    "07.45 - 08.30 Регистрация\n"
    "08.30 - 08.50 Инструктаж\n"
    "09.00 - Начало олимпиады\n"
    "Результаты будут опубликованы на сайте школы."
)


async def test_a_programmes_beginning_asks_the_time(monday: ChatWorld) -> None:
    # at main the registration's 07:45 was put on the card unasked
    [asked] = own(await monday.say(PROGRAMME))
    question = monday.text(asked)
    assert asked.template == "ask_time", question
    assert "несколько разных интервалов времени" in question, question
    assert await _saved(monday) == []
    templates, card = await said(monday, "в 9:00")
    assert templates == ["event_card"], card
    assert "15 декабря (вт), 09:00" in card, card
