"""Walk r (2026-12-02) words fixconv18a reads: keeping one's sign-ups at the cancel question
(#9), the waiting-list place question (#18), reminders at a clock time (#22)."""

from __future__ import annotations

import pytest

from bot.core.language.signup_questions import asks_waiting_place
from bot.core.language.unsign_phrases import keeps_sign_ups


@pytest.mark.parametrize(
    "text",
    [
        "нет",
        "нет, не надо отменять",
        "не отменяй",
        "Не отменяйте!",
        "ничего не отменяй",
        "не надо",
        "оставь как есть",
        "нет, оставьте",
        "я передумал отменять",
        "неа",
    ],
)
def test_keeping_sign_ups(text: str) -> None:
    assert keeps_sign_ups(text)


@pytest.mark.parametrize(
    "text", ["не пойду 2", "отмени 2", "да", "1", "отмени всё", "не пойду на экскурсию"]
)
def test_not_keeping(text: str) -> None:
    assert not keeps_sign_ups(text)


@pytest.mark.parametrize(
    "text",
    [
        "а я какой в очереди?",
        "какое у меня место в листе ожидания?",
        "я какая по счёту в очереди",
        "какой у меня номер в очереди на экскурсию",
        "сколько передо мной в очереди?",
    ],
)
def test_waiting_place_questions(text: str) -> None:
    assert asks_waiting_place(text)


@pytest.mark.parametrize(
    "text", ["какая очередь в столовой", "сколько записалось на лекцию?", "в очереди на экскурсию"]
)
def test_not_waiting_place_questions(text: str) -> None:
    assert not asks_waiting_place(text)
