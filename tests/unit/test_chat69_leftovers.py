"""chat69: conversation leftovers — an event's end asked for a named day, a parent's
introduction naming a class before a question, a one-off reminder relative to one event, a
programme's dateless announcing sentence as its title. All sentences are my own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.fronted_topic import question_first
from bot.core.language.meaning import Ask
from bot.core.language.student_asks import without_parent
from bot.core.language.understanding.clash_questions import event_end_asked

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))  # a Tuesday

# --- 2: an event's end asked for a day ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        ("ярмарка во сколько заканчивается в пятницу?", "ярмарка", 4),
        ("до скольки будет концерт 18 декабря?", "концерт", 18),
        ("когда закончится спектакль в субботу?", "спектакль", 5),
        ("сколько длится мастер-класс завтра?", "мастер-класс", 2),
    ],
)
def test_an_end_asked_for_a_day_is_that_days_question(text: str, title: str, day: int) -> None:
    """Before: None (the day made it «no event», and the message was not understood)."""
    asked = event_end_asked(text, NOW)
    assert isinstance(asked, Ask), asked
    assert asked.query.title == title
    assert asked.query.start.day == day


@pytest.mark.parametrize(
    "text",
    ["до скольки уроки в среду?", "когда закончатся каникулы в январе?", "до скольки в пятницу?"],
)
def test_an_end_asked_for_a_day_without_an_event_is_not_read_here(text: str) -> None:
    """Guard: the calendar's or the card's question, as before."""
    assert event_end_asked(text, NOW) is None


# --- 2: a question that names its event first ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("концерт во сколько начнётся в субботу?", "во сколько начнётся в субботу концерт?"),
        ("а ярмарка где?", "а где ярмарка?"),
        ("спектакль когда?", "когда спектакль?"),
        ("Мастер-класс по лепке в каком кабинете?", "в каком кабинете Мастер-класс по лепке?"),
    ],
)
def test_a_fronted_event_goes_after_the_question(text: str, read: str) -> None:
    """Before: «концерт во сколько начнётся в субботу?» was a new event «Концерт во сколько»."""
    assert question_first(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "концерт в субботу",  # no question
        "мы когда выходим?",  # a pronoun, not an event
        "Оля придёт когда?",  # a verb before the question word
        "когда концерт?",  # already first
        "9Б где сегодня?",
    ],
)
def test_other_questions_keep_their_order(text: str) -> None:
    assert question_first(text) == text


# --- 4: a parent's introduction naming a class before a question about one event -------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("я папа ученицы 10А. Когда концерт хора?", "когда концерт хора?"),
        ("я мама ученика 8В, где будет спектакль?", "где будет спектакль?"),
        ("я мама ученика 7Б, что у них на неделе?", None),  # no event: the class is asked
        ("я папа ученицы 10А. Во сколько у них концерт?", None),  # «у них»: the class's
        ("я мама ученика 9Б. Что на неделе?", None),
    ],
)
def test_a_class_in_the_introduction_before_one_events_question(
    text: str, rest: str | None
) -> None:
    """Before: an introduction naming a class was always kept, and «я мама ученика 9Б. Где
    будет экскурсия?» was not understood."""
    assert without_parent(text) == (rest if rest is not None else text)
