"""Dates, times, ranges, weekdays, durations and periods found in a Russian message.

`extract_temporal` runs small rules over a Scanner in a fixed order (longest and most
specific phrases first) and collects what they find in `TemporalParts`; `resolve_day`
and the helpers below turn those parts into calendar dates relative to "now".
Every rule takes the characters it used, so they never end up in the title and a number
read as a grade or a room is never read again as a date or a time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.core.language import calendar as cal
from bot.core.language.dated_clock_spans import dated_clock_spans_rule
from bot.core.language.dates import (
    date_ranges_rule,
    dates_rule,
    iso_rule,
    named_dates_rule,
    offsets_rule,
    recurrence_rule,
    relative_days_rule,
    until_rule,
    week_modifier_rule,
    weekdays_rule,
)
from bot.core.language.day_parts import (
    document_numbers_rule,
    impossible_days_rule,
    link_days,
    numeric_unread_years_rule,
    unread_years_rule,
    years_after_rule,
)
from bot.core.language.impossible_clocks import impossible_clocks_rule
from bot.core.language.lead_times import side_spans_rule
from bot.core.language.month_weekdays import month_weekdays_rule
from bot.core.language.offsets import now_rule
from bot.core.language.ordinal_days import ordinal_days_rule
from bot.core.language.parts import (
    PART_OF_DAY_SPANS,
    Rule,
    TemporalParts,
    TimeMention,
)
from bot.core.language.period_parts import period_parts_rule
from bot.core.language.periods import (
    month_rel_rule,
    months_rule,
    next_n_rule,
    seasons_rule,
    week_from_rule,
    weekends_rule,
    weeks_rule,
    year_rel_rule,
)
from bot.core.language.phones import phones_rule
from bot.core.language.race_results import race_results_rule
from bot.core.language.school_year import first_school_day_rule, school_periods_rule
from bot.core.language.spoken_clock import spoken_clock_rule
from bot.core.language.spoken_times import spoken_times_rule
from bot.core.language.times import (
    all_day_rule,
    clock_times_rule,
    deadline_parts_of_day_rule,
    durations_marked_rule,
    durations_plain_rule,
    hour_times_rule,
    lessons_rule,
    nights_rule,
    parts_of_day_rule,
    time_ranges_rule,
)
from bot.core.language.tokens import (
    Scanner,
)

__all__ = ["PART_OF_DAY_SPANS", "TemporalParts", "TimeMention", "extract_temporal", "resolve_day"]


def extract_temporal(sc: Scanner, now: datetime, *, periods: bool) -> TemporalParts:
    """Run every temporal rule over the scanner; `periods` enables weeks/months/seasons."""
    parts = TemporalParts()
    rules: list[Rule] = [phones_rule, document_numbers_rule, race_results_rule]
    rules += [impossible_clocks_rule, iso_rule]
    rules.append(all_day_rule)
    rules.append(side_spans_rule)
    rules += [recurrence_rule, until_rule, first_school_day_rule]
    if periods:
        rules += [
            school_periods_rule,  # «на каникулах», «в этой четверти»: the school's dates
            period_parts_rule,  # «в конце недели», «в середине декабря», «во 2 квартале»
            week_from_rule,
            offsets_rule,
            now_rule,  # «сейчас», «в следующий час»: only for `when` and queries
            next_n_rule,
            weeks_rule,
            weekends_rule,
            month_rel_rule,
            year_rel_rule,
        ]
    rules.append(nights_rule)  # «в ночь с пятницы на субботу»: before the days
    rules.append(month_weekdays_rule)  # «в последнюю пятницу декабря»: before months, weekdays
    rules.append(dated_clock_spans_rule)  # «с 10:00 5 марта до 18:00 7 марта»: one span
    rules.append(named_dates_rule)  # «ДК имени 1 мая»: a name, never a day
    rules.append(numeric_unread_years_rule)  # «15.12.2207»: never the 15.12 of this year
    rules += [
        date_ranges_rule,
        dates_rule,
        years_after_rule,
        unread_years_rule,
        impossible_days_rule,
    ]
    rules.append(relative_days_rule)
    if not periods:
        rules.append(offsets_rule)
    rules += [weekdays_rule]
    if not periods:
        rules.append(week_modifier_rule)
    if periods:
        rules += [seasons_rule, months_rule]
    rules += [
        lessons_rule,
        durations_marked_rule,
        time_ranges_rule,
        clock_times_rule,
        spoken_times_rule,
        spoken_clock_rule,
        hour_times_rule,
        durations_plain_rule,
    ]
    if periods:
        rules.append(ordinal_days_rule)  # «двадцать второго»: after «в половине шестого»
    rules.append(parts_of_day_rule)
    if periods:
        rules.append(deadline_parts_of_day_rule)  # «к вечеру»: `when` and queries only
    for rule in rules:
        rule(sc, parts, now)
    _first_written_day(parts)
    link_days(sc, parts)
    return parts


def _first_written_day(parts: TemporalParts) -> None:
    """Make the day written first the first day: the rules run longest phrase first, so a
    list or range written later ("Первая лекция — 3 февраля, следующие — 10 и 17 февраля")
    would otherwise be read before the single day that opens the message. The day read
    first becomes one of the other days (the draft then lists or offers both)."""
    if len(parts.day_spans) < 2 or parts.recurrence is not None or parts.day_first is None:
        return
    _, _, first, last = min(parts.day_spans)
    current = parts.day_first
    if first == current or current not in {span[2] for span in parts.day_spans}:
        return
    parts.day_first, parts.day_last = first, last if last != first else None
    parts.other_days = [d for d in parts.other_days if not first <= d <= last]
    if not first <= current <= last and current not in parts.other_days:
        parts.other_days.append(current)


def resolve_day(parts: TemporalParts, now: datetime) -> date | None:
    """The first day of the event or query: an explicit date wins over a weekday."""
    if parts.weekday is not None and parts.week_offset is not None:
        monday = cal.week_monday(now.date()) + timedelta(weeks=parts.week_offset)
        return monday + timedelta(days=parts.weekday)  # "через 2 недели в пятницу"
    if parts.day_first is not None:
        return parts.day_first
    if parts.weekday is None or parts.day_blocked:
        return None
    start = parts.start_time
    mode = "ahead" if parts.weekday_ahead and parts.weekday_mode == "plain" else parts.weekday_mode
    at = start.at if start else None
    if parts.weekday in parts.recur_weekdays:  # «по вторникам и четвергам»: the nearer one
        return min(resolve_weekday(day, mode, now, at) for day in parts.recur_weekdays)
    return resolve_weekday(parts.weekday, mode, now, at)


def resolve_weekday(weekday: int, mode: str, now: datetime, at: time | None) -> date:
    """Which date a weekday means (see the conventions in the module docstring); mode "ahead"
    (a move's new day, `TemporalParts.weekday_ahead`) is the next such day after today."""
    today = now.date()
    monday = cal.week_monday(today)
    if mode == "next":
        return monday + timedelta(weeks=1, days=weekday)
    if mode == "last":  # "во вторник прошлой недели": last week's
        return monday - timedelta(weeks=1) + timedelta(days=weekday)
    if mode == "previous":  # "в прошлый вторник": the latest Tuesday before today
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
    if mode == "told":  # "В субботу прошла ярмарка": the latest Saturday up to today
        return today - timedelta(days=(today.weekday() - weekday) % 7)
    if mode == "this":
        day = monday + timedelta(days=weekday)
        return day if day >= today else day + timedelta(weeks=1)
    delta = (weekday - today.weekday()) % 7
    if delta == 0 and mode == "ahead":  # a move's new day: never the day it is told on
        delta = 7
    elif delta == 0:
        still_ahead = at is not None and at > now.time()
        if not (still_ahead or mode == "nearest"):
            delta = 7
    return today + timedelta(days=delta)
