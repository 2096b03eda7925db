"""Plan files as grids of cell values: .xlsx/.ods through python-calamine, .docx tables
through python-docx, CSV/TSV through the csv module — all under the same Limits.

A Grid is one sheet or table in spreadsheet coordinates (rows[i] is row i+1 as the
program shows it). Merged cells carry their value to every cell they span; a formula the
file keeps no computed value for is an `Uncached` placeholder, so the row can name it.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from bot.exports.limits import Limits, open_package
from bot.exports.problems import FileProblem, ImportFileError
from bot.exports.scan import Cell, SheetMarks, Span, scan_ods, scan_xlsx
from bot.exports.stray import trimmed_ods, trimmed_package

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

HEADER_SNIFF_LINES = 50


@dataclass(frozen=True, slots=True)
class Uncached:
    """A formula cell without a stored result (files written by scripts, not by Excel)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


@dataclass
class Grid:
    """One sheet of a workbook or one table of a document."""

    index: int  # 1-based, in file order
    name: str | None  # the sheet's name; None for a document's table
    rows: list[list[object]]
    struck: set[Cell] = field(default_factory=set)
    hidden: bool = False  # a workbook sheet hidden in Excel or LibreOffice (a draft, a list)
    hidden_rows: frozenset[int] = frozenset()  # 0-based rows hidden by hand or by a filter
    # cells are text as typed (CSV, TSV, a pasted table): «=1+1» may have been a formula
    text: bool = False
    # a document's paragraphs just above the table (its caption: «План мероприятий МБОУ
    # «СОШ № 5» на 2026/2027 учебный год»), read as rows above its header (files66)
    caption: tuple[str, ...] = ()


# What a file really is when it is no plan format, and the problem that says so.
NOT_A_PLAN = {
    "password": FileProblem.PASSWORD,
    "old_office": FileProblem.OLD_OFFICE,
    "pdf": FileProblem.PDF,
    "image": FileProblem.IMAGE,
}


def read_grids(data: bytes, filename: str, limits: Limits) -> list[Grid]:
    """Every sheet/table of the file; raises ImportFileError for an unusable file (for a
    password-protected, old-Office, PDF or image file, the problem naming it)."""
    kind = file_kind(data, filename)
    if kind in NOT_A_PLAN:
        raise ImportFileError(NOT_A_PLAN[kind])
    if kind in ("xlsx", "ods"):
        return _spreadsheet(data, kind, limits)
    if kind == "docx":
        from bot.exports.docx_tables import docx_grids  # python-docx loads lxml lazily

        return docx_grids(data, limits)
    if kind == "csv":
        return [Grid(1, None, text_rows(decode(data), limits), text=True)]
    raise ImportFileError(FileProblem.UNSUPPORTED)


def file_kind(data: bytes, filename: str) -> str:
    """ "xlsx" | "ods" | "docx" | "csv" | "unsupported", by extension, then by content; or
    what a file is that its name does not say (see `_content_kind`): "password" (an Office
    file saved with a password), "old_office" (.xls/.doc of Office 97–2003), "pdf",
    "image". A file named .xlsx/.ods/.docx that is no zip package is read by its content:
    a text file (a CSV saved under the wrong name) is read as "csv"; a package of another
    of the three formats (a Word document renamed .xlsx) is read as what it is. A file
    named .csv/.txt/.tsv is read by its content too (adversarial walk 2026-12-02p, #18: a
    workbook renamed .csv was read as text and called «no header row»): a package of the
    three formats as that format, an OLE2, PDF or image file as what it is, other binary
    data (a zip of something else, NUL bytes in the text) "unsupported", never as rows."""
    name = filename.casefold()
    for kind, endings in (
        ("xlsx", (".xlsx", ".xlsm")),
        ("ods", (".ods",)),
        ("docx", (".docx",)),
        ("csv", (".csv", ".txt", ".tsv")),
    ):
        if name.endswith(endings):
            if data.startswith(b"PK\x03\x04"):
                return _package_kind(data) or (kind if kind != "csv" else "unsupported")
            if kind == "csv":
                return _content_kind(data) or "unsupported"
            return _content_kind(data) or kind  # else: the package reader says unreadable
    found = _content_kind(data)
    if found is not None and found != "csv":
        return found
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in data[:200]:
            return "ods"
        return "docx" if b"word/" in data[:4096] else "xlsx"
    return "csv" if found == "csv" and not name.rpartition(".")[1] else "unsupported"


def _package_kind(data: bytes) -> str | None:
    """Which Office Open XML or OpenDocument package a zip is, by its parts (ECMA-376 Part 2:
    the main part of a workbook is xl/workbook.xml, of a document word/document.xml; an
    OpenDocument spreadsheet's `mimetype` entry, ISO/IEC 26300 §17.4): "xlsx", "docx",
    "ods", or None when it is none of them or its directory is unreadable (then the
    package reader says why). Only the zip's central directory is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "mimetype" in names:
                with package.open("mimetype") as entry:
                    mimetype = entry.read(100)
                if mimetype == b"application/vnd.oasis.opendocument.spreadsheet":
                    return "ods"
    except (
        zipfile.BadZipFile,
        NotImplementedError,
        OSError,
        ValueError,
        RuntimeError,
        EOFError,
        zlib.error,
    ):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97–2003
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # its stream name (MS-OFFCRYPTO)
IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
TEXT_SNIFF_BYTES = 65536
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 LE, BE (Excel's «Текст Юникод» .txt)


def _content_kind(data: bytes) -> str | None:
    """What a file that is no zip package is, by its first bytes: "password" (an OLE2
    compound file holding an «EncryptedPackage» stream: how Excel and Word store a
    workbook or document saved with a password, MS-OFFCRYPTO 2.3.4), "old_office" (any
    other OLE2 file: .xls or .doc), "pdf" (%PDF-), "image" (PNG, JPEG, GIF, WebP), "csv"
    (no NUL byte in its first 64 KiB, or UTF-16 opening with its byte-order mark: Excel's
    «Текст Юникод»); None for other binary data."""
    if data.startswith(OLE2_MAGIC):
        return "password" if ENCRYPTED_PACKAGE in data else "old_office"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(IMAGE_MAGICS) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if data.startswith(UTF16_BOMS) or b"\x00" not in data[:TEXT_SNIFF_BYTES]:
        return "csv"
    return None


def _spreadsheet(data: bytes, kind: str, limits: Limits) -> list[Grid]:
    from python_calamine import CalamineWorkbook

    package = open_package(data, limits)
    try:
        marks = scan_xlsx(package, limits) if kind == "xlsx" else scan_ods(package, limits)
    except ImportFileError:
        raise
    except Exception as exc:  # lxml syntax errors, missing parts, bad numbers
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    by_name = {m.name: m for m in marks}
    try:
        if kind == "ods" and any(m.stray for m in marks):
            data = trimmed_ods(data, limits)  # a stray space in A1048576 of an ods
        elif stray := {m.path: limits.max_sheet_rows for m in marks if m.stray}:
            data = trimmed_package(data, stray, limits)  # a stray space in A1048576 (walk p #19)
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [m for m in book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
        if kind == "xlsx" and any(m.name not in by_name for m in sheets if not _hidden(m)):
            # a sheet python-calamine finds but the pre-scan did not (workbook.xml or its
            # relationships in another namespace): read unchecked, one cell in XFD1048576
            # made it allocate 512 GiB and abort the process (fuzzing, 2026-12-02)
            raise ImportFileError(FileProblem.UNREADABLE)
        grids = [
            _grid(
                index,
                book.get_sheet_by_name(m.name),
                by_name.get(m.name, SheetMarks(m.name)),
                limits,
            )
            if not _hidden(m)
            else Grid(index, m.name, [], hidden=True)  # never read (walk p, #10)
            for index, m in enumerate(sheets, start=1)
        ]
    except ImportFileError:
        raise
    except Exception as exc:  # calamine raises its own errors for broken parts
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    except BaseException as exc:
        if not is_rust_panic(exc):
            raise  # KeyboardInterrupt, SystemExit, a task's cancellation: not the file's fault
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    return grids


def is_rust_panic(exc: BaseException) -> bool:
    """Whether `exc` is a panic of a Rust extension turned into Python by pyo3: its
    `pyo3_runtime.PanicException` derives from BaseException (so that `except Exception`
    does not swallow it), and each extension has its own class of that name, which
    python-calamine does not export. python-calamine 0.9.1 panics, for one, on a
    date-formatted cell holding -1e20 (chrono: «TimeDelta::milliseconds out of bounds»)."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"


def _hidden(meta: object) -> bool:
    """Whether calamine's sheet metadata says the sheet is hidden (or «very hidden»)."""
    return "hidden" in str(getattr(meta, "visible", "")).casefold()


def _grid(index: int, sheet: CalamineSheet, marks: SheetMarks, limits: Limits) -> Grid:
    start = sheet.start or (0, 0)
    height, width = sheet.height, sheet.width
    if start[0] + height > limits.max_sheet_rows or start[1] + width > limits.max_columns:
        raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
    read = list(sheet.iter_rows()) if height else []
    # python-calamine 0.9's iter_rows already yields the empty rows above `start` (unlike
    # to_python), but not the empty columns left of it: pad only what is missing, so that
    # row numbers are those Excel shows (newcomer walk 2026-12-01b, finding 3)
    missing_rows = max(0, start[0] - max(0, len(read) - height))
    rows: list[list[object]] = [[] for _ in range(missing_rows)]
    pad: list[object] = [""] * start[1]
    rows += [pad + list(row) for row in read]
    for (row, column), formula in marks.formulas.items():
        _put(rows, row, column, Uncached(formula))
    for (row, column), text in marks.texts.items():  # ods text cells without a value type
        _put(rows, row, column, text)
    for row, column in marks.yearless:  # «ДД.ММ»: read as shown, never Excel's guessed year
        if row < len(rows) and column < len(rows[row]):
            rows[row][column] = shown_without_year(rows[row][column])
    spread_merged(rows, marks.merged, limits)
    hidden = frozenset(
        row
        for first, last in marks.hidden_rows
        for row in range(first, min(last, len(rows) - 1) + 1)  # only rows that hold cells
    )
    return Grid(index, marks.name, rows, marks.struck, hidden_rows=hidden)


def shown_without_year(value: object) -> object:
    """A date cell formatted without its year as the text it shows («12.01», «12.01 14:00»):
    Excel stores «12.01» typed in December as 12 January of the current year, so the year
    is Excel's guess, not the author's; the text is read like a yearless typed date (the
    school year's next such day). Other values unchanged (attack53 #7)."""
    if isinstance(value, datetime):
        clock = "" if value.time() == time() else f" {value:%H:%M}"
        return f"{value:%d.%m}{clock}"
    if isinstance(value, date):
        return f"{value:%d.%m}"
    return value


def _put(rows: list[list[object]], row: int, column: int, value: object) -> None:
    while len(rows) <= row:
        rows.append([])
    line = rows[row]
    if len(line) <= column:
        line.extend([""] * (column + 1 - len(line)))
    if line[column] in ("", None):
        line[column] = value


def spread_merged(rows: list[list[object]], merged: Iterable[Span], limits: Limits) -> None:
    """Give every cell of a merged range the value of its top-left cell (in place).

    Raises SHEET_TOO_LARGE when the ranges together cover more than `max_cells` cells.
    """
    budget = limits.max_cells
    for (top, left), (bottom, right) in merged:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        if value in ("", None):
            continue
        budget -= (bottom - top + 1) * (right - left + 1)
        if budget < 0:
            raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                _put(rows, row, column, value)


# Text: CSV files and tables pasted into the chat


def decode(data: bytes) -> str:
    """UTF-16 when it opens with its byte-order mark (Excel's «Текст Юникод»), else UTF-8
    (with or without BOM), else cp1251 (Excel's "CSV" on Russian Windows) or KOI8-R (old
    Unix mail and 1C exports), whichever reads as Russian (`_russian_score`)."""
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    windows = data.decode("cp1251", errors="replace")
    koi8 = data.decode("koi8_r", errors="replace")
    return koi8 if _russian_score(koi8) > _russian_score(windows) else windows


# the commonest letters of Russian text, about 60% of its letters (о е а и н т с р в л к м)
_COMMON_LETTERS = frozenset("оеаинтсрвлкм")


def _russian_score(text: str) -> int:
    """How many of `text`'s letters are the commonest of Russian, in either case: the wrong
    one of cp1251 and KOI8-R (which put the Cyrillic letters in other places) reads as rare
    letters («дюрю;бпелъ» for «ДАТА;ВРЕМЯ», «дАТА» for «Дата»)."""
    return sum(1 for ch in text.casefold() if ch in _COMMON_LETTERS)


def text_rows(text: str, limits: Limits) -> list[list[object]]:
    """Rows of a ";", ",", or tab-separated text (the separator is guessed from the first
    lines); SHEET_TOO_LARGE past `max_sheet_rows` lines, UNREADABLE for broken quoting."""
    sample = "\n".join(text.splitlines()[:HEADER_SNIFF_LINES])
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    if sample.count("\t") > max(sample.count(";"), sample.count(",")):
        delimiter = "\t"
    rows = _csv_rows(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), limits)
    if rows and _swallowed(rows, delimiter):
        rows = _csv_rows(_line_rows(text, delimiter), limits)
    return rows


def _csv_rows(reader: Iterator[list[str]], limits: Limits) -> list[list[object]]:
    rows: list[list[object]] = []
    try:
        for row in reader:
            if len(rows) >= limits.max_sheet_rows or len(row) > limits.max_columns:
                raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
            rows.append(list(row))
    except csv.Error as exc:  # e.g. a field over csv.field_size_limit()
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    return rows


def _swallowed(rows: list[list[object]], delimiter: str) -> bool:
    """Whether a quote left open («"Умники и умницы;9А» with no closing quote) made the CSV
    reader run on to the next quote: a cell holding a whole line of the file, one with as
    many separators as a row but the last two (`_least_separators`; attack53 #3: the rows below
    became one title's text). A quoted note with a line break («"Лекция⏎о космосе"») is
    none."""
    least = _least_separators(rows[0])
    return any(
        isinstance(cell, str)
        and "\n" in cell
        and any(line.count(delimiter) >= least for line in cell.splitlines()[1:])
        for row in rows
        for cell in row
    )


def _least_separators(header: list[object]) -> int:
    """How many separators make a line a row of its own: the header's but two (cells left
    empty at the end are often cut), at least one."""
    return max(1, len(header) - 2)


def _line_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    """The rows of a text whose quoting is broken: a quote opened on a line may run on to
    the following lines only while they are no rows of their own (a quoted note with a line
    break); a line left with a quote open reads its quotes as plain text, so the open quote
    takes no separator and no line below with it. Row numbers stay those a text editor
    shows."""
    lines = text.splitlines()
    header: list[object] = [*next(csv.reader(lines[:1], delimiter=delimiter), [])]
    least = _least_separators(header)
    index = 0
    while index < len(lines):
        record = lines[index]
        index += 1
        while record.count('"') % 2 and index < len(lines):
            if lines[index].count(delimiter) >= least:
                break
            record += "\n" + lines[index]
            index += 1
        if record.count('"') % 2 == 0:
            yield next(csv.reader([record], delimiter=delimiter), [])
        else:  # «"Умники и умницы»: its lone quote dropped, other quotes kept as written
            cells = next(csv.reader([record], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
            yield [_without_lone_quote(cell) for cell in cells]


def _without_lone_quote(cell: str) -> str:
    """A cell of a line read with its quotes as text, its unmatched opening or closing quote
    dropped («"Умники и умницы» → «Умники и умницы»; «"Зарница" — игра» unchanged)."""
    if cell.count('"') % 2 == 0:
        return cell
    if cell.startswith('"'):
        return cell[1:]
    return cell[:-1] if cell.endswith('"') else cell
