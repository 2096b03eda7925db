"""safety72 #4 (review69): a teacher's new event while «О каком мероприятии напомнить?» is
open was taken as the answer — «концерт 5 декабря», «Экскурсия 12 декабря», «В пятницу
экскурсия», «завтра концерт» got «О каком мероприятии напомнить?» again and the event was
lost. An announcement — a day and a title whose head is a noun in the nominative, as the
parser reads it — is no answer: the question is dropped with a word that no reminder was
set, and the text is the new event's. The answers remind69 reads stay answers. Through the
real planner over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere); a teacher
of the school and PLAN42 (tests/chat_world.py, Tuesday 1 December 2026). Sentences mine."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher
student = chat_world.plan_student


async def _asked(world: ChatWorld) -> None:
    templates, text = await said(world, "напомни завтра в 9")
    assert templates == ["remind_at_moment"], text
    assert "О каком мероприятии напомнить" in text, text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("концерт 5 декабря", "Концерт"),
        ("Экскурсия 12 декабря", "Экскурсия"),
        ("В пятницу экскурсия", "Экскурсия"),
        ("завтра концерт", "Концерт"),
        ("Олимпиада 14.12", "Олимпиада"),
    ],
)
async def test_an_announcement_is_no_answer(teacher: ChatWorld, text: str, title: str) -> None:
    await _asked(teacher)
    templates, answer = await said(teacher, text)
    assert "moment_reminder_set" not in templates, answer
    assert templates[0] == "moment_question_dropped", answer
    assert "напомни завтра в 9" in answer, answer  # what was asked, to say again
    assert f"«{title}»" in answer, answer  # the new event's question follows


@pytest.mark.parametrize(
    "text", ["экскурсию", "про экскурсию", "Экскурсия в музей янтаря", "на лекцию о космосе"]
)
async def test_a_name_still_answers(student: ChatWorld, text: str) -> None:
    await _asked(student)
    templates, answer = await said(student, text)
    assert templates == ["moment_reminder_set"], answer
