"""bot.exports.cells.formula_like: the CSV text cells Excel would evaluate were the file
opened in it (attack 2026-12-03aa, #4: «+1+1» and «-1+2» were read without a note), and the
text that only looks a little like one (a phone number, a temperature, a dash)."""

from __future__ import annotations

import pytest

from bot.exports.cells import formula_like

NAMED = ["=1+1", "@SUM(A1)", "+A1", "-cmd|' /C calc'!A0", "-(1)"]
NAMED += ["+1+1", "-1+2", "+2*3", "-10/2", "+1,5+2", "-5-7", "+1 + 1", "+7-999-123-45-67"]
NOT_NAMED = ["-30 лет Победы", "+ концерт", "Концерт = праздник", "-5 °C", "+7 999 123-45-67"]
NOT_NAMED += ["-5-7 °C", "+1", "-15", "1+1", "+7 (999) 123-45-67", "- 1+1 класс", "+1+1 класс"]


@pytest.mark.parametrize("text", NAMED)
def test_a_cell_excel_would_evaluate_is_named(text: str) -> None:
    assert formula_like(text)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_text_that_excel_keeps_as_text_is_not_named(text: str) -> None:
    assert not formula_like(text)
