"""chat69: conversation leftovers — an event's end asked for a named day, a parent's
introduction naming a class before a question, a one-off reminder relative to one event, a
programme's dateless announcing sentence as its title. All sentences are my own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.fronted_topic import question_first
from bot.core.language.intents import parse_message
from bot.core.language.meaning import Ask
from bot.core.language.remind_leads import lead_of_event
from bot.core.language.remind_moments import read_moment
from bot.core.language.student_asks import reminder_at, without_parent
from bot.core.language.title_programme_head import announced_head, timetable_item
from bot.core.language.understanding.clash_questions import event_end_asked
from bot.core.language.unsign_phrases import parse_mute
from bot.core.models import EventIntent

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
        "а результаты опроса где?",  # no event's kind: the poll's reader (walk z)
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


# --- 3: a one-off reminder relative to one event -------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes", "words"),
    [
        ("напомни за 2 часа до лекции о космосе", 120, "лекции о космосе"),
        ("напомните мне за 30 минут до спектакля", 30, "спектакля"),
        ("напомни за день до ярмарки", 1440, "ярмарки"),
    ],
)
def test_an_offset_before_one_event_is_a_one_off_reminder(
    text: str, minutes: int, words: str
) -> None:
    """Before: the offset made it the settings' «напоминай за …» (not understood)."""
    assert reminder_at(text)
    read = read_moment(text, NOW.replace(tzinfo=None))
    assert read.before == minutes
    assert read.reference == words
    assert read.genitive  # the reply quotes the event's title, not «про спектакля»


@pytest.mark.parametrize(
    "text",
    [
        "напомни за час до начала",  # every event's start: the settings' offset
        "напомни за 2 часа",
    ],
)
def test_other_offsets_are_no_reminder_before_one_event(text: str) -> None:
    """(chat72: «за день до концерта в 18:30» is now a lead with the eve's clock, read by
    remind_leads.lead_of_event; tests/unit/test_chat72_leads.py.)"""
    assert lead_of_event(text) is None


def test_a_day_named_in_the_genitive_is_marked() -> None:
    """«в день ярмарки» gives no words to quote after «не напоминай про …»; «про ярмарку» does."""
    assert read_moment("напомни в день ярмарки в 9:00", NOW.replace(tzinfo=None)).genitive
    assert not read_moment("напомни завтра в 9:00 про ярмарку", NOW.replace(tzinfo=None)).genitive


@pytest.mark.parametrize(
    "text", ["не надо напоминать про ярмарку", "больше не нужно мне напоминать о лекции"]
)
def test_not_needed_to_remind_is_a_mute(text: str) -> None:
    """Before: «не надо напоминать про …» was not understood (only «не напоминай про …»)."""
    muted = parse_mute(text)
    assert muted is not None, text
    assert muted[1], text


# --- 1: a programme under a dateless announcing sentence ------------------------------------

_FESTIVAL = (
    "Фестиваль детского танца пройдёт в доме культуры «Родник».\n"
    "14 марта 09:30-10:00 – торжественная линейка и построение\n"
    "10:00-13:00 – выступления коллективов\n"
    "13:30 – награждение"
)
_CUP = (
    "Открытый кубок по шахматам состоится в гимназии.\n"
    "7 февраля 10:00-10:30 – лекция гроссмейстера\n"
    "10:30-14:00 – партии\n"
    "14:30 – закрытие"
)


@pytest.mark.parametrize(("post", "kind"), [(_FESTIVAL, "Фестиваль"), (_CUP, "кубок")])
def test_the_announcing_first_sentence_titles_its_programme(post: str, kind: str) -> None:
    """Before: «Торжественная линейка …» (the first dated line's kind) for the festival."""
    parsed = parse_message(post, NOW.replace(year=2027, month=1, day=10, tzinfo=None))
    assert isinstance(parsed, EventIntent)
    assert kind.lower() in parsed.draft.title.lower(), parsed.draft.title


def test_the_head_is_read_by_grammar() -> None:
    assert announced_head(_FESTIVAL, (60, 120), True) == 0
    assert announced_head(_CUP, (50, 90), True) == len("Открытый ")
    # dated: the first sentence is the event's own sentence, no head
    assert (
        announced_head("Концерт пройдёт 5 мая в актовом зале.\n10:00 – сбор", (38, 50), True)
        is None
    )
    # no verb of taking place after the kind: a headline, read as before
    assert (
        announced_head("Концерт хора в актовом зале.\n5 мая 10:00 – сбор", (29, 45), True) is None
    )
    # the verb's subject is no kind («Дети выступят …»)
    students = "Наши ученики пройдут тестирование в школе.\n5 мая 10:00 – сбор"
    assert announced_head(students, (43, 60), True) is None
    # no programme, and the dated sentence is no timetable's line: not read here
    assert (
        announced_head("Концерт хора пройдёт в школе.\nНачало 5 мая в 15:00.", (30, 50), False)
        is None
    )


def test_a_timetable_item_is_a_clock_and_a_dash_before_the_kind() -> None:
    text = "14 марта 09:30-10:00 – торжественная линейка"
    assert timetable_item(text, text.index("линейка"))
    assert not timetable_item("Линейка пройдёт в 9:30", 0)
