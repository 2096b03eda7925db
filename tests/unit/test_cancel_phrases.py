"""Which messages cancel an event in words, and what they point at."""

from __future__ import annotations

import pytest

from bot.core.language.cancel_phrases import cancel_reference, reference_lemmas


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("отмени лекцию по физике 10 декабря", "лекцию по физике 10 декабря"),
        ("Отмените, пожалуйста, экскурсию в музей", "экскурсию в музей"),
        ("Концерт хора 15 декабря не состоится.", "концерт хора 15 декабря"),
        ("К сожалению, встреча с ветеранами отменяется!", "встреча с ветеранами"),
        ("Мастер-класс в пятницу отменён", "мастер-класс в пятницу"),
    ],
)
def test_a_cancellation_and_its_reference(text: str, reference: str) -> None:
    assert cancel_reference(text) == reference


@pytest.mark.parametrize(
    "text",
    [
        "отмени 2",
        "Лекция 10 декабря в 15:00, 9 классы",
        "Концерт отменяется?",  # a question
        "Лекция 10 декабря переносится на 17 декабря, прежняя дата отменена",  # a move
        "Экскурсия в парк 12 декабря в 11:00. " * 6 + "В случае дождя экскурсия отменяется.",
        "Олимпиада 12 декабря\nВ случае карантина олимпиада отменяется",  # a pasted post
    ],
)
def test_not_a_cancellation(text: str) -> None:
    assert cancel_reference(text) is None


def test_reference_lemmas_leave_out_days_and_filler() -> None:
    assert reference_lemmas("лекцию по физике 10 декабря в пятницу") == {"лекция", "физика"}
    assert reference_lemmas("это мероприятие завтра") == frozenset()
