"""The parser's regex prefilters (bot/core/language/prefilter.py) never change a result:
every pattern's fast twin finds exactly the matches of the pattern, and a text the literal
prefilter rejects holds no match, over every corpus text and some texts made to break them."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from benchmarks.corpus_score import load
from bot.core.language import tokens
from bot.core.language.intents import parse_message
from bot.core.language.prefilter import required_literals, with_first_chars
from bot.core.language.tokens import normalize

CORPORA = (
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_fresh.jsonl",
    "events_dev.jsonl",
    "duckling_ru_time.jsonl",
)
TRICKY = [
    "٣ декабря в ١٥:٠٠",  # digits of another script: \d matches them
    "ВЕЧЕРОМ 5 ДЕКАБРЯ",
    "\n\n5.12 в 15:00\n",
    "с 10 до 12, от 15 до 40 человек, 6+, каб. 2.11, после 6 урока",
    "",
]


def _texts() -> list[str]:
    texts = [normalize(case["text"]) for name in CORPORA for case in load(name)]
    return texts + [normalize(t) for t in TRICKY] + TRICKY


@pytest.fixture(scope="module")
def patterns() -> list[re.Pattern[str]]:
    now = datetime.fromisoformat("2026-11-30T10:00")
    for name in CORPORA:
        for case in load(name):
            parse_message(case["text"], now)  # every rule's pattern gets used once
    assert len(tokens._FAST) > 50
    return list(tokens._FAST)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_fast_twins_find_the_same_matches(patterns: list[re.Pattern[str]]) -> None:
    texts = _texts()
    wrapped = 0
    for pattern in patterns:
        fast = with_first_chars(pattern)
        wrapped += fast is not pattern
        for text in texts:
            assert _matches(fast, text) == _matches(pattern, text), (pattern.pattern, text)
    assert wrapped > 10  # the lookahead is really in use


def test_a_text_without_the_literals_holds_no_match(patterns: list[re.Pattern[str]]) -> None:
    texts = _texts()
    for pattern in patterns:
        literals = required_literals(pattern)
        if literals is None:
            continue
        for text in texts:
            if pattern.search(text):
                assert any(literal in text for literal in literals), (pattern.pattern, text)


def test_a_text_without_a_gates_literals_holds_no_match(
    patterns: list[re.Pattern[str]],
) -> None:
    """The gates' prefilters (two-letter literals, tokens._gate_check) over the same texts."""
    texts = _texts()
    gates = {id(g): g for pattern in patterns for g in tokens._GATES.get(pattern, ())}
    checked = 0
    for gate in gates.values():
        literals = required_literals(gate, min_length=2)
        if literals is None:
            continue
        checked += 1
        for text in texts:
            if gate.search(text):
                assert any(literal in text for literal in literals), (gate.pattern, text)
    assert checked > 20


@pytest.mark.parametrize(
    ("source", "min_length", "expected"),
    [
        # the short prepositions do not hide the platforms that prefilter their branch
        (
            r"онлайн|(?:в|во|через)\s+(?:zoom|зум[еау]?|скайп)",
            2,
            {"онлайн", "zoom", "зум", "скайп"},
        ),
        (r"(?:с|со)\s+(?:утра|вечера)", 3, {"утра", "вечера"}),
        (r"(?:с|со)\s+\d+", 2, None),  # nothing but the prepositions is required
    ],
)
def test_a_short_element_gives_way_to_a_longer_one(
    source: str, min_length: int, expected: set[str] | None
) -> None:
    found = required_literals(re.compile(source), min_length=min_length)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:на\s+)?(сегодня|завтра)(?![а-я])", {"сегодня", "завтра"}),
        (r"\bв\s+час\b", {"час"}),
        (r"(?:утром)?\d+", None),  # only a digit is required: no literal
        (r"\b(?:x|y?)z", None),
    ],
)
def test_required_literals(source: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(source))
    assert (set(found) if found is not None else None) == expected


def test_lookahead_only_where_re_cannot_scan() -> None:
    assert with_first_chars(re.compile(r"\bзавтра")).pattern.startswith("(?=[")
    plain = re.compile(r"завтра|вчера")
    assert with_first_chars(plain) is plain  # re's own literal scan is kept
    folded = re.compile(r"\bзавтра", re.IGNORECASE)
    assert with_first_chars(folded) is folded


def test_module_patterns_wrapped_at_import_match_as_written() -> None:
    from bot.core.language import post, sessions

    texts = _texts()
    wrapped = [
        p
        for module in (post, sessions)
        for p in vars(module).values()
        if isinstance(p, re.Pattern) and p.pattern.startswith("(?=[")
    ]
    assert len(wrapped) >= 4
    for fast in wrapped:
        inner = fast.pattern[fast.pattern.index("])(?:") + 5 : -1]
        original = re.compile(inner, fast.flags)
        for text in texts:
            assert _matches(fast, text) == _matches(original, text), (inner, text)
