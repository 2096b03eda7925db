"""Speed changes of round 41 to the post's reading answer what the searches they replace
answer.

- post.prepare_post weighs only the sentences holding a digit (the post's runs of digits read
  once, shared with temporal_view): a sentence without one holds no DATE_ANY phrase, on the
  real posts' sentences and on random texts of digits, month words and marks.
- the gates added for speed (times._ALL_DAY, _TIME_RANGE_SPACED, _HOURS_SPACED,
  _TIME_RANGE_TO_HOUR; post_clocks._NIGHT_OPENING's cheaper one) hold in every text their pattern
  matches: the real posts and random texts of clocks, dashes, spaces and the words.
- post_clocks.take_preparation_clocks looks for the steps' clocks before the start said: it takes
  what the order "start said first" took, on every real post.
- post_ages._HEADCOUNT's anchor is its unit after a digit, "-" or "до" (the unit alone was):
  the same matches as with the unit alone, on the real posts and random texts of numbers,
  units, «от»/«до», dashes, commas and spaces.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from itertools import chain

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import post, post_ages, post_clocks, times, tokens
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.sentences import sentences
from bot.core.language.tokens import Scanner, normalize

POSTS = [normalize(case["text"]) for name in TUNED_SETS for case in load(name)]

DATE_PIECES = ["1", "12", "٣", "31", ".", "/", " ", "-", "по", "марта", "мая", "г.", "2025", "\n"]


def test_a_sentence_without_a_digit_holds_no_date_phrase() -> None:
    rng = random.Random(411)
    texts = [*POSTS]
    texts += [
        "".join(rng.choice(DATE_PIECES) for _ in range(rng.randint(1, 20))) for _ in range(3000)
    ]
    for text in texts:
        digits, ends = post._digit_runs(text)
        assert digits == [(i, j) for i, j in digits if text[i:j].isdecimal()]
        spans = (
            sentences(text)
            if len(text) > 40
            else [(b, e) for b in range(len(text) + 1) for e in range(b, len(text) + 1)]
        )
        for begin, end in spans:
            first = bisect_right(ends, begin)
            holds = begin < end and first < len(digits) and digits[first][0] < end
            assert holds is any(ch.isdecimal() for ch in text[begin:end])
            if not holds:
                assert DATE_ANY.search(text, begin, end) is None


GATED = [
    times._ALL_DAY,
    times._TIME_RANGE_SPACED,
    times._HOURS_SPACED,
    times._TIME_RANGE_TO_HOUR,
    post_clocks._NIGHT_OPENING,
]
GATE_PIECES = ["1", "12", "9", "0", "30", ":", ".", "-", " ", "  ", "\n", "с ", "в ", "от ", "на "]
GATE_PIECES += ["весь ", "целый ", "в течение ", "всего ", "день", "дня", "мая", "вечера", "кл"]


def test_each_gate_holds_where_its_pattern_matches() -> None:
    rng = random.Random(4141)
    texts = [*POSTS]
    texts += [
        "".join(rng.choice(GATE_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(20000)
    ]
    matched = dict.fromkeys(map(id, GATED), 0)
    for pattern in GATED:
        gates = tokens._GATES.get(pattern, ())
        assert gates
        for text in texts:
            if pattern.search(text) is not None:
                matched[id(pattern)] += 1
                for required in gates:
                    assert required.search(text) is not None, (pattern.pattern, text)
    assert all(matched.values())  # each pattern met texts it matches


def _preparation_clocks_before(sc: Scanner) -> None:
    """post_clocks.take_preparation_clocks as it was: the start said looked for first (a step's
    clock inside a start said, «Старт и построение в 11:00», kept since fresh53; a step said
    after its clock, «В 8:30 … взвешивание», read since fresh65)."""
    said = [(m.start(), m.end()) for m in sc.find(post_clocks._START_SAID)]
    if not said:
        return
    for m in chain(sc.find(post_clocks._PREP_CLOCK), sc.find(post_clocks._PREP_AFTER_CLOCK)):
        if any(begin <= m.start("clock") < end for begin, end in said):
            continue
        # the «until» read by name as the rule now reads it (prep82): `m.re is _PREP_CLOCK`
        # never held for Scanner.find's twin, in the rule and in this copy alike
        until = "until" in m.re.groupindex and m.group("until")
        sc.take(m.start("clock"), m.end("until") if until else m.end("clock"))


def test_preparation_clocks_take_what_they_took() -> None:
    took = 0
    for text in [*POSTS, "Регистрация в 9:00, 9.30 - 10.00 сбор. В 10 часов начнётся турнир."]:
        before, after = Scanner(text), Scanner(text)
        _preparation_clocks_before(before)
        post_clocks.take_preparation_clocks(after)
        assert after.taken == before.taken
        took += any(before.taken)
    assert took


HEAD_PIECES = [
    "5",
    "12",
    "1",
    ",5",
    " ",
    "  ",
    "\n",
    "-",
    "до ",
    "от ",
    "около ",
    "человек",
    "чел.",
]
HEAD_PIECES += ["участников", "мест", "тура", "-летию", "лет", "км", "руб.", "мероприятие", ":"]


def test_headcount_anchor_finds_what_the_unit_anchor_found() -> None:
    rng = random.Random(41)
    before = re.compile(post_ages._HEADCOUNT.pattern + "(?:)")  # its own plan, the old anchor
    tokens.anchor(before, re.compile(post_ages._HEADCOUNT_UNITS), 30, 15)
    texts = [*POSTS]
    texts += [
        "".join(rng.choice(HEAD_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(20000)
    ]
    found = 0
    for text in texts:
        old = [m.span() for m in Scanner(text).find(before)]
        assert [m.span() for m in Scanner(text).find(post_ages._HEADCOUNT)] == old, text
        found += bool(old)
    assert found
