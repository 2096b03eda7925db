"""speed50's rewrites read exactly as the searches they replaced: each is compared with the
plain search on every corpus text (normalised, as the Scanner reads it), at every sentence
span and at random spans, and on texts made to break it."""

from __future__ import annotations

import random

from benchmarks.corpus_score import load
from bot.core.language import post
from bot.core.language.sentences import sentences
from bot.core.language.tokens import normalize

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")

_MADE = [
    "день\nпобеды. вт,ср",  # a phrase across a sentence's end; weekdays at a span's edge
    "автор вторник. встреча в ср",  # openings inside longer words
    "учебного   года пн",
    "часть участников",
    "пт",
    "",
]


def _texts() -> list[str]:
    return [normalize(case["text"]) for name in CORPORA for case in load(name)] + _MADE


def test_temporal_words_found_from_openings_as_by_search() -> None:
    rng = random.Random(50)
    _, words, weekdays = post._TEMPORAL_WORDS
    indexes = post._TEMPORAL_OPENINGS
    assert all(index is not None for index in indexes)  # both patterns have known openings
    held = 0
    for text in _texts():
        spans = [*sentences(text), (0, len(text))]
        for _ in range(6):
            begin = rng.randint(0, len(text))
            spans.append((begin, rng.randint(begin, len(text))))
        for pattern, index in zip((words, weekdays), indexes, strict=True):
            assert index is not None
            starts = index.starts(text)
            for begin, end in spans:
                old = pattern.search(text, begin, end) is not None
                assert post._occurs(pattern, index, starts, text, begin, end) is old, text[
                    begin:end
                ][:80]
                held += old
    assert held > 100  # the corpus exercises both answers
