"""Read an uploaded plan (.xlsx or .csv, columns like the export's) into event drafts.

Columns are found by their header (any order, any case, extra columns ignored); a CSV may be
";"- or ","-separated, UTF-8 or cp1251. Every data row becomes an ImportedRow with an
EventDraft in school wall-clock time, or a RowError with a reason code the planner words.
A bad row never loses the good ones; only an unreadable file raises ImportFileError.
"""

from __future__ import annotations

import csv
import enum
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from bot.core.language.audience import parse_audience
from bot.core.language.when import resolve_when
from bot.core.models import Audience, Event, EventDraft
from bot.exports.texts import Labels, load_labels

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
HEADER_SEARCH_ROWS = 10
REQUIRED = ("title", "date")
FIELDS = ("date", "time", "end", "title", "organiser", "audience", "venue")

_FULL_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?\s*$")
_DATE_IN_TEXT = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_CLOCK = r"(\d{1,2})[:.](\d{2})"
_ONE_TIME = re.compile(rf"^\s*{_CLOCK}\s*$")
_TIME_RANGE = re.compile(
    rf"^\s*{_CLOCK}\s*(?:-|–|—|до)\s*(?:(\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\s+)?{_CLOCK}\s*$"
)
_GRADES_ONLY = re.compile(r"^[\d\s,;–—-]+$")


class RowProblem(enum.StrEnum):
    """Why one row could not become an event."""

    NO_TITLE = "no_title"
    NO_DATE = "no_date"
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    BAD_AUDIENCE = "bad_audience"
    END_BEFORE_START = "end_before_start"


class FileProblem(enum.StrEnum):
    """Why a whole file could not be read."""

    UNSUPPORTED = "unsupported_format"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    TOO_MANY_ROWS = "too_many_rows"
    NO_HEADER = "no_header"
    EMPTY = "empty"


class ImportFileError(Exception):
    """The file as a whole is unusable; `problem` is the code the planner words."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ImportedRow:
    row_number: int  # as the spreadsheet shows it (the header is row 1 in the export)
    draft: EventDraft
    organiser: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    row_number: int
    reason: RowProblem
    value: str | None = None  # the offending cell's text, when one cell is to blame


ImportResult = ImportedRow | RowError


class _RowFailed(Exception):
    def __init__(self, reason: RowProblem, value: object = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.value = None if value is None else _text(value)


def read_plan(
    data: bytes,
    filename: str,
    now: datetime,
    *,
    labels: Labels | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> list[ImportResult]:
    """Results in file order; `now` is the school's naive wall-clock time (for yearless dates)."""
    labels = labels or load_labels()
    if len(data) > max_bytes:
        raise ImportFileError(FileProblem.TOO_LARGE)
    number, columns, body = _find_header(_read_tables(data, filename), labels)
    results: list[ImportResult] = []
    for row_number, cells in body:
        if row_number <= number:
            continue
        fields = {name: cells[i] if i < len(cells) else None for name, i in columns.items()}
        if all(_text(v) == "" for v in fields.values()):
            continue
        if len(results) >= max_rows:
            raise ImportFileError(FileProblem.TOO_MANY_ROWS)
        results.append(parse_row(row_number, fields, now, labels))
    if not results:
        raise ImportFileError(FileProblem.EMPTY)
    return results


# Reading the file into rows of cells


Table = Iterator[tuple[int, list[object]]]


def _read_tables(data: bytes, filename: str) -> Iterator[Table]:
    """One table per worksheet (a CSV is one table); each is read lazily."""
    name = filename.casefold()
    if data.startswith(b"PK\x03\x04") or name.endswith((".xlsx", ".xlsm")):
        return _xlsx_tables(data)
    if name.endswith((".csv", ".txt")) or not name.rpartition(".")[1]:
        return iter([_csv_rows(data)])
    raise ImportFileError(FileProblem.UNSUPPORTED)


def _xlsx_tables(data: bytes) -> Iterator[Table]:
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    for ws in wb.worksheets:
        yield ((n, list(row)) for n, row in enumerate(ws.iter_rows(values_only=True), start=1))


def _csv_rows(data: bytes) -> Table:
    text = _decode(data)
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    if sample.count("\t") > max(sample.count(";"), sample.count(",")):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return ((n, list[object](row)) for n, row in enumerate(reader, start=1))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _find_header(tables: Iterator[Table], labels: Labels) -> tuple[int, dict[str, int], Table]:
    """The first row naming at least the title and date columns, in the first sheet that has
    one within its first rows."""
    for table in tables:
        for number, cells in table:
            columns = match_columns(cells, labels)
            if all(field in columns for field in REQUIRED):
                return number, columns, table
            if number >= HEADER_SEARCH_ROWS:
                break
    raise ImportFileError(FileProblem.NO_HEADER)


def match_columns(headers: list[object], labels: Labels) -> dict[str, int]:
    """Field name -> column index, first matching column wins."""
    synonyms: Mapping[str, list[str]] = labels.get("import", "headers")
    lookup = {_header_key(s): field for field in FIELDS for s in synonyms.get(field, [])}
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(_header_key(_text(header)))
        if field is not None and field not in columns:
            columns[field] = index
    return columns


def _header_key(text: str) -> str:
    key = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", key).split())


# One row -> a draft


def parse_row(
    row_number: int, cells: Mapping[str, object], now: datetime, labels: Labels
) -> ImportResult:
    """One data row (field name -> cell value) as an ImportedRow or a RowError."""
    try:
        draft = _draft(cells, now, labels)
    except _RowFailed as failed:
        return RowError(row_number, failed.reason, failed.value)
    organiser = _text(cells.get("organiser")) or None
    return ImportedRow(row_number=row_number, draft=draft, organiser=organiser)


def _draft(cells: Mapping[str, object], now: datetime, labels: Labels) -> EventDraft:
    title = _text(cells.get("title"))
    if not title:
        raise _RowFailed(RowProblem.NO_TITLE)
    day = cell_date(cells.get("date"), now)
    audience = cell_audience(cells.get("audience"), labels)
    venue = _text(cells.get("venue")) or None
    start, end, all_day, known = _when(day, cells.get("time"), cells.get("end"), now, labels)
    return EventDraft(
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        time_known=known,
        venue=venue,
        audience=audience,
    )


def cell_date(value: object, now: datetime) -> date:
    """A date cell: a date/datetime, an Excel serial number, or text the parser reads."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        moment = from_excel(value)
        if isinstance(moment, datetime):
            return moment.date()
    text = _text(value)
    if not text:
        raise _RowFailed(RowProblem.NO_DATE)
    parsed = _exact_date(text)
    if parsed is not None:
        return parsed
    when = resolve_when(text, now)
    if when is None or when.start is None:
        raise _RowFailed(RowProblem.BAD_DATE, value)
    return when.start.date()


def _exact_date(text: str) -> date | None:
    if m := _FULL_DATE.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _ISO_DATE.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        raise _RowFailed(RowProblem.BAD_DATE, text) from None


def _when(
    day: date, value: object, end_value: object, now: datetime, labels: Labels
) -> tuple[datetime, datetime | None, bool, bool]:
    """(start, end, all_day, time_known) in the EventDraft conventions."""
    text = _text(value) if not isinstance(value, time | datetime) else ""
    if value is None or (isinstance(value, str) and not text):
        return _midnight(day), None, True, False
    if _is_all_day(text, labels):
        return _all_day(day, text)
    start, end = _times(day, value, text, now)
    if end is None and end_value not in (None, ""):
        end = _end_cell(start, end_value)
    return start, end, False, True


def _is_all_day(text: str, labels: Labels) -> bool:
    folded = text.casefold()
    return any(word in folded for word in labels.get("import", "all_day_words"))


def _all_day(day: date, text: str) -> tuple[datetime, datetime | None, bool, bool]:
    m = _DATE_IN_TEXT.search(text)
    if m is None:
        return _midnight(day), None, True, True
    last = _exact_date(m.group(0))
    if last is None or last < day:
        raise _RowFailed(RowProblem.END_BEFORE_START, text)
    return _midnight(day), (_midnight(last) if last > day else None), True, True


def _times(day: date, value: object, text: str, now: datetime) -> tuple[datetime, datetime | None]:
    if isinstance(value, datetime):
        return datetime.combine(day, _minute(value.time())), None
    if isinstance(value, time):
        return datetime.combine(day, _minute(value)), None
    if isinstance(value, float) and 0 <= value < 1:  # an unformatted Excel time
        return _midnight(day) + timedelta(minutes=round(value * 24 * 60)), None
    if m := _ONE_TIME.match(text):
        return datetime.combine(day, _clock(m[1], m[2], text)), None
    if m := _TIME_RANGE.match(text):
        start = datetime.combine(day, _clock(m[1], m[2], text))
        end_day = _exact_date(m[3]) if m[3] else day
        assert end_day is not None
        end = datetime.combine(end_day, _clock(m[4], m[5], text))
        if not m[3] and end <= start:
            end += timedelta(days=1)  # "22:00–01:00" crosses midnight
        if end <= start:
            raise _RowFailed(RowProblem.END_BEFORE_START, text)
        return start, end
    return _parsed_times(day, text, now)


def _parsed_times(day: date, text: str, now: datetime) -> tuple[datetime, datetime | None]:
    """Free text ("с 15 до 16:30", "в 3 часа дня") through the project's time parser."""
    when = resolve_when(f"{day:%d.%m.%Y} {text}", now)
    if when is None or when.start is None or when.grain not in ("minute", "hour"):
        raise _RowFailed(RowProblem.BAD_TIME, text)
    if when.start.date() != day:
        raise _RowFailed(RowProblem.BAD_TIME, text)
    end = when.end if when.kind == "interval" else None
    return when.start, end


def _end_cell(start: datetime, value: object) -> datetime:
    if isinstance(value, datetime | time):
        at = value.time() if isinstance(value, datetime) else value
    elif m := _ONE_TIME.match(_text(value)):
        at = _clock(m[1], m[2], _text(value))
    else:
        raise _RowFailed(RowProblem.BAD_TIME, value)
    end = datetime.combine(start.date(), _minute(at))
    if end <= start:
        end += timedelta(days=1)
    return end


def _clock(hour: str, minute: str, text: str) -> time:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        h = 0
    if not (0 <= h < 24 and 0 <= m < 60):
        raise _RowFailed(RowProblem.BAD_TIME, text)
    return time(h, m)


def _minute(at: time) -> time:
    return at.replace(second=0, microsecond=0, tzinfo=None)


def cell_audience(value: object, labels: Labels) -> Audience:
    """ "9–11 классы", "10А, 10Б", "все классы", or bare grade numbers ("9", "9, 10")."""
    text = _text(value)
    if not text:
        return Audience()
    if _GRADES_ONLY.match(text):
        grades = _grades_only(text)
        if grades:
            return Audience(grades=grades)
    audience = parse_audience(text)
    if audience.is_everyone and not _says_everyone(text, labels):
        raise _RowFailed(RowProblem.BAD_AUDIENCE, text)
    return audience


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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def event_as_draft(event: Event, tz: ZoneInfo) -> EventDraft:
    """What an exported event reads back as: the round-trip reference (and a dedup key)."""
    start = event.start.astimezone(tz).replace(tzinfo=None)
    end: datetime | None
    if event.all_day:
        last = event.end.astimezone(tz).date() - timedelta(days=1)
        end = _midnight(last) if last > start.date() else None
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
