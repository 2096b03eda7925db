"""chat49's readings of yes/no questions about the plan: a past-tense one about a date in
the coming weeks («была ли лекция 9 декабря?» a week before), one with a word before
«будет ли» or a «точно будет» («а экскурсия точно будет в субботу?», «В каб. 21 будет ли
собрание в четверг?»), and a class with a generic activity word («будут ли у 9Б занятия в
субботу?»). Sentences our own; the clock is Tuesday 1 December 2026."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.card_questions import CardAsked, card_question
from bot.core.language.end_answers import end_on_card
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the parser takes naive wall-clock time


def _query(text: str) -> QueryIntent:
    got = parse_message(text, NOW)
    assert isinstance(got, QueryIntent), got
    return got


# --- 1: a past-tense yes/no question about a date in the coming weeks -------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("была ли лекция 9 декабря?", date(2026, 12, 9)),
        ("прошла ли экскурсия 10 декабря?", date(2026, 12, 10)),
        ("а было ли собрание 25 декабря?", date(2026, 12, 25)),
        ("была ли лекция 9.12?", date(2026, 12, 9)),
    ],
)
def test_a_past_yes_no_question_about_a_near_date_reads_the_coming_one(
    text: str, day: date
) -> None:
    """Before: a year back (9 December 2025), 357 days away instead of 8."""
    query = _query(text)
    assert (query.start, query.end) == (day, day), query
    assert query.not_yet, query


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("была ли лекция 31 мая?", date(2026, 5, 31)),  # May gone: 184 days back, 181 on
        ("было ли собрание 20 февраля?", date(2026, 2, 20)),  # 81 days on: not the coming weeks
        ("была ли лекция 30 ноября?", date(2026, 11, 30)),  # yesterday
        ("что было 9 декабря?", date(2025, 12, 9)),  # no yes/no question: as before
    ],
)
def test_other_past_questions_keep_the_day_gone(text: str, day: date) -> None:
    """Guards: a date far ahead, one already past and a «что было …?» read as before."""
    query = _query(text)
    assert query.start == day, query
    assert not query.not_yet, query


def test_a_future_yes_no_question_is_not_marked_not_yet() -> None:
    """«будет ли …?» about the coming 9th says nothing of «not yet»: it asks about the plan."""
    query = _query("будет ли лекция 9 декабря?")
    assert query.start == date(2026, 12, 9)
    assert not query.not_yet


# --- 2: a word before «будет ли», «точно будет», a room first ----------------------------


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        ("а экскурсия точно будет в субботу в 15:00?", date(2026, 12, 5), "экскурсия"),
        ("В каб. 21 будет ли собрание в четверг?", date(2026, 12, 3), "собрание"),
        ("экскурсия будет ли 10 декабря?", date(2026, 12, 10), "экскурсия"),
        ("а лекция точно будет 9 декабря в 15:00?", date(2026, 12, 9), "лекция"),
        ("репетиция точно состоится 9 декабря в 15:00?", date(2026, 12, 9), "репетиция"),
        ("ребята, а будет ли экскурсия в четверг?", date(2026, 12, 3), "экскурсия"),
        ("лекция правда будет в среду в 15:00?", date(2026, 12, 2), "лекция"),
    ],
)
def test_a_yes_no_question_with_words_before_its_verb_asks_the_plan(
    text: str, day: date, title: str
) -> None:
    """Before: an event card («Экскурсия точно будет?», «Собрание» in каб. 21)."""
    query = _query(text)
    assert query.start == day, query
    assert query.title is not None, query
    assert title in query.title, query


@pytest.mark.parametrize(
    "text",
    [
        "Будет ли интересно? Приходите 12 декабря в 18:00 на концерт!",
        "Концерт 12 декабря в 18:00 точно будет!",
        "Экскурсия точно будет интересной. 12 декабря в 15:00, каб. 21",
        "Лекция 9 декабря в 15:00 — узнаем, будет ли жизнь на Марсе",
    ],
)
def test_announcements_with_the_same_words_stay_events(text: str) -> None:
    """Guards: two sentences, no «?», or «будет ли» inside an event's own title."""
    assert isinstance(parse_message(text, NOW), EventIntent)


# --- 3: a class and a generic activity word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("будут ли у 9Б занятия в субботу?", date(2026, 12, 5)),
        ("будут ли у 9 «Б» занятия в субботу?", date(2026, 12, 5)),
        ("у 9Б будут занятия в четверг?", date(2026, 12, 3)),
        ("будет ли у 9Б какое-то занятие 9 декабря?", date(2026, 12, 9)),
        ("есть ли у 9Б мероприятия в четверг?", date(2026, 12, 3)),
    ],
)
def test_a_class_with_a_generic_activity_word_asks_its_events(text: str, day: date) -> None:
    """Before: a title search for «занятия» (nothing is called that)."""
    query = _query(text)
    assert query.start == day, query
    assert query.title is None, query
    assert "9Б" in query.audience.classes, query


def test_a_named_activity_of_a_class_is_still_searched() -> None:
    """Guard: «занятия по робототехнике» name the events asked about."""
    query = _query("будут ли у 9Б занятия по робототехнике в субботу?")
    assert query.title is not None, query
    assert "робототехник" in query.title, query


# --- walk: the end typed or asked on an open card ---------------------------------------

START = datetime.fromisoformat("2026-12-12T10:00")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("до 13:00", "13:00"),
        ("до 13", "13:00"),
        ("закончится в 13:00", "13:00"),
        ("окончание в 13.30", "13:30"),
        ("окончание 13:00", "13:00"),
        ("а заканчивается в 12", "12:00"),
        ("на 3 часа", "13:00"),
        ("длительность 3 часа", "13:00"),
        ("продлится 2 часа", "12:00"),
        ("полтора часа", "11:30"),
        ("90 минут", "11:30"),
        ("нет, до 14:00", "14:00"),
    ],
)
def test_an_end_typed_on_a_card(text: str, end: str) -> None:
    """«до 13:00» on a card of 10:00 whose end is not given: before, «не понял»."""
    got = end_on_card(text, START)
    assert got is not None, got
    assert got.strftime("%H:%M") == end, got


def test_an_afternoon_hour_typed_short() -> None:
    """«до 5» on a card of 15:00 is 17:00."""
    got = end_on_card("до 5", datetime.fromisoformat("2026-12-12T15:00"))
    assert got is not None, got
    assert got.strftime("%H:%M") == "17:00", got


@pytest.mark.parametrize(
    "text", ["в 13:00", "13:00", "до 15 декабря", "3 часа ночи", "места до 30"]
)
def test_other_replies_are_no_end(text: str) -> None:
    """Guards: a start, a day, other fields."""
    assert end_on_card(text, START) is None


def test_an_end_before_the_start_is_given_for_the_caller_to_ask() -> None:
    """fixclock62 (review60 #6): «до 9:00» on a card of 10:00 is 09:00, before the start,
    which the card asks (end_before_start); before it was no end, and «до 16» at 17:00 crashed."""
    got = end_on_card("до 9:00", START)
    assert got is not None, got
    assert got < START, got


@pytest.mark.parametrize(
    "text",
    [
        "а сколько она будет длиться?",
        "а когда она закончится?",
        "до скольки?",
        "а сколько по времени?",
        "сколько длится?",
        "а конец во сколько?",
    ],
)
def test_the_end_asked_on_a_card(text: str) -> None:
    assert card_question(text) is CardAsked.END


@pytest.mark.parametrize("text", ["а накладки есть?", "сколько мест?", "а где?"])
def test_other_card_questions_are_not_the_end(text: str) -> None:
    assert card_question(text) is not CardAsked.END
