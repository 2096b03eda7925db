"""Read an uploaded plan (.xlsx, .ods, .docx, .csv/.tsv, or a table pasted into the chat)
into event drafts.

Every sheet (every table of a Word document) whose first 50 rows hold a plan-like header
is read; the others are named as skipped. Columns are found by their header (any order,
any case, extra columns ignored). Every data row becomes an ImportedRow with an EventDraft
in school wall-clock time, or a RowError with a reason code the planner words. A bad row
never loses the good ones; only an unusable file raises ImportFileError. All reading runs
under bot.exports.limits.Limits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.language.audience import names_whole_school
from bot.core.language.intents import parse_message
from bot.core.language.month_rows import month_heading
from bot.core.models import Event, EventDraft, EventIntent
from bot.exports.caption_period import CaptionPeriod, caption_period
from bot.exports.caption_school import NamedSchool, caption_school
from bot.exports.carried import carried_over
from bot.exports.cells import RowFailed, cell_text, formula_like
from bot.exports.day_cells import (
    Section,
    bare_day,
    listed_clocks,
    listed_days,
    listed_titles,
    name_beside_day,
    plan_owner,
    school_draft,
    section_day,
    section_of,
    week_choices,
)
from bot.exports.grids import Grid, decode, file_kind, read_grids, text_rows
from bot.exports.held_periods import month_period, term_of
from bot.exports.limits import DEFAULT_LIMITS, Limits, check_size
from bot.exports.month_grid import MonthGrid, find_month_grid, row_events
from bot.exports.period_dates import dated_cell, title_column
from bot.exports.period_grid import CellEvent, PeriodGrid, find_period_grid, in_column, part_months
from bot.exports.period_grid import row_events as period_events
from bot.exports.problems import FileProblem, ImportFileError, RowProblem
from bot.exports.row_notes import (
    is_total_row,
    note_cancels,
    row_notes,
    title_mark,
    with_moved_note,
    with_unsure_note,
)
from bot.exports.stacked_header import stacked_period_header
from bot.exports.texts import Labels, load_labels
from bot.exports.title_year import caption_year, planning_now, stated_year
from bot.exports.week_grid import looks_like_week_grid

HEADER_SEARCH_ROWS = 50
CAPTION_GAP = 3  # empty rows allowed between a table's caption and its header
REQUIRED = ("title", "date")
FIELDS = (
    "date",
    "time",
    "end",
    "title",
    "organiser",
    "audience",
    "venue",
    "status",
    "weekday",
    "last",
    "duration",
    "month",
)

__all__ = [
    "FileProblem",
    "ImportFileError",
    "ImportResult",
    "ImportedRow",
    "PlanBook",
    "RowError",
    "RowProblem",
    "RowRef",
    "SheetRef",
    "event_as_draft",
    "match_columns",
    "pasted_plan",
    "read_plan",
    "read_plan_book",
]


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A plan file's row read as an event: its row number as the spreadsheet shows it, the draft,
    its organiser as written, and what the planner still has to resolve (lessons, a term, a
    caption's period, a partner named in the day cell)."""

    row_number: int  # as the spreadsheet shows it (the header is row 1 in the export)
    draft: EventDraft
    organiser: str | None = None
    sheet: str | None = None  # the sheet's name when the file has several plan sheets
    # the time cell as written when it gives the time by lessons («после 6 урока»: the
    # `lesson_time` doubt), for the planner to read by the school's bell schedule (files66)
    lesson: str | None = None
    # a period grid's column's part of the year («II четверть»: ("четверть", 2)), for the
    # planner to check the day against the school's own terms (files66)
    period: tuple[str, int] | None = None
    # the caption's period («январь 2027») when the row's day is outside it: the row is held
    # (`outside_caption`) and the summary names both, for the author to say which is wrong
    caption: str | None = None
    # the partner a date cell names («по графику БФУ», «12.12 — КГТУ»: day_cells.
    # plan_owner) when no column names one, for the planner to match to a known partner
    plan_owner: str | None = None
    # `plan_owner` was set off after the day («17.12 (Музей янтаря)»: day_cells.
    # name_beside_day) — it may be the place, not the organiser (organiser79)
    beside_day: bool = False
    # the date cell as written when it names a whole part of the year and no day («II
    # четверть», «в течение полугодия» under «II полугодие», with `period` that part): the
    # planner names the part's days by the school calendar (files74)
    held: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """A plan file's row that could not be read: its row number, the problem (RowProblem), the
    cell's text when one cell is to blame, and its sheet."""

    row_number: int
    reason: RowProblem
    value: str | None = None  # the offending cell's text, when one cell is to blame
    sheet: str | None = None


ImportResult = ImportedRow | RowError


@dataclass(frozen=True, slots=True)
class SheetRef:
    """A sheet by name, or a document's table by number (name None)."""

    index: int
    name: str | None


@dataclass(frozen=True, slots=True)
class RowRef:
    """One row of a file named in the summary: its number as the program shows it, the
    sheet's name when the file has several plan sheets, and the cell's text, if one."""

    row_number: int
    sheet: str | None = None
    value: str | None = None


@dataclass
class PlanBook:
    """What one file gave: rows in file order, and which sheets/tables were read."""

    rows: list[ImportResult] = field(default_factory=list)
    read: list[SheetRef] = field(default_factory=list)
    skipped: list[SheetRef] = field(default_factory=list)
    hidden: list[SheetRef] = field(default_factory=list)  # hidden sheets, never read
    # rows hidden in Excel or LibreOffice (cancelled or old items, a filter to one class):
    # not read, each named in the summary so that one hidden by mistake can be shown again
    hidden_rows: list[RowRef] = field(default_factory=list)
    # rows of a text file (CSV, TSV, pasted) read with a cell a spreadsheet would take for a
    # formula («=1+1», «@SUM(A1)»): kept as text, each named in the summary (attack z2, #5)
    formula_rows: list[RowRef] = field(default_factory=list)
    # the school the caption names («МБОУ «СОШ № 5»»), to name it when it is not this one
    school: NamedSchool | None = None


def read_plan(
    data: bytes,
    filename: str,
    now: datetime,
    *,
    labels: Labels | None = None,
    max_rows: int | None = None,
    max_bytes: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[ImportResult]:
    """The rows of read_plan_book (kept for callers that need no sheet names)."""
    return read_plan_book(
        data, filename, now, labels=labels, max_rows=max_rows, max_bytes=max_bytes, limits=limits
    ).rows


def read_plan_book(
    data: bytes,
    filename: str,
    now: datetime,
    *,
    labels: Labels | None = None,
    max_rows: int | None = None,
    max_bytes: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> PlanBook:
    """Every plan sheet of a file; `now` is the school's naive wall-clock time (for yearless
    dates). Raises ImportFileError (UNSUPPORTED, UNREADABLE, TOO_LARGE, UNPACKED_TOO_LARGE,
    SHEET_TOO_LARGE, TOO_MANY_ROWS, NO_HEADER, WEEK_GRID, EMPTY, ALL_HIDDEN)."""
    limits = _with(limits, max_rows, max_bytes)
    check_size(data, limits)
    grids = read_grids(data, filename, limits)
    try:
        return plan_from_grids(grids, now, labels, limits)
    except ImportFileError as error:
        headless = (FileProblem.NO_HEADER, FileProblem.WEEK_GRID)
        kind = file_kind(data, filename)
        if error.problem not in headless or kind not in ("docx", "csv"):
            raise
        book = _paragraph_plan(_plan_lines(data, kind, limits), now, limits)
        if book is None:
            raise
        return book


def _plan_lines(data: bytes, kind: str, limits: Limits) -> list[str]:
    """The non-empty lines a headerless file is written in, stripped, in order: a .docx's
    paragraphs, or a text file's lines (.txt/.csv/.tsv: a plan typed one event a line, as it
    is pasted into the chat; attack83)."""
    from bot.exports.paragraphs import docx_paragraphs

    if kind == "docx":
        return docx_paragraphs(data, limits)
    return [line.strip() for line in decode(data).splitlines() if line.strip()]


def _paragraph_plan(lines: list[str], now: datetime, limits: Limits) -> PlanBook | None:
    """A .docx without a plan table, or a text file without a header row, whose lines read
    as a plan pasted into the chat (bot.exports.paragraphs); None when they do not."""
    from bot.exports.paragraphs import paragraph_rows, paragraph_title

    title = paragraph_title(lines, now, limits)
    year = stated_year(title)  # «План мероприятий на 2026/27 учебный год»
    rows = paragraph_rows(lines, planning_now(year, now), limits)
    if rows is None:
        return None
    # «План на январь 2027»; a month heading dating the lines under it («Январь») is no
    # period of the whole plan
    period = caption_period([[line] for line in title if month_heading(line) is None])
    book = PlanBook(read=[SheetRef(0, None)])
    for number, found, line in rows:
        if isinstance(found, RowProblem):
            book.rows.append(RowError(number, found, line))
            continue
        row = ImportedRow(number, replace(found.draft, description=line))
        row = _year_stated(row) if year is not None else row
        book.rows.append(row if period is None else _in_caption_period(row, period))
    return book


def _with(limits: Limits, max_rows: int | None, max_bytes: int | None) -> Limits:
    if max_rows is not None:
        limits = replace(limits, max_events=max_rows)
    if max_bytes is not None:
        limits = replace(limits, max_bytes=max_bytes)
    return limits


def pasted_plan(text: str, now: datetime, *, labels: Labels | None = None) -> PlanBook | None:
    """A table pasted into the chat from Word or Excel (tab-separated lines), when its first
    line is a plan header (naming at least the title and date columns); else None."""
    first, _, rest = text.strip("\r\n").partition("\n")
    if "\t" not in first or not rest.strip():
        return None
    labels = labels or load_labels()
    columns = match_columns(first.rstrip("\r").split("\t"), labels)
    if not all(name in columns for name in REQUIRED):
        return None
    try:
        rows = text_rows(text.strip("\r\n"), DEFAULT_LIMITS)
        return plan_from_grids([Grid(1, None, rows, text=True)], now, labels, DEFAULT_LIMITS)
    except ImportFileError:
        return None


def plan_from_grids(
    grids: Sequence[Grid], now: datetime, labels: Labels | None, limits: Limits
) -> PlanBook:
    """Rows of every grid that has a header; raises NO_HEADER when none has, EMPTY when
    the headed grids hold no event row (ALL_HIDDEN when they hold only hidden ones),
    TOO_MANY_ROWS past `limits.max_events`."""
    labels = labels or load_labels()
    book = PlanBook()
    grids = [_unstacked(grid, labels) for grid in grids]
    headers = [_find_header(grid, labels) for grid in grids]
    years = [
        caption_year(_caption_rows(grid, found), grid.name)
        for grid, found in zip(grids, headers, strict=True)
    ]
    book_year = next((y for y in years if y is not None), None)  # the first sheet's title
    schools = (
        caption_school(_caption_rows(grid, found))
        for grid, found in zip(grids, headers, strict=True)
        if not grid.hidden
    )
    book.school = next((s for s in schools if s is not None), None)
    for grid, found, year in zip(grids, headers, years, strict=True):
        ref = SheetRef(grid.index, grid.name)
        if grid.hidden:  # a draft or an old version the author hid: named, not read
            book.hidden.append(ref)
            continue
        months = None if found is not None else _find_month_grid(grid, labels)
        periods = None
        if found is None and months is None:
            periods = find_period_grid(grid.rows, HEADER_SEARCH_ROWS)  # «I четверть | …»
        if found is None and months is None and periods is None:
            book.skipped.append(ref)
            continue
        book.read.append(ref)
        sheet = grid.name or None
        dated = planning_now(year or book_year, now)  # «План на 2027 год»: its year
        period = caption_period(_caption_rows(grid, found))  # «План на январь 2027»
        if periods is not None:
            stated = year or book_year
            calendar = None if stated is None or stated.school else stated.first
            results = _period_grid_rows(
                grid, periods, dated, calendar, (labels, limits), sheet, book.hidden_rows
            )
        elif found is not None:
            results = _grid_rows(grid, found, dated, labels, limits, sheet, book.hidden_rows)
        else:
            results = _month_grid_rows(grid, months, dated, labels, limits, sheet, book.hidden_rows)
        for result in results:
            if (year or book_year) is not None and isinstance(result, ImportedRow):
                result = _year_stated(result)
            if period is not None and isinstance(result, ImportedRow):
                result = _in_caption_period(result, period)
            if len(book.rows) >= limits.max_events:
                raise ImportFileError(FileProblem.TOO_MANY_ROWS)
            if grid.text and isinstance(result, ImportedRow):
                book.formula_rows += _formula_cells(result, sheet)
            book.rows.append(result)
    if not book.read:  # a week grid (days as columns) is named as such (misc27)
        week = any(looks_like_week_grid(g) for g in grids if not g.hidden)
        raise ImportFileError(FileProblem.WEEK_GRID if week else FileProblem.NO_HEADER)
    if not book.rows:
        raise ImportFileError(FileProblem.ALL_HIDDEN if book.hidden_rows else FileProblem.EMPTY)
    if len(book.read) == 1:  # one plan sheet: rows need no sheet name
        book.rows = [replace(r, sheet=None) for r in book.rows]
        book.hidden_rows = [replace(r, sheet=None) for r in book.hidden_rows]
        book.formula_rows = [replace(r, sheet=None) for r in book.formula_rows]
    return book


def _caption_rows(grid: Grid, found: tuple[int, dict[str, int]] | None) -> list[list[object]]:
    """The rows of a grid's caption: a document's paragraphs above its table (Grid.caption),
    then the rows above its header (`_table_top`)."""
    above: list[list[object]] = [[line] for line in grid.caption]
    return [*above, *grid.rows[: _table_top(grid, found)]]


def _table_top(grid: Grid, found: tuple[int, dict[str, int]] | None) -> int:
    """The 0-based row of a grid's header (a plain one, else a period grid's); the rows
    above it are the plan's caption («План … на 2026-2027 учебный год»)."""
    if found is not None:
        return found[0]
    periods = find_period_grid(grid.rows, HEADER_SEARCH_ROWS)
    return 0 if periods is None else periods.header


def _formula_cells(row: ImportedRow, sheet: str | None) -> list[RowRef]:
    """The row's title, place or organiser that reads as a formula (cells.formula_like),
    at most one per row (the first), as a RowRef."""
    texts = (row.draft.title, row.draft.venue or "", row.organiser or "")
    found = next((t for t in texts if formula_like(t)), None)
    return [] if found is None else [RowRef(row.row_number, sheet, found)]


def _year_stated(row: ImportedRow) -> ImportedRow:
    """A row of a plan whose title states its year: the year is the file's word, not a guess
    (no `year_guessed` doubt; a past day stays named as past by the planner)."""
    doubts = tuple(d for d in row.draft.doubts if d != "year_guessed")
    return replace(row, draft=replace(row.draft, doubts=doubts))


def _in_caption_period(row: ImportedRow, period: CaptionPeriod) -> ImportedRow:
    """A row whose days are all outside the period its caption names («14.12» under «План
    на январь 2027») held with `outside_caption` and the caption's words: the date or the
    caption is wrong, nothing is dropped (files69)."""
    draft = row.draft
    if draft.start is None:
        return row
    days = (draft.start.date(), *(() if draft.end is None else (draft.end.date(),)))
    if any(period.holds(day) for day in days):
        return row
    doubts = (*draft.doubts, "outside_caption")
    return replace(row, draft=replace(draft, doubts=doubts), caption=period.written)


def _unstacked(grid: Grid, labels: Labels) -> Grid:
    """`grid` with a header drawn on two rows over the year's parts joined into one
    (stacked_header: «Сроки проведения» over «I полугодие | II полугодие»)."""
    found = _find_header(grid, labels)
    stacked = None if found is None else stacked_period_header(grid, found[0])
    return grid if stacked is None else stacked


def _find_header(grid: Grid, labels: Labels) -> tuple[int, dict[str, int]] | None:
    """(0-based row, columns) of the first row naming the title and date columns."""
    for number, cells in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        columns = match_columns(cells, labels)
        if all(name in columns for name in REQUIRED):
            return number, columns
    return None


def _grid_rows(
    grid: Grid,
    header: tuple[int, dict[str, int]],
    now: datetime,
    labels: Labels,
    limits: Limits,
    sheet: str | None,
    hidden: list[RowRef],
) -> Iterator[ImportResult]:
    """Results of the rows below the header, lazily (the caller stops at the row limit). A
    later row that is a header itself starts a second table on the same sheet, read with its
    own columns (a second table in another column order was read with the first one's:
    newcomer walk 2026-12-01f, #12). A hidden row with content is not read: it is appended
    to `hidden` (attack z2, #6: a deputy head hides the rows of cancelled or old items, or
    filters the plan to one class, and means what the screen shows)."""
    reading = _Reading(now, labels, limits, sheet)
    number, columns = header
    header_fields, others = _header_parts(grid.rows[number], columns, labels)
    # a sheet named by its month («Декабрь», «Январь 2027»: a workbook of a month per
    # sheet) gives its bare day numbers that month, as a «ДЕКАБРЬ» row does (attack53 #8)
    sheet_month = section_of([grid.name]) if grid.name else None
    section: Section | None = sheet_month
    joined: set[int] = set()  # rows carried over into the row above them
    for index in range(number + 1, len(grid.rows)):
        if index in joined:
            continue
        cells = grid.rows[index]
        again = match_columns(cells, labels)
        if all(name in again for name in REQUIRED):  # the next table's header
            columns = again
            header_fields, others = _header_parts(cells, columns, labels)
            section = sheet_month
            continue
        if _dated_row(cells, columns):  # «Концерт хора «Зимние» + «мотивы»» (files60)
            cells, taken = carried_over(grid.rows, index, columns, grid.hidden_rows)
            joined.update(taken)
        fields = {name: cells[i] if i < len(cells) else None for name, i in columns.items()}
        section = _month_column(fields, section)  # «Декабрь» in a «Месяц» column (files77)
        texts = [cell_text(v) for v in fields.values()]
        _place_fields(fields, grid.rows[number], columns, labels)
        month_row = section_of(cells)
        if month_row is not None:  # «ДЕКАБРЬ»: the month of the bare day numbers below
            section = month_row
            continue
        merged_event = _merged_event(index + 1, texts, now, sheet, "audience" in columns)
        if merged_event is not None:  # «17 декабря в 10:00 — Классный час …» across the row
            yield merged_event
            continue
        if _not_an_event(grid, index, texts, header_fields, fields.get("date"), labels):
            continue
        day = bare_day(fields.get("date"))
        if section is not None and day is not None:
            fields["date"] = section_day(section, day, now)
        if is_total_row(cells, fields.get("date"), labels):
            continue  # «Итого: 6 мероприятий»: the plan's count, no event
        if index in grid.hidden_rows:
            hidden.append(RowRef(index + 1, sheet, cell_text(fields.get("title")) or None))
            continue
        yield from _event_rows(grid, index, cells, fields, (columns, others), section, reading)


def _month_column(fields: dict[str, object], section: Section | None) -> Section | None:
    """The month a row's «Месяц» cell names («Декабрь», merged down: files77), taken out of
    `fields`; `section` (the month so far) when it names none or there is no such column."""
    month_cell = section_of([fields.pop("month")]) if "month" in fields else None
    return month_cell if month_cell is not None else section


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every row of one grid is read with: the time of the import (`now`, aware), the
    column labels, the size limits and the sheet's name (None: a one-sheet file)."""

    now: datetime
    labels: Labels
    limits: Limits
    sheet: str | None


def _place_fields(
    fields: dict[str, object], header: Sequence[object], columns: Mapping[str, int], labels: Labels
) -> None:
    """A row's place cells made one venue, in `fields` itself: «12» under «Кабинет» is
    «каб. 12»; «Актовый зал» under «Место» and «12» under «Кабинет» are both kept."""
    if "venue" in fields:  # «12» under «Кабинет»: «каб. 12»
        fields["venue"] = _room(fields["venue"], header, columns["venue"], labels)
    if "room" in fields:  # «Актовый зал» under «Место», «12» under «Кабинет»
        room = _room(fields.pop("room"), header, columns["room"], labels)
        fields["venue"] = _with_room(fields.get("venue"), room)


def _not_an_event(
    grid: Grid,
    index: int,
    texts: list[str],
    header_fields: list[str],
    date: object,
    labels: Labels,
) -> bool:
    """Whether row `index` (its cells' `texts`) is no event: a filler row, the caption of
    the next table, or a signature under the table («Директор колледжа ________
    Л.М. Смирнова»: walk z, Z10)."""
    if _is_filler(texts, header_fields) or _caption_of_next_table(grid, index, labels):
        return True
    return _is_signature(texts, date)


def _event_rows(
    grid: Grid,
    index: int,
    cells: Sequence[object],
    fields: dict[str, object],
    layout: tuple[dict[str, int], list[tuple[int, str]]],
    section: Section | None,
    reading: _Reading,
) -> Iterator[ImportResult]:
    """The events of one plan row (0-based `index`, its `cells` and named `fields`; the
    table's columns and other columns in `layout`): one per day listed in its date cell and
    per clock listed in its time cell, each with the row's notes, marks («ОТМЕНЕНО»,
    «перенесено на 22.12») and the month `section` it sits under taken in."""
    columns, others = layout
    said = row_notes(cells, [i for i, _ in others])
    marked = title_mark(cell_text(fields.get("title")), reading.labels)
    if marked is not None:  # «Викторина (ОТМЕНЕНО)», «Квиз — перенесено на 22.12»
        fields = {**fields, "title": marked.title}
        said = [*said, marked.mark]
    struck = (index, columns["title"]) in grid.struck or note_cancels(said, reading.labels)
    notes = _notes(cells, others)
    status = row_notes(cells, [columns["status"]] if "status" in columns else [])
    for day_value, piece in _row_pieces(fields):
        result = _row(
            index + 1,
            {**fields, "date": day_value, **piece},
            struck,
            reading.now,
            reading.labels,
            reading.limits,
            reading.sheet,
        )
        if isinstance(result, ImportedRow):
            result = _noted(result, [*said, *status], notes, day_value, section, reading)
        yield result


def _row_pieces(fields: Mapping[str, object]) -> list[tuple[object, dict[str, object]]]:
    """(date cell value, fields to override) of each event a row holds: «14.12, 16.12» in
    the date cell is one event on each day, each shown (walk p, #7); «11:00; 12:30» in the
    time cell one event at each clock, with its own title when the title cell names as many
    («Экскурсия …; мастер-класс …»: walk z, Z6)."""
    listed: list[object] = [*(listed_days(fields.get("date")) or [])]
    days = listed or [fields.get("date")]
    clocks = listed_clocks(fields.get("time"))
    pieces: list[dict[str, object]] = [{}]
    if clocks is not None:
        titles = listed_titles(fields.get("title"), len(clocks))
        pieces = [
            {"time": clock, "title": titles[i] if titles else fields.get("title")}
            for i, clock in enumerate(clocks)
        ]
    return [(d, p) for d in days for p in pieces]


def _noted(
    result: ImportedRow,
    said: Sequence[str],
    notes: str | None,
    day_value: object,
    section: Section | None,
    reading: _Reading,
) -> ImportedRow:
    """An imported row with what its row says around it taken in: a move or a doubt in its
    notes or status (`said`), the week or month it sits under (`section`: «2-я неделя»
    under «ДЕКАБРЬ» offers its days; «март» is kept as a month, files74), the other
    columns' `notes` as its description, a term column's period."""
    draft = with_moved_note(result.draft, said, reading.now, reading.labels)
    draft = with_unsure_note(draft, said, reading.labels)
    if section is not None:  # «2-я неделя» under «ДЕКАБРЬ»: its days offered
        draft = week_choices(draft, day_value, section, reading.now)
    draft = month_period(draft, day_value, section, reading.now)  # «март»: kept (files74)
    result = replace(result, draft=replace(draft, description=notes) if notes else draft)
    return _held_term(result, day_value)


def _dated_row(cells: Sequence[object], columns: Mapping[str, int]) -> bool:
    """Whether a row has its own day cell and is not one text across the row (a merged
    heading or event): the rows a carried-over row below may go on with."""
    filled = {cell_text(c) for c in cells} - {""}
    at = columns["date"]
    return len(filled) > 1 and at < len(cells) and bool(cell_text(cells[at]))


def _with_room(place: object, room: object) -> object:
    """The place with its room («Актовый зал, каб. 12»); either alone when the other is empty."""
    texts = [t for t in (cell_text(place), cell_text(room)) if t]
    return ", ".join(texts) if len(texts) > 1 else place if cell_text(place) else room


_ROOM_NUMBER = re.compile(r"^\d{1,4}(?:\s?[а-яё])?$", re.IGNORECASE)


def _room(value: object, header: Sequence[object], index: int, labels: Labels) -> object:
    """A bare room number («12», «204а») under a room column («Кабинет», «Каб.»,
    «Аудитория») with the column's word («каб. 12», «ауд. 204а»), so the place reads as one
    on the card; any other value as it is."""
    text = cell_text(value)
    if not _ROOM_NUMBER.match(text):
        return value
    key = _header_key(cell_text(header[index])) if index < len(header) else ""
    prefix = labels.get("import").get("room_prefix", {}).get(key)
    return f"{prefix} {text}" if prefix else value


def _caption_of_next_table(grid: Grid, index: int, labels: Labels) -> bool:
    """Whether row `index` is one line of text («План мероприятий с музеем») whose next
    non-empty row is a header: the second table's caption, not an event row."""
    filled = [t for t in (cell_text(c) for c in grid.rows[index]) if t]
    if len(filled) != 1:
        return False
    for later in grid.rows[index + 1 : index + 1 + CAPTION_GAP]:
        if any(cell_text(c) for c in later):
            columns = match_columns(later, labels)
            return all(name in columns for name in REQUIRED)
    return False


def _header_parts(
    heading_row: Sequence[object], columns: Mapping[str, int], labels: Labels
) -> tuple[list[str], list[tuple[int, str]]]:
    """A header row's texts under the read columns (casefolded: a repeated header row is
    filler) and its other columns kept as notes (see `_other_columns`)."""
    heading = [cell_text(c).casefold() for c in heading_row]
    fields = [heading[i] if i < len(heading) else "" for i in columns.values()]
    return fields, _other_columns(heading_row, columns, labels)


def _find_month_grid(grid: Grid, labels: Labels) -> MonthGrid | None:
    """A sheet with months as columns (bot.exports.month_grid), when it has no plain header."""
    return find_month_grid(
        grid.rows, lambda cells: match_columns(cells, labels), HEADER_SEARCH_ROWS
    )


def _month_grid_rows(
    grid: Grid,
    months: MonthGrid | None,
    now: datetime,
    labels: Labels,
    limits: Limits,
    sheet: str | None,
    hidden: list[RowRef],
) -> Iterator[ImportResult]:
    """Results of a month grid's rows: one per day a month cell names (each with its row's
    number), a cell part naming no day as the row's «не понял дату». A hidden row naming a
    day is not read but appended to `hidden`, as in _grid_rows (attack 2026-12-03aa, #2)."""
    assert months is not None
    for index in range(months.header + 1, len(grid.rows)):
        events = row_events(grid.rows[index], months, now)
        if events and index in grid.hidden_rows:
            title = next((f.fields.get("title") for f in events if f.fields), None)
            hidden.append(RowRef(index + 1, sheet, cell_text(title) or None))
            continue
        for found in events:
            if found.fields is None:
                yield RowError(index + 1, RowProblem.BAD_DATE, found.written[:60], sheet)
                continue
            result = _row(index + 1, found.fields, False, now, labels, limits, sheet)
            if found.notes and isinstance(result, ImportedRow):
                result = replace(result, draft=replace(result.draft, description=found.notes))
            yield result


def _period_grid_rows(
    grid: Grid,
    periods: PeriodGrid,
    now: datetime,
    calendar_year: int | None,
    read_with: tuple[Labels, Limits],
    sheet: str | None,
    hidden: list[RowRef],
) -> Iterator[ImportResult]:
    """Results of a period grid's rows (bot.exports.period_grid): one per event a period
    cell writes out (each with its row's number), a part naming no day as the row's «не
    понял дату»; a hidden row is named in `hidden`, not read, as in _grid_rows.
    `calendar_year`: the calendar year the caption states (period_grid.row_events). With
    a title column in the header («Мероприятие | Классы | I полугодие | …») a part that is
    no titled event of its own is the day of the row's title (`_period_date_row`, files72)."""
    labels, limits = read_with
    columns = match_columns(grid.rows[periods.header], labels)
    titled = title_column(columns, periods.periods)
    for index in range(periods.header + 1, len(grid.rows)):
        cells = grid.rows[index]
        too_long = next((c for c in cells if len(cell_text(c)) > limits.max_cell_chars), None)
        if too_long is not None:  # never parsed: a cell is one event line or a few
            yield RowError(index + 1, RowProblem.TOO_LONG, cell_text(too_long)[:60], sheet)
            continue
        events = period_events(cells, periods, now, calendar_year)
        if events and index in grid.hidden_rows:
            hidden.append(RowRef(index + 1, sheet, events[0].written[:60]))
            continue
        for found in events:
            untitled = found.draft is None or not found.draft.title  # «24.12 в 15:00»
            if untitled and titled is not None and cell_text(cells[titled]):
                fields = {n: cells[i] for n, i in columns.items() if i < len(cells)}
                yield _period_date_row(index + 1, fields, found, now, read_with, sheet)
            elif found.draft is None:
                yield RowError(index + 1, RowProblem.BAD_DATE, found.written[:60], sheet)
            else:
                yield ImportedRow(index + 1, found.draft, sheet=sheet, period=found.period)


def _period_date_row(
    row_number: int,
    fields: Mapping[str, object],
    found: CellEvent,
    now: datetime,
    read_with: tuple[Labels, Limits],
    sheet: str | None,
) -> ImportResult:
    """The row's event (its title, classes, … `fields`) on the day a period cell part
    `found` writes, read with the column's part of the year (period_dates.dated_cell); a
    day outside the part's months held as `other_period`, as a cell's own event is."""
    labels, limits = read_with
    dated = {**fields, "date": dated_cell(found.written, now)}
    result = _row(row_number, dated, False, now, labels, limits, sheet)
    if not isinstance(result, ImportedRow):
        return result
    draft = in_column(CellEvent(result.draft, found.written), part_months(found.period)).draft
    assert draft is not None
    draft = month_period(draft, dated["date"], None, now)  # «октябрь»: its days (files74)
    held = found.written if draft.start is None and draft.period is None else None
    return replace(result, draft=draft, period=found.period, held=held)


def _held_term(result: ImportedRow, value: object) -> ImportedRow:
    """A row held for its day whose date cell names a part of the year alone («II
    четверть»), with that part and the words, for the planner to name its days."""
    term = term_of(value) if result.draft.start is None else None
    if term is None:
        return result
    return replace(result, period=term, held=cell_text(value).strip())


def _other_columns(
    header: Sequence[object], columns: Mapping[str, int], labels: Labels
) -> list[tuple[int, str]]:
    """(index, heading) of the named columns no event field reads («Примечание»,
    «Ответственный»): their cells are kept in the event's description, not dropped. A row
    number («№ п/п») and the columns our own export computes («Записались», «Накладки», …)
    are not notes; our export's «Исходный текст» is the description itself (heading "")."""
    own: Mapping[str, str] = labels.get("plan_columns")
    description = own["description"].casefold()
    computed = {v.casefold() for k, v in own.items() if k != "description"}
    used = set(columns.values())
    found: list[tuple[int, str]] = []
    for i, h in enumerate(header):
        name = cell_text(h)
        key = name.casefold()
        if i in used or not name or key in computed or _NUMBERING.match(key):
            continue
        found.append((i, "" if key == description else name))
    return found


_NUMBERING = re.compile(r"^(?:№|n[o°]?\b|п\s*/\s*п|#)")


def _notes(cells: Sequence[object], others: list[tuple[int, str]]) -> str | None:
    """The row's other columns as «Примечание: взять сменную обувь» lines; None if empty."""
    lines = [
        f"{name}: {text}" if name else text
        for i, name in others
        if i < len(cells) and (text := cell_text(cells[i]))
    ]
    return "\n".join(lines) or None


# a signature's blank «________», «М.П.» (the seal's place), «(подпись)»
_SIGNATURE = re.compile(r"_{3,}|(?<![а-яё])м\.\s?п\.|(?<![а-яё])подпись(?![а-яё])", re.IGNORECASE)


def _is_signature(texts: list[str], day: object) -> bool:
    """A signature line under the table: no date, at most two cells filled, one holding a
    signature's blank or mark (_SIGNATURE) — never an event without its date."""
    filled = [t for t in texts if t]
    return not cell_text(day) and len(filled) <= 2 and any(_SIGNATURE.search(t) for t in filled)


# a merged row that approves the plan, after any numbering («4.», «IV.»): approving words and
# the plan's own title always head («Утверждаю: директор …», «Согласовано», «Рассмотрено»,
# «План мероприятий на декабрь»: review53 #8). Whole words: «Рассмотрение», «Согласование»
# are no leads. A part's heading («Раздел 3. …», «Мероприятия ко Дню Конституции …», «Блок
# 2») needs no lead of its own: it heads because it has no clock and no classes, which
# `_merged_event` checks for every row — such words open event titles too («Мероприятия для
# 5-х классов … в 10:00», «План эвакуации: …»: review54 #3).
_NUMBERED = re.compile(r"^\s*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]\s*")
_END = r"(?![а-яё\w-])"
_APPROVAL_LEAD = re.compile(
    r"^(?:утверждаю|утвержд[её]н[оа]?|согласовано|согласован[аы]?|принят[оа]?|рассмотрен[оа]?"
    rf"|план\s+(?:работы|мероприятий)){_END}",
    re.IGNORECASE,
)


def _unnumbered(line: str) -> str:
    return _NUMBERED.sub("", line, count=1)


def _merged_event(
    row_number: int, texts: list[str], now: datetime, sheet: str | None, has_classes: bool
) -> ImportedRow | None:
    """A row whose cells all hold one text (merged across the table, which `_is_filler`
    takes for a heading) that reads as an event of one day, as a line of a plan pasted into
    the chat does («17 декабря в 10:00 — Единый классный час …»); None for a heading
    («Раздел 2. …», «ДЕКАБРЬ») and for a span or a period («Неделя математики (14–19
    декабря)», «Каникулы с 29.12 по 11.01»: a section's heading, never saved as an
    all-day event). Skipped quietly, such a row's event was lost (attack53 #4).

    An event is a day AND a clock or classes: a heading with a day and neither («Раздел 3.
    Мероприятия ко Дню Конституции 12 декабря», «Утверждаю: директор …, 30.11.2026») was
    listed «нет времени» / «уже прошло» (review53 #8); an approval's lead (_APPROVAL_LEAD) is
    never an event, a part's heading with a clock or classes is (review54 #3),
    and the row is read as told, never as a question. In a file with a classes column, a
    merged event naming no classes is held as a row with its classes cell empty is
    (`no_audience`): the card showed «все классы» and «да» asked for them."""
    filled = {t for t in texts if t}
    if len(filled) != 1 or sum(1 for t in texts if t) < 2:
        return None
    line = filled.pop()
    if _APPROVAL_LEAD.match(_unnumbered(line)):
        return None
    intent = parse_message(line, now, told=True)  # a row of a file asks nothing
    draft = getattr(intent, "draft", None)
    if not isinstance(intent, EventIntent) or draft is None or draft.start is None:
        return None
    if draft.all_day and draft.time_known:  # a span, or a day said to be whole: a heading
        return None
    if draft.end is not None and draft.end.date() != draft.start.date() and draft.all_day:
        return None
    classes = not draft.audience.is_everyone
    if not (draft.time_known or classes):  # a part's heading with a day, among others
        return None
    if has_classes and not classes and not names_whole_school(line):
        draft = replace(draft, doubts=(*draft.doubts, "no_audience"))
    return ImportedRow(row_number, replace(draft, description=line), sheet=sheet)


def _is_filler(texts: list[str], header_fields: list[str]) -> bool:
    """An empty row, a heading merged across the row ("ДЕКАБРЬ"), or a repeated header."""
    filled = [t for t in texts if t]
    if not filled:
        return True
    if len(filled) > 1 and len(set(filled)) == 1:
        return True
    return [t.casefold() for t in texts] == header_fields


def _row(
    row_number: int,
    fields: Mapping[str, object],
    struck: bool,
    now: datetime,
    labels: Labels,
    limits: Limits,
    sheet: str | None,
) -> ImportResult:
    too_long = next((v for v in fields.values() if len(str(v or "")) > limits.max_cell_chars), None)
    try:
        if too_long is not None:
            raise RowFailed(RowProblem.TOO_LONG, str(too_long)[:60])
        if struck:
            raise RowFailed(RowProblem.CANCELLED)
        draft = school_draft(fields, now, labels)
    except RowFailed as failed:
        return RowError(row_number, failed.reason, failed.value, sheet)
    organiser = cell_text(fields.get("organiser")) or None
    lesson = cell_text(fields.get("time")) if "lesson_time" in draft.doubts else None
    owner = None if organiser else plan_owner(fields.get("date"))
    beside = owner is not None and name_beside_day(fields.get("date")) is not None
    return ImportedRow(
        row_number, draft, organiser, sheet, lesson or None, plan_owner=owner, beside_day=beside
    )


def parse_row(
    row_number: int, cells: Mapping[str, object], now: datetime, labels: Labels
) -> ImportResult:
    """One data row (field name -> cell value) as an ImportedRow or a RowError."""
    return _row(row_number, cells, False, now, labels, DEFAULT_LIMITS, None)


def match_columns(headers: Sequence[object], labels: Labels) -> dict[str, int]:
    """Field name -> column index. A header equal to a known name wins; else one starting
    with it ("Дата и время", "Место проведения (адрес)"); the first such column wins."""
    lookup = _header_lookup(labels.get("import", "headers"))
    keys = [_header_key(cell_text(h)) for h in headers]
    if not any(keys):  # an empty row (a sheet may have 10,000 of them)
        return {}
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        name = lookup.get(key)
        if name is not None and name not in columns:
            columns[name] = index
    for index, key in enumerate(keys):
        if index in columns.values() or not key:
            continue
        for synonym, name in lookup.items():
            if name not in columns and key.startswith(synonym + " "):
                columns[name] = index
                break
    return _place_beside_room(
        _room_or_audience(columns, keys, lookup, labels), keys, lookup, labels
    )


def _place_beside_room(
    columns: dict[str, int], keys: list[str], lookup: Mapping[str, str], labels: Labels
) -> dict[str, int]:
    """With a place column («Место», «Площадка») and a room column («Кабинет», «Каб.»,
    «Помещение»: `room_prefix`), the place is the venue and the room goes with it (the
    "room" column, read by _room): the first of them was the venue, so a «Кабинет» before
    «Место» replaced the hall or museum (review54 #11)."""
    rooms = labels.get("import").get("room_prefix", {})
    if "venue" not in columns or not any(key in rooms for key in keys):
        return columns  # most rows: no header, or no room column (match_columns runs per row)
    taken = {i for name, i in columns.items() if name != "venue"}
    named = [
        i
        for i, key in enumerate(keys)
        if i not in taken and _names(key, "venue", lookup) and key.split()[0] not in rooms
    ]
    room = next((i for i, key in enumerate(keys) if i not in taken and key in rooms), None)
    place = next((i for i in named if i != room), None)
    if place is None or room is None or lookup.get(keys[room]) != "venue":
        return columns
    return {**columns, "venue": place, "room": room}


def _names(key: str, name: str, lookup: Mapping[str, str]) -> bool:
    """Whether a header key names field `name`, as it is or by its start (match_columns)."""
    return lookup.get(key) == name or any(
        field == name and key.startswith(synonym + " ") for synonym, field in lookup.items()
    )


def _room_or_audience(
    columns: dict[str, int], keys: list[str], lookup: Mapping[str, str], labels: Labels
) -> dict[str, int]:
    """«Аудитория» is who comes when it is the file's only such column, and the room when
    another column names the classes («Аудитория | Классы»: review53 #7, the room was read
    as the classes or dropped, and rows in two rooms were taken for one copied twice)."""
    rooms = labels.get("import").get("room_or_audience", ())
    ambiguous = [i for i, key in enumerate(keys) if key in rooms]
    if not ambiguous:
        return columns
    classes = [
        i for i, key in enumerate(keys) if key not in rooms and lookup.get(key) == "audience"
    ]
    if not classes:
        return columns
    columns = {**columns, "audience": classes[0]}
    if "venue" not in columns:
        columns["venue"] = ambiguous[0]
    return columns


_LOOKUPS: dict[int, tuple[Mapping[str, list[str]], dict[str, str]]] = {}


def _header_lookup(synonyms: Mapping[str, list[str]]) -> dict[str, str]:
    """Header key -> field name, built once per synonym table: match_columns runs on every
    row of a sheet, and building it each time was 61 keys per row (a 10,000-row CSV of
    empty lines took seconds: fuzzing, 2026-12-02)."""
    cached = _LOOKUPS.get(id(synonyms))
    if cached is None or cached[0] is not synonyms:
        lookup = {_header_key(s): name for name in FIELDS for s in synonyms.get(name, [])}
        cached = _LOOKUPS[id(synonyms)] = (synonyms, lookup)
    return cached[1]


def _header_key(text: str) -> str:
    key = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", key).split())


def event_as_draft(event: Event, tz: ZoneInfo) -> EventDraft:
    """What an exported event reads back as: the round-trip reference (and a dedup key)."""
    start = event.start.astimezone(tz).replace(tzinfo=None)
    end: datetime | None
    if event.all_day:
        last = event.end.astimezone(tz).date() - timedelta(days=1)
        end = datetime.combine(last, datetime.min.time()) if last > start.date() else None
    else:
        end = event.end.astimezone(tz).replace(tzinfo=None) if event.end_given else None
    return EventDraft(
        title=event.title,
        start=start,
        end=end,
        all_day=event.all_day,
        time_known=True,
        venue=event.venue,
        audience=event.audience,
    )
