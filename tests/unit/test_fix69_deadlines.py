"""fix69: deadlines.py's windows read over the dot of «каб.», «им.», «ул.» (sentences.
IN_SENTENCE) and still stop at a sentence's end. Sentences written for the test."""

from __future__ import annotations

from bot.core.language.deadlines import _PERIOD_END_DEADLINE, _WEEKDAY_DEADLINE, DEADLINE


def test_request_window_reads_over_a_room_abbreviation() -> None:
    assert DEADLINE.search("Анкеты сдать в каб. 14 до") is not None
    assert DEADLINE.search("Анкеты сдать вовремя. Потом до") is None


def test_weekday_deadline_reads_over_a_name_abbreviation() -> None:
    text = "заявки в библиотеку им. чехова до пятницы"  # read lower-cased
    assert _WEEKDAY_DEADLINE.search(text) is not None
    assert _WEEKDAY_DEADLINE.search("заявки ждём. библиотека до пятницы") is None


def test_period_end_reads_over_a_street_abbreviation() -> None:
    text = "Работы принимаем на ул. Садовой до конца недели"
    assert _PERIOD_END_DEADLINE.search(text) is not None
