"""The plan files adversarial walk p (2026-12-02) left unread: a Word plan of month headings
and day lines (#17), a workbook named .csv (#18), a stray space in the sheet's last row
(#19), OpenDocument cells without a value type (#20). Files built here with python-docx,
openpyxl and odfpy, read by the real importer and sent through the real planner into a
real SQLite store; frozen clock."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import datetime

import docx
import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P, S

from bot.core.language.intents_many import parse_many
from bot.core.models import Audience, EventIntent
from bot.core.planner import Planner
from bot.exports.grids import read_grids
from bot.exports.importer import ImportedRow, ImportFileError, RowError, read_plan_book
from bot.exports.limits import DEFAULT_LIMITS
from bot.exports.problems import FileProblem
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, send
from tests.plan_makers import docx as docx_table
from tests.plan_makers import ods, rewrite_member, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
WALL = NOW.replace(tzinfo=None)
ROWS = [
    ["Дата", "Время", "Название", "Классы", "Место"],
    ["14.12.2026", "15:00", "Лекция о мостах", "9А", "к1"],
    ["16.12.2026", "11:00", "Экскурсия в порт", "8Б", "порт"],
]


def wall(*parts: int) -> datetime:
    """A naive school wall-clock time (the drafts' convention)."""
    return datetime(*parts, tzinfo=TZ).replace(tzinfo=None)  # type: ignore[misc]


def read(data: bytes, name: str) -> list[tuple[int, str, datetime | None]]:
    """(row number, title, start) of every row read as an event."""
    rows = read_plan_book(data, name, WALL).rows
    return [
        (r.row_number, r.draft.title, r.draft.start) for r in rows if isinstance(r, ImportedRow)
    ]


async def saved(store: SqliteStore) -> list[str]:
    return sorted(e.title for e in await store.events_between(NOW, None))


# 17: a Word plan written as month headings and day lines


def month_plan() -> bytes:
    document = docx.Document()
    document.add_heading("План мероприятий КГТУ на 2026/27 уч. год", 1)
    document.add_heading("Декабрь", 2)
    document.add_paragraph("14 — Лекция о робототехнике, 15:00, 9А")
    document.add_paragraph("16 (ср) – Экскурсия в лабораторию, 11:00, 8Б")
    document.add_paragraph("18 декабря, 12:00 — Урок мужества, 7А")
    document.add_heading("ЯНВАРЬ 2027:", 2)
    document.add_paragraph("20 - Мастер-класс по химии, 10:00, 10А")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_day_lines_under_month_headings_are_events_of_that_month() -> None:
    rows = read_plan_book(month_plan(), "plan20.docx", WALL).rows
    assert not [r for r in rows if isinstance(r, RowError)]
    found = {r.draft.title: r.draft for r in rows if isinstance(r, ImportedRow)}
    assert {t: d.start for t, d in found.items()} == {
        "Лекция о робототехнике": wall(2026, 12, 14, 15, 0),
        "Экскурсия в лабораторию": wall(2026, 12, 16, 11, 0),
        "Урок мужества": wall(2026, 12, 18, 12, 0),
        "Мастер-класс по химии": wall(2027, 1, 20, 10, 0),
    }
    assert found["Экскурсия в лабораторию"].audience == Audience(classes=frozenset({"8Б"}))
    # rows are numbered by the document's non-empty paragraphs, headings included
    assert [r.row_number for r in rows] == [3, 4, 5, 7]


def test_pasted_month_headings_date_their_day_lines() -> None:
    text = (
        "Декабрь\n14 — Лекция о робототехнике, 15:00, 9А\n16 — Экскурсия в лабораторию, 11:00, 8Б"
    )
    intents = parse_many(text, WALL)
    assert all(isinstance(i, EventIntent) for i in intents)
    starts = [i.draft.start for i in intents if isinstance(i, EventIntent)]
    assert starts == [wall(2026, 12, 14, 15, 0), wall(2026, 12, 16, 11, 0)]


async def test_a_pasted_month_heading_plan_is_no_event_called_december(
    store: SqliteStore, planner: Planner
) -> None:
    text = (
        "Декабрь\n14 — Лекция о робототехнике, 15:00, 9А\n16 — Экскурсия в лабораторию, 11:00, 8Б"
    )
    shown = plan_file_world.rendered(await planner.handle(CURATOR, text))
    assert "«Декабрь»" not in shown, shown
    await planner.handle(CURATOR, "да")
    starts = {e.title: e.start.astimezone(TZ) for e in await store.events_between(NOW, None)}
    assert {t: s.strftime("%d.%m %H:%M") for t, s in starts.items()} == {
        "Лекция о робототехнике": "14.12 15:00",
        "Экскурсия в лабораторию": "16.12 11:00",
    }


def test_a_bare_number_without_a_month_heading_stays_unread() -> None:
    lines = "14 — Лекция о робототехнике, 15:00, 9А\n16 — Экскурсия в лабораторию, 11:00, 8Б"
    intents = parse_many(lines, WALL)
    assert intents
    assert all(isinstance(i, EventIntent) and "no_date" in i.draft.doubts for i in intents)


async def test_a_month_heading_plan_is_saved_from_the_chat(
    store: SqliteStore, planner: Planner
) -> None:
    shown = await send(planner, "plan20.docx", month_plan())
    assert "строку заголовков" not in shown
    assert "Мастер-класс по химии" in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        "Лекция о робототехнике",
        "Мастер-класс по химии",
        "Урок мужества",
        "Экскурсия в лабораторию",
    ]


# 18: a file whose content is another format than its name says


async def test_a_workbook_named_csv_is_read_as_a_workbook(
    store: SqliteStore, planner: Planner
) -> None:
    book = xlsx({"План": ROWS})
    assert [t for _, t, _ in read(book, "renamed.csv")] == ["Лекция о мостах", "Экскурсия в порт"]
    assert [t for _, t, _ in read(ods({"План": ROWS}), "plan.txt")] == [
        "Лекция о мостах",
        "Экскурсия в порт",
    ]
    assert [t for _, t, _ in read(docx_table([ROWS]), "plan.tsv")] == [
        "Лекция о мостах",
        "Экскурсия в порт",
    ]
    shown = await send(planner, "renamed.csv", book)
    assert "строку заголовков" not in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == ["Лекция о мостах", "Экскурсия в порт"]


async def test_other_binary_files_named_csv_get_a_clear_reply(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": ROWS}))
    await planner.handle(CURATOR, "да")
    old_xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)
    assert "97–2003" in await send(planner, "plan.csv", old_xls)
    assert "это PDF" in await send(planner, "plan.csv", b"%PDF-1.7\n%\xe2\xe3\n")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("notes/readme.md", "не план")
    for junk in (archive.getvalue(), b"\x00\x01\x02garbage\x00" * 50):
        shown = await send(planner, "plan.csv", junk)
        assert "не умею читать" in shown, shown
        assert "Ничего из уже сохранённого не потеряно" in shown
    assert await saved(store) == ["Лекция о мостах", "Экскурсия в порт"]


def test_excel_unicode_text_is_read() -> None:
    """Excel's «Текст Юникод» (.txt): UTF-16 with its byte-order mark, tab-separated."""
    text = "\n".join("\t".join(row) for row in ROWS)
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert [t for _, t, _ in read(data, "plan.txt")] == ["Лекция о мостах", "Экскурсия в порт"]


# 19: a stray space in the sheet's last row


def stray_space(cell: str) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in ROWS:
        sheet.append(row)
    sheet[cell] = " "
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_stray_space_in_the_last_row_is_no_data() -> None:
    for cell in ("A1048576", "XFD2", "XFD1048576"):
        data = stray_space(cell)
        started = time.perf_counter()
        [grid] = read_grids(data, "farrow.xlsx", DEFAULT_LIMITS)
        assert time.perf_counter() - started < 5  # a million-row walk took seconds and 170 MB
        assert len(grid.rows) == 3  # bounded by the cells holding data, not by the stray one
        assert max(len(row) for row in grid.rows) == 5
        assert [t for _, t, _ in read(data, "farrow.xlsx")] == [
            "Лекция о мостах",
            "Экскурсия в порт",
        ]


async def test_a_stray_space_file_is_saved_from_the_chat(
    store: SqliteStore, planner: Planner
) -> None:
    shown = await send(planner, "farrow.xlsx", stray_space("A1048576"))
    assert "10 000 строк" not in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == ["Лекция о мостах", "Экскурсия в порт"]


def test_a_real_value_in_the_last_row_is_still_refused() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(ROWS[0])
    sheet["C1048576"] = "Лекция"
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(ImportFileError) as refused:
        read_plan_book(out.getvalue(), "plan.xlsx", WALL)
    assert refused.value.problem is FileProblem.SHEET_TOO_LARGE


def with_shared_string(data: bytes, text: str) -> bytes:
    """The workbook with its far cell A1048576 made a shared string `text`, as Excel writes
    text (openpyxl writes inline strings)."""
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    table = (
        b'<sst xmlns="%s" count="1" uniqueCount="1"><si><t xml:space="preserve">%s</t></si></sst>'
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = re.sub(
                    rb'<c r="A1048576"[^>]*>.*?</c>', b'<c r="A1048576" t="s"><v>0</v></c>', body
                )
            elif info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(info.filename, body)
        target.writestr("xl/sharedStrings.xml", table % (main, text.encode()))
    return out.getvalue()


def test_a_stray_shared_space_is_no_data_but_a_shared_word_is() -> None:
    blank = with_shared_string(stray_space("A1048576"), "  ")
    assert b'<c r="A1048576" t="s"><v>0</v></c>' in zipfile.ZipFile(io.BytesIO(blank)).read(
        "xl/worksheets/sheet1.xml"
    )
    assert [t for _, t, _ in read(blank, "plan.xlsx")] == ["Лекция о мостах", "Экскурсия в порт"]
    word = with_shared_string(stray_space("A1048576"), "Лекция")
    with pytest.raises(ImportFileError) as refused:
        read_plan_book(word, "plan.xlsx", WALL)
    assert refused.value.problem is FileProblem.SHEET_TOO_LARGE


# 20: OpenDocument cells without office:value-type


def untyped_ods(rows: list[list[str]]) -> bytes:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    for row in rows:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            first, _, rest = value.partition("  ")
            paragraph = P(text=first)
            if rest:  # two spaces: ODF writes the second as <text:s/>
                paragraph.addText(" ")
                paragraph.addElement(S())
                paragraph.addText(rest)
            cell.addElement(paragraph)
            tr.addElement(cell)
        table.addElement(tr)
    repeated = TableRow()
    repeated.addElement(TableCell(numbercolumnsrepeated=3))
    table.addElement(repeated)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


async def test_ods_cells_without_a_value_type_are_read_as_text(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        ["Дата", "Время", "Название", "Классы", "Место"],
        ["14.12.2026", "10:00", "Лекция  А", "9А", "к1"],
        ["15.12.2026", "11:00", "Квиз", "8Б", "к2"],
    ]
    data = untyped_ods(rows)
    [grid] = read_grids(data, "plan23.ods", DEFAULT_LIMITS)
    assert grid.rows[:3] == rows  # <text:s/> is the second space
    assert read(data, "plan23.ods") == [
        (2, "Лекция А", wall(2026, 12, 14, 10, 0)),  # a title's spaces are tidied
        (3, "Квиз", wall(2026, 12, 15, 11, 0)),
    ]
    shown = await send(planner, "plan23.ods", data)
    assert "строку заголовков" not in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == ["Квиз", "Лекция А"]


def test_untyped_cells_repeated_and_beside_typed_ones() -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    header = TableRow()
    for value in ("Дата", "Название", "Классы"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        header.addElement(cell)
    table.addElement(header)
    twice = TableRow(numberrowsrepeated=2)  # the same row twice, as LibreOffice compresses it
    date = TableCell(valuetype="string")
    date.addElement(P(text="15.12.2026"))
    twice.addElement(date)
    both = TableCell(numbercolumnsrepeated=2)  # untyped, over two columns
    both.addElement(P(text="9А"))
    twice.addElement(both)
    table.addElement(twice)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    [grid] = read_grids(out.getvalue(), "plan.ods", DEFAULT_LIMITS)
    assert grid.rows[:3] == [
        ["Дата", "Название", "Классы"],
        ["15.12.2026", "9А", "9А"],
        ["15.12.2026", "9А", "9А"],
    ]


async def test_a_word_document_without_its_body_is_called_damaged(
    store: SqliteStore, planner: Planner
) -> None:
    """Found while fuzzing the files above: python-docx raised AttributeError for a
    document part without <w:body>; the file is refused as damaged, nothing is lost."""
    body = re.compile(rb"<w:body>.*</w:body>", re.DOTALL)
    broken = rewrite_member(month_plan(), "word/document.xml", lambda xml: body.sub(b"", xml))
    for name in ("plan.docx", "plan.csv"):
        shown = await send(planner, name, broken)
        assert "повреждён" in shown, shown
        assert "Ничего из уже сохранённого не потеряно" in shown
    assert await saved(store) == []


def test_a_space_count_bomb_in_an_ods_cell_is_refused() -> None:
    """Found while fuzzing: <text:s text:c="999999999"/> in a string cell made
    python-calamine spell out a billion spaces (a panic past `except Exception`, or the
    process killed by a failed allocation); the pre-scan refuses it first."""
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    for row in ROWS:
        tr = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            paragraph = P(text=value)
            if value == "Квиз" or value == "Экскурсия в порт":
                paragraph.addElement(S(c=999_999_999))
            cell.addElement(paragraph)
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    with pytest.raises(ImportFileError) as refused:
        read_grids(out.getvalue(), "plan.ods", DEFAULT_LIMITS)
    assert refused.value.problem is FileProblem.UNPACKED_TOO_LARGE


# Fifteenth round (fixpfiles18): the same stray space in an .ods; a Rust panic inside
# python-calamine; a paragraph plan's school year; what fuzzing the readers found


def ods_with_far_cell(cell: TableCell, rows_before: int = 1_048_575) -> bytes:
    """The ROWS plan as LibreOffice writes it, plus `cell` alone in row `rows_before + 1`
    (LibreOffice's last row is 1,048,576) after repeated empty rows."""
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    for row in ROWS:
        tr = TableRow()
        for value in row:
            typed = TableCell(valuetype="string")
            typed.addElement(P(text=value))
            tr.addElement(typed)
        table.addElement(tr)
    gap = TableRow(numberrowsrepeated=rows_before - len(ROWS))
    gap.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(gap)
    far = TableRow()
    far.addElement(cell)
    table.addElement(far)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def space_cell() -> TableCell:
    """A cell holding one space, as LibreOffice saves it (<text:p><text:s/></text:p>)."""
    cell = TableCell(valuetype="string")
    paragraph = P()
    paragraph.addElement(S())
    cell.addElement(paragraph)
    return cell


async def test_a_stray_space_in_the_last_row_of_an_ods_is_no_data(
    store: SqliteStore, planner: Planner
) -> None:
    data = ods_with_far_cell(space_cell())
    [grid] = read_grids(data, "farrow.ods", DEFAULT_LIMITS)
    assert len(grid.rows) == 3  # bounded by the data, as for the .xlsx (walk p #19)
    assert read(data, "farrow.ods") == [
        (2, "Лекция о мостах", wall(2026, 12, 14, 15, 0)),
        (3, "Экскурсия в порт", wall(2026, 12, 16, 11, 0)),
    ]
    shown = await send(planner, "farrow.ods", data)
    assert "10 000 строк" not in shown
    await planner.handle(CURATOR, "да")
    assert await saved(store) == ["Лекция о мостах", "Экскурсия в порт"]


def test_a_stray_space_far_right_in_an_ods_is_no_data() -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    for number, row in enumerate(ROWS):
        tr = TableRow()
        for value in row:
            typed = TableCell(valuetype="string")
            typed.addElement(P(text=value))
            tr.addElement(typed)
        if number == 1:  # a space in column XFD of the first event row
            tr.addElement(TableCell(numbercolumnsrepeated=16378))
            tr.addElement(space_cell())
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    [grid] = read_grids(out.getvalue(), "wide.ods", DEFAULT_LIMITS)
    assert max(len(row) for row in grid.rows) == 5
    assert [t for _, t, _ in read(out.getvalue(), "wide.ods")] == [
        "Лекция о мостах",
        "Экскурсия в порт",
    ]


def test_data_in_the_last_row_of_an_ods_is_still_refused() -> None:
    for value, kind in (("Лекция", "string"), ("0", "float")):
        cell = TableCell(valuetype=kind, value=value) if kind == "float" else TableCell()
        cell.addElement(P(text=value))
        with pytest.raises(ImportFileError) as refused:
            read_plan_book(ods_with_far_cell(cell), "plan.ods", WALL)
        assert refused.value.problem is FileProblem.SHEET_TOO_LARGE


def panicking_workbook() -> bytes:
    """A workbook whose date-formatted cell holds -1e20: python-calamine 0.9.1 panics
    converting it («TimeDelta::milliseconds out of bounds», a pyo3 PanicException, which
    is a BaseException and passed every `except Exception`)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in ROWS:
        sheet.append(row)
    sheet["A3"] = -1e20
    sheet["A3"].number_format = "DD.MM.YYYY"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def test_a_panic_inside_python_calamine_is_a_polite_refusal(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": ROWS}))
    await planner.handle(CURATOR, "да")
    before = await saved(store)
    assert before == ["Лекция о мостах", "Экскурсия в порт"]
    with pytest.raises(ImportFileError) as refused:
        read_grids(panicking_workbook(), "broken.xlsx", DEFAULT_LIMITS)
    assert refused.value.problem is FileProblem.UNREADABLE
    assert type(refused.value.__cause__).__name__ == "PanicException"  # a real one
    shown = await send(planner, "broken.xlsx", panicking_workbook())
    assert "повреждён" in shown, shown
    assert "Ничего из уже сохранённого не потеряно" in shown
    assert await saved(store) == before


def school_year_plan(title: str) -> bytes:
    document = docx.Document()
    document.add_heading(title, 1)
    document.add_paragraph("15 сентября — Линейка «День знаний», 9:00, 5А")
    document.add_paragraph("10 декабря — Лекция о мостах, 15:00, 9А")
    document.add_paragraph("20 января — Экскурсия в порт, 11:00, 8Б")
    document.add_paragraph("1 июня — Праздник «День защиты детей», 10:00, 3А")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_paragraph_plan_dates_its_days_by_its_titles_school_year() -> None:
    """Today is 2 December 2026: «15 сентября» of the 2026/27 plan is 15.09.2026 (past, and
    named so), not next September's; January–August fall in 2027."""
    expected = [
        (2, wall(2026, 9, 15, 9, 0)),
        (3, wall(2026, 12, 10, 15, 0)),
        (4, wall(2027, 1, 20, 11, 0)),
        (5, wall(2027, 6, 1, 10, 0)),
    ]
    for title in (
        "План мероприятий на 2026/27 учебный год",
        "ПЛАН МЕРОПРИЯТИЙ НА 2026-2027 УЧ. ГОД",
    ):
        rows = read_plan_book(school_year_plan(title), "plan.docx", WALL).rows
        assert [(r.row_number, r.draft.start) for r in rows if isinstance(r, ImportedRow)] == (
            expected
        ), title
        for row in rows:
            assert isinstance(row, ImportedRow)
            assert "year_guessed" not in row.draft.doubts  # the title said it
    # a plan of the next school year puts its September in 2027
    rows = read_plan_book(school_year_plan("План на 2027/28 учебный год"), "p.docx", WALL).rows
    assert next(r.draft.start for r in rows if isinstance(r, ImportedRow)) == wall(
        2027, 9, 15, 9, 0
    )


# Fuzzing the .docx and .csv readers (truncated, byte-flipped, huge attributes)


def test_a_damaged_deflate_stream_is_called_damaged() -> None:
    """zlib.error (not an OSError) escaped while the package was checked."""
    for data, name in (
        (month_plan(), "plan.docx"),
        (xlsx({"План": ROWS}), "plan.xlsx"),
        (ods({"План": ROWS}), "plan.ods"),
    ):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = max(package.infolist(), key=lambda i: i.compress_size)
            assert info.compress_type == zipfile.ZIP_DEFLATED
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        broken = bytearray(data)
        broken[start : start + info.compress_size] = b"\xff" * info.compress_size
        for as_name in (name, "plan.csv"):
            with pytest.raises(ImportFileError) as refused:
                read_plan_book(bytes(broken), as_name, WALL)
            assert refused.value.problem is FileProblem.UNREADABLE


def test_a_zip_of_an_unknown_version_is_called_damaged() -> None:
    """zipfile raises NotImplementedError for a central directory asking for a newer
    «version needed to extract» than it knows."""
    data = bytearray(month_plan())
    directory = data.find(b"PK\x01\x02")
    data[directory + 6 : directory + 8] = (169).to_bytes(2, "little")  # «version 16.9»
    for name, problem in (
        ("plan.docx", FileProblem.UNREADABLE),
        ("plan.csv", FileProblem.UNSUPPORTED),  # no package it can tell: «не умею читать»
    ):
        with pytest.raises(ImportFileError) as refused:
            read_plan_book(bytes(data), name, WALL)
        assert refused.value.problem is problem


def test_a_cell_spanning_endless_columns_is_refused_at_once() -> None:
    """python-docx yields a cell once per spanned column: w:gridSpan="18446744073709551617"
    was an endless loop; a span over the column limit is a sheet too large, a span that is
    no number a damaged file."""
    plan = docx_table([[["Дата", "Название"], ["14.12.2026", "Лекция"]]])
    assert [t for _, t, _ in read(plan, "plan.docx")] == ["Лекция"]
    for span, problem in (
        ("18446744073709551617", FileProblem.SHEET_TOO_LARGE),
        ("40", FileProblem.SHEET_TOO_LARGE),
        ("x", FileProblem.UNREADABLE),
        ("²", FileProblem.UNREADABLE),  # str.isdigit() is true, int() refuses it (review19)
        ("9" * 5000, FileProblem.SHEET_TOO_LARGE),  # over int()'s 4,300 digits (review19)
    ):
        tag = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>'.encode()
        broken = rewrite_member(
            plan,
            "word/document.xml",
            lambda xml, tag=tag: xml.replace(b"<w:tc>", b"<w:tc>" + tag, 1),
        )
        with pytest.raises(ImportFileError) as refused:
            read_plan_book(broken, "plan.docx", WALL)
        assert refused.value.problem is problem, span


def test_header_names_are_keyed_once_per_file_not_once_per_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each row is matched against the header names (a second table's header); the names'
    keys were rebuilt for every row: 61 keys for each of 10,000 empty CSV lines took
    seconds. Counted, not timed: keys are made for the row's own cells only."""
    import bot.exports.importer as importer

    made = 0
    original = importer._header_key

    def counted(text: str) -> str:
        nonlocal made
        made += 1
        return original(text)

    monkeypatch.setattr(importer, "_header_key", counted)
    text = "\n".join(";".join(row) for row in ROWS) + "\n" * 5000
    assert [t for _, t, _ in read(text.encode(), "plan.csv")] == [
        "Лекция о мостах",
        "Экскурсия в порт",
    ]
    assert made < 5000 * 3  # one key per cell of each row (a blank line: one), few more


def test_rows_outside_the_spreadsheet_namespace_are_called_damaged() -> None:
    """python-calamine reads an .xlsx sheet's rows and cells by local name and an .ods by
    prefixed names; the pre-scan read them by namespace, so a sheet in another namespace
    passed it unseen: one cell in XFD1048576 made python-calamine allocate 512 GiB and
    abort the whole process (found by fuzzing). Such a file is refused as damaged."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(ROWS[0])
    sheet["XFD1048576"] = 1
    out = io.BytesIO()
    book.save(out)
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    for edit in (
        lambda xml: xml.replace(main, b'xmlns="http://example.org/other"'),
        lambda xml: xml.replace(
            b'<c r="XFD1048576"', b'<o:c xmlns:o="urn:other" r="XFD1048576"'
        ).replace(b"</c></row></sheetData>", b"</o:c></row></sheetData>"),
    ):
        broken = rewrite_member(out.getvalue(), "xl/worksheets/sheet1.xml", edit)
        with pytest.raises(ImportFileError) as refused:
            read_grids(broken, "plan.xlsx", DEFAULT_LIMITS)
        assert refused.value.problem is FileProblem.UNREADABLE
    # the workbook's sheet list or its relationships in another namespace: the pre-scan
    # found no sheet, python-calamine read the one it found unchecked
    rels = b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    for part, old in (("xl/workbook.xml", main), ("xl/_rels/workbook.xml.rels", rels)):
        broken = rewrite_member(
            out.getvalue(),
            part,
            lambda xml, old=old: xml.replace(old, b'xmlns="http://example.org/other"'),
        )
        assert broken != out.getvalue()
        with pytest.raises(ImportFileError) as refused:
            read_grids(broken, "plan.xlsx", DEFAULT_LIMITS)
        assert refused.value.problem is FileProblem.UNREADABLE
    table = b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    for prefix in (b"table", b"office", b"text"):
        uri = b"urn:oasis:names:tc:opendocument:xmlns:%s:1.0" % prefix
        plan = ods({"План": ROWS})
        broken = rewrite_member(
            plan,
            "content.xml",
            lambda xml, uri=uri: xml.replace(uri, uri.replace(b"names", b"n3mes"), 1),
        )
        assert broken != plan
        with pytest.raises(ImportFileError) as refused:
            read_grids(broken, "plan.ods", DEFAULT_LIMITS)
        assert refused.value.problem is FileProblem.UNREADABLE
    assert table in zipfile.ZipFile(io.BytesIO(ods({"План": ROWS}))).read("content.xml")
