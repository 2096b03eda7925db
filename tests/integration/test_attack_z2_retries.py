"""attack z2 (2026-12-03), #2 and #3: a reminder batch VK failed to take is sent again from
the outbox (bot.scheduling.NotificationLoop._rebuild) — never for an event moved since it was
claimed (the reminder's moment belonged to the old time), never to a student who has cancelled
their sign-up meanwhile («Вы записаны» to someone who wrote «не пойду»)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Person, Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class Outbox:
    sent: list[Reply] = field(default_factory=list)
    fail: bool = False

    async def __call__(self, reply: Reply) -> None:
        if self.fail:
            raise ConnectionError("VK is down")
        self.sent.append(reply)

    def take(self) -> list[tuple[str, int]]:
        """What was sent since the last call, the Monday digest (14 December) left out."""
        sent = [r for r in self.sent if r.template != "digest"]
        taken = sorted((r.template, peer) for r in sent for peer in r.recipients)
        self.sent.clear()
        return taken


@dataclass
class World:
    store: SqliteStore
    clock: FixedClock
    outbox: Outbox
    loop: NotificationLoop
    students: list[Person]
    event_id: int

    async def at(self, moment: str) -> list[tuple[str, int]]:
        self.clock.set(at(moment))
        await self.loop.tick()
        return self.outbox.take()


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-10T12:00"))
    outbox = Outbox()
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(10, Role.PARTNER, "Анна", org.id)
    students = [
        await store.save_person(20, Role.STUDENT, "Петя", class_name="9Б"),
        await store.save_person(21, Role.STUDENT, "Вася", class_name="9Б"),
    ]
    new = NewEvent("Лекция", org.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"))
    [event] = await store.add_events([new], None)
    for student in students:
        await store.sign_up(event.id, student.id)
    loop = NotificationLoop(store, clock, TZ, outbox)
    yield World(store, clock, outbox, loop, students, event.id)
    await store.close()


async def test_a_failed_reminder_is_not_resent_for_an_event_moved_meanwhile(world: World) -> None:
    world.outbox.fail = True
    assert await world.at("2026-12-14T15:00") == []  # the day-before batch claimed, VK down
    world.outbox.fail = False
    event = await world.store.get_event(world.event_id)
    assert event is not None
    moved = replace(event, start=at("2026-12-22T15:00"), end=at("2026-12-22T16:00"))
    await world.store.update_event(moved, None)
    # before: the old batch went out at once, saying «22 декабря» a week early
    assert await world.at("2026-12-14T15:05") == []
    got = await world.at("2026-12-21T15:00")  # the new time's own day-before reminder
    assert got == [("reminder", 10), ("reminder", 20), ("reminder", 21)]


async def test_a_failed_reminder_is_not_resent_to_a_student_who_left(world: World) -> None:
    world.outbox.fail = True
    assert await world.at("2026-12-14T15:00") == []
    world.outbox.fail = False
    await world.store.cancel_signup(world.event_id, world.students[0].id, at=at("2026-12-14T15:02"))
    # before: Петя, who had cancelled, was told «Вы записаны» in the retried batch
    assert await world.at("2026-12-14T15:05") == [("reminder", 10), ("reminder", 21)]
    assert await world.at("2026-12-15T14:00") == [("reminder", 10), ("reminder", 21)]


async def test_a_failed_reminder_is_not_resent_to_a_student_who_turned_it_off(
    world: World,
) -> None:
    world.outbox.fail = True
    assert await world.at("2026-12-14T15:00") == []
    world.outbox.fail = False
    petya, vasya = world.students
    await world.store.set_reminder_prefs(petya.id, False, None)  # «не напоминай»
    muted = str(world.event_id)  # Вася: «не напоминай про лекцию»
    await world.store.set_setting(f"reminders_muted:{vasya.id}", muted)
    assert await world.at("2026-12-14T15:05") == [("reminder", 10)]


async def test_a_failed_poll_nudge_is_not_resent_to_who_answered_meanwhile(world: World) -> None:
    assert await world.at("2026-12-15T16:00") == [("poll", 10), ("poll", 20), ("poll", 21)]
    world.outbox.fail = True
    assert await world.at("2026-12-16T10:00") == []  # the nudges claimed, VK down
    world.outbox.fail = False
    petya = world.students[0]
    await world.store.save_feedback(world.event_id, petya.id, "student", rating=4, attended=1)
    # before: Петя, who had just answered, was asked again to answer
    got = await world.at("2026-12-16T10:05")
    assert got == [("poll_nudge", 10), ("poll_nudge", 21)]
