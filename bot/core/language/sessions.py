"""Several sessions of one event: "в 11:30 или в 12:30", "1, 8, 15 и 22 апреля в 15:00",
a programme written one session per line ("12 ноября в 17:00\\n19 ноября в 17:00").

`find_sessions` returns every session as (start, end or None) in wall-clock time, in the
order written, or an empty list when the message names one session only.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, time, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.parts import MM, D, H, M
from bot.core.language.prefilter import with_first_chars
from bot.core.language.start_doubts import daily_clock
from bot.core.language.tokens import normalize

MAX_SESSIONS = 40
MAX_CROSSED = 12  # listed days × times of day

_CLOCK = rf"({H})[:.]({M})"
# never a date read as the last clock: «в 14:00 и 16.12 в 15:00» names 16 December, its own
# clock after it (a clock is followed by no «в 15:00», no «.2026»)
_OR_TIMES = with_first_chars(
    re.compile(
        rf"\bв\s+{_CLOCK}\s*(?:,\s*(?:в\s+)?{_CLOCK}\s*)?(?:или|и)\s+(?:в\s+)?{_CLOCK}"
        r"(?![./]\d|\s*,?\s*(?:в|с)\s+\d)"
    )
)
_DAY_LIST = with_first_chars(
    re.compile(
        rf"(?<![:.])\b({D}(?:\s*,\s*{D})+(?:\s*,?\s*и\s*{D})?|{D}\s+и\s+{D})\s+({MONTH})"
        rf"(?:\s*\)?\s*(?:,\s*)?(?:в|с)\s+{_CLOCK}(?:\s*(?:-|до)\s*{_CLOCK})?)?"
    )
)
# clock spans one after another, joined by a comma, a semicolon or «и»/«или» ("10.00-11.00,
# 11.00-12.00"): each is a session of the day (a second slot, never a span's tail)
_SPAN = rf"(?<![\d.:])({H})[:.]({M})\s*-\s*({H})[:.]({M})(?![\d.:])"
_SLOTS = with_first_chars(re.compile(rf"{_SPAN}(?:\s*(?:,|;|и|или)\s*{_SPAN})+"))
_ONE_SPAN = re.compile(_SPAN)
# another clock: with a colon, or a span's («22.12» alone may be the day)
_ANY_CLOCK = compile_with_scan(rf"(?<![\d.:]){H}:{M}(?!\d|[.:]\d)|{_SPAN}")
_TWO_DAYS = re.compile(r"\d\s*(?:,|и)\s*\d")
_CLOCK_THEN_OR = re.compile(r"[:.][0-5]\d\s*[,и]")
# a programme line: "12 ноября в 17:00", "11 мая, 18-00 - Лекция «…»", "18 мая в 15.00 ч. – …"
_LINE_CLOCK = rf"({H})[:.\-]({M})"
# (`^[^\w\n]*+`: the marks before the day are its own line's, so each line start reads its
# own line only — `^\W*` ran over the whole run of line breaks after every line start of
# it, quadratic: 2.2 s of an 8,000-character message; review 2026-12-02, H4. The same lines
# are read: a day after blank lines is after marks on its own line too). The runs of blanks
# between the parts are possessive (what follows each is no blank): three `\s*` in a row
# before the clock split a long run every way («1 декабря» + 100,000 line breaks: minutes)
_LINE = re.compile(
    rf"^[^\w\n]*+({D})\s++({MONTH})(?:\s*+\(\w+\))?\s*+,?\s*+(?:в|с)?\s*+{_LINE_CLOCK}"
    rf"(?:\s*+(?:-|до)\s*+{_LINE_CLOCK})?(?:\s*+ч\b\.?)?(?:\W*$|\s*-\s+\S[^\n]*$)",
    re.M,
)


# a list of dated times, each for a group ("9а - 21.12 в 10:00, 9б - 22.12 в 10:00", "3а — 8
# дек в 10:00; 3б — 8 дек в 11:30"): the day and month by name or number, then its clock
# a weekday may follow the day in brackets and a dash may come before the clock («21.12 (пн) в
# 11:00», «2 марта - в 12.00»)
_DATED_TIME = re.compile(
    rf"\b({D})(?:[./]({MM})\b|\s+({MONTH}))\.?(?:\s*\({WEEKDAY}\))?\s*,?\s*(?:-\s*)?"
    rf"(?:в|с)\s+{_CLOCK}(?:\s*(?:-|до)\s*{_CLOCK})?"
)
# what may stand between two items of such a list: a comma or a semicolon and a group's
# label; «и» with a weekday after it («и в воскресенье, 17 января, в 10:00») — or between
# items each with its weekday in brackets («21.12 (пн) в 11:00 и 22.12 (вт) в 11:00») — a
# week's schedule; a bare «и» («Лекция 21.12 в 13:00 и 22.12 в 16:30») stays two offered days
_ITEM_GAP = re.compile(
    rf"\s*(?:[,;]\s*(?:(?:[0-9а-яa-z]{{1,12}}\.?\s*){{1,3}}[-:]\s*)?"
    rf"|,?\s*и\s+(?:в|во)\s+{WEEKDAY}\s*,?\s*)"
)
_AND_GAP = re.compile(r"\s*,?\s*и\s*")


def find_sessions(
    text: str, first: datetime | None, today: date
) -> list[tuple[datetime, datetime | None]]:
    """Every session the text lists; `first` is the start the parser chose (its day is used
    for "в 11:30 или в 12:30"). Dates without a year follow the calendar's convention."""
    norm = normalize(text)
    found = _lines(norm, today) or _dated_times(norm, today)
    if not found:
        listed = _at_time(_day_list(norm, today, first.date() if first else None), first)
        times = (_or_times(norm, first) or _slots(norm, first.date())) if first else []
        found = _crossed(listed, times) or listed or times
    if len(found) < 2:
        return []
    return sorted(set(found), key=lambda s: s[0])[:MAX_SESSIONS]


def _lines(norm: str, today: date) -> list[tuple[datetime, datetime | None]]:
    found = []
    for m in _LINE.finditer(norm):
        month = cal.month_number(m.group(2))
        day = cal.resolve_day_month(int(m.group(1)), month, today) if month else None
        if day is not None:
            found.append(_session(day, m.group(3), m.group(4), m.group(5), m.group(6)))
    return found if len(found) >= 2 else []


def _dated_times(norm: str, today: date) -> list[tuple[datetime, datetime | None]]:
    """Sessions written as one list of dated times joined by commas or semicolons, each maybe
    after its group's label ("9а - 21.12 в 10:00, 9б - 22.12 в 10:00"): every item is a
    session (the group's), not a rival date. Empty unless two items follow each other."""
    items = list(_DATED_TIME.finditer(norm))
    for a, b in itertools.pairwise(items):
        if _ITEM_GAP.fullmatch(norm, a.end(), b.start()) is not None:
            continue
        if _AND_GAP.fullmatch(norm, a.end(), b.start()) is None or not (
            "(" in a.group(0) and "(" in b.group(0)
        ):
            return []
    found = []
    for m in items:
        month = int(m.group(2)) if m.group(2) else cal.month_number(m.group(3))
        day = cal.resolve_day_month(int(m.group(1)), month, today) if month else None
        if day is None:
            return []
        found.append(_session(day, m.group(4), m.group(5), m.group(6), m.group(7)))
    return found if len(found) >= 2 else []


def _day_list(
    norm: str, today: date, chosen: date | None = None
) -> list[tuple[datetime, datetime | None]]:
    """The days of a listed run («1, 8 и 15 апреля», «24 и 25 декабря 2014 года»), in the
    year of the parser's `chosen` start when that is one of them (a year written after the
    list is read into the start, not here)."""
    if not _TWO_DAYS.search(norm):
        return []  # every list has two day numbers joined by a comma or "и"
    for m in _DAY_LIST.finditer(norm):
        month = cal.month_number(m.group(2))
        if month is None:
            continue
        days = [int(d) for d in re.findall(r"\d+", m.group(1))]
        resolved = [cal.resolve_day_month(d, month, today) for d in days]
        if chosen is not None and chosen.month == month and chosen.day in days:
            resolved = [_in_year(d, month, chosen.year) for d in days]
        if len(days) < 2 or any(r is None for r in resolved):
            continue
        if len(days) == 2 and abs(days[1] - days[0]) == 1:
            # "10 и 11 декабря в 15:00": two neighbouring days are the range the date rule
            # reads, a daily series at the clock (the card's «и ещё»), not two sessions
            continue
        return [_session(r, m.group(3), m.group(4), m.group(5), m.group(6)) for r in resolved if r]
    return []


def _in_year(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _at_time(
    found: list[tuple[datetime, datetime | None]], first: datetime | None
) -> list[tuple[datetime, datetime | None]]:
    """Listed days written without a clock ("каждую среду (3, 10 и 17 марта) с 14:00 до
    15:30" once the time is read elsewhere) take the chosen start's time of day."""
    if first is None or first.time() == time() or any(s.time() != time() for s, _ in found):
        return found
    return [(datetime.combine(s.date(), first.time()), None) for s, _ in found]


def _crossed(
    days: list[tuple[datetime, datetime | None]], times: list[tuple[datetime, datetime | None]]
) -> list[tuple[datetime, datetime | None]]:
    """Each of several times on each listed day ("5, 6 и 7 декабря в 11:00 и в 14:00"), when
    that makes at most MAX_CROSSED sessions; empty otherwise."""
    if len(days) < 2 or len(times) < 2 or len(days) * len(times) > MAX_CROSSED:
        return []
    return [(datetime.combine(d.date(), t.time()), None) for d, _ in days for t, _ in times]


# a day written by name or number ("20 декабря", "20.12"), the last one before a list of clocks
_DAY_BEFORE = re.compile(rf"\b({D})(?:\s+({MONTH})|\.({MM})\b)")
_LISTED_BEFORE = re.compile(r"(?<![\d.:])\d{1,2}\s*(?:,|и|или)\s*$")  # a day, not "10.30, "


def _or_times(norm: str, first: datetime) -> list[tuple[datetime, datetime | None]]:
    """Clocks listed with «и» / «или» ("в 11:30 или в 12:30") as sessions on the day of
    `first` (the parser's pick); none when the clocks follow a day of their own other than
    that day («19 декабря — в 10.30, 20 декабря — в 12.00 и 14.00»: the second day's sessions,
    never the first's), nor when they are daily hours («экскурсии по будням в 11:00 и 14:00»,
    start_doubts.daily_clock) and the pick's own clock is none of them («Закрытие пройдёт 10
    января в 15:00»: a day with a clock of its own takes no span's daily sessions)."""
    day = first.date()
    if not _CLOCK_THEN_OR.search(norm):
        return []  # the first clock is followed by "," or "или"/"и"
    m = _OR_TIMES.search(norm)
    if m is None:
        return []
    own = _own_day(norm[max(0, m.start() - 60) : m.start()], day)
    if own is not None and own != (day.month, day.day):
        return []
    clocks = [(m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i) is not None]
    written = {(int(h) % 24, int(mi)) for h, mi in clocks}
    if (first.hour, first.minute) not in written and all(daily_clock(norm, c) for c in written):
        return []
    return [(datetime.combine(day, time(int(h) % 24, int(mi))), None) for h, mi in clocks]


def _own_day(before: str, day: date) -> tuple[int, int] | None:
    """The (month, day) of the last day written in `before` when nothing but a dash, a comma
    or «в» follows it up to the clocks ("20 декабря — в") and it closes no list of days ("25 и
    26 декабря в"); else None."""
    days = list(_DAY_BEFORE.finditer(before))
    last = days[-1] if days else None
    if last is None or before[last.end() :].strip(" \t,—–-в") != "":
        return None
    if _LISTED_BEFORE.search(before, 0, last.start()):
        return None  # "25 и 26 декабря в 11:00 или в 12:30": a list of days, each with them
    month = cal.month_number(last.group(2)) if last.group(2) else int(last.group(3))
    return (month, int(last.group(1))) if month else None


def _slots(norm: str, day: date) -> list[tuple[datetime, datetime | None]]:
    """Clock spans listed one after another ("10.00-11.00, 11.00-12.00"), on `day`; only
    when they are the only clocks the text names (a programme's line «12:00–13:00 и
    14:00–15:00 — экскурсия» among other items' clocks gives one part's times, not the
    event's sessions)."""
    m = _SLOTS.search(norm)
    if m is None or _ANY_CLOCK.search(norm[: m.start()]) or _ANY_CLOCK.search(norm, m.end()):
        return []
    return [_session(day, *span.groups()) for span in _ONE_SPAN.finditer(norm, m.start(), m.end())]


def _session(
    day: date, hour: str | None, minute: str | None, end_hour: str | None, end_minute: str | None
) -> tuple[datetime, datetime | None]:
    if hour is None or minute is None:
        return datetime.combine(day, time()), None
    start = datetime.combine(day, time(int(hour) % 24, int(minute)))
    if end_hour is None or end_minute is None:
        return start, None
    end = datetime.combine(day, time(int(end_hour) % 24, int(end_minute)))
    return start, end if end > start else end + timedelta(days=1)


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_DATED_TIME = with_first_scan(_DATED_TIME)
