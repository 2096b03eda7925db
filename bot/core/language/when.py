"""A bare time expression ("завтра в 15", "следующие 3 дня", "до конца месяца") as an interval.

Used by the `when` command and by the planner for "перенеси на 17:00". The result is a
half-open interval in wall-clock time: `end` is None for an instant, `start` is None for
"до …"; `grain` tells how precise the start is.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.language import calendar as cal
from bot.core.language.day_parts import morning_hour, weekday_in_period
from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.post_draft import SCHOOL_ZONE, moscow_shift
from bot.core.language.temporal import (
    PART_OF_DAY_SPANS,
    TemporalParts,
    TimeMention,
    extract_temporal,
    resolve_day,
)
from bot.core.language.tokens import Scanner
from bot.core.language.told_past import told_in_past
from bot.core.language.typos import correct_typos

log = logging.getLogger(__name__)

# "10-августа-2012", "10/августа 2012": a day, month and year joined by dashes or slashes
_JOINED = re.compile(rf"(?<![\d./-])(\d{{1,2}})[-/]({cal.MONTH})(?:[-/](?=\d{{4}}(?!\d)))?", re.I)

GRAINS = ("minute", "hour", "day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class When:
    start: datetime | None
    end: datetime | None
    grain: str
    kind: str = "instant"  # instant | interval | before | after
    year_rolled: bool = False  # a date written without a year had passed: next year's taken


def resolve_when(text: str, now: datetime) -> When | None:
    """Resolve a time expression against `now` (naive wall-clock); None if none is found."""
    try:
        found = _resolve_text(text, now)
        if found is None or found.kind != "interval":
            return _day_span(text, now) or found
        return found
    except Exception:
        log.exception("when failed on %r", text[:200])
        return None


def _resolve_text(text: str, now: datetime) -> When | None:
    sc = Scanner(_unjoined(correct_typos(text[:500])[0]))
    moscow = take_moscow_time(sc)
    parts = extract_temporal(sc, now, periods=True)
    if parts.day_blocked:
        return None  # an impossible date is never resolved to another day
    found = _resolve(parts, now, sc.text)
    if found is not None and parts.rolled_year:
        found = replace(found, year_rolled=True)
    if moscow and found is not None and found.grain in ("minute", "hour"):
        return _from_moscow(found)
    return found


# "с понедельника по пятницу", "с сегодня до 20 марта", "сегодня - следующая пятница": two days
_SPAN_WORDS = re.compile(r"(?:^|\s)(?:с|со|от)\s+(?P<a>.+?)\s+(?:до|по)\s+(?P<b>.+?)\s*[.!?]?\s*$")
_SPAN_DASH = re.compile(r"^(?P<a>[^\W\d][^\d\-–—]*?)\s+[-–—]\s+(?P<b>[^\W\d][^\d\-–—]*?)\s*$")


def _day_span(text: str, now: datetime) -> When | None:
    """Two days joined by "с … по/до …" or a dash, each read on its own; the second is the
    first such day on or after the first ("с понедельника по пятницу")."""
    found = _SPAN_WORDS.search(text[:200]) or _SPAN_DASH.match(text[:200])
    if found is None:
        return None
    first = _whole_day(found.group("a"), now)
    if first is None:
        return None
    last = _whole_day(found.group("b"), now)
    if last is not None and last < first:
        last = _whole_day(found.group("b"), first)
    if last is None or last <= first:
        return None
    return When(first, last + timedelta(days=1), "day", "interval")


def _whole_day(text: str, now: datetime) -> datetime | None:
    side = _resolve_text(text, now)
    if side is None or side.kind != "instant" or side.grain != "day" or side.start is None:
        return None
    return side.start


@dataclass(frozen=True, slots=True)
class DayAndTime:
    """What a short answer or a move request names: a day, a time range, "весь день"."""

    day: date | None
    start: time | None
    end: time | None
    all_day: bool = False
    moscow_shift_hours: int = 0  # hours added to a time said in Moscow time (0: local)


def day_and_time(text: str, now: datetime, zone: ZoneInfo | None = None) -> DayAndTime | None:
    """Parts of "на 17:00", "18 декабря", "завтра с 10 до 12"; None when nothing is named.

    `now` is the school's naive wall-clock time and `zone` its time zone (None: the project's
    default, SCHOOL_ZONE): a time said "по московскому времени" / "МСК" is moved to it, as
    for a time written in an announcement (issue 10, point 2)."""
    try:
        sc = Scanner(correct_typos(text[:500])[0])
        moscow = take_moscow_time(sc)
        parts = extract_temporal(sc, now, periods=False)
        if parts.day_blocked:
            return None
    except Exception:
        log.exception("day_and_time failed on %r", text[:200])
        return None
    start = parts.start_time
    day = resolve_day(parts, now)
    if day is None and start is None and not parts.all_day:
        return None
    end = parts.end_time
    if start is not None and end is None and parts.duration is not None:
        end = (datetime.combine(date.min, start.at) + parts.duration).time()
    named = DayAndTime(day, start.at if start else None, end, parts.all_day)
    return _named_from_moscow(named, now, zone or SCHOOL_ZONE) if moscow else named


def _named_from_moscow(named: DayAndTime, now: datetime, zone: ZoneInfo) -> DayAndTime:
    """A day and times said in Moscow time, moved to `zone`; the day moves too when the hour
    crosses midnight ("в 00:30 мск" in Kaliningrad is 23:30 the day before)."""
    if named.start is None:
        return named
    begin = datetime.combine(named.day or now.date(), named.start)
    shift = moscow_shift(begin, zone)
    moved = begin + shift
    end = (datetime.combine(begin.date(), named.end) + shift).time() if named.end else None
    day = moved.date() if named.day is not None else None
    hours = round(shift.total_seconds() / 3600)
    return DayAndTime(day, moved.time(), end, named.all_day, hours)


def _unjoined(text: str) -> str:
    """ "10-августа-2012" read as "10 августа 2012"; other text unchanged."""
    if "-" not in text and "/" not in text:
        return text
    return _JOINED.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)


def _resolve(parts: TemporalParts, now: datetime, text: str = "") -> When | None:
    _day_in_named_year(parts)
    boundary = _boundary(parts, now)
    if boundary is not None:
        return boundary
    if parts.instant is not None and parts.start_time is None and not _offset_refined(parts):
        return _truncated(parts.instant, parts.instant_grain)
    if parts.period is not None and parts.weekday is not None:
        week_day = weekday_in_period(parts.period, parts.period_grain, parts.weekday)
        if week_day is not None:  # "на следующей неделе в среду", "в апреле в среду"
            start = parts.start_time
            if start is None:
                return When(_midnight(week_day), None, "day")
            return _clock(parts, start, week_day, now)
    if parts.period is not None:
        return _period(parts)
    day = resolve_day(parts, now)
    if day is not None and parts.day_last is not None and parts.day_last > day:
        return When(
            _midnight(day), _midnight(parts.day_last + timedelta(days=1)), "day", "interval"
        )
    start = parts.start_time
    if start is not None:
        # "каждый день с 5 по 9 декабря в 10:00": a daily repeat's first day, not today
        first = parts.recur_from if day is None and parts.recurrence == "daily" else None
        return _clock(parts, start, day or first, now)
    if parts.part_of_day is not None:
        return _part_of_day(
            parts.part_of_day, day or _part_of_day_date(parts.part_of_day, text, now)
        )
    if day is not None:
        return When(_midnight(day), None, "day")
    return None


def _boundary(parts: TemporalParts, now: datetime) -> When | None:
    if parts.until_exclusive is not None:
        return When(None, parts.until_exclusive, "hour", "before")
    if parts.day_prefix and not parts.times:
        day = resolve_day(parts, now)
        if parts.period is not None and parts.weekday is not None:  # "с понедельника в декабре"
            day = weekday_in_period(parts.period, parts.period_grain, parts.weekday) or day
        if day is not None:
            if parts.day_prefix == "до":
                return When(None, _midnight(day), "day", "before")
            return When(_midnight(day), None, "day", "after")
    mentions = parts.times or []
    if len(mentions) != 1 or mentions[0].prefix not in ("до", "после"):
        return None
    mention = mentions[0]
    day = resolve_day(parts, now) or now.date()
    at = datetime.combine(day, mention.at)
    grain = "minute" if mention.minute_given else "hour"
    if mention.prefix == "до":
        return When(None, at, grain, "before")
    return When(at, None, grain, "after")


def _day_in_named_year(parts: TemporalParts) -> None:
    """ "14 декабря в 1989 году", "15 мая в следующем году": the year names the day's year
    (the year alone would be the whole year)."""
    if parts.period is None or parts.period_grain != "year" or parts.day_first is None:
        return
    shift = parts.period[0].year - parts.day_first.year
    try:
        first = parts.day_first.replace(year=parts.day_first.year + shift)
        last = parts.day_last.replace(year=parts.day_last.year + shift) if parts.day_last else None
    except ValueError:  # 29 February in a year without it
        parts.day_blocked = True
        return
    parts.day_first, parts.day_last, parts.period = first, last, None


def _offset_refined(parts: TemporalParts) -> bool:
    """ "через 2 дня утром", "через неделю в среду": the offset names a day, the rest refines it."""
    day_level = parts.instant_grain in ("hour", "day")
    return day_level and (parts.weekday is not None or parts.part_of_day is not None)


def _clock(parts: TemporalParts, start: TimeMention, day: date | None, now: datetime) -> When:
    start = morning_hour(start, parts.part_of_day)
    grain = "minute" if start.minute_given else "hour"
    if day is None:
        day = now.date() if start.at >= now.time() else now.date() + timedelta(days=1)
    begin = datetime.combine(day, start.at)
    if start.day_end:  # "12 января в 24:00": the midnight at the end of 12 January
        begin += timedelta(days=1)
    if parts.end_time is not None:
        end = datetime.combine(parts.end_day or day, parts.end_time)
        if end <= begin:
            end += timedelta(days=1)
        return When(begin, end, "minute", "interval")
    return When(begin, None, grain)


def _from_moscow(found: When) -> When:
    """A time given in Moscow time, moved to the school's zone (see post_draft.py)."""
    anchor = found.start or found.end
    assert anchor is not None
    shift = moscow_shift(anchor, SCHOOL_ZONE)
    return replace(
        found,
        start=found.start + shift if found.start else None,
        end=found.end + shift if found.end else None,
    )


def _part_of_day_date(word: str, text: str, now: datetime) -> date:
    """The day of a part of day named without one: the coming one («ночью» said at noon is
    the night ahead, «утром» said in the afternoon tomorrow's morning), the last one when
    the sentence tells in the past tense («кто дежурил ночью?», «что было вечером?»)."""
    today = _part_of_day(word, now.date())
    assert today.start is not None
    assert today.end is not None
    if told_in_past(text, 0, len(text)):
        return now.date() - timedelta(days=1) if today.start > now else now.date()
    return now.date() + timedelta(days=1) if today.end <= now else now.date()


def _part_of_day(word: str, day: date) -> When:
    first, last = PART_OF_DAY_SPANS[word]
    end = datetime.combine(day, last) if last else _midnight(day + timedelta(days=1))
    return When(datetime.combine(day, first), end, "hour", "interval")


def _period(parts: TemporalParts) -> When:
    assert parts.period is not None
    first, last = parts.period
    grain = parts.period_grain
    if grain == "weekend":
        friday_evening = datetime.combine(first - timedelta(days=1), time(18))
        return When(friday_evening, _midnight(last + timedelta(days=1)), "hour", "interval")
    if grain in ("month", "year") and _is_whole(first, last, grain):
        return When(_midnight(first), None, grain)
    interval_grain = grain if grain in GRAINS else "day"
    return When(_midnight(first), _midnight(last + timedelta(days=1)), interval_grain, "interval")


def _is_whole(first: date, last: date, grain: str) -> bool:
    if grain == "month":
        return first.day == 1 and last == cal.month_end(first)
    return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
        first.year == last.year
    )


def _truncated(at: datetime, grain: str) -> When:
    if grain == "hour":
        at = at.replace(minute=0, second=0, microsecond=0)
    elif grain == "day":
        at = _midnight(at.date())
    elif grain == "month":
        at = _midnight(at.date().replace(day=1))
    else:
        at = at.replace(second=0, microsecond=0)
    return When(at, None, grain)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())
