"""files66: an approval date above a plan states no plan year (title_year)."""

from __future__ import annotations

import pytest

from bot.exports.title_year import StatedYear, stated_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Приказ № 45 от «01» сентября 2026 г.", None),
        ("Утверждено 31.08.2026 г.", None),
        ("«31» августа 2026 г.", None),
        ("Утверждено приказом от 31.08.2026 № 5", None),
        ("План с 1 декабря 2026 по 31 мая 2027", StatedYear(2026, True)),
        ("План на 2027 год", StatedYear(2027, False)),
        ("План на 2026/2027 учебный год, утвержден 30.08.2026", StatedYear(2026, True)),
    ],
)
def test_an_approval_date_is_no_plan_year(text: str, year: StatedYear | None) -> None:
    assert stated_year([text]) == year
