"""Walk v (2026-12-02), F2: an upper age bound alone in a post, and a reply that sets or removes
a card's age (bot.core.language.post_ages, bot.core.language.age_replies). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.age_replies import AgeReply, age_reply
from bot.core.language.post_ages import take_ages
from bot.core.language.tokens import Scanner


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("первенство среди юношей в возрасте от 17 лет и младше.", (0, 17)),
        ("играют дети 12 лет и младше", (0, 12)),
        ("турнир для команд девушек не старше 14 лет", (0, 14)),
        ("приглашаем исследователей в возрасте до 10 лет (включительно)", (0, 10)),
        ("категории: 11 лет и младше, 12–13 лет, 14–15 лет", (0, 15)),
        ("дети до 7 лет — бесплатно", None),  # a price rule, not the audience
        ("для ребят от 14 лет", (14, 99)),
        ("для ребят от 7 до 10 лет", (7, 10)),
    ],
)
def test_ages_in_a_post(text: str, ages: tuple[int, int] | None) -> None:
    assert take_ages(Scanner(text)) == ages


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("возраст: до 17 лет", AgeReply((0, 17), "")),
        ("возраст до 17", AgeReply((0, 17), "")),
        ("Возраст 7–10", AgeReply((7, 10), "")),
        ("возраст 12+", AgeReply((12, 99), "")),
        ("исправь возраст на 15 лет и младше", AgeReply((0, 15), "")),
        ("до 17 лет", AgeReply((0, 17), "")),
        ("без возраста", AgeReply(None, "")),
        ("возраст любой", AgeReply(None, "")),
        ("убери возраст", AgeReply(None, "")),
        ("7–11 классы, до 17 лет", AgeReply((0, 17), "7–11 классы")),
        ("9А, 9Б, без возраста", AgeReply(None, "9А, 9Б")),
        ("7–11 классы", None),
        ("до 17", None),  # a time, not an age
        ("время 15:30", None),
        ("возраст участников уточним позже", None),
    ],
)
def test_age_replies(text: str, reply: AgeReply | None) -> None:
    assert age_reply(text) == reply
