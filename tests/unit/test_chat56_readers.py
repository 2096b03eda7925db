"""chat56's pure readers: a polite second-person request read as the imperative
(polite_requests), leave to come later or go earlier (organiser_questions), a chat line's
destination after a verb of going (venue_more). All sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.organiser_questions import organiser_question
from bot.core.language.polite_requests import as_imperative
from tests.title_probe import parsed_venue

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the school's naive wall-clock time


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Покажете план на декабрь?", "покажите план на декабрь?"),
        ("Подскажете, что на следующей неделе?", "подскажите что на следующей неделе?"),
        ("Не подскажете расписание на завтра?", "подскажите расписание на завтра?"),
        ("Можете показать накладки?", "покажите накладки?"),
        ("Вы не могли бы напомнить расписание на пятницу?", "напомните расписание на пятницу?"),
        ("А ты можешь показать накладки в декабре?", "покажи накладки в декабре?"),
        ("Не могли бы вы показать мои записи?", "покажите мои записи?"),
        ("Скажешь, когда концерт?", "скажи когда концерт?"),
        ("а можешь подсказать все мероприятия на неделе?", "подскажи все мероприятия на неделе?"),
        ("Покажете на следующей неделе?", "покажите что на следующей неделе?"),
        ("Не подскажете на декабрь?", "подскажите что на декабрь?"),
    ],
)
def test_a_polite_request_is_read_as_the_imperative(text: str, meant: str | None) -> None:
    assert as_imperative(text, NOW) == (meant if meant is not None else text)


@pytest.mark.parametrize(
    "text",
    [
        "Посетите выставку «Зима»!",
        "Приходите на концерт 12 декабря",
        "Покажете фокус?",  # a verb of showing, but nothing of the bot's
        "Можете прийти на ярмарку?",  # «можете» with a verb of coming
        "Придёте на концерт?",
        "Экскурсия в музей 14 декабря в 10:00 для 9Б. Покажете план на декабрь?",
        "покажите план на декабрь",  # already the imperative
    ],
)
def test_other_second_person_sentences_stay_as_written(text: str) -> None:
    assert as_imperative(text, NOW) == text


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("можно я приду позже?", ""),
        ("можно я уйду пораньше?", ""),
        ("а можно мы попозже придём?", ""),
        ("можно мне уйти раньше с концерта?", "концерта"),
        ("можно ли я приду пораньше на экскурсию?", "экскурсию"),
        ("а можно я опоздаю?", ""),
        ("можно мы задержимся на концерт?", "концерт"),
    ],
)
def test_leave_to_come_later_is_a_question_for_the_organiser(text: str, reference: str) -> None:
    asked = organiser_question(text)
    assert asked is not None
    assert asked.timing
    assert not asked.companion
    assert asked.reference == reference


@pytest.mark.parametrize(
    "text",
    [
        "можно я лучше приду?",
        "можно я приду с другом?",
        "можно позже?",
        "приду позже",
        "можно я приду?",
    ],
)
def test_other_shapes_are_no_timing_question(text: str) -> None:
    asked = organiser_question(text)
    assert asked is None or not asked.timing


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "12 декабря в 15:00 ребята 9 класса в компании Марии Ивановны отправятся "
            "в кинотеатр «Мир».",
            "кинотеатр «Мир»",
        ),
        ("14 декабря в 11:00 8А пойдёт в краеведческий музей", "музей"),
        ("18 декабря в 10:00 волонтёры направятся в приют «Лапа»", None),  # no place noun
    ],
)
def test_a_destination_after_a_verb_of_going_is_the_chat_lines_venue(
    text: str, venue: str | None
) -> None:
    got = parsed_venue(text)
    if venue is None:
        assert got is None or "приют" not in got
    else:
        assert got is not None
        assert venue in got, got
