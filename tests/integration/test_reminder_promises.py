"""A reminder goes out only when it fell due while the person was to be reminded, and at the
moments the sign-up reply promised (newcomer walk 2026-12-01d, finding 4).

Everything goes through the real planner (saving, signing up, moving, the waiting list)
and the real notification loop on a real store, with a hand-moved clock; under
`-p tests.pg_everywhere` the same runs on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, ANNA, BORIS = 200, 301, 302


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class Sent:
    replies: list[Reply] = field(default_factory=list)

    async def __call__(self, reply: Reply) -> None:
        self.replies.append(reply)

    def take(self) -> list[tuple[str, int]]:
        taken = sorted((r.template, p) for r in self.replies for p in r.recipients)
        self.replies.clear()
        return [t for t in taken if t[0] != "digest"]


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    clock: FixedClock
    loop: NotificationLoop
    sent: Sent

    async def tick(self, moment: str) -> list[tuple[str, int]]:
        """The loop's tick at `moment` (school time): what it sent."""
        self.clock.set(at(moment))
        await self.loop.tick()
        return self.sent.take()

    async def say(self, moment: str, vk_id: int, text: str) -> list[Reply]:
        self.clock.set(at(moment))
        return await self.planner.handle(vk_id, text)

    async def press(self, moment: str, vk_id: int, **payload: object) -> list[Reply]:
        self.clock.set(at(moment))
        return await self.planner.handle(vk_id, "", payload)

    async def save(self, moment: str, text: str) -> int:
        """The partner writes an event and says «да»; its id."""
        card = await self.say(moment, PARTNER, text)
        assert card[0].template == "event_card", card
        [saved, *_] = await self.say(moment, PARTNER, "да")
        assert saved.template == "saved", saved
        [event] = await self.store.events_between(at(moment), None)
        return event.id

    async def sign_up(self, moment: str, vk_id: int, event_id: int) -> Reply:
        [reply] = await self.press(moment, vk_id, a="signup", id=event_id)
        return reply


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна Петровна", org.id)
    for vk_id in (ANNA, BORIS):
        await store.save_person(vk_id, Role.STUDENT, "", class_name="9Б")
    sent = Sent()
    yield World(store, planner, clock, NotificationLoop(store, clock, TZ, sent), sent)
    await store.close()


def promised(reply: Reply) -> list[datetime]:
    assert reply.template == "signed_up", reply
    return list(reply.context["reminders"])


async def test_the_walks_same_day_event_reminds_once_at_the_promised_moment(
    world: World,
) -> None:
    event_id = await world.save("2026-12-01T12:55", "Лекция о мостах 1 декабря в 14:10, 9Б")
    assert await world.tick("2026-12-01T12:55") == []  # the organiser: nothing right away
    reply = await world.sign_up("2026-12-01T12:56", ANNA, event_id)
    assert promised(reply) == [at("2026-12-01T13:10")]  # «Напомню 1 декабря в 13:10»
    for minute in ("12:56", "12:57", "13:00", "13:09"):
        assert await world.tick(f"2026-12-01T{minute}") == []
    got = await world.tick("2026-12-01T13:10")
    assert got == [("reminder", PARTNER), ("reminder", ANNA)]
    for minute in ("13:11", "14:00", "14:09"):
        assert await world.tick(f"2026-12-01T{minute}") == []


async def test_a_late_sign_up_gets_only_the_next_moment_ahead(world: World) -> None:
    event_id = await world.save("2026-12-01T10:00", "Лекция о мостах 15 декабря в 15:00, 9Б")
    assert await world.tick("2026-12-14T15:00") == [("reminder", PARTNER)]
    reply = await world.sign_up("2026-12-15T10:00", ANNA, event_id)
    assert promised(reply) == [at("2026-12-15T14:00")]
    assert await world.tick("2026-12-15T10:00") == []  # not the day-before one, caught up
    assert await world.tick("2026-12-15T13:59") == []
    assert await world.tick("2026-12-15T14:00") == [("reminder", PARTNER), ("reminder", ANNA)]


async def test_a_move_to_a_nearer_time_reminds_at_the_new_times_ahead_only(
    world: World,
) -> None:
    event_id = await world.save("2026-12-01T10:00", "Лекция о мостах 20 декабря в 15:00, 9Б")
    assert promised(await world.sign_up("2026-12-01T10:05", ANNA, event_id)) == [
        at("2026-12-19T15:00"),
        at("2026-12-20T14:00"),
    ]
    await world.say("2026-12-15T12:00", PARTNER, "мои мероприятия")
    [card] = await world.say("2026-12-15T12:00", PARTNER, "перенеси 1 на 15 декабря в 15:00")
    assert card.template == "change_card", card
    replies = await world.say("2026-12-15T12:00", PARTNER, "да")
    assert replies[0].template == "moved", replies
    moved = await world.store.get_event(event_id)
    assert moved is not None
    assert moved.start == at("2026-12-15T15:00")
    # the new day-before moment (14 December 15:00) was before the move: the students were
    # told of the move, not reminded at once of something already past
    assert await world.tick("2026-12-15T12:00") == []
    assert await world.tick("2026-12-15T12:01") == []
    assert await world.tick("2026-12-15T14:00") == [("reminder", PARTNER), ("reminder", ANNA)]


async def test_reminders_missed_while_the_bot_was_down_are_caught_up_once(
    world: World,
) -> None:
    event_id = await world.save("2026-12-01T10:00", "Лекция о мостах 15 декабря в 15:00, 9Б")
    assert promised(await world.sign_up("2026-12-01T10:05", ANNA, event_id)) == [
        at("2026-12-14T15:00"),
        at("2026-12-15T14:00"),
    ]
    # down from 1 December until the evening before: the day-before reminder still goes out
    assert await world.tick("2026-12-14T18:00") == [("reminder", PARTNER), ("reminder", ANNA)]
    assert await world.tick("2026-12-14T18:01") == []
    # down again across the hour-before moment: caught up once on the day
    assert await world.tick("2026-12-15T14:30") == [("reminder", PARTNER), ("reminder", ANNA)]
    assert await world.tick("2026-12-15T14:31") == []


async def test_a_promotion_from_the_waiting_list_starts_the_reminders_then(
    world: World,
) -> None:
    event_id = await world.save("2026-12-01T10:00", "Экскурсия на верфь 15 декабря в 15:00, 9Б")
    event = await world.store.get_event(event_id)
    assert event is not None
    # one seat (set in the store: the chat has no phrase for it); the start is unchanged
    event = await world.store.update_event(replace(event, capacity=1), None)
    assert (await world.sign_up("2026-12-01T10:05", ANNA, event.id)).template == "signed_up"
    assert (await world.sign_up("2026-12-01T10:06", BORIS, event.id)).template == "signup_waiting"
    assert await world.tick("2026-12-14T15:00") == [("reminder", PARTNER), ("reminder", ANNA)]
    replies = await world.press("2026-12-15T10:00", ANNA, a="unsign", id=event.id)
    assert [r.template for r in replies] == ["signup_cancelled", "signup_promoted"]
    # Boris was waiting when the day-before reminder fell due: nothing for him at once
    assert await world.tick("2026-12-15T10:00") == []
    assert await world.tick("2026-12-15T14:00") == [("reminder", PARTNER), ("reminder", BORIS)]


async def test_a_cancelled_event_restored_later_is_not_reminded_of_at_once(
    world: World,
) -> None:
    """Restoring a cancelled event by typing it again (bot.core.features.readding) gives it
    its time anew: the students are told «всё-таки состоится» then, so a reminder that fell
    due while it was cancelled is not caught up on top of that notice."""
    text = "Лекция о мостах 15 декабря в 15:00, 9Б, ауд. 204"
    event_id = await world.save("2026-12-01T10:00", text)
    await world.sign_up("2026-12-01T10:05", ANNA, event_id)
    await world.say("2026-12-14T10:00", PARTNER, "отмени лекцию о мостах")
    cancelled = await world.say("2026-12-14T10:00", PARTNER, "да")
    assert cancelled[0].template == "cancelled", cancelled[0].template
    world.sent.take()
    assert await world.tick("2026-12-14T15:00") == []  # cancelled: nobody reminded
    card = await world.say("2026-12-15T10:00", PARTNER, text)
    assert card[0].template == "event_card"
    restored = await world.say("2026-12-15T10:00", PARTNER, "да")
    assert restored[0].template == "restored", restored[0].template
    assert await world.tick("2026-12-15T10:00") == []  # the notice said it; no reminder now
    assert await world.tick("2026-12-15T14:00") == [("reminder", PARTNER), ("reminder", ANNA)]
