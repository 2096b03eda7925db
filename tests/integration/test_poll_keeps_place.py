"""The after-event poll keeps its place: the walk of a student of 9В who answered in words,
said «не знаю», «отмена», corrected a score — through the real planner, a real store (SQLite;
PostgreSQL under tests/pg_everywhere.py) and the real templates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, STUDENT = 10, 21


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class Poll:
    store: SqliteStore
    planner: Planner
    clock: FixedClock
    event_id: int
    renderer: Renderer

    async def say(self, text: str) -> list[Reply]:
        replies = await self.planner.handle(STUDENT, text)
        for reply in replies:  # every reply renders (StrictUndefined) and is not an error
            assert reply.template != "error"
            self.renderer.render(reply.template, reply.context)
        return replies

    async def one(self, text: str) -> Reply:
        [reply] = await self.say(text)
        return reply

    async def rows(self) -> list[dict[str, Any]]:
        return await self.store.feedback_of([self.event_id])

    def text(self, reply: Reply) -> str:
        return self.renderer.render(reply.template, reply.context)


@pytest.fixture
async def poll(tmp_path: Path) -> AsyncIterator[Poll]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя")
    [event] = await store.add_events(
        [NewEvent("Мастер-класс", org.id, at("2026-12-08T16:00"), at("2026-12-08T17:30"))], None
    )
    [signed] = await planner.handle(STUDENT, "", {"a": "signup", "id": event.id})
    assert signed.template == "signed_up"
    clock.set(at("2026-12-08T18:30"))  # the poll has gone out
    yield Poll(store, planner, clock, event.id, Renderer())
    await store.close()


def payload_actions(reply: Reply) -> list[tuple[str, int | None]]:
    return [(b.payload["a"], b.payload.get("v")) for row in reply.buttons for b in row]


async def test_a_spelled_out_rating_is_read(poll: Poll) -> None:
    reply = await poll.one("оценка четыре")
    assert reply.template == "poll_recommend"
    [row] = await poll.rows()
    assert row["rating"] == 4


async def test_an_unreadable_answer_asks_the_same_question_again(poll: Poll) -> None:
    again = await poll.one("ну такое себе")
    assert again.template == "poll_rating_again"
    assert ("rate", 1) in payload_actions(again)
    assert ("absent", None) in payload_actions(again)
    assert all(b.payload["e"] == poll.event_id for row in again.buttons for b in row)
    assert await poll.rows() == []
    assert (await poll.one("4")).template == "poll_recommend"
    again = await poll.one("хммм ну как сказать")
    assert again.template == "poll_recommend_again"
    # 0–10 since chat80 (the question says 0–10; the buttons ran 1–10: newcomer78 W9)
    assert [v for a, v in payload_actions(again) if a == "recommend"] == list(range(11))
    assert (await poll.one("8")).template == "poll_comment"  # the question was still open
    assert (await poll.one("Было интересно")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, "Было интересно")


async def test_the_walkers_session(poll: Poll) -> None:
    """«оценка четыре», «не знаю», «8», «ой я поставил 4 а хотел 3»: nothing lost."""
    assert (await poll.one("оценка четыре")).template == "poll_recommend"
    skipped = await poll.one("не знаю")
    assert skipped.template == "poll_comment"
    assert skipped.context["skipped"]
    assert "Хорошо, пропустим" in poll.text(skipped)
    corrected, question = await poll.say("ой я поставил 4 а хотел 3")
    assert corrected.template == "poll_corrected"
    assert corrected.context["value"] == 3
    assert question.template == "poll_comment"  # the open question goes on
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (3, None, None)


async def test_a_correction_overwrites_and_never_doubles(poll: Poll) -> None:
    await poll.one("4")
    await poll.one("9")  # recommendation; the comment question is open
    corrected, _ = await poll.say("исправь оценку на 6")
    assert corrected.template == "poll_corrected"
    assert corrected.context["scale"] == 10
    await poll.one("нет")
    after = await poll.say("ой, я поставил 6, а хотел семь")  # right after the poll
    assert [r.template for r in after] == ["poll_corrected"]
    [row] = await poll.rows()  # one answer per student and event
    assert (row["rating"], row["recommend"]) == (4, 7)
    student = await poll.store.get_person_by_vk(STUDENT)
    assert student is not None
    assert await poll.store.answered_by(poll.event_id) == {student.id}
    out_of_range = await poll.one("исправь оценку на 15")
    assert out_of_range.template == "poll_correct_range"
    [row] = await poll.rows()
    assert row["recommend"] == 7


async def test_scores_out_of_range_are_asked_again(poll: Poll) -> None:
    again = await poll.one("7")
    assert again.template == "poll_rating_again"
    assert again.context["value"] == 7
    assert "от 1 до 5, а не 7" in poll.text(again)
    await poll.one("твёрдая пятёрка")
    again = await poll.one("11 из 10")
    assert again.template == "poll_recommend_again"
    assert again.context["value"] == 11
    assert (await poll.one("ноль")).template == "poll_comment"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 0)


async def test_numbers_of_something_else_are_not_scores(poll: Poll) -> None:
    for text in ("в 4 часа", "9 класс"):
        reply = await poll.one(text)
        assert reply.template != "poll_recommend", text
    assert await poll.rows() == []


async def test_a_question_understood_otherwise_keeps_the_poll_open(poll: Poll) -> None:
    await poll.one("4")
    answer = await poll.say("что на следующей неделе?")
    assert all(not r.template.startswith("poll") for r in answer)
    assert (await poll.one("восемь")).template == "poll_comment"
    [row] = await poll.rows()
    assert row["recommend"] == 8


async def test_stop_ends_the_poll_politely_for_a_student(poll: Poll) -> None:
    await poll.one("4")
    stopped = await poll.one("отмена")
    assert stopped.template == "poll_stopped"
    assert stopped.context["answered"]
    assert "Пришлите мероприятие" not in poll.text(stopped)
    reply = await poll.one("абырвалг")  # the poll is over: not asked again
    assert reply.template == "not_understood"
    nothing = await poll.one("отмена")
    assert nothing.template == "nothing_pending"
    assert "Пришлите мероприятие" not in poll.text(nothing)
    assert "что на следующей неделе" in poll.text(nothing)
    [row] = await poll.rows()
    assert row["rating"] == 4


async def test_stop_before_any_answer_is_not_asked_again(poll: Poll) -> None:
    stopped = await poll.one("хватит")
    assert stopped.template == "poll_stopped"
    assert not stopped.context["answered"]
    assert (await poll.one("абырвалг")).template == "not_understood"
    assert await poll.rows() == []


async def test_skipping_every_question(poll: Poll) -> None:
    assert (await poll.one("пропустить")).template == "poll_recommend"
    assert (await poll.one("не хочу отвечать")).template == "poll_comment"
    assert (await poll.one("пропустить")).template == "poll_thanks"
    assert await poll.rows() == []
    assert (await poll.one("абырвалг")).template == "not_understood"


async def test_the_rating_question_is_not_re_asked_days_later(poll: Poll) -> None:
    poll.clock.set(at("2026-12-08T18:30") + timedelta(days=2))
    assert (await poll.one("абырвалг")).template == "not_understood"
    assert (await poll.one("четыре")).template == "poll_recommend"  # still answerable
    [row] = await poll.rows()
    assert row["rating"] == 4


async def test_a_partner_gets_the_partner_hint_for_nothing_pending(poll: Poll) -> None:
    [reply] = await poll.planner.handle(PARTNER, "отмена")
    assert reply.template == "nothing_pending"
    assert "Пришлите мероприятие" in poll.text(reply)


async def test_a_newer_poll_supersedes_the_open_question(poll: Poll) -> None:
    event = await poll.store.get_event(poll.event_id)
    assert event is not None
    [later] = await poll.store.add_events(
        [
            NewEvent(
                "Экскурсия", event.organisation_id, at("2026-12-09T15:00"), at("2026-12-09T17:00")
            )
        ],
        None,
    )
    await poll.planner.handle(STUDENT, "", {"a": "signup", "id": later.id})
    assert (await poll.one("4")).template == "poll_recommend"  # the workshop's question
    poll.clock.set(at("2026-12-09T17:30"))  # the excursion's poll has gone out
    assert (await poll.one("5")).template == "poll_recommend"  # its rating, not the old 0–10
    [workshop] = await poll.rows()
    assert (workshop["rating"], workshop["recommend"]) == (4, None)
    [excursion] = await poll.store.feedback_of([later.id])
    assert excursion["rating"] == 5
    assert (await poll.one("9")).template == "poll_comment"
    [excursion] = await poll.store.feedback_of([later.id])
    assert excursion["recommend"] == 9


async def test_a_number_at_the_comment_step_corrects_the_score(poll: Poll) -> None:
    """«4», «4» (a double send), «9», «Очень понравилось» (newcomer walk 2026-12-01e, #12): the
    «9» typed at the comment step is the 0–10 score put right, not a comment «9»; the
    comment question stays open and the real comment is kept."""
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("4")).template == "poll_comment"
    corrected, question = await poll.say("9")
    assert corrected.template == "poll_corrected"
    assert (corrected.context["value"], corrected.context["scale"]) == (9, 10)
    assert question.template == "poll_comment"
    assert (await poll.one("Очень понравилось")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 9, "Очень понравилось")


async def test_a_number_at_the_comment_step_after_a_skipped_score_fills_it(poll: Poll) -> None:
    assert (await poll.one("5")).template == "poll_recommend"
    assert (await poll.one("пропустить")).template == "poll_comment"
    corrected, question = await poll.say("10")
    assert (corrected.template, question.template) == ("poll_corrected", "poll_comment")
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (5, 10, None)


async def test_an_out_of_range_number_at_the_comment_step_is_not_a_comment(poll: Poll) -> None:
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("8")).template == "poll_comment"
    refused, question = await poll.say("15")
    assert refused.template == "poll_correct_range"
    assert question.template == "poll_comment"
    [row] = await poll.rows()
    assert (row["recommend"], row["comment"]) == (8, None)


async def test_a_comment_right_after_the_thanks_is_kept(poll: Poll) -> None:
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("8")).template == "poll_comment"
    assert (await poll.one("нет")).template == "poll_thanks"
    poll.clock.set(poll.clock.now() + timedelta(minutes=2))
    added = await poll.one("Очень понравилось, спасибо")
    assert added.template == "poll_comment_added"
    assert "Мастер-класс" in poll.text(added)
    poll.clock.set(poll.clock.now() + timedelta(minutes=2))
    assert (await poll.one("и преподаватель классный")).template == "poll_comment_added"
    [row] = await poll.rows()
    assert row["comment"] == "Очень понравилось, спасибо\nи преподаватель классный"
    assert (row["rating"], row["recommend"]) == (4, 8)


async def test_a_late_text_after_the_thanks_is_not_taken_for_a_comment(poll: Poll) -> None:
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("8")).template == "poll_comment"
    assert (await poll.one("Было интересно")).template == "poll_thanks"
    question = await poll.say("что на следующей неделе?")  # understood as usual
    assert all(r.template != "poll_comment_added" for r in question)
    poll.clock.set(poll.clock.now() + timedelta(hours=3))
    assert (await poll.one("очень понравилось")).template != "poll_comment_added"
    [row] = await poll.rows()
    assert row["comment"] == "Было интересно"


async def test_no_comment_is_taken_after_the_poll_was_stopped(poll: Poll) -> None:
    assert (await poll.one("4")).template == "poll_recommend"
    assert (await poll.one("отмена")).template == "poll_stopped"
    assert (await poll.one("очень понравилось")).template != "poll_comment_added"
    [row] = await poll.rows()
    assert row["comment"] is None
