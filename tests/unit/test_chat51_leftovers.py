"""chat51: chat50's leftovers, read by the pure readers — a saved event's clashes asked by
its title, a partner's «у музея» / «у нас», compound kind typos («Мастер-клас», «мастер
клас»), a surname opening a draft («Встречин проведёт лекцию»), and a question after a
draft («… концерт. А ярмарка будет?»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.buttons import ButtonAction, from_payload, payload
from bot.core.language.intents import parse_message
from bot.core.language.kind_typos import closest_compound, correct_kind_typos
from bot.core.language.meaning import AddEvents, AlsoAsked, Ask, EventClashes, UnknownButton
from bot.core.language.understand import Dialog, understand
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the parser takes naive wall-clock time


# --- 1: a saved event's clashes asked by its title, no card open ---------------------------


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("с чем пересекается экскурсия?", "экскурсия"),
        ("есть ли накладки у лекции?", "лекции"),
        ("пересекается ли концерт с чем-нибудь?", "концерт"),
        ("с чем пересекается экскурсия в музей?", "экскурсия музей"),
    ],
)
def test_a_question_about_one_events_clashes_names_it(question: str, reference: str) -> None:
    """chat50's walk: «с чем пересекается экскурсия?» said no card was open."""
    assert understand(question, Dialog(), NOW) == EventClashes(reference)


@pytest.mark.parametrize("question", ["что у нас пересекается?", "накладки у 9Б?"])
def test_a_question_about_the_plans_clashes_names_no_event(question: str) -> None:
    assert not isinstance(understand(question, Dialog(), NOW), EventClashes)


def test_the_which_one_button_names_the_event() -> None:
    button = payload(ButtonAction.EVENT_CLASHES, id=7)
    assert from_payload(button) == EventClashes(event_id=7)
    assert isinstance(from_payload({"a": "event_clashes", "id": "x"}), UnknownButton)


# --- 2: whose events: «у музея», «у нас» ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "holder"),
    [("что у музея в декабре?", "музея"), ("что у музея янтаря в декабре?", "музея янтаря")],
)
def test_a_lower_case_holder_is_read(question: str, holder: str) -> None:
    intent = parse_message(question, NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.holder == holder
    assert intent.organiser is None  # the planner decides whether it names an organiser


def test_our_events_are_read_as_ours() -> None:
    intent = parse_message("что у нас в декабре?", NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.ours
    assert intent.holder is None


@pytest.mark.parametrize(
    "question", ["что у 9Б в декабре?", "что у шестиклассников в декабре?", "что у КГТУ в декабре?"]
)
def test_people_and_named_organisers_are_no_holder(question: str) -> None:
    intent = parse_message(question, NOW)
    assert isinstance(intent, QueryIntent)
    assert intent.holder is None
    assert not intent.ours


# --- 3: compound kind words misspelt ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Мастер-клас «Обработка янтаря» 17 декабря", "Мастер-класс «Обработка янтаря» 17 декабря"),
        ("мастер клас 17 декабря", "мастер-класс 17 декабря"),
        ("мастерклас в 15:00", "мастер-класс в 15:00"),
        ("мастер класс 12 декабря", "мастер-класс 12 декабря"),
        ("на мастр-классы для 9Б", "на мастер-классы для 9Б"),
        ("лекция и мастер клас", "лекция и мастер-класс"),
    ],
)
def test_a_misspelt_compound_kind_is_put_right(typed: str, read: str) -> None:
    text, fixed = correct_kind_typos(typed)
    assert text == read
    assert len(fixed) == 1


@pytest.mark.parametrize(
    "typed",
    [
        "мастер-класс 12 декабря",  # spelt right
        "на мастер-классы 9Б",
        "Мастер классно провёл урок",  # a real word, no part of the compound
        "в мастерской 12 декабря",  # a word of its own
        "Петров мастер своего дела",
        "лекция «Мастер клас» 12 декабря",  # a quoted name
    ],
)
def test_no_compound_is_read_into_other_words(typed: str) -> None:
    assert correct_kind_typos(typed) == (typed, ())


def test_a_compound_typo_on_a_draft_is_shown() -> None:
    intent = parse_message("Мастер-клас «Обработка янтаря» 17 декабря в 14:00 для 9Б", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title.startswith("Мастер-класс «Обработка янтаря»")
    assert ("Мастер-клас", "Мастер-класс") in intent.draft.corrections


def test_a_word_near_no_compound_is_none() -> None:
    assert closest_compound("мастер кружка") is None


# --- 4: a surname opening a draft is no title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Встречин проведёт лекцию 12 декабря", "Лекция"),
        ("Иванов проведёт лекцию 12 декабря", "Лекция"),
        ("Мария Ивановна проведёт лекцию 12 декабря", "Лекция"),
        ("Линейкин С.А. проводит семинар для учителей 14 декабря в 14:00", "Семинар для учителей"),
        ("Олимпиадники 9Б едут на экскурсию 12 декабря в 10:00", "Экскурсия"),
    ],
)
def test_the_event_is_the_title_not_the_person(text: str, title: str) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Встреча с ветеранами 12 декабря в 15:00", "Встреча с ветеранами"),
        ("Линейка 12 декабря в 9:00", "Линейка"),
        ("Экскурсия в музей 12 декабря", "Экскурсия в музей"),
    ],
)
def test_a_kind_opening_a_draft_stays_its_title(text: str, title: str) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title == title


# --- 5: a question after a draft ----------------------------------------------------------


def test_a_question_after_a_draft_is_kept() -> None:
    """Before: «А ярмарка будет?» was dropped, only the concert's card answered."""
    intent = understand("12 декабря в 15:00 концерт. А ярмарка будет?", Dialog(), NOW)
    assert isinstance(intent, AlsoAsked), intent
    assert isinstance(intent.first, AddEvents)
    [draft] = intent.first.drafts
    assert draft.title == "Концерт"
    assert isinstance(intent.question, Ask)
    assert intent.question.query.title == "ярмарка"


def test_an_unread_question_about_the_plan_is_kept_to_be_said() -> None:
    intent = understand(
        "Концерт 12 декабря в 15:00 для 10А. А ярмарка когда-нибудь?", Dialog(), NOW
    )
    assert isinstance(intent, AlsoAsked), intent
    assert intent.asked == "А ярмарка когда-нибудь?"


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 12 декабря в 15:00 для 9Б. Накладки есть?",  # the card answers it
        "Экскурсия 12 декабря в 10:00 для 9Б. Кто пойдёт?",  # the announcement's own words
    ],
)
def test_a_question_the_card_answers_is_no_second_question(text: str) -> None:
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddEvents), intent
    assert "?" not in intent.drafts[0].title
