"""A case-insensitive pattern that opens only at a word's first letter is tried at the words
whose form starts with one of its opening letters (word_openings.py), and a window of a post
is searched with its lower-case twin (lowered.finditer_span): the same matches, spans, groups
and order as the pattern's own finditer, on every corpus text, on windows of them, and on
texts made to break the lower-casing."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.corpus_score import load
from bot.core.language import lowered, places, title_words, word_openings
from bot.core.language.lowered import finditer_i, finditer_span

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")
TRICKY = [
    "ЛЕКЦИЯ в ДОМЕ КУЛЬТУРЫ, ул. Ленина, 5",
    "Лекция \u1c80 музее: \u1c80ыставка",  # U+1C80 is "в" to re.IGNORECASE
    "İstanbul: КОНЦЕРТ в ДК",  # "İ".lower() is two characters
    "олимп.конкурс, соревн.турнир; арт-фестиваль, онлайн-лекция и мастер-класс",
    "День открытых   дверей; день\nоткрытых дверей; уроки, урок; реакция и акция",
    "выпускной выпускного выпускнойбал бал балл балет",
    "лекция",
    "",
]


def _texts() -> list[str]:
    return [case["text"] for name in CORPORA for case in load(name)] + TRICKY


def _shape(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_kind_nouns_get_a_word_form_index() -> None:
    fast = lowered.twin(title_words.KIND)
    assert fast is not None
    index = word_openings.openings(fast.pattern, fast.flags)
    assert index is not None
    assert "лекци" in index.prefixes
    assert "мастер" in index.prefixes
    assert all(prefix and set(prefix) <= word_openings.LETTERS for prefix in index.prefixes)


def test_kind_nouns_found_by_word_form_are_the_patterns_own() -> None:
    pattern = title_words.KIND
    for text in _texts():
        lowered._FOUND.clear()
        found = list(finditer_i(pattern, text))
        assert _shape(found) == _shape(list(pattern.finditer(text)))
        assert all(m.re is pattern and m.string is text for m in found)


def test_positions_are_the_runs_of_opening_forms() -> None:
    index = word_openings.WordOpenings(("урок", "акци"))
    low = "уроки, урок; реакция и акция. урок"
    assert index.positions(low) == [0, 7, 23, 30]  # never inside "реакция"


@pytest.mark.parametrize(
    "source",
    [
        r"лекци[а-я]*",  # no look-behind: may open inside a word
        r"(?<![а-яё])[а-я]+",  # opens with a class
        r"(?<![а-яё])(?:лекци|)я",  # an empty alternative
        r"(?<![а-я])лекци",  # the look-behind misses "ё"
        r"(?<=[а-яё])лекци",  # a positive look-behind
        r"(?<![а-яё])(?i:лекци)",  # a group with its own flags
    ],
)
def test_patterns_it_cannot_prove_keep_their_scan(source: str) -> None:
    assert word_openings.openings(source) is None


def test_openings_read_groups_and_shared_letters() -> None:
    index = word_openings.openings(r"(?<![а-яё-])(?=[лм])(?:лекци|лента|(?:мастер|мет)-класс)")
    assert index is not None
    assert set(index.prefixes) == {"лекци", "лента", "мастер", "мет"}


@pytest.mark.parametrize("name", ["KIND", "_PLACE"])
def test_a_window_searched_by_its_twin_finds_what_the_pattern_finds(name: str) -> None:
    pattern = title_words.KIND if name == "KIND" else places._PLACE
    rnd = random.Random(47)
    for text in _texts():
        for _ in range(3):
            begin = rnd.randrange(len(text) + 1)
            end = rnd.randrange(begin, len(text) + 1)
            found = list(finditer_span(pattern, text, begin, end))
            assert _shape(found) == _shape(list(pattern.finditer(text, begin, end)))
            assert all(m.re is pattern for m in found)
