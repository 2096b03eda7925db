"""Patterns compiled with a first-character scan (bot/core/language/first_scan.py) find
exactly what `re.compile` finds: the same spans, groups and named groups for `finditer`, the
same answers from `match` and `fullmatch` at every position, over corpus texts, their
normalised copies and texts made to break them. And the scan is really there: the compiled
code differs from re.compile's exactly for the patterns that open blind."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import bot.core.language as language
from benchmarks.corpus_score import load
from bot.core.language.first_scan import with_first_scan
from bot.core.language.tokens import normalize

TRICKY = [
    "٣ декабря в ١٥:٠٠",  # digits of another script: \d matches them
    "ВЕЧЕРОМ 5 ДЕКАБРЯ в ДК «Мир»",
    "\n\n5.12 в 15:00\n",
    "с 10 до 12, от 15 до 40 человек, 6+, каб. 2.11, после 6 урока",
    "в МАОУ СОШ № 5 пройдёт Неделя науки; сайт school.ru, КГТУ приглашает",
    "",
    "в",
]


def _texts() -> list[str]:
    posts = [case["text"] for case in load("real_posts_dev.jsonl")]
    posts += [case["text"] for case in load("real_posts_fresh.jsonl")][:20]
    return posts + [normalize(t) for t in posts] + TRICKY + [normalize(t) for t in TRICKY]


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern held by a module of the parser package, once."""
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(language.__path__):
        module = importlib.import_module(f"bot.core.language.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found[id(value)] = value
    return list(found.values())


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_every_parser_pattern_finds_the_same_with_a_scan() -> None:
    texts = _texts()
    scanned = 0
    for pattern in _module_patterns():
        plain = re.compile(pattern.pattern, pattern.flags)
        fast = with_first_scan(plain)
        scanned += fast is not plain
        assert fast.pattern == plain.pattern
        assert fast.groupindex == plain.groupindex
        for text in texts:
            assert _found(fast, text) == _found(plain, text), (pattern.pattern, text[:80])
    assert scanned > 30  # the scan is given to many patterns, not to none


def test_match_and_fullmatch_are_unchanged_at_every_position() -> None:
    text = normalize(load("real_posts_dev.jsonl")[0]["text"])
    for source in (r"\b(?:в|с|до)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b", r"(?=[вн])\b(?:в|на)\s+\d"):
        plain = re.compile(source)
        fast = with_first_scan(plain)
        assert fast is not plain
        for pos in range(len(text)):
            assert _span(fast.match(text, pos)) == _span(plain.match(text, pos))
            assert _span(fast.fullmatch(text, pos, pos + 5)) == _span(
                plain.fullmatch(text, pos, pos + 5)
            )


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        ("завтра", 0),  # a literal prefix: re's own scan
        ("[вн]а", 0),  # a class first: re's own scan
        (r"\w+", 0),  # any word character: no short set of first characters
        (r"(?:\bв)?", 0),  # can match the empty string: no character is required
        (r"\A\s*\d", 0),  # anchored at the start: re tries that position only
        (r"(?m)^[ \t]*\d", 0),  # at a line's start: re knows better
        (r"\bзавтра", re.IGNORECASE),  # case folded: left to re
    ],
)
def test_patterns_without_a_known_blind_opening_are_kept(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert with_first_scan(pattern) is pattern


def test_a_blind_opening_gets_a_scan() -> None:
    blind = (r"\b(?:в|на)\s+\d", r"(?<![\w-])([А-ЯЁ]{2,6})", r"(?=[оп])(?:откро\w+|пройд\w+)")
    for source in blind:
        plain = re.compile(source)
        fast = with_first_scan(plain)
        assert fast is not plain
        assert fast != plain  # other code: the INFO block's charset
        assert fast.search("Завтра в 5 КГТУ откроется") is not None
