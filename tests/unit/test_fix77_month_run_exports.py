"""A plan row run through whole months (files75: «Месячник безопасности — декабрь») in the
exports: «в течение декабря» / «с марта по май», not «весь день, по 31.12.2026» (fix77); the
calendar feed gives it whole days (RFC 5545 §3.6.1: DTSTART;VALUE=DATE and an exclusive
DTEND;VALUE=DATE); and our own export reads back as the same run."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from bot.exports.ics import plan_to_ics
from bot.exports.importer import RowError, read_plan
from bot.exports.model import PlanRow
from bot.exports.pdf import week_to_html
from bot.exports.samples import demo_week
from bot.exports.texts import load_labels, time_text
from bot.exports.xlsx import plan_to_xlsx

TZ = ZoneInfo("Europe/Kaliningrad")
LABELS = load_labels()
TITLE = "Месячник безопасности"


def _run(first: date, after: date) -> PlanRow:
    """One demo row turned into an all-day run from `first` to the day before `after`."""
    row = demo_week(TZ, date(2026, 12, 7)).rows()[0]
    start = datetime.combine(first, datetime.min.time(), TZ)
    end = datetime.combine(after, datetime.min.time(), TZ)
    event = replace(row.event, title=TITLE, start=start, end=end, all_day=True, end_given=True)
    return replace(row, event=event, clashes=(), calendar=())


def _time(first: date, after: date) -> str:
    event = _run(first, after).event
    return time_text(LABELS, event.start, event.end, True, True, TZ)


def test_a_month_run_is_worded_by_its_months() -> None:
    assert _time(date(2026, 12, 1), date(2027, 1, 1)) == "в течение декабря"
    assert _time(date(2027, 3, 1), date(2027, 6, 1)) == "с марта по май"
    assert _time(date(2026, 9, 1), date(2027, 6, 1)) == "с сентября по май"
    # not whole months: as before
    assert _time(date(2026, 12, 2), date(2027, 1, 1)) == "весь день, по 31.12.2026"
    assert _time(date(2026, 12, 1), date(2026, 12, 31)) == "весь день, по 30.12.2026"
    assert _time(date(2026, 12, 1), date(2026, 12, 2)) == "весь день"


def test_the_xlsx_says_the_month_and_reads_back_as_the_same_run() -> None:
    data = plan_to_xlsx([_run(date(2027, 3, 1), date(2027, 4, 1))], TZ)
    sheet = load_workbook(io.BytesIO(data))[LABELS.text("sheets", "plan")]
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, next(sheet.iter_rows(min_row=2, values_only=True)), strict=True))
    assert values["Время"] == "в течение марта"
    (read,) = read_plan(data, "plan.xlsx", datetime(2026, 12, 1, 10, 0))  # noqa: DTZ001
    assert not isinstance(read, RowError)
    assert read.draft.all_day
    assert (read.draft.start, read.draft.end) == (
        datetime(2027, 3, 1),  # noqa: DTZ001 - the importer's naive school wall-clock
        datetime(2027, 3, 31),  # noqa: DTZ001 - the last day's midnight, as «весь день, по»
    )


def test_a_time_cell_naming_months_is_read_only_for_a_row_dated_their_first_day() -> None:
    text = (
        "Название;Дата;Время\n"
        "Акция;01.03.2027;с марта по май\n"
        "Кросс;01.03.2027;март\n"
        "Не с первого;02.03.2027;в течение марта\n"
        "Не тот месяц;01.04.2027;в течение марта\n"
    )
    rows = read_plan(text.encode("utf-8"), "plan.csv", datetime(2026, 12, 1, 10, 0))  # noqa: DTZ001
    first, second, third, fourth = rows
    assert not isinstance(first, RowError)
    assert not isinstance(second, RowError)
    assert first.draft.end == datetime(2027, 5, 31)  # noqa: DTZ001
    assert second.draft.end == datetime(2027, 3, 31)  # noqa: DTZ001
    assert isinstance(third, RowError)
    assert isinstance(fourth, RowError)


def test_the_week_pdf_page_says_the_month() -> None:
    html = week_to_html([_run(date(2026, 12, 1), date(2027, 1, 1))], date(2026, 12, 7), TZ, "Ш")
    assert "в течение декабря" in html
    assert "весь день, по" not in html


def test_the_calendar_feed_gives_whole_days() -> None:
    row = _run(date(2027, 3, 1), date(2027, 4, 1))
    feed = plan_to_ics([row], TZ, "План", generated_at=datetime.now(UTC)).decode()
    assert "DTSTART;VALUE=DATE:20270301" in feed
    assert "DTEND;VALUE=DATE:20270401" in feed  # exclusive: the day after 31 March
    assert "весь день" not in feed
    assert (row.event.end - row.event.start) == timedelta(days=31)
