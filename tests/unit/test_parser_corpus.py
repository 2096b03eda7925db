"""The parser against the two development corpora (see tests/data/README.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from benchmarks.corpus_score import (
    duckling_matches,
    event_field_results,
    events_cases,
    load,
)
from bot.cli_parse import intent_to_json, when_to_json
from bot.core.language.intents import parse_message

EVENTS = events_cases()
DUCKLING = load("duckling_ru_time.jsonl")


@pytest.mark.parametrize("case", EVENTS, ids=[c["text"][:40] for c in EVENTS])
def test_events_dev(case: dict[str, Any]) -> None:
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    wrong = [field for field, ok in event_field_results(case, got).items() if not ok]
    assert wrong == [], got


@pytest.mark.parametrize("case", DUCKLING, ids=[c["text"] for c in DUCKLING])
def test_duckling_ru(case: dict[str, Any]) -> None:
    got = when_to_json(case["text"], datetime.fromisoformat(case["now"]))
    assert duckling_matches(case, got), got
