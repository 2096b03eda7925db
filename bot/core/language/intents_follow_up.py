"""Follow-up questions and weekdays a chat question names (split from intents.py).

A question opening with the «а» of continuation goes on from the one before it («а в
субботу?», «а через неделю?»); a bare weekday is matched against a day number or a written
date beside it («что в четверг 17?»), and a date just past is read a year back. Used by
intents_query.query_from_parts and intents._parse."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.core.language.audience import extract_audience
from bot.core.language.calendar import WEEKDAY, month_end, resolve_day_month, weekday_number
from bot.core.language.temporal import TemporalParts
from bot.core.language.tokens import Scanner
from bot.core.models import QueryIntent
from bot.core.school_calendar import school_year_start

# «а в субботу?», «А на пятницу что?»: a question opening with the conjunction «а» goes on
# from the one before it (Russian «а» of continuation)
FOLLOW_UP = re.compile(r"\s*а\s", re.IGNORECASE)


def is_follow_up(text: str) -> bool:
    """Whether a question opens with the «а» of continuation («а на следующей неделе?»)."""
    return FOLLOW_UP.match(text) is not None


# «а через неделю?», «и через неделю», «а ещё через неделю?», «а что через неделю?»: the
# whole question («что» before or after: newcomer walk 2026-12-04aj, AJ5)
# «а через 2 недели?», «а через две недели?» (AJ6) count weeks; «… для 10А?» names the class
_FOLLOW_UP_WEEK = re.compile(
    r"\s*[аи]\s+(?:что\s+)?(?:(?:ещ[её]|потом)\s+)?через\s+"
    r"(?:(?:одну\s+)?неделю|(?P<weeks>[2-4]|две|три|четыре)\s+недели)"
    r"(?:\s+(?:для|у)\s+[^?!.]+?)?(?:\s+что)?[\s?!.]*",
    re.IGNORECASE,
)
_WEEK_COUNTS = {"две": 2, "три": 3, "четыре": 4}
# «а на послеследующей?», «а через одну?» after a week's list: the follow-up leaves out the
# word «неделя» the list's question had (the adjective's feminine form, «одну», names it)
_WEEK_ELIDED = re.compile(
    r"(\s*[аи]\s+(?:что\s+)?(?:на\s+)?(?:после-?\s?следующ(?P<case>ей|ую)|через\s+одну))"
    r"(?=[\s?!.]*$)",
    re.IGNORECASE,
)


def with_week_word(clean: str) -> str:
    """A follow-up question with «неделя» left out («а на послеследующей?», «а через
    одну?») with the word put back («… неделе?», «… неделю?»), so it is read as the week
    it means; any other text unchanged."""
    found = _WEEK_ELIDED.match(clean)
    if found is None:
        return clean
    noun = "неделе" if (found["case"] or "").lower() == "ей" else "неделю"
    return f"{found.group(1)} {noun}{clean[found.end(1) :]}"


def follow_up_weeks(clean: str) -> int:
    """How many weeks on a follow-up «а через неделю?» («а через 2 недели?»: 2) asks
    about; 0 for a text that is no such follow-up."""
    found = _FOLLOW_UP_WEEK.fullmatch(clean)
    if found is None:
        return 0
    count = (found["weeks"] or "1").lower()
    return _WEEK_COUNTS.get(count) or int(count)


def class_follow_up(clean: str, today: date) -> QueryIntent | None:
    """«а для 10А?», «а у 10А?»: a follow-up naming classes and nothing else — the period
    listed last, for those classes (QueryIntent.same_period; newcomer walk 2026-12-04aj,
    AJ4: «не понял»); from `today` on when no period was listed. None for any other text."""
    if FOLLOW_UP.match(clean) is None or len(clean) > _CLASS_FOLLOW_UP_CHARS:
        return None
    sc = Scanner(clean)
    audience = extract_audience(sc)
    if audience.is_everyone or audience.staff:
        return None
    rest = re.sub(r"(?i)(?<![а-яё])(?:а|для|у|что|классов|класса)(?![а-яё])", " ", sc.remainder())
    if re.search(r"\w", rest):
        return None
    return QueryIntent(today, None, audience, follows_on=True, same_period=True)


_CLASS_FOLLOW_UP_CHARS = 40


def bare_weekday(parts: TemporalParts) -> bool:
    """Only a weekday names the day: no date, week, period or «следующую»."""
    return (
        parts.weekday is not None
        and parts.weekday_mode == "plain"
        and parts.period is None
        and parts.week_offset is None
        and parts.day_prefix == ""
        and parts.day_first is None  # «а в четверг 17го?»: the 17th, not a follow-up's Thursday
    )


# «что в четверг 17?», «чё в пятницу, 18»: a weekday and a bare day of the month after it
# (newcomer walk 2026-12-03x, X2: the number was dropped and this week's Thursday shown)
# (the weekday words are calendar.WEEKDAY's, «в воскресение 20?» and «в вск 20?» included)
WEEKDAY_THEN_DAY = re.compile(
    rf"(?<![а-яё]){WEEKDAY}\s*,?\s*(\d{{1,2}})(?:\s*-?\s*(?:го|е|ое|числа))?\s*(?=[?!.,]|$)",
    re.IGNORECASE,
)
_MONTHS_AHEAD = 2  # the bare day is looked for in this month and the next


def weekday_day_number(clean: str, weekday: int, today: date) -> tuple[date, date | None] | None:
    """The day a weekday followed by a bare day number names («в четверг 17?») and, when
    they contradict each other, the other reading: the first date from `today` on with that
    day of the month that falls on `weekday` (Monday 0), in this month or the next, with
    None; else the next such day of the month (from `today` on) with the written weekday's
    day of the same week («в пятницу 17?» when the 17th is a Thursday: the 17th and Friday
    the 18th, the two readings plan files offer too: day_parts.check_weekday). None without
    such a number or when no month ahead has that day."""
    found = WEEKDAY_THEN_DAY.search(clean)
    if found is None:
        return None
    number = int(found.group(1))
    days = []
    month_start = today.replace(day=1)
    for _ in range(_MONTHS_AHEAD):
        try:
            day = month_start.replace(day=number)
        except ValueError:
            day = None
        if day is not None and day >= today:
            if day.weekday() == weekday:
                return day, None
            days.append(day)
        month_start = month_end(month_start) + timedelta(days=1)
    if not days:
        return None
    return days[0], days[0] + timedelta(days=weekday - days[0].weekday())


_WRITTEN_WEEKDAY = re.compile(rf"(?<![а-яё]){WEEKDAY}", re.IGNORECASE)


def weekday_against_date(clean: str, day: date, today: date) -> tuple[date, date | None]:
    """A single day asked with a weekday written beside its date («что в пятницу 17
    декабря?», «а чё в пт 17го?»): the date as written (this year's or the next coming one,
    not a later year picked to fit the weekday, unless the year is written) and, when the
    weekday is not that date's, the written weekday's day of the same week (a week later if
    that is past) — the two readings the reply names; (`day`, None) with no weekday."""
    found = _WRITTEN_WEEKDAY.search(clean)
    weekday = weekday_number(found.group(0)) if found else None
    if weekday is None:
        return day, None
    if str(day.year) not in clean:  # the parse's year fitted to the weekday: the nearest one
        day = resolve_day_month(day.day, day.month, today) or day
    if day.weekday() == weekday:
        return day, None
    return day, day + timedelta(days=weekday - day.weekday())


def nearer_year_back(first: date, last: date, today: date) -> tuple[date, date]:
    """The days a question names when its date, written without a year, had passed and was
    read as next year's: the year before when that is nearer to `today` and in its school
    year (or at most a month ago). A day just past asked about is what happened then («что
    30 ноября?» on 1 December: yesterday, not 30 November a year on; conv44, newcomer walk
    2026-12-04aj AJ12), while last school year's June is the coming one. A new event's
    past day is asked about instead (doubts.timing_doubts)."""
    try:
        back = (first.replace(year=first.year - 1), last.replace(year=last.year - 1))
    except ValueError:  # 29 February
        return first, last
    nearer = (today - back[1]) < (first - today)
    this_school_year = school_year_start(back[0]) == school_year_start(today)
    if back[1] <= today and nearer and (this_school_year or today - back[1] <= _JUST_PAST):
        return back
    return first, last


_JUST_PAST = timedelta(days=31)  # a day this recent is asked about as past across 1 September
