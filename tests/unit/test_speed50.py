"""speed50: the shared lower-casing reads exactly as `str.lower`, for every corpus text and
for texts made of characters whose lower case is special (several characters, final sigma),
however often and in whatever order the texts are asked."""

from __future__ import annotations

import random

from benchmarks.corpus_score import load
from bot.core.language import lowered

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")


def test_lower_is_str_lower_for_every_text_in_any_order() -> None:
    rng = random.Random(50)
    texts = [case["text"] for name in CORPORA for case in load(name)]
    texts += ["İstanbul ΣΑΣ Ёлка ǅ ẞ", "", "A", "ОДИН Один один"]
    asked = [rng.choice(texts) for _ in range(5_000)] + texts
    for text in asked:
        assert lowered.lower(text) == text.lower()
    assert len(lowered._LOWER) <= lowered._KEEP_LOWER  # a bounded memo
