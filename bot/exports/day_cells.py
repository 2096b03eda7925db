"""How school plans write their days, beyond one date per cell: month section rows with bare
day numbers under them («ДЕКАБРЬ», then `9`, `22`), a month or a period alone where the
day should be («декабрь», «в течение месяца» — no exact day: never guessed), a «День
недели» column to check the date against, and the usual slips of scanned or hand-typed
dates («18,12», «11. 12», «1О.12» with a Cyrillic О, «12.l2» with a Latin l).

All days are the school's naive wall-clock dates. The school year runs from 1 September to
31 August (bot.core.school_calendar.school_year_start); from June on, the coming one is planned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.doubts import PLANNING_NEXT_YEAR_FROM, ordered
from bot.core.language.when import resolve_when
from bot.core.models import EventDraft
from bot.core.school_calendar import school_year_start
from bot.exports.cells import RowFailed, cell_text, draft_of
from bot.exports.texts import Labels

_MONTH_ROW = re.compile(rf"^({cal.MONTH})\s*(?:(\d{{4}})\s*(?:г\.?|года?)?)?$", re.IGNORECASE)
_BARE_DAY = re.compile(r"^(\d{1,2})\.?$")
_DAYISH = "0-9ОоOolI|"
# a day and a month, maybe a year, with OCR letters for digits and stray spaces or commas
_SLIPPED = re.compile(
    rf"^([{_DAYISH}]{{1,2}})\s*(?:\.\s*([{_DAYISH}]{{1,2}})|,\s*([{_DAYISH}]{{2}}))"
    rf"(?:\s*[.,]\s*(\d{{4}}|\d{{2}}))?\.?$"
)
_OCR = str.maketrans({"О": "0", "о": "0", "O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_SPACED_CLOCK = re.compile(r"^(\d{1,2})\s*[.:]\s*(\d{2})$|^(\d{2})(\d{2})$")
_WEEKDAY_WORD = re.compile(rf"(?<![а-яё]){cal.WEEKDAY}", re.IGNORECASE)
# «по плану партнёра», «по графику БФУ», «согласно расписанию музея»: another's plan (fix77)
_OTHERS_PLAN = re.compile(
    r"(?:по|согласно)\s+(?:план[ау]|график[ау]|расписани[юя])\s+(?!школ|оу\b|оо\b)[\w«\"]",
    re.IGNORECASE,
)
# the owner a date cell names after «по графику», «согласно плану»: in quotes («по расписанию
# «Кванториума»») or capitalised («БФУ», «Музея янтаря», «партнёра (КГТУ)»), up to a
# preposition, a month, a number or a mark (files76); a lower-case «партнёра», «музея»
# names no one in particular
_PLAN_OWNER = re.compile(
    r"(?i:по|согласно)\s+(?i:план[ау]|график[ау]|расписани[юя])\s+"
    r"(?:(?i:партн[её]ра|организатора)\s*[(:—–-]\s*)?"
    r"(?:[«\"„“]([^»\"“”]+)[»\"“”]"
    rf"|([A-ZА-ЯЁ][\w.-]*(?:\s+(?!(?:в|во|на|с|со|до|по|и|или|к|от|за)\s|{cal.MONTH})"
    r"[A-Za-zА-ЯЁа-яё][\w.-]*)*(?:\s+«[^»]+»)?))"
)
# «12.12 — КГТУ», «14.12.2026 (БФУ)», «15 декабря, Музей янтаря»: a name after the day (and
# its clock), set off by a dash, a comma or brackets, capitalised or quoted (files76)
_OWNER_AFTER_DAY = re.compile(
    rf"^\d{{1,2}}(?:[./]\d{{1,2}}(?:[./]\d{{2,4}})?|\s+{cal.MONTH}\w*)\.?"
    r"(?:\s*(?:в\s*)?\d{1,2}[:.]\d{2})?"
    r"\s*(?:[—–-]|,|\()\s*([A-ZА-ЯЁ«\"][^()]*?)\)?\s*$"
)
_MONTH_WORD = re.compile(rf"(?<![а-яё]){cal.MONTH}", re.IGNORECASE)
# «14.12, 16.12», «14.12 и 16.12.2026», «14, 16.12», «14 и 16 декабря»: several days in one cell
_LISTED_DAY = re.compile(r"^(\d{1,2})(?:\.(\d{1,2})(?:\.(\d{4}|\d{2}))?)?\.?$")
_LIST_SPLIT = re.compile(r"\s*(?:[,;]|\sи\s)\s*")
_SPACED_FULL_DATES = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}\.\d{1,2}\.\d{4})+$")
_MONTH_AFTER = re.compile(
    rf"^(.*\d)\s+({cal.MONTH})\w*(?:\s+(\d{{4}})\s*(?:г\.?|года?)?)?$", re.IGNORECASE
)
_LONG_GRAINS = frozenset({"month", "year", "quarter", "season", "week"})


@dataclass(frozen=True, slots=True)
class Section:
    """A month section row: the month, and the year when the row writes it."""

    month: int
    year: int | None = None


def section_of(cells: Sequence[object]) -> Section | None:
    """The month a row names when it is a section heading: every filled cell of the row
    holds the same month name, alone or with its year («ДЕКАБРЬ», «Январь 2027 г.» merged
    across the row or written in one cell); None for any other row («Декабрь — месяц
    здоровья» is a heading of another kind, a month beside a title is an event row)."""
    raw = {c for c in cells if c is not None and c != ""}
    if len(raw) != 1 or not isinstance(next(iter(raw)), str):
        return None  # an event row: several values (or a typed date, a number)
    filled = {cell_text(c).casefold() for c in raw} - {""}
    if len(filled) != 1:
        return None
    m = _MONTH_ROW.match(filled.pop())
    if m is None:
        return None
    month = cal.month_number(m[1])
    return None if month is None else Section(month, int(m[2]) if m[2] else None)


def bare_day(value: object) -> int | None:
    """The day number of a date cell that holds only one (9, 9.0, «9», «9.»); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        number = int(value)
    elif isinstance(value, str) and (m := _BARE_DAY.match(value.strip())):
        number = int(m[1])
    else:
        return None
    return number if 1 <= number <= 31 else None


def listed_days(value: object) -> list[str] | None:
    """The days of a date cell that lists several («14.12, 16.12», «14 и 16 декабря»,
    «14, 16.12»), each as «dd.mm» (with its year when written); a day written without its
    month takes the month of the last one. Days on lines of their own («14.12⏎15.12»,
    «21 декабря⏎23 декабря»: Alt+Enter in Excel, a Word cell's lines) and full dates
    apart by spaces («22.12.2026 24.12.2026») are listed too (attack53 #1: the second was
    dropped). A day written twice («23.12⏎23.12») is listed once (review53 #7: two lines,
    each flagged as the other's copy). None for any other cell (one date, a span «14-16.12»,
    a typed date, a day and its clock «14.12⏎10.00»): such a row is one event, or a series
    the parser reads."""
    found = _listed(value)
    return None if found is None else _distinct(found)


def _distinct(days: list[str]) -> list[str]:
    """`days` («dd.mm» or «dd.mm.yyyy») without a day named again, in order."""
    seen: set[tuple[object, ...]] = set()
    kept: list[str] = []
    for day in days:
        key = tuple(int(part) for part in day.split(".") if part.isdigit()) or (day,)
        if key not in seen:
            seen.add(key)
            kept.append(day)
    return kept


def _listed(value: object) -> list[str] | None:
    """listed_days before a repeated day is dropped."""
    if not isinstance(value, str):
        return None
    lines = [line for line in (cell_text(part) for part in value.splitlines()) if line]
    if len(lines) > 1:
        each = [_one_line_days(line) for line in lines]
        if all(each):
            return [day for days in each for day in days or ()]
    text = " ".join(cell_text(value).split())
    if _SPACED_FULL_DATES.match(text):
        return text.split()
    return _days_of_line(text)


def _one_line_days(line: str) -> list[str] | None:
    """One line of a date cell as its days: a list («14, 16.12») or one day with its month
    («14.12», «14.12.2026», «14 декабря»); None for anything else («10.00»: no month 00)."""
    listed = _days_of_line(line)
    if listed is not None:
        return listed
    if (m := _LISTED_DAY.match(line)) and m[2] and _real_day(int(m[1]), int(m[2])):
        return [line.rstrip(".")]
    word = _MONTH_AFTER.match(line)
    month = cal.month_number(word[2]) if word is not None and word[1].isdigit() else None
    if word is not None and month and _real_day(int(word[1]), month):
        return [f"{int(word[1]):02d}.{month:02d}" + (f".{word[3]}" if word[3] else "")]
    return None


def _real_day(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _days_of_line(text: str) -> list[str] | None:
    """listed_days of a cell of one line."""
    month_word = _MONTH_AFTER.match(text)
    tail_month: tuple[int, str | None] | None = None
    if month_word is not None:
        number = cal.month_number(month_word[2])
        if number is None:
            return None
        tail_month, text = (number, month_word[3]), month_word[1]
    parts = _LIST_SPLIT.split(text)
    found = [_LISTED_DAY.match(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return None
    days: list[str] = []
    last = found[-1]
    assert last is not None
    month, year = (tail_month[0], tail_month[1]) if tail_month else (int(last[2] or 0), last[3])
    if not month:
        return None
    for m in found:
        assert m is not None
        if tail_month is not None and m[2]:
            return None  # «14.12 и 16 декабря»: not one way of writing
        day_month = int(m[2]) if m[2] else month
        written_year = m[3] or year
        days.append(
            f"{int(m[1]):02d}.{day_month:02d}" + (f".{written_year}" if written_year else "")
        )
    return days


def section_year(section: Section, now: datetime) -> int:
    """The year of a section's month: the row's own, else the one that puts the month in
    the school year being planned (a January row of a plan sent in December is next
    January; from June on, September to December are the coming autumn's)."""
    if section.year is not None:
        return section.year
    if PLANNING_NEXT_YEAR_FROM <= now.month <= 8:
        return now.year if section.month >= PLANNING_NEXT_YEAR_FROM else now.year + 1
    first = school_year_start(now.date())
    return first if section.month >= 9 else first + 1


def section_day(section: Section, day: int, now: datetime) -> date | str:
    """The date of day `day` under `section`; the text «31.02.2027» of a day the month does
    not have (for the row's «такой даты нет» reason), never a shifted day."""
    year = section_year(section, now)
    try:
        return date(year, section.month, day)
    except ValueError:
        return f"{day:02d}.{section.month:02d}.{year}"


# «2-я неделя», «2 неделя», «II неделя», «вторая неделя», «неделя 2»: a week of a month
_ORDINAL_STEMS = ("перв", "втор", "трет", "четв", "пят")
_WEEK_OF_MONTH = re.compile(
    r"^(?:(?P<n>[1-5])\s*-?\s*(?:я|ая)?|(?P<roman>i{1,3}|iv|v)|(?P<word>[а-яё]+))\s+недел[яи]\.?$"
    r"|^недел[яи]\s+(?P<after>[1-5])$"
)
_ROMAN_WEEK = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
SCHOOL_WEEK_DAYS = 5  # Monday to Friday offered: a Saturday is typed


def week_of_month(value: object) -> int | None:
    """The number (1–5) of the week a date cell names alone («2-я неделя», «II неделя»,
    «вторая неделя», «неделя 2»); None for any other cell."""
    if not isinstance(value, str):
        return None
    m = _WEEK_OF_MONTH.match(" ".join(cell_text(value).casefold().split()))
    if m is None:
        return None
    if m["n"] or m["after"]:
        return int(m["n"] or m["after"])
    if m["roman"]:
        return _ROMAN_WEEK[m["roman"]]
    stem = next((i for i, w in enumerate(_ORDINAL_STEMS) if m["word"].startswith(w)), None)
    return None if stem is None else stem + 1


def week_choices(draft: EventDraft, value: object, section: Section, now: datetime) -> EventDraft:
    """A row held `no_day` whose date cell names a week of its section's month («2-я
    неделя» under «ДЕКАБРЬ»: the week of the 1st is the first) with that week's school days
    in the month as its choices (at the row's own time, kept as its one choice, else
    midnight), offered as buttons as the chat offers a week's days; `draft` as it is
    otherwise (no such week, or a week with no school day in the month)."""
    number = week_of_month(value)
    if number is None or "no_day" not in draft.doubts or draft.start is not None:
        return draft
    first = date(section_year(section, now), section.month, 1)
    monday = first - timedelta(days=first.weekday()) + timedelta(weeks=number - 1)
    days = [monday + timedelta(days=n) for n in range(SCHOOL_WEEK_DAYS)]
    days = [d for d in days if d.month == section.month]
    if not days:
        return draft
    at = draft.choices[0].time() if len(draft.choices) == 1 else datetime.min.time()
    return replace(
        draft,
        choices=tuple(datetime.combine(d, at) for d in days),
        doubts=ordered({*draft.doubts, "week_days"} if len(days) > 1 else set(draft.doubts)),
    )


def no_exact_day(value: object, now: datetime, labels: Labels) -> bool:
    """Whether a date cell names a month or a period but no day («декабрь», «Январь 2027»,
    «в течение месяца», «в течение года», «весь месяц»): such a row is held back, never
    put on the month's first day. Typed dates and numbers never are."""
    if not isinstance(value, str):
        return False
    text = cell_text(value)
    folded = text.casefold()
    period = partner_plan(value) or any(
        word in folded for word in labels.get("import", "period_words")
    )
    if not period and _MONTH_WORD.search(folded) is None:
        return False  # «15.12», «10.12.2026 14.00»: no month word, no parse needed
    when = resolve_when(text, now)
    if when is not None and when.start is not None:
        return when.grain in _LONG_GRAINS
    return period


def partner_plan(value: object) -> bool:
    """Whether a date cell says the days are in someone else's plan: «по плану партнёра», «по
    графику БФУ», «согласно плану музея» (not the school's own: «по плану школы», nor a bare
    «по плану»). Such a row is held like any row with no day, with a reason of its own
    (fix77): its day is to be asked of the partner, not guessed from a month."""
    return isinstance(value, str) and _OTHERS_PLAN.search(cell_text(value)) is not None


def plan_owner(value: object) -> str | None:
    """The partner a date cell names as the keeper of the row's day, as written: «БФУ» for
    «по графику БФУ в декабре», «Музея янтаря» for «согласно плану Музея янтаря»,
    «Кванториума» for «по расписанию «Кванториума»» (the case the cell put it in: matched
    to a known organisation by organisation_names, never stored as a new one); a name set
    off after the day: «КГТУ» for «12.12 — КГТУ», «БФУ» for «14.12 (БФУ)», «Актовый зал»
    for «15.12, Актовый зал» (only a known partner counts: the planner checks). None for a
    cell naming no one in particular («по плану партнёра», «по графику музея», «12.12 —
    актовый зал») or no plan (files76)."""
    if not isinstance(value, str):
        return None
    beside = name_beside_day(value)
    if beside is not None:
        return beside
    text = cell_text(value)
    m = _PLAN_OWNER.search(text) if partner_plan(value) else None
    if m is None:
        return None
    return (m[1] or m[2]).strip() or None


def name_beside_day(value: object) -> str | None:
    """The name a date cell sets off after its day by a dash, a comma or brackets, as
    written: «КГТУ» for «12.12 — КГТУ», «Музей янтаря» for «17.12 (Музей янтаря)»,
    «Актовый зал» for «15.12, Актовый зал» — an organiser or a place, which the planner
    decides (features.partner_plan_rows); None for any other cell («по графику БФУ» names
    the keeper of the day, not a place; organiser79)."""
    if not isinstance(value, str):
        return None
    after_day = _OWNER_AFTER_DAY.match(cell_text(value))
    return None if after_day is None else after_day[1].strip(' «»"') or None


def slipped_date(value: object) -> tuple[str, str] | None:
    """(as written, as read) for a date cell with a typing or scanning slip the day and month
    are still plain in: «18,12» -> «18.12», «11. 12» -> «11.12», «1О.12» (Cyrillic О) ->
    «10.12», «12.l2» (Latin l) -> «12.12»; None for anything else (a cell the parser reads
    as it is, or one a slip cannot explain). After a comma the month must have two digits:
    «8,9» may list two days, so it is not read as 8 September."""
    if not isinstance(value, str):
        return None
    written = cell_text(value)
    m = _SLIPPED.match(written)
    if m is None:
        return None
    day, month = m[1].translate(_OCR), (m[2] or m[3]).translate(_OCR)
    if not (day.isdigit() and month.isdigit()) or not (
        1 <= int(month) <= 12 and 1 <= int(day) <= 31
    ):
        return None
    read = f"{int(day):02d}.{int(month):02d}" + (f".{m[4]}" if m[4] else "")
    return None if read == written else (written, read)


def slipped_time(value: object) -> str | None:
    """«15:00» for a time cell typed with a stray space («15 .00») or without its separator
    («1500»); None for anything else (the cell is then read as it is)."""
    if not isinstance(value, str):
        return None
    m = _SPACED_CLOCK.match(cell_text(value))
    if m is None:
        return None
    hour, minute = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
    if not (0 <= hour < 24 and 0 <= minute < 60) or (m[1] and " " not in value):
        return None
    return f"{hour:02d}:{minute:02d}"


def ocr_slip(written: str, read: str) -> bool:
    """Whether a slip replaced letters (О, l) by digits — worth showing the reader — rather
    than only a comma or a space."""
    return any(ch.isalpha() or ch == "|" for ch in written) and written != read


def with_weekday(draft: EventDraft, *cells: object, now: datetime) -> EventDraft:
    """The draft with the chat's `weekday_mismatch` doubt when a weekday written in `cells`
    (a «День недели» column, or the date cell itself: «19.12 (пт)») is not the weekday of
    its date; the same week's day with that weekday is offered as the other choice, moved a
    week on when it has passed (as bot.core.language.draft_assembly does for a message).
    Unchanged when no weekday is written, or the written one agrees."""
    if draft.start is None or (draft.all_day and draft.end is not None):
        return draft
    written = {
        number
        for cell in cells
        if isinstance(cell, str)
        for word in _WEEKDAY_WORD.findall(cell_text(cell))
        if (number := cal.weekday_number(word)) is not None
    }
    day = draft.start.date()
    if len(written) != 1 or day.weekday() in written:
        return draft
    rival = day + timedelta(days=written.pop() - day.weekday())
    if rival < now.date():
        rival += timedelta(weeks=1)
    choices = (draft.start, datetime.combine(rival, draft.start.time()))
    doubts = ordered(set(draft.doubts) | {"weekday_mismatch"})
    return replace(draft, doubts=doubts, choices=choices)


# a weekday written with a date («вт 7 дек», «Пн, 14.12», «7.12 (вт)»), with its dot,
# brackets and comma
_YEAR_WORD = re.compile(r"(?<![а-яё])г(?:од[а-я]*)?\.?(?![а-яё])")
_WEEKDAY_PART = re.compile(rf"\(?(?<![а-яё]){cal.WEEKDAY}\.?\)?,?", re.IGNORECASE)


def without_weekday(value: object) -> str | None:
    """A date cell's text without the weekday written with its date («вт 7 дек» -> «7 дек»,
    «7.12 (вт)» -> «7.12»), so that the date is read as written and the weekday only checked
    (`with_weekday`); None when the cell has no weekday or nothing with a digit beside it."""
    if not isinstance(value, str):
        return None
    text = cell_text(value)
    bare = " ".join(_WEEKDAY_PART.sub(" ", text).split())
    if bare == text or not any(ch.isdigit() for ch in bare):
        return None
    # nothing but a date is left («7 дек», «14.12», «7 декабря 2026 г.»): never «каждый …»,
    # «по вторникам с 7.12», whose weekday is the event's repetition
    words = _YEAR_WORD.sub("", _MONTH_WORD.sub("", bare.casefold()))
    return None if re.search(r"[а-яёa-z]", words) else bare


def read_slip(draft: EventDraft, slip: tuple[str, str] | None) -> EventDraft:
    """The draft noting a date read through an OCR slip («1О.12» -> «10.12») among its
    `corrections`, so the summary shows the value it was read as."""
    if slip is None or not ocr_slip(*slip):
        return draft
    return replace(draft, corrections=(*draft.corrections, slip))


def _time_kept(fields: Mapping[str, object], now: datetime, labels: Labels) -> datetime | None:
    """The row's start with its time cell read on a stand-in day; None when the row has no
    time of its own or the cell cannot be read (the row then waits for a time as well)."""
    if not cell_text(fields.get("time")):
        return None
    try:
        draft = draft_of(fields, now, labels)
    except RowFailed:
        return None
    return draft.start if draft.time_known and not draft.all_day else None


def school_draft(fields: Mapping[str, object], now: datetime, labels: Labels) -> EventDraft:
    """The row's draft (bot.exports.cells.draft_of) with what school plans add: a date cell
    with no exact day («декабрь», «в течение месяца») gives a draft without a start and the
    `no_day` doubt (held back, never put on the 1st); a date slip («18,12», «1О.12») is read
    and, when letters stood for digits, noted among the draft's corrections; a weekday that
    is not the date's (a «День недели» column or the date cell) raises the chat's doubt."""
    value = fields.get("date")
    if no_exact_day(value, now, labels):
        undated = {**fields, "date": now.date(), "time": None, "end": None}
        draft = draft_of(undated, now, labels)
        # the row's own time is kept aside (the one choice), so «исправь N: 9 декабря»
        # gives 9 December at that time, not a day without one (walk p, #16)
        timed = _time_kept({**fields, "date": now.date()}, now, labels)
        return replace(
            draft,
            start=None,
            end=None,
            all_day=False,
            time_known=False,
            doubts=("partner_plan", "no_day") if partner_plan(value) else ("no_day",),
            choices=(timed,) if timed is not None else (),
        )
    slip = slipped_date(value)
    if slip is not None:
        fields = {**fields, "date": slip[1]}
    elif (bare := without_weekday(value)) is not None:
        # «вт 7 дек»: the date as written, its weekday checked below (never a year moved
        # to where the weekday fits: «7 декабря … уже прошло — 2027 год?»)
        fields = {**fields, "date": bare}
    clock = slipped_time(fields.get("time"))
    if clock is not None:
        fields = {**fields, "time": clock}
    draft = read_slip(draft_of(fields, now, labels), slip)
    return with_weekday(draft, fields.get("weekday"), value, now=now)


# «11:00; 12:30», «11.00\n12.30-13.30», «11:00, 13:00», «11:00 и 13:00»: several clocks in a
# time cell (newcomer walk 2026-12-03z, Z6: the office's «Экскурсия …; мастер-класс …» at
# «11:00; 12:30» was saved as one event at 11:00, the 12:30 dropped unseen)
_CLOCK_ITEM = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?$")
_CLOCK_SPLIT = re.compile(r"\s*(?:[;,/\n]|\sи\s)\s*")
_TITLE_SPLIT = re.compile(r"\s*(?:;|\n)\s*")


def listed_clocks(value: object) -> list[str] | None:
    """The clocks (or clock spans) of a time cell that lists several, in order; None for
    any other cell (one clock, a span «15:00-16:30», words): such a row is one event."""
    if not isinstance(value, str):
        return None
    parts = [p for p in _CLOCK_SPLIT.split(value.strip()) if p]
    if len(parts) < 2 or not all(_CLOCK_ITEM.match(p) for p in parts):
        return None
    return parts


def listed_titles(value: object, count: int) -> list[str] | None:
    """The titles of a title cell naming `count` events, one per clock of the time cell
    («Экскурсия в музей; мастер-класс по сервировке» or one a line), each opening with a
    capital; None when the cell does not split into exactly `count` (then each clock is a
    session of the same event)."""
    if not isinstance(value, str):
        return None
    parts = [p.strip(" .,") for p in _TITLE_SPLIT.split(value.strip())]
    if len(parts) != count or not all(parts):
        return None
    return [p[0].upper() + p[1:] for p in parts]
