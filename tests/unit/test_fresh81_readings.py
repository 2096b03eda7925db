"""Readings behind misses of tests/data/real_posts_broad42.jsonl at first sight
(tests/data/fresh81.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

# grade spans in words joined by commas or «и» share one class word at the end: every span is
# grades, so the first «с 1 по 4» is no clock range (read as 13:00 it gave an all-day report
# a start time nobody wrote, and cut «с 1» out of the title)
_JOINED_GRADE_SPANS = [
    (
        "18 марта пройдёт тестирование: с 1 по 4 и с 5 по 7 классы.",
        "2018-03-12T10:00",
        "2018-03-18",
        list(range(1, 8)),
    ),
    (
        "Олимпиада 5 мая для ребят с 2 по 4, с 5 по 8 и с 9 по 11 класс.",
        "2018-04-28T10:00",
        "2018-05-05",
        list(range(2, 12)),
    ),
    (
        "В субботу, 12 октября, спартакиада со 2-го по 4-й и с 6 по 8 классы.",
        "2019-10-07T10:00",
        "2019-10-12",
        [2, 3, 4, 6, 7, 8],
    ),
    (
        "20 ноября на тесты ответят ученики с 1 по 4, с 5 по 7 и с 8 по 11 классов.",
        "2019-11-14T10:00",
        "2019-11-20",
        list(range(1, 12)),
    ),
]


@pytest.mark.parametrize(("text", "now", "start", "grades"), _JOINED_GRADE_SPANS)
def test_grade_spans_joined_before_one_class_word_are_grades_not_a_clock(
    text: str, now: str, start: str, grades: list[int]
) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert got["all_day"], got
    assert got["grades"] == grades, got


# a span of days beside a grade span stays the event's days
def test_a_day_span_beside_joined_grade_spans_stays_the_days() -> None:
    got = _parse("Лагерь работает с 1 по 10 июня, с 3 по 5 и с 7 по 8 классы.", "2018-05-20T10:00")
    assert (got["start"], got["end"]) == ("2018-06-01", "2018-06-10"), got
    assert got["grades"] == [3, 4, 5, 7, 8], got


# a clock span with no class word after it stays a clock
def test_a_clock_span_without_a_class_word_stays_a_clock() -> None:
    got = _parse("Приём 12 марта с 2 по 4, запись у секретаря.", "2018-03-05T10:00")
    assert got["grades"] == [], got
