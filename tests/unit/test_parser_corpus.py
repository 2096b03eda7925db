"""The parser against the two development corpora (see tests/data/README.md)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.cli_parse import intent_to_json, when_to_json
from bot.core.language.intents import parse_message

DATA = Path(__file__).resolve().parents[1] / "data"


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def _events() -> list[dict[str, Any]]:
    errata = json.loads((DATA / "events_dev_errata.json").read_text(encoding="utf-8"))
    cases = []
    for case in _load("events_dev.jsonl"):
        fix = errata.get(case["text"])
        if fix:
            case = {k: v for k, v in case.items() if k not in fix.get("drop", [])}
            case.update(fix["set"])
        cases.append(case)
    return cases


EVENTS = _events()
DUCKLING = _load("duckling_ru_time.jsonl")


@pytest.mark.parametrize("case", EVENTS, ids=[c["text"][:40] for c in EVENTS])
def test_events_dev(case: dict[str, Any]) -> None:
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert got["intent"] == case["intent"]
    for key in ("start", "end", "from", "to", "grades", "classes", "recurrence"):
        if key in case:
            assert got[key] == case[key], key
    if "venue_contains" in case:
        assert case["venue_contains"].lower() in (got["venue"] or "").lower()
    if "title_contains" in case:
        assert case["title_contains"].lower() in got["title"].lower()


def _truncate(stamp: str, grain: str) -> datetime:
    at = datetime.fromisoformat(stamp)
    if grain == "hour":
        return at.replace(minute=0)
    if grain in ("day", "week"):
        return at.replace(hour=0, minute=0)
    if grain == "month":
        return at.replace(day=1, hour=0, minute=0)
    if grain == "year":
        return at.replace(month=1, day=1, hour=0, minute=0)
    return at


def duckling_matches(case: dict[str, Any], got: dict[str, Any]) -> bool:
    """The corpus's own comparison rules (see the corpus README)."""
    kind = case["kind"]
    if kind == "instant":
        accepted = [case["start"], *case.get("alt_start", [])]
        return got["start"] is not None and any(
            _truncate(got["start"], case["grain"]) == _truncate(a, case["grain"]) for a in accepted
        )
    if kind == "interval":
        if got["start"] != case["start"] or got["end"] is None:
            return False
        if got["end"] == case["end"]:
            return True
        inclusive = datetime.fromisoformat(case["end"]) - timedelta(days=1)
        return case["grain"] == "day" and datetime.fromisoformat(got["end"]) == inclusive
    if kind == "before":
        return got["start"] is None and got["end"] == case["end"]
    return bool(got["start"] == case["start"])


@pytest.mark.parametrize("case", DUCKLING, ids=[c["text"] for c in DUCKLING])
def test_duckling_ru(case: dict[str, Any]) -> None:
    got = when_to_json(case["text"], datetime.fromisoformat(case["now"]))
    assert duckling_matches(case, got), got
