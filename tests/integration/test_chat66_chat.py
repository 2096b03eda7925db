"""chat66: the conversation as parents, students and partners write it — a greeting before a
question, a day in a question about an event, an asking verb under an open card, a plan's
line named by its ordinal — through the real chat core (tests/chat_world.py: the real
planner, a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real
templates; clock Tuesday 1 December 2026). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
world = chat_world.partner_world

# --- 1: a greeting (and who is writing) before a question ------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Здравствуйте, я мама. Во сколько экскурсия?",
        "Добрый вечер! Я папа. Во сколько экскурсия?",
        "Привет. Во сколько экскурсия?",
        "Здравствуйте! Во сколько экскурсия?",
    ],
)
async def test_a_greeting_before_a_question_answers_the_question(
    student: ChatWorld, message: str
) -> None:
    """Before: only the greeting («Здравствуйте, Ольга! 👋»), or the whole list."""
    templates, text = await said(student, message)
    assert templates == ["event_details"], text
    assert "15:00" in text, text


@pytest.mark.parametrize(
    "message", ["Здравствуйте, я мама Пети из 9Б.", "Добрый день! Я методист КГТУ"]
)
async def test_a_greeting_with_who_is_writing_stays_small_talk(
    student: ChatWorld, message: str
) -> None:
    """Guard: a greeting and an introduction alone are still greeted."""
    templates, text = await said(student, message)
    assert templates == ["small_talk"], text


# --- 2: a day in a question about an event is a day --------------------------------------------


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("кто ведёт в четверг?", "3 декабря (чт)"),
        ("а кто проводит экскурсию в четверг?", "3 декабря (чт)"),
        ("Привет. Кто ведёт в четверг?", "3 декабря (чт)"),
        ("кто организатор 10 декабря?", "10 декабря (чт)"),
        ("кто ведёт лекцию 9 декабря?", "9 декабря (ср)"),
    ],
)
async def test_who_runs_on_a_day_reads_the_day(student: ChatWorld, message: str, day: str) -> None:
    """Before: «Не нашёл предстоящего мероприятия по словам «четверг»» (the day taken as
    the title's words). Now the day's plan, whose lines name each event's organiser."""
    templates, text = await said(student, message)
    assert "по словам" not in text, text
    assert day in text, text


async def test_who_runs_an_event_still_names_its_organiser(student: ChatWorld) -> None:
    """Guard: with no day the event's organiser is answered as before."""
    templates, text = await said(student, "кто ведёт экскурсию?")
    assert templates == ["event_details"], text
    assert "Организатор — КГТУ" in text, text
