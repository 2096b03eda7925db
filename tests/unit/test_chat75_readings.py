"""chat75: the readings behind the console items (tests/data/chat75.md) — a one-day event's
new end clock (run_end_phrases), «мне обязательно идти?» (organiser_questions), «а если я не
пойду?» (no cancel: unsign_phrases), a shift under an open move card (card_move_when) and a
chat line's «после 14:30» (post_draft.with_bound_clock_doubt through parse_message).
Sentences my own."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.core.language.draft_corrections import card_move_when
from bot.core.language.intents import parse_message
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.run_end_phrases import run_end_said
from bot.core.language.unsign_phrases import parse_unsign
from bot.core.models import EventIntent

NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the school's naive wall clock


@pytest.mark.parametrize(
    ("text", "reference", "until"),
    [
        ("продли лекцию до 17:00", "лекцию", time(17)),
        ("лекция продлится до 17:30", "лекция", time(17, 30)),
        ("перенеси окончание лекции на 17:00", "лекции", time(17)),
        ("измени время окончания семинара на 16:45", "семинара", time(16, 45)),
        ("лекция закончится в 17", "лекция", time(17)),
        ("пусть мастер-класс закончится в 5 вечера", "мастер-класс", time(17)),
        ("продлите, пожалуйста, её до 17.00", "", time(17)),
        ("консультация будет идти до 18:00", "консультация", time(18)),
    ],
)
def test_an_end_clock_is_read(text: str, reference: str, until: time) -> None:
    said = run_end_said(text, NOW)
    assert said is not None, text
    assert (said.reference, said.last, said.until) == (reference, None, until)


@pytest.mark.parametrize(
    "text",
    [
        "выставка закончится 10 января",  # a day after «закончится»: a post's, not a change
        "продли лекцию до 10 января в 17:00",  # a day and a clock
        "лекция продлится до 15:00–17:00",  # a range
        "Лекция 15 декабря закончится в 17:00, актовый зал, 9А",  # a comma: a new event
    ],
)
def test_no_end_clock(text: str) -> None:
    said = run_end_said(text, NOW)
    assert said is None or said.until is None, (text, said)


def test_a_day_is_still_a_last_day() -> None:
    said = run_end_said("продли выставку до 10 января", NOW)
    assert said is not None
    assert (said.last, said.until) == (date(2027, 1, 10), None)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("мне обязательно идти?", ""),
        ("нам надо обязательно идти?", ""),
        ("а мне обязательно на экскурсию?", "экскурсию"),
        ("мне нужно идти на экскурсию?", "экскурсию"),
        ("мы должны туда идти?", ""),
        ("я должна идти на концерт?", "концерт"),
        ("надо ли нам идти на лекцию?", "лекцию"),
        ("нашему классу обязательно идти?", ""),
        ("на экскурсию обязательно идти?", "экскурсию"),
        ("в музей нам надо ехать?", "музей"),
        ("идти обязательно?", ""),
        ("а если я не пойду?", ""),
        ("что будет, если я не пойду на экскурсию?", "экскурсию"),
    ],
)
def test_must_i_go_is_asked(text: str, event: str) -> None:
    asked = organiser_question(text)
    assert asked is not None, text
    assert asked.optional, text
    assert asked.reference == event


@pytest.mark.parametrize(
    "text",
    [
        "обязательно приду",
        "мне надо уйти пораньше",
        "нам надо взять сменку?",
        "мы должны принести форму?",
        "мне обязательно брать паспорт?",
        "мне нужно к 9?",
        "я не пойду",
    ],
)
def test_no_must_i_go(text: str) -> None:
    asked = organiser_question(text)
    assert asked is None or not asked.optional, text


def test_a_condition_cancels_no_sign_up() -> None:
    assert parse_unsign("а если я не пойду?") is None
    assert parse_unsign("что будет, если не приду на экскурсию?") is None
    assert parse_unsign("не пойду на экскурсию") == "экскурсию"  # guard
    assert parse_unsign("хотя нет, не пойду") == ()  # guard: a second thought


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("на час позже", "на час позже"),
        ("лучше на час позже", "на час позже"),
        ("а можно ещё на полчаса позже?", "на полчаса позже"),
        ("давай на день раньше", "на день раньше"),
        ("лучше в 15:30", "в 15:30"),  # guard: a clock as before
    ],
)
def test_a_shift_answers_an_open_move_card(text: str, when: str) -> None:
    assert card_move_when(text, NOW) == when


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Урок мужества 15 декабря после 14:30 в актовом зале, 9А", True),
        ("Встреча с ветераном 16 декабря не ранее 15.00, 9А", True),
        ("Урок мужества 15 декабря в 14:30 в актовом зале, 9А", False),
        ("Субботник 17 декабря с 14:30 до 16:00 после уроков, 9А", False),
        ("Концерт 18 декабря после 3 урока, в 11:00, актовый зал", False),
    ],
)
def test_a_chat_line_after_a_clock_asks_it(text: str, asked: bool) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert ("after_clock" in intent.draft.doubts) is asked, (text, intent.draft.doubts)
