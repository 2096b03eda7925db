"""Walk r (2026-12-02, the student side), the gaps fixconv18a closes: keeping one's sign-ups
at a cancel question (#9), one's place on a waiting list (#18), clock-time reminders (#22) and
late or repeated poll answers (#17). The walk's school (tests/integration
/test_walk_r_student_chat.py): the real planner over a real store, a frozen clock and the
real templates."""

from __future__ import annotations

import pytest

from bot.core.models import Role
from tests.integration.test_walk_r_student_chat import (
    MASHA,
    PETYA,
    STUDENT,
    School,
    _signed_up,
    school,
)

__all__ = ["school"]


# --- #9: «нет, не надо отменять» at the cancel question -----------------------------------


@pytest.mark.parametrize("answer", ["нет, не надо отменять", "не отменяй", "нет", "не надо"])
async def test_keeping_sign_ups_at_the_cancel_question(school: School, answer: str) -> None:
    await _signed_up(school)
    assert await school.templates(STUDENT, "отпишись от всего") == ["unsign_all"]
    text = await school.say(STUDENT, answer)
    assert "ничего не отменил" in text, (answer, text)
    assert len(await school.going(STUDENT)) == 2
    # the question is closed: a number now is not a cancel
    assert "signup_cancelled" not in await school.templates(STUDENT, "1")
    assert len(await school.going(STUDENT)) == 2


async def test_keeping_at_which_sign_up_question(school: School) -> None:
    await _signed_up(school)
    await school.say(STUDENT, "мои мероприятия")
    assert await school.templates(STUDENT, "я передумал") == ["unsign_which"]
    assert await school.templates(STUDENT, "нет, не надо отменять") == ["unsign_kept"]
    assert len(await school.going(STUDENT)) == 2


# --- #18: one's place on the waiting list ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["а я какой в очереди?", "какое у меня место в листе ожидания?", "я какая по счёту в очереди"],
)
async def test_a_student_asks_their_place_on_the_waiting_list(
    school: School, question: str
) -> None:
    await _signed_up(school)  # MASHA waits for the excursion, first in line
    await school.store.save_person(304, Role.STUDENT, "Коля", class_name="9В")
    assert await school.templates(304, "запиши меня на экскурсию") == ["signup_waiting"]
    [reply] = await school.replies(304, question)
    text = school.renderer.render(reply.template, reply.context)
    assert reply.template == "waiting_place", text
    assert "«Экскурсия в музей янтаря»" in text, text
    assert "место в листе ожидания — 2 из 2" in text, text
    first = await school.say(MASHA, question)
    assert "место в листе ожидания — 1 из 2" in first, first


async def test_not_on_any_waiting_list(school: School) -> None:
    await _signed_up(school)
    text = await school.say(PETYA, "а я какой в очереди?")  # PETYA has a seat
    assert "не в листе ожидания" in text, text
