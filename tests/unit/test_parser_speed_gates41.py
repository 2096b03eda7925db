"""The gates added in speedgate41 hold wherever their pattern matches, and spare the search in
posts the older gates let through.

- post_ages: _AGES, _AGE_FROM, _AGES_UNTIL need a number (or a number word's ending) right
  before «лет»/«год» (post_ages.AGE_BEFORE_UNIT), not «лет»/«год» alone;
- times._HOURS_HYPHENED, times._HOUR_MINUTE_SPAN, date_ranges._DAY_LIST,
  dated_clock_spans._CLOCK_FIRST and _DAY_FIRST, audience._CLASS_RANGE and _GRADE_ORDINALS:
  a piece of text every match holds.

Each registered gate of each pattern (older ones included) is checked on every tuned post and
on random texts of numbers, clocks, dashes, month words, units and prepositions, normalised
as the Scanner reads them (tokens.normalize: every dash a "-").
"""

from __future__ import annotations

import random
import re
import zlib

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import (
    audience,
    date_ranges,
    dated_clock_spans,
    post_ages,
    stamps,
    times,
    tokens,
)
from bot.core.language.tokens import Scanner, normalize

POSTS = [normalize(case["text"]) for name in TUNED_SETS for case in load(name)]

PIECES = ["1", "5", "7", "10", "12", "2026", "00", "30", "0", ":", ".", "-", " - ", " – ", " "]
PIECES += ["  ", ",", ", ", " и ", "до ", "от ", "с ", "в ", "по ", "\n", "лет", "года", "год"]
PIECES += ["пяти", "-ти", "ч.", " час", " часов", " мин.", " минут", " марта", " декабря"]
PIECES += ["а", "б", "-е", "старше ", "младше ", " заканчивается: ", "г."]

# each pattern, and a text its older gates let through where neither it nor its new gate does
GATED: list[tuple[re.Pattern[str], str]] = [
    (post_ages._AGES, "Сезон 2025 - 2026 года, много лет подряд."),
    (post_ages._AGE_FROM, "В 2026 году мы много лет проводим праздник."),
    (post_ages._AGES_UNTIL, "В 2026 году мы много лет проводим праздник."),
    (times._HOURS_HYPHENED, "Сезон 2025-2026, встреча в 10:00."),
    (times._HOUR_MINUTE_SPAN, "Встреча в 10:00, для 5-7 классов."),
    (date_ranges._DAY_LIST, "5 декабря в 10:00, 12, 15 участников."),
    (dated_clock_spans._CLOCK_FIRST, "5 декабря в 10:00 в актовом зале."),
    (dated_clock_spans._DAY_FIRST, "5 декабря в 10:00 в актовом зале."),
    (audience._CLASS_RANGE, "Для 5а класса и 6 б."),
    (audience._GRADE_ORDINALS, "Для 5 классов и 10 лет."),
]
NAMES = ["ages", "age_from", "ages_until", "hours_hyphened", "hour_minute_span", "day_list"]
NAMES += ["clock_first", "day_first", "class_range", "grade_ordinals"]


# gates rewritten to be read from a literal back (the dash, the comma, the line break): the
# same texts, two spaces or more before the literal held
REWRITTEN = [
    (times._TIME_RANGE_SPACED, ""),
    (times._HOURS_SPACED, ""),
    (times._TIME_RANGE_TO_HOUR, ""),
    (stamps._COUNTED_CLOCK, ""),
]
PIECES += ["15:30", "\n256", " \n", "\t"]


@pytest.mark.parametrize(
    ("pattern", "spared"),
    [*GATED, *REWRITTEN],
    ids=[*NAMES, "range_spaced", "hours_spaced", "range_to_hour", "counted_clock"],
)
def test_each_gate_holds_where_its_pattern_matches(pattern: re.Pattern[str], spared: str) -> None:
    gates = tokens._GATES.get(pattern, ())
    assert gates
    rng = random.Random(zlib.crc32(pattern.pattern.encode()))
    texts = [*POSTS]
    texts += [
        normalize("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))))
        for _ in range(8000)
    ]
    matched = 0
    for text in texts:
        if pattern.search(text) is not None:
            matched += 1
            for required in gates:
                assert required.search(text) is not None, (required.pattern, text)
    assert matched  # the pattern met texts it matches


@pytest.mark.parametrize(("pattern", "spared"), GATED, ids=NAMES)
def test_the_new_gate_spares_a_post_the_older_gates_let_through(
    pattern: re.Pattern[str], spared: str
) -> None:
    text = normalize(spared)
    assert pattern.search(text) is None
    gates = tokens._GATES[pattern]
    new = gates[-1] if pattern is not post_ages._AGES else post_ages.AGE_BEFORE_UNIT
    older = gates[: gates.index(new)]  # those looked at before it (_AGES: one after it, which
    # implies it, is searched only where it holds)
    assert all(g.search(text) is not None for g in older)
    assert new.search(text) is None
    sc = Scanner(spared)
    assert list(sc.find(pattern)) == []
    assert sc._gates.get(id(new)) is False  # the search stopped at the new gate


def test_ages_still_read() -> None:
    """The gated age patterns still find the ages of a post (same spans as the bare search)."""
    text = "Для детей от 7 до 10 лет, для взрослых от 18 лет; до 14 и до 17 лет; 5-ти - 9-ти лет"
    for pattern in (post_ages._AGES, post_ages._AGE_FROM, post_ages._AGES_UNTIL):
        bare = [m.span() for m in pattern.finditer(normalize(text))]
        assert bare
        assert [m.span() for m in Scanner(text).find(pattern)] == bare
