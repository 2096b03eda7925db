"""Wording of the exports: labels from locales/<lang>/export/labels.json, babel for dates.

Every Russian word of an export comes from the locale folder; this module only fills in
the numbers, names and dates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date

from bot.core.models import Audience, CalendarWarning, CalendarWarningKind, Event, class_grade
from bot.core.run_ends import whole_months
from bot.exports.model import ClashNote

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


@dataclass(frozen=True, slots=True)
class Labels:
    """The parsed labels file of one locale."""

    lang: str
    data: dict[str, Any]
    folder: Path

    def get(self, *path: str) -> Any:
        """The label at `path` (keys into the locale's export labels): a string, list or mapping.
        Raises KeyError for a path not there."""
        node: Any = self.data
        for key in path:
            node = node[key]
        return node

    def text(self, *path: str, **values: object) -> str:
        """The string label at `path`, its {placeholders} filled from `values`. Raises KeyError for
        a path not there, TypeError when the label is not a string."""
        template = self.get(*path)
        if not isinstance(template, str):
            raise TypeError(f"label {'.'.join(path)} is not a string")
        return template.format(**values) if values else template


@lru_cache(maxsize=8)
def load_labels(lang: str = "ru", locales_dir: Path = LOCALES_DIR) -> Labels:
    """Read locales/<lang>/export/labels.json (cached)."""
    folder = locales_dir / lang / "export"
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return Labels(lang=lang, data=data, folder=folder)


def fmt_date(labels: Labels, day: date, *path: str) -> str:
    """A date in the babel pattern stored at `path` of the labels."""
    return str(format_date(day, labels.text(*path), locale=labels.lang))


def weekday_name(labels: Labels, day: date) -> str:
    """`day`'s weekday in the labels' language and weekday pattern («пн»)."""
    return fmt_date(labels, day, "time", "weekday_format")


def short_date(labels: Labels, day: date) -> str:
    """`day` in the labels' short date pattern («15.12»)."""
    return fmt_date(labels, day, "time", "short_date_format")


def full_date(labels: Labels, day: date) -> str:
    """`day` in the labels' full date pattern («15 декабря 2026»)."""
    return fmt_date(labels, day, "time", "date_format")


OPEN_AGE = 99  # the parser's upper bound for "от 14 лет", "12+"


def ages_text(labels: Labels, ages: tuple[int, int]) -> str:
    """An audience's age range in years: "7–10 лет", "от 14 лет" when open above, "до 17
    лет" when open below (the parser's 0: «17 лет и младше»)."""
    low, high = ages
    if high >= OPEN_AGE:
        return labels.text("ages", "from", low=low)
    if low == 0:
        return labels.text("ages", "until", high=high)
    return labels.text("ages", "range", low=low, high=high)


def hhmm(moment: datetime) -> str:
    """The wall-clock time of `moment` as «HH:MM», in the zone `moment` is already in (the
    caller converts to the school zone first)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_text(
    labels: Labels, start: datetime, end: datetime, all_day: bool, end_given: bool, tz: ZoneInfo
) -> str:
    """ "15:00–16:30", "15:00" (no end given), "весь день", "весь день, по 13.12.2026", and
    for a run through whole months (a plan's «март», files75) "в течение марта" or "с марта
    по май" (fix77: «весь день, по 31.03.2027» read as a day's hours; the importer reads
    both back, bot.exports.cells)."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    if all_day and whole_months(local_start.date(), local_end.date()):
        return through_months_text(labels, local_start.date(), local_end.date())
    if all_day:
        last = (local_end - timedelta(days=1)).date()
        if last > local_start.date():
            return labels.text("time", "all_day_until", last=full_date(labels, last))
        return labels.text("time", "all_day")
    if not end_given:
        return hhmm(local_start)
    days = (local_end.date() - local_start.date()).days
    if days == 0 or (days == 1 and local_end.time() <= local_start.time()):
        return labels.text("time", "range", start=hhmm(local_start), end=hhmm(local_end))
    return labels.text(
        "time",
        "range_to_day",
        start=hhmm(local_start),
        end_day=full_date(labels, local_end.date()),
        end=hhmm(local_end),
    )


def through_months_text(labels: Labels, first: date, after: date) -> str:
    """ "в течение марта" for the days of one whole month (`first` its 1st, `after` the 1st
    of the next), "с марта по май" for several."""
    last = after - timedelta(days=1)
    genitive = fmt_date(labels, first, "time", "month_genitive_format")
    if (first.year, first.month) == (last.year, last.month):
        return labels.text("time", "through_month", month=genitive)
    alone = fmt_date(labels, last, "time", "month_alone_format")
    return labels.text("time", "through_months", first=genitive, last=alone)


def audience_text(labels: Labels, audience: Audience) -> str:
    """ "9–11 классы", "7 класс, 10А, 10Б", "все классы", "педагоги", and for a parents'
    meeting (Audience.parents) "родители 10А" or "родители" alone (the whole school's), as
    the chat's card words it (readable back by cell_audience)."""
    lead = labels.text("audience", "parents") if audience.parents else ""
    if audience.is_everyone:
        return lead or labels.text("audience", "everyone")
    parts = [_grade_run(labels, first, last) for first, last in _runs(sorted(audience.grades))]
    parts += sorted(audience.classes, key=lambda c: (class_grade(c), c))
    if audience.staff:
        parts.append(labels.text("audience", "staff"))
    listed = labels.text("audience", "separator").join(parts)
    return f"{lead} {listed}" if lead else listed


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _grade_run(labels: Labels, first: int, last: int) -> str:
    if first == last:
        return labels.text("audience", "one_grade", grade=first)
    return labels.text("audience", "grade_span", first=first, last=last)


def inner_quotes(title: str) -> str:
    """`title` as it reads inside «…»: its own «» become „“ («Хакатон „Умный город“»), as
    the chat quotes (bot.render.quote; newcomer walk 2026-12-03ad, AD9)."""
    return title.replace("«", "„").replace("»", "“")


def short_clash_text(labels: Labels, notes: Iterable[ClashNote]) -> str:
    """The clashes in one short line (the PDF's column): «title» (reasons); …"""
    reasons = labels.get("clash", "reasons")
    parts = [
        labels.text(
            "clash",
            "short_line",
            title=inner_quotes(note.title),
            reasons=labels.text("clash", "reason_separator").join(
                reasons[r.value] for r in note.reasons
            ),
        )
        for note in notes
    ]
    return labels.text("clash", "short_separator").join(parts)


def clash_text(labels: Labels, notes: Iterable[ClashNote], tz: ZoneInfo) -> str:
    """One line per clash: the other event, its organiser and time, and the reasons."""
    reasons = labels.get("clash", "reasons")
    lines = []
    for note in notes:
        when = labels.text(
            "clash",
            "when",
            date=short_date(labels, note.start.astimezone(tz).date()),
            time=time_text(labels, note.start, note.end, note.all_day, note.end_given, tz),
        )
        why = labels.text("clash", "reason_separator").join(reasons[r.value] for r in note.reasons)
        lines.append(
            labels.text(
                "clash",
                "line",
                title=inner_quotes(note.title),
                organiser=note.organiser,
                when=when,
                reasons=why,
            )
        )
    return labels.text("clash", "line_separator").join(lines)


def calendar_text(labels: Labels, warnings: Iterable[CalendarWarning]) -> str:
    """One line per school-calendar warning: the days and the reason (day off, vacation,
    lessons of some grades), worded by the "school_calendar" labels."""
    lines = []
    for w in warnings:
        days = short_date(labels, w.first)
        if w.last != w.first:
            days = labels.text(
                "school_calendar", "days", first=days, last=short_date(labels, w.last)
            )
        grades = audience_text(labels, Audience(grades=frozenset(w.grades)))
        if w.kind is CalendarWarningKind.DAY_OFF and w.moved_from is not None:
            moved = fmt_date(labels, w.moved_from, "school_calendar", "moved_date_format")
            reason = labels.text("school_calendar", "day_off_moved", date=moved)
        elif w.kind is CalendarWarningKind.DAY_OFF:
            reason = labels.text("school_calendar", "day_off", name=w.reason)
        elif w.kind is CalendarWarningKind.VACATION:
            season = labels.get("school_calendar", "seasons").get(w.reason, "")
            key = "vacation_grades" if w.grades else "vacation"
            reason = labels.text("school_calendar", key, season=season, grades=grades)
        else:
            end = w.lessons_end.strftime("%H:%M") if w.lessons_end else ""
            key = "lessons_assumed" if w.assumed else "lessons"
            if w.assumed and w.bell_lesson:
                key = "lessons_by_bells"
            reason = labels.text(
                "school_calendar", key, grades=grades, end=end, lesson=w.bell_lesson
            )
        lines.append(labels.text("school_calendar", "line", days=days, reason=reason))
    return labels.text("school_calendar", "line_separator").join(lines)


def text_zone_note(labels: Labels, event: Event, tz: ZoneInfo) -> str | None:
    """The note that `event`'s text («Исходный текст») gives clock times on another clock
    than the plan's `tz`: its writer's zone (EventDetails.text_zone: an event sent to
    several schools keeps the wording of the community where it was written) as a UTC
    offset, and the school's, both at the event's start; None when the offsets are the
    same, the zone is not recorded or unknown, or the event has no text."""
    zone = event.details.text_zone
    if not zone or not event.details.description:
        return None
    try:
        writer = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    theirs = event.start.astimezone(writer).utcoffset()
    ours = event.start.astimezone(tz).utcoffset()
    if theirs is None or ours is None or theirs == ours:
        return None
    return labels.text("plan_cells", "text_zone", writer=_offset(theirs), school=_offset(ours))


def _offset(offset: timedelta) -> str:
    """+2, -3, +5:30: a UTC offset as written after «UTC»."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")
