"""Review 19, C1: after a student has answered the poll, a number alone is a late score
(«Вы уже ответили …») only while nothing has been listed since; a number typed after a
later list belongs to that list («1» after «что на неделе?», «2» after «отпишись от всего»
lists the sign-ups). The poll fixture of tests/integration/test_poll_keeps_place.py: the
real planner over a real store, a frozen clock and the real templates."""

from __future__ import annotations

from bot.core.models import NewEvent
from tests.integration.test_poll_keeps_place import STUDENT, Poll, poll
from tests.integration.test_poll_keeps_place import at as poll_at

__all__ = ["poll"]


async def _answered(poll: Poll) -> None:
    """The poll answered in full (5, 9, no comment) and two more events on 10 and 11
    December, the student signed up for neither."""
    for answer in ("5", "9", "нет"):
        await poll.say(answer)
    [master] = await poll.store.events_between(poll_at("2026-12-08T00:00"), None)
    await poll.store.add_events(
        [
            NewEvent(
                "Лекция о космосе",
                master.organisation_id,
                poll_at("2026-12-10T15:00"),
                poll_at("2026-12-10T16:00"),
            ),
            NewEvent(
                "Экскурсия на верфь",
                master.organisation_id,
                poll_at("2026-12-11T15:00"),
                poll_at("2026-12-11T17:00"),
            ),
        ],
        None,
    )


async def test_a_number_right_after_the_poll_is_still_a_late_score(poll: Poll) -> None:
    await _answered(poll)
    reply = await poll.one("4")
    assert reply.template == "poll_answered", poll.text(reply)


async def test_a_number_after_a_later_list_is_not_a_poll_answer(poll: Poll) -> None:
    await _answered(poll)
    listed = "\n".join(poll.text(r) for r in await poll.say("что на неделе?"))
    assert "Лекция о космосе" in listed, listed
    replies = await poll.say("1")
    shown = "\n".join(poll.text(r) for r in replies)
    assert "poll_answered" not in [r.template for r in replies], shown
    assert "опрос" not in shown.lower(), shown
    # a score named as one is still read as the poll's
    reply = await poll.one("оценка 4")
    assert reply.template == "poll_answered", poll.text(reply)


async def test_a_number_answering_a_list_question_picks_from_it(poll: Poll) -> None:
    await _answered(poll)
    events = await poll.store.events_between(poll_at("2026-12-09T00:00"), None)
    student = await poll.store.get_person_by_vk(STUDENT)
    assert student is not None
    for event in events:
        await poll.store.sign_up(event.id, student.id)
    asked = [r.template for r in await poll.say("отпишись от всего")]
    assert asked == ["unsign_all"], asked
    replies = await poll.say("2")
    shown = "\n".join(poll.text(r) for r in replies)
    assert "poll_answered" not in [r.template for r in replies], shown
