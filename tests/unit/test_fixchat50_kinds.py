"""fixchat50 (review50 #2, #3): names and derived words are not misspelt kind words, and a
bare-future question opening with a kind word searches that kind, not an organiser."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.kind_typos import closest_kind, correct_kind_typos
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-05T10:00")  # the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Встречин проведёт лекцию 12 декабря в 15:00", "Встречи"),
        ("Линейкин С.А. проводит семинар для учителей 14 декабря в 14:00", "Линейки"),
        ("Олимпиадники 9Б едут на экскурсию 12 декабря в 10:00", "Олимпиады"),
    ],
)
def test_a_name_or_a_derived_word_opening_a_draft_is_not_corrected(text: str, wrong: str) -> None:
    """review50 #2: the surname / «олимпиадники» became the titles «Встречи», «Линейки»,
    «Олимпиады». The word is never corrected; since chat51 the title is the event the
    sentence names, not the person (tests/unit/test_chat51_leftovers.py)."""
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.corrections == ()
    assert intent.draft.title.split()[0] != wrong


def test_a_quoted_name_is_not_corrected() -> None:
    text, fixed = correct_kind_typos("Экскурсия в кафе «Встречин» 12 декабря в 12:00")
    assert fixed == ()
    assert "«Встречин»" in text


@pytest.mark.parametrize(
    "text",
    [
        "Встречин проведёт лекцию",
        "Линейкин С.А. проводит семинар",
        "Линейкин С. А. проводит семинар",
        "Олимпиадники едут на экскурсию",
        "Семинарка для 9Б",
    ],
)
def test_names_and_suffixed_kind_stems_are_left_as_typed(text: str) -> None:
    assert correct_kind_typos(text)[1] == ()


@pytest.mark.parametrize("typed", ["олимпиадники", "линейкин", "встречин", "семинарка"])
def test_a_kind_stem_with_a_suffix_is_no_typo(typed: str) -> None:
    assert closest_kind(typed) is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [("Экскурся для 9Б", "Экскурсия"), ("Екскурсию бы", "Экскурсию"), ("Лекцыю бы", "Лекцию")],
)
def test_real_typos_opening_a_message_are_still_corrected(typed: str, read: str) -> None:
    assert correct_kind_typos(typed)[0].startswith(read)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Концерт пройдёт 12 декабря?", "концерт"),
        ("Экскурсия точно будет в субботу?", "экскурсия"),
        ("Ярмарка будет 12 декабря?", "ярмарка"),
        ("Экскурсия в музей состоится 12 декабря?", "экскурсия музей"),
    ],
)
def test_a_kind_opening_a_bare_future_question_is_its_title(question: str, title: str) -> None:
    """review50 #3: the opening capital made the kind an organiser («Не нашёл организатора
    «Концерт»»)."""
    intent = parse_message(question, NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.organiser is None
    assert intent.title == title


def test_an_organiser_opening_a_question_is_still_the_organiser() -> None:
    intent = parse_message("КГТУ будет 12 декабря?", NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.organiser == "КГТУ"
