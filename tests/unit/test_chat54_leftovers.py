"""chat54: the pure readers of chat53's conversation leftovers (sentences my own)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.meeting import gathering, meeting_point
from bot.core.language.organiser_questions import organiser_question
from bot.core.models import EventIntent


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Поход в лес 5 декабря в 10:00, сбор у школы в 9:30", "у школы в 9:30"),
        ("Квест 6 декабря в 12:00, встречаемся у главного входа", "у главного входа"),
        ("Театр 7 декабря в 18:00. Сбор в 17:15 у остановки.", "в 17:15 у остановки"),
        ("Сбор 8 декабря у причала в 9:00", None),  # the gathering itself announced
        ("Ярмарка 9 декабря, сбор средств на приют", None),  # a collection of money
        ("Лекция 10 декабря в 15:00 в каб. 21", None),
    ],
)
def test_a_gathering_as_written(text: str, said: str | None) -> None:
    assert gathering(text) == said


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("можно я приду с другом?", ""),
        ("а можно мы с подругой придём?", ""),
        ("можно ли я возьму с собой брата на квест", "квест"),
        ("можно я с сестрой пойду на экскурсию?", "экскурсию"),
        ("можно мы приведём родителей?", ""),
    ],
)
def test_coming_with_someone_is_a_question_for_the_organiser(text: str, reference: str) -> None:
    found = organiser_question(text)
    assert found is not None, text
    assert found.companion, text
    assert found.reference == reference, found


@pytest.mark.parametrize(
    "text",
    [
        "можно красивый с другом",  # not a verb in the first person
        "можно уходящий брат",
    ],
)
def test_no_first_person_verb_is_no_companion_question(text: str) -> None:
    found = organiser_question(text)
    assert found is None, (text, found)


def test_what_to_bring_is_no_companion_question() -> None:
    found = organiser_question("что брать с собой на квест?")
    assert found is not None
    assert not found.companion


NOW = datetime.fromisoformat("2026-12-01T10:00")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # the event's own clock apart from the gathering's: the gathering place is no venue
        ("Поход в лес 5 декабря в 10:00, сбор у школы в 9:30", None),
        ("Квест 6 декабря в 12:00 для 8А, встречаемся у главного входа в 11:40", None),
        # the gathering's clock the only one: where the event begins (test_parser_venue_more)
        ("Поход 5 декабря, сбор в 9:30 у школы", "у школы"),
    ],
)
def test_a_gathering_with_a_clock_of_its_own_is_no_venue(text: str, venue: str | None) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    assert intent.draft.venue == venue, intent.draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # fixgather55: «сбор» + an inanimate genitive noun is a collection (pymorphy3)
        ("Акция 11 декабря в 11:00, сбор макулатуры у школы в 10:30", None),
        ("Субботник 12 декабря, сбор подписей у входа", None),
        # people gathering stays a gathering
        ("Поход 13 декабря в 10:00, сбор в актовом зале в 9:30", "в актовом зале в 9:30"),
    ],
)
def test_a_collection_is_no_gathering_but_people_gather(text: str, said: str | None) -> None:
    assert gathering(text) == said


@pytest.mark.parametrize(
    ("text", "gathers"),
    [
        ("Акция 11 декабря, сбор макулатуры у школы", False),  # a collection's place
        ("Ярмарка 12 декабря, сбор вещей у спортзала", False),
        ("Поход 13 декабря, сбор участников у школы", True),  # people (anim): they gather
        ("Поход 13 декабря, сбор у школы", True),
    ],
)
def test_a_collections_place_is_no_meeting_point(text: str, gathers: bool) -> None:
    assert meeting_point(text, text.rindex(" у ") + 1) is gathers
