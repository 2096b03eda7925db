"""Concise-title floors on the released real-post sets, one per tuning round (tests/data/
README.md, each round's "concise titles" section): the count each round met on the set it was
given, kept as a regression floor only — the issue's target is ≥ 90 % on posts nobody here has
seen, and these are tuned sets. On every set each title fits a card (≤ 80 characters), none is
a bare date, and none holds a notice ("Вход свободный", notices.py)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.notices import without_notices

# set → (the round that met it, titles met after that round, titles in the set)
FLOORS = {
    "real_posts_eval7.jsonl": ("titles12", 65, 70),
    "real_posts_eval9.jsonl": ("titles12", 66, 70),
    "real_posts_eval10.jsonl": ("titles13", 59, 70),
    "real_posts_eval11.jsonl": ("titles14", 56, 62),
    "real_posts_eval12.jsonl": ("titles15", 31, 58),
    "real_posts_eval14.jsonl": ("titles17", 50, 57),
    "real_posts_eval15.jsonl": ("titles18", 55, 56),
    "real_posts_eval16.jsonl": ("titles19", 48, 52),
    "real_posts_eval17.jsonl": ("title20", 42, 50),
}
_DATE_ONLY = re.compile(r"^\d{1,2}\s+[а-яё]+(?:\s+\d{4})?$")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_titles_keep_their_floor_fit_a_card_hold_no_notice_and_are_no_dates(name: str) -> None:
    _, floor, size = FLOORS[name]
    cases = load(name)
    assert len(cases) == size, len(cases)
    met = 0
    for case in cases:
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        title = got.get("title") or ""  # a post read as no event has none
        assert len(title) <= 80, title
        assert not _DATE_ONLY.match(title), title
        assert without_notices(title) is title, title
        met += bool(real_post_results(case, got).get("title"))
    assert met >= floor, met
