"""A game's time control is never the event's length (starts42): «контроль 10 минут + 5
секунд на ход», «15 мин + 10 сек» — the clock each player gets, with its increment
per move — leave the event's end open; a length the post gives as the event's («продолжительность
— 1 час 20 минут») still closes it."""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_broad10_36_keeps_its_end_open() -> None:
    case = load("real_posts_broad10.jsonl")[35]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (got["start"], got["end"])


@pytest.mark.parametrize(
    "control",
    ["контроль 10 минут + 5 секунд на ход", "контроль: 15 мин + 10 сек", "15 минут + 5 секунд"],
)
def test_time_control_is_no_length(control: str) -> None:
    got = _parse(f"Блиц-турнир по шахматам 12 декабря в 11:00 в клубе «Ладья», {control}.")
    assert got["start"] == "2026-12-12T11:00"
    assert got["end"] is None


def test_a_length_still_ends_the_event() -> None:
    got = _parse("Мастер-класс по шахматам 12 декабря в 11:00, продолжительность 40 минут.")
    assert got["end"] == "2026-12-12T11:40"
