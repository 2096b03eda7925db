"""Plan files as hostile or half-hidden input (attack z2, #5 and #6): a title or place that
opens like a formula never becomes a live formula in the curator's exports (OWASP «CSV
Injection»), a CSV's «=…» cell is read as text and named in the summary, and rows hidden in
Excel or LibreOffice are not read but named."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from odf.namespaces import TABLENS
from odf.opendocument import load
from odf.table import TableCell

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.exports.importer import read_plan_book
from bot.exports.model import PlanRow
from bot.exports.ods import plan_to_ods
from bot.exports.samples import demo_week
from bot.exports.xlsx import plan_to_xlsx
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.integration.test_cli_plan import arun, db, titles_in
from tests.plan_makers import ods, xlsx

__all__ = ["db"]

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
HOSTILE = ["=1+1", '=HYPERLINK("http://evil","x")', "+A1", "-cmd|' /C calc'!A0", "@SUM(A1)"]
HOSTILE += ["\t=1+1"]  # OWASP: a leading tab too
PLAIN = ["-5 °C", "−5 °C", "- перенос", "+7 999 123-45-67"]  # text that must read as written


def _rows(titles: list[str]) -> list[PlanRow]:
    event = demo_week(TZ, date(2026, 12, 7)).events[0]
    return [
        PlanRow(event=replace(event, id=i, title=t, venue=t), organiser="КГТУ")
        for i, t in enumerate(titles)
    ]


@pytest.mark.parametrize("text", HOSTILE + PLAIN)
def test_an_xlsx_export_keeps_every_lead_as_a_text_cell(text: str) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(plan_to_xlsx(_rows([text]), TZ)))["План"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == text]
    assert len(cells) == 2  # the title and the place, read back as written
    assert all(c.data_type == "s" for c in cells)
    # Excel's quote prefix: editing the cell (F2, Enter) keeps it text as well
    assert all(c.quotePrefix for c in cells) == text.startswith(("=", "+", "-", "@", "\t"))


def test_an_ods_export_has_no_formula_and_string_cells_only() -> None:
    data = plan_to_ods(_rows(HOSTILE + PLAIN), TZ)
    cells = load(io.BytesIO(data)).spreadsheet.getElementsByType(TableCell)
    assert not [c for c in cells if c.getAttrNS(TABLENS, "formula")]
    texts = {str(c): c.getAttribute("valuetype") for c in cells}
    for text in HOSTILE + PLAIN:
        if "\t" not in text:  # odfpy reads a tab of a paragraph back as a space
            assert texts[text] == "string"


CSV = (
    "Дата;Время;Название;Место;Организатор\n"
    '16.12.2099;15:00;"=HYPERLINK(""http://evil"";""жми"")";ауд. 1;КГТУ\n'
    "17.12.2099;15:00;Кружок;@SUM(A1);КГТУ\n"
    "18.12.2099;15:00;Зимние опыты;-5 °C на улице;КГТУ\n"
)


async def test_a_csv_formula_cell_is_saved_as_text_and_named(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(CSV, encoding="utf-8")
    before = await titles_in(db)
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 3 мероприятия" in out
    named = next(line for line in out.splitlines() if "формул" in line)
    assert "2 («=HYPERLINK" in named
    assert "3 («@SUM(A1)»)" in named
    assert "Зимние" not in named
    assert "-5 °C" not in named
    after = await titles_in(db)
    hostile = '=HYPERLINK("http://evil";"жми")'
    assert sorted(set(after) - set(before)) == [hostile, "Зимние опыты", "Кружок"]


def test_an_xlsx_text_cell_opening_with_equals_is_not_named() -> None:
    """An .xlsx says which cells are text: only a text file's cells are in doubt."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Дата", "Время", "Название"])
    sheet.append(["15.12.2026", "15:00", "=1+1"])
    sheet["C2"].data_type = "s"
    out = io.BytesIO()
    book.save(out)
    found = read_plan_book(out.getvalue(), "p.xlsx", NOW.replace(tzinfo=None))
    assert found.formula_rows == []
    assert len(found.rows) == 1


HIDDEN_PLAN = [
    ["Дата", "Время", "Название", "Классы"],
    ["15.12.2026", "15:00", "Лекция", "9"],
    ["16.12.2026", "15:00", "Старая экскурсия", "9"],
    ["17.12.2026", "15:00", "Концерт", "9"],
    ["18.12.2026", "15:00", "Отменённый квиз", "9"],
]


def _hidden_xlsx() -> bytes:
    return xlsx({"План": HIDDEN_PLAN}, hidden_rows={"План": [3, 5]})


def _hidden_ods() -> bytes:
    return ods({"План": HIDDEN_PLAN}, hidden_rows={"План": {3: "collapsed", 5: "filter"}})


@pytest.mark.parametrize(
    ("name", "maker"), [("plan.xlsx", _hidden_xlsx), ("plan.ods", _hidden_ods)]
)
def test_hidden_rows_are_not_read_but_named(name: str, maker: object) -> None:
    found = read_plan_book(maker(), name, NOW.replace(tzinfo=None))  # type: ignore[operator]
    titles = [r.draft.title for r in found.rows]  # type: ignore[union-attr]
    assert titles == ["Лекция", "Концерт"]
    assert [(r.row_number, r.value) for r in found.hidden_rows] == [
        (3, "Старая экскурсия"),
        (5, "Отменённый квиз"),
    ]


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    yield store, Planner(store, FixedClock(NOW), config)
    await store.close()


async def test_the_chat_names_the_hidden_rows_and_saves_only_the_shown(planner: tuple) -> None:
    store, bot = planner
    notes, summary = await import_plan_file(bot, CURATOR, "plan.xlsx", _hidden_xlsx())
    assert notes.template == "import_notes"
    text = Renderer().render(notes.template, notes.context)
    assert (
        "Скрытые строки не читал — 2 строки: 3 («Старая экскурсия»), 5 («Отменённый квиз»)" in text
    )
    assert len(summary.context["items"]) == 2
    await bot.handle(CURATOR, "да")
    stored = await store.events_between(NOW, None)
    assert sorted(e.title for e in stored) == ["Концерт", "Лекция"]


async def test_the_cli_names_the_hidden_rows(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.xlsx").write_bytes(_hidden_xlsx())
    assert await arun("import", "plan.xlsx", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Скрытые строки не прочитаны — 2 строки: 3 («Старая экскурсия»), 5" in out
    assert "к сохранению 2 мероприятия" in out


async def test_a_file_whose_every_row_is_hidden_says_so(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(io.BytesIO(_hidden_xlsx()))
    for number in (2, 4):
        book.active.row_dimensions[number].hidden = True
    book.save(tmp_path / "plan.xlsx")
    before = await titles_in(db)
    assert await arun("import", "plan.xlsx") == 2
    assert "все строки с мероприятиями скрыты" in capsys.readouterr().err
    assert await titles_in(db) == before


MONTH_GRID = [
    ["Мероприятие", "Время", "Декабрь", "Январь 2027 г."],
    ["Лекция", "15:00", "8", None],
    ["Старый квиз", "15:00", "9", None],
    ["Ёлка", "15:00", "28", None],
]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("grid.xlsx", xlsx({"План": MONTH_GRID}, hidden_rows={"План": [3]})),
        ("grid.ods", ods({"План": MONTH_GRID}, hidden_rows={"План": {3: "filter"}})),
    ],
)
def test_a_month_grids_hidden_row_is_not_read_but_named(name: str, data: bytes) -> None:
    """Attack 2026-12-03aa, #2: a plan laid out by months (days in month columns) read its
    hidden rows, where a table of rows did not."""
    found = read_plan_book(data, name, NOW.replace(tzinfo=None))
    titles = [r.draft.title for r in found.rows]  # type: ignore[union-attr]
    assert titles == ["Лекция", "Ёлка"]
    assert [(r.row_number, r.value) for r in found.hidden_rows] == [(3, "Старый квиз")]


ARITHMETIC_CSV = (
    "Дата;Время;Название;Место;Организатор\n"
    "16.12.2099;15:00;+1+1;каб. 21;КГТУ\n"
    "17.12.2099;15:00;Квиз;-1+2;КГТУ\n"
    "18.12.2099;15:00;Зимние опыты;-5-7 °C на улице;КГТУ\n"
)


async def test_a_csv_arithmetic_cell_is_named_by_the_cli(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack 2026-12-03aa, #4: «+1+1» and «-1+2» are live formulas in Excel (2 and 1)."""
    (tmp_path / "plan.csv").write_text(ARITHMETIC_CSV, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 3 мероприятия" in out
    named = next(line for line in out.splitlines() if "формул" in line)
    assert "2 («+1+1»)" in named
    assert "3 («-1+2»)" in named
    assert "Зимние" not in named
    assert "+1+1" in await titles_in(db)  # stored as written


async def test_a_csv_arithmetic_cell_is_named_in_the_chat(planner: tuple) -> None:
    _, bot = planner
    data = ARITHMETIC_CSV.encode("utf-8")
    notes, summary = await import_plan_file(bot, CURATOR, "plan.csv", data)
    assert notes.template == "import_notes"
    text = Renderer().render(notes.template, notes.context)
    assert "2 («+1+1»)" in text
    assert "3 («-1+2»)" in text
    assert "-5-7 °C" not in text
    assert len(summary.context["items"]) == 3
