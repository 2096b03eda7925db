"""bot.core.language.resend_answers: the update offer's answers in words, and what is none."""

from __future__ import annotations

import pytest

from bot.core.language.commands import CommandKind
from bot.core.language.resend_answers import resend_answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ещё одну встречу добавьте", CommandKind.SAVE_COPY),
        ("это не исправление, а второе занятие", CommandKind.SAVE_COPY),
        ("оставьте оба", CommandKind.SAVE_COPY),
        ("поправьте прежнее", CommandKind.YES),
        ("да, это опечатка", CommandKind.YES),
        ("нет, ничего не меняйте", CommandKind.NO),
        ("пусть всё будет как было", CommandKind.NO),
        # newcomer walk 2026-12-01j, #1: these were «не понял», and the next «да» updated
        ("не надо обновлять", CommandKind.NO),
        ("не обновляй", CommandKind.NO),
        ("оставь прежнее", CommandKind.NO),
        ("нет, это другое занятие", CommandKind.SAVE_COPY),
        ("прежнее оставьте, добавьте новое", CommandKind.SAVE_COPY),
        ("не надо менять, это второе", CommandKind.SAVE_COPY),
        ("не стоит ничего обновлять", CommandKind.NO),
        ("обнови, не добавляй", CommandKind.YES),
    ],
)
def test_answers_in_words(text: str, kind: CommandKind) -> None:
    assert resend_answer(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "да",  # the plain commands keep their own meaning
        "нет",
        "добавь и обнови",  # two answers at once
        "добавь ауд. 310",  # a correction of the card
        "время 16:00",
        "ещё одно занятие 17 декабря в 15:00",
        "Лекция о роботах 16 декабря в 15:00, 9А",
    ],
)
def test_no_answer(text: str) -> None:
    assert resend_answer(text) is None
