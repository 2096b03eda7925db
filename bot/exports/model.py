"""What every export reads: one PlanRow per event, with its organiser, stats and clashes.

Rows are built once by the caller (planner, CLI) from domain objects and handed to the
xlsx/ics/pdf writers, which never touch storage.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.models import (
    Audience,
    CalendarWarning,
    Clash,
    ClashReason,
    Event,
    EventStatus,
    Organisation,
)
from bot.core.students import takes_signups

# The order reasons are shown in, most serious first.
REASON_ORDER = (ClashReason.DUPLICATE, ClashReason.AUDIENCE, ClashReason.VENUE)


@dataclass(frozen=True, slots=True)
class ClashNote:
    """The other side of a clash as an export shows it."""

    event_id: int
    title: str
    organiser: str
    start: datetime
    end: datetime
    all_day: bool
    end_given: bool
    reasons: tuple[ClashReason, ...]


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One event of the plan with what the exports show beside it."""

    event: Event
    organiser: str
    signups: int | None = None
    rating: float | None = None
    clashes: tuple[ClashNote, ...] = ()
    calendar: tuple[CalendarWarning, ...] = ()  # days off, vacations, lessons
    # the event's text was written for another day or time: it has been moved since
    text_before_move: bool = False
    # the reader may see whether the curator agreed this event (attack v, #1)
    agreement_shown: bool = True
    # the event's poll answers (StoredFeedback.feedback_of rows), for the «Партнёры» sheet's
    # «Ответили», «Были», NPS as «итоги» counts them (walk z, Z17); () where not shown
    answers: tuple[Mapping[str, Any], ...] = ()
    # `signups` counts this class's sign-ups only (a class teacher's file, others' events:
    # FiguresScope.counted_class); the rating and poll answers stay the whole event's, as
    # answers carry no class (newcomer walk 2026-12-03ad, AD4); None: the whole event's
    counted_class: str | None = None

    @property
    def has_clash(self) -> bool:
        """Whether the row's event clashes with another."""
        return bool(self.clashes)

    @property
    def cancelled(self) -> bool:
        """Whether the row's event is cancelled (shown struck through)."""
        return self.event.status is EventStatus.CANCELLED


def build_rows(
    events: Iterable[Event],
    orgs: Mapping[int, Organisation],
    clashes: Mapping[int, Sequence[Clash]] | None = None,
    signups: Mapping[int, int] | None = None,
    ratings: Mapping[int, float] | None = None,
    calendar: Mapping[int, Sequence[CalendarWarning]] | None = None,
    moved: Collection[int] = (),
    answers: Mapping[int, Sequence[Mapping[str, Any]]] | None = None,
) -> list[PlanRow]:
    """PlanRows sorted by start; `clashes`, `signups`, `ratings`, `calendar` (the school
    calendar's warnings) and `answers` (poll answers) are keyed by event id; `moved` are the
    ids of events moved since their text (details.description) was written, whose text the
    exports mark as such. With `signups` given, an event that takes sign-ups and has none
    counts 0 (an empty cell read as «not counted»: walk 2026-12-03ad, AD9); one that takes
    none (a class hour, a staff meeting: bot.core.students.takes_signups) stays None."""
    calendar = calendar or {}
    clashes = clashes or {}
    counted = signups is not None
    signups = signups or {}
    ratings = ratings or {}
    answers = answers or {}
    rows = [
        PlanRow(
            event=event,
            organiser=organiser_name(orgs, event.organisation_id),
            signups=signups.get(event.id, 0 if counted and takes_signups(event, orgs) else None),
            rating=ratings.get(event.id),
            clashes=tuple(clash_note(c, orgs) for c in clashes.get(event.id, ())),
            calendar=tuple(calendar.get(event.id, ())),
            text_before_move=event.id in moved,
            answers=tuple(answers.get(event.id, ())),
        )
        for event in events
    ]
    return sort_rows(rows)


def organiser_name(orgs: Mapping[int, Organisation], org_id: int) -> str:
    """The name of organisation `org_id` from `orgs`; «#<id>» for one no longer there."""
    org = orgs.get(org_id)
    return org.name if org is not None else f"#{org_id}"


def clash_note(clash: Clash, orgs: Mapping[int, Organisation]) -> ClashNote:
    """A clash as an export row's note: the other event (its organiser named from `orgs`)
    and the reasons in REASON_ORDER."""
    other = clash.other
    return ClashNote(
        event_id=other.id,
        title=other.title,
        organiser=organiser_name(orgs, other.organisation_id),
        start=other.start,
        end=other.end,
        all_day=other.all_day,
        end_given=other.end_given,
        reasons=tuple(r for r in REASON_ORDER if r in clash.reasons),
    )


def sort_rows(rows: Iterable[PlanRow]) -> list[PlanRow]:
    """`rows` in plan order: by start, then end, then event id (a stable order for equal
    times)."""
    return sorted(rows, key=lambda r: (r.event.start, r.event.end, r.event.id))


# Filters: the same plan, narrowed for one partner, one class or one period.


def for_organisation(rows: Iterable[PlanRow], organisation_id: int) -> list[PlanRow]:
    """One partner's events."""
    return [r for r in rows if r.event.organisation_id == organisation_id]


def for_audience(rows: Iterable[PlanRow], audience: Audience) -> list[PlanRow]:
    """Events some student of `audience` may attend (a class sees its grade's and everyone's;
    a parents' meeting, Audience.parents, is no student's, as a педсовет is not)."""
    return [r for r in rows if r.event.audience.overlaps(audience) and not r.event.audience.parents]


def between(rows: Iterable[PlanRow], start: datetime, end: datetime) -> list[PlanRow]:
    """Events overlapping the half-open interval [start, end) (aware instants)."""
    return [r for r in rows if r.event.start < end and r.event.end > start]


def with_figures_of(rows: Iterable[PlanRow], shows: Callable[[Event], bool]) -> list[PlanRow]:
    """Rows whose sign-up count, rating and poll answers are kept only where `shows(event)`
    is true (the events the reader may see counts of); the others lose them, so no file
    leaks another organiser's or another teacher's figures."""
    return [
        r if shows(r.event) else replace(r, signups=None, rating=None, answers=()) for r in rows
    ]


def with_texts_of(rows: Iterable[PlanRow], shows: Callable[[Event], bool]) -> list[PlanRow]:
    """Rows whose organiser's message as pasted (details.description) is kept only where
    `shows(event)` is true; the others lose it (and its «text written before a move» mark),
    so a partner's file never carries another organiser's letter, phones and e-mails."""
    return [
        r
        if shows(r.event)
        else replace(
            r,
            text_before_move=False,
            event=replace(r.event, details=replace(r.event.details, description=None)),
        )
        for r in rows
    ]


def with_agreements_of(rows: Iterable[PlanRow], shows: Callable[[Event], bool]) -> list[PlanRow]:
    """Rows with the curator's agreement shown only on the events `shows` lets the reader
    see it of (a partner: its own; a student or a teacher: none; attack v, #1)."""
    return [r if shows(r.event) else replace(r, agreement_shown=False) for r in rows]


def without_planning_notes(rows: Iterable[PlanRow]) -> list[PlanRow]:
    """Rows as a student's file shows them: no clashes, no school-calendar warnings and not
    the organiser's message as pasted (details.description — a methodist's phone, «внесите в
    план»); the title, time, place, classes, deadline, ages and link stay (newcomer walk
    2026-12-01k, #14)."""
    return [
        replace(
            r,
            clashes=(),
            calendar=(),
            text_before_move=False,
            event=replace(r.event, details=replace(r.event.details, description=None)),
        )
        for r in rows
    ]


def active(rows: Iterable[PlanRow]) -> list[PlanRow]:
    """Rows without cancelled events."""
    return [r for r in rows if not r.cancelled]


def local_days(start: datetime, end: datetime, all_day: bool, tz: ZoneInfo) -> list[date]:
    """The school-calendar days an interval touches (all-day end is exclusive midnight)."""
    first = start.astimezone(tz).date()
    last_instant = end.astimezone(tz) - (timedelta(days=1) if all_day else timedelta(0))
    last = max(first, last_instant.date())
    if not all_day and end.astimezone(tz).time() == datetime.min.time() and last > first:
        last -= timedelta(days=1)  # a timed event ending exactly at midnight
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
