"""Forged poll and sign-up buttons get accurate refusals and store nothing out of order
(newcomer walk 2026-12-01e, finding 20): a recommendation score with no rating, a rating for
an event still to come, a sign-up for an event id that does not exist — through the real
planner, a real store and the real templates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
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
class World:
    store: SqliteStore
    planner: Planner
    clock: FixedClock
    past: int  # ended 08.12 17:30, the student signed up
    future: int  # 16.12, the student signed up
    renderer: Renderer

    async def press(self, data: dict[str, Any]) -> Reply:
        [reply] = await self.planner.handle(STUDENT, "", data)
        return reply

    def text(self, reply: Reply) -> str:
        return self.renderer.render(reply.template, reply.context)

    async def rows(self, event_id: int) -> list[dict[str, Any]]:
        return await self.store.feedback_of([event_id])


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9Б")
    past, future = await store.add_events(
        [
            NewEvent("Мастер-класс", org.id, at("2026-12-08T16:00"), at("2026-12-08T17:30")),
            NewEvent("Лекция о мостах", org.id, at("2026-12-16T15:00"), at("2026-12-16T16:00")),
        ],
        None,
    )
    for event in (past, future):
        [signed] = await planner.handle(STUDENT, "", {"a": "signup", "id": event.id})
        assert signed.template == "signed_up"
    clock.set(at("2026-12-08T18:30"))  # the first one's poll has gone out
    yield World(store, planner, clock, past.id, future.id, Renderer())
    await store.close()


async def test_a_recommendation_before_any_rating_is_not_stored(world: World) -> None:
    reply = await world.press({"a": "recommend", "e": world.past, "v": 10})
    assert reply.template == "poll_rating_first"
    assert "Мастер-класс" in world.text(reply)
    assert {b.payload["a"] for row in reply.buttons for b in row} >= {"rate"}
    assert await world.rows(world.past) == []
    # the rating, then the same button: stored in order
    assert (await world.press({"a": "rate", "e": world.past, "v": 4})).template == (
        "poll_recommend"
    )
    assert (await world.press({"a": "recommend", "e": world.past, "v": 10})).template == (
        "poll_comment"
    )
    [row] = await world.rows(world.past)
    assert (row["rating"], row["recommend"]) == (4, 10)


async def test_a_recommendation_after_a_skipped_rating_is_still_taken(world: World) -> None:
    [skipped] = await world.planner.handle(STUDENT, "пропустить")
    assert skipped.template == "poll_recommend"
    assert (await world.press({"a": "recommend", "e": world.past, "v": 9})).template == (
        "poll_comment"
    )
    [row] = await world.rows(world.past)
    assert (row["rating"], row["recommend"]) == (None, 9)


async def test_a_rating_for_an_event_to_come_says_it_has_not_happened(world: World) -> None:
    reply = await world.press({"a": "rate", "e": world.future, "v": 1})
    assert reply.template == "poll_not_yet"
    text = world.text(reply)
    assert "Лекция о мостах" in text
    assert "закрыт" not in text
    assert await world.rows(world.future) == []
    reply = await world.press({"a": "recommend", "e": world.future, "v": 3})
    assert reply.template in ("poll_not_yet", "poll_rating_first")
    assert await world.rows(world.future) == []


async def test_a_sign_up_for_an_unknown_event_says_there_is_none(world: World) -> None:
    reply = await world.press({"a": "signup", "id": 999})
    assert reply.template == "signup_unavailable"
    text = world.text(reply)
    assert "прошло или отменено" not in text
    assert reply.context.get("reason") == "unknown"
    # a real past event still gets the past-or-cancelled reason
    past = await world.press({"a": "signup", "id": world.past})
    assert "прошло" in world.text(past)
