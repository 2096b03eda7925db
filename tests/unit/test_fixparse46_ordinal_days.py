"""A day of the month written as an ordinal word is read as its digits (review46 M2).

fresh45 read «с первого по пятое декабря» with a second copy of the digit span rule, so the
application-window, deadline and doubt rules, which know digit days only, missed the span:
«Приём заявок с первого по пятое декабря, концерт 12 декабря в 18:00.» became a daily event
from 1 December. Ordinal day words before a month are now written as digits at
normalisation (tokens.ordinal_days_as_digits), so every rule reads them alike."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.tokens import normalize

NOW = datetime.fromisoformat("2026-12-05T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        (
            "Приём заявок с первого по пятое декабря, концерт 12 декабря в 18:00.",
            "Приём заявок с 1 по 5 декабря, концерт 12 декабря в 18:00.",
        ),
        (
            "Заявки принимаются до пятнадцатого декабря. Конкурс чтецов 20 декабря в 10:00.",
            "Заявки принимаются до 15 декабря. Конкурс чтецов 20 декабря в 10:00.",
        ),
        (
            "Выставка работает с одиннадцатого по семнадцатое декабря.",
            "Выставка работает с 11 по 17 декабря.",
        ),
        (
            "Соревнования пройдут с двадцать восьмого февраля по третье марта.",
            "Соревнования пройдут с 28 февраля по 3 марта.",
        ),
    ],
)
def test_a_day_in_words_reads_as_the_day_in_digits(words: str, digits: str) -> None:
    got, want = _parse(words), _parse(digits)
    for key in ("start", "end", "deadline", "doubts", "recurrence", "title"):
        assert got[key] == want[key], (key, got, want)


def test_the_application_window_is_not_the_event() -> None:
    got = _parse("Приём заявок с первого по пятое декабря, концерт 12 декабря в 18:00.")
    assert (got["start"], got["recurrence"]) == ("2026-12-12T18:00", None), got


@pytest.mark.parametrize(
    "text",
    ["на первое", "второе полугодие", "первого числа", "с первого по пятое место", "Третий день"],
)
def test_an_ordinal_without_a_month_stays_a_word(text: str) -> None:
    assert normalize(text) == text.lower()


def test_the_normalised_text_keeps_its_length() -> None:
    text = "С двадцать восьмого февраля до третьего марта"
    got = normalize(text)
    assert len(got) == len(text)
    assert got.split() == ["с", "28", "февраля", "до", "3", "марта"]
