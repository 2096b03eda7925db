"""Readings behind the misses of tests/data/real_posts_broad38.jsonl at first sight
(tests/data/fresh77.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

import pytest

from bot.core.language.sentences import sentence_across_wraps
from tests.title_probe import parsed as _parse

# a page copied with its lines cut to a width: a line going on with a small letter after a
# word or a comma is the same sentence, so a report's day on the first line is read with
# the past verb on the next and stays this year's
_WRAPPED_REPORTS = [
    (
        "14 декабря учащиеся нашей\nшколы побывали на концерте в Филармонии.",
        "2021-12-15T12:00",
        "2021-12-14",
        None,
    ),
    (
        "14 декабря Учащиеся нашей школы\n  побывали на концерте.",
        "2021-12-15T12:00",
        "2021-12-14",
        None,
    ),
    (
        "14 декабря в Доме культуры\nпрошла ёлка для первоклассников.",
        "2021-12-15T12:00",
        "2021-12-14",
        None,
    ),
    (
        "С 10 по 14 декабря ученики Школы,\nучаствовали в акции «Добрые крышечки».",
        "2021-12-16T12:00",
        "2021-12-10",
        "2021-12-14",
    ),
]


@pytest.mark.parametrize(("text", "now", "start", "end"), _WRAPPED_REPORTS)
def test_a_hard_wrapped_report_keeps_its_year(
    text: str, now: str, start: str, end: str | None
) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (start, end), got
    assert "past" in got["doubts"], got


def test_a_wrapped_announcement_stays_ahead() -> None:
    # the wrapped line's verb is a future one: the day passed this year is next year's
    got = _parse("14 декабря наши Ученики\nпосетят концерт.", "2021-12-15T12:00")
    assert got["start"] == "2022-12-14", got


def test_a_line_break_before_a_capital_ends_the_sentence() -> None:
    text = "Итоги года\nВ декабре прошёл концерт."
    assert sentence_across_wraps(0, text) == (0, 10)


def test_a_lower_cased_copy_reads_the_wrap_from_its_cased_text() -> None:
    cased = "Книги расскажут обо всём\nЗаседание клуба прошло 17 мая."
    lowered = cased.lower()
    # lower-cased alone, every line opens with a small letter: no wrap is told by case
    assert sentence_across_wraps(30, lowered) == (25, len(lowered))
    assert sentence_across_wraps(30, lowered, cased) == (25, len(lowered))
    wrapped = "14 декабря учащиеся Школы\nпобывали на концерте."
    assert sentence_across_wraps(0, wrapped.lower(), wrapped) == (0, len(wrapped))
