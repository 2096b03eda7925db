"""chat72: one-off reminders by a lead before one event, through the real chat core
(tests/chat_world.py: the real planner, a real store — SQLite, PostgreSQL under
tests/pg_everywhere.py — the real templates; clock Tuesday 1 December 2026 10:00; PLAN42's
excursion on Thursday 10 December, 15:00–16:00, and lecture on Wednesday 9 December,
15:00–16:00). All sentences are my own."""

from __future__ import annotations

import pytest

from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student

EXCURSION = "«Экскурсия в музей янтаря»"

# --- 1: «напомни про экскурсию» with no moment: asked when, the usual leads as buttons ------


async def _asked(world: ChatWorld, text: str) -> Reply:
    """The one reply to `text`, which must be the «Когда напомнить?» question."""
    [reply] = await world.say(text)
    assert reply.template == "remind_at_moment", world.text(reply)
    return reply


async def test_a_reminder_with_no_moment_asks_when_with_the_usual_leads(
    student: ChatWorld,
) -> None:
    """Before: «Извините, не понял» (a reminder needed a moment word)."""
    reply = await _asked(student, "напомни про экскурсию")
    text = student.text(reply)
    assert f"Когда напомнить о {EXCURSION}" in text, text
    labels = [student.renderer.button_label(b) for row in reply.buttons for b in row]
    assert labels == ["За день", "За час", "Накануне в 19:00"], labels


async def test_the_lead_button_keeps_the_reminder(student: ChatWorld) -> None:
    reply = await _asked(student, "напомните мне про экскурсию, пожалуйста")
    [[first, *_others]] = reply.buttons
    [done] = await student.press(first.payload)
    text = student.text(done)
    assert done.template == "moment_reminder_set", text
    assert "9 декабря (ср) в 15:00" in text, text


@pytest.mark.parametrize(
    ("answer", "moment"),
    [
        ("за 2 часа", "10 декабря (чт) в 13:00"),
        ("за три дня", "7 декабря (пн) в 15:00"),
        ("накануне в 19:00", "9 декабря (ср) в 19:00"),
    ],
)
async def test_a_typed_lead_answers_when(student: ChatWorld, answer: str, moment: str) -> None:
    await _asked(student, "напомни про экскурсию")
    templates, text = await said(student, answer)
    assert templates == ["moment_reminder_set"], text
    assert moment in text, text
    assert EXCURSION in text, text


async def test_a_lead_button_pressed_after_another_question_changes_nothing(
    student: ChatWorld,
) -> None:
    """The buttons are bound to their question (pick_presses): asked again about the
    lecture, the excursion's «За день» keeps nothing."""
    reply = await _asked(student, "напомни про экскурсию")
    await _asked(student, "напомни про лекцию о космосе")
    [[first, *_others]] = reply.buttons
    replies = await student.press(first.payload)
    assert [r.template for r in replies] == ["pick_answer_stale"], replies


async def test_a_plain_question_after_reminder_is_still_a_question(student: ChatWorld) -> None:
    """Guard: «напомни, когда экскурсия?» asks now (review64), no reminder question."""
    templates, text = await said(student, "напомни, когда экскурсия?")
    assert templates != ["remind_at_moment"], text
    assert "15:00–16:00" in text, text


# --- 2: a lead of days or weeks, in words or digits ----------------------------------------


@pytest.mark.parametrize(
    ("message", "moment"),
    [
        ("напомни за три дня до экскурсии", "7 декабря (пн) в 15:00"),
        ("напомни за 3 дня до экскурсии", "7 декабря (пн) в 15:00"),
        ("напомни за неделю до экскурсии", "3 декабря (чт) в 15:00"),
        ("напомните за пять дней до лекции о космосе", "4 декабря (пт) в 15:00"),
        ("напомни за 4 часа до экскурсии", "10 декабря (чт) в 11:00"),
        ("напомни за 2 дня про экскурсию", "8 декабря (вт) в 15:00"),
        ("напомни за день до начала экскурсии, пожалуйста", "9 декабря (ср) в 15:00"),
    ],
)
async def test_a_lead_before_one_event_is_kept(
    student: ChatWorld, message: str, moment: str
) -> None:
    """Before: «Не понял, когда напоминать» (the settings' 2-day cap) or «не понял»."""
    templates, text = await said(student, message)
    assert templates == ["moment_reminder_set"], text
    assert moment in text, text


async def test_a_lead_that_has_passed_is_asked_again(student: ChatWorld) -> None:
    """Two weeks before 10 December is 26 November: already past."""
    templates, text = await said(student, "напомни за две недели до экскурсии")
    assert templates == ["remind_at_moment"], text
    assert "уже прошло" in text, text


async def test_a_bare_lead_stays_the_settings(student: ChatWorld) -> None:
    """Guard: «напоминай за 2 часа» (no event) is every sign-up's lead, as before."""
    templates, _text = await said(student, "напоминай за 2 часа")
    assert "moment_reminder_set" not in templates


# --- 3: the clock of the day before, not the event's ----------------------------------------


@pytest.mark.parametrize(
    ("message", "moment"),
    [
        ("напомни за день до экскурсии в 18:30", "9 декабря (ср) в 18:30"),
        ("напомни в 18:30 накануне экскурсии", "9 декабря (ср) в 18:30"),
        ("напомни за 2 дня до экскурсии в 9 утра", "8 декабря (вт) в 09:00"),
    ],
)
async def test_a_clock_with_a_day_before_is_the_reminders(
    student: ChatWorld, message: str, moment: str
) -> None:
    """Before: the first and third «Не понял, когда напоминать»."""
    templates, text = await said(student, message)
    assert templates == ["moment_reminder_set"], text
    assert moment in text, text
