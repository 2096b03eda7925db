"""Reminders, polls and nudges with a hand-moved clock (no sleeping), on a real store."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import EventStatus, NewEvent, OrgKind, Person, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
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

    def take(self, digests: bool = False) -> list[tuple[str, int]]:
        """What was sent since the last call (Monday digests only when asked for)."""
        taken = [(r.template, peer) for r in self.sent for peer in r.recipients]
        self.sent.clear()
        return sorted(t for t in taken if digests or t[0] != "digest")


@dataclass
class World:
    store: SqliteStore
    clock: FixedClock
    outbox: Outbox
    loop: NotificationLoop
    student: Person
    organiser: Person

    async def at(self, moment: str, digests: bool = False) -> list[tuple[str, int]]:
        self.clock.set(at(moment))
        await self.loop.tick()
        return self.outbox.take(digests)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-10T12:00"))
    outbox = Outbox()
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    organiser = await store.save_person(10, Role.PARTNER, "Анна", org.id)
    student = await store.save_person(20, Role.STUDENT, "Петя", class_name="9Б")
    yield World(
        store, clock, outbox, NotificationLoop(store, clock, TZ, outbox), student, organiser
    )
    await store.close()


async def add_event(world: World, start: str, end: str) -> int:
    org_id = world.organiser.organisation_id
    assert org_id is not None
    [event] = await world.store.add_events([NewEvent("Лекция", org_id, at(start), at(end))], None)
    await world.store.sign_up(event.id, world.student.id)
    return event.id


async def test_reminders_a_day_and_an_hour_before(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    assert await world.at("2026-12-14T14:59") == []
    assert await world.at("2026-12-14T15:00") == [("reminder", 10), ("reminder", 20)]
    assert await world.at("2026-12-14T15:01") == []  # never twice
    assert await world.at("2026-12-15T14:00") == [("reminder", 10), ("reminder", 20)]


async def test_quiet_hours_for_students_only(world: World) -> None:
    await add_event(world, "2026-12-15T08:30", "2026-12-15T09:30")
    assert await world.at("2026-12-14T08:30") == [("reminder", 10), ("reminder", 20)]
    assert await world.at("2026-12-15T07:30") == [("reminder", 10)]  # organiser at 07:30
    assert await world.at("2026-12-15T08:00") == [("reminder", 20)]  # student after quiet hours


async def test_moving_an_event_replaces_its_reminders(world: World) -> None:
    event_id = await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    event = await world.store.get_event(event_id)
    assert event is not None
    moved = replace(event, start=at("2026-12-16T15:00"), end=at("2026-12-16T16:00"))
    await world.store.update_event(moved, None)
    assert await world.at("2026-12-14T15:00") == []  # the old moment is gone
    assert await world.at("2026-12-15T15:00") == [("reminder", 10), ("reminder", 20)]


async def test_cancelled_event_gets_no_reminder_and_no_poll(world: World) -> None:
    event_id = await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    await world.store.set_event_status(event_id, EventStatus.CANCELLED, None)
    assert await world.at("2026-12-14T15:00") == []
    assert await world.at("2026-12-15T17:00") == []


async def test_restart_mid_schedule_loses_nothing_and_sends_nothing_twice(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    assert len(await world.at("2026-12-14T15:00")) == 2
    restarted = NotificationLoop(world.store, world.clock, TZ, world.outbox)
    world.loop = restarted
    assert await world.at("2026-12-14T16:00") == []
    assert await world.at("2026-12-15T14:05") == [("reminder", 10), ("reminder", 20)]


async def test_downtime_catch_up_sends_only_what_still_makes_sense(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    await add_event(world, "2026-12-12T10:00", "2026-12-12T11:00")
    await add_event(world, "2026-12-11T08:00", "2026-12-11T09:00")
    # down from 12-10 12:00 until 12-14 16:00: the 12-12 event ended within 3 days (its poll
    # is caught up, its reminders are not: it has happened), the 12-11 one is too old, the
    # 12-15 event has not started: its missed day-before reminder still goes out
    got = await world.at("2026-12-14T16:00")
    assert got == [("poll", 10), ("poll", 20), ("reminder", 10), ("reminder", 20)]


async def test_poll_after_the_event_and_one_nudge_next_day(world: World) -> None:
    event_id = await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    await world.at("2026-12-15T14:00")
    got = await world.at("2026-12-15T16:00")
    assert got == [("poll", 10), ("poll", 20)]
    poll = await world.store.notification_sent(f"poll:{event_id}:20")
    assert poll
    await world.store.save_feedback(event_id, world.organiser.id, "organiser", rating=5)
    assert await world.at("2026-12-16T09:59") == []
    assert await world.at("2026-12-16T10:00") == [("poll_nudge", 20)]  # the organiser answered
    assert await world.at("2026-12-17T10:00") == []


async def test_one_message_per_event_reaches_all_its_students(world: World) -> None:
    event_id = await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    for vk_id in (21, 22, 23):
        person = await world.store.save_person(vk_id, Role.STUDENT, "", class_name="9Б")
        await world.store.sign_up(event_id, person.id)
    world.clock.set(at("2026-12-14T15:00"))
    await world.loop.tick()
    reminders = [r for r in world.outbox.sent if r.template == "reminder"]
    students = [r for r in reminders if not r.context["organiser"]]
    assert [sorted(r.recipients) for r in students] == [[20, 21, 22, 23]]
    assert all(r.dedupe_key is None for r in reminders)  # keys are claimed per person


async def test_a_late_poll_after_downtime_is_nudged_only_the_next_day(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    await world.at("2026-12-15T14:30")  # then the bot is down until the next day's noon
    assert await world.at("2026-12-16T12:00") == [("poll", 10), ("poll", 20)]
    assert await world.at("2026-12-16T12:01") == []  # not "please answer" a minute later
    assert await world.at("2026-12-17T09:59") == []
    assert await world.at("2026-12-17T10:00") == [("poll_nudge", 10), ("poll_nudge", 20)]


async def test_polls_older_than_three_days_are_skipped(world: World) -> None:
    await add_event(world, "2026-12-05T15:00", "2026-12-05T16:00")
    world.clock.set(at("2026-12-04T12:00"))
    assert await world.at("2026-12-09T12:00") == []


async def test_failed_send_is_retried_on_the_next_tick(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    world.outbox.fail = True
    assert await world.at("2026-12-14T15:00") == []
    world.outbox.fail = False
    assert await world.at("2026-12-14T15:01") == [("reminder", 10), ("reminder", 20)]


async def test_reminders_can_be_turned_off_or_changed(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    await world.store.set_reminder_prefs(world.student.id, enabled=False, offsets=None)
    await world.store.set_reminder_prefs(world.organiser.id, enabled=True, offsets=[30])
    assert await world.at("2026-12-14T15:00") == []
    assert await world.at("2026-12-15T14:00") == []
    assert await world.at("2026-12-15T14:30") == [("reminder", 10)]


async def test_curator_defaults(world: World) -> None:
    await world.store.set_setting("reminder_offsets", "120")
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    assert await world.at("2026-12-14T15:00") == []
    assert await world.at("2026-12-15T13:00") == [("reminder", 10), ("reminder", 20)]


async def _sent_by_the_scheduler(world: World, want: int, seconds: float) -> list[tuple[str, int]]:
    """What the scheduler's own ticks sent, waiting up to `seconds` (real time) for `want`.

    The test does not tick itself: a manual tick racing the scheduler's first run could
    split the batch between the two (stop 56's CI on PostgreSQL)."""
    sent: list[tuple[str, int]] = []
    deadline = asyncio.get_running_loop().time() + seconds
    while len(sent) < want and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
        sent += world.outbox.take()
    return sent


async def test_scheduler_runs_the_first_tick_at_start(world: World) -> None:
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    world.clock.set(at("2026-12-14T15:00"))
    scheduler = world.loop.start(seconds=3600)
    try:
        job = scheduler.get_job("notifications")
        assert job is not None
        assert job.next_run_time <= at("2026-12-14T15:00") + timedelta(seconds=1)
        sent = await _sent_by_the_scheduler(world, want=2, seconds=60)
        assert sorted(sent) == [("reminder", 10), ("reminder", 20)]
    finally:
        scheduler.shutdown(wait=False)


async def test_monday_digest_once_per_week(world: World) -> None:
    org_id = world.organiser.organisation_id
    assert org_id is not None
    curator = await world.store.save_person(30, Role.CURATOR, "Завуч")
    await world.store.create_organisation("БФУ", OrgKind.PARTNER)
    await world.store.add_events(
        [
            NewEvent("Лекция", org_id, at("2026-12-15T15:00"), at("2026-12-15T16:00")),
            NewEvent("Турнир", org_id, at("2026-12-15T15:30"), at("2026-12-15T16:30")),
        ],
        None,
    )
    assert await world.at("2026-12-14T07:59", digests=True) == []
    got = await world.at("2026-12-14T08:00", digests=True)
    assert got == [("digest", 10), ("digest", 30)]
    assert await world.at("2026-12-14T09:00", digests=True) == []  # once a week
    await world.store.set_setting(f"digest_off:{curator.id}", "1")
    assert await world.at("2026-12-21T08:00", digests=True) == [("digest", 10)]


async def test_digest_text(world: World) -> None:

    org_id = world.organiser.organisation_id
    assert org_id is not None
    curator = await world.store.save_person(30, Role.CURATOR, "Завуч")
    await world.store.create_organisation("БФУ", OrgKind.PARTNER)
    await world.store.add_events(
        [
            NewEvent("Лекция", org_id, at("2026-12-15T15:00"), at("2026-12-15T16:00")),
            NewEvent("Турнир", org_id, at("2026-12-15T15:30"), at("2026-12-15T16:30")),
        ],
        None,
    )
    reply = await digest_reply(world.store, DigestDue("k", curator, date(2026, 12, 14)), TZ)
    text = Renderer().render(reply.template, reply.context)
    assert "Лекция" in text
    assert "Турнир" in text
    assert "Накладки (1)" in text
    assert "БФУ" in text  # no plan for January yet


async def test_people_choose_their_times_in_the_chat(world: World) -> None:
    planner = Planner(world.store, world.clock, PlannerConfig(tz=TZ, admins=frozenset({1})))
    [chosen] = await planner.handle(20, "напоминай за 2 часа и за 15 минут")
    assert chosen.template == "reminder_times_set"
    assert chosen.context["offsets"] == [120, 15]
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    assert await world.at("2026-12-14T15:00") == [("reminder", 10)]  # the organiser's default
    assert await world.at("2026-12-15T13:00") == [("reminder", 20)]
    assert await world.at("2026-12-15T14:45") == [("reminder", 10), ("reminder", 20)]


async def test_only_curators_set_the_school_defaults(world: World) -> None:
    planner = Planner(world.store, world.clock, PlannerConfig(tz=TZ, admins=frozenset({1})))
    [refused] = await planner.handle(10, "напоминания по умолчанию за 3 часа")
    assert refused.template == "reminder_defaults_not_allowed"
    assert await world.store.get_setting("reminder_offsets") is None
    [unclear] = await planner.handle(1, "напоминания по умолчанию за неделю")
    assert unclear.template == "reminder_times_not_understood"
    [done] = await planner.handle(1, "Напоминания по умолчанию: за 3 часа")
    assert done.context == {"offsets": [180], "default": True}
    await add_event(world, "2026-12-15T15:00", "2026-12-15T16:00")
    assert await world.at("2026-12-14T15:00") == []
    assert await world.at("2026-12-15T12:00") == [("reminder", 10), ("reminder", 20)]


async def test_a_teacher_who_wrote_an_event_gets_a_digest_of_their_own(world: World) -> None:
    """Newcomer walk 2026-12-01b, finding 12: the staff member who wrote a class hour got no
    Monday digest. Now they get their own events; a colleague who wrote nothing gets none."""
    school = await world.store.create_organisation("Гимназия", OrgKind.SCHOOL)
    teacher = await world.store.save_person(40, Role.STAFF, "Ольга", school.id)
    await world.store.save_person(41, Role.STAFF, "Иван", school.id)
    org_id = world.organiser.organisation_id
    assert org_id is not None
    hour = NewEvent(
        "Классный час",
        school.id,
        at("2026-12-16T14:00"),
        at("2026-12-16T14:45"),
        created_by=teacher.id,
    )
    await world.store.add_events([hour], teacher.id)
    lecture = NewEvent("Лекция", org_id, at("2026-12-15T15:00"), at("2026-12-15T16:00"))
    await world.store.add_events([lecture], None)
    got = await world.at("2026-12-14T08:00", digests=True)
    assert got == [("digest", 10), ("digest", 40)]  # the partner and the teacher, not Иван
    reply = await digest_reply(world.store, DigestDue("k", teacher, date(2026, 12, 14)), TZ)
    text = Renderer().render(reply.template, reply.context)
    assert "Классный час" in text
    assert "Лекция" not in text  # not the partner's
    assert await world.at("2026-12-21T08:00", digests=True) == [("digest", 10)]  # nothing then
