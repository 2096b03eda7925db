"""A chat line's room and whose room it is (newcomer walk 2026-12-03z, Z20): «…, приёмная
комиссия, каб. 105» — the office before the room is where the event is, not its name.
Our own lines besides the walk's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2027-01-10T12:00")  # the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        # newcomer walk 2026-12-03z, Z20
        (
            "Консультации по поступлению 20 января в 15:00, приёмная комиссия, каб. 105",
            "Консультации по поступлению",
            "приёмная комиссия, каб. 105",
        ),
        (
            "Собеседование 21 января в 10:00, учебная часть, кабинет 12",
            "Собеседование",
            "учебная часть, каб. 12",  # the room word as the venue rules write it
        ),
        ("Собрание 20 января в 15:00, деканат, ауд. 5", "Собрание", "деканат, ауд. 5"),
    ],
)
def test_the_rooms_owner_goes_with_the_room(text: str, title: str, venue: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["title"], got["venue"]) == (title, venue)


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 20 января в 15:00, Петров, каб. 5",  # a person: who, not where
        "Встреча 20 января в 15:00, консультация, каб. 5",  # a kind of event
    ],
)
def test_a_person_or_a_kind_before_the_room_stays(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert "," in got["title"]
    assert got["venue"].startswith("каб")
