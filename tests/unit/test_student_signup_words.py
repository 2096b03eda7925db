"""A student's words for sign-up and its cancel (newcomer walk 2026-12-01, finding 8):
list numbers as ordinals («запиши меня на второе»), sign-up by title with the verb anywhere
(«на пайку тоже запиши»), the cancel of one's own sign-up by title («не пойду на
олимпиаду», «отпиши меня от экскурсии»). Counter-cases: a post's «не пойдёт», an
organiser's «отмени лекцию» (an EVENT cancel) and the bare commands keep their meaning."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog, DraftField, MissingField
from bot.core.language.commands import Command, CommandKind
from bot.core.language.list_numbers import list_numbers, ordinal_number
from bot.core.language.meaning import (
    CancelByText,
    SignupByTitle,
    SignupMany,
    UnsignByTitle,
)
from bot.core.language.signup_phrases import parse_signup
from bot.core.language.understand import understand
from bot.core.language.unsign_phrases import parse_unsign
from tests.unit.test_understand import asking

NOW = datetime.fromisoformat("2026-12-01T10:00")  # school wall-clock


@pytest.mark.parametrize(
    ("phrase", "numbers"),
    [
        ("второе", (2,)),
        ("первое", (1,)),
        ("третье", (3,)),
        ("вторую", (2,)),
        ("одиннадцатое", (11,)),
        ("2-е", (2,)),
        ("2е", (2,)),
        ("3-ий", (3,)),
        ("номер два", (2,)),
        ("под номером 3", (3,)),
        ("№ 2", (2,)),
        ("первое и третье", (1, 3)),
        ("второе мероприятие", (2,)),
        ("пятый пункт", (5,)),
    ],
)
def test_list_numbers_in_words(phrase: str, numbers: tuple[int, ...]) -> None:
    assert list_numbers(phrase) == numbers


@pytest.mark.parametrize(
    "phrase",
    ["второе декабря", "пятницу", "пайку", "два", "вторую экскурсию", "последнее", "экскурсию"],
)
def test_what_is_not_a_list_number(phrase: str) -> None:
    assert list_numbers(phrase) is None


@pytest.mark.parametrize("word", ["пятница", "пятёрка", "второй", "пятый"])
def test_ordinals_are_pymorphys_numeral_adjectives(word: str) -> None:
    expected = {"второй": 2, "пятый": 5}.get(word)
    assert ordinal_number(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("запиши меня на второе", (2,)),
        ("Запишите меня на 2-е!", (2,)),
        ("запиши на номер два", (2,)),
        ("записаться на первое и третье", (1, 3)),
        ("запиши меня на 2", (2,)),  # «записаться на 2» stays the command
        ("на пайку тоже запиши", "пайку"),
        ("хочу на пайку", "пайку"),
        ("можно мне на экскурсию?", "экскурсию"),
        ("запишите и меня на экскурсию", "экскурсию"),
        ("я тоже хочу пойти на олимпиаду", "олимпиаду"),
        ("на экскурсию запиши меня пожалуйста", "экскурсию"),
    ],
)
def test_sign_up_said_in_words(text: str, expected: tuple[int, ...] | str) -> None:
    assert parse_signup(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "записаться на 2",  # the command
        "хочу на пятницу",  # a day, no event named
        "хочу на каникулах отдохнуть",
        "хочу на 10 декабря перенести лекцию",  # a partner's move
        "можно на экскурсию взять младших?",
        "приглашаем на экскурсию, можно записаться до 5 декабря",
        "на экскурсию в музей записываемся до 5 декабря",
        "не хочу на олимпиаду",  # a cancel, not a sign-up
    ],
)
def test_not_a_sign_up(text: str) -> None:
    assert parse_signup(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("не пойду на олимпиаду", "олимпиаду"),
        ("не пойду на лекцию", "лекцию"),
        ("на лекцию я не пойду", "лекцию"),
        ("отпиши меня от экскурсии пожалуйста", "экскурсии"),
        ("отпишите меня с олимпиады", "олимпиады"),
        ("передумал идти на олимпиаду", "олимпиаду"),
        ("передумала на экскурсию", "экскурсию"),
        ("отмени мою запись на лекцию", "лекцию"),
        ("удалите запись на пайку", "пайку"),
        ("к сожалению не смогу прийти на экскурсию", "экскурсию"),
        ("не пойду на лекцию, заболел", "лекцию"),
        ("я заболел, не пойду на олимпиаду", "олимпиаду"),
        ("не смогу прийти на второе", (2,)),
        ("не пойду на 2-е", (2,)),
    ],
)
def test_cancel_of_ones_sign_up(text: str, expected: tuple[int, ...] | str) -> None:
    assert parse_unsign(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "не пойду",  # the command (the last event)
        "не пойду 2",
        "отменить запись",
        "отмени лекцию",  # an organiser's EVENT cancel
        "отмени лекцию по физике 10 декабря",
        "Лекция не пойдёт в зачёт олимпиады",  # a post's «не пойдёт»
        "мы не сможем провести лекцию 10 декабря",
        "Внимание! Экскурсия в порт не пойдёт по плану, автобус не придёт",
    ],
)
def test_not_a_cancel_of_ones_sign_up(text: str) -> None:
    assert parse_unsign(text) is None


def test_understood_with_the_last_list() -> None:
    listed = Dialog(listed=[41, 42])
    assert understand("запиши меня на второе", listed, NOW) == SignupMany((2,), (42,))
    assert understand("на пайку тоже запиши", listed, NOW) == SignupByTitle("пайку")
    assert understand("не пойду на олимпиаду", listed, NOW) == UnsignByTitle("олимпиаду")
    assert understand("отмени мою запись на лекцию", listed, NOW) == UnsignByTitle("лекцию")
    unsign = understand("не пойду на второе", listed, NOW)
    assert unsign == Command(CommandKind.UNSIGN, event_id=42)
    several = understand("не пойду на первое и второе", listed, NOW)
    assert not isinstance(several, Command)  # never only the first of them, silently


def test_organisers_words_keep_their_meaning() -> None:
    """«отмени лекцию» stays the EVENT cancel (the partner's path), «отмени 2» the command,
    a bare «не пойду» the command, and a post with «не пойдёт» is no sign-up cancel."""
    listed = Dialog(listed=[41, 42])
    assert understand("отмени лекцию", listed, NOW) == CancelByText("лекцию", asked=True)
    assert understand("отмени 2", listed, NOW) == Command(CommandKind.CANCEL, event_id=42)
    assert understand("не пойду", Dialog(last_event=7), NOW) == Command(
        CommandKind.UNSIGN, event_id=7, last_looked_at=True
    )
    assert understand("не пойду 2", listed, NOW) == Command(CommandKind.UNSIGN, event_id=42)
    post = "Лекция о профессиях 10 декабря в 15:00 не пойдёт в зачёт, но будет интересно"
    assert not isinstance(understand(post, listed, NOW), UnsignByTitle | SignupByTitle)


def test_an_answer_to_a_drafts_question_is_no_sign_up() -> None:
    """«можно в актовом зале» while a draft is open belongs to the draft; the same words
    with no draft open read as a sign-up by title (the verb anywhere)."""
    dialog = asking(MissingField(DraftField.TIME))
    answer = understand("можно в актовом зале", dialog, NOW)
    assert not isinstance(answer, SignupByTitle)
    assert understand("не пойду на лекцию", dialog, NOW) != UnsignByTitle("лекцию")
    wish = SignupByTitle("актовом зале", wish=True)  # no «запиши»: a wish to go (conv45)
    assert understand("можно в актовом зале", Dialog(), NOW) == wish
