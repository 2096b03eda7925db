"""Plan sheets laid out by the school year's parts: a column per quarter, half-year or term
(«I четверть | II четверть | III четверть | IV четверть», «1 полугодие | 2 полугодие»),
one row per line of work («Патриотическое», «Спорт»), and in the cells the events written
out, each with its own day («Урок мужества 12.12 в 10:00, 7–9 кл.»), several on lines or
after «;».

Each cell part is read as a line of a plan pasted into the chat (told, never a question):
an event with its day is a row of the file (the row's label kept as its note), a part with
no day is the row's «не понял дату». Such a sheet was refused as having no header (files60).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent
from bot.exports.cells import cell_text

MIN_PERIODS = 2  # a header row with fewer period columns is no period grid
MAX_PARTS_PER_CELL = 31
_ROMAN = r"(?:i{1,3}|iv|v|vi)"
_PART = r"(?:четверть|полугодие|триместр)"
_PERIOD = re.compile(
    rf"^(?:(?:{_ROMAN}|[1-4])\s*(?:-?\s*(?:я|е|й|ое|ая))?\s*{_PART}|{_PART}\s*(?:{_ROMAN}|[1-4]))$",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*[\n;]\s*")
_NUMBER = re.compile(r"\b(iv|v|vi|i{1,3}|[1-4])\b", re.IGNORECASE)
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# The months a part of the school year may hold, its edges' months included (schools set
# their own terms: the ministry's quarters of 2026–27 run 1.09–25.10, 5.11–28.12,
# 9.01–22.03, 1.04–26.05); a day of any other month is not of its column
_MONTHS = {
    "четверть": {1: {8, 9, 10, 11}, 2: {10, 11, 12, 1}, 3: {1, 2, 3, 4}, 4: {3, 4, 5, 6}},
    "полугодие": {1: {8, 9, 10, 11, 12, 1}, 2: {12, 1, 2, 3, 4, 5, 6}},
    "триместр": {1: {8, 9, 10, 11, 12}, 2: {11, 12, 1, 2, 3}, 3: {2, 3, 4, 5, 6}},
}


@dataclass(frozen=True, slots=True)
class PeriodGrid:
    """Where a period grid's parts are: the 0-based header row, the period columns and the
    column of the rows' labels."""

    header: int
    periods: tuple[int, ...]
    label: int | None
    # per period column, the months its part of the year may hold (period_months)
    months: tuple[frozenset[int] | None, ...] = ()
    # per period column, the part it names (period_part: ("четверть", 2)), None for none
    parts: tuple[tuple[str, int] | None, ...] = ()


def find_period_grid(rows: Sequence[Sequence[object]], search_rows: int) -> PeriodGrid | None:
    """The period grid of a sheet whose first `search_rows` rows hold a row with at least
    MIN_PERIODS cells each naming a part of the school year alone («II четверть», «2-е
    полугодие», «Триместр 3»); None for any other sheet."""
    for number, cells in enumerate(rows[:search_rows]):
        periods = tuple(i for i, c in enumerate(cells) if _PERIOD.match(cell_text(c).strip()))
        if len(periods) < MIN_PERIODS:
            continue
        months = tuple(period_months(cell_text(cells[i])) for i in periods)
        parts = tuple(period_part(cell_text(cells[i])) for i in periods)
        return PeriodGrid(number, periods, _label_column(cells, periods), months, parts)
    return None


def _label_column(cells: Sequence[object], periods: tuple[int, ...]) -> int | None:
    """The column of the rows' labels (the line of work): the one just before the first
    period column, headed or not — «№ | Направление | I четверть» numbers its rows first
    (review64b: the note was the row's number); with no column before them, the first
    other headed one; None for none."""
    if periods[0] > 0:
        return periods[0] - 1
    return next((i for i, c in enumerate(cells) if i not in periods and cell_text(c)), None)


@dataclass(frozen=True, slots=True)
class CellEvent:
    """One part of a period cell: its event (`draft`, the row's label as its description)
    or, `draft` None, the part as written, which names no day; `period`: its column's part
    of the year (period_part), for the planner to check the day by the school's own terms."""

    draft: EventDraft | None
    written: str
    period: tuple[str, int] | None = None


def row_events(
    cells: Sequence[object], grid: PeriodGrid, now: datetime, calendar_year: int | None = None
) -> list[CellEvent]:
    """The events of one data row, period column by period column ([] for a row with no
    text in any period column). `now` is the school's naive wall-clock time the days are
    read from; `calendar_year`: the calendar year the plan's caption states («План
    мероприятий на 2027 год»), None for a school year or none stated."""
    at = grid.label
    label = cell_text(cells[at]) if at is not None and at < len(cells) else ""
    found: list[CellEvent] = []
    none = [None] * len(grid.periods)
    for column, months, period in zip(
        grid.periods, grid.months or none, grid.parts or none, strict=True
    ):
        text = cell_text(cells[column]) if column < len(cells) else ""
        parts = [p for p in _PARTS.split(text) if p.strip()] if text else []
        for part in parts[:MAX_PARTS_PER_CELL]:
            event = in_column(_event(part.strip(), label, now, calendar_year), months)
            event = replace(event, period=period)
            if event.draft is None and _goes_on(found, text, part):
                found[-1] = _with_clause(found[-1], part.strip())
            else:
                found.append(event)
    return found


def _goes_on(found: Sequence[CellEvent], text: str, part: str) -> bool:
    """Whether a `part` of a cell's `text` naming no day goes on with the event read just
    before it: it follows that event's «;» on the same line («Урок мужества 12.12; отв.
    Иванова А.А.»: who answers for it, a place, the classes — review64b). A line of its own
    with no day stays a part of its own («не понял дату»)."""
    if not found or found[-1].draft is None:
        return False
    before = text[: text.find(part)].rstrip()
    return before.endswith(";") and found[-1].written in before.splitlines()[-1]


def _with_clause(event: CellEvent, clause: str) -> CellEvent:
    """`event` with `clause` (a part after its «;») added to its note and its text."""
    assert event.draft is not None
    note = f"{event.draft.description}; {clause}"
    written = f"{event.written}; {clause}"
    return replace(event, draft=replace(event.draft, description=note), written=written)


def period_part(header: str) -> tuple[str, int] | None:
    """The part of the school year a header names: («четверть» | «полугодие» | «триместр»,
    its number) — «II четверть» is ("четверть", 2); None when the header's number is not
    one its part has (a fifth quarter)."""
    folded = header.casefold()
    kind = next((k for k in _MONTHS if k in folded), None)
    found = _NUMBER.search(folded)
    if kind is None or found is None:
        return None
    raw = found.group(1)
    number = int(raw) if raw.isdigit() else _ROMAN_VALUE.get(raw, 0)
    return (kind, number) if number in _MONTHS[kind] else None


def period_months(header: str) -> frozenset[int] | None:
    """The months (1–12) the part of the school year a header names may hold («II четверть»:
    October to January, its edges' months included); None when the header's number is not
    one its part has (a fifth quarter)."""
    return part_months(period_part(header))


def part_months(part: tuple[str, int] | None) -> frozenset[int] | None:
    """The months (1–12) a part of the school year (period_part) may hold; None for none."""
    return None if part is None else frozenset(_MONTHS[part[0]][part[1]])


def in_column(found: CellEvent, months: frozenset[int] | None) -> CellEvent:
    """A cell's event whose day is in no month of its column's part of the year («12.12»
    under «III четверть»: a slip of the day or of the column) held with `other_period`."""
    draft = found.draft
    if draft is None or draft.start is None or months is None or draft.start.month in months:
        return found
    return replace(found, draft=replace(draft, doubts=(*draft.doubts, "other_period")))


def _event(part: str, label: str, now: datetime, calendar_year: int | None) -> CellEvent:
    intent = parse_message(part, now, told=True)  # a cell of a file asks nothing
    draft = getattr(intent, "draft", None)
    if not isinstance(intent, EventIntent) or draft is None or draft.start is None:
        return CellEvent(None, part)
    note = f"{label}: {part}" if label else part
    return CellEvent(replace(_in_year_planned(draft, calendar_year), description=note), part)


def _in_year_planned(draft: EventDraft, calendar_year: int | None) -> EventDraft:
    """A yearless day the parser moved to next year because it has passed in this school
    year («20.09» in December), put back: the column's quarter is of the school year
    planned, so the day is past, never next year's (its «уже прошло» is the planner's).

    Under a calendar year's caption («на 2027 год», read from 1 January) the day moved into
    that year is the caption's own (the I and II quarters of 2027 are those of 2027–28):
    kept, its doubt dropped (fixfiles62: 12.12 was put back to 2026 unsaid)."""
    if "year_guessed" not in draft.doubts or draft.start is None:
        return draft
    doubts = tuple(d for d in draft.doubts if d != "year_guessed")
    if calendar_year is not None and draft.start.year == calendar_year:
        return replace(draft, doubts=doubts)
    try:
        start = draft.start.replace(year=draft.start.year - 1)
        end = None if draft.end is None else draft.end.replace(year=draft.end.year - 1)
    except ValueError:  # 29 February
        return draft
    return replace(draft, start=start, end=end, doubts=doubts)
