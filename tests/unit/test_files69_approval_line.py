"""files69 (found probing): an approval block written in one cell, the date after the
signer — «УТВЕРЖДАЮ Директор МБОУ СОШ № 5 ______ И. И. Иванова «31» августа 2026 г.» —
states no plan year (title_year); read as «на 2026 год», a plan «на декабрь» put «11.01» in
January 2026 (past)."""

from __future__ import annotations

import pytest

from bot.exports.title_year import StatedYear, stated_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("УТВЕРЖДАЮ Директор «31» августа 2026 г.", None),
        ("УТВЕРЖДАЮ Директор МБОУ СОШ № 5 ______ И. И. Иванова «31» августа 2026 г.", None),
        ("Согласовано: зам. директора по ВР ____ 30.08.2026", None),
        ("Принято на педагогическом совете, протокол № 1, 28 августа 2026 г.", None),
        ("УТВЕРЖДАЮ Директор «31» августа 2026 г. План на 2027 год", StatedYear(2027, False)),
    ],
)
def test_an_approval_line_with_its_signer_states_no_year(
    text: str, year: StatedYear | None
) -> None:
    assert stated_year([text]) == year
