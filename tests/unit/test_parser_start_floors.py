"""Floors for choosing the event's own date on the released evaluation sets (eval2, eval3),
and a ceiling on doubts raised about right starts (each makes the bot ask needlessly).

These sets were released for tuning; the floors are what the `starts2` branch met, so they
guard against regressions only (the new held-out set measures the parser for real)."""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

# set: (start+end right at least, right starts the bot asks about at most); eval3's ceiling
# 5 → 6 (doubts12): a stage's «в срок с 15 по 22 сентября» picked while the post names the
# later stages' days is asked (the side-matter doubt, start_doubts.side_matter), by design
FLOORS = {"real_posts_eval2.jsonl": (45, 7), "real_posts_eval3.jsonl": (42, 6)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_start_floor_and_false_doubt_ceiling(name: str) -> None:
    right = asked = 0
    for case in load(name):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        if real_post_results(case, got)["start_end"]:
            right += 1
            asked += bool(set(got["doubts"] or []) & ASKED)
    floor, ceiling = FLOORS[name]
    assert right >= floor, (name, right)
    assert asked <= ceiling, (name, asked)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_wrong_starts_are_doubted_or_left_open(name: str) -> None:
    wrong = doubted = 0
    for case in load(name):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        if not real_post_results(case, got)["start_end"]:
            wrong += 1
            doubted += bool(got["doubts"]) or got["start"] is None
    assert wrong == doubted, (name, wrong, doubted)
