"""Dates, times, ranges, weekdays, durations and periods found in a Russian message.

`extract_temporal` runs small rules over a Scanner in a fixed order (longest and most
specific phrases first) and collects what they find in `TemporalParts`; `resolve_day`
and the helpers below turn those parts into calendar dates relative to "now".
Every rule takes the characters it used, so they never end up in the title and a number
read as a grade or a room is never read again as a date or a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY, WEEKDAY_PLURAL
from bot.core.language.tokens import (
    CARDINAL_WORDS,
    ORDINAL_WORD,
    Scanner,
    cardinal_value,
    ordinal_value,
)

H = r"(?:2[0-4]|[01]?\d)"
M = r"[0-5]\d"
D = r"(?:3[01]|[12]\d|0?[1-9])"
MM = r"(?:1[0-2]|0?[1-9])"
YY = r"(?:(?:19|20)\d\d|\d\d)"
YEAR = r"((?:19|20)\d\d)(?:\s*(?:г\.|года|году|год|г(?![а-я])))?"
NUM = rf"(?:\d+(?:[.,]\d+)?|{CARDINAL_WORDS}|полтора|полторы)"
PART = r"(утра|дня|вечера|ночи|пополудни)"
HOUR_WORD = rf"(?:{H}|{CARDINAL_WORDS})"
TIME_PREFIX = r"(в|во|к|с|от|до|после|около|начало\s+в|начало|окончание\s+в|окончание|конец\s+в)"
_UNIT_TAIL = r"(?!\s*(?:мин|минут|человек|чел|лет|год|раз|процент|%|руб|шт|мест|баллов|этап))"

_ALL_DAY = re.compile(
    r"\b(?:на\s+)?(?:весь|целый|в\s+течение(?:\s+всего)?)\s+(?:день|дня)(?![а-я])"
)
_RECUR_WEEKLY = re.compile(
    rf"\b(?:(?:кажд\w*|еженедельно\s+(?:в|во|по)|раз\s+в\s+неделю\s+(?:в|во|по))\s+({WEEKDAY})"
    rf"|(?:еженедельно\s+)?по\s+({WEEKDAY_PLURAL}))"
)
_RECUR_DAILY = re.compile(
    r"\b(?:ежедневно|каждый\s+(?:день|вечер)|каждое\s+утро|каждые\s+сутки)(?![а-я])"
)
_UNTIL_END = re.compile(
    rf"\b(?:до|по)\s+(?:самого\s+)?конца\s+({MONTH}|месяца|года|недели|четверти|полугодия"
    r"|учебного\s+года|дня)"
)
_UNTIL_DATE = re.compile(rf"\b(?:до|по)\s+({D})\s+({MONTH})(?:\s*{YEAR})?")
_UNTIL_NUM = re.compile(rf"\b(?:до|по)\s+({D})[./]({MM})(?:[./]({YY}))?\.?(?![\d:])")

_WEEK_FROM = re.compile(r"\b(?:на\s+)?недел[еюя]\s+(?:с|от|начиная\s+с)\s+(?=\d)")
_WEEK = re.compile(
    r"\b(?:(?:на|в|во|за)\s+)?(?:(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*|ближайш\w*)"
    r"\s+)?недел[еяюи](?![а-я])"
)
_WEEKEND = re.compile(
    r"\b(?:(?:на|в|во|за)\s+)?(?:(эт\w*|следующ\w*|ближайш\w*|будущ\w*|прошл\w*)\s+)?"
    r"выходн(?:ые|ых|ым)(?![а-я])"
)
_MONTH_REL = re.compile(
    r"\b(?:(?:в|на|за)\s+)?(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*|ближайш\w*)"
    r"\s+месяц\w*"
)
_YEAR_REL = re.compile(r"\b(?:(?:в|на|за)\s+)?(эт\w*|следующ\w*|будущ\w*|прошл\w*)\s+год\w*")
_NEXT_N = re.compile(
    rf"\b(?:(?:на|в|за)\s+)?(следующие|ближайшие|последние|прошлые)\s+({NUM})\s+"
    r"(дн\w*|день|недел\w*|месяц\w*)"
)
_SEASON = re.compile(
    r"\b(?:(?:в|на)\s+)?(лет(?:о|ом)|весн(?:а|ой|у)|осен(?:ь|ью)|зим(?:а|ой|у))(?![а-я])"
)
_MONTH_ALONE = re.compile(rf"\b(?:(?:в|во|на|за)\s+)?({MONTH})(?:\s*,?\s*{YEAR})?")

_DATE_NUM_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})\.?(?:({MM})\.?)?\s*(?:-|/|\bпо\b)\s*({D})[./]({MM})"
    rf"(?:[./]({YY}))?\.?(?![\d:])"
)
_DATE_WORD_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})(?:\s+({MONTH}))?\s*(?:-|\bпо\b|\bдо\b|\bи\b|,)\s*({D})\s+({MONTH})"
    rf"(?:\s*{YEAR})?"
)
_DATE_WORD = re.compile(
    rf"(?:\b(?:в|во|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?\b({D}|{ORDINAL_WORD})(?:-?(?:го|е|ое))?"
    rf"\s+({MONTH})(?:\s*,?\s*{YEAR})?"
)
_DATE_NUM = re.compile(
    rf"(?:\b(в|во|к|до|после|с|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?\b({D})[./]({MM})"
    rf"(?:[./]({YY}))?(\.)?(?![\d:]|\.\d)"
)
_DAY_OF_MONTH = re.compile(rf"\b(?:на\s+)?({D})(?:-?(?:е|го|ое)\b|\s+числа\b)")
_NOON = re.compile(r"\b(?:в\s+)?(полдень|полночь)(?![а-я])")
_RELATIVE_DAY = re.compile(r"\b(?:на\s+)?(сегодня|завтра|послезавтра|вчера|позавчера)(?![а-я])")
_RELATIVE_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
_OFFSET = re.compile(
    rf"\bчерез\s+(?:({NUM})\s*)?(минут\w*|мин\b\.?|час\w*|ч\b\.?|дн[еяи]\w*|день|сут\w*"
    r"|недел\w*|месяц\w*|год\w*|лет\b|полчаса)"
)
_AGO = re.compile(
    rf"\b(?:({NUM})\s*)?(минут\w*|час\w*|дн[еяи]\w*|день|недел\w*|месяц\w*|год\w*|лет|полчаса)"
    r"\s+назад\b"
)
_WEEKDAY_MOD = re.compile(
    r"(?:\b(?:в|во|на)\s+)?(?:\b(эт(?:от|у|о|ой)|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*"
    rf"|ближайш\w*)\s+)?\b({WEEKDAY})"
)

_DURATION_MARKED = re.compile(
    r"\b(?:продолжительност\w*|длительност\w*|продлится|длится|займет|в\s+течение|на)\s*:?\s*"
    rf"({NUM})?\s*(час\w*|ч\b\.?|минут\w*|мин\b\.?)(?:\s*(\d+)\s*(?:минут\w*|мин\b\.?))?"
)
_DURATION_PLAIN = re.compile(
    r"\b(полтора|полторы|\d+[.,]\d+|\d+)\s*(час\w*|ч\b\.?|минут\w*|мин\b\.?)"
    r"(?:\s*(\d+)\s*(?:минут\w*|мин\b\.?))?"
)
_TIME_RANGE_CLOCK = re.compile(
    rf"(?:\b(?:с|со|от)\s*)?\b({H})[:.]({M})\s*(?:ч\b\.?)?\s*(?:-|/|\bдо\b|\bпо\b)\s*"
    rf"({H})[:.]({M})\s*(?:ч\b\.?)?(?:\s*{PART})?"
)
_TIME_RANGE_FROM_TO = re.compile(
    rf"\b(?:с|со|от)\s*({HOUR_WORD})(?:[:.\-]({M}))?\s*(?:ч\b\.?|час\w*)?\s*{PART}?"
    rf"\s*до\s*({HOUR_WORD})(?:[:.\-]({M}))?\s*(?:ч\b\.?|час\w*)?\s*{PART}?"
)
_TIME_RANGE_HOURS = re.compile(rf"\b({H})\s*-\s*({H})\s*(?:ч\b\.?|час\w*)\s*{PART}?")
_TIME_CLOCK = re.compile(
    rf"(?:\b{TIME_PREFIX}\s+)?\b({H})([:.\-])({M})(?![\d])\s*(?:ч\b\.?)?(?:\s*{PART})?"
)
_TIME_CH = re.compile(rf"\b({H})\s*ч\s*({M})(?:\s*мин\w*)?(?![\d])")
_TIME_HOUR = re.compile(
    rf"\b{TIME_PREFIX}\s+({HOUR_WORD})(?:\s*(?:час(?:а|ов)?|ч\b\.?)(?:\s*({M}|[1-9])\s*мин\w*)?)?"
    rf"(?:\s*{PART})?"
    rf"(?![\d:]|[.,]\d|[а-я]){_UNIT_TAIL}"
)
_TIME_HOUR_UNIT = re.compile(
    rf"\b({HOUR_WORD})\s*(?:час(?:а|ов)?|ч\b\.?)(?:\s*({M}|[1-9])\s*мин\w*)?(?:\s*{PART})?"
    rf"(?![а-я]){_UNIT_TAIL}"
)
_TIME_HOUR_PART = re.compile(rf"\b({H})\s+{PART}")
_PART_OF_DAY = re.compile(
    r"\b(утром|днем|вечером|ночью|в\s+обед|после\s+обеда|до\s+обеда)(?![а-я])"
)

PART_OF_DAY_SPANS: dict[str, tuple[time, time | None]] = {
    "утром": (time(4), time(12)),
    "днем": (time(12), time(19)),
    "вечером": (time(18), None),
    "ночью": (time(0), time(4)),
    "в обед": (time(12), time(14)),
    "после обеда": (time(14), time(18)),
    "до обеда": (time(8), time(12)),
}
_QUARTER_ENDS = ((3, 22), (5, 31), (10, 31), (12, 28))


@dataclass
class TimeMention:
    """A clock time as written, with the word before it ("в", "до", "после", …)."""

    at: time
    prefix: str = ""
    minute_given: bool = False


@dataclass
class TemporalParts:
    """Everything temporal found in one message, before it is combined."""

    day_first: date | None = None
    day_last: date | None = None
    weekday: int | None = None
    weekday_mode: str = "plain"
    times: list[TimeMention] | None = None
    end_time: time | None = None
    duration: timedelta | None = None
    all_day: bool = False
    recurrence: str | None = None
    until: date | None = None
    until_exclusive: datetime | None = None
    period: tuple[date, date] | None = None
    period_grain: str = "day"
    period_exact: tuple[datetime, datetime] | None = None
    clip_to_today: bool = False
    instant: datetime | None = None
    instant_grain: str = "minute"
    part_of_day: str | None = None
    week_from: bool = False
    week_offset: int | None = None
    day_prefix: str = ""
    date_grain: str = "day"

    @property
    def has_day(self) -> bool:
        return self.day_first is not None or self.weekday is not None

    @property
    def start_time(self) -> TimeMention | None:
        for mention in self.times or []:
            if mention.prefix not in ("до", "окончание", "конец"):
                return mention
        return None

    @property
    def found_anything(self) -> bool:
        return bool(
            self.has_day
            or self.times
            or self.all_day
            or self.period
            or self.period_exact
            or self.instant
            or self.part_of_day
            or self.until_exclusive
        )


Rule = Callable[[Scanner, TemporalParts, datetime], None]


def extract_temporal(sc: Scanner, now: datetime, *, periods: bool) -> TemporalParts:
    """Run every temporal rule over the scanner; `periods` enables weeks/months/seasons."""
    parts = TemporalParts()
    rules: list[Rule] = [_all_day, _recurrence, _until]
    if periods:
        rules += [_week_from, _offsets, _next_n, _weeks, _weekends, _month_rel, _year_rel]
    rules += [_date_ranges, _dates, _relative_days]
    if not periods:
        rules.append(_offsets)
    rules += [_weekdays]
    if not periods:
        rules.append(_week_modifier)
    if periods:
        rules += [_seasons, _months]
    rules += [_durations_marked, _time_ranges, _clock_times, _hour_times, _durations_plain]
    rules.append(_parts_of_day)
    for rule in rules:
        rule(sc, parts, now)
    return parts


# --- rules -------------------------------------------------------------------------------


def _all_day(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_ALL_DAY):
        parts.all_day = True
        sc.take_match(m)


def _recurrence(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_RECUR_WEEKLY):
        word = m.group(1) or m.group(2)
        weekday = cal.weekday_number(word)
        if parts.recurrence is None and weekday is not None:
            parts.recurrence = "weekly"
            _set_weekday(parts, weekday, "plain")
        sc.take_match(m)
    for m in sc.find(_RECUR_DAILY):
        parts.recurrence = parts.recurrence or "daily"
        sc.take_match(m)


def _until(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_UNTIL_END):
        boundary = _end_of(m.group(1), today)
        if boundary is not None:
            if parts.recurrence:
                parts.until = boundary
            else:
                parts.until_exclusive = datetime.combine(boundary + timedelta(days=1), time())
            sc.take_match(m)
    if not parts.recurrence:
        return
    for m in sc.find(_UNTIL_DATE):
        month = cal.month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if month:
            parts.until = cal.resolve_day_month(int(m.group(1)), month, today, year)
            sc.take_match(m)
    for m in sc.find(_UNTIL_NUM):
        year = cal.full_year(m.group(3), today) if m.group(3) else None
        parts.until = cal.resolve_day_month(int(m.group(1)), int(m.group(2)), today, year)
        sc.take_match(m)


def _end_of(what: str, today: date) -> date | None:
    what = " ".join(what.split())
    if what == "дня":
        return today
    if what == "недели":
        return cal.week_monday(today) + timedelta(days=6)
    if what == "месяца":
        return cal.month_end(today)
    if what == "года":
        return date(today.year, 12, 31)
    if what == "учебного года":
        return date(today.year if today.month <= 5 else today.year + 1, 5, 31)
    if what == "полугодия":
        return date(today.year, 12, 31) if today.month >= 9 else date(today.year, 5, 31)
    if what == "четверти":
        for month, day in _QUARTER_ENDS:
            if (today.month, today.day) <= (month, day):
                return date(today.year, month, day)
        return date(today.year + 1, *_QUARTER_ENDS[0])
    named = cal.month_number(what)
    if named is None:
        return None
    return cal.month_end(cal.next_month_named(named, today))


def _week_from(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_WEEK_FROM):
        parts.week_from = True
        sc.take_match(m)


def _weeks(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_WEEK):
        if parts.period is None:
            shift = _relative_shift(m.group(1))
            monday = cal.week_monday(today) + timedelta(weeks=shift)
            parts.period = (monday, monday + timedelta(days=6))
            parts.period_grain = "week"
            parts.clip_to_today = True
        sc.take_match(m)


def _weekends(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_WEEKEND):
        if parts.period is None:
            saturday = cal.week_monday(today) + timedelta(days=5)
            mode = m.group(1) or ""
            if _is_next(mode):
                saturday += timedelta(weeks=1)
            elif _is_last(mode):
                saturday -= timedelta(weeks=1)
            parts.period = (saturday, saturday + timedelta(days=1))
            parts.period_grain = "weekend"
            parts.clip_to_today = True
        sc.take_match(m)


def _month_rel(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_MONTH_REL):
        if parts.period is None:
            first = cal.add_months(today.replace(day=1), _relative_shift(m.group(1)))
            parts.period = (first, cal.month_end(first))
            parts.period_grain = "month"
            parts.clip_to_today = True
        sc.take_match(m)


def _year_rel(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_YEAR_REL):
        if parts.period is None:
            year = now.year + _relative_shift(m.group(1))
            parts.period = (date(year, 1, 1), date(year, 12, 31))
            parts.period_grain = "year"
            parts.clip_to_today = True
        sc.take_match(m)


def _next_n(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_NEXT_N):
        count = _number(m.group(2))
        if count is None or parts.period is not None:
            continue
        count_i = max(1, int(count))
        backwards = m.group(1) in ("последние", "прошлые")
        unit = m.group(3)
        if unit.startswith(("дн", "день")):
            first = today - timedelta(days=count_i) if backwards else today + timedelta(days=1)
            parts.period = (first, first + timedelta(days=count_i - 1))
            parts.period_grain = "day"
        elif unit.startswith("недел"):
            monday = cal.week_monday(today) + timedelta(weeks=-count_i if backwards else 1)
            parts.period = (monday, monday + timedelta(weeks=count_i) - timedelta(days=1))
            parts.period_grain = "week"
        else:
            first = cal.add_months(today.replace(day=1), -count_i if backwards else 1)
            last = cal.add_months(first, count_i) - timedelta(days=1)
            parts.period = (first, last)
            parts.period_grain = "month"
        sc.take_match(m)


def _seasons(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_SEASON):
        if parts.period is None:
            parts.period = _season_span(m.group(1), now.date())
            parts.period_grain = "season"
        sc.take_match(m)


def _season_span(word: str, today: date) -> tuple[date, date]:
    first_month = {"лет": 6, "вес": 3, "осе": 9, "зим": 12}[word[:3]]
    year = today.year
    if first_month == 12 and today.month <= 2:
        year -= 1
    first = date(year, first_month, 1)
    last = cal.add_months(first, 3) - timedelta(days=1)
    if last < today:
        first, last = date(year + 1, first_month, 1), date(year + 1, last.month, last.day)
    return first, last


def _months(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_MONTH_ALONE):
        month = cal.month_number(m.group(1))
        if month is None:
            continue
        if parts.period is None and not parts.has_day:
            first = (
                date(int(m.group(2)), month, 1)
                if m.group(2)
                else cal.next_month_named(month, today)
            )
            parts.period = (first, cal.month_end(first))
            parts.period_grain = "month"
        sc.take_match(m)


def _date_ranges(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    for m in sc.find(_DATE_WORD_RANGE):
        last_month = cal.month_number(m.group(4))
        first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
        if last_month is None or first_month is None:
            continue
        year = int(m.group(5)) if m.group(5) else None
        _set_range(
            sc, parts, m, today, (int(m.group(1)), first_month), (int(m.group(3)), last_month), year
        )
    for m in sc.find(_DATE_NUM_RANGE):
        last_month = int(m.group(4))
        first_month = int(m.group(2)) if m.group(2) else last_month
        year = cal.full_year(m.group(5), today) if m.group(5) else None
        _set_range(
            sc, parts, m, today, (int(m.group(1)), first_month), (int(m.group(3)), last_month), year
        )


def _set_range(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    today: date,
    first: tuple[int, int],
    last: tuple[int, int],
    year: int | None,
) -> None:
    end = cal.resolve_day_month(last[0], last[1], today, year)
    if end is None:
        return
    start = cal.safe_date(end.year, first[1], first[0])
    if start is not None and start > end:
        start = cal.safe_date(end.year - 1, first[1], first[0])
    if start is None:
        return
    sc.take_match(m)
    is_list = re.search(r"\bи\b|,", m.group(0)) is not None
    if is_list and (end - start).days != 1:
        end = start  # "5 и 12 декабря": two separate days; the first one is kept
    if parts.day_first is None:
        parts.day_first, parts.day_last = start, end


def _dates(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    occasions: list[tuple[re.Match[str], date | None]] = []
    for m in sc.find(_DATE_WORD):
        day = int(m.group(2)) if m.group(2).isdigit() else ordinal_value(m.group(2))
        month = cal.month_number(m.group(3))
        if not day or month is None:
            continue
        weekday = cal.weekday_number(m.group(1)) if m.group(1) else None
        year = int(m.group(4)) if m.group(4) else None
        resolved = cal.resolve_day_month(day, month, today, year, weekday)
        if _is_occasion(sc, m):
            occasions.append((m, resolved))
            continue
        _set_day(sc, parts, m, resolved)
    for m in sc.find(_DATE_NUM):
        if _looks_like_time(m, parts):
            continue
        weekday = cal.weekday_number(m.group(2)) if m.group(2) else None
        year = cal.full_year(m.group(5), today) if m.group(5) else None
        resolved = cal.resolve_day_month(int(m.group(3)), int(m.group(4)), today, year, weekday)
        _set_day(sc, parts, m, resolved)
    if parts.day_first is None:  # "концерт к 8 марта" with no other date: that is the day
        for m, resolved in occasions[:1]:
            _set_day(sc, parts, m, resolved)
    for m, _ in occasions:
        sc.protect(m.start() - 2, m.end())  # the occasion stays in the title
    for m in sc.find(_DAY_OF_MONTH):
        if parts.day_first is None:
            candidate = cal.safe_date(today.year, today.month, int(m.group(1)))
            if candidate is not None and candidate < today:
                candidate = cal.safe_date(*_next_month(today), int(m.group(1)))
            _set_day(sc, parts, m, candidate)


def _is_occasion(sc: Scanner, m: re.Match[str]) -> bool:
    """ "к 8 марта" names the occasion, not the day, when the message gives another date."""
    return (
        re.search(r"(?:^|\s)(?:к|ко)\s+$", sc.text[max(0, m.start() - 4) : m.start()]) is not None
    )


def _next_month(today: date) -> tuple[int, int]:
    first = cal.add_months(today.replace(day=1), 1)
    return first.year, first.month


def _looks_like_time(m: re.Match[str], parts: TemporalParts) -> bool:
    """ "в 15.10" is a time when written after "в"/"к"/"до"/"с" with minutes, no year, no dot."""
    prefix, weekday, day, month, year, dot = m.groups()
    if prefix not in ("в", "во", "к", "до", "после", "с") or weekday or year or dot:
        return False
    if len(month) != 2 or int(day) > 23:
        return False
    return parts.day_first is not None or int(month) % 5 == 0


_DAY_PREFIX = re.compile(r"(?:^|\s)(до|после|с|со|начиная\s+с|от)\s*$")


def _set_day(sc: Scanner, parts: TemporalParts, m: re.Match[str], day: date | None) -> None:
    if day is None:
        return
    sc.take_match(m)
    if parts.day_first is None:
        parts.day_first = day
        parts.day_prefix = _take_day_prefix(sc, m.start())
        if parts.week_from:
            parts.period = (day, day + timedelta(days=6))
            parts.period_grain = "week"


def _relative_days(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_RELATIVE_DAY):
        if parts.day_first is None:
            parts.day_first = now.date() + timedelta(days=_RELATIVE_SHIFT[m.group(1)])
        sc.take_match(m)


def _offsets(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for pattern, sign in ((_OFFSET, 1), (_AGO, -1)):
        for m in sc.find(pattern):
            amount = _number(m.group(1)) if m.group(1) else 1.0
            if amount is None:
                continue
            _apply_offset(parts, now, sign * amount, m.group(2))
            sc.take_match(m)


def _apply_offset(parts: TemporalParts, now: datetime, amount: float, unit: str) -> None:
    if unit == "полчаса":
        amount, unit = amount * 0.5 if amount != 1.0 else 0.5, "час"
    if unit.startswith(("мин", "час", "ч")):
        minutes = amount if unit.startswith("мин") else amount * 60
        parts.instant = parts.instant or now + timedelta(minutes=minutes)
        parts.instant_grain = "minute"
        return
    if unit.startswith(("дн", "день", "сут")):
        target = now + timedelta(days=amount)
        parts.instant_grain = "hour"
    elif unit.startswith("недел"):
        target = now + timedelta(weeks=amount)
        parts.instant_grain = "day"
        parts.week_offset = int(amount)
    elif unit.startswith("месяц"):
        target = datetime.combine(cal.add_months(now.date(), int(amount)), now.time())
        parts.instant_grain = "day"
    else:
        target = datetime.combine(cal.add_months(now.date(), int(amount) * 12), now.time())
        parts.instant_grain = "month"
    if parts.day_first is None:
        parts.day_first = target.date()
        parts.instant = parts.instant or target


def _weekdays(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_WEEKDAY_MOD):
        weekday = cal.weekday_number(m.group(2))
        if weekday is None:
            continue
        mode = m.group(1) or ""
        if _is_next(mode):
            label = "next"
        elif _is_last(mode):
            label = "last"
        elif mode.startswith("эт"):
            label = "this"
        elif mode.startswith("ближайш"):
            label = "nearest"
        else:
            label = "plain"
        first = parts.weekday is None
        _set_weekday(parts, weekday, label)
        sc.take_match(m)
        if first and parts.day_first is None:
            parts.day_prefix = _take_day_prefix(sc, m.start())


_WEEK_MODIFIER = re.compile(
    r"\b(?:на|в)\s+(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*)\s+недел[еиюя](?![а-я])"
)


def _week_modifier(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в четверг на следующей неделе": the week phrase decides which Thursday."""
    if parts.weekday is None:
        return
    for m in sc.find(_WEEK_MODIFIER):
        mode = m.group(1)
        parts.weekday_mode = "next" if _is_next(mode) else "last" if _is_last(mode) else "this"
        sc.take_match(m)


def _take_day_prefix(sc: Scanner, start: int) -> str:
    """The boundary word before a day ("до пятницы", "после 5 декабря"), taken with it."""
    before = sc.text[max(0, start - 14) : start]
    found = _DAY_PREFIX.search(before)
    if found is None:
        return ""
    begin = start - len(before) + found.start(1)
    if not sc.is_free(begin, start):
        return ""
    sc.take(begin, start)
    return found.group(1).split()[0]


def _set_weekday(parts: TemporalParts, weekday: int, mode: str) -> None:
    if parts.weekday is None:
        parts.weekday, parts.weekday_mode = weekday, mode


def _durations_marked(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_DURATION_MARKED):
        amount = _number(m.group(1)) if m.group(1) else 1.0
        if amount is None:
            continue
        parts.duration = parts.duration or _duration(amount, m.group(2), m.group(3))
        sc.take_match(m)


def _durations_plain(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_DURATION_PLAIN):
        amount = _number(m.group(1))
        if amount is None:
            continue
        parts.duration = parts.duration or _duration(amount, m.group(2), m.group(3))
        sc.take_match(m)


def _duration(amount: float, unit: str, extra_minutes: str | None) -> timedelta:
    minutes = amount if unit.startswith("мин") else amount * 60
    return timedelta(minutes=minutes + (int(extra_minutes) if extra_minutes else 0))


def _time_ranges(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_TIME_RANGE_CLOCK):
        part = m.group(5)
        start = clock_time(
            int(m.group(1)), int(m.group(2)), part if int(m.group(1)) < 12 else None, True
        )
        end = clock_time(int(m.group(3)), int(m.group(4)), part, True)
        _set_range_times(sc, parts, m, start, end, minute_given=True)
    for m in sc.find(_TIME_RANGE_FROM_TO):
        start_hour, end_hour = _number(m.group(1)), _number(m.group(4))
        if start_hour is None or end_hour is None:
            continue
        start = clock_time(
            int(start_hour), int(m.group(2) or 0), m.group(3) or m.group(6), m.group(2) is not None
        )
        end = clock_time(int(end_hour), int(m.group(5) or 0), m.group(6), m.group(5) is not None)
        _set_range_times(sc, parts, m, start, _after(start, end), bool(m.group(2) or m.group(5)))
    for m in sc.find(_TIME_RANGE_HOURS):
        start = clock_time(int(m.group(1)), 0, m.group(3), False)
        end = clock_time(int(m.group(2)), 0, m.group(3), False)
        _set_range_times(sc, parts, m, start, _after(start, end), minute_given=False)


def _after(start: time | None, end: time | None) -> time | None:
    """Read a bare end hour as afternoon when that puts it after the start ("с 11 до 1")."""
    if start is None or end is None or end > start or end.hour >= 12:
        return end
    later = time(end.hour + 12, end.minute)
    return later if later > start else end


def _set_range_times(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    start: time | None,
    end: time | None,
    minute_given: bool,
) -> None:
    if start is None or end is None:
        return
    sc.take_match(m)
    if parts.times is None:
        parts.times = [TimeMention(start, "с", minute_given)]
        parts.end_time = end


def _clock_times(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_TIME_CLOCK):
        prefix, hour, sep, minute, part = m.groups()
        if sep != ":" and not _clock_sep_ok(prefix, sep, minute, parts):
            continue
        at = clock_time(int(hour), int(minute), part, True)
        if at is not None:
            _add_time(parts, TimeMention(at, _prefix(prefix), True))
            sc.take_match(m)
    for m in sc.find(_TIME_CH):
        at = clock_time(int(m.group(1)), int(m.group(2)), None, True)
        if at is not None:
            _add_time(parts, TimeMention(at, "", True))
            sc.take_match(m)


def _clock_sep_ok(prefix: str | None, sep: str, minute: str, parts: TemporalParts) -> bool:
    """ "15.00" and "14-00" are times only in a clear context (a preceding "в", round minutes)."""
    if prefix:
        return True
    if sep == "-":
        return minute in ("00", "15", "30", "45")
    return int(minute) > 12 or parts.day_first is not None


def _hour_times(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_TIME_HOUR):
        if not _word_hour_ok(m, 2):
            continue
        prefix, hour_raw, minute, part = m.groups()
        _add_hour(sc, parts, m, hour_raw, minute, part, _prefix(prefix))
    for m in sc.find(_TIME_HOUR_UNIT):
        hour_raw, minute, part = m.groups()
        if parts.start_time is not None and not part and not minute:
            continue  # "2 часа" after a start time is a duration
        _add_hour(sc, parts, m, hour_raw, minute, part, "")
    for m in sc.find(_TIME_HOUR_PART):
        _add_hour(sc, parts, m, m.group(1), None, m.group(2), "")
    for m in sc.find(_NOON):
        _add_time(parts, TimeMention(time(12) if m.group(1) == "полдень" else time(0), "", True))
        sc.take_match(m)


def _add_hour(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    hour_raw: str,
    minute: str | None,
    part: str | None,
    prefix: str,
) -> None:
    hour = _number(hour_raw)
    if hour is None or hour != int(hour):
        return
    at = clock_time(int(hour), int(minute or 0), part, minute is not None)
    if at is not None:
        _add_time(parts, TimeMention(at, prefix, minute is not None))
        sc.take_match(m)


def _word_hour_ok(m: re.Match[str], group: int) -> bool:
    """A number word is an hour only when nothing but an hour word can follow it."""
    if m.group(group).isdigit():
        return True
    tail = m.string[m.end() :].lstrip()
    return m.end(group) != m.end() or not tail or tail[0] in ",.!?;)"


def _add_time(parts: TemporalParts, mention: TimeMention) -> None:
    if parts.times is None:
        parts.times = []
    if mention.prefix in ("до", "окончание", "конец") and parts.start_time is not None:
        parts.end_time = parts.end_time or mention.at
    parts.times.append(mention)


def _prefix(raw: str | None) -> str:
    if not raw:
        return ""
    return raw.split()[0]


def _parts_of_day(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_PART_OF_DAY):
        parts.part_of_day = parts.part_of_day or " ".join(m.group(1).split())
        sc.take_match(m)


# --- helpers -----------------------------------------------------------------------------


def clock_time(hour: int, minute: int, part: str | None, minute_given: bool) -> time | None:
    """A wall-clock time from an hour as written.

    With "утра/дня/вечера/ночи" the part of day decides; "HH:MM" is a 24-hour time;
    a bare hour 1–7 means afternoon ("в 3" = 15:00).
    """
    if hour == 24:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    if (part in ("дня", "пополудни") and 1 <= hour <= 7) or (part == "вечера" and hour < 12):
        hour += 12
    elif part == "ночи" and hour >= 9:
        hour = (hour + 12) % 24
    elif part is None and not minute_given and 1 <= hour <= 7:
        hour += 12
    return time(hour % 24, minute)


def _number(raw: str | None) -> float | None:
    if raw is None:
        return None
    raw = raw.strip()
    if raw in ("полтора", "полторы"):
        return 1.5
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        value = cardinal_value(raw)
        return float(value) if value is not None else None


def _relative_shift(mode: str | None) -> int:
    if _is_next(mode or ""):
        return 1
    if _is_last(mode or ""):
        return -1
    return 0


def _is_next(mode: str) -> bool:
    return mode.startswith(("следующ", "будущ"))


def _is_last(mode: str) -> bool:
    return mode.startswith(("прошл", "предыдущ"))


def resolve_day(parts: TemporalParts, now: datetime) -> date | None:
    """The first day of the event or query: an explicit date wins over a weekday."""
    if parts.weekday is not None and parts.week_offset is not None:
        monday = cal.week_monday(now.date()) + timedelta(weeks=parts.week_offset)
        return monday + timedelta(days=parts.weekday)  # "через 2 недели в пятницу"
    if parts.day_first is not None:
        return parts.day_first
    if parts.weekday is None:
        return None
    start = parts.start_time
    return resolve_weekday(parts.weekday, parts.weekday_mode, now, start.at if start else None)


def resolve_weekday(weekday: int, mode: str, now: datetime, at: time | None) -> date:
    """Which date a weekday means (see the conventions in the module docstring)."""
    today = now.date()
    monday = cal.week_monday(today)
    if mode == "next":
        return monday + timedelta(weeks=1, days=weekday)
    if mode == "last":
        return monday - timedelta(weeks=1) + timedelta(days=weekday)
    if mode == "this":
        day = monday + timedelta(days=weekday)
        return day if day >= today else day + timedelta(weeks=1)
    delta = (weekday - today.weekday()) % 7
    if delta == 0:
        still_ahead = at is not None and at > now.time()
        if not (still_ahead or mode == "nearest"):
            delta = 7
    return today + timedelta(days=delta)
