"""safety72 #4: answers.announces_event — a day and a title whose first word is a noun in
the nominative, as the parser reads the text, is an event announced, not the name asked by
«О каком мероприятии напомнить?». Sentences are my own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.answers import announces_event
from bot.core.language.intents import parse_message

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))


@pytest.mark.parametrize(
    "text",
    ["Концерт 5 декабря", "завтра спектакль", "В четверг викторина", "Ярмарка 18.12"],
)
def test_a_day_and_a_noun_announce(text: str) -> None:
    assert announces_event(parse_message(text, NOW))


@pytest.mark.parametrize(
    "text",
    ["спектакль", "про викторину", "викторину", "Ярмарка в холле", "лучше 5 декабря"],
)
def test_a_name_or_a_day_alone_does_not(text: str) -> None:
    assert not announces_event(parse_message(text, NOW))
