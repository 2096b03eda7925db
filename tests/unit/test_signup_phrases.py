"""Sign-ups said in words (bot.core.language.signup_phrases)."""

from __future__ import annotations

import pytest

from bot.core.language.signup_phrases import parse_signup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("запиши меня на 6 и 7", (6, 7)),
        ("записаться на 2, 3 и 5", (2, 3, 5)),
        # found in the console walk-through: the numbers right after the verb, as under
        # the list («записаться 2»), were «не понял»
        ("записаться 1 и 2", (1, 2)),
        ("запишите меня 3, 4", (3, 4)),
        ("запиши меня на день открытых дверей", "день открытых дверей"),
        ("записаться 2", None),  # one number: bot.core.language.commands
        ("записаться", None),
        ("1 и 2", None),
    ],
)
def test_parse_signup(text: str, expected: tuple[int, ...] | str | None) -> None:
    assert parse_signup(text) == expected
