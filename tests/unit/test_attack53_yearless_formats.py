"""Attack53 #7: which Excel number formats show a date without its year (bot.exports.scan)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.exports.grids import shown_without_year
from bot.exports.scan import yearless_format


@pytest.mark.parametrize(
    "code", ["DD.MM", "d mmmm", "[$-419]D MMMM", "d-mmm", "DD.MM hh:mm", '"до" dd.mm']
)
def test_a_day_and_month_without_a_year(code: str) -> None:
    assert yearless_format(code)


@pytest.mark.parametrize(
    "code",
    ["DD.MM.YYYY", "yyyy-mm-dd", 'D MMMM YYYY "г."', "hh:mm", "mm:ss", "dddd hh:mm", "0.00", ""],
)
def test_a_year_a_clock_or_no_date(code: str) -> None:
    assert not yearless_format(code)


def test_the_value_is_the_text_the_cell_shows() -> None:
    assert shown_without_year(datetime(2026, 1, 12)) == "12.01"  # noqa: DTZ001 (wall clock)
    assert shown_without_year(datetime(2026, 1, 12, 14, 30)) == "12.01 14:30"  # noqa: DTZ001
    assert shown_without_year(date(2026, 1, 12)) == "12.01"
    assert shown_without_year("12 января") == "12 января"
