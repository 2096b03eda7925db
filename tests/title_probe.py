"""The concise title the parser gives a text, for the title tests (tests/unit/test_*title*.py).

`card_title(text)` parses `text` at NOW (a naive school wall-clock time) through the same JSON
as `python -m bot parse`, asserts it is an event whose title fits a card (1–80 characters,
issue 10 point 6) and returns the title; `parsed_venue(text)` gives the venue the same output
holds (None when there is none), for the venue tests; `parsed(text, now)` the whole output,
for the tests of a real set's readings (tests/unit/test_fresh75_readings.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")


def card_title(text: str, now: datetime = NOW) -> str:
    """The title of the event `text` names; fails the test when it is not an event or the
    title does not fit a card."""
    got = intent_to_json(parse_message(text, now))
    assert got["intent"] == "event", got
    title: str = got["title"]
    assert 0 < len(title) <= 80, title
    return title


def card_title_and_start(text: str, now: datetime = NOW) -> tuple[str, str]:
    """The title and the start (ISO local wall-clock time, "YYYY-MM-DDTHH:MM") of the event
    `text` names; fails the test when it is not an event or has no start."""
    got = intent_to_json(parse_message(text, now))
    assert got["intent"] == "event", got
    assert got["start"], got
    return got["title"], got["start"]


def parsed_venue(text: str, now: datetime = NOW) -> str | None:
    """The venue `python -m bot parse` gives `text` at `now` (None: no venue)."""
    venue: str | None = intent_to_json(parse_message(text, now))["venue"]
    return venue


# a second sentence makes a one-sentence text a long post (post.is_long), read by places.py
LONG_POST_TAIL = " Вход свободный, ждём всех желающих вместе с родителями и друзьями."


def long_post_venue(text: str) -> str | None:
    """The venue the parser gives `text` read as a long post (LONG_POST_TAIL added)."""
    return parsed_venue(text + LONG_POST_TAIL)


def parsed(text: str, now: str) -> dict[str, Any]:
    """The JSON `python -m bot parse --now NOW` prints for `text`, as a dict; `now` is the
    school's local wall-clock time written "YYYY-MM-DDTHH:MM"."""
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))
