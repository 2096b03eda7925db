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


# a verb of ending whose subject names no kind of its own (a third-person pronoun, a general
# word for an event: «соревнования», «мероприятие») ends the event the post told begun, however
# far from the onset: the day it names is the run's last, the onset's day its first
_BODY = (
    " в городском Дворце спорта открылся межшкольный турнир по шахматам среди учащихся 5-11"
    " классов. В соревнованиях принимают участие 60 юных шахматистов из двенадцати школ"
    " города и района. Каждому участнику предстоит сыграть семь партий."
)
_ENDED_RUNS = [
    ("Во вторник" + _BODY + " Завершится он 11 августа.", "2006-08-08", "2006-08-11"),
    ("Сегодня" + _BODY + " Завершатся соревнования 11 августа.", "2006-08-08", "2006-08-11"),
    ("Во вторник" + _BODY + " Завершатся соревнования 11 августа.", "2006-08-08", "2006-08-11"),
    (
        "Во вторник в школьной библиотеке открылась выставка детских рисунков «Мой край». На"
        " ней представлено более сорока работ учеников начальных классов. Юные художники"
        " рисовали родные места. Закончится мероприятие 11 августа.",
        "2006-08-08",
        "2006-08-11",
    ),
]


@pytest.mark.parametrize(("text", "start", "end"), _ENDED_RUNS)
def test_an_ending_said_of_the_told_event_closes_its_run(text: str, start: str, end: str) -> None:
    got = _parse(text, "2006-08-08T15:00")
    assert (got["start"], got["end"]) == (start, end), got


def test_an_ending_of_another_thing_stays_an_end_day() -> None:
    # a registration ending is no end of the tournament: its day is read as before
    got = _parse("Во вторник" + _BODY + " Завершится регистрация 11 августа.", "2006-08-08T15:00")
    assert got["end"] is None, got
    assert "end_day" in got["doubts"], got


# a page copied with its lines cut to a width (three breaks or more inside sentences after
# lines of 60 characters or longer): a line just under a title's length is wrapped too, so
# the event's name cut at it is read whole
_WRAPPED_PAGE = (
    "Вчера ученики седьмых классов нашей школы побывали на спектакле Городского\n"
    "театра юного зрителя «Снежная королева». Ребята внимательно следили за игрой\n"
    "артистов и после спектакля задали им много вопросов о профессии актёра и о\n"
    "том, как готовят декорации. Такие поездки мы будем продолжать и дальше."
)


def test_a_wrapped_page_joins_its_lines_just_under_a_title() -> None:
    lines = _WRAPPED_PAGE.split("\n")
    assert all(60 <= len(line) <= 80 for line in lines[:3])
    got = _parse(_WRAPPED_PAGE, "2024-12-11T12:00")
    assert "театра юного зрителя" in (got["title"] or "").lower(), got
