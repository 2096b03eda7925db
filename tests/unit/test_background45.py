"""A news item's background («Ранее сообщалось, что …») after a dated sentence with no
announcing cue (walk45): the first sentence's day and clock are the event's, not the
background's older day (starts44 required a cue word before it, so a plain «Олимпиада
… 10 декабря в 10:00» lost to the background's «пройдёт 8 декабря», silently)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Олимпиада по математике 10 декабря в 10:00, каб. 21. Ранее сообщалось, что "
            "олимпиада пройдёт 8 декабря.",
            "2026-12-10T10:00",
        ),
        (
            "Концерт хора 14 декабря в 18:00, актовый зал. Ранее мы писали, что концерт "
            "состоится в субботу, 12 декабря.",
            "2026-12-14T18:00",
        ),
    ],
)
def test_background_after_a_plain_dated_sentence_is_not_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
