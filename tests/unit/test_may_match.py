"""prefilter.may_match rules a window search out only when it cannot match: on every corpus
text and random windows of it, a pattern it gates never matches where it answers False; a
pattern it cannot gate exactly (case-insensitive, written with a capital) always may."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.corpus_score import load
from bot.core.language import post, post_cues
from bot.core.language.prefilter import may_match

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")
GATED = {
    "AFTERWARDS": post_cues.AFTERWARDS,
    "CALLED_OFF_HINT": post.CALLED_OFF_HINT,
    "_FORMER_PLAN": post._FORMER_PLAN,
    "_STAGE_RELATIVE": post._STAGE_RELATIVE,
}


def _texts() -> list[str]:
    texts = [case["text"] for name in CORPORA for case in load(name)]
    return texts + [text.lower() for text in texts]


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_pattern_never_matches_where_it_cannot(name: str) -> None:
    pattern = GATED[name]
    rnd = random.Random(47)
    ruled_out = 0
    for text in _texts():
        windows = [(0, len(text))]
        for _ in range(4):
            begin = rnd.randrange(len(text) + 1)
            windows.append((begin, rnd.randrange(begin, len(text) + 1)))
        for begin, end in windows:
            if not may_match(pattern, text, begin, end):
                ruled_out += 1
                assert pattern.search(text, begin, end) is None
    assert ruled_out  # the gate does rule searches out


def test_the_literals_are_looked_for_between_the_bounds() -> None:
    text = "Итоги конкурса подведут 5 мая. Следующая встреча — 23 декабря."
    low = text.lower()
    assert may_match(post_cues.AFTERWARDS, low)
    assert not may_match(post_cues.AFTERWARDS, low, 6, 15)  # "конкурса"
    assert not may_match(post_cues.AFTERWARDS, low, 31, 36)  # "следу": cut short


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"следующ\w+\s+встреч", re.I),
        re.compile(r"Следующ\w+\s+встреч"),
        re.compile(r"\w+"),
    ],
)
def test_patterns_it_cannot_gate_exactly_may_always_match(pattern: re.Pattern[str]) -> None:
    assert may_match(pattern, "ничего нет", 0, 3)
