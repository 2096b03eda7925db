"""chat69: conversation leftovers through the real chat core (tests/chat_world.py: the real
planner, a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real
templates; clock Tuesday 1 December 2026; PLAN42's excursion on Thursday 10 December,
15:00–16:00). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
world = chat_world.partner_world

# --- 1: a programme under a dateless announcing sentence ------------------------------------

PROGRAMME = (
    "Фестиваль детского танца пройдёт в доме культуры «Родник».\n"
    "14 декабря 09:30-10:00 – торжественная линейка и построение\n"
    "10:00-13:00 – выступления коллективов\n"
    "13:30 – награждение"
)


async def test_a_programme_is_titled_by_its_announcing_sentence(world: ChatWorld) -> None:
    """Before: the card was titled «Торжественная линейка» (the first dated line's kind)."""
    _templates, text = await said(world, PROGRAMME)
    assert "Фестиваль детского танца" in text, text
    assert "Торжественная линейка" not in text.split("\n")[0], text


# --- 2: an event's start, end or place asked for a named day ---------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "экскурсия во сколько заканчивается 10 декабря?",
        "экскурсия во сколько начинается в следующий четверг?",
        "до скольки экскурсия в четверг 10 декабря?",
        "экскурсия где будет 10 декабря?",
    ],
)
async def test_an_events_hours_asked_for_its_day_list_that_day(
    student: ChatWorld, message: str
) -> None:
    """Before: «Извините, не понял» (the end asked with a day; a start asked with the event
    named first was read as a new event «Экскурсия во сколько»)."""
    templates, text = await said(student, message)
    assert templates == ["events_list"], text
    assert "15:00–16:00 Экскурсия в музей янтаря" in text, text


async def test_an_events_end_asked_for_another_day_says_none_then(student: ChatWorld) -> None:
    """«в четверг» is 3 December: none that day, the nearest named."""
    templates, text = await said(student, "экскурсия во сколько заканчивается в четверг?")
    assert templates == ["no_events"], text
    assert "3 декабря (чт)" in text, text
    assert "10 декабря (чт), 15:00–16:00" in text, text


async def test_an_end_asked_with_no_day_still_gives_the_events_details(
    student: ChatWorld,
) -> None:
    templates, text = await said(student, "экскурсия во сколько заканчивается?")
    assert templates == ["event_details"], text


# --- 3: a one-off reminder relative to one event ---------------------------------------------


@pytest.mark.parametrize(
    ("message", "moment"),
    [
        ("напомни за час до экскурсии", "10 декабря (чт) в 14:00"),
        ("напомни мне за 30 минут до экскурсии", "10 декабря (чт) в 14:30"),
        ("напомни за день до экскурсии", "9 декабря (ср) в 15:00"),
    ],
)
async def test_a_reminder_before_one_event_is_kept(
    student: ChatWorld, message: str, moment: str
) -> None:
    """Before: «Не понял, когда напоминать» (the settings' «напоминай за 2 часа» reply)."""
    templates, text = await said(student, message)
    assert templates == ["moment_reminder_set"], text
    assert moment in text, text
    # the way back quotes the event's title, not the genitive typed («про экскурсии»)
    assert "напоминание про «Экскурсия в музей янтаря»»" in text, text


async def test_not_needed_to_remind_is_read_as_a_mute(student: ChatWorld) -> None:
    """Before: «Извините, не понял». Now as «не напоминай про экскурсию»."""
    templates, text = await said(student, "не надо напоминать про экскурсию")
    _same, typed = await said(student, "не напоминай про экскурсию")
    assert templates != ["not_understood"], text
    assert text == typed


# --- 4: a parent's introduction naming a class before one event's question --------------------


async def test_an_introduction_with_a_class_before_a_question(student: ChatWorld) -> None:
    """Before: «Извините, не понял» (the introduction stayed in the question's text)."""
    templates, text = await said(student, "Здравствуйте, я мама ученика 9Б. Где будет экскурсия?")
    assert templates == ["event_details"], text
    assert "каб. 21" in text, text


async def test_an_introduction_with_a_class_before_the_plans_question_keeps_it(
    student: ChatWorld,
) -> None:
    """Guard: «что на неделе?» is asked for that class."""
    _templates, text = await said(student, "Здравствуйте, я мама ученика 9Б. Что на неделе?")
    assert "для 9Б" in text, text
