"""Figures for the curator and partners: per event, per partner, per month.

Ratings, NPS and response rates come from students' answers only; an organiser's own poll
answers are not mixed into their events' scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.models import Event
from bot.core.reminders import average, nps


@dataclass(frozen=True, slots=True)
class Figures:
    events: int
    signups: int
    responses: int
    attended: int
    rating: float | None
    nps: int | None
    response_rate: float | None
    comments: int


def figures(
    events: Sequence[Event], signups: Mapping[int, int], answers: Iterable[Mapping[str, Any]]
) -> Figures:
    ids = {e.id for e in events}
    students = [a for a in answers if a["event_id"] in ids and a["role"] == "student"]
    total_signups = sum(signups.get(i, 0) for i in ids)
    attended = [a for a in students if a.get("attended", 1)]
    return Figures(
        events=len(events),
        signups=total_signups,
        responses=len(students),
        attended=len(attended),
        rating=average(a["rating"] for a in attended if a.get("rating") is not None),
        nps=nps(a["recommend"] for a in attended if a.get("recommend") is not None),
        response_rate=round(len(students) / total_signups, 2) if total_signups else None,
        comments=sum(1 for a in students if a.get("comment")),
    )


def grouped(
    events: Sequence[Event],
    key: Callable[[Event], Any],
    signups: Mapping[int, int],
    answers: Sequence[Mapping[str, Any]],
) -> list[tuple[Any, Figures]]:
    """Figures per group of events (by organiser, by month …), in key order."""
    groups: dict[Any, list[Event]] = defaultdict(list)
    for event in events:
        groups[key(event)].append(event)
    return [
        (k, figures(v, signups, answers)) for k, v in sorted(groups.items(), key=lambda kv: kv[0])
    ]
