"""Guards of branch speed19's shortcuts: each finds what the plain search finds.

- first_scan: a pattern every match of which opens with one character (after `\\b` or a
  lookbehind: "\\bчто(?![а-я])", "\\bсо?\\s+\\d…") is compiled with a scan for it ("[ч]"
  parses as a literal, not a class, and was left without one).
- tokens: a gate's digit-led probe (gate_probe.py) is compiled with its first-character scan
  (its branches open with a class, for which `re` finds no scan of its own); every gate
  registered with the Scanner answers on every real post as its plain pattern does.
- audience_starts' clock and clause break and place_phrases' clause break, compiled with
  a first-character scan, find and split as the plain patterns do; place_nouns' fused cue
  and the title's kind noun searched on the lower case (lowered.search_i) find what the
  case-blind patterns find (the title asks the kind noun of phrases and lines: _kind_key,
  _bare_kind, title_named).

The held-out sets (bench_parser.HELD_OUT) are not read here.
"""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import (
    audience_starts,
    first_scan,
    place_nouns,
    place_phrases,
    title_words,
    tokens,
)
from bot.core.language.lowered import search_i
from bot.core.language.tokens import normalize

POSTS = [normalize(c["text"]) for name in TUNED_SETS for c in load(name)]
PIECES = ["что", "не", "с", "со", " ", "\n", "12", "1", ":", ".", "на", "час", "ч.", "в", "-", "«"]


def _texts(count: int) -> list[str]:
    rng = random.Random(19)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


ONE_FIRST = [
    r"\bчто(?![а-я])",
    r"\bсо?\s+\d\d?(?:\s+[а-я]+)?\s+на\s+\d",
    r"(?<![а-я])не\s+[а-я]",
    r"\b(?:с|со)\s*\d",
]


@pytest.mark.parametrize("source", ONE_FIRST)
def test_a_pattern_opening_with_one_character_gets_a_scan_and_finds_the_same(
    source: str,
) -> None:
    plain = re.compile(source)
    scanned = first_scan._scanned(source, 0)
    assert scanned is not None  # None before: "[ч]" was not read as a class
    found = 0
    for text in [*POSTS, *_texts(5_000)]:
        a, b = list(plain.finditer(text)), list(scanned.finditer(text))
        assert [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]
        found += len(a)
    assert found > 5, found


def test_every_registered_gate_answers_as_its_plain_pattern() -> None:
    checks = [(g, tokens._gate_check(g)) for gates in tokens._GATES.values() for g in gates]
    assert len(checks) > 50, len(checks)
    probes = 0
    for required, (_, needed, decides, searched) in checks:
        probes += searched is not required and not decides
        for text in POSTS:
            plain = required.search(text) is not None
            if decides:
                assert plain == any(n in text for n in needed or ()), required.pattern
            else:
                assert plain == (searched.search(text) is not None), required.pattern
    assert probes > 10, probes


RAW = [c["text"] for name in TUNED_SETS for c in load(name)]


SCANNED = [audience_starts._CLOCK, audience_starts._CLAUSE_BREAK, place_phrases._CLAUSE_BREAK]


@pytest.mark.parametrize("pattern", SCANNED)
def test_audience_patterns_with_a_scan_find_what_the_plain_ones_find(
    pattern: re.Pattern[str],
) -> None:
    plain = re.compile(pattern.pattern, pattern.flags)
    assert pattern is not plain
    found = 0
    for text in [*RAW, *_texts(3_000)]:
        a, b = list(plain.finditer(text)), list(pattern.finditer(text))
        assert [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]
        assert plain.split(text) == pattern.split(text)
        found += len(a)
    assert found > 100, found


def test_case_blind_searches_on_the_lower_case_find_the_plain_match() -> None:
    """place_nouns' fused cue over each post and title's kind noun over each line (the
    phrases it is asked about are shorter), both through lowered.search_i."""
    found = 0
    for text in RAW:
        pieces = [text, *text.splitlines(), text.upper()]
        for piece in pieces:
            for pattern in (place_nouns._FUSED_CUE, title_words.KIND):
                plain = pattern.search(piece)
                fast = search_i(pattern, piece)
                assert (plain and (plain.span(), plain.groups())) == (
                    fast and (fast.span(), fast.groups())
                ), piece[:80]
                found += plain is not None
    assert found > 1_000, found
