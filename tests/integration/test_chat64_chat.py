"""chat64: the poll's old buttons after a review, a student's questions about a saved event,
a parent writing for a child — through the real chat core (tests/chat_world.py: the real
planner, a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real
templates; clock Tuesday 1 December 2026, PLAN42). All sentences are my own."""

from __future__ import annotations

from bot.core.replies import Reply
from tests.integration.test_poll_keeps_place import Poll, poll

__all__ = ["poll"]  # the after-event poll fixture (a student at its rating question)


async def _press(poll: Poll, data: dict[str, object]) -> list[Reply]:
    replies = await poll.planner.handle(21, "", data)
    for reply in replies:
        assert reply.template != "error"
        poll.text(reply)
    return replies


# --- 1: the old poll's buttons after a review typed at the rating --------------------------


async def test_a_rating_pressed_after_a_review_keeps_the_review(poll: Poll) -> None:
    review = "Понравилось, особенно сборка робота своими руками"
    [thanks] = await poll.say(review)
    assert thanks.template == "poll_thanks", poll.text(thanks)
    [asked] = await _press(poll, {"a": "rate", "e": poll.event_id, "v": 4})
    assert asked.template == "poll_recommend"
    [row] = await poll.rows()
    assert (row["rating"], row["comment"]) == (4, review)
    [question] = await _press(poll, {"a": "recommend", "e": poll.event_id, "v": 9})
    assert "Ваш отзыв, написанный раньше, сохранён" in poll.text(question)
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 9, review)


async def test_a_comment_after_the_old_buttons_adds_to_the_review(poll: Poll) -> None:
    """Before: the second comment replaced the review typed at the rating, silently."""
    review = "Понравилось, особенно сборка робота своими руками"
    await poll.say(review)
    await _press(poll, {"a": "rate", "e": poll.event_id, "v": 5})
    await _press(poll, {"a": "recommend", "e": poll.event_id, "v": 10})
    assert (await poll.one("Хотелось бы подольше")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 10)
    assert row["comment"] == f"{review}\nХотелось бы подольше"
