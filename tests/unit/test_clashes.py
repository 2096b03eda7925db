"""Clash rules and free-slot proposals, on hand-built events (pure, no storage)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.clashes import busy_for, find_clashes, free_slots, venue_key
from bot.core.models import Audience, ClashReason, Event, EventStatus, NewEvent

KGD = ZoneInfo("Europe/Kaliningrad")
KGTU, BFU = 1, 2


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=KGD)


def aud(*items: int | str) -> Audience:
    return Audience(
        grades=frozenset(i for i in items if isinstance(i, int)),
        classes=frozenset(i for i in items if isinstance(i, str)),
    )


def stored(
    event_id: int,
    start: str,
    end: str,
    audience: Audience,
    *,
    org: int = BFU,
    title: str = "Лекция",
    venue: str | None = None,
    status: EventStatus = EventStatus.CONFIRMED,
    all_day: bool = False,
) -> Event:
    return Event(
        id=event_id,
        title=title,
        organisation_id=org,
        start=at(start),
        end=at(end),
        audience=audience,
        venue=venue,
        status=status,
        all_day=all_day,
    )


def new(
    start: str,
    end: str,
    audience: Audience,
    *,
    org: int = KGTU,
    title: str = "Мастер-класс",
    venue: str | None = None,
    all_day: bool = False,
) -> NewEvent:
    return NewEvent(
        title=title,
        organisation_id=org,
        start=at(start),
        end=at(end),
        audience=audience,
        venue=venue,
        all_day=all_day,
    )


@pytest.mark.parametrize(
    ("mine", "theirs", "clash"),
    [
        (aud(10), aud("10А"), True),  # a grade overlaps its classes
        (aud("10А"), aud(10), True),
        (aud("10А"), aud("10Б"), False),
        (aud(9, 10, 11), aud(11), True),
        (aud(5), aud(6), False),
        (aud(), aud(7), True),  # the whole school overlaps anyone
        (aud("7А"), aud(), True),
    ],
)
def test_audience_overlap(mine: Audience, theirs: Audience, clash: bool) -> None:
    other = stored(1, "2026-12-15T15:00", "2026-12-15T16:00", theirs)
    found = find_clashes(new("2026-12-15T15:30", "2026-12-15T16:30", mine), [other])
    assert bool(found) is clash
    if clash:
        assert found[0].reasons == {ClashReason.AUDIENCE}


def test_touching_intervals_do_not_clash() -> None:
    other = stored(1, "2026-12-15T15:00", "2026-12-15T16:00", aud(9))
    assert find_clashes(new("2026-12-15T16:00", "2026-12-15T17:00", aud(9)), [other]) == []
    assert find_clashes(new("2026-12-15T14:00", "2026-12-15T15:00", aud(9)), [other]) == []


def test_same_venue_clashes_even_for_other_students() -> None:
    other = stored(1, "2026-12-15T15:00", "2026-12-15T16:00", aud(5), venue="Актовый зал")
    found = find_clashes(
        new("2026-12-15T15:30", "2026-12-15T17:00", aud(11), venue="актовый  зал"), [other]
    )
    assert [c.reasons for c in found] == [{ClashReason.VENUE}]


def test_rooms_written_differently_are_the_same_venue() -> None:
    assert venue_key("Каб. 204") == venue_key("ауд 204") == venue_key("кабинет 204") == "204"
    assert venue_key(None) is None


def test_the_schools_own_hall_written_three_ways_is_one_place() -> None:
    """Newcomer walk 2026-12-01, finding 13: «в актовом зале школы» and «в актовом зале»."""
    hall = venue_key("актовый зал")
    assert venue_key("Актовый зал школы") == venue_key("акт. зал") == hall
    assert venue_key("актовый зал нашей гимназии") == venue_key("актовый зал, школы") == hall
    assert venue_key("спортивный зал") == venue_key("Спортзал школы") == venue_key("спорт. зал")
    assert venue_key("актовый зал КГТУ") != hall  # the partner's own hall
    assert venue_key("актовый зал школы № 94") != hall  # another school
    assert venue_key("спортзал №2") != venue_key("спортзал")


def test_the_school_named_before_its_hall_is_the_same_hall() -> None:
    """Newcomer walk 2026-12-02t, #23: «школа, актовый зал» against «в актовом зале» was
    reported as «те же ученики» only; the school named first is still the school's own."""
    hall = venue_key("актовый зал")
    assert venue_key("школа, актовый зал") == venue_key("Школа — актовый зал") == hall
    assert venue_key("наша гимназия, акт. зал") == venue_key("в школе, актовый зал") == hall
    assert venue_key("Лицей: каб. 204") == venue_key("204")
    assert venue_key("школа № 94, актовый зал") != hall  # another school
    assert venue_key("КГТУ, актовый зал") != hall  # the partner's own hall


def test_audience_and_venue_reasons_together() -> None:
    other = stored(1, "2026-12-15T15:00", "2026-12-15T16:00", aud(9), venue="каб. 12")
    found = find_clashes(
        new("2026-12-15T15:00", "2026-12-15T16:00", aud(9), venue="ауд. 12"), [other]
    )
    assert found[0].reasons == {ClashReason.AUDIENCE, ClashReason.VENUE}


def test_likely_duplicate_by_another_organiser_overlapping_the_same_pupils() -> None:
    other = stored(
        1, "2026-12-15T16:00", "2026-12-15T17:00", aud(11), org=BFU, title="Мастер-класс по 3D"
    )
    found = find_clashes(
        new("2026-12-15T16:30", "2026-12-15T17:30", aud("11А"), title="мастер-класс по 3D!"),
        [other],
    )
    assert [c.reasons for c in found] == [{ClashReason.DUPLICATE, ClashReason.AUDIENCE}]


def test_not_a_duplicate_at_another_time_or_for_other_pupils() -> None:
    """Issue 11: the same title later the same day (a second session) is not a duplicate,
    even from the same organiser; neither is a bare kind («Мастер-класс») at the same time."""
    later = stored(
        1, "2026-12-15T10:00", "2026-12-15T11:00", aud(5), org=KGTU, title="Мастер-класс по 3D"
    )
    bare = stored(
        2, "2026-12-15T16:00", "2026-12-15T17:00", aud(10), org=KGTU, title="Мастер-класс"
    )
    candidate = new("2026-12-15T16:00", "2026-12-15T17:00", aud(11), title="Мастер-класс по 3D")
    assert find_clashes(candidate, [later, bare]) == []


def test_all_day_events_occupy_their_days() -> None:
    fest = stored(1, "2026-12-12T00:00", "2026-12-14T00:00", aud(9), all_day=True)
    assert find_clashes(new("2026-12-13T15:00", "2026-12-13T16:00", aud(9)), [fest])
    assert not find_clashes(new("2026-12-14T09:00", "2026-12-14T10:00", aud(9)), [fest])


def test_cancelled_and_self_are_ignored() -> None:
    cancelled = stored(
        1, "2026-12-15T15:00", "2026-12-15T16:00", aud(9), status=EventStatus.CANCELLED
    )
    me = stored(2, "2026-12-15T15:00", "2026-12-15T16:00", aud(9), org=KGTU)
    assert find_clashes(me, [cancelled, me]) == []


def test_free_slots_same_day_first_same_length_nearest_chosen_shown_in_time_order() -> None:
    taken = [
        stored(1, "2026-12-15T14:00", "2026-12-15T16:00", aud(9)),
        stored(2, "2026-12-15T16:00", "2026-12-15T20:00", aud(10)),
    ]
    candidate = new("2026-12-15T15:00", "2026-12-15T16:30", aud(9, 10))
    slots = free_slots(candidate, busy_for(candidate, taken), count=3)
    assert [(s.start, s.end) for s in slots] == [
        (at("2026-12-15T11:30"), at("2026-12-15T13:00")),
        (at("2026-12-15T12:00"), at("2026-12-15T13:30")),
        (at("2026-12-15T12:30"), at("2026-12-15T14:00")),
    ]


def test_free_slots_on_both_sides_of_the_wanted_time_read_chronologically() -> None:
    """Chosen by nearness (15:30 and 16:30 around a busy 16:00), listed in time order:
    «16:30, 15:30, 17:00» read as unsorted to a newcomer."""
    taken = [stored(1, "2026-12-15T16:00", "2026-12-15T17:00", aud(9))]
    candidate = new("2026-12-15T16:00", "2026-12-15T17:00", aud(9))
    slots = free_slots(candidate, busy_for(candidate, taken), count=3)
    starts = [s.start for s in slots]
    assert starts == sorted(starts)
    assert at("2026-12-15T15:00") in starts
    assert at("2026-12-15T17:00") in starts


def test_free_slots_ignore_other_students_but_respect_the_venue() -> None:
    other_students = stored(1, "2026-12-15T15:00", "2026-12-15T16:00", aud(5))
    same_room = stored(2, "2026-12-15T16:00", "2026-12-15T17:00", aud(6), venue="каб. 5")
    candidate = new("2026-12-15T15:00", "2026-12-15T16:00", aud(11), venue="каб. 5")
    busy = busy_for(candidate, [other_students, same_room])
    assert busy == [(at("2026-12-15T16:00"), at("2026-12-15T17:00"))]
    slots = free_slots(candidate, busy, count=2)
    assert [s.start for s in slots] == [at("2026-12-15T14:00"), at("2026-12-15T14:30")]


def test_free_slots_move_to_the_next_school_day_when_the_day_is_full() -> None:
    full = stored(1, "2026-12-19T08:00", "2026-12-19T20:00", aud())  # Saturday, whole school
    candidate = new("2026-12-19T10:00", "2026-12-19T11:00", aud(7))
    slots = free_slots(candidate, busy_for(candidate, [full]), count=1)
    assert [s.start for s in slots] == [at("2026-12-21T10:00")]  # Sunday skipped


# --- likely duplicates at another time of the same day (newcomer walk 2026-12-01c, 6) ------

DRONES = "Лекция о беспилотниках"


def test_the_same_lecture_in_the_same_room_an_hour_earlier_is_a_likely_duplicate() -> None:
    planned = stored(
        1, "2026-12-09T16:00", "2026-12-09T17:00", aud("9А", "9Б"), title=DRONES, venue="ауд. 204"
    )
    again = new(
        "2026-12-09T15:00", "2026-12-09T16:00", aud("9А", "9Б"), title=DRONES, venue="Ауд 204"
    )
    (clash,) = find_clashes(again, [planned])
    assert clash.reasons == {ClashReason.DUPLICATE}


@pytest.mark.parametrize(
    ("start", "end", "audience", "venue", "title"),
    [
        ("2026-12-10T15:00", "2026-12-10T16:00", aud("9А", "9Б"), "ауд. 204", DRONES),  # next day
        ("2026-12-09T15:00", "2026-12-09T16:00", aud("9А", "9Б"), "ауд. 305", DRONES),  # room
        ("2026-12-09T15:00", "2026-12-09T16:00", aud("9А", "9Б"), None, DRONES),  # no room
        ("2026-12-09T15:00", "2026-12-09T16:00", aud("10А"), "ауд. 204", DRONES),  # pupils
        ("2026-12-09T15:00", "2026-12-09T16:00", aud("9А"), "ауд. 204", "Лекция о ракетах"),
    ],
)
def test_other_days_rooms_pupils_or_subjects_at_another_time_are_not_duplicates(
    start: str, end: str, audience: Audience, venue: str | None, title: str
) -> None:
    planned = stored(
        1, "2026-12-09T16:00", "2026-12-09T17:00", aud("9А", "9Б"), title=DRONES, venue="ауд. 204"
    )
    assert find_clashes(new(start, end, audience, title=title, venue=venue), [planned]) == []


def test_the_same_day_is_the_candidates_local_day() -> None:
    """A stored event read back in UTC is compared on the school's day: 10 December 00:30
    in Kaliningrad is 9 December in UTC."""
    planned = stored(
        1, "2026-12-10T10:00", "2026-12-10T11:00", aud(9), title=DRONES, venue="ауд. 204"
    )
    in_utc = replace(planned, start=planned.start.astimezone(UTC), end=planned.end.astimezone(UTC))
    early = new("2026-12-10T00:30", "2026-12-10T01:30", aud(9), title=DRONES, venue="ауд. 204")
    assert [c.reasons for c in find_clashes(early, [in_utc])] == [{ClashReason.DUPLICATE}]
