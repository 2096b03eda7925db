"""One row of a plan file -> an event draft, each cell through the project's language layer.

Cells may be typed (dates, date-times, times, Excel serial numbers) or text; text goes
through bot.core.language as a chat message would (`15 дек`, `с 15 до 16:30`, `9–11 кл.`,
`в актовом зале`). Times are the school's naive wall-clock time. A row that cannot become
an event raises RowFailed with the code the templates word.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from bot.core.language import calendar as cal
from bot.core.language.audience import (
    names_exception,
    parents_meeting_audience,
    parse_audience,
    staff_cell,
)
from bot.core.language.birth_years import born_span, grades_born
from bot.core.language.doubts import timing_doubts
from bot.core.language.draft_assembly import MAX_OVERNIGHT
from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.parts import TemporalParts
from bot.core.language.post_draft import SCHOOL_ZONE, moscow_shift
from bot.core.language.slips import monthless_dates
from bot.core.language.temporal import extract_temporal
from bot.core.language.times import durations_marked_rule, durations_plain_rule, lesson_clock
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.venue import extract_venue
from bot.core.language.when import day_and_time, resolve_when
from bot.core.models import Audience, EventDraft, Recurrence
from bot.core.text import clean_text
from bot.exports.grids import Uncached
from bot.exports.problems import RowProblem
from bot.exports.texts import Labels

EXCEL_EPOCH = datetime(1899, 12, 30)  # noqa: DTZ001 - serial dates are wall-clock
_FULL_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*(?:г\.?)?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*$")
# «в течение марта», «весь март», «март», «с марта по май», «март–май» (a time cell, fix77)
_THROUGH_MONTHS = re.compile(
    rf"(?:в\s+течение\s+|весь\s+|с\s+)?({cal.MONTH})(?:\s*(?:по|[-–—])\s*({cal.MONTH}))?",
    re.IGNORECASE,
)
_DATE_IN_TEXT = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_CLOCK = r"(\d{1,2})[:.](\d{2})"
_ONE_TIME = re.compile(rf"^\s*{_CLOCK}\s*$")
_TIME_RANGE = re.compile(
    rf"^\s*{_CLOCK}\s*(?:-|–|—|до)\s*(?:(\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\s+)?{_CLOCK}\s*$"
)
# «15 ч.», «15 ч. 30 мин.», «15 час.», «09 ч 00 м»: a clock written in words, as school plans
# write a time cell (not «1,5 ч.», a duration, nor «15.00 ч.»)
_CLOCK_WORDS = re.compile(
    r"(?<![\d.,:])(\d{1,2})\s*(?:часов|часа|час|ч)\.?(?:\s*(\d{2})\s*(?:минут|мин|м)\.?)?"
    r"(?![а-яё\d])",
    re.IGNORECASE,
)
# a day with its month in a date cell: «14.12», «14.12.2026», «14 декабря» («10.00»: a clock)
_DAY_MONTH = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})(?:\.\d{{2,4}})?(?![\d])|(?<!\d)\d{{1,2}}\s+{cal.MONTH}",
    re.IGNORECASE,
)
_SERIAL_TEXT = re.compile(r"^\d{5}(?:[.,]\d+)?$")  # «46370», «46371,75»: Excel day numbers
_CLOCK_LEAD = re.compile(r"^\s*(?:с|в|начало\s+в)\s+", re.IGNORECASE)
_GRADES_ONLY = re.compile(r"^[\d\s,;–—-]+$")
# «5-е», «10-11-х», «5-ые»: the plural ordinal ending of grades (пятые классы), lower case as
# Russian writes it; a class letter is written «5Е», «5-Е» or «5 «Е»»
_GRADE_ENDING = re.compile(r"(\d)-(?:е|ые|х|ых)(?![а-яё])")
_LOCATIVE = re.compile(r"^(?:в|во|на)\s", re.IGNORECASE)


class RowFailed(Exception):
    """A row that cannot become an event; `value` is the offending cell's text, if any."""

    def __init__(self, reason: RowProblem, value: object = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.value = None if value is None else cell_text(value)


@dataclass(frozen=True, slots=True)
class CellDate:
    """What a date cell says: the day, maybe a time (`15.12.2026 10:00`), maybe a last day
    (`с 21 по 23 декабря`), maybe an end time (`с 21 по 23 декабря 15:00-17:00`)."""

    day: date
    at: time | None = None
    last: date | None = None
    year_rolled: bool = False  # written without a year, already past this year: next year's
    until: time | None = None  # the end of each day's meeting, when the cell gives one


def cell_text(value: object) -> str:
    """A cell as clean, stripped text ("" for an empty cell; 9.0 -> "9")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value)).strip()


# «=1+1», «@SUM(A1)», «+A1», «-cmd|' /C calc'!A0»: what Excel would evaluate were the text
# typed into a cell; «-5 °C», «- перенос», «+7 999 123-45-67», «−5» (a minus sign) are not
_FORMULA_LIKE = re.compile(r"^(?:[=@]|[+-][A-Za-z(=@])")
# «+1+1», «-1+2», «-5-7», «+7-999-123-45-67»: a sign, then only numbers joined by arithmetic
# operators (spaces around them allowed) — Excel computes it (attack 2026-12-03aa, #4);
# «+1», «-15» (a number), «-5-7 °C», «+1+1 класс», «+7 999 123-45-67» (a word or a bare
# space: text to Excel) are not
_ARITHMETIC = re.compile(r"^[+-]\d[\d.,]*(?:\s*[-+*/^]\s*\(?\d[\d.,]*\)?)+%?$")


def formula_like(text: str) -> bool:
    """Whether a text cell of a CSV would be a live formula, had it been opened in a
    spreadsheet (OWASP «CSV Injection»): it opens with «=» or «@», or with «+»/«-» and a
    Latin letter, a bracket, «=» or «@», or it is «+»/«-» and numbers joined by arithmetic
    operators and nothing else («+1+1», «-1+2»). A CSV cannot tell such a text from a formula: the
    school's own export saved as CSV writes the text cell «=HYPERLINK(…)» as is."""
    return bool(_FORMULA_LIKE.match(text) or _ARITHMETIC.match(text))


def draft_of(cells: Mapping[str, object], now: datetime, labels: Labels) -> EventDraft:
    """The event a row describes (field name -> cell value); raises RowFailed."""
    for value in cells.values():
        if isinstance(value, Uncached):
            raise RowFailed(RowProblem.FORMULA, value.formula)
    title = cell_text(cells.get("title"))
    if not title:
        raise RowFailed(RowProblem.NO_TITLE)
    if _says_cancelled(cell_text(cells.get("status")), labels):
        raise RowFailed(RowProblem.CANCELLED)
    when = _with_last_day(cell_date(cells.get("date"), now), cells.get("last"), now)
    weekly = weekly_cell(cells.get("date"), now)
    if weekly is not None:  # «каждую среду с 02.12 по 23.12»: its Wednesdays, not every day
        when = _on_weekday(when, weekly[1].weekdays or frozenset({weekly[0]}))
    # «Родительское собрание», 9Б: the parents of 9Б, as the chat reads it (walk p, #3)
    audience = born_audience(cells.get("audience"), when.day) or cell_audience(
        cells.get("audience"), labels
    )
    audience = parents_meeting_audience(audience, title)
    moscow = _moscow_hours(cells, now)
    whole = _is_all_day(cell_text(cells.get("date")), labels)
    clock = _time_cell(cells)
    try:
        start, end, all_day, known = _when(
            when, clock, cells.get("end"), now, labels, moscow, whole
        )
        lesson: tuple[str, ...] = ()
    except RowFailed as failed:
        lesson = _lesson_doubt(failed, clock)
        last = _midnight(when.last) if when.last else None
        start, end, all_day, known = _midnight(when.day), last, False, False
    if end is None and known and not all_day and cell_text(cells.get("duration")):
        end = start + cell_duration(cells.get("duration"))
    doubts = (*_year_doubts(when, start, all_day, now, end), *lesson)
    if "audience" in cells and not cell_text(cells.get("audience")):
        # the file has a classes column and this row left it empty: asked, as the chat asks
        # «Для каких классов?», never sent to the whole school unseen (walk p, #4)
        doubts = (*doubts, "no_audience")
    choices: tuple[datetime, ...] = ()
    if when.at is not None and known and not all_day and start.time() != when.at:
        # «14.12.2026 10:00» in the date cell, «16:00» in the time column (walk p, #13)
        doubts = (*doubts, "time_conflict")
        choices = (start, datetime.combine(start.date(), when.at))
    title, venue = _bracketed_place(" ".join(title.split()), cell_venue(cells.get("venue")))
    return EventDraft(
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        time_known=known,
        venue=venue,
        audience=audience,
        recurrence=weekly[1] if weekly is not None else _daily(when, all_day),
        moscow_shift_hours=0 if all_day else moscow,
        doubts=doubts,
        choices=choices,
    )


def _lesson_doubt(failed: RowFailed, clock: object) -> tuple[str, ...]:
    """A time cell read by lessons («после уроков», «после 6 урока»: `lesson_clock`) as the
    draft's doubt, the row kept with its day and asked its hour; re-raises `failed` when
    the cell is no lesson or the row failed for another reason."""
    found = lesson_clock(cell_text(clock)) if failed.reason is RowProblem.BAD_TIME else None
    if found is None:
        raise failed
    return (found,)


# «Лекция «Навигация» (конференц-зал)»: a bracketed tail of a title cell
_BRACKETED_TAIL = re.compile(r"^(?P<title>.*\S)\s*\((?P<inside>[^()]{2,80})\)$")


def _bracketed_place(title: str, venue: str | None) -> tuple[str, str | None]:
    """A row's title and place when the title cell closes with a place in brackets and the
    row gives none of its own («Лекция «Навигация» (конференц-зал)» -> «Лекция «Навигация»»,
    «конференц-зал»): the bracket counts only when the chat's place reader
    (bot.core.language.venue) takes all of it, so «Олимпиада (отборочный тур)» keeps its
    note (newcomer walk 2026-12-03x, X6: plans with no «Место» column)."""
    found = _BRACKETED_TAIL.match(title)
    if venue or found is None:
        return title, venue
    inside = Scanner(found.group("inside").strip())
    place = extract_venue(inside)
    if place is None or inside.remainder().strip(" ,.;"):
        return title, venue
    return found.group("title"), place


def _with_last_day(cell: CellDate, value: object, now: datetime) -> CellDate:
    """The date cell with the last day a «Дата окончания» column gives («21.12» to «25.12»:
    every day of the span, as «21.12-25.12» in one cell is read — walk p, #8); unchanged
    when the column is empty or names the first day; raises RowFailed when it ends before."""
    if not cell_text(value):
        return cell
    last = cell_date(value, now).day
    if last < cell.day:
        raise RowFailed(RowProblem.END_BEFORE_START, value)
    return cell if last == cell.day else replace(cell, last=last)


def cell_duration(value: object) -> timedelta:
    """A «Продолжительность» cell: «1,5 ч», «2 часа», «45 мин», «1 ч 30 мин», a typed time
    or «1:30» (hours and minutes), read by the chat's duration rules
    (bot.core.language.times); raises RowFailed (BAD_TIME) for anything else."""
    if isinstance(value, timedelta) and timedelta(0) < value < timedelta(days=1):
        return value
    if isinstance(value, time) and value != time():
        return timedelta(hours=value.hour, minutes=value.minute)
    text = cell_text(value)
    if m := _ONE_TIME.match(text):
        found = timedelta(hours=int(m[1]), minutes=int(m[2]))
    else:
        sc, parts = Scanner(text), TemporalParts()
        durations_marked_rule(sc, parts, EXCEL_EPOCH)
        durations_plain_rule(sc, parts, EXCEL_EPOCH)
        found = parts.duration or timedelta(0)
    if not timedelta(0) < found < timedelta(days=1):
        raise RowFailed(RowProblem.BAD_TIME, value)
    return found


def weekly_cell(value: object, now: datetime) -> tuple[int, Recurrence] | None:
    """(weekday, 0 = Monday; the repeat) a date cell says, read by the chat's repeat rules
    (bot.core.language.recurrence): «каждую среду с 02.12 по 23.12» -> (2, weekly until 23
    December), «по средам» -> (2, weekly with no last day, as the chat's «по средам в
    14:00»). None for a cell with no weekly words, a daily span («с 21 по 23 декабря»)
    included. `now`: school wall-clock (its zone ignored) (files76)."""
    if not isinstance(value, str):
        return None
    parts = extract_temporal(Scanner(cell_text(value)), now.replace(tzinfo=None), periods=True)
    if parts.recurrence != "weekly" or parts.weekday is None:
        return None
    weekdays = parts.recur_weekdays  # «по вторникам и четвергам»: both (series82)
    return parts.weekday, Recurrence(freq="weekly", until=parts.until, weekdays=weekdays)


def _on_weekday(cell: CellDate, weekdays: frozenset[int]) -> CellDate:
    """A weekly cell's reading: its first day moved on to the nearest of the repeat's
    `weekdays` (Monday = 0) when the span opens on another day («каждую среду с 01.12»:
    Wednesday 2 December; «по вторникам и четвергам с 02.12»: Thursday 3 December), its last
    day dropped — the repeat's `until` ends it, never each meeting (read as a span, it was a
    meeting every day of it)."""
    day = cell.day + timedelta(days=min((w - cell.day.weekday()) % 7 for w in weekdays))
    return replace(cell, day=day, last=None)


def _daily(cell: CellDate, all_day: bool) -> Recurrence | None:
    """A span of days with a time of day («с 21 по 23 декабря» and «15:00-17:00», in one cell
    or two) is a meeting every day of the span at that time, as the chat reads the same
    text (bot.core.language.draft_assembly: «12-13 декабря с 10 до 14»); None otherwise."""
    if cell.last is None or all_day:
        return None
    return Recurrence(freq="daily", until=cell.last)


def _year_doubts(
    cell: CellDate, start: datetime, all_day: bool, now: datetime, end: datetime | None
) -> tuple[str, ...]:
    """("year_guessed",) when the date cell gave no year and its day had passed, so next
    year's was taken, and that is doubtful (recently passed, or another school year: «4 ноября»
    in a December plan) — the row is then asked about exactly as the chat asks
    (bot.core.language.doubts); () otherwise. `end`: the row's end (an all-day span's last
    day at midnight), so a span still going on is judged as the chat judges it. `now`:
    school wall clock."""
    if not cell.year_rolled:
        return ()
    found = timing_doubts(start, all_day, now, rolled_year=True, end=end)
    return ("year_guessed",) if "year_guessed" in found else ()


def _time_cell(cells: Mapping[str, object]) -> object:
    """The time cell's value; None when it only repeats the date cell (a Word or Excel cell
    merged across «Дата» and «Время» gives both columns the same text), so the row reads as
    a day without its own time instead of failing as «не понял время»."""
    value = cells.get("time")
    repeated = cell_text(value)
    return None if repeated and repeated == cell_text(cells.get("date")) else value


def _moscow_hours(cells: Mapping[str, object], now: datetime) -> int:
    """Hours the time parser adds to a date or time cell written in Moscow time ("15:00 МСК",
    "по московскому времени") for the project's default zone (SCHOOL_ZONE); 0 when neither
    cell says so. A plain end cell beside such a time is Moscow time too. The planner later
    moves the row to the school's own zone (bot.core.language.post_draft.in_zone), as it
    does for a chat message."""
    said = " ".join(cell_text(cells.get(key)) for key in ("date", "time"))
    if not said.strip() or not take_moscow_time(Scanner(said)):
        return 0
    return round(moscow_shift(now, SCHOOL_ZONE).total_seconds() / 3600)


def _says_cancelled(status: str, labels: Labels) -> bool:
    folded = status.casefold()
    return bool(folded) and any(word in folded for word in labels.get("import", "cancelled_words"))


MAX_YEARS_AWAY = 100  # a plan's day this many years from now is a slip, never a plan


def cell_date(value: object, now: datetime) -> CellDate:
    """A date cell: a date/datetime, an Excel serial number (a number, or its digits in a
    text cell), or text the parser reads; raises RowFailed (NO_DATE, BAD_DATE — also for a
    bare year or a day more than MAX_YEARS_AWAY years from `now`, IMPOSSIBLE_DATE). A day
    at the calendar's edge («31.12.9999», «01.01.0001») overflowed the import's date
    arithmetic and lost the whole file (safety69 #3)."""
    found = _cell_date(value, now)
    days = (found.day, found.last) if found.last is not None else (found.day,)
    if any(abs(d.year - now.year) > MAX_YEARS_AWAY for d in days):
        raise RowFailed(RowProblem.BAD_DATE, value)
    return found


def _cell_date(value: object, now: datetime) -> CellDate:
    """cell_date's reading, before the far-day check."""
    if isinstance(value, datetime):
        return CellDate(value.date(), _time_of(value.time()))
    if isinstance(value, date):
        return CellDate(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        moment = EXCEL_EPOCH + timedelta(days=float(value))
        return CellDate(moment.date(), _time_of(_minute(moment.time())))
    text = cell_text(value)
    if not text:
        raise RowFailed(RowProblem.NO_DATE)
    if _SERIAL_TEXT.match(text) and 20000 < float(text.replace(",", ".")) < 80000:
        # «46370»: Excel's day count in a cell formatted as text (a date column pasted as
        # text or exported by another program) — the date Excel would show (branch import26)
        return _cell_date(float(text.replace(",", ".")), now)
    exact = _exact(text)
    if exact is not None:
        return exact
    if monthless_dates(normalize(text)):  # «15.13»: a date with no such month, never 15:13 today
        raise RowFailed(RowProblem.IMPOSSIBLE_DATE, text)
    when = resolve_when(text, now)
    if when is None or when.start is None or when.grain == "year":
        # «2027» alone is no day (it read as 1 January 2027, unasked: branch import26)
        raise RowFailed(RowProblem.BAD_DATE, value)
    if _named_days(text) > 1 and not (when.kind == "interval" and when.grain == "day"):
        # «14.12 или 15.12», «16.12 (ср)⏎17.12 (чт)», «18.12 10.10»: read as the first day,
        # the other was dropped unseen (attack53 #6); a list the importer splits
        # (day_cells.listed_days) and a span never come here
        raise RowFailed(RowProblem.BAD_DATE, value)
    if when.grain in ("minute", "hour"):
        day = when.start.date()
        _, until = _span_clock(text, day, now)  # «26.12 18.00-21.00»: its end (walk o, #3)
        return CellDate(day, _minute(when.start.time()), None, when.year_rolled, until)
    last = None
    if when.kind == "interval" and when.end is not None and when.grain == "day":
        last = (when.end - timedelta(days=1)).date()
    day = when.start.date()
    if last is None or last <= day:
        return CellDate(day, None, None, when.year_rolled)
    at, until = _span_clock(text, day, now)
    return CellDate(day, at, last, when.year_rolled, until)


def _named_days(text: str) -> int:
    """How many days with their month a date cell's text names (`_DAY_MONTH`); «14.12 10.00»
    names one (no month 00), «14.12 или 15.12» two."""
    return sum(
        1
        for m in _DAY_MONTH.finditer(text)
        if m[1] is None or (1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12)
    )


def _span_clock(text: str, day: date, now: datetime) -> tuple[time | None, time | None]:
    """The time of day a span-of-days cell gives with its days («с 21 по 23 декабря
    15:00-17:00» -> 15:00, 17:00), read by the chat's time parser; (None, None) when it
    gives none."""
    parsed = day_and_time(text, now)
    if parsed is None or parsed.start is None or parsed.all_day or parsed.day != day:
        return None, None
    return _minute(parsed.start), _minute(parsed.end) if parsed.end is not None else None


def _time_of(at: time) -> time | None:
    return None if at == time() else _minute(at)


def _exact(text: str) -> CellDate | None:
    """dd.mm.yyyy and ISO dates (with an ISO time), read exactly; a nonexistent day fails."""
    at: time | None = None
    if m := _FULL_DATE.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _ISO.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4] is not None:
            at = _time_of(_clock(m[4], m[5], text))
    else:
        return None
    try:
        return CellDate(date(year, month, day), at)
    except ValueError:
        raise RowFailed(RowProblem.IMPOSSIBLE_DATE, text) from None


def _when(
    cell: CellDate,
    value: object,
    end_value: object,
    now: datetime,
    labels: Labels,
    moscow: int = 0,
    whole: bool = False,
) -> tuple[datetime, datetime | None, bool, bool]:
    """(start, end, all_day, time_known) in the EventDraft conventions; `moscow`: hours to add
    to a plain end cell when the start was given in Moscow time; `whole`: the date cell says
    «весь день».

    A row with its day or days but no time of day (no time cell, none in the date cell, no
    «весь день») has time_known False whether it names one day («25.12») or a span
    («21.12-25.12»): the summary holds both with «нет времени» until «исправь N: в 15:00» or
    «исправь N: весь день» (the span is kept either way). The hours are never guessed, and a
    span is not taken for a whole-days event unless the row says so."""
    day = cell.day
    text = "" if isinstance(value, time | datetime | timedelta) else cell_text(value)
    if value is None or (not isinstance(value, time | datetime | timedelta) and not text):
        if cell.at is not None:  # "15.12.2026 10:00" in the date cell
            start = datetime.combine(day, cell.at)
            end = _end_cell(start, end_value, moscow) if end_value not in (None, "") else None
            if end is None and cell.until is not None:
                end = _after(start, datetime.combine(day, cell.until), value)
            return start, end, False, True
        last = _midnight(cell.last) if cell.last else None
        return _midnight(day), last, True, whole
    if (run := _through_months(cell, text)) is not None:
        return run
    if _is_all_day(text, labels):
        return _all_day(cell, text)
    start, end = _times(day, value, text, now)
    if end is None and end_value not in (None, ""):
        end = _end_cell(start, end_value, moscow)
    return start, end, False, True


def _is_all_day(text: str, labels: Labels) -> bool:
    folded = text.casefold()
    return any(word in folded for word in labels.get("import", "all_day_words"))


def _after(start: datetime, end: datetime, written: object) -> datetime:
    """`end` moved past midnight when it is not after `start` ("22:00-01:00"); raises
    RowFailed END_BEFORE_START (`written`: the cell to name) when the night would make the
    event longer than the chat's MAX_OVERNIGHT («10:00» to «09:00» is a slip, not a 23-hour
    event: the chat asks end_before_start; attack53 #5)."""
    if end > start:
        return end
    if end + timedelta(days=1) - start > MAX_OVERNIGHT:
        raise RowFailed(RowProblem.END_BEFORE_START, cell_text(written) or None)
    return end + timedelta(days=1)


def _through_months(
    cell: CellDate, text: str
) -> tuple[datetime, datetime | None, bool, bool] | None:
    """«в течение марта», «март», «с марта по май» in the time cell of a row dated the 1st
    of the first month named: a run all day through those months (the end the last day's
    midnight, as «весь день, по 31.03.2027»), as the export writes one
    (bot.exports.texts.through_months_text, fix77); None for any other cell or date."""
    found = _THROUGH_MONTHS.fullmatch(text.strip(" ."))
    if found is None or cell.at is not None or cell.last is not None:
        return None
    first, last = cal.month_number(found[1]), cal.month_number(found[2] or found[1])
    day = cell.day
    if first is None or last is None or (day.month, day.day) != (first, 1):
        return None
    year = day.year + (1 if last < first else 0)
    end = date(year, last, monthrange(year, last)[1])
    return _midnight(day), _midnight(end), True, True


def _all_day(cell: CellDate, text: str) -> tuple[datetime, datetime | None, bool, bool]:
    """«весь день» in the time cell: the date cell's day or span, or up to a date the time
    cell names («весь день, по 23.12.2026»)."""
    day = cell.day
    m = _DATE_IN_TEXT.search(text)
    if m is None:
        return _midnight(day), _midnight(cell.last) if cell.last else None, True, True
    last = _exact(m.group(0))
    if last is None or last.day < day:
        raise RowFailed(RowProblem.END_BEFORE_START, text)
    return _midnight(day), (_midnight(last.day) if last.day > day else None), True, True


def _times(day: date, value: object, text: str, now: datetime) -> tuple[datetime, datetime | None]:
    if isinstance(value, datetime):
        return datetime.combine(day, _minute(value.time())), None
    if isinstance(value, time):
        return datetime.combine(day, _minute(value)), None
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return _midnight(day) + timedelta(minutes=round(value.total_seconds() / 60)), None
    if isinstance(value, float) and 0 <= value < 1:  # an unformatted Excel time
        return _midnight(day) + timedelta(minutes=round(value * 24 * 60)), None
    text = _clock_in_digits(text) or text
    if m := _ONE_TIME.match(text):
        return datetime.combine(day, _clock(m[1], m[2], text)), None
    if m := _TIME_RANGE.match(text):
        start = datetime.combine(day, _clock(m[1], m[2], text))
        end_day = _exact(m[3]).day if m[3] else day  # type: ignore[union-attr]
        end = datetime.combine(end_day, _clock(m[4], m[5], text))
        if not m[3]:
            end = _after(start, end, text)  # "22:00–01:00" crosses midnight
        if end <= start:
            raise RowFailed(RowProblem.END_BEFORE_START, text)
        return start, end
    return _parsed_times(day, text, now)


def _clock_in_digits(text: str) -> str | None:
    """A time cell that is only a clock or a range written in words («с 15 ч. до 16 ч. 30
    мин.», «15 ч. 30 мин. - 17 ч.») as «15:00 до 16:30», «15:30 - 17:00»; None for any other
    text. The chat's time parser read «- 17 ч.» as 17 hours long (15:30–08:30) and dropped
    «30 мин.» of an end; a time cell holds clock times (branch import26).

    The hours are read as the chat reads them (attack 2026-12-03af #2): a bare hour 1–7
    with no minutes and no leading zero is the afternoon («2 ч.» 14:00:
    bot.core.language.times.clock_time), and a range's end hour below 12 that is not after
    the start is the afternoon's when that puts it after the start («с 7 ч. до 9 ч.»
    19:00–21:00, «с 11 ч. до 1 ч.» 11:00–13:00; «20 ч. - 1 ч.» stays past midnight); a bare
    small end hour after a start 1–6 with minutes takes both to the afternoon («с 2 ч. 30
    мин. до 4 ч.» 14:30–16:00: one range's bounds share the half of the day). A cell
    mixing such an hour with a clock in digits («с 14:30 до 4 ч.») is left to the chat's
    parser (None)."""
    found = list(_CLOCK_WORDS.finditer(text))
    if not found:
        return None
    plain = _CLOCK_LEAD.sub("", _CLOCK_WORDS.sub(lambda m: f"{m[1]}:{m[2] or '00'}", text))
    one, span = _ONE_TIME.match(plain), _TIME_RANGE.match(plain)
    if one is None and span is None:
        return None
    if len(found) != (1 if one is not None else 2):  # a clock in digits beside the words
        return None if any(_bare_small_hour(m) for m in found) else plain
    clocks = [(int(m[1]), int(m[2] or 0)) for m in found]
    if _bare_small_hour(found[0]):  # the start; an end goes by the start (below)
        clocks[0] = (clocks[0][0] + 12, clocks[0][1])
    if len(clocks) == 2:
        (start, end), raw = clocks, found[1][1]
        if (
            end <= start
            and end[0] < 12
            and not raw.startswith("0")
            and (end[0] + 12, end[1]) > start
        ):
            clocks[1] = (end[0] + 12, end[1])
        elif _bare_small_hour(found[1]) and start < end and 1 <= start[0] < 7:
            # «с 2 ч. 30 мин. до 4 ч.»: both bounds in the end's afternoon, 14:30–16:00, as
            # the chat reads the range (times.shared_half), never 02:30–04:00
            clocks = [(start[0] + 12, start[1]), (end[0] + 12, end[1])]
    given = iter(clocks)
    return _CLOCK_LEAD.sub("", _CLOCK_WORDS.sub(lambda _: "{}:{:02d}".format(*next(given)), text))


def _bare_small_hour(m: re.Match[str]) -> bool:
    """Whether a clock in words is an hour 1–7 alone («2 ч.»; not «02 ч.», «2 ч. 30 мин.»)."""
    return m[2] is None and len(m[1]) == 1 and 1 <= int(m[1]) <= 7


def _parsed_times(day: date, text: str, now: datetime) -> tuple[datetime, datetime | None]:
    """Free text ("с 15 до 16:30", "в 3 часа дня") through the chat's time parser."""
    parsed = day_and_time(text, now)
    if parsed is None or parsed.start is None or parsed.all_day:
        raise RowFailed(RowProblem.BAD_TIME, text)
    if parsed.day is not None and parsed.day != day:
        raise RowFailed(RowProblem.BAD_TIME, text)
    start = datetime.combine(day, _minute(parsed.start))
    if parsed.end is None:
        return start, None
    end = datetime.combine(day, _minute(parsed.end))
    return start, _after(start, end, text)


def _end_cell(start: datetime, value: object, moscow: int = 0) -> datetime:
    if isinstance(value, datetime | time):
        at = value.time() if isinstance(value, datetime) else value
    elif isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        seconds = int(value.total_seconds())
        at = time(seconds // 3600, seconds % 3600 // 60)
    elif m := _ONE_TIME.match(cell_text(value)):
        at = _clock(m[1], m[2], cell_text(value))
    else:
        raise RowFailed(RowProblem.BAD_TIME, value)
    end = datetime.combine(start.date(), _minute(at)) + timedelta(hours=moscow)
    return _after(start, end, value)


def _clock(hour: str, minute: str, text: str) -> time:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        h = 0
    if not (0 <= h < 24 and 0 <= m < 60):
        raise RowFailed(RowProblem.BAD_TIME, text)
    return time(h, m)


def _minute(at: time) -> time:
    return at.replace(second=0, microsecond=0, tzinfo=None)


def born_audience(value: object, day: date) -> Audience | None:
    """The grades a classes cell naming birth years («2010–2012 г.р.», «юноши 2011 года
    рождения») gives on the row's local `day` (bot.core.language.birth_years); None for a
    cell naming none, or only children of no school grade."""
    born = born_span(cell_text(value)) if cell_text(value) else None
    if born is None:
        return None
    grades = grades_born(born.first, born.last, day)
    return Audience(grades=grades) if grades else None


def cell_audience(value: object, labels: Labels) -> Audience:
    """ "9–11 классы", "9–11 кл.", "10А, 10Б", "9а,б", "все классы", or bare grades ("9",
    "9, 10", "1-4, 5-е": grades 1 to 5); led by the export's parents word («родители 10А»,
    «родители» alone: the whole school's) a parents' meeting's (Audience.parents)."""
    text = cell_text(value)
    if not text:
        return Audience()
    lead = labels.text("audience", "parents")  # our export's «родители 10А»
    if text.casefold().startswith(lead.casefold()):
        rest = text[len(lead) :].strip()
        return replace(cell_audience(rest, labels) if rest else Audience(), parents=True)
    bare = _GRADE_ENDING.sub(r"\1", text)
    if _GRADES_ONLY.match(bare):
        grades = _grades_only(bare)
        if grades:
            return Audience(grades=grades)
    if staff_cell(text):
        return Audience(staff=True)
    listed = None if names_exception(text) else _listed(text)
    audience = listed or parse_audience(text)
    if audience.is_everyone and not _says_everyone(text, labels):
        raise RowFailed(RowProblem.BAD_AUDIENCE, text)
    return audience


def _listed(text: str) -> Audience | None:
    """A cell listing bare grades beside other items («1–4, 5А», «1-4 кл., 5-е»): the union
    of its items, each read alone (a bare «1–4» names grades, as in a grades-only cell);
    None when it is no such list or an item is not understood."""
    parts = [part for part in re.split(r"\s*[,;]\s*", text) if part]
    if len(parts) < 2:
        return None
    grades: set[int] = set()
    classes: set[str] = set()
    for part in parts:
        bare = _GRADE_ENDING.sub(r"\1", part)
        found = (
            Audience(grades=_grades_only(bare))
            if _GRADES_ONLY.match(bare)
            else parse_audience(part)
        )
        if found.is_everyone or found.staff:
            return None
        grades |= found.grades
        classes |= found.classes
    return Audience(grades=frozenset(grades), classes=frozenset(classes))


def _grades_only(text: str) -> frozenset[int]:
    grades: set[int] = set()
    for part in re.split(r"[,;\s]+", text.strip()):
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if not bounds or not all(1 <= n <= 11 for n in bounds):
            return frozenset()
        grades.update(range(min(bounds), max(bounds) + 1))
    return frozenset(grades)


def _says_everyone(text: str, labels: Labels) -> bool:
    words = set(re.findall(r"\w+", text.casefold()))
    return bool(words & set(labels.get("import", "everyone_words")))


def cell_venue(value: object) -> str | None:
    """The venue as written; a phrase like "в актовом зале" is read as the chat reads it
    ("актовый зал"), anything else is kept word for word."""
    text = " ".join(cell_text(value).split())
    if not text:
        return None
    if _LOCATIVE.match(text):
        return extract_venue(Scanner(text)) or text
    return text


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())
