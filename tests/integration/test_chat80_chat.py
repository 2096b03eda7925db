"""chat80: what busy users tripped over in round 45 (tests/data/chat80.md, newcomer78's and
chat78's leftovers), each typed as a user would through the real planner over a real store
(SQLite; PostgreSQL under tests/pg_everywhere.py). The clock is chat_world's NOW, Tuesday
1 December 2026, 10:00 Kaliningrad. All sentences are my own."""

from __future__ import annotations

from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ChatWorld, said

plan_student = chat_world.plan_student


def _signup_numbers(replies: list[Reply]) -> list[int]:
    """The numbers of the «Записаться: N» buttons under `replies`."""
    return [
        b.context["number"]
        for r in replies
        for row in r.buttons
        for b in row
        if b.label == "signup"
    ]


# --- W8: a signed-up event offers no «записаться» -----------------------------------------


async def test_a_signed_up_event_offers_no_signup(plan_student: ChatWorld) -> None:
    """After «записаться 1» the list marked the lecture «✅ вы записаны» and still ended
    «Записаться — … «записаться 1»» with the button «Записаться: 1» (newcomer78 W8): the
    list now offers only the events the student is not on."""
    replies = await plan_student.say("что на следующей неделе?")
    assert _signup_numbers(replies) == [1, 2], [plan_student.text(r) for r in replies]
    templates, text = await said(plan_student, "записаться 1")
    assert "Вы записаны" in text or "записаны" in text, text
    replies = await plan_student.say("что на следующей неделе?")
    text = "\n".join(plan_student.text(r) for r in replies)
    assert "✅ вы записаны" in text, text
    assert _signup_numbers(replies) == [2], text
    assert "«записаться 2»" in text and "«записаться 1»" not in text, text
    await said(plan_student, "записаться 2")
    replies = await plan_student.say("что на следующей неделе?")
    text = "\n".join(plan_student.text(r) for r in replies)
    assert _signup_numbers(replies) == [], text
    assert "Записаться —" not in text, text
