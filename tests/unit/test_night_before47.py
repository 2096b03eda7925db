"""«в ночь на 25 июня»: the night named by the morning it ends on begins the evening before,
so the event spans both days (as «в ночь с 24 на 25 июня» does)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Фестиваль уличного кино пройдёт в ночь на 12 июля в городском парке.",
            "2027-07-11",
            "2027-07-12",
        ),
        (
            "Акция «Ночь в библиотеке» — в ночь на 3 марта, приглашаем старшеклассников.",
            "2027-03-02",
            "2027-03-03",
        ),
        ("Дежурство дружины в ночь на 1 января у ёлки на площади.", "2026-12-31", "2027-01-01"),
    ],
)
def test_night_named_by_its_morning(text: str, start: str, end: str) -> None:
    got = _parse(text, "2026-11-30T10:00")
    assert (got["start"], got["end"]) == (start, end)


def test_a_night_with_its_clock_starts_that_evening() -> None:
    got = _parse(
        "Наблюдение за звездопадом в ночь на 14 августа с 23:00 до 3:00 во дворе школы.",
        "2026-11-30T10:00",
    )
    assert (got["start"], got["end"]) == ("2027-08-13T23:00", "2027-08-14T03:00")


def test_a_night_word_without_на_is_one_day() -> None:
    got = _parse("Ночь кино 25 июня в парке.", "2026-11-30T10:00")
    assert (got["start"], got["end"]) == ("2027-06-25", None)
