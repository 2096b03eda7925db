"""files69: the period a plan's caption names (bot.exports.caption_period) — a month or a
run of months «на …» or alone in a cell, a school year, «на 2027 год» — and none for a
month met otherwise (an approval line, a month's motto)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.exports.caption_period import caption_period


@pytest.mark.parametrize(
    ("caption", "inside", "outside"),
    [
        ("План мероприятий на январь 2027 г.", date(2027, 1, 31), date(2027, 12, 14)),
        ("ПЛАН НА ДЕКАБРЬ 2026 – ЯНВАРЬ 2027 ГОДА", date(2026, 12, 18), date(2027, 2, 3)),
        ("План работы на февраль–март 2027", date(2027, 3, 1), date(2027, 4, 1)),
        ("План работы на ноябрь и декабрь", date(2026, 12, 1), date(2026, 10, 31)),
        ("План на сентябрь-май", date(2027, 1, 15), date(2027, 6, 15)),  # across the new year
        ("План на декабрь-январь 2026-2027 уч. г.", date(2027, 1, 20), date(2027, 2, 1)),
        ("План на май 2026/27 учебного года", date(2027, 5, 20), date(2027, 6, 1)),
        ("АПРЕЛЬ 2027", date(2027, 4, 30), date(2026, 4, 30)),
        ("План на месяц май", date(2027, 5, 9), date(2027, 6, 1)),
        ("План на 2026/2027 учебный год", date(2027, 8, 31), date(2027, 9, 1)),
        ("Мероприятия на 2027 год", date(2027, 12, 31), date(2026, 12, 31)),
    ],
)
def test_a_caption_names_a_period(caption: str, inside: date, outside: date) -> None:
    period = caption_period([[caption]])
    assert period is not None
    assert period.holds(inside)
    assert not period.holds(outside)


@pytest.mark.parametrize(
    "caption",
    [
        "Принят на педсовете в августе 2026",  # a month and a year, no period
        "Утверждено приказом от 31 августа 2026 г.",
        "Март — месяц профориентации",  # a month opening a longer cell
        "План мероприятий",
        "Перенесено в марте",
    ],
)
def test_a_caption_naming_no_period(caption: str) -> None:
    assert caption_period([[caption]]) is None


def test_two_different_months_say_nothing() -> None:
    assert caption_period([["План на январь"], ["План на март"]]) is None


def test_the_words_are_kept_for_the_reply() -> None:
    period = caption_period([["УТВЕРЖДАЮ"], [None, "План на декабрь 2026 – январь 2027 г."]])
    assert period is not None
    assert period.written == "декабрь 2026 – январь 2027"
