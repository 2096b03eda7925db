"""The reason a cancellation gives (bot.core.language.cancel_phrases.cancel_reason; newcomer
walk 2026-12-02t, #7) and the rooms a plan question names (bot.core.language.asked_rooms, #9).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.asked_rooms import asked_room, in_room
from bot.core.language.cancel_phrases import cancel_reason, why_cancelled


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            "интенсив по 3d-моделированию, в каникулы школа закрыта",
            ("интенсив по 3d-моделированию", "в каникулы школа закрыта"),
        ),
        ("лекцию 10 декабря, потому что лектор заболел", ("лекцию 10 декабря", "лектор заболел")),
        ("концерт, зал занят ремонтом", ("концерт", "зал занят ремонтом")),
        ("экскурсию из-за карантина", ("экскурсию", "карантина")),
    ],
)
def test_a_stated_reason_is_split_from_the_events_words(
    reference: str, expected: tuple[str, str]
) -> None:
    assert cancel_reason(reference) == expected


@pytest.mark.parametrize(
    "reference",
    [
        "экскурсию, пожалуйста",
        "экскурсию, которая стоит на пятницу",
        "лекцию, что завтра",
        "лекцию, она переносится в пятницу",
        "лекцию 10 декабря, 15:00",
        "мастер-класс по python",
    ],
)
def test_words_that_still_name_the_event_are_no_reason(reference: str) -> None:
    assert cancel_reason(reference) == (reference, None)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("почему отменили интенсив?", "интенсив"),
        ("по какой причине отменена лекция 10 декабря?", "лекция 10 декабря"),
        ("А почему куратор отменил экскурсию", "экскурсию"),
        ("почему вы отменили концерт?", "концерт"),
    ],
)
def test_why_was_it_cancelled_names_its_event(question: str, reference: str) -> None:
    assert why_cancelled(question) == reference


@pytest.mark.parametrize("question", ["отмени интенсив", "почему так поздно?", "когда лекция?"])
def test_other_messages_are_no_why_question(question: str) -> None:
    assert why_cancelled(question) is None


@pytest.mark.parametrize(
    ("question", "room", "free"),
    [
        ("когда свободен актовый зал на следующей неделе?", "актовый зал", True),
        ("что в актовом зале в пятницу?", "актовый зал", False),
        ("занят ли кабинет 204 в среду?", "кабинет 204", True),
        ("что в спортзале завтра?", "спортзал", False),
    ],
)
def test_a_question_names_its_room(question: str, room: str, free: bool) -> None:
    asked = asked_room(question)
    assert asked is not None
    assert (asked.words, asked.free) == (room, free)


@pytest.mark.parametrize(
    ("room", "venue", "held"),
    [
        ("актовый зал", "школа, актовый зал", True),
        ("актовый зал", "Актовый зал", True),
        ("актовый зал", "спортзал", False),
        ("кабинет 204", "каб. 204", True),
        ("кабинет 204", "каб. 205", False),
        ("актовый зал", None, False),
    ],
)
def test_a_venue_is_matched_to_the_room(room: str, venue: str | None, held: bool) -> None:
    assert in_room(room, venue) is held
