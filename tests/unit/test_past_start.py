"""past_start: a pattern opening with "^" or something else, searched at position 0 and then
with its narrower twin from position 1 on, finds what its own search finds (post_clocks._START_SAID,
venue's labelled place, and small patterns written here); patterns without such a choice get
no twin, and the Scanner's finds and holds use the twin."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import post_clocks, tokens, venue
from bot.core.language.past_start import past_start, search_from
from bot.core.language.tokens import Scanner, normalize

POSTS = [case["text"] for name in TUNED_SETS for case in load(name)]

SMALL = [
    re.compile(r"(?:^|[.!?]\s*)(?:[а-я]+\s+){1,2}начн[её]тся"),
    re.compile(r"(?:\A|\n)\s*(\d{1,2})\.(\d\d)"),
    re.compile(r"\b(?:^|,\s*)(да|нет)\b"),
    re.compile(r"(?:(?:^|;)\s*)?(?:^|\s)в\s+(\d+)"),
]
PIECES = ["да", "нет", "в", " ", "  ", "\n", ",", ";", ".", "!", "12", "7.05", "а ", "в 7"]
PIECES += ["начнётся"]


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> list[object]:
    out: list[object] = []
    while pos <= len(text) and (m := pattern.search(text, pos)) is not None:
        out.append((m.span(), m.groups()))
        pos = m.end() + (m.end() == m.start())
    return out


def _spans_from(
    pattern: re.Pattern[str], later: re.Pattern[str], text: str, pos: int
) -> list[object]:
    out: list[object] = []
    while pos <= len(text) and (m := search_from(pattern, later, text, pos)) is not None:
        out.append((m.span(), m.groups()))
        pos = m.end() + (m.end() == m.start())
    return out


def test_patterns_opening_with_a_start_choice_get_a_narrower_twin() -> None:
    for pattern in [post_clocks._START_SAID, venue._LABEL, *SMALL]:
        assert past_start(pattern) is not None, pattern.pattern


@pytest.mark.parametrize(
    "source",
    [r"^\d+", r"\bв\s+\d", r"(?:^|\s|в)в\s+\d", r"(?m)(?:^|,)\s*да", r"(?i)(?:^|\.)\s*да"],
)
def test_patterns_without_a_narrower_scan_past_the_start_get_no_twin(source: str) -> None:
    # opening with "^" alone (re scans it itself), no "^", a "^" branch opening with what the
    # other branches open with (a space or «в»), multi-line "^" (holds after every line break), or
    # case-folded
    assert past_start(re.compile(source)) is None


@pytest.mark.parametrize("pattern", [post_clocks._START_SAID, venue._LABEL])
def test_a_rule_searched_with_its_twin_finds_what_its_own_search_finds(
    pattern: re.Pattern[str],
) -> None:
    later = past_start(pattern)
    assert later is not None
    texts = [*(normalize(t) for t in POSTS), "в 9 часов начнётся олимпиада", "старт — в 14:00"]
    found = 0
    for text in texts:
        expected = _spans(pattern, text, 0)
        assert _spans_from(pattern, later, text, 0) == expected, text[:80]
        found += len(expected)
    assert found >= 3, found


def test_small_patterns_with_their_twins_find_the_same_on_random_texts() -> None:
    rng = random.Random(16)
    for pattern in SMALL:
        later = past_start(pattern)
        assert later is not None
        found = 0
        for _ in range(3000):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
            for pos in (0, 1, 2):
                expected = _spans(pattern, text, pos)
                assert _spans_from(pattern, later, text, pos) == expected, (pattern, text, pos)
                found += len(expected)
        assert found >= 10, pattern.pattern


def test_the_scanner_finds_and_holds_with_the_twin() -> None:
    pattern = SMALL[0]
    plan = tokens._PLANS.get(id(pattern)) or tokens._plan(pattern)
    assert plan[5] is not None  # the twin is in the scanner's plan
    sc = Scanner("Лекция начнётся в 10:00. Затем игра начнётся вечером")
    assert [m.group(0) for m in sc.find(pattern)] == ["лекция начнется", ". затем игра начнется"]
    assert sc.holds(pattern)
    sc = Scanner("Игра начнётся вечером")
    assert [m.span() for m in sc.find(pattern)] == [(0, 13)]
    sc.take(0, 4)
    assert list(sc.find(pattern)) == []
    assert not Scanner("Игра начинается").holds(pattern)
