"""Every poll step answered by typing, through the planner and a real SQLite store (apps
without buttons, or people who type instead of pressing)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core import feedback
from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, ANNA, BORIS = 10, 21, 22


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


Env = tuple[SqliteStore, Planner, FixedClock, list[int]]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    events = await store.add_events(
        [
            NewEvent("Экскурсия", org.id, at("2026-12-10T15:00"), at("2026-12-10T17:00")),
            NewEvent("Лекция", org.id, at("2026-12-15T16:00"), at("2026-12-15T17:00")),
        ],
        None,
    )
    ids = [e.id for e in events]
    for event_id in ids:
        await planner.handle(ANNA, "", {"a": "signup", "id": event_id})
    yield store, planner, clock, ids
    await store.close()


async def answers(store: SqliteStore, event_id: int) -> list[dict[str, object]]:
    return await store.feedback_of([event_id])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4", 4),
        ("4.", 4),
        ("Оценка 4", 4),
        ("оценку 5!", 5),
        ("4 из 5", 4),
        ("на 3", 3),
        ("5 баллов", 5),
        ("ставлю 2", 2),
    ],
)
def test_typed_ratings_are_read(text: str, value: int) -> None:
    assert feedback.parse_score(text, 1, 5) == value


@pytest.mark.parametrize("text", ["0", "6", "45", "4 класса", "в 4", "четыре дня", ""])
def test_other_texts_are_not_ratings(text: str) -> None:
    assert feedback.parse_score(text, 1, 5) is None


@pytest.mark.parametrize("text", ["Меня не было", "не был", "не ходила.", "не смог"])
def test_absence_is_read(text: str) -> None:
    assert feedback.is_absent(text)


async def test_a_whole_poll_by_typing(env: Env) -> None:
    store, planner, clock, ids = env
    clock.set(at("2026-12-15T18:00"))  # both ended; the lecture is the latest
    [ask] = await planner.handle(ANNA, "оценка 4")
    assert ask.template == "poll_recommend"
    [comment] = await planner.handle(ANNA, "оценка 9")
    assert comment.template == "poll_comment"
    thanks, following = await planner.handle(ANNA, "Интересно, но душно")
    assert thanks.template == "poll_thanks"
    assert following.template == "poll_next"  # the other open poll is asked next (walk r, #6)
    assert following.context["event"].id == ids[0]
    [lecture] = await answers(store, ids[1])
    assert (lecture["rating"], lecture["recommend"], lecture["comment"]) == (
        4,
        9,
        "Интересно, но душно",
    )
    assert await answers(store, ids[0]) == []  # the earlier event is still unanswered

    [ask] = await planner.handle(ANNA, "5")  # now the excursion's poll is the open one
    assert ask.template == "poll_recommend"
    [again] = await planner.handle(ANNA, "15")
    assert again.template == "poll_recommend_again"
    await planner.handle(ANNA, "10")
    await planner.handle(ANNA, "нет")
    [excursion] = await answers(store, ids[0])
    assert (excursion["rating"], excursion["recommend"], excursion["comment"]) == (5, 10, None)


async def test_typed_absence_answers_the_open_poll(env: Env) -> None:
    store, planner, clock, ids = env
    clock.set(at("2026-12-11T09:00"))
    [reply] = await planner.handle(ANNA, "меня не было")
    assert reply.template == "poll_absent"
    [row] = await answers(store, ids[0])
    assert row["attended"] == 0


async def test_a_number_without_an_open_poll_means_what_it_meant_before(env: Env) -> None:
    store, planner, clock, ids = env
    before = await planner.handle(BORIS, "4")  # Boris signed up for nothing
    assert before[0].template not in ("poll_recommend", "poll_thanks")
    clock.set(at("2026-12-01T11:00"))  # nothing has ended yet
    [reply] = await planner.handle(ANNA, "4")
    assert reply.template != "poll_recommend"
    clock.set(at("2026-12-25T11:00"))  # the 7-day window of both is over
    [late] = await planner.handle(ANNA, "4")
    assert late.template != "poll_recommend"
    assert await answers(store, ids[0]) == []
    assert await answers(store, ids[1]) == []


async def test_organisers_type_their_rating_of_their_own_event(env: Env) -> None:
    store, planner, clock, ids = env
    clock.set(at("2026-12-10T18:00"))
    [ask] = await planner.handle(PARTNER, "3")
    assert ask.template == "poll_recommend"
    [row] = await answers(store, ids[0])
    assert (row["role"], row["rating"]) == ("organiser", 3)
