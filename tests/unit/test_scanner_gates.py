"""Gated rules (tokens.gate) find exactly what they find without their gates: a gate is a
necessary condition of its pattern, never a filter that loses a match. Checked for every gate
on every text of the parser's corpora, dense made-up lines and lines written to sit on a gate's
edge; and a plain gate ("ауд|каб|к\\.") checked with `in` says what its search says."""

from __future__ import annotations

import re

import pytest

from bot.core.language import intents, places, post, sessions, title_words, tokens
from bot.core.language.prefilter import grouped, plain_literals, top_level_branches
from bot.core.language.tokens import Scanner, normalize
from tests.unit.test_scanner_anchors import _texts

assert intents  # its import registers every rule and its gates

EDGES = [
    "с 10 до 12 часов, 2 часа дня, 10ч, в 10ч30, 10 ч 30 мин, 9 часовутра, полтора часа",
    "10 - 12 ч., 15 мин., 3часа, двачаса, сейчас 5, участники матч 5-е, на 5-е, 5 числа",
    "9а, 10-б и 11в классы; 11-х, 5-ых классов; для 5-7 классов, учеников: 8 - 9, хся 7-",
    "от 7 до 10 лет, 5-7-ми лет, до 18 лет, двух-трех лет, 12 - 14 года, с 6 до 7-ти лет",
    "1, 8 и 15 апреля; 1,2,3 мая; перв классник, второклассники, в 5 кл., параллель 7",
    "ауд. 12, каб.5, к.3; ауд 301",
    "с 06.12.2026 по 09 января 2027 г.; 17.12.24 - 22 февраля; 01.12-05.12.2026, 1/12 по 5/12",
    "класс 9, параллель 10, классы  11; мастер-класс 6 декабря; 12:45, 11 мая 2022",
]


def _all_texts() -> list[str]:
    texts = [*_texts(), *EDGES]
    return texts + [normalize(t) for t in texts]


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[object, ...]]:
    return [(m.start(), m.end(), m.groups()) for m in Scanner(text).find(pattern)]


@pytest.mark.parametrize("pattern", list(tokens._GATES), ids=lambda p: p.pattern[:30])
def test_gated_search_equals_ungated_search(
    pattern: re.Pattern[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _all_texts()
    gated = [_spans(text, pattern) for text in texts]
    monkeypatch.setattr(tokens, "_GATES", {})
    monkeypatch.setattr(tokens, "_PLANS", {})
    assert gated == [_spans(text, pattern) for text in texts]


@pytest.mark.parametrize("pattern", list(tokens._GATES), ids=lambda p: p.pattern[:30])
def test_every_match_meets_every_gate(pattern: re.Pattern[str]) -> None:
    for text in _all_texts():
        if pattern.search(normalize(text)) is None:
            continue
        for required in tokens._GATES[pattern]:
            assert required.search(normalize(text)), (required.pattern, text)


def test_plain_gates_decide_by_substrings() -> None:
    plain = {g for gates in tokens._GATES.values() for g in gates if plain_literals(g)}
    assert len(plain) >= 10  # most gates are a word or two
    for required in plain:
        words = plain_literals(required)
        assert words is not None
        for text in _all_texts():
            found = any(w in text for w in words)
            assert found == (required.search(text) is not None), (required.pattern, text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"ауд|каб|к\.", {"ауд", "каб", "к."}),
        ("ден|дня", {"ден", "дня"}),  # the parser factors it: "д(?:ен|ня)"
        (r"\+", {"+"}),
        ("[ab]c", {"ac", "bc"}),
        (r"\bвс", None),
        (r"числ[ао]\b", None),
        ("a(?:b|)c", None),
        ("(ab)", None),
        ("(?i)ab", None),
    ],
)
def test_plain_literals(source: str, expected: set[str] | None) -> None:
    found = plain_literals(re.compile(source))
    assert (set(found) if found is not None else None) == expected


def test_grouped_alternation() -> None:
    assert grouped("парк|музе|планетари") == "п(?:арк|ланетари)|музе"
    assert grouped("дворц|ДК|дом") == "дворц|ДК|дом"  # a letter in two cases: kept apart
    assert grouped("парк|[ab]c") == "парк|[ab]c"  # a stem not opening with a letter
    # a stem holding its own alternation splits only at top-level bars
    assert grouped(r"дом\s+(?:науки|музыки)|дворц|парк") == r"д(?:ом\s+(?:науки|музыки)|ворц)|парк"


@pytest.mark.parametrize(
    ("stems", "prefix", "suffix"),
    [
        (title_words._KIND_STEMS, "(?<![а-яё])", r"[а-яё]*(?:-[а-яё]+)?"),
        (places._PLACE_STEMS, "(?<![а-яёА-ЯЁ])", "[а-яё]*(?:-[а-яё]+)?"),
    ],
)
def test_grouped_stems_match_as_listed(stems: str, prefix: str, suffix: str) -> None:
    listed = re.compile(rf"{prefix}(?:{stems}){suffix}", re.I)
    gathered = re.compile(rf"{prefix}(?:{grouped(stems)}){suffix}", re.I)
    words = " ".join(stem.replace("\\s+", " ") for stem in top_level_branches(stems))
    for text in [*_all_texts(), words, words.upper()]:
        assert [m.span() for m in gathered.finditer(text)] == [
            m.span() for m in listed.finditer(text)
        ]


def test_session_day_lists_need_two_joined_days() -> None:
    for text in [*_all_texts(), "1 и 8 апреля", "1,8 , 15 и 22 апреля в 15:00"]:
        if sessions._DAY_LIST.search(normalize(text)):
            assert sessions._TWO_DAYS.search(normalize(text)), text


def test_holds_says_what_a_search_says() -> None:
    patterns = [post._ONLINE, *tokens._GATES]
    for text in _all_texts():
        sc = Scanner(text)
        sc.take(0, len(text) // 2)  # taken characters still count
        for pattern in patterns:
            assert sc.holds(pattern) == (pattern.search(sc.text) is not None), pattern.pattern


def test_or_times_need_a_clock_then_a_comma_or_and() -> None:
    for text in [*_all_texts(), "в 11:30 или в 12:30", "в 10.00 , 12.00 и 14.00"]:
        if sessions._OR_TIMES.search(normalize(text)):
            assert sessions._CLOCK_THEN_OR.search(normalize(text)), text


def test_literal_sets_answer_as_substring_tests_in_any_order() -> None:
    # _may_hold remembers literals found and missed; sets sharing literals, asked in turns,
    # must answer exactly `any(literal in text)` each time, however the memory was filled
    sets = [
        frozenset({"апрел", "мая"}),
        frozenset({"мая"}),
        frozenset({"каб.", "ауд"}),
        frozenset({"ауд", "зал", "апрел"}),
        frozenset({"зал"}),
        frozenset({"нет такого"}),
    ]
    texts = ["1 и 8 апреля, ауд. 12", "в актовом зале", "15 мая", "", *EDGES]
    for text in texts:
        for order in (sets, sets[::-1], [*sets, *sets]):
            sc = Scanner(text)
            for literals in order:
                expected = any(literal in sc.text for literal in literals)
                assert sc._may_hold(literals) == expected, (text, sorted(literals))
