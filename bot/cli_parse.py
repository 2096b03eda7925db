"""`python -m bot parse` and `python -m bot when`: the parser as JSON, for tooling and benchmarks.

With TEXT the command prints one JSON object; without it, it reads JSON-encoded strings from
stdin, one per line, and prints one JSON object per line (a bad line prints an error object,
never stops the batch).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bot.core.language.intents import parse_message
from bot.core.language.when import resolve_when
from bot.core.models import Audience, EventDraft, EventIntent, Intent, QueryIntent
from bot.core.run_ends import run_last_day


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `python -m bot parse` and `python -m bot when`: --now (the reference wall-
    clock time, YYYY-MM-DDTHH:MM, school local), --tz (an IANA zone; default BOT_TZ) and the message
    (none: JSON strings, one a line, on stdin)."""
    parser.add_argument("--now", help="reference time YYYY-MM-DDTHH:MM (school local time)")
    parser.add_argument("--tz", default=None, help="school time zone (default: BOT_TZ)")
    parser.add_argument("text", nargs="?", help="the message; omit to read JSON lines on stdin")


def main_parse(args: argparse.Namespace) -> int:
    """`python -m bot parse`: print the JSON reading (intent_to_json) of the message given, or of
    each JSON string line on stdin (a bad line prints {"error": …} and the rest go on). Returns the
    exit code, 0."""
    return _run(args, _parsed)


def _parsed(text: str, now: datetime) -> dict[str, Any]:
    """One message as the chat reads it (an event named with a period only included)."""
    return intent_to_json(parse_message(text, now, day_in_period=True))


def main_when(args: argparse.Namespace) -> int:
    """`python -m bot when`: print the period a phrase names (when_to_json) for the message given or
    each JSON string line on stdin, as `main_parse` does. Returns the exit code, 0."""
    return _run(args, when_to_json)


def _run(args: argparse.Namespace, convert: Callable[[str, datetime], dict[str, Any]]) -> int:
    now = _reference_now(args.now, args.tz)
    if args.text is not None:
        _print(convert(args.text, now))
        return 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            text = json.loads(line)
            if not isinstance(text, str):
                raise ValueError("expected a JSON string")
        except ValueError as exc:
            _print({"error": f"bad input line: {exc}"})
            continue
        _print(convert(text, now))
    return 0


def _reference_now(raw: str | None, tz_name: str | None) -> datetime:
    """The naive wall-clock "now": given, or the current time in the school's zone."""
    if raw:
        return datetime.fromisoformat(raw).replace(tzinfo=None)
    from bot.config import Settings

    settings = Settings.from_env(load_dotenv=False)
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz_name) if tz_name else settings.tz
    return datetime.now(zone).replace(tzinfo=None, second=0, microsecond=0)


def _print(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def intent_to_json(intent: Intent) -> dict[str, Any]:
    """The JSON shape documented in the README for `python -m bot parse`."""
    if isinstance(intent, EventIntent):
        draft = intent.draft
        return {
            "intent": "event",
            "title": draft.title,
            "start": _stamp(draft.start, draft.all_day),
            "end": _end_stamp(draft),
            "all_day": draft.all_day,
            "time_known": draft.time_known,
            "venue": draft.venue,
            **_audience_json(draft.audience),
            "recurrence": (
                {
                    "freq": draft.recurrence.freq,
                    "until": draft.recurrence.until.isoformat() if draft.recurrence.until else None,
                }
                | _except_json(draft.recurrence.except_weekdays)
                | _weekdays_json(draft.recurrence.weekdays)
                | _except_dates_json(draft.recurrence.except_dates)
                if draft.recurrence
                else None
            ),
            "deadline": draft.deadline.isoformat() if draft.deadline else None,
            "doubts": list(draft.doubts),
            "corrections": [{"written": w, "read": r} for w, r in draft.corrections],
            "sessions": [
                {"start": _stamp(start, draft.all_day), "end": _stamp(end, draft.all_day)}
                for start, end in draft.sessions
            ],
            "choices": [_stamp(c, draft.all_day) for c in draft.choices],
            "ages": list(draft.ages) if draft.ages else None,
            "online": draft.online_url,
            "description": draft.description,
        }
    if isinstance(intent, QueryIntent):
        return {
            "intent": "query",
            "from": intent.start.isoformat(),
            "to": intent.end.isoformat() if intent.end else None,
            **_audience_json(intent.audience),
            "organiser": intent.organiser,
        }
    return {"intent": "other"}


def when_to_json(text: str, now: datetime) -> dict[str, Any]:
    """The period `text` names read at `now` (naive wall-clock time): {"start", "end"} as ISO stamps
    (end exclusive), "grain" (day, week, month …) and "kind"; all three None when it names none
    (bot.core.language.when.resolve_when)."""
    found = resolve_when(text, now)
    if found is None:
        return {"start": None, "end": None, "grain": None}
    return {
        "start": _stamp(found.start, False),
        "end": _stamp(found.end, False),
        "grain": found.grain,
        "kind": found.kind,
    }


def _except_json(days: frozenset[int]) -> dict[str, list[int]]:
    """{"except_weekdays": [...]} (Monday = 0) for a repeat that skips days, else {}: the
    recurrence object keeps its two keys for every other repeat."""
    return {"except_weekdays": sorted(days)} if days else {}


def _weekdays_json(days: frozenset[int]) -> dict[str, list[int]]:
    """{"weekdays": [...]} (Monday = 0, RFC 5545 BYDAY's meaning) for a weekly repeat on
    named days («по вторникам и четвергам»: [1, 3]), else {} (the start's own weekday)."""
    return {"weekdays": sorted(days)} if days else {}


def _except_dates_json(days: frozenset[date]) -> dict[str, list[str]]:
    """{"except_dates": ["YYYY-MM-DD", ...]} for a repeat that leaves out days («кроме 1 и 2
    января»), else {}."""
    return {"except_dates": sorted(d.isoformat() for d in days)} if days else {}


def _end_stamp(draft: EventDraft) -> str | None:
    """The draft's end as _stamp gives it; a run's end that names a day only (run_ends) is
    that day («2026-12-07»), never the midnight after it."""
    if draft.start is not None and not draft.all_day:
        last = run_last_day(draft.start, draft.end)
        if last is not None:
            return last.isoformat()
    return _stamp(draft.end, draft.all_day)


def _stamp(value: datetime | date | None, date_only: bool) -> str | None:
    if value is None:
        return None
    if date_only and isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def _audience_json(audience: Audience) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "grades": sorted(audience.grades),
        "classes": sorted(audience.classes, key=lambda c: (len(c), c)),
    }
    return {**shown, "staff": True} if audience.staff else shown  # only when said
