"""Walk r (2026-12-02, the student side), the gaps fixconv18a closes: keeping one's sign-ups
at a cancel question (#9), one's place on a waiting list (#18), clock-time reminders (#22) and
late or repeated poll answers (#17). The walk's school (tests/integration
/test_walk_r_student_chat.py): the real planner over a real store, a frozen clock and the
real templates."""

from __future__ import annotations

import pytest

from bot.core.models import Role
from tests.integration.test_poll_keeps_place import Poll, payload_actions, poll
from tests.integration.test_poll_keeps_place import at as poll_at
from tests.integration.test_walk_r_student_chat import (
    MASHA,
    PETYA,
    STUDENT,
    School,
    _signed_up,
    school,
)

__all__ = ["poll", "school"]


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


# --- #17: late and repeated poll answers ---------------------------------------------------
# the poll fixture: «Мастер-класс» on 8 December 16:00–17:30, the student at its first question


async def test_a_late_rating_says_the_poll_is_closed(poll: Poll) -> None:
    poll.clock.set(poll_at("2026-12-20T10:00"))  # 11 days after: past the 7-day window
    reply = await poll.one("оценка 2")
    assert reply.template == "poll_closed", poll.text(reply)
    assert "Опрос о «Мастер-класс» уже закрыт" in poll.text(reply)
    assert await poll.rows() == []


async def test_a_repeated_answer_says_what_is_stored(poll: Poll) -> None:
    for answer in ("5", "9", "паяльники старые"):
        await poll.say(answer)
    reply = await poll.one("5")
    text = poll.text(reply)
    assert reply.template == "poll_answered", text
    assert "Вы уже ответили на опрос о «Мастер-класс»" in text, text
    assert "оценка — 5 из 5" in text, text
    assert "посоветовать другу — 9 из 10" in text, text
    assert "«паяльники старые»" in text, text
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 9)


async def test_a_score_after_i_was_not_there_asks_to_replace_it(poll: Poll) -> None:
    assert (await poll.one("меня не было")).template == "poll_absent"
    offer = await poll.one("4")
    text = poll.text(offer)
    assert offer.template == "poll_absent_score", text
    assert "Вы отметили, что вас не было" in text, text
    assert "Поставить 4?" in text, text
    [row] = await poll.rows()
    assert row["attended"] == 0  # nothing replaced yet
    assert payload_actions(offer) == [("rate", 4)]
    replies = await poll.say("да")
    assert replies[0].template == "poll_recommend", poll.text(replies[0])
    [row] = await poll.rows()
    assert (row["attended"], row["rating"]) == (1, 4)


async def test_a_score_after_i_was_not_there_is_kept_on_no(poll: Poll) -> None:
    await poll.say("меня не было")
    await poll.say("4")
    assert "poll_recommend" not in [r.template for r in await poll.say("нет")]
    [row] = await poll.rows()
    assert (row["attended"], row["rating"]) == (0, None)


async def test_better_eight_at_the_comment_step_corrects_the_score(poll: Poll) -> None:
    """Walk r #17's last case («лучше 8» at «Хотите что-то добавить?»): the 9 becomes 8, no
    comment is stored (already read as a correction on main; kept here as its guard)."""
    await poll.say("5")
    await poll.say("9")
    replies = await poll.say("лучше 8")
    assert replies[0].template == "poll_corrected", poll.text(replies[0])
    [row] = await poll.rows()
    assert (row["recommend"], row["comment"]) == (8, None)
