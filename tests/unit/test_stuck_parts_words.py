"""Safety40 #2: the words and buttons of a city's stuck parts — «что не дошло?» is the
command (and a sentence about something else is not), a forged «Повторить»/«Отбросить»
payload reads as a choice naming no entry, never as another action."""

from __future__ import annotations

import pytest

from bot.core.language.buttons import MAX_ORIGIN, from_payload
from bot.core.language.commands import Command, CommandKind, parse_command
from bot.core.language.meaning import StuckPartChoice


@pytest.mark.parametrize(
    "text",
    ["не дошло", "Что не дошло?", "а что не дошло до других школ?", "застрявшие изменения"],
)
def test_the_stuck_parts_command(text: str) -> None:
    assert parse_command(text) == Command(CommandKind.STUCK_PARTS)


@pytest.mark.parametrize("text", ["письмо не дошло до меня", "не дошло до 9А приглашение"])
def test_other_sentences_with_the_words_are_not_the_command(text: str) -> None:
    found = parse_command(text)
    assert getattr(found, "kind", None) is not CommandKind.STUCK_PARTS


def test_a_button_names_its_entry_and_what_to_do() -> None:
    assert from_payload({"a": "stuck", "o": "g32:ab12", "v": 1}) == StuckPartChoice(
        "g32:ab12", True
    )
    assert from_payload({"a": "stuck", "o": "g32:ab12", "v": 0}) == StuckPartChoice(
        "g32:ab12", False
    )


@pytest.mark.parametrize(
    ("data", "origin", "retry"),
    [
        ({"a": "stuck", "o": ["g32:ab12"], "v": 1}, "", True),  # a list: names nothing
        ({"a": "stuck", "o": 17, "v": "1"}, "", False),
        ({"a": "stuck", "o": "g32:" + "f" * 500, "v": 0}, "g32:" + "f" * (MAX_ORIGIN - 4), False),
        ({"a": "stuck"}, "", False),  # no value: never a retry
        # attack40: a `v` no button sends names no entry, so it is never a dismiss either
        ({"a": "stuck", "o": "g32:ab12"}, "", False),
        ({"a": "stuck", "o": "g32:ab12", "v": 2}, "", False),
        ({"a": "stuck", "o": "g32:ab12", "v": "0"}, "", False),
        ({"a": "stuck", "o": "g32:ab12", "v": 0.5}, "", False),
        ({"a": "stuck", "o": "g32:ab12", "v": False}, "", False),
        ({"a": "stuck", "o": "g32:ab12", "v": True}, "", False),
    ],
)
def test_a_forged_payload_names_no_entry_or_a_cut_one(
    data: dict[str, object], origin: str, retry: bool
) -> None:
    assert from_payload(data) == StuckPartChoice(origin, retry)
