"""Alternations compiled as tries (bot/core/language/branch_trie.py) find exactly what
`re.compile` finds: the same spans, groups and named groups for `finditer` over corpus texts,
their normalised copies and texts made to break them, for every parser pattern and for
patterns written to trip the rewrite (branches sharing a first letter in any order, a branch
that is a prefix of another, empty branches, nested and captured groups, lookbehinds, inline
case flags, back references)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import bot.core.language as language
from benchmarks.corpus_score import load
from bot.core.language.branch_trie import with_trie
from bot.core.language.tokens import normalize

TRICKY = [
    "с со сред среда суббота сегодня СЕГОДНЯ Сред",
    "мая маяк март мар. мар ма мае май июнь июль июн",
    "abcabd ab abc abd ac ad a b x abab",
    "ab-ab ac-ac ab-ac",
    "",
    "в",
]

# each gathers branches that share a first character; a few cannot be gathered at all
PATTERNS = [
    r"с|со|сред|суббот|сегодня",
    r"со|с|сегодня|сред",
    r"(?:янв(?:ар[ьяе])?|фев|мар(?:т[ае]?)?|ма[йяе]|июн[ьяе]?|июл[ьяе]?)\.?(?![а-я])",
    r"\b(ab|abc|ac|abd)\b",
    r"(?P<first>ab|ac)-(?P=first)",
    r"(?<=ab|ac)c|(?<![a-z])(?:abc|abd)",
    r"a(?:|b|bc)",
    r"(?:a|ab)(?:c|d)|x",
    r"(?i:ab|ac)|ad",
    r"(?:ab|[ab]c|ad)",
    r"(?:сред|суббот)[а-я]*|(?:сегодня|сейчас)\s+(?:в|во)",
    r"(ab)?(?(1)c|d)|ae|af",
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


def test_every_parser_pattern_finds_the_same_as_a_trie() -> None:
    texts = _texts()
    rewritten = 0
    for pattern in _module_patterns():
        plain = re.compile(pattern.pattern, pattern.flags)
        trie = with_trie(plain)
        rewritten += trie is not plain
        assert trie.pattern == plain.pattern
        assert trie.flags == plain.flags
        assert trie.groupindex == plain.groupindex
        for text in texts:
            assert _found(trie, text) == _found(plain, text), (pattern.pattern, text[:80])
    assert rewritten > 100  # most parser patterns have branches to gather


def test_patterns_written_to_trip_the_rewrite_find_the_same() -> None:
    texts = _texts()
    for source in PATTERNS:
        plain = re.compile(source)
        trie = with_trie(plain)
        for text in texts:
            assert _found(trie, text) == _found(plain, text), (source, text[:80])
        for text in TRICKY:
            for pos in range(len(text)):
                assert _span(trie.match(text, pos)) == _span(plain.match(text, pos)), source


def test_the_rewrite_is_really_made_and_left_out_where_it_cannot_hold() -> None:
    gathered = re.compile("сред|вторник|суббот")  # "с" opens two of three branches
    assert with_trie(gathered) is not gathered
    for source in ("лекция|концерт|форум", "a|[ab]c", "(?:ab|ac)"):
        pattern = re.compile(source, re.IGNORECASE)  # case-folded: left as it is
        assert with_trie(pattern) is pattern
    different = re.compile("лекция|концерт|форум")  # no two branches share a first letter
    assert with_trie(different) is different


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None
