"""Figures for the curator and partners: per event, per partner, per month.

Ratings, NPS and response rates come from students' answers only; an organiser's own poll
answers are not mixed into their events' scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core.models import Event, Organisation
from bot.core.ports import EventStore, SignupStore
from bot.core.reminders import average, nps
from bot.core.replies import Reply
from bot.core.views import event_view

TOP_EVENTS = 10
LATEST_COMMENTS = 5


class ReportStore(EventStore, SignupStore, Protocol):
    """The ports a report reads: events, sign-up counts and poll answers."""


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of a set of events (see `figures`): how many events, sign-ups counted,
    students' poll answers (`responses`) and those of students who attended, their average
    rating (1–5, None: no rating), NPS (−100…100, None: no answer), responses per sign-up
    (0–1, None: no rate given) and comments."""

    events: int
    signups: int
    responses: int
    attended: int
    rating: float | None
    nps: int | None
    response_rate: float | None
    comments: int
    # `signups` counts one class's sign-ups (the class) on every event of the figures — a
    # class teacher's on others' events (permissions.counted_class); None: whole events, or
    # some of each (newcomer walk 2026-12-03ad, AD4)
    class_only: str | None = None
    # the poll figures (responses, attended, rating, NPS, comments) are the whole events'
    # while `signups` counts one class on some of them: answers carry no class (AD4)
    whole_polls: bool = False


def counts_as_attended(answer: Mapping[str, Any]) -> bool:
    """Whether a student's poll answer (a `feedback_of` row) counts in the ratings and NPS:
    not one of someone who said «Меня не было» (attended 0), even after rating first — the
    one rule of the chat's «итоги» and the files' «Оценка» (attack z2, #4)."""
    return bool(answer.get("attended", 1))


def event_ratings(answers: Iterable[Mapping[str, Any]]) -> dict[int, float]:
    """Event id -> the average students' rating (1–5, two decimals) of `feedback_of` rows,
    counted as `figures` counts them (students who attended); events without one left out."""
    ratings: dict[int, list[int]] = {}
    for answer in answers:
        if answer["role"] != "student" or answer.get("rating") is None:
            continue
        if counts_as_attended(answer):
            ratings.setdefault(int(answer["event_id"]), []).append(int(answer["rating"]))
    return {k: round(sum(v) / len(v), 2) for k, v in ratings.items()}


def figures(
    events: Sequence[Event],
    signups: Mapping[int, int],
    answers: Iterable[Mapping[str, Any]],
    classes: Mapping[int, str] | None = None,
) -> Figures:
    """The figures of `events`: `signups` (event id -> sign-ups counted), `answers`
    (feedback_of rows; students' only are counted), `classes` (event id -> the one class
    whose sign-ups `signups` counts for it, bot.core.permissions.counted_class). Poll
    answers are stored without the person's class, so where any event counts one class the
    poll figures stay the whole events' (`whole_polls`) and no response rate is given: the
    answers of every class divided by one class's sign-ups is no rate (newcomer walk
    2026-12-03ad, AD4)."""
    ids = {e.id for e in events}
    limited = {classes[i] for i in ids if classes and i in classes}
    whole = bool(limited)
    only = (
        next(iter(limited))
        if len(limited) == 1 and all(classes and i in classes for i in ids)
        else None
    )
    students = [a for a in answers if a["event_id"] in ids and a["role"] == "student"]
    total_signups = sum(signups.get(i, 0) for i in ids)
    attended = [a for a in students if counts_as_attended(a)]
    return Figures(
        events=len(events),
        signups=total_signups,
        responses=len(students),
        attended=len(attended),
        rating=average(a["rating"] for a in attended if a.get("rating") is not None),
        nps=nps(a["recommend"] for a in attended if a.get("recommend") is not None),
        response_rate=round(len(students) / total_signups, 2)
        if total_signups and not whole
        else None,
        comments=sum(1 for a in students if a.get("comment")),
        class_only=only,
        whole_polls=whole,
    )


def grouped(
    events: Sequence[Event],
    key: Callable[[Event], Any],
    signups: Mapping[int, int],
    answers: Sequence[Mapping[str, Any]],
    classes: Mapping[int, str] | None = None,
) -> list[tuple[Any, Figures]]:
    """Figures per group of events (by organiser, by month …), in key order."""
    groups: dict[Any, list[Event]] = defaultdict(list)
    for event in events:
        groups[key(event)].append(event)
    return [
        (k, figures(v, signups, answers, classes))
        for k, v in sorted(groups.items(), key=lambda kv: kv[0])
    ]


async def report_reply(
    store: ReportStore,
    tz: ZoneInfo,
    first: date,
    last: date,
    organisation: Organisation | None,
    orgs: Mapping[int, Organisation],
    shows: Callable[[Event], bool] | None = None,
    whose: Mapping[str, Any] | None = None,
    counted: Callable[[Event], bool] | None = None,
    counted_class: Callable[[Event], str | None] | None = None,
) -> Reply:
    """The report for [first, last]: totals, then per partner, per month and per event.

    Comments are quoted without any sign of who wrote them; only students' answers count.
    With `shows`, only the events it is true of are counted (a teacher's report: the
    events whose counts they may see, bot.core.permissions.sees_counts). `whose` names a
    teacher's figures in the title: {"class_name": the class they lead, confirmed, or None}
    — their own events, and their class's. With `counted`, the events it is false of are
    left out of every figure and only their number is given (`left_out`): the school's own
    entries nobody signs up for — a class hour, a test, a staff meeting
    (bot.core.students.takes_signups; leftconv21, item 6: they were counted among the
    partners' figures as events with no sign-ups). With `counted_class`, an event it names a
    class of counts that class's going students only (a class teacher's class on others'
    events, as «кто записался» and their plan file count: permissions.counted_class), and the
    poll figures are said to be every class's (Figures.whole_polls; newcomer walk
    2026-12-03ad, AD4).
    """
    start = datetime.combine(first, time(), tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)
    org_id = organisation.id if organisation else None
    events = await store.events_between(start, end, organisation_id=org_id)
    events = [e for e in events if e.start < end and (shows is None or shows(e))]
    left_out = [e for e in events if counted is not None and not counted(e)]
    events = [e for e in events if e not in left_out]
    ids = [e.id for e in events]
    signups = await store.signup_counts(ids)
    classes = await _class_signups(store, events, signups, counted_class)
    answers = await store.feedback_of(ids)
    undelivered = await store.undelivered_counts(ids)  # VK error 901: messages closed
    counts = _Counts(signups, answers, classes, undelivered)
    context = {
        "first": first,
        "last": last,
        "organisation": organisation.name if organisation else None,
        "whose": whose,
        **_report_figures(events, counts, tz, first, last, organisation, orgs),
        "left_out": len(left_out),
        # the comments of every class, however the sign-ups were counted (AD4)
        "whole_polls": bool(classes),
        "counted_class": next(iter(classes.values()), None),
        "own_whole": len(classes) < len(events),  # some events are the reader's, counted whole
    }
    return Reply("report", context)


async def _class_signups(
    store: ReportStore,
    events: Sequence[Event],
    signups: dict[int, int],
    counted_class: Callable[[Event], str | None] | None,
) -> dict[int, str]:
    """For each event `counted_class` names a class of, its count in `signups` made that
    class's going students only (in place); returns event id -> that class."""
    classes: dict[int, str] = {}
    for event in events:
        own = counted_class(event) if counted_class is not None else None
        if own is not None:
            going = await store.signed_up(event.id, "going")
            signups[event.id] = sum(1 for p in going if p.class_name == own)
            classes[event.id] = own
    return classes


@dataclass(frozen=True, slots=True)
class _Counts:
    """What a report counts its events with: sign-ups (event id -> count), the poll
    answers (feedback_of rows), the class counted per event, undelivered messages per
    event."""

    signups: Mapping[int, int]
    answers: Sequence[Mapping[str, Any]]
    classes: Mapping[int, str]
    undelivered: Mapping[int, int]


def _report_figures(
    events: Sequence[Event],
    counts: _Counts,
    tz: ZoneInfo,
    first: date,
    last: date,
    organisation: Organisation | None,
    orgs: Mapping[int, Organisation],
) -> dict[str, Any]:
    """The report's figures: the total, per partner (none in one partner's report), per
    month (when [first, last] spans more than one), the TOP_EVENTS best-rated events with
    how many more there are, undelivered messages and the latest comments."""
    signups, answers, classes = counts.signups, counts.answers, counts.classes
    per_event = [(e, figures([e], signups, answers, classes)) for e in events]
    per_event.sort(key=lambda pair: (-(pair[1].rating or 0), -pair[1].signups, pair[0].start))

    def partner_name(event: Event) -> str:
        org = orgs.get(event.organisation_id)
        return org.name if org else "—"

    return {
        "total": figures(events, signups, answers, classes),
        "partners": []
        if organisation
        else grouped(events, partner_name, signups, answers, classes),
        "months": grouped(
            events,
            lambda e: e.start.astimezone(tz).date().replace(day=1),
            signups,
            answers,
            classes,
        )
        if first.month != last.month or first.year != last.year
        else [],
        "events": [
            {
                "event": event_view(e, orgs),
                "figures": f,
                "undelivered": counts.undelivered.get(e.id, 0),
            }
            for e, f in per_event[:TOP_EVENTS]
        ],
        "undelivered": sum(counts.undelivered.values()),
        "more_events": max(0, len(per_event) - TOP_EVENTS),
        "comments": _latest_comments(answers, events),
    }


def _latest_comments(
    answers: Sequence[Mapping[str, Any]], events: Sequence[Event]
) -> list[dict[str, Any]]:
    """A few students' comments with the event they are about, newest events first."""
    titles = {e.id: e for e in events}
    found: list[dict[str, Any]] = [
        {
            "title": titles[a["event_id"]].title,
            "text": str(a["comment"]).strip(),
            "start": titles[a["event_id"]].start,
        }
        for a in answers
        if a["role"] == "student" and a.get("comment") and a["event_id"] in titles
    ]
    found.sort(key=lambda c: c["start"], reverse=True)
    return found[:LATEST_COMMENTS]
