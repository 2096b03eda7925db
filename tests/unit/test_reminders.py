"""Reminder and poll timing rules (pure: no scheduler, no sleeping)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.reminder_times import parse_offsets
from bot.core.reminders import (
    answer_open,
    in_quiet_hours,
    nps,
    poll_due,
    poll_nudge_time,
    reminder_still_useful,
    reminder_times,
)

KGD = ZoneInfo("Europe/Kaliningrad")
BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str, tz: ZoneInfo = KGD) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def test_default_reminders_day_and_hour_before() -> None:
    assert reminder_times(at("2026-12-15T15:00"), KGD) == [
        at("2026-12-14T15:00"),
        at("2026-12-15T14:00"),
    ]


def test_quiet_hours_move_to_morning_when_still_before_the_event() -> None:
    # 1 h before an 08:30 event is 07:30, inside quiet hours: 08:00 is still before the event
    assert reminder_times(at("2026-12-15T08:30"), KGD) == [
        at("2026-12-14T08:30"),
        at("2026-12-15T08:00"),
    ]


def test_quiet_hours_move_to_the_evening_before_when_the_morning_is_too_late() -> None:
    # 1 h before an 08:00 event is 07:00; 08:00 is not before it, so 20:00 the evening before
    times = reminder_times(at("2026-12-15T08:00"), KGD)
    assert times == [at("2026-12-14T08:00"), at("2026-12-14T20:00")]


def test_late_evening_reminder_is_moved_to_the_next_morning() -> None:
    # 24 h before a 22:30 event is 22:30 the day before: moved to 08:00 on the event day
    assert reminder_times(at("2026-12-15T22:30"), KGD, [timedelta(hours=24)]) == [
        at("2026-12-15T08:00")
    ]


def test_organisers_have_no_quiet_hours() -> None:
    assert reminder_times(at("2026-12-15T08:00"), KGD, quiet=None) == [
        at("2026-12-14T08:00"),
        at("2026-12-15T07:00"),
    ]


def test_same_moment_is_not_sent_twice() -> None:
    # both offsets land inside the same quiet night and move to the same morning
    times = reminder_times(at("2026-12-15T08:30"), KGD, [timedelta(hours=2), timedelta(hours=1)])
    assert times == [at("2026-12-15T08:00")]


def test_quiet_hours_follow_the_school_zone_across_dst() -> None:
    # Berlin switches to summer time on 2026-03-29 at 02:00: a whole-day offset keeps the
    # local time ("tomorrow at 10:00"), an hour offset is absolute (1 h before 03:30 CEST
    # is 01:30 CET, inside quiet hours, so it moves to 08:00... which is after the event,
    # so the evening before)
    assert reminder_times(at("2026-03-29T10:00", BERLIN), BERLIN, [timedelta(hours=24)]) == [
        at("2026-03-28T10:00", BERLIN)
    ]
    assert reminder_times(at("2026-03-29T03:30", BERLIN), BERLIN, [timedelta(hours=1)]) == [
        at("2026-03-28T20:00", BERLIN)
    ]
    assert reminder_times(
        at("2026-03-29T12:00", BERLIN), BERLIN, [timedelta(hours=3)], quiet=None
    ) == [at("2026-03-29T09:00", BERLIN)]
    assert reminder_times(
        at("2026-03-29T04:00", BERLIN), BERLIN, [timedelta(hours=2)], quiet=None
    ) == [at("2026-03-29T01:00", BERLIN)]
    assert in_quiet_hours(at("2026-03-29T07:59", BERLIN), BERLIN)
    assert not in_quiet_hours(at("2026-03-29T08:00", BERLIN), BERLIN)


@pytest.mark.parametrize(
    ("now", "useful"),
    [("2026-12-15T14:59", True), ("2026-12-15T15:00", False), ("2026-12-16T10:00", False)],
)
def test_missed_reminder_is_sent_only_before_the_event(now: str, useful: bool) -> None:
    assert reminder_still_useful(at("2026-12-15T15:00"), at(now)) is useful


@pytest.mark.parametrize(
    ("now", "due"),
    [
        ("2026-12-15T16:59", False),
        ("2026-12-15T17:00", True),
        ("2026-12-18T16:59", True),
        ("2026-12-18T17:00", False),
    ],
)
def test_poll_is_caught_up_for_three_days(now: str, due: bool) -> None:
    assert poll_due(at("2026-12-15T17:00"), at(now)) is due


def test_poll_nudge_next_day_and_answer_window() -> None:
    end = at("2026-12-15T17:00")
    assert poll_nudge_time(end, KGD) == at("2026-12-16T10:00")
    assert answer_open(end, at("2026-12-22T17:00"))
    assert not answer_open(end, at("2026-12-22T17:01"))


def test_nps_is_promoters_minus_detractors() -> None:
    assert nps([10, 9, 8, 7, 6, 0]) == 0  # 2 promoters, 2 detractors of 6
    assert nps([10, 10, 9, 5]) == 50
    assert nps([]) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("за 2 часа", [120]),
        ("за день и за 30 минут", [1440, 30]),
        ("за сутки, за час", [1440, 60]),
        ("за полчаса", [30]),
        ("за полтора часа", [90]),
        ("за 1,5 часа, за 10 минут", [90, 10]),
        ("за два часа и за 15 минут", [120, 15]),
        ("за 3 дня", None),  # beyond the two days the loop looks ahead
        ("за неделю", None),
        ("за 1 минуту", None),
        ("за час, за 2 часа, за 3 часа, за 4 часа", None),
        ("когда-нибудь", None),
    ],
)
def test_reminder_times_in_words(text: str, minutes: list[int] | None) -> None:
    assert parse_offsets(text) == minutes
