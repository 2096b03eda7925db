"""The Excel export: rows, clash fills and names, formula guard, layout, partner summary."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from bot.exports.model import PlanRow
from bot.exports.samples import demo_week
from bot.exports.texts import load_labels
from bot.exports.xlsx import CLASH_FILL, plan_to_xlsx

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = date(2026, 12, 7)
LABELS = load_labels()


@pytest.fixture
def book() -> Workbook:
    return load_workbook(io.BytesIO(plan_to_xlsx(demo_week(TZ, MONDAY).rows(), TZ)))


def _plan_rows(book: Workbook) -> dict[str, dict[str, object]]:
    ws = book[LABELS.text("sheets", "plan")]
    header = [c.value for c in ws[1]]
    rows = {}
    for cells in ws.iter_rows(min_row=2, values_only=True):
        row = dict(zip(header, cells, strict=True))
        rows[str(row["Название"])] = row
    return rows


def test_sheets_named_from_the_locale(book: Workbook) -> None:
    assert book.sheetnames == ["План", "Партнёры"]


def test_header_and_one_row_per_event(book: Workbook) -> None:
    ws = book["План"]
    assert [c.value for c in ws[1]] == [
        "Дата", "День недели", "Время", "Название", "Организатор",
        "Аудитория", "Место", "Записались", "Оценка", "Накладки", "Учебный календарь",
        "Согласовано",  # walk t, #16: the curator's agreement
        "Исходный текст",  # issue 10: the post as written goes to the export
    ]  # fmt: skip
    assert ws.max_row == 1 + 6  # issue 11: the cancelled event is left out by default


def test_row_values(book: Workbook) -> None:
    rows = _plan_rows(book)
    lecture = rows["Лекция «Профессия инженер»"]
    day = lecture["Дата"]
    assert isinstance(day, datetime)
    assert day.date() == MONDAY
    assert lecture["День недели"] == "понедельник"
    assert lecture["Время"] == "15:00–16:30"
    assert lecture["Организатор"] == "КГТУ"
    assert lecture["Аудитория"] == "9–11 классы"
    assert lecture["Место"] == "актовый зал"
    assert lecture["Записались"] == 42
    assert lecture["Оценка"] == pytest.approx(4.6)
    assert rows["Экскурсия в музей"]["Аудитория"] == "10А, 10Б"
    assert rows["Субботник"]["Аудитория"] == "все классы"
    assert rows["Субботник"]["Время"] == "весь день"
    assert rows["День открытых дверей"]["Время"] == "весь день, по 10.12.2026"
    assert rows["Олимпиада по физике"]["Время"] == "10:00"
    assert rows["Олимпиада по физике"]["Аудитория"] == "7-е классы, 9-е классы"


def test_clashing_rows_are_filled_and_name_the_clash(book: Workbook) -> None:
    ws = book["План"]
    clash_col = [c.value for c in ws[1]].index("Накладки") + 1
    filled = {}
    for row in ws.iter_rows(min_row=2):
        title = row[3].value
        filled[title] = all(c.fill.fgColor.rgb == CLASH_FILL.fgColor.rgb for c in row)
        if title == "Лекция «Профессия инженер»":
            assert row[clash_col - 1].value == (
                "«Экскурсия в музей» — Музей Мирового океана, 07.12 16:00–17:30: те же классы"
            )
            assert row[clash_col - 1].alignment.wrap_text
    assert filled["Лекция «Профессия инженер»"]
    assert filled["Экскурсия в музей"]
    assert not filled["Субботник"]
    assert _plan_rows(book)["Субботник"]["Накладки"] is None


def test_formula_like_text_is_stored_as_text(book: Workbook) -> None:
    ws = book["План"]
    evil = next(r for r in ws.iter_rows(min_row=2) if str(r[3].value).startswith("="))
    title, venue = evil[3], evil[6]
    assert title.value == '=HYPERLINK("http://evil")'
    assert title.data_type == "s"
    assert title.quotePrefix
    assert venue.value == "+79990000000"
    assert venue.data_type == "s"
    assert venue.quotePrefix


@pytest.mark.parametrize("lead", ["=", "+", "-", "@"])
def test_every_formula_lead_is_guarded(lead: str) -> None:
    payload = f"{lead}cmd|' /C calc'!A0"
    rows = [PlanRow(event=demo_week(TZ, MONDAY).events[0], organiser=payload)]
    raw = plan_to_xlsx(rows, TZ)
    cell = load_workbook(io.BytesIO(raw))["План"]["E2"]
    assert cell.value == payload
    assert cell.data_type == "s"
    assert b"<f>" not in _sheet_xml(raw)


def _sheet_xml(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_frozen_header_filter_and_fitted_widths(book: Workbook) -> None:
    ws = book["План"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:M{ws.max_row}"  # M: the description (issue 10)
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEFGHIJ"}
    assert widths["D"] >= len("Лекция «Профессия инженер»")
    assert widths["B"] >= len("понедельник")
    assert widths["J"] <= 60  # the clash column wraps instead of growing without end
    assert widths["H"] < widths["D"]


def test_cancelled_event_left_out_by_default(book: Workbook) -> None:
    assert "Мастер-класс по робототехнике" not in _plan_rows(book)


def test_cancelled_event_when_asked_is_struck_and_has_a_status() -> None:
    rows = demo_week(TZ, MONDAY).rows()
    book = load_workbook(io.BytesIO(plan_to_xlsx(rows, TZ, include_cancelled=True)))
    ws = book["План"]
    header = [c.value for c in ws[1]]
    assert header[-1] == "Статус"  # the last column, after the school calendar's
    status = len(header) - 1
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == "Мастер-класс по робототехнике")
    assert row[3].font.strike
    assert row[status].value == "отменено"
    statuses = [r[status].value for r in ws.iter_rows(min_row=2)]
    assert statuses.count(None) == len(rows) - 1


def test_control_characters_never_break_the_export() -> None:
    """Issue 9: a title with a control character made every covering export fail."""
    plan = demo_week(TZ, MONDAY)
    plan.events[0] = replace(plan.events[0], title="Лекция\x01 о\x1f роботах\x7f", venue="зал\x0b")
    book = load_workbook(io.BytesIO(plan_to_xlsx(plan.rows(), TZ)))
    rows = _plan_rows(book)
    assert rows["Лекция о роботах"]["Место"] == "зал"


def test_partner_summary(book: Workbook) -> None:
    ws = book["Партнёры"]
    assert [c.value for c in ws[1]] == [
        "Организатор", "Мероприятий", "С накладками", "Записались", "Средняя оценка",
        "Ответили", "Были", "NPS",  # the chat's «итоги» (walk z, Z17)
    ]  # fmt: skip
    # the sample has counts and ratings but no poll answers: its «итоги» columns are read in
    # tests/integration/test_export_poll_figures.py
    summary = {r[0]: r[1:5] for r in ws.iter_rows(min_row=2, values_only=True)}
    # КГТУ: the lecture (42, 4.6) and the olympiad (12); the cancelled class is left out
    assert summary["КГТУ"] == (2, 1, 54, pytest.approx(4.6))
    assert summary["Музей Мирового океана"] == (2, 1, 25, pytest.approx(4.2))
    # the субботник takes sign-ups and has none: 0, not blank (walk 2026-12-03ad, AD9)
    assert summary["Школа № 7"] == (1, 0, 0, None)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:H{ws.max_row}"


def test_empty_plan_gives_headers_only() -> None:
    book = load_workbook(io.BytesIO(plan_to_xlsx([], TZ)))
    assert book["План"].max_row == 1
    assert book["Партнёры"].max_row == 1


def test_the_agreed_column_gives_the_day_agreed_or_that_it_waits() -> None:
    """Walk t, #16: «Согласовано» holds the school-local day the curator agreed the event (a
    date cell), or «ждёт согласования»."""
    rows = demo_week(TZ, MONDAY).rows()
    agreed_at = datetime(2026, 12, 1, 23, 30, tzinfo=ZoneInfo("UTC"))  # 2 Dec in Kaliningrad
    rows[0] = replace(rows[0], event=replace(rows[0].event, agreed_at=agreed_at, agreed_by=1))
    book = load_workbook(io.BytesIO(plan_to_xlsx(rows, TZ)))
    found = _plan_rows(book)
    day = found[rows[0].event.title]["Согласовано"]
    assert isinstance(day, datetime)
    assert day.date() == date(2026, 12, 2)
    assert found["Экскурсия в музей"]["Согласовано"] == "ждёт согласования"


def test_the_plan_prints_landscape_one_page_wide_with_its_header_on_each_page(
    book: Workbook,
) -> None:
    """Newcomer walk 57: a deputy head prints the plan; its 13 columns came out portrait,
    cut over several sheets of paper, the header on the first page only."""
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
