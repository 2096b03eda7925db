"""A weekly repeat on several weekdays: the parser reads every day the phrase lists (RFC
5545's BYDAY, Recurrence.weekdays, Monday = 0), the first meeting is the nearest of them, and
drafts.occurrences() meets on each (doubt82, broad9:5: «по вторникам и четвергам» saved
Tuesdays only). Sentences written for this test, several shapes."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.cli_parse import intent_to_json
from bot.core.draft_json import draft_from_json, draft_to_json
from bot.core.drafts import occurrences
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, Recurrence

MONDAY = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock, a Monday
WEDNESDAY = datetime.fromisoformat("2026-12-09T10:00")
ZONE = ZoneInfo("Europe/Berlin")


def _parse(text: str, now: datetime = MONDAY) -> dict:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "weekdays"),
    [
        (
            "Кружок робототехники по вторникам и четвергам в 15:00, каб. 12",
            "2026-12-08T15:00",
            [1, 3],
        ),
        ("Секция баскетбола по пн, ср и пт в 16:00 в спортзале", "2026-12-07T16:00", [0, 2, 4]),
        ("Хор по средам и пятницам с 15 до 16:30", "2026-12-09T15:00", [2, 4]),
        ("Шахматы каждый вторник и четверг в 14:30", "2026-12-08T14:30", [1, 3]),
        ("Кружок рисования каждую среду и пятницу в 15:00", "2026-12-09T15:00", [2, 4]),
        ("Волейбол по понедельникам, средам и пятницам в 17:00", "2026-12-07T17:00", [0, 2, 4]),
        ("Театральная студия по вторникам и по пятницам в 16:00", "2026-12-08T16:00", [1, 4]),
        ("Занятия по вт и чт в 15:30, актовый зал", "2026-12-08T15:30", [1, 3]),
        ("Шахматы каждый вторник и в четверг в 14:30", "2026-12-08T14:30", [1, 3]),
        ("Кружок каждую среду, пятницу и субботу в 15:00", "2026-12-09T15:00", [2, 4, 5]),
        ("Кружок рисования: вт, чт — 15:00", "2026-12-08T15:00", [1, 3]),
        ("Кружок рисования\nвт, чт — 15:00, каб. 5", "2026-12-08T15:00", [1, 3]),
        ("Секция самбо: вторник, четверг - 15.30", "2026-12-08T15:30", [1, 3]),
    ],
)
def test_every_listed_weekday_is_read(text: str, start: str, weekdays: list[int]) -> None:
    found = _parse(text)
    assert found["start"] == start, found
    assert found["recurrence"]["freq"] == "weekly", found
    assert found["recurrence"]["weekdays"] == weekdays, found


def test_the_first_meeting_is_the_nearest_listed_day() -> None:
    """Said on a Wednesday, «по вторникам и четвергам» starts on Thursday, not next Tuesday."""
    found = _parse("Кружок по вторникам и четвергам в 15:00", WEDNESDAY)
    assert found["start"] == "2026-12-10T15:00", found


def test_a_first_day_written_moves_to_a_listed_weekday() -> None:
    """«с 16 декабря» (a Wednesday) for a Tuesday-and-Thursday club: Thursday the 17th."""
    found = _parse("Кружок по вторникам и четвергам с 16 по 31 декабря в 15:00")
    assert found["start"] == "2026-12-17T15:00", found
    assert found["recurrence"]["until"] == "2026-12-31", found
    assert found["recurrence"]["weekdays"] == [1, 3], found


@pytest.mark.parametrize(
    "text",
    [
        "Кружок с 9 декабря по вторникам и четвергам в 15:00",
        "Кружок по вторникам и четвергам с 9 декабря в 15:00",
        "Занятия кружка начнутся 9 декабря и пройдут по вторникам и четвергам в 15:00.",
    ],
)
def test_an_opening_date_off_the_listed_days_moves_on(text: str) -> None:
    """9 December is a Wednesday: the first meeting is Thursday the 10th, no Wednesday one."""
    found = _parse(text)
    assert found["start"] == "2026-12-10T15:00", found
    assert found["recurrence"]["weekdays"] == [1, 3], found


@pytest.mark.parametrize(
    "text",
    ["Секция по вторникам в 15:00", "Кружок каждую среду в 16:00", "Кружок по средам в 15:00"],
)
def test_one_weekday_keeps_the_plain_weekly_repeat(text: str) -> None:
    found = _parse(text)
    assert found["recurrence"]["freq"] == "weekly", found
    assert "weekdays" not in found["recurrence"], found


@pytest.mark.parametrize(
    "text",
    [
        "Планёрка каждый понедельник, в среду — педсовет в 15:00",
        "Приём по средам, в пятницу — день самоподготовки",
    ],
)
def test_a_day_after_a_comma_and_a_preposition_is_another_item(text: str) -> None:
    """«…, в среду — педсовет»: another item of the text, not one more day of the repeat."""
    found = _parse(text)
    assert found["recurrence"]["freq"] == "weekly", found
    assert "weekdays" not in found["recurrence"], found


def test_a_single_weekday_before_a_dash_is_no_timetable() -> None:
    found = _parse("Кружок рисования: вт — 15:00")
    assert found["recurrence"] is None, found


def test_a_span_of_abbreviated_weekdays_is_no_weekly_list() -> None:
    """«с пн по пт»: a span of working days, never «по пт» read as a repeat's list."""
    found = _parse("Занятия с пн по пт в 15:00")
    assert found["recurrence"] is None or "weekdays" not in found["recurrence"], found


def test_occurrences_meet_on_every_listed_day_across_dst() -> None:
    """Tuesdays and Thursdays at 15:00 local across the end of summer time (25 October 2026
    in Berlin), until a Thursday, one date left out."""
    rec = Recurrence(
        freq="weekly",
        until=date(2026, 10, 29),
        weekdays=frozenset({1, 3}),
        except_dates=frozenset({date(2026, 10, 22)}),
    )
    start = datetime(2026, 10, 13, 15, 0, tzinfo=ZONE)
    found = [o.astimezone(ZONE) for o in occurrences(start, rec, ZONE)]
    assert [o.date() for o in found] == [
        date(2026, 10, 13),
        date(2026, 10, 15),
        date(2026, 10, 20),
        date(2026, 10, 27),
        date(2026, 10, 29),
    ]
    assert {(o.hour, o.minute) for o in found} == {(15, 0)}


def test_the_start_is_the_first_meeting_even_off_the_listed_days() -> None:
    """RFC 5545 counts DTSTART as the first instance: a start on a Monday is kept."""
    rec = Recurrence(freq="weekly", until=date(2026, 12, 10), weekdays=frozenset({1, 3}))
    start = datetime(2026, 12, 7, 15, 0, tzinfo=ZONE)
    days = [o.astimezone(ZONE).date().day for o in occurrences(start, rec, ZONE)]
    assert days == [7, 8, 10]


def test_the_weekdays_round_trip_and_old_drafts_load() -> None:
    draft = EventDraft(
        title="Кружок",
        start=datetime.fromisoformat("2026-12-08T15:00"),
        recurrence=Recurrence(freq="weekly", weekdays=frozenset({1, 3})),
    )
    data = draft_to_json(draft)
    assert data["recurrence"]["weekdays"] == [1, 3]
    assert draft_from_json(data) == draft
    del data["recurrence"]["weekdays"]  # a draft saved before the field existed
    assert draft_from_json(data).recurrence == Recurrence(freq="weekly")
