"""The literal index (literal_index.py) answers what `literal in text` answers.

One Aho-Corasick pass over a text reports every registered literal the text holds, the
Scanner's prefilters read their answers from it: for every literal of every plan and gate
the Scanner made while the tuned real posts were parsed, on every such post and on small
adversarial texts (a soft hyphen inside a word, «ё», capitals, words glued to punctuation,
Latin look-alike letters, overlapping and nested literals), the scan says a literal is there
exactly when `in` does, and a Scanner's find/holds give what they give with `in` alone.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import literal_index, tokens
from bot.core.language.intents import parse_message
from bot.core.language.tokens import Scanner, normalize

POSTS = [case["text"] for name in TUNED_SETS for case in load(name)]
NOW = datetime.fromisoformat("2026-12-03T12:00")  # the naive wall clock the parser gets
ADVERSARIAL = [
    "Приходите во вос\u00adкресенье, 6 декабря, в 12:00 в актовый зал школы № 5 на ул. Мира, 3.",
    "ВО ВТОРНИК 8 ДЕКАБРЯ С 10:00 ДО 12:00 — ЁЛКА В ДОМЕ КУЛЬТУРЫ «ЮНОСТЬ», КАБ. 12, 5-Е КЛАССЫ.",
    "в(10:00)до(12:00)вечером,с10до12,со2-го по5-е декабря;к.14,ауд.3—по адресу:ул.Мира,7",
    "Встреча cостоится в cубботу 12 декабря c 15:00 до 17:00 онлайн в zoom (Latin с, о).",
    "Ёлка! Ёжики. ёлочный базар — завтра, послезавтра и в пятницу 11.12 с 9 до 18 ч.",
    "вечерoм вечеромвечером вечер-ом в-ечером ве\u00adчером",
]


def _texts() -> list[str]:
    return [normalize(text) for text in (*POSTS, *ADVERSARIAL)]


@pytest.fixture(scope="module")
def planned() -> list[re.Pattern[str]]:
    """The patterns the Scanner planned while every text was parsed."""
    for text in (*POSTS, *ADVERSARIAL):
        parse_message(text, NOW)
    patterns = [plan[0] for plan in tokens._PLANS.values()]
    assert len(patterns) > 100
    return patterns


def test_the_scan_finds_a_literal_exactly_when_in_does(planned: list[re.Pattern[str]]) -> None:
    scanned, _ = literal_index.scan("")
    assert len(scanned) > 200  # the prefilters' literals are registered
    for text in _texts():
        looked_for, found = literal_index.scan(text)
        assert found == {literal for literal in looked_for if literal in text}, text[:80]


def test_overlapping_and_nested_literals_are_each_reported() -> None:
    literal_index.register(["вечер", "вечером", "ером", "ром", "ом в"])
    _, found = literal_index.scan("вечером в зале")
    assert {"вечер", "вечером", "ером", "ром", "ом в"} <= found
    _, found = literal_index.scan("вечерoм")  # a Latin «o»
    assert "вечер" in found
    assert "вечером" not in found
    assert "ером" not in found


def test_a_literal_registered_after_a_scan_is_still_looked_for() -> None:
    text = "в актовом зале гимназии"
    sc = Scanner(text)
    pattern = re.compile(r"\bгимнази\w*")
    assert [m.group() for m in sc.find(pattern)] == ["гимназии"]
    fresh = re.compile(r"\bактовом\s+зале\b")
    assert sc.holds(fresh)  # its literal "актовом" came after the text was scanned


def test_find_and_holds_read_from_the_scan_are_what_in_gives(
    planned: list[re.Pattern[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = frozenset[str]()
    for text in (*POSTS[::4], *ADVERSARIAL):
        indexed = Scanner(text)
        plain = Scanner(text)
        for pattern in planned:
            got = ([m.span() for m in indexed.find(pattern)], indexed.holds(pattern))
            with monkeypatch.context() as patched:  # `in` for every literal, as before
                patched.setattr(literal_index, "scan", lambda _text: (empty, set()))
                want = ([m.span() for m in plain.find(pattern)], plain.holds(pattern))
            assert got == want, pattern.pattern
