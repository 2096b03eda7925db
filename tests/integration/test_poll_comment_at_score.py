"""The poll's 0–10 step through the planner (real SQLite store, real templates; newcomer
walk 2026-12-01, finding 18): «ну 8 наверное» is the score; a review with no score is kept
as the comment, the score left empty — also one that mentions a day («в пятницу было
круто»), which a student cannot mean as a new event; fillers are asked again; an
organiser's new event typed at the same step stays a new event."""

from __future__ import annotations

from bot.core.models import Role
from tests.integration.test_poll_keeps_place import PARTNER, Poll
from tests.integration.test_poll_keeps_place import poll as poll  # the fixture


async def test_a_hedged_score_is_read(poll: Poll) -> None:
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("ну 8 наверное")).template == "poll_comment"
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, None)


async def test_a_review_without_a_score_is_the_comment(poll: Poll) -> None:
    await poll.one("4")
    again = await poll.one("хммм ну как сказать")  # says nothing: asked again, not stored
    assert again.template == "poll_recommend_again"
    assert [(r["recommend"], r["comment"]) for r in await poll.rows()] == [(None, None)]
    text = "паяльники были старые, но преподаватель классный)))"
    thanks = await poll.one(text)
    assert thanks.template == "poll_thanks"
    assert "оценку от 0 до 10 оставил пустой" in poll.text(thanks)
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, None, text)
    assert (await poll.one("ой я поставил 4 а хотел 5")).template == "poll_corrected"
    [row] = await poll.rows()
    assert (row["rating"], row["comment"]) == (5, text)  # the comment is kept


async def test_a_review_naming_a_day_is_no_new_event_from_a_student(poll: Poll) -> None:
    await poll.one("5")
    thanks = await poll.one("в пятницу было круто")
    assert thanks.template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["recommend"], row["comment"]) == (None, "в пятницу было круто")
    assert len(await poll.store.events_between(poll.clock.now(), None)) == 0


async def test_an_organisers_new_event_at_the_score_step_stays_an_event(poll: Poll) -> None:
    partner = await poll.store.get_person_by_vk(PARTNER)
    assert partner is not None
    assert partner.role is Role.PARTNER
    [rating] = await poll.planner.handle(PARTNER, "", {"a": "rate", "e": poll.event_id, "v": 5})
    assert rating.template == "poll_recommend"
    [card] = await poll.planner.handle(PARTNER, "в пятницу проведём лекцию о роботах в 15:00, 9б")
    assert card.template == "event_card"  # the new event's card, not the poll's comment
    rows = [r for r in await poll.rows() if r["comment"]]
    assert rows == []
