"""fix75: small leftovers of round 41 through the real planner over a real store (a 9Б
student of PLAN42, tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad;
«Экскурсия в музей янтаря» 10 December 15:00–16:00). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import said

student = chat_world.plan_student


@pytest.mark.parametrize(
    "text",
    [
        "напомни через 99999999999999999999 минут про экскурсию",
        "напомните через 99999999999 часов про экскурсию",
        "напомни про экскурсию через 99999999999999999999 дней",
    ],
)
async def test_a_count_past_any_calendar_is_said_too_large(
    student: chat_world.ChatWorld, text: str
) -> None:
    templates, reply = await said(student, text)
    assert templates == ["remind_at_moment"], reply
    assert "слишком большое" in reply, reply
    assert "«Экскурсия в музей янтаря»" in reply, reply
    # the question stays open: the next clock answers it
    templates, reply = await said(student, "завтра в 8 утра")
    assert templates == ["moment_reminder_set"], reply
    assert "2 декабря (ср) в 08:00" in reply, reply


async def test_a_count_in_reach_is_still_kept(student: chat_world.ChatWorld) -> None:
    templates, reply = await said(student, "напомни через 3 часа про экскурсию")
    assert templates == ["moment_reminder_set"], reply
    assert "1 декабря (вт) в 13:00" in reply, reply
