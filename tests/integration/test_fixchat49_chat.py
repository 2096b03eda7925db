"""fixchat49 (review49 #2, #3) through the real chat core (tests/chat_world.py: real planner,
SQLite store, templates; clock Tuesday 1 December 2026, PLAN42): an announcement ending with
a question of its own gives its card, and «до 15.12» on an open card is a date, not an end."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

class_teacher = chat_world.class_teacher
student = chat_world.plan_student


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ребята, 12 декабря в 10:00 будет субботник, сможете прийти?", "12 декабря (сб), 10:00"),
        ("Завтра в 15:00 пройдёт собрание, все придут?", "2 декабря (ср), 15:00"),
        ("Спектакль пройдёт 14 декабря в 19:00, а вы придёте?", "14 декабря (пн), 19:00"),
        (
            "Добавьте, пожалуйста: 12 декабря в 10:00 будет экскурсия в музей?",
            "12 декабря (сб), 10:00",
        ),
    ],
)
async def test_an_announcement_with_its_own_question_gives_its_card(
    class_teacher: ChatWorld, text: str, shown: str
) -> None:
    """Before (chat49): a plan answer («Начиная с 12 декабря …»), the draft lost."""
    templates, answer = await said(class_teacher, text)
    assert templates == ["event_card"], answer
    assert shown in answer, answer
    templates, answer = await said(class_teacher, "да")
    assert "saved" in templates, answer


async def test_the_question_in_its_own_clause_still_asks(student: ChatWorld) -> None:
    """Guard: chat49's «а экскурсия точно будет в субботу в 15:00?» lists, no card."""
    templates, answer = await said(student, "а экскурсия точно будет в субботу в 15:00?")
    assert templates == ["no_events"], answer
    assert "5 декабря" in answer, answer


CARD = "выставка рисунков для 9б 12 декабря в 10:00"


async def test_until_a_day_and_month_on_a_card_is_a_date(class_teacher: ChatWorld) -> None:
    """«до 15.12» on the card: before (chat49), «12 декабря (сб), 10:00–15:12»; as at the
    base, the day 15 December is read."""
    templates, _ = await said(class_teacher, CARD)
    assert templates == ["event_card"]
    templates, answer = await said(class_teacher, "до 15.12")
    assert "15:12" not in answer, answer
    assert "15 декабря" in answer, answer


async def test_until_a_clock_past_twelve_minutes_is_still_the_end(
    class_teacher: ChatWorld,
) -> None:
    """Guard: «до 13.30» (no month 30) sets the end."""
    await said(class_teacher, CARD)
    templates, answer = await said(class_teacher, "до 13.30")
    assert templates == ["event_card"], answer
    assert "10:00–13:30" in answer, answer
