"""Adversarial walk r (2026-12-02, the student side) in the chat: the planner over a real
store (SQLite; PostgreSQL under tests/pg_everywhere.py), a frozen clock and the real
templates; what is stored is read back from the store. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event, Role
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld
from tests.integration.test_poll_keeps_place import Poll, poll

world = chat_world.partner_world
__all__ = ["poll"]  # the after-event poll fixture (a student at its first question)

STUDENT = 301


async def _say(world: ChatWorld, text: str, vk_id: int | None = None) -> str:
    replies = await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)
    return "\n".join(world.text(r) for r in replies)


async def _student(world: ChatWorld, class_name: str = "9Б", vk_id: int = STUDENT) -> None:
    await world.store.save_person(vk_id, Role.STUDENT, "Ученик", class_name=class_name)


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def _going(world: ChatWorld, vk_id: int = STUDENT) -> list[str]:
    person = await world.store.get_person_by_vk(vk_id)
    assert person is not None
    held = await world.store.events_of_person(person.id, datetime(2026, 12, 1, tzinfo=ZONE))
    return sorted(e.title for e, _ in held)


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)


# --- finding 1: a correction changes the answer it names --------------------------------


async def test_a_correction_naming_the_rating_given_changes_the_rating(poll: Poll) -> None:
    """«ой я поставил 5 а хотел 3» after 5 and 10: the rating 5 becomes 3, the 10 stays."""
    await poll.one("5")
    await poll.one("10")
    await poll.one("нет")
    [corrected] = await poll.say("ой я поставил 5 а хотел 3")
    assert corrected.template == "poll_corrected"
    assert "3 из 5 (было 5)" in poll.text(corrected)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (3, 10)


async def test_a_correction_that_fits_only_the_rating_scale_is_said_so(poll: Poll) -> None:
    """«исправь оценку мероприятия на 2» names the rating; the reply names the question."""
    await poll.one("4")
    await poll.one("9")
    corrected, question = await poll.say("исправь оценку мероприятия на 2")
    assert "оценка мероприятия" in poll.text(corrected)
    assert question.template == "poll_comment"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (2, 9)


async def test_a_recommendation_correction_says_it_is_the_recommendation(poll: Poll) -> None:
    await poll.one("4")
    await poll.one("9")
    corrected, _ = await poll.say("исправь на 7")
    assert "посоветуете" in poll.text(corrected)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (4, 7)


async def test_better_eight_at_the_comment_step_corrects_the_score(poll: Poll) -> None:
    """Walk r, #17: «лучше 8» where the comment is asked puts the 9 right, not a comment."""
    await poll.one("4")
    await poll.one("9")
    corrected, question = await poll.say("лучше 8")
    assert corrected.template == "poll_corrected"
    assert question.template == "poll_comment"
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, None)
