"""A headline that opens with a quoted name is the event's own name (title_discourse.
_no_event_named): title80's «a title naming no event takes its sentence's event» must leave it.
Found at the round-45 merge: broad43 #13 («"Золотые рыбки" против "Золотых петушков"» over
«… провели литературный квест») lost its title to «Литературный квест». Posts our own; the
first failed before the fix, the others are guards."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "«Весёлые ракеты» против «Быстрых комет»\n5 декабря в спортзале школы учителя "
            "физкультуры провели спортивную эстафету для учеников 3-х классов.",
            "Весёлые ракеты",
        ),
        (
            "«Книжкины именины» против «Читаек»\n2 декабря в школьной библиотеке провели "
            "литературный квест для учеников 2-х классов.",
            "Книжкины именины",
        ),
        (
            "«Зимние сказки» в гостях у первоклассников\n4 декабря в библиотеке прошла "
            "литературная игра для 1-х классов.",
            "Зимние сказки",
        ),
        (
            '"Умники и умницы" снова в школе\n18 декабря в актовом зале пройдёт '
            "интеллектуальная викторина для 5–6 классов.",
            "Умники и умницы",
        ),
    ],
)
def test_a_quoted_headline_keeps_its_name(text: str, name: str) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    assert name in intent.draft.title, intent.draft.title
