"""conv45's readings: a sign-up said as a wish or as an order, the title answering «На
какое записать?», and a question asked in the past tense."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.intents_query import asks_in_past_tense
from bot.core.language.signup_phrases import title_answer, wishes
from bot.core.models import EventIntent


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("хочу пойти на лекцию", True),
        ("хочу на пайку", True),
        ("можно мне на экскурсию?", True),
        ("запиши меня на лекцию", False),
        ("на пайку тоже запиши", False),
        ("хочу записаться на экскурсию", False),
        ("Запишите и меня на экскурсию", False),
    ],
)
def test_a_wish_to_go_is_not_the_order_to_sign_up(text: str, wish: bool) -> None:
    assert wishes(text) is wish


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("на экскурсию", "экскурсию"),
        ("экскурсию", "экскурсию"),
        ("Экскурсия в музей", "экскурсия в музей"),
        ("на лекцию пожалуйста", "лекцию"),
    ],
)
def test_a_title_answers_which_one(text: str, title: str) -> None:
    assert title_answer(text) == title


@pytest.mark.parametrize(
    "text",
    ["что в субботу?", "на пятницу", "в субботу", "2", "не знаю", "а что есть на этой неделе"],
)
def test_what_names_no_title(text: str) -> None:
    assert title_answer(text) is None


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("что было 31 мая?", True),
        ("31 мая что было?", True),
        ("что прошло 31 мая?", True),
        ("какие мероприятия были в понедельник?", True),
        ("что будет 31 мая?", False),
        ("что 31 мая?", False),
        ("что было запланировано на 9 декабря?", False),
        # review45 #2: only the question's own clause counts, «будет» wins, and «я был /
        # мы были» is about the asker, not the events
        ("что запланировано было на 9 декабря", False),
        ("что будет в пятницу? я был болен на прошлой неделе", False),
        ("что в пятницу, если я был на олимпиаде?", False),
        ("что будет 12 декабря, раз я был в отъезде?", False),
        ("мы были в отъезде, что было в пятницу?", True),
        ("я болел, какие мероприятия прошли в понедельник?", True),
        ("что там было, будет ли что-то 12 декабря?", False),
    ],
)
def test_a_question_in_the_past_tense(text: str, past: bool) -> None:
    assert asks_in_past_tense(text) is past


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # (with «… болен на прошлой неделе» the week is still read into the question's
        # Friday: the temporal parts span sentences, a separate reading left for later)
        ("что будет в пятницу? я был болен", "2026-12-04"),
        ("что в пятницу, если я был на олимпиаде?", "2026-12-04"),
        ("что будет 12 декабря, раз я был в отъезде?", "2026-12-12"),
        ("что было в пятницу?", "2026-11-27"),
    ],
)
def test_the_asker_in_the_past_leaves_the_day_asked_ahead(text: str, day: str) -> None:
    """On Tuesday 1 December the asker's own «я был» moved the coming Friday a week back and
    12 December a year back (review45 #2); a question itself in the past tense still asks
    about the day gone."""
    got = parse_message(text, datetime.fromisoformat("2026-12-01T10:00"))
    assert str(getattr(got, "start", None)) == day, got


NOW = datetime.fromisoformat("2026-12-01T10:00")  # the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Весь день здоровья 12 декабря, 9А", "День здоровья"),
        ("12 декабря целый день открытых дверей, 9А", "День открытых дверей"),
        ("Олимпиада 12 декабря весь день, 9А", "Олимпиада"),
        ("Весь день в спортзале 12 декабря: турнир по волейболу, 9А", "Турнир по волейболу"),
    ],
)
def test_a_day_opening_a_name_is_not_the_whole_days(text: str, title: str) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    assert intent.draft.all_day, intent.draft
    assert intent.draft.title == title, intent.draft
