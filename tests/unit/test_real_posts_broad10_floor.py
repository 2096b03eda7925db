"""The written sample of round 41 (tests/data/real_posts_broad10.jsonl, 40 posts written like
the news of universities' school programmes, museums, libraries, theatres, sports schools and
education departments, before the parser was run on them): its titles were tuned on after the
first run (26/40), so the figures reached are kept as floors. Scored as
benchmarks/bench_parser.py scores every real-post set."""

from __future__ import annotations

from datetime import datetime

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def test_the_written_sample_keeps_its_figures() -> None:
    cases = load("real_posts_broad10.jsonl")
    assert len(cases) == 40
    right = {"title": 0, "start_end": 0, "venue": 0}
    for case in cases:
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        for field, ok in real_post_results(case, got).items():
            right[field] += ok
    assert right["start_end"] >= 31, right
    assert right["venue"] >= 31, right
    assert right["title"] >= 38, right
