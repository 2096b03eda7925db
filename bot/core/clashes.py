"""Clash rules and free-slot proposals.

Two events clash when their half-open intervals overlap (15:00–16:00 and 16:00–17:00 do
not) and they share students (a grade overlaps its classes, "everyone" overlaps all) or the
venue. A likely duplicate ("похоже на то же мероприятие") is an event, by any organiser,
whose title means the same (bot.core.titles: the same subject in normalised words, so
«Консультация по ОГЭ» and «… по ЕГЭ», or two bare «Лекция», are not duplicates), that shares
students with it, and that either overlaps it in time or sits on the same local day in the
same named room (the lecture typed again an hour earlier: newcomer walk 2026-12-01c,
finding 6). Without a room named on both sides, two such events at other times of one day
are not flagged (the school's open day till 17:00 and the partner's own from 17:00).
A run of a week or more (an exhibition open all month) shares its students with nothing — it
is visited at any hour of its days — but takes its room (run72); a run through whole months
(a plan row naming a month alone, files75) takes neither.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Protocol

from bot.core import titles
from bot.core.calendar_checks import blocked_intervals, calendar_warnings, warnings_of_all
from bot.core.language.field_corrections import is_online
from bot.core.models import (
    CalendarWarning,
    Clash,
    ClashReason,
    Event,
    EventStatus,
    NewEvent,
    Slot,
)
from bot.core.ports import EventStore, SettingsStore
from bot.core.run_ends import is_through_months, takes_no_hours
from bot.core.school_settings import load_school_calendar

Candidate = NewEvent | Event


class PlanStore(EventStore, SettingsStore, Protocol):
    """What clash and calendar checks read: the stored plan and the school calendar setting."""


SCHOOL_DAY = (time(8, 0), time(20, 0))
SLOT_STEP = timedelta(minutes=30)
SEARCH_DAYS = 14

_VENUE_PREFIX = re.compile(r"^(?:ауд(?:итория)?|каб(?:инет)?|к)\.?\s*")
# «актовый зал школы» is the school's own «актовый зал» in the school's own bot; a numbered
# school («школы № 94») or another owner («актовый зал КГТУ») stays a different place.
_OWN_SCHOOL = re.compile(r",?\s+(?:(?:нашей|нашего)\s+)?(?:школы|гимназии|лицея)$")
# «школа, актовый зал», «в школе — каб. 204», «наша гимназия: актовый зал»: the school named
# first, then its room (newcomer walk 2026-12-02t, #23); «школа № 94, …» stays another place
_OWN_SCHOOL_FIRST = re.compile(
    r"^(?:(?:в|наша|нашей)\s+)?(?:школ[аеу]|гимнази[яию]|лице[йею])\s*[,:—–-]\s*"
)
_ROOM_SPELLINGS = (
    (re.compile(r"^акт\.?\s*зал\b"), "актовый зал"),
    (re.compile(r"^спорт(?:ивный)?\.?\s*зал\b"), "спортзал"),
)


def venue_key(venue: str | None) -> str | None:
    """A comparable venue: "Каб. 204", "ауд 204" and "кабинет 204" are the same room, and so
    are «актовый зал школы», «школа, актовый зал», «Актовый зал» and «акт. зал» (the
    school's own hall). An online
    venue («онлайн», «Zoom», «онлайн, ссылка …») has no key: two online events at one time
    never clash by place (newcomer walk 2026-12-01f, finding 9), only by students."""
    if not venue or is_online(venue):
        return None  # an online event shares no room: each class joins from where it is
    key = " ".join(venue.lower().replace("ё", "е").split())
    key = _OWN_SCHOOL_FIRST.sub("", _OWN_SCHOOL.sub("", key))
    for spelling, room in _ROOM_SPELLINGS:
        key = spelling.sub(room, key)
    key = _VENUE_PREFIX.sub("", key).replace(" ", "")
    return key or None


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals overlap; touching ones do not."""
    return a_start < b_end and b_start < a_end


def is_duplicate(candidate: Candidate, other: Event) -> bool:
    """Whether `other` is likely the candidate entered again (by anyone): their audiences
    overlap, their titles mean the same event, and their times overlap or they are on the
    same local day (the candidate's zone) in the same named room (venue_key). Two meetings
    of one series are never duplicates of each other: «Сеансы в 11:00 и 13:00» are the
    programme's sessions, saved so on purpose (newcomer walk 2026-12-03y, Y1)."""
    if not candidate.audience.overlaps(other.audience):
        return False
    if candidate.series_id is not None and candidate.series_id == other.series_id:
        return False
    if not overlaps(candidate.start, candidate.end, other.start, other.end):
        same_day = other.start.astimezone(candidate.start.tzinfo).date() == candidate.start.date()
        room = venue_key(candidate.venue)
        if not same_day or room is None or room != venue_key(other.venue):
            return False
    return titles.same_event_titles(candidate.title, other.title)


def clash_reasons(candidate: Candidate, other: Event) -> frozenset[ClashReason]:
    """Why `other` collides with `candidate` (empty when it does not)."""
    if other.status == EventStatus.CANCELLED:
        return frozenset()
    if isinstance(candidate, Event) and candidate.id == other.id:
        return frozenset()
    reasons = set()
    if overlaps(candidate.start, candidate.end, other.start, other.end):
        if candidate.audience.overlaps(other.audience) and not _either_long_run(candidate, other):
            reasons.add(ClashReason.AUDIENCE)
        same_venue = venue_key(candidate.venue)
        held_room = not (is_through_months(candidate) or is_through_months(other))
        if held_room and same_venue is not None and same_venue == venue_key(other.venue):
            reasons.add(ClashReason.VENUE)
    if is_duplicate(candidate, other):
        reasons.add(ClashReason.DUPLICATE)
    return frozenset(reasons)


def _either_long_run(candidate: Candidate, other: Event) -> bool:
    """Whether one of the two is a visited run of a week or more (run_ends.is_visited_run: an
    exhibition open all month, visited at any hour of its days — not a week's trip) or a run
    through whole months (run_ends.is_through_months: a plan row «декабрь», files75): its
    students are not taken by it, so sharing them is no clash (run72); an exhibition's room
    still is, a month's is not (a month of safety «в школе» holds no room)."""
    return takes_no_hours(candidate) or takes_no_hours(other)


def find_clashes(candidate: Candidate, others: Iterable[Event]) -> list[Clash]:
    """Every other event that clashes with the candidate, earliest first."""
    found = [Clash(other=o, reasons=r) for o in others if (r := clash_reasons(candidate, o))]
    return sorted(found, key=lambda c: (c.other.start, c.other.id))


async def check_clashes(store: EventStore, candidate: Candidate) -> list[Clash]:
    """Clashes of a new or moved event with the stored plan (indexed interval lookups).

    The lookup covers the candidate's own interval and its whole local day, where
    duplicates may sit at another time.
    """
    day_start, day_end = _local_day_bounds(candidate.start)
    window_start = min(candidate.start, day_start)
    window_end = max(candidate.end, day_end)
    others = await store.events_overlapping(window_start, window_end)
    return find_clashes(candidate, others)


def clashes_among(events: Sequence[Event], pool: Sequence[Event]) -> list[tuple[Event, Clash]]:
    """What check_clashes would say for each of `events`, against `pool` (already read with
    one query covering their days): for a digest or an overview of many events at once."""
    ordered = sorted(pool, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    longest = max((e.end - e.start for e in ordered), default=timedelta(0))
    pairs = []
    for event in events:
        day_start, day_end = _local_day_bounds(event.start)
        low, high = min(event.start, day_start), max(event.end, day_end)
        first = bisect.bisect_left(starts, low - longest)
        last = bisect.bisect_left(starts, high)
        nearby = [e for e in ordered[first:last] if e.end > low]
        pairs += [(event, clash) for clash in find_clashes(event, nearby)]
    return pairs


def _local_day_bounds(at: datetime) -> tuple[datetime, datetime]:
    tz = at.tzinfo
    day = at.date()
    start = datetime.combine(day, time(), tzinfo=tz)
    return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)


def busy_for(candidate: Candidate, events: Iterable[Event]) -> list[tuple[datetime, datetime]]:
    """Intervals in which the candidate's audience or venue is already taken."""
    key = venue_key(candidate.venue)
    own_id = candidate.id if isinstance(candidate, Event) else None
    busy = []
    for event in events:
        if event.status == EventStatus.CANCELLED or event.id == own_id:
            continue
        shares_venue = key is not None and key == venue_key(event.venue)
        shares_students = candidate.audience.overlaps(event.audience)
        if (shares_students and not _either_long_run(candidate, event)) or shares_venue:
            busy.append((event.start, event.end))
    return sorted(busy)


def free_slots(
    candidate: Candidate,
    busy: Sequence[tuple[datetime, datetime]],
    *,
    count: int = 3,
    day_hours: tuple[time, time] = SCHOOL_DAY,
    step: timedelta = SLOT_STEP,
    days: int = SEARCH_DAYS,
    skip_sundays: bool = True,
) -> list[Slot]:
    """The nearest free slots of the candidate's length: same day first, then later days.

    On each day slots are chosen by distance from the requested time of day; the chosen
    ones are returned in time order (a list of options reads chronologically). With
    `skip_sundays` no slot covers a Sunday — a slot of several days starting on Saturday
    neither — unless the candidate itself covers one (a Saturday–Sunday турслёт is offered
    another weekend; a Thursday–Friday conference never «19–20 декабря», Saturday and
    Sunday, under «без … воскресений»: walk 2026-12-03ad follow-up, misc27).
    """
    length = candidate.end - candidate.start
    tz = candidate.start.tzinfo
    wanted = candidate.start
    sundays_too = not skip_sundays or _covers_sunday(candidate.start, candidate.end)
    found: list[Slot] = []
    for offset in range(days + 1):
        day = wanted.date() + timedelta(days=offset)
        if skip_sundays and day.weekday() == 6:
            continue
        options = _day_options(day, length, tz, day_hours, step, candidate.all_day)
        options = [
            s
            for s in options
            if s.start != wanted
            and not _is_busy(s, busy)
            and (sundays_too or not _covers_sunday(s.start, s.end))
        ]
        options.sort(key=lambda s: abs((s.start - wanted).total_seconds()) % 86400)
        found.extend(options[: count - len(found)])
        if len(found) >= count:
            break
    return sorted(found, key=lambda s: s.start)


def _covers_sunday(start: datetime, end: datetime) -> bool:
    """Whether [start, end) (aware, read in `start`'s zone) includes part of a Sunday."""
    last = (end.astimezone(start.tzinfo) - timedelta(microseconds=1)).date()
    day = start.date()
    while day <= last:
        if day.weekday() == 6:
            return True
        day += timedelta(days=1)
    return False


def _day_options(
    day: date,
    length: timedelta,
    tz: tzinfo | None,
    day_hours: tuple[time, time],
    step: timedelta,
    all_day: bool,
) -> list[Slot]:
    if all_day:
        start = datetime.combine(day, time(), tzinfo=tz)
        return [Slot(start, start + length)]
    first = datetime.combine(day, day_hours[0], tzinfo=tz)
    last = datetime.combine(day, day_hours[1], tzinfo=tz)
    options = []
    at = first
    while at + length <= last:
        options.append(Slot(at, at + length))
        at += step
    return options


def _is_busy(slot: Slot, busy: Sequence[tuple[datetime, datetime]]) -> bool:
    return any(overlaps(slot.start, slot.end, b_start, b_end) for b_start, b_end in busy)


async def propose_slots(
    store: PlanStore, candidate: Candidate, count: int = 3, *, in_vacation: bool = False
) -> list[Slot]:
    """Free slots for a clashing candidate, from the stored plan of the next two weeks.

    Days off, the audience's vacations and its lessons (the school calendar) count as busy.
    With `in_vacation` (the event was asked for «в каникулы» on purpose) and the candidate's
    day in the audience's vacation, the slots are that vacation's days instead (days off
    still busy): newcomer walk 2026-12-02t, #18.
    """
    start, _ = _local_day_bounds(candidate.start)
    horizon = start + timedelta(days=SEARCH_DAYS + 1)
    events = await store.events_overlapping(start, horizon)
    calendar = await load_school_calendar(store)
    tz = candidate.start.tzinfo
    assert tz is not None, "stored and candidate events are aware"
    day = start.date()
    grades = candidate.audience.covered_grades()
    within = calendar.year_of(day).vacation_of(day, grades) if in_vacation else None
    blocked = blocked_intervals(candidate.audience, day, SEARCH_DAYS, calendar, tz, within=within)
    busy = sorted(busy_for(candidate, events) + blocked)
    return free_slots(candidate, busy, count=count)


async def check_calendar(
    store: PlanStore, events: Sequence[Candidate], tz: tzinfo | None = None
) -> list[CalendarWarning]:
    """What the school calendar says about a new, moved or stored event (or each occurrence
    of a series): days off, the audience's vacations, its lessons. A warning of its own kind,
    never a Clash. Days are taken in `tz` (the school's zone; default: the events' own)."""
    if not events:
        return []
    return warnings_of_all(events, await load_school_calendar(store), _zone(events, tz))


async def flagged_events(
    store: PlanStore, events: Sequence[Event], tz: tzinfo | None = None
) -> list[tuple[Event, list[CalendarWarning]]]:
    """The events the school calendar objects to, each with its warnings, in order; days in
    `tz` (default: the events' own zone)."""
    if not events:
        return []
    calendar = await load_school_calendar(store)
    tz = _zone(events, tz)
    found = [(e, calendar_warnings(e, calendar, tz)) for e in events]
    return [(e, warnings) for e, warnings in found if warnings]


def _zone(events: Sequence[Candidate], tz: tzinfo | None) -> tzinfo:
    zone = tz or events[0].start.tzinfo
    if zone is None:
        raise ValueError("events must be aware datetimes")
    return zone
