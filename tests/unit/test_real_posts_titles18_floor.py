"""Concise-title floor on eval15 after the titles18 round (tests/data/README.md, "Fifteenth
round: eval15 released — concise titles"): the count met after its rules (55 of 56, no label
changed), kept as a regression floor only — the issue's target is ≥ 90 % on posts nobody here
has seen, and eval15 is now a tuned set. Every title fits a card and none is a bare date."""

from __future__ import annotations

import re
from datetime import datetime

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

FLOOR = 55  # of 56 titles
_DATE_ONLY = re.compile(r"^\d{1,2}\s+[а-яё]+(?:\s+\d{4})?$")


def test_eval15_titles_keep_their_floor_fit_a_card_and_are_no_dates() -> None:
    met = 0
    for case in load("real_posts_eval15.jsonl"):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        title = got.get("title") or ""  # a post read as no event has none
        assert len(title) <= 80, title
        assert not _DATE_ONLY.match(title), title
        met += bool(real_post_results(case, got).get("title"))
    assert met >= FLOOR, met
