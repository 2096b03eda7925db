"""Month headings and the day lines under them (bot.core.language.month_rows; walk p #17):
cases written for the rule, not taken from any file."""

from __future__ import annotations

import pytest

from bot.core.language.month_rows import (
    dated_by_month_headings,
    month_heading,
    without_month_headings,
)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Декабрь", (12, None)),
        ("ДЕКАБРЬ 2026 г.:", (12, 2026)),
        ("Май —", (5, None)),
        ("В январе:", (1, None)),
        ("  Сентябрь, 2027 года", (9, 2027)),
    ],
)
def test_a_month_alone_is_a_heading(line: str, found: tuple[int, int | None]) -> None:
    assert month_heading(line) == found


@pytest.mark.parametrize(
    "line", ["Декабрьский концерт", "Лекция", "в декабрь", "Январе", "Декабрь — концерт хора"]
)
def test_other_lines_are_no_month_heading(line: str) -> None:
    assert month_heading(line) is None


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("5 — Лекция, 15:00", "5 марта — Лекция, 15:00"),
        ("05 - Лекция", "05 марта — Лекция"),
        ("12 (чт) – Квиз", "12 марта (чт) — Квиз"),
        ("12, чт — Квиз", "12 марта (чт) — Квиз"),
        ("3–7 — Неделя театра", "3–7 марта — Неделя театра"),
        ("• 9 — Кросс", "• 9 марта — Кросс"),
        ("9 — 15:00 Кросс", "9 марта — 15:00 Кросс"),
    ],
)
def test_a_day_line_takes_the_heading_month(line: str, dated: str) -> None:
    assert dated_by_month_headings(["Март", line]) == ["Март", dated]


@pytest.mark.parametrize(
    "line",
    [
        "1. Лекция о звёздах, 15:00",  # a numbered list item
        "10-00 экскурсия",  # a clock
        "9.30 — сбор",  # a clock
        "12 марта, 15:00 — Квиз",  # its own month
        "Квиз 12-го",  # no day first
        "2026 — год науки",  # no day number
    ],
)
def test_other_lines_under_a_heading_stay(line: str) -> None:
    assert dated_by_month_headings(["Март", line]) is None


def test_the_heading_year_and_the_next_heading() -> None:
    lines = ["Декабрь 2026", "28 — Ёлка", "Январь 2027", "12 — Лыжи"]
    assert without_month_headings(lines) == ["28 декабря 2026 — Ёлка", "12 января 2027 — Лыжи"]


def test_day_lines_without_a_heading_stay() -> None:
    lines = ["5 — Лекция", "6 — Квиз"]
    assert dated_by_month_headings(lines) is None
    assert without_month_headings(lines) is lines
