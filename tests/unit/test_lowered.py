"""Case-insensitive patterns searched on the lower-cased post (bot/core/language/lowered.py)
find exactly what the patterns find themselves: same spans, same groups, same order, over
every corpus text and texts made to break the lower-casing (characters whose case pairs lead
outside the safe set, a dotted capital I whose lower case is two characters long)."""

from __future__ import annotations

import re

import pytest

from benchmarks.corpus_score import load
from bot.core.language import literal_index, lowered, places, title_words
from bot.core.language.lowered import finditer_i, search_i

CORPORA = (
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_fresh.jsonl",
    "real_posts_heldout.jsonl",
    "real_posts_eval.jsonl",
    "real_posts_eval2.jsonl",
    "events_dev.jsonl",
    "duckling_ru_time.jsonl",
)
TRICKY = [
    "ЛЕКЦИЯ в ДОМЕ КУЛЬТУРЫ, ул. Ленина, 5",
    "Лекция \u1c80 музее: \u1c80ыставка",  # U+1C80 is "в" to re.IGNORECASE, not to lower()
    "İstanbul: КОНЦЕРТ в ДК, пр-т Мира, 12",  # "İ".lower() is two characters
    "концерт в музее \U0001f3ad, улица Советская, 64А",
    "Kонкурс в K\u212a зале; µ-лекция",  # Kelvin sign, micro sign
    "",
]
PATTERNS = {
    "KIND": title_words.KIND,
    "_PLACE": places._PLACE,
    "_ADDRESS": places._ADDRESS,
}


def _texts() -> list[str]:
    return [case["text"] for name in CORPORA for case in load(name)] + TRICKY


def _shape(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_as_the_pattern(name: str) -> None:
    pattern = PATTERNS[name]
    assert lowered.twin(pattern) is not None  # the fast path is really taken
    for text in _texts():
        assert _shape(list(finditer_i(pattern, text))) == _shape(list(pattern.finditer(text)))
        fast, plain = search_i(pattern, text), pattern.search(text)
        assert (fast and fast.span()) == (plain and plain.span())


def test_unsafe_characters_fall_back_to_the_pattern() -> None:
    assert lowered.lowered("Лекция \u1c80 музее") is None
    assert lowered.lowered("İstanbul") is None
    assert lowered.lowered("ЛЕКЦИЯ «Космос» №5") == "лекция «космос» №5"
    # U+1C80 is "в" under re.IGNORECASE: found through the fallback, as by the pattern itself
    text = "\u1c80ыставка в музее"
    assert [m.group(0) for m in finditer_i(title_words.KIND, text)] == ["\u1c80ыставка"]


def test_patterns_it_cannot_twin_are_left_alone() -> None:
    assert lowered.twin(re.compile(r"лекци\S+", re.I)) is None  # \S in lower case is \s
    assert lowered.twin(re.compile(r"лекци[а-я]", 0)) is None  # not case-insensitive
    assert lowered.twin(re.compile(r"\u041b", re.I)) is None  # an escaped capital


def test_reread_through_an_opening_index_gives_the_patterns_own_matches() -> None:
    # place_nouns finds PLACE's hits with an OpeningIndex over its twin (review41: one re-read
    # shared with finditer_i); the tricky texts take the fallback (U+1C80, "İ", Kelvin sign)
    pattern = places._PLACE
    fast = lowered.twin(pattern)
    assert fast is not None
    found = literal_index.openings(fast)
    assert found is not None
    index = literal_index.OpeningIndex(fast, found)
    for text in _texts():
        want = _shape(list(pattern.finditer(text)))
        assert _shape(lowered.reread(pattern, text, index)) == want
        assert _shape(lowered.reread(pattern, text, None)) == want
        assert all(m.re is pattern for m in lowered.reread(pattern, text, index))
