"""The parser on the held-out evaluation set (tests/data/real_posts_eval.jsonl).

Those 19 real announcements were collected after the parser was tuned and never used for
tuning (sources in tests/data/README.md). The floors below are what the parser met on its
first run on them, so they guard against regressions only; the issue's targets (start+end
≥ 90 %, venue ≥ 80 %, title ≥ 90 %) were not met on that run. The title and venue floors were
raised after the general rules of the `titles` branch (its failures were named in the work
brief, so this set is no longer held out for titles and venues).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

EVAL_SET = "real_posts_eval.jsonl"
# Counts met on the first run (start+end 15/19, venue 8/11, title 14/19); venue and title
# since raised to what the titles branch meets (11/11, 19/19).
FLOORS = {"start_end": 15, "venue": 11, "title": 19}


def _results() -> list[tuple[dict[str, Any], dict[str, Any], dict[str, bool]]]:
    out = []
    for case in load(EVAL_SET):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        out.append((case, got, real_post_results(case, got)))
    return out


def test_eval_set_is_whole() -> None:
    cases = load(EVAL_SET)
    assert len(cases) == 19
    assert all(case["source"].startswith("http") for case in cases)


def test_eval_posts_keep_the_first_run_floors() -> None:
    results = _results()
    for key, floor in FLOORS.items():
        oks = [r[key] for _, _, r in results if key in r]
        assert sum(oks) >= floor, (key, sum(oks), len(oks))


def test_eval_titles_are_concise_and_texts_kept() -> None:
    for case, got, _ in _results():
        assert 0 < len(got["title"]) <= 80, got["title"]
        assert got["description"] == case["text"].strip()


def test_an_eval_post_put_on_its_reference_day_carries_a_doubt() -> None:
    # Every event here lies after `now`; a start on the day of `now` (a dateline read as the
    # event's date) is a guess the bot must ask about, never save silently.
    for case, got, _ in _results():
        if got["start"] is not None and got["start"][:10] <= case["now"][:10]:
            assert got["doubts"], (case["source"], got["start"])
