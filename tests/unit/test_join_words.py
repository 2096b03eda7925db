"""«как стать партнёром?»-type questions (walk 2026-12-01d finding 6) are one command,
JOIN; a question that says more (a date, an event) is not."""

from __future__ import annotations

import pytest

from bot.core.language.commands import Command, CommandKind, parse_command


@pytest.mark.parametrize(
    "text",
    [
        "как стать партнёром?",
        "Как нам стать партнерами школы?",
        "а как добавить мероприятие?",
        "Подскажите, как добавить своё мероприятие?",
        "что нужно, чтобы стать партнёром?",
        "как подключиться к боту",
        "как мне стать педагогом",
        "где взять код?",
        "у нас нет кода приглашения",
    ],
)
def test_joining_questions(text: str) -> None:
    assert parse_command(text) == Command(CommandKind.JOIN)


@pytest.mark.parametrize(
    "text",
    [
        "как добавить мероприятие 15 декабря",
        "как стать партнёром и что на неделе",
        "стать партнёром",
        "код приглашения",
    ],
)
def test_not_joining_questions(text: str) -> None:
    command = parse_command(text)
    assert command is None or command.kind is not CommandKind.JOIN
