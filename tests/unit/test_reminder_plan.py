"""The one rule behind the sign-up reply's promise and the loop's sends: which reminders a
person is owed (bot.core.reminders.reminder_plan)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.reminders import (
    DEFAULT_OFFSETS,
    STUDENT_QUIET_HOURS,
    ReminderPlan,
    reminder_plan,
    reminding_since,
)

KGD = ZoneInfo("Europe/Kaliningrad")
HOUR = timedelta(hours=1)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=KGD)


def plan(start: str, since: str | None, now: str) -> ReminderPlan:
    return reminder_plan(
        at(start),
        KGD,
        DEFAULT_OFFSETS,
        quiet=STUDENT_QUIET_HOURS,
        since=at(since) if since else None,
        now=at(now),
    )


def test_a_moment_before_the_person_was_to_be_reminded_is_neither_due_nor_promised() -> None:
    # saved at 12:55 for 14:10 today: the day-before moment (yesterday 14:10) never fell due
    got = plan("2026-12-01T14:10", since="2026-12-01T12:56", now="2026-12-01T12:56")
    assert got == ReminderPlan(None, (at("2026-12-01T13:10"),))
    later = plan("2026-12-01T14:10", since="2026-12-01T12:56", now="2026-12-01T13:10")
    assert later == ReminderPlan(at("2026-12-01T13:10"), ())


def test_a_moment_missed_after_since_is_still_due_once_the_latest_only() -> None:
    # known since 1 December, down until the evening before and until 14:30 on the day
    evening = plan("2026-12-15T15:00", since="2026-12-01T10:00", now="2026-12-14T18:00")
    assert evening == ReminderPlan(at("2026-12-14T15:00"), (at("2026-12-15T14:00"),))
    on_the_day = plan("2026-12-15T15:00", since="2026-12-01T10:00", now="2026-12-15T14:30")
    assert on_the_day.due == at("2026-12-15T14:00")  # not both
    assert on_the_day.ahead == ()


def test_without_a_recorded_since_every_moment_is_owed_as_before() -> None:
    got = plan("2026-12-01T14:10", since=None, now="2026-12-01T12:56")
    assert got == ReminderPlan(at("2026-11-30T14:10"), (at("2026-12-01T13:10"),))


def test_a_moment_exactly_at_since_is_not_owed() -> None:
    got = plan("2026-12-15T15:00", since="2026-12-15T14:00", now="2026-12-15T14:00")
    assert got == ReminderPlan(None, ())


def test_quiet_hours_are_applied_before_the_since_test() -> None:
    # 1 h before an 08:30 start is 07:30, moved to 08:00; signed up at 07:45 it is still owed
    got = plan("2026-12-15T08:30", since="2026-12-15T07:45", now="2026-12-15T07:45")
    assert got == ReminderPlan(None, (at("2026-12-15T08:00"),))


def test_since_is_the_latest_known_instant() -> None:
    a, b = at("2026-12-01T10:00"), at("2026-12-03T09:00")
    assert reminding_since(a, b) == b
    assert reminding_since(None, a) == a
    assert reminding_since(b, None) == b
    assert reminding_since(None, None) is None


def test_a_since_stamped_by_a_clock_ahead_skips_no_moment_once_the_clock_is_right() -> None:
    # moved at 10:00 on the 14th while the clock read the 15th: the stamp is a day late;
    # at the true day-before moment the stamp still lies ahead and is taken as unknown
    got = plan("2026-12-15T16:00", since="2026-12-15T10:00", now="2026-12-14T16:00")
    assert got == ReminderPlan(at("2026-12-14T16:00"), (at("2026-12-15T15:00"),))
    # once the clock has passed the stamp, it counts again
    later = plan("2026-12-15T16:00", since="2026-12-15T10:00", now="2026-12-15T15:00")
    assert later == ReminderPlan(at("2026-12-15T15:00"), ())
