"""speed76: the never-read figure counts no garbage collection owed by earlier posts, and the
measure of the shared word-form analysis (`regex_sites.py --openings`) answers as `re` does.

Round 42's never-read figure (`parser_costs.py --new-instructions 200`) rose 22.47M -> 23.74M a
post with one full collection of CPython's oldest generation inside the counted window and
none in the round before (tests/data/speed76.md): the window now opens on a collected heap."""

from __future__ import annotations

import re
from typing import Any

import pytest

from benchmarks import parser_costs, regex_sites


def _spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What parser_costs' counted runs do, in order: passes, collections, callgrind switches."""
    done: list[str] = []

    def one_pass(cases: list[Any]) -> None:
        done.append(f"pass {len(cases)}")

    def run(command: list[str], **_: Any) -> None:
        done.append(f"callgrind {command[2]}")

    monkeypatch.setattr(parser_costs, "one_pass", one_pass)
    monkeypatch.setattr(parser_costs.subprocess, "run", run)
    monkeypatch.setattr(parser_costs.gc, "collect", lambda: done.append("collect"))
    return done


def test_the_never_read_window_opens_on_a_collected_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    done = _spied(monkeypatch)
    parser_costs._counted_new([("текст", None)] * 10, 3)  # type: ignore[list-item]
    assert done == ["pass 5", "collect", "callgrind on", "pass 3", "callgrind off"]


def test_the_warm_window_opens_on_a_collected_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    done = _spied(monkeypatch)
    parser_costs._counted([("текст", None)] * 4)  # type: ignore[list-item]
    assert done == ["pass 4", "collect", "callgrind on", "pass 4", "callgrind off"]


# a pattern that opens only at a word starting "лекци"/"семинар" (a look-behind on letters)
_KIND = re.compile(r"(?<![а-яё])(?:лекци[яиюей]|семинар(?:а|ы|ов)?)(?![а-яё])")
_KIND_I = re.compile(_KIND.pattern, re.IGNORECASE)
_TEXTS = [
    "Завтра лекция в актовом зале, а в пятницу семинар для учителей.",
    "ЛЕКЦИЯ «Космос» и Семинары — в библиотеке; полекция не слово.",
    "Никаких событий: только прогулка.",
    "семинаров было три, лекций две, семинар",
]


@pytest.mark.parametrize("pattern", [_KIND, _KIND_I])
@pytest.mark.parametrize("method", ["search", "finditer"])
@pytest.mark.parametrize("text", _TEXTS)
def test_tried_only_at_word_openings_the_answer_is_re_s(
    pattern: re.Pattern[str], method: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = regex_sites._opening_index(pattern)
    assert found is not None
    fast, index = found
    monkeypatch.setitem(regex_sites._LOWS, text, text.lower())
    for pos in (0, 5, len(text) // 2):
        call = (method, text, pos)
        assert regex_sites._by_openings(pattern, fast, index, call) == regex_sites._plain_answer(
            pattern, call
        )


def test_a_pattern_that_may_open_inside_a_word_has_no_index() -> None:
    assert regex_sites._opening_index(re.compile(r"лекци[яи]")) is None
    assert regex_sites._opening_index(re.compile(r"\d{1,2}:\d\d")) is None
