"""speed74: benchmarks/regex_sites.py — its recording rewrite answers as the plain call, its
callgrind reading groups and counts as the listing says, and it never reads the lead's sets."""

from __future__ import annotations

import re
from typing import Any

import pytest

from benchmarks import regex_sites
from benchmarks.bench_parser import HELD_OUT

_SOURCE = """\
import re
WORD = re.compile(r"[а-яё]+")
def first(text):
    return WORD.search(text)
def words(text):
    return [m.group(0) for m in WORD.finditer(text)]
def parts(text):
    return text.split(",")
"""


def _rewritten() -> dict[str, Any]:
    space: dict[str, Any] = {"__rx__": regex_sites.recorded_call}
    exec(regex_sites.recording_code(_SOURCE, "/x/sample.py"), space)
    return space


def test_a_rewritten_call_answers_as_the_plain_one_and_is_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain: dict[str, Any] = {}
    exec(_SOURCE, plain)
    space = _rewritten()
    recorded: list[Any] = []
    monkeypatch.setattr(regex_sites, "_RECORDED", recorded)
    text = "Концерт, 12 декабря, лекция"
    assert space["first"](text).span() == plain["first"](text).span()
    assert space["words"](text) == plain["words"](text) == ["онцерт", "декабря", "лекция"]
    assert space["parts"](text) == plain["parts"](text)  # a str method: called, not recorded
    assert [(site, method) for site, _, method, _, _ in recorded] == [
        ("sample.py:4", "search"),
        ("sample.py:6", "finditer"),
    ]
    assert recorded[0][3] == (text,)


def test_nothing_is_recorded_outside_a_recorded_pass() -> None:
    assert regex_sites._RECORDED is None
    assert _rewritten()["first"]("лекция").group(0) == "лекция"


def test_a_function_replacement_is_replayed_as_an_empty_string() -> None:
    def upper(m: re.Match[str]) -> str:
        return m.group(0).upper()

    assert regex_sites._replayable("sub", (upper, "текст"), {}) == ("", "текст")
    assert regex_sites._replayable("sub", ("x", "текст"), {}) == ("x", "текст")
    assert regex_sites._replayable("search", ("текст", 2), {}) == ("текст", 2)


_FLAT = """\
--------------------------------------------------------------------------------
903,288,286 (100.0%)  PROGRAM TOTALS
--------------------------------------------------------------------------------
225,867,401 (25.01%)  /b/Python-3.11.7/./Modules/_sre/sre_lib.h:sre_ucs2_match [/lib/py.so]
 84,668,005 ( 9.37%)  /b/Python-3.11.7/Python/ceval.c:PyObject_Vectorcall [/lib/libpython3.11.so]
 16,786,340 ( 1.86%)  /b/Python-3.11.7/Objects/obmalloc.c:_PyObject_Free [/lib/libpython3.11.so]
 12,730,274 ( 1.41%)  /b/Python-3.11.7/Objects/stringlib/fastsearch.h:PyUnicode_Contains
  6,497,318 ( 0.72%)  /project/src/trienode.c:automaton_search_iter_next
  5,634,318 ( 0.62%)  /b/Python-3.11.7/Objects/tupleobject.c:tupledealloc [/lib/libpython3.11.so]
"""


def test_instructions_are_grouped_by_part_of_cpython() -> None:
    found = regex_sites.parts(_FLAT)
    assert found == {
        "regex engine (_sre)": 225_867_401,
        "interpreter": 84_668_005,
        "memory": 16_786_340,
        "strings": 12_730_274,
        "literal index (pyahocorasick)": 6_497_318,
        "other": 5_634_318,
    }


_TREE = """\
 38,349,203 ( 4.25%)  < /b/Modules/_sre/sre.c:_sre_SRE_Pattern_match (14,682x)
304,663,381 (33.73%)  < /b/Modules/_sre/sre_lib.h:sre_search (706,516x)
225,867,401 (25.01%)  *  /b/Modules/_sre/sre_lib.h:sre_ucs2_match [/lib/py.so]

117,489,455 (13.01%)  < /b/Modules/_sre/sre_lib.h:sre_search (2,366,230x)
 34,733,528 ( 3.85%)  < /b/Modules/_sre/sre_lib.h:sre_ucs2_match (736,902x) [/lib/libpython3.11.so]
137,234,303 (15.19%)  *  /b/Modules/_sre/sre_lib.h:sre_ucs1_charset.constprop.0 [/lib/libpython]
"""


def test_the_search_loop_s_calls_are_read_from_the_caller_tree() -> None:
    tries = regex_sites._called_from(_TREE, "sre_ucs2_match [", "sre_search")
    assert tries == (706_516, 304_663_381)
    tests = regex_sites._called_from(_TREE, "sre_ucs1_charset", "sre_search")
    assert tests == (2_366_230, 117_489_455)
    assert regex_sites._called_from(_TREE, "sre_ucs2_count", "sre_search") == (0, 0)


def test_the_lead_s_sets_are_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def load(name: str) -> list[dict[str, Any]]:
        read.append(name)
        return [{"text": "Концерт 12 декабря", "now": "2026-12-01T10:00:00+03:00"}]

    monkeypatch.setattr(regex_sites, "load", load)
    cases = regex_sites.posts()
    assert len(cases) == len(read) > 40
    assert not set(read) & {*HELD_OUT, "real_posts_dev.jsonl"}
    assert "real_posts_broad34.jsonl" in read


# --- the twin of a case-insensitive pattern with a named group (lowered.py) ---

# announcements of a thing running until a day, written for this test in several shapes and
# cases; the last two name no day after «до» (a clock, a deadline's verb)
_RUNNING = (
    "Выставка работает до 4 октября, вход свободный.",
    "ЭКСПОЗИЦИЯ ОТКРЫТА ДО 12.10 — приходите всей семьёй!",
    "Ярмарка будет работать до 5 мая 2027 года на площади.",
    "Фестиваль Продлится Вплоть До 20 декабря.",
    "Конкурс детских рисунков проходит в библиотеке до 1 марта, а выставка идёт до 3 марта.",
    "Музей работает до 18:00 без выходных.",
    "Заявки принимаются до 10 ноября.",
)


def test_a_named_group_keeps_its_opening_in_the_twin() -> None:
    from bot.core.language import lowered
    from bot.core.language.running_until import _RUNNING_UNTIL

    # lower-cased whole, "(?P<day>" read "(?p<day>" and `re` refused it (re.error)
    fast = lowered.twin(_RUNNING_UNTIL)
    assert fast is not None
    assert "(?P<day>" in fast.pattern
    pattern = re.compile(r"(?<![а-яё])встреча\s+(?P<when>\d{1,2}\s+[а-я]+)", re.IGNORECASE)
    assert lowered.twin(pattern) is not None


def test_the_twin_finds_what_the_pattern_finds() -> None:
    from bot.core.language.lowered import finditer_i
    from bot.core.language.running_until import _RUNNING_UNTIL

    found = 0
    for text in _RUNNING:
        plain = [(m.span(), m.group("day")) for m in _RUNNING_UNTIL.finditer(text)]
        twin = [(m.span(), m.group("day")) for m in finditer_i(_RUNNING_UNTIL, text)]
        assert twin == plain, text
        found += len(plain)
    assert found == 6  # two in the fifth line, none in the last two


def test_a_back_reference_leaves_the_pattern_searched_itself() -> None:
    from bot.core.language import lowered
    from bot.core.language.lowered import finditer_i

    # "(?P=w)" lower-cased is no syntax either: no twin (re.error raised before)
    pattern = re.compile(r"(?P<w>лекци[яи])\s+и\s+(?P=w)", re.IGNORECASE)
    assert lowered.twin(pattern) is None
    text = "Лекция и ЛЕКЦИЯ, лекции и лекции"
    assert [m.span() for m in finditer_i(pattern, text)] == [(0, 15), (17, 32)]  # any case
    assert [m.span() for m in finditer_i(pattern, text)] == [
        m.span() for m in pattern.finditer(text)
    ]
