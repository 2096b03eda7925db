"""Concise titles and venues reached by round tune9 on the sets it tuned on (broad8t, broad8d
with their venues and titles untuned before; broad7t, broad7d's remaining failures), kept as
floors. Scored as benchmarks/bench_parser.py scores every real-post set; start+end is left to
the other floor tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

# set -> (posts, title floor, venue floor); before the round: broad8t 50/59 titles, 34/46
# venues; broad8d 35/43, 35/45; broad7t 53/62, 33/41; broad7d 19/23, 9/11
_FLOORS = {
    "real_posts_broad8t.jsonl": (59, 53, 41),
    "real_posts_broad8d.jsonl": (62, 39, 37),
    "real_posts_broad7t.jsonl": (62, 53, 36),
    "real_posts_broad7d.jsonl": (25, 21, 11),
}


@pytest.mark.parametrize("name", sorted(_FLOORS))
def test_titles_and_venues_keep_their_figures(name: str) -> None:
    posts, title_floor, venue_floor = _FLOORS[name]
    cases = load(name)
    assert len(cases) == posts
    right = {"title": 0, "start_end": 0, "venue": 0}
    for case in cases:
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        for field, ok in real_post_results(case, got).items():
            right[field] += ok
    assert right["title"] >= title_floor, right
    assert right["venue"] >= venue_floor, right
