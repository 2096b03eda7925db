"""chat50: misspelt kind words read as the kind they mean, a question's event noun beyond
the parser's kinds, and «хотя нет, не пойду» read as a bare cancel. Pure readers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.asked_titles import asked_title
from bot.core.language.commands import Command, CommandKind
from bot.core.language.intents import parse_message
from bot.core.language.kind_typos import closest_kind, correct_kind_typos
from bot.core.language.meaning import ClashesInPeriod
from bot.core.language.understand import Dialog, understand
from bot.core.language.unsign_phrases import parse_unsign
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("экскурся", "экскурсия"),
        ("екскурсию", "экскурсию"),
        ("эксурсия", "экскурсия"),
        ("лекцыю", "лекцию"),
        ("концерд", "концерт"),
        ("выстовка", "выставка"),
        ("викторена", "викторина"),
    ],
)
def test_a_misspelt_kind_word_is_read_as_its_kind(typed: str, read: str) -> None:
    assert closest_kind(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "векция",  # «лекция» and «секция» are as near
        "семенар",  # «семинар» and «смена» are near
        "экскурсий",  # spelt right
        "иванова",  # a word the dictionary knows
        "лекторова",  # a surname: no kind near enough
        "игрп",  # too short to be read
    ],
)
def test_no_kind_when_none_is_clearly_closest(typed: str) -> None:
    assert closest_kind(typed) is None


def test_the_correction_keeps_the_capital_and_is_reported() -> None:
    text, fixed = correct_kind_typos("Экскурся для 9Б 12 декабря")
    assert text == "Экскурсия для 9Б 12 декабря"
    assert [(c.written, c.read) for c in fixed] == [("Экскурся", "Экскурсия")]


def test_a_capitalised_word_inside_a_sentence_is_a_name() -> None:
    """«Встречин» is one letter from «встречи», but a capital mid-sentence is a surname."""
    assert correct_kind_typos("лекция Встречина 15 декабря")[1] == ()
    # a quoted name is never corrected either (review50 #2: «кафе «Встречин»»)
    assert correct_kind_typos("Лекцыя «Экскурся в прошлое»")[0] == "Лекция «Экскурся в прошлое»"


def test_a_teachers_draft_has_the_corrected_title_and_shows_the_correction() -> None:
    """chat49's walk: «экскурся для 9б …» kept the title «Экскурся»."""
    intent = parse_message("экскурся для 9б 12 декабря в 10:00", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title == "Экскурсия"
    assert ("экскурся", "экскурсия") in intent.draft.corrections
    assert "date_typo" not in intent.draft.doubts  # nothing to ask: shown on the card only


def test_two_near_readings_leave_the_title_as_typed() -> None:
    intent = parse_message("векция 12 декабря в 10:00 для 9б", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title == "Векция"
    assert intent.draft.corrections == ()


def test_a_students_question_searches_the_corrected_kind() -> None:
    intent = parse_message("будет ли екскурсия 16 декабря?", NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.title == "экскурсия"


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("будет ли концерт 16 декабря?", "концерт"),
        ("будет ли спектакль в субботу?", "спектакль"),
        ("какие линейки в декабре?", "линейки"),
    ],
)
def test_a_question_names_an_event_noun_beyond_the_parsers_kinds(question: str, title: str) -> None:
    """chat49: «концерт» is not in bot.core.titles.KIND_WORDS, so nothing was searched."""
    intent = parse_message(question, NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.title == title


@pytest.mark.parametrize("question", ["что интересного в пятницу?", "какая программа на субботу?"])
def test_a_question_without_an_event_noun_names_no_title(question: str) -> None:
    assert asked_title(question, question.rstrip("?").split()[1:2]) is None


@pytest.mark.parametrize(
    "typed", ["хотя нет, не пойду", "нет, не пойду", "ой, не пойду", "не, не пойду"]
)
def test_a_cancel_after_a_second_thought_is_a_bare_cancel(typed: str) -> None:
    """chat49's walk: «хотя нет, не пойду» got the generic «не понял»."""
    assert parse_unsign(typed) == ()


def test_a_cancel_after_a_second_thought_keeps_its_title() -> None:
    assert parse_unsign("хотя нет, не пойду на лекцию") == "лекцию"


# --- the walk: «что у нас пересекается?» listed the whole plan ----------------------------


@pytest.mark.parametrize(
    "question",
    ["что у нас пересекается?", "что с чем пересекается?", "какие есть накладки?", "где накладки?"],
)
def test_a_question_about_the_plans_clashes_is_the_clash_overview(question: str) -> None:
    intent = understand(question, Dialog(), NOW)
    assert isinstance(intent, Command), intent
    assert intent.kind is CommandKind.CLASHES


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("что пересекается в декабре?", date(2026, 12, 1), date(2026, 12, 31)),
        ("есть ли накладки на следующей неделе?", date(2026, 12, 7), date(2026, 12, 13)),
        ("какие пересечения у нас в январе?", date(2027, 1, 1), date(2027, 1, 31)),
    ],
)
def test_a_question_about_a_periods_clashes_reads_the_period(
    question: str, start: date, end: date
) -> None:
    intent = understand(question, Dialog(), NOW)
    assert intent == ClashesInPeriod(start, end)


@pytest.mark.parametrize(
    "text",
    [
        "а накладки есть?",  # a question about an open card (conv41: no card is said)
        "что в декабре?",  # no clash word: the plan
        "лекция о пересечении прямых 15 декабря в 15:00",  # an event
    ],
)
def test_other_texts_are_no_clash_overview(text: str) -> None:
    intent = understand(text, Dialog(), NOW)
    assert not isinstance(intent, ClashesInPeriod), intent
    assert not (isinstance(intent, Command) and intent.kind is CommandKind.CLASHES), intent
