"""Event drafts as JSON for the dialog state (a chat's pending drafts survive restarts).

Shape: a dict of plain JSON types; dates and datetimes as ISO strings in the school's local
time, as the parser produced them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bot.core.models import Audience, DayPeriod, EventDraft, Recurrence


def draft_to_json(draft: EventDraft) -> dict[str, Any]:
    """A draft as plain JSON types (ISO strings for dates and naive local datetimes), as the
    dialog state stores it; `draft_from_json` reads it back unchanged."""
    return {
        "title": draft.title,
        "start": draft.start.isoformat() if draft.start else None,
        "end": draft.end.isoformat() if draft.end else None,
        "all_day": draft.all_day,
        "time_known": draft.time_known,
        "venue": draft.venue,
        "grades": sorted(draft.audience.grades),
        "classes": sorted(draft.audience.classes),
        "staff": draft.audience.staff,
        "parents": draft.audience.parents,
        "capacity": draft.capacity,
        **_extras_to_json(draft),
        "recurrence": (
            {
                "freq": draft.recurrence.freq,
                "until": draft.recurrence.until.isoformat() if draft.recurrence.until else None,
                **(
                    {"except_weekdays": sorted(draft.recurrence.except_weekdays)}
                    if draft.recurrence.except_weekdays
                    else {}
                ),
                **(
                    {"weekdays": sorted(draft.recurrence.weekdays)}
                    if draft.recurrence.weekdays
                    else {}
                ),
                **(
                    {"except_dates": sorted(d.isoformat() for d in draft.recurrence.except_dates)}
                    if draft.recurrence.except_dates
                    else {}
                ),
            }
            if draft.recurrence
            else None
        ),
    }


def draft_from_json(data: dict[str, Any]) -> EventDraft:
    """The draft `draft_to_json` wrote. Raises KeyError, ValueError or TypeError on a state
    this version cannot read (the dialog then drops it politely)."""
    recurrence = data.get("recurrence")
    return EventDraft(
        title=str(data["title"]),
        start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
        end=datetime.fromisoformat(data["end"]) if data.get("end") else None,
        all_day=bool(data.get("all_day")),
        time_known=bool(data.get("time_known", True)),
        venue=data.get("venue"),
        audience=Audience(
            grades=frozenset(int(g) for g in data.get("grades", [])),
            classes=frozenset(str(c) for c in data.get("classes", [])),
            staff=bool(data.get("staff", False)),
            parents=bool(data.get("parents", False)),
        ),
        capacity=int(data["capacity"]) if data.get("capacity") else None,
        **_extras_from_json(data),
        recurrence=(
            Recurrence(
                freq=str(recurrence["freq"]),
                until=date.fromisoformat(recurrence["until"]) if recurrence.get("until") else None,
                except_weekdays=frozenset(int(d) for d in recurrence.get("except_weekdays", [])),
                weekdays=frozenset(int(d) for d in recurrence.get("weekdays", [])),
                except_dates=frozenset(
                    date.fromisoformat(d) for d in recurrence.get("except_dates", [])
                ),
            )
            if recurrence
            else None
        ),
    )


def _extras_to_json(draft: EventDraft) -> dict[str, Any]:
    """What long posts and doubts add to a draft, for the dialog state."""
    return {
        "doubts": list(draft.doubts),
        "corrections": [list(c) for c in draft.corrections],
        "deadline": draft.deadline.isoformat() if draft.deadline else None,
        "sessions": [
            [start.isoformat(), end.isoformat() if end else None] for start, end in draft.sessions
        ],
        "choices": [c.isoformat() for c in draft.choices],
        "ages": list(draft.ages) if draft.ages else None,
        "online_url": draft.online_url,
        "description": draft.description,
        "moscow_shift_hours": draft.moscow_shift_hours,
        "period": _period_to_json(draft.period),
        "programme": [
            [start.isoformat(), end.isoformat() if end else None, what]
            for start, end, what in draft.programme
        ],
        "span": [day.isoformat() for day in draft.span] if draft.span else None,
        "dropped_stages": [[a.isoformat(), b.isoformat()] for a, b in draft.dropped_stages],
        "daily_bounded": draft.daily_bounded,
    }


def _period_to_json(period: DayPeriod | None) -> dict[str, Any] | None:
    """The period named instead of a day (models.DayPeriod), dates as ISO strings."""
    if period is None:
        return None
    return {
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "kind": period.kind,
        "number": period.number,
        "detail": period.detail,
        "written": period.written,
    }


def _period_from_json(data: dict[str, Any] | None) -> DayPeriod | None:
    """The period `_period_to_json` wrote; None for a state written before periods were kept."""
    if not data:
        return None
    return DayPeriod(
        first=date.fromisoformat(data["first"]),
        last=date.fromisoformat(data["last"]),
        kind=str(data["kind"]),
        number=int(data.get("number") or 0),
        detail=str(data.get("detail") or ""),
        written=str(data.get("written") or ""),
    )


def _extras_from_json(data: dict[str, Any]) -> dict[str, Any]:
    ages = data.get("ages")
    return {
        "doubts": tuple(str(d) for d in data.get("doubts", [])),
        "corrections": tuple((str(w), str(r)) for w, r in data.get("corrections", [])),
        "deadline": date.fromisoformat(data["deadline"]) if data.get("deadline") else None,
        "sessions": tuple(
            (datetime.fromisoformat(s), datetime.fromisoformat(e) if e else None)
            for s, e in data.get("sessions", [])
        ),
        "choices": tuple(datetime.fromisoformat(c) for c in data.get("choices", [])),
        "ages": (int(ages[0]), int(ages[1])) if ages else None,
        "online_url": data.get("online_url"),
        "description": data.get("description"),
        "moscow_shift_hours": int(data.get("moscow_shift_hours") or 0),
        "period": _period_from_json(data.get("period")),
        "programme": tuple(
            (datetime.fromisoformat(s), datetime.fromisoformat(e) if e else None, str(what))
            for s, e, what in data.get("programme", [])
        ),
        "span": _span_from_json(data.get("span")),
        "dropped_stages": tuple(
            (date.fromisoformat(a), date.fromisoformat(b))
            for a, b in data.get("dropped_stages", [])
        ),
        "daily_bounded": bool(data.get("daily_bounded", False)),
    }


def _span_from_json(data: list[str] | None) -> tuple[date, date] | None:
    """The span of days `_extras_to_json` wrote (EventDraft.span); None for a state written
    before spans were kept."""
    if not data:
        return None
    return date.fromisoformat(data[0]), date.fromisoformat(data[1])
