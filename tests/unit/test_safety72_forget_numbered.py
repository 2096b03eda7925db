"""safety72 #5: «отмени напоминание 0» (and a number past three digits) is a cancel of a
numbered one-off reminder the list has not — not a cancel of a sign-up («Вы пока никуда не
записаны — отменять нечего», review69). Sentences are my own."""

from __future__ import annotations

import pytest

from bot.core.language.remind_moments import forget_numbered


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("отмени напоминание 0", 0),
        ("удали напоминание №0", 0),
        ("Отмените напоминание 00.", 0),
        ("убери напоминание 1000", 1000),
        ("отмени напоминание 2", 2),
    ],
)
def test_a_numbered_cancel_keeps_its_number(text: str, number: int) -> None:
    assert forget_numbered(text) == number


@pytest.mark.parametrize(
    "text", ["отмени напоминание", "отмени напоминание -1", "отмени 0", "отмени запись 0"]
)
def test_no_number_is_no_numbered_cancel(text: str) -> None:
    assert forget_numbered(text) is None
