"""fix69: a chat line's address in the gathering's clause is where people meet, never the
event's venue (venue_more over meeting.meeting_point). Sentences written for the test."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2027-01-10T09:00")  # school wall clock, as the parser reads it


def _venue(text: str) -> object:
    return intent_to_json(parse_message(text, NOW)).get("venue")


def test_the_gathering_address_is_not_the_venue() -> None:
    text = "Экскурсия на завод 15 января в 11:00. Встречаемся у проходной (ул. Лесная, 4) в 10:40."
    assert _venue(text) != "ул. Лесная, 4"


def test_the_events_own_address_stays_the_venue() -> None:
    text = "Экскурсия на завод (ул. Лесная, 4) 15 января в 11:00 для 7А."
    assert _venue(text) == "ул. Лесная, 4"
