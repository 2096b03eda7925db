"""fix75: the parser's small leftovers of round 41 — sentences of my own, read by the real
intent parser (bot.core.language.intents.parse_message, as the console and the bot do)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.greeting_names import greeting_name
from bot.core.language.intents import parse_message

TODAY = "2026-12-06T10:00"  # a Sunday


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(TODAY)))


# 2. the school holidays (or a term) beginning is the calendar's, no event to plan
@pytest.mark.parametrize(
    "text",
    [
        "Начались каникулы.",
        "Начались зимние каникулы.",
        "У школьников начались каникулы",
        "Каникулы начались!",
    ],
)
def test_holidays_begun_are_no_event(text: str) -> None:
    assert _parse(text)["intent"] != "event", text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Стартовал турнир.", "Турнир"),
        ("Начались каникулы, а в музее стартовала программа «Зимние истории».", None),
    ],
)
def test_an_event_begun_beside_them_is_still_read(text: str, title: str | None) -> None:
    got = _parse(text)
    assert got["intent"] == "event", got
    assert title is None or got["title"] == title, got
    assert "begun_today" in got["doubts"], got  # type: ignore[operator]


# 4. a greeting names the person by their own name, never a role word, class or organisation
@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Ольга", "Ольга"),
        ("Ольга Николаевна", "Ольга Николаевна"),
        ("Иван Петров", "Иван Петров"),
        ("Анна-Мария", "Анна-Мария"),
        ("Ученик 9Б Петя", "Петя"),
        ("Партнёр Музей янтаря", ""),
        ("Педагог", ""),
        ("", ""),
    ],
)
def test_a_greeting_names_the_person_only(name: str, greeted: str) -> None:
    assert greeting_name(name) == greeted
