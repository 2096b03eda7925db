"""Issue 9, point 8: quiet hours hold for polls and nudges; moments are UTC instants, so no
reminder is lost or doubled across either DST change in Europe/Berlin; a skipped local time
is moved forward with its length kept and the person is told; an ambiguous one is the first.

The clock walks through the nights in 10-minute UTC steps (no sleeping), on a real store.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Person, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.core.wallclock import does_not_exist, resolve_local
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import SqliteStore, open_store

BERLIN = ZoneInfo("Europe/Berlin")
KGD = ZoneInfo("Europe/Kaliningrad")
STEP = timedelta(minutes=10)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Log:
    """What the loop sent: (kind, peer, the clock's UTC instant)."""

    clock: FixedClock
    sent: list[tuple[str, int, datetime]] = field(default_factory=list)

    async def __call__(self, reply: Reply) -> None:
        now = self.clock.now().astimezone(UTC)
        self.sent += [(reply.template, peer, now) for peer in reply.recipients]

    def of(self, kind: str, peer: int) -> list[datetime]:
        return [at for k, p, at in self.sent if k == kind and p == peer]


@dataclass
class World:
    store: SqliteStore
    clock: FixedClock
    log: Log
    loop: NotificationLoop
    organiser: Person
    student: Person
    tz: ZoneInfo

    async def event(self, start: datetime, minutes: int = 60) -> int:
        org_id = self.organiser.organisation_id
        assert org_id is not None
        new = NewEvent("Лекция", org_id, start, start + timedelta(minutes=minutes))
        [event] = await self.store.add_events([new], None)
        await self.store.sign_up(event.id, self.student.id)
        return event.id

    async def walk(self, start: datetime, end: datetime) -> None:
        """Tick every 10 minutes from `start` to `end` (UTC instants)."""
        now = start
        while now <= end:
            self.clock.set(now.astimezone(self.tz))
            await self.loop.tick()
            now += STEP


async def make_world(tmp_path: Path, tz: ZoneInfo) -> World:
    store = await open_store(tmp_path / "plan.db", tz)
    clock = FixedClock(datetime(2026, 3, 1, tzinfo=tz))
    log = Log(clock)
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    organiser = await store.save_person(10, Role.PARTNER, "Анна", org.id)
    student = await store.save_person(20, Role.STUDENT, "Петя", class_name="9Б")
    loop = NotificationLoop(store, clock, tz, log)
    return World(store, clock, log, loop, organiser, student, tz)


@pytest.fixture
async def berlin(tmp_path: Path) -> AsyncIterator[World]:
    world = await make_world(tmp_path, BERLIN)
    yield world
    await world.store.close()


@pytest.fixture
async def kaliningrad(tmp_path: Path) -> AsyncIterator[World]:
    world = await make_world(tmp_path, KGD)
    yield world
    await world.store.close()


async def test_a_late_poll_waits_for_the_morning_for_students_only(kaliningrad: World) -> None:
    # ends at 22:00 local (20:00 UTC): the organiser is asked at once, the student at 08:00
    await kaliningrad.event(datetime(2026, 12, 15, 21, 0, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-15T19:50"), utc("2026-12-17T12:00"))
    log = kaliningrad.log
    assert log.of("poll", 10) == [utc("2026-12-15T20:00")]
    assert log.of("poll", 20) == [utc("2026-12-16T06:00")]  # 08:00 local, not 22:30 or 00:30
    assert log.of("poll_nudge", 20) == [utc("2026-12-17T08:00")]  # next day after it, 10:00
    assert all(
        not (at.astimezone(KGD).hour >= 21 or at.astimezone(KGD).hour < 8)
        for kind, peer, at in log.sent
        if peer == 20
    )


async def test_autumn_change_no_reminder_lost_or_doubled(berlin: World) -> None:
    # 25.10.2026: 03:00 CEST → 02:00 CET. The event starts at 02:10 CET (the second 02:10,
    # 01:10 UTC); its 1-hour reminder is at the first 02:10 (CEST, 00:10 UTC) — a moment the
    # old wall-clock comparison never reached
    start = datetime(2026, 10, 25, 2, 10, tzinfo=BERLIN, fold=1)
    assert start.astimezone(UTC) == utc("2026-10-25T01:10")
    await berlin.event(start)
    await berlin.walk(utc("2026-10-23T22:00"), utc("2026-10-25T01:10"))
    organiser = berlin.log.of("reminder", 10)
    assert organiser == [utc("2026-10-24T00:10"), utc("2026-10-25T00:10")]
    student = berlin.log.of("reminder", 20)  # quiet hours: 08:00 that day, 20:00 the evening
    assert student == [utc("2026-10-24T06:00"), utc("2026-10-24T18:00")]


async def test_spring_change_no_reminder_lost_or_doubled(berlin: World) -> None:
    # 29.03.2026: 02:00 CET → 03:00 CEST. A 02:30 event on 30.03: the day-before reminder
    # keeps the local time, but 02:30 on 29.03 does not exist: it goes at 03:30 CEST
    start = datetime(2026, 3, 30, 2, 30, tzinfo=BERLIN)
    await berlin.event(start)
    await berlin.walk(utc("2026-03-28T20:00"), start.astimezone(UTC))
    assert berlin.log.of("reminder", 10) == [utc("2026-03-29T01:30"), utc("2026-03-29T23:30")]
    # the student: both moments are in quiet hours: 08:00 on the 29th for the day-before one;
    # the hour-before one would be 08:00 on the 30th, after the event: 20:00 the evening before
    assert berlin.log.of("reminder", 20) == [utc("2026-03-29T06:00"), utc("2026-03-29T18:00")]


def test_wall_clock_rules_in_berlin() -> None:
    skipped = datetime(2027, 3, 28, 2, 30)  # noqa: DTZ001 (a wall-clock time)
    assert does_not_exist(skipped, BERLIN)
    assert resolve_local(skipped, BERLIN) == datetime(2027, 3, 28, 3, 30, tzinfo=BERLIN)
    twice = datetime(2026, 10, 25, 2, 30)  # noqa: DTZ001
    assert not does_not_exist(twice, BERLIN)
    assert resolve_local(twice, BERLIN).astimezone(UTC) == utc("2026-10-25T00:30")  # the 1st
    assert not does_not_exist(datetime(2026, 12, 15, 2, 30), BERLIN)  # noqa: DTZ001


async def test_a_skipped_time_is_moved_forward_with_its_length_and_said(berlin: World) -> None:
    clock = FixedClock(datetime(2027, 3, 20, 12, 0, tzinfo=BERLIN))
    planner = Planner(berlin.store, clock, PlannerConfig(tz=BERLIN, admins=frozenset({1})))
    [card] = await planner.handle(1, "Турнир 28 марта с 2:30 до 4:00, 9 классы")
    assert card.template == "event_card"
    event = card.context["event"]
    assert event.start == datetime(2027, 3, 28, 3, 30, tzinfo=BERLIN)
    assert event.end - event.start == timedelta(minutes=90)  # not 0 minutes
    text = Renderer().render(card.template, card.context)
    assert "02:30 28 марта не бывает" in text
    assert "Записал на 03:30" in text
    [saved] = await planner.handle(1, "да")
    assert saved.template == "saved"
    [stored] = await berlin.store.events_between(
        datetime(2027, 3, 28, tzinfo=BERLIN), datetime(2027, 3, 29, tzinfo=BERLIN)
    )
    assert stored.end - stored.start == timedelta(minutes=90)


async def test_a_reminder_caught_up_at_night_waits_for_the_morning(kaliningrad: World) -> None:
    # the bot was down from before the day-before reminder (16.12, 10:00 local) until
    # 21:30 local: the organiser gets it at once, the student at 08:00, not at 21:30
    # (newcomer walk 2026-12-01c saw a student's reminder appear at 21:30)
    await kaliningrad.event(datetime(2026, 12, 17, 10, 0, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-16T19:30"), utc("2026-12-17T08:00"))
    log = kaliningrad.log
    assert log.of("reminder", 10)[0] == utc("2026-12-16T19:30")
    student = log.of("reminder", 20)
    assert student[0] == utc("2026-12-17T06:00")  # 08:00 local
    assert len(student) == len(set(student))  # nothing doubled
    assert all(8 <= at.astimezone(KGD).hour < 21 for at in student)


async def test_a_reminder_caught_up_at_night_for_an_early_event_still_goes(
    kaliningrad: World,
) -> None:
    # the event starts at 07:30 local, before quiet hours end: waiting would be too late
    await kaliningrad.event(datetime(2026, 12, 17, 7, 30, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-16T19:30"), utc("2026-12-17T05:30"))
    assert kaliningrad.log.of("reminder", 20)[:1] == [utc("2026-12-16T19:30")]


def in_quiet_hours(at: datetime) -> bool:
    """21:00–08:00 Kaliningrad time (the students' quiet hours)."""
    return not 8 <= at.astimezone(KGD).hour < 21


async def test_a_poll_caught_up_at_night_waits_for_the_morning(kaliningrad: World) -> None:
    # a 07:30–08:30 event; the bot was down (or its tick stalled) from 07:59 until 23:10 local:
    # the organiser is asked at once, the student at 08:00 the next morning, exactly once
    # (newcomer walk 2026-12-01e, finding 4: the student was asked at 23:10)
    await kaliningrad.event(datetime(2026, 12, 8, 7, 30, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-08T05:50"), utc("2026-12-08T05:59"))
    await kaliningrad.walk(utc("2026-12-08T21:10"), utc("2026-12-10T12:00"))
    log = kaliningrad.log
    assert log.of("poll", 10) == [utc("2026-12-08T21:10")]
    assert log.of("poll", 20) == [utc("2026-12-09T06:00")]  # 08:00 local, once
    assert not [at for kind, peer, at in log.sent if peer == 20 and in_quiet_hours(at)]


async def test_a_poll_nudge_caught_up_at_night_waits_for_the_morning(kaliningrad: World) -> None:
    # polled at 16:00 on the 8th; the bot is down from 09:00 local on the 9th (before the
    # 10:00 nudge) until 22:30: the nudge goes at 08:00 on the 10th, once, not at 22:30
    await kaliningrad.event(datetime(2026, 12, 8, 15, 0, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-08T13:50"), utc("2026-12-09T07:00"))
    await kaliningrad.walk(utc("2026-12-09T20:30"), utc("2026-12-11T12:00"))
    log = kaliningrad.log
    assert log.of("poll", 20) == [utc("2026-12-08T14:00")]
    assert log.of("poll_nudge", 20) == [utc("2026-12-10T06:00")]
    assert log.of("poll_nudge", 10) == [utc("2026-12-09T20:30")]  # organisers: no quiet hours
    assert not [at for kind, peer, at in log.sent if peer == 20 and in_quiet_hours(at)]


async def test_a_morning_poll_that_fails_to_send_goes_once_later(kaliningrad: World) -> None:
    # the held poll's first try at 08:00 fails (VK down): it is resent later the same
    # morning with the same key, not dropped and not doubled
    await kaliningrad.event(datetime(2026, 12, 8, 7, 30, tzinfo=KGD))
    await kaliningrad.walk(utc("2026-12-08T05:50"), utc("2026-12-08T05:59"))
    failing = {"left": 1}
    inner = kaliningrad.log

    async def flaky(reply: Reply) -> None:
        if reply.template == "poll" and 20 in reply.recipients and failing["left"]:
            failing["left"] -= 1
            raise ConnectionError("VK is down")
        await inner(reply)

    kaliningrad.loop = NotificationLoop(kaliningrad.store, kaliningrad.clock, KGD, flaky)
    await kaliningrad.walk(utc("2026-12-08T21:10"), utc("2026-12-09T12:00"))
    student = inner.of("poll", 20)
    assert len(student) == 1
    assert not in_quiet_hours(student[0])
    assert student[0] > utc("2026-12-09T06:00")


async def test_a_student_poll_retried_after_a_failure_waits_for_the_morning(
    kaliningrad: World,
) -> None:
    # a 19:30–20:30 event: the student's poll is claimed at 20:30 local and VK fails until
    # 21:05; the outbox's retry falls inside quiet hours and must wait for 08:00 (same
    # random_id, once), while the organiser's poll goes at once (last note: "a claimed poll
    # batch retried by the outbox does not check quiet hours")
    await kaliningrad.event(datetime(2026, 12, 8, 19, 30, tzinfo=KGD))
    inner = kaliningrad.log
    ids: list[int | None] = []

    async def down_till_after_nine(reply: Reply) -> None:
        if reply.template == "poll" and 20 in reply.recipients:
            ids.append(reply.random_id)
            if kaliningrad.clock.now() < datetime(2026, 12, 8, 21, 5, tzinfo=KGD):
                raise ConnectionError("VK is down")
        await inner(reply)

    kaliningrad.loop = NotificationLoop(
        kaliningrad.store, kaliningrad.clock, KGD, down_till_after_nine
    )
    await kaliningrad.walk(utc("2026-12-08T18:20"), utc("2026-12-09T12:00"))
    assert inner.of("poll", 10) == [utc("2026-12-08T18:30")]
    student = inner.of("poll", 20)
    assert student == [utc("2026-12-09T06:00")]  # 08:00 local, once
    assert len(ids) >= 2  # retried
    assert len(set(ids)) == 1  # always with the batch's random_id
