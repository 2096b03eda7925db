"""The recommendation step's looser reading (newcomer walk 2026-12-01, finding 18): a score
hedged with words («ну 8 наверное»), the one number 0–10 of a short message, and a text
with no score kept as the comment — with the counter-cases that must stay unread."""

from __future__ import annotations

import pytest

from bot.core.dialog import Dialog, PollQuestion, PollStep
from bot.core.language.meaning import NotUnderstood, PollAnswer, PollAnswerKind
from bot.core.language.poll_answers import is_comment, lone_score, typed_number
from bot.core.language.understand import understand
from tests.unit.test_understand import NOW


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ну 8 наверное", 8),
        ("наверно 9", 9),
        ("где-то 7", 7),
        ("8 из 10", 8),
        ("восемь", 8),
        ("9 пожалуй", 9),
        ("Ну, 6 наверное.", 6),
        ("ну где-то на семь, наверное", 7),
    ],
)
def test_hedged_scores_are_whole_scores(text: str, value: int) -> None:
    assert typed_number(text) == value
    assert lone_score(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("я бы поставил 8", 8),
        ("хорошо, 9", 9),
        ("думаю что 10 из 10", 10),
        ("ноль, не понравилось", 0),
    ],
)
def test_the_one_number_of_a_short_message(text: str, value: int) -> None:
    assert typed_number(text) is None  # not a bare score ...
    assert lone_score(text) == value  # ... but its only number is


@pytest.mark.parametrize(
    "text",
    [
        "в 4 часа",
        "9 класс",
        "2 паяльника на 10 человек",  # two numbers
        "7,5",
        "ну 15 наверное",  # out of range: not a lone score (the strict reader asks again)
        "одна ошибка была",  # «одна» counts, it does not score
        "паяльники были старые, но преподаватель классный",
        "было очень интересно, спасибо преподавателю, пришли бы ещё раз в 8 классе",  # long
    ],
)
def test_what_is_not_a_lone_score(text: str) -> None:
    assert lone_score(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "паяльники были старые, но преподаватель классный)))",
        "было интересно",
        "круто",
        "душновато, но полезно",
        "всё понравилось",
    ],
)
def test_comments(text: str) -> None:
    assert is_comment(text)


@pytest.mark.parametrize("text", ["хммм ну как сказать", "ну такое", "хз", "а кто видит оценки?"])
def test_not_comments(text: str) -> None:
    assert not is_comment(text)


def test_at_the_recommendation_step_a_text_without_a_score_is_the_comment() -> None:
    step = Dialog(waiting=PollStep(5, PollQuestion.RECOMMEND))
    text = "паяльники были старые, но преподаватель классный)))"
    assert understand(text, step, NOW) == PollAnswer(PollAnswerKind.COMMENT, 5, text)
    assert understand("ну 8 наверное", step, NOW) == PollAnswer(PollAnswerKind.RECOMMEND, 5, 8)
    assert understand("я бы поставил 8", step, NOW) == PollAnswer(PollAnswerKind.RECOMMEND, 5, 8)
    # a filler is asked again (NotUnderstood -> poll_chat.ask_again), never stored
    assert understand("хммм ну как сказать", step, NOW) == NotUnderstood()


def test_without_the_recommendation_step_a_text_is_no_comment() -> None:
    text = "паяльники были старые, но преподаватель классный"
    assert understand(text, Dialog(), NOW) == NotUnderstood()
    rating = Dialog(waiting=PollStep(5, PollQuestion.COMMENT))
    assert understand(text, rating, NOW) == PollAnswer(PollAnswerKind.COMMENT, 5, text)
