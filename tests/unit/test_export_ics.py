"""The iCalendar feed: UIDs, time zone, all-day dates, cancellations, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.core.models import Audience
from bot.exports.ics import event_uid, for_audience, for_organisation, plan_to_ics, sequence
from bot.exports.samples import demo_week

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = date(2026, 12, 7)
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def _calendar() -> Calendar:
    rows = demo_week(TZ, MONDAY).rows()
    return Calendar.from_ical(plan_to_ics(rows, TZ, "План школы", generated_at=NOW))


def _events(cal: Calendar) -> dict[str, Any]:
    return {str(ve["uid"]): ve for ve in cal.walk("VEVENT")}


@pytest.fixture
def cal() -> Calendar:
    return _calendar()


def test_calendar_properties(cal: Calendar) -> None:
    assert str(cal["version"]) == "2.0"
    assert "Soglasovano" in str(cal["prodid"])
    assert str(cal["x-wr-calname"]) == "План школы"
    assert str(cal["x-wr-timezone"]) == "Europe/Kaliningrad"
    assert str(cal["method"]) == "PUBLISH"


def test_vtimezone_for_the_school_zone(cal: Calendar) -> None:
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Europe/Kaliningrad"
    assert "COMMENT" not in tz  # the library's English note is not shipped (walk 2026-12-01b)
    (standard,) = tz.walk("STANDARD")
    assert standard["tzoffsetto"].td == timedelta(hours=2)
    assert cal.get_missing_tzids() == set()


def test_stable_uids(cal: Calendar) -> None:
    assert set(_events(cal)) == {event_uid(i) for i in range(1, 8)}
    assert event_uid(1) == "event-1@soglasovano"
    again = _calendar()
    assert set(_events(again)) == set(_events(cal))


def test_a_city_schools_uids_carry_its_key_and_a_single_schools_are_unchanged() -> None:
    rows = demo_week(TZ, MONDAY).rows()
    scoped = Calendar.from_ical(plan_to_ics(rows, TZ, "Лицей", generated_at=NOW, school="l23"))
    assert set(_events(scoped)) == {event_uid(i, "l23") for i in range(1, 8)}
    assert event_uid(1, "l23") == "event-1@l23.soglasovano"
    assert event_uid(1, None) == event_uid(1) == "event-1@soglasovano"  # subscribers keep theirs


def test_timed_event_in_school_time(cal: Calendar) -> None:
    ve = _events(cal)[event_uid(1)]
    start, end = ve["dtstart"], ve["dtend"]
    assert start.params["TZID"] == "Europe/Kaliningrad"
    assert start.dt == datetime(2026, 12, 7, 15, 0, tzinfo=TZ)
    assert start.dt.astimezone(UTC) == datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
    assert end.dt == datetime(2026, 12, 7, 16, 30, tzinfo=TZ)
    assert str(ve["summary"]) == "Лекция «Профессия инженер»"
    assert str(ve["location"]) == "актовый зал"
    description = str(ve["description"])
    assert "КГТУ" in description
    assert "9–11 классы" in description
    assert "Экскурсия в музей" in description  # the clash is named


def test_all_day_events_use_dates_with_exclusive_end(cal: Calendar) -> None:
    events = _events(cal)
    open_days = events[event_uid(3)]
    assert open_days["dtstart"].dt == date(2026, 12, 9)
    assert open_days["dtend"].dt == date(2026, 12, 11)
    assert open_days["dtstart"].params.get("VALUE") == "DATE"
    saturday = events[event_uid(5)]
    assert saturday["dtstart"].dt == date(2026, 12, 12)
    assert saturday["dtend"].dt == date(2026, 12, 13)


def test_cancelled_event_is_marked_and_sequenced(cal: Calendar) -> None:
    events = _events(cal)
    cancelled = events[event_uid(6)]
    assert str(cancelled["status"]) == "CANCELLED"
    assert str(events[event_uid(1)]["status"]) != "CANCELLED"
    assert int(cancelled["sequence"]) > int(events[event_uid(1)]["sequence"])


def test_dtstamp_is_utc(cal: Calendar) -> None:
    for ve in cal.walk("VEVENT"):
        assert ve["dtstamp"].dt.tzinfo is not None
        assert ve["dtstamp"].dt.utcoffset() == timedelta(0)
    assert _events(cal)[event_uid(2)]["dtstamp"].dt == NOW
    cancelled = _events(cal)[event_uid(6)]
    assert cancelled["last-modified"].dt == datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


def test_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        plan_to_ics([], TZ, "x", generated_at=NOW.replace(tzinfo=None))


def test_sequence_grows_with_updates() -> None:
    first = datetime(2026, 1, 1, tzinfo=UTC)
    assert sequence(None) == 0
    assert 0 < sequence(first) < sequence(first + timedelta(seconds=1)) < 2**31


def test_partner_and_class_feeds() -> None:
    rows = demo_week(TZ, MONDAY).rows()
    assert {r.event.id for r in for_organisation(rows, 2)} == {1, 4, 6}
    tenth_a = {r.event.id for r in for_audience(rows, Audience(classes=frozenset({"10А"})))}
    assert tenth_a == {1, 2, 5}  # its grade's lecture, its own trip, the whole-school day
    raw = plan_to_ics(for_organisation(rows, 3), TZ, "Музей", generated_at=NOW)
    assert set(_events(Calendar.from_ical(raw))) == {event_uid(2), event_uid(7)}


def test_empty_feed_is_valid() -> None:
    cal = Calendar.from_ical(plan_to_ics([], TZ, "Пусто", generated_at=NOW))
    assert cal.walk("VEVENT") == []
    assert str(cal["x-wr-calname"]) == "Пусто"


def test_lines_are_folded_and_crlf() -> None:
    raw = plan_to_ics(demo_week(TZ, MONDAY).rows(), TZ, "План", generated_at=NOW)
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def _statuses(rows: list[Any]) -> dict[str, tuple[str, str]]:
    cal = Calendar.from_ical(plan_to_ics(rows, TZ, "План школы", generated_at=NOW))
    events = cal.walk("VEVENT")
    return {str(ve["uid"]): (str(ve["status"]), str(ve["description"])) for ve in events}


def test_an_event_waiting_for_the_curator_is_tentative_and_says_so() -> None:
    """Newcomer walk 57: a partner's event the curator had not agreed yet was «CONFIRMED» in
    the curator's calendar, and nothing in it said it waited; an agreed one stays confirmed,
    and a reader who may not see the agreement (a student) gets no such mark."""
    rows = [row for row in demo_week(TZ, MONDAY).rows() if not row.cancelled]
    agreed = replace(rows[0], event=replace(rows[0].event, agreed_at=NOW))
    waiting = rows[1]
    hidden = replace(rows[2], agreement_shown=False)
    statuses = _statuses([agreed, waiting, hidden])
    assert statuses[event_uid(agreed.event.id)][0] == "CONFIRMED"
    assert "ждёт согласования" not in statuses[event_uid(agreed.event.id)][1]
    assert statuses[event_uid(waiting.event.id)][0] == "TENTATIVE"
    assert "Ждёт согласования куратора" in statuses[event_uid(waiting.event.id)][1]
    assert statuses[event_uid(hidden.event.id)][0] == "CONFIRMED"
    assert "согласования" not in statuses[event_uid(hidden.event.id)][1]
