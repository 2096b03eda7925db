"""Pasted multi-event plans in the chat (adversarial walk 2026-12-02n, #1, #2, #8, #9): the
planner over a real store, a frozen clock (Tuesday 1 December 2026, 10:00) and the real
templates; what is saved is read back from the store. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _saved(world: ChatWorld) -> list[tuple[str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted((e.start.astimezone(ZONE).strftime("%d.%m %H:%M"), e.title) for e in events)


# --- #1: several contact / "no events" lines ---------------------------------------------------

NOTICED = (
    "План кружков на декабрь\n"
    "8 декабря, 14:00 — турнир по шахматам, 6А\n"
    "9 декабря, 12:30 — мастер-класс по лепке, 5В\n"
    "21 декабря — занятий не будет\n"
    "28–30 декабря — мероприятия не проводятся\n"
    "Куратор: Смирнова А.П., 8-911-222-33-44, с 8 до 16\n"
    "E-mail: smirnova@school.ru\n"
    "Звоните с 9:00 до 15:00"
)


async def test_notice_lines_never_merge_a_plan_into_one_event_at_phone_hours(
    world: ChatWorld,
) -> None:
    summary = await _say(world, NOTICED)
    assert "В плане 2 мероприятия" in summary
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("08.12 14:00", "Турнир по шахматам"),
        ("09.12 12:30", "Мастер-класс по лепке"),
    ]


# --- #2: two programmes pasted together --------------------------------------------------------

TWO_PROGRAMMES = (
    "15 декабря, Ярмарка профессий, 10-11 классы:\n"
    "9:30 — сбор в холле\n"
    "10:00 — встречи с работодателями\n"
    "17 декабря, Турнир знатоков, 6 классы:\n"
    "13:00 — жеребьёвка\n"
    "13:30 — игра"
)


async def test_two_programmes_are_two_events_each_from_its_first_step(world: ChatWorld) -> None:
    summary = await _say(world, TWO_PROGRAMMES)
    assert "Сеансы" not in summary
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("15.12 09:30", "Ярмарка профессий"),
        ("17.12 13:00", "Турнир знатоков"),
    ]


# --- #8: rows under a span of days -------------------------------------------------------------

SPAN = "21–25 декабря:\nКонкурс чтецов 11:30, 5А\nСпартакиада 14:00, 6Б"


async def test_rows_under_a_span_header_are_each_asked_for_their_day_never_merged(
    world: ChatWorld,
) -> None:
    summary = await _say(world, SPAN)
    # numbered lines kept pending: «исправь 1: 22 декабря» dates one (fixoconv)
    assert "Конкурс чтецов (строка 1) — нет даты (время 11:30 есть)" in summary
    assert "Спартакиада (строка 2) — нет даты (время 14:00 есть)" in summary
    assert "Без времени" not in summary
    await _say(world, "да")
    assert await _saved(world) == []  # never one event repeated every day
    await _say(world, "Конкурс чтецов 22 декабря в 11:30, 5А")
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [("22.12 11:30", "Конкурс чтецов")]


# --- #9: a line under a day header without its clock ------------------------------------------

UNTIMED = (
    "График на декабрь\n"
    "16 декабря:\n"
    "Семинар по экологии в 13:00, 7В\n"
    "Игра «Что? Где? Когда?» в 15:30, 9Б\n"
    "Турнир по настольному теннису для 6Б\n"
    "18 декабря:\n"
    "Литературная гостиная 12:00, 8В\n"
    "Контакты: Сидорова, тел. 8-912-345-67-89 (с 9 до 15)"
)


async def test_an_untimed_line_under_a_day_header_is_asked_its_time_and_named_if_unsaved(
    world: ChatWorld,
) -> None:
    summary = await _say(world, UNTIMED)
    assert "Турнир по настольному теннису" in summary
    assert "Турнир по настольному теннису (строка 3) — нет времени" in summary
    reply = await _say(world, "да")
    assert "Сохранено" in reply
    assert "Турнир по настольному теннису" in reply  # named among the lines not saved
    assert await _saved(world) == [
        ("16.12 13:00", "Семинар по экологии"),
        ("16.12 15:30", "Игра «Что? Где? Когда?»"),
        ("18.12 12:00", "Литературная гостиная"),
    ]
