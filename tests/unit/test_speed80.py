"""speed80: case-insensitive patterns that were searched over whole posts with `re`'s own
case-folding search (no first-character scan: the matcher is entered at every position) are
found through their lower-case twins (lowered.finditer_i, finditer_span, search_i): the twin
scans the lower-cased post, each hit is read again with the pattern at the same offset.

Each test puts a spy in place of the module's pattern: before the change its `finditer` or
`search` ran over the post (the spy saw it: the tests fail); now only `match` at the twin's
hits. The answers are the ones the plain pattern gives (the dump of every post is identical,
tests/data/speed80.md; here on sentences written for each rule)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest

from bot.core.language import (
    post_draft,
    title_enrich,
    title_generic_subject,
    title_heading_body,
    title_mention,
    title_named_as,
)
from bot.core.language.lowered import twin


class _Spy:
    """A compiled pattern that records which of its methods were called."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self.called: list[str] = []
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.called.append(name)
            return method(*args, **kwargs)

        return recorded


_CASES: list[tuple[Any, str, Callable[[], object], object]] = [
    (
        title_generic_subject,
        "KIND",
        lambda: title_generic_subject._generic_only(
            "Мероприятие пройдёт в субботу. Встреча состоится в зале.", (0, 30)
        ),
        True,
    ),
    (
        title_named_as,
        "KIND",
        lambda: title_named_as.named_mention(
            "Субботник пройдёт в парке. Акция «Чистый Берег» соберёт волонтёров.", "акция"
        ),
        "Акция «Чистый Берег»",
    ),
    (
        title_named_as,
        "_ONE_OF",
        lambda: list(title_named_as.one_of_named("ОДНОЙ из встреч недели — «Театральная осень».")),
        [title_named_as.NamedAs(25, "«Театральная осень»", (9, 15), "Встреча")],
    ),
    (
        post_draft,
        "_WRITTEN_DAY",
        lambda: post_draft._written_time(
            "Концерт пройдёт 12 ДЕКАБРЯ в 18:30 в актовом зале.", date(2026, 12, 12)
        ),
        time(18, 30),
    ),
    (
        post_draft,
        "KIND",
        lambda: post_draft._visit_title(
            "10 октября ученики посетили художественный музей.",
            "10 октября ученики",
            "художественный музей",
            (0, 50),
        ),
        "Посещение художественного музея",
    ),
    (
        title_heading_body,
        "KIND",
        lambda: title_heading_body.is_digest("Детские и взрослые ЭКСКУРСИИ в обсерватории"),
        True,
    ),
]


@pytest.mark.parametrize(("module", "name", "call", "answer"), _CASES)
def test_case_insensitive_pattern_is_found_through_its_twin(
    monkeypatch: pytest.MonkeyPatch,
    module: Any,
    name: str,
    call: Callable[[], object],
    answer: object,
) -> None:
    """The rule answers as before and the pattern itself is only read again at the twin's
    hits (fails before: its finditer/search ran over the text)."""
    assert call() == answer
    spy = _Spy(getattr(module, name))
    monkeypatch.setattr(module, name, spy)
    assert call() == answer
    assert set(spy.called) <= {"match"}


@pytest.mark.parametrize(
    "text",
    [
        "Концерт «Зимняя сказка» пройдёт 20 ДЕКАБРЯ. Экскурсия в МУЗЕЙ, лекция и мастер-класс!",
        "ВЕБИНАР, Квест-игра и КОНЦЕРТ-ЛЕКЦИЯ — 12.12.2026 г. в 18:00; «СПЕКТАКЛЬ» в ДК",
        "Ёлка, ёлочка и ЁЛКА: новогодний утренник, дни открытых дверей",
        "",
    ],
)
def test_twin_finds_what_the_pattern_finds(text: str) -> None:
    """The helpers the sites now call give the pattern's own matches (spans and groups),
    over a whole text and over a window of it."""
    from bot.core.language.lowered import finditer_i, finditer_span, search_i
    from bot.core.language.title_words import KIND

    def read(found: Any) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(0)) for m in found]

    assert read(finditer_i(KIND, text)) == read(KIND.finditer(text))
    start, end = len(text) // 4, 3 * len(text) // 4
    assert read(finditer_span(KIND, text, start, end)) == read(KIND.finditer(text, start, end))
    got, want = search_i(KIND, text), KIND.search(text)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("module", "name"),
    [(title_enrich, "_SET_START"), (title_mention, "_FRAME"), (title_mention, "_ON_NAME")],
)
def test_patterns_without_a_twin_are_searched_as_they_are(module: Any, name: str) -> None:
    """`[^\\S\\n]` (\\S changes meaning in lower case) leaves these without a twin: routed
    through lowered's helpers they would be searched as they are plus the helpers' own
    cost, so their sites keep their own search (speed80.md)."""
    assert twin(getattr(module, name)) is None


def test_possessive_costs_rewrites_only_plain_patterns_it_changes() -> None:
    """regex_sites.possessive (the `--possessive` measure, fails before: no such function):
    a plain pattern with a run its next element cannot extend is compiled again and finds
    what it found; a pattern without such a run, a case-insensitive one or one compiled
    otherwise already is not rewritten."""
    from benchmarks.regex_sites import possessive
    from bot.core.language.first_scan import compile_with_scan

    plain = re.compile(r"([а-яё]+)\s+(\d{1,2})")
    fast = possessive(plain)
    assert fast is not None
    assert fast != plain  # other code: the runs made possessive
    for text in ("концерт  12 декабря", "в 9 и в 10", "абв где", ""):
        for pos in range(len(text) + 1):
            got, want = fast.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert possessive(re.compile(r"[а-я]+(?=\s)")) is None
    assert possessive(re.compile(r"([а-яё]+)\s+(\d)", re.I)) is None
    assert possessive(compile_with_scan(r"(?<![а-я])([а-яё]+)\s+(\d)")) is None


@pytest.mark.parametrize(
    ("text", "sentence", "days"),
    [
        ("Турнир пройдёт 12 декабря в спортзале.", (0, 38), 0),
        ("Турнир пройдёт 12 декабря в спортзале.", None, 0),
        ("ДВУХДНЕВНЫЙ турнир пройдёт 12 декабря.", (0, 38), 2),
        ("Трёхдневная смена начнётся 5 января.", None, 3),
        ("Пройдёт 3-дневный сбор; потом отдых.", (0, 22), 3),
        ("Пройдёт 3-дневный сбор; потом отдых.", (23, 36), 0),
        ("Двухᲁневный турнир пройдёт 12 декабря.", None, 2),  # U+1C81, re's partner of «д»
    ],
)
def test_days_long_reads_the_pattern_only_with_its_word(
    monkeypatch: pytest.MonkeyPatch, text: str, sentence: tuple[int, int] | None, days: int
) -> None:
    """post_draft._days_long: «N-дневный» as before, and a post without «дневн» (its lower
    case, where `re` folds case as str.lower does) is not searched (fails before: the
    pattern's search ran over the sentence)."""
    assert post_draft._days_long(text, sentence) == days
    spy = _Spy(post_draft._DAYS_LONG)
    monkeypatch.setattr(post_draft, "_DAYS_LONG", spy)
    assert post_draft._days_long(text, sentence) == days
    if "дневн" not in text.lower() and "ᲁ" not in text:
        assert spy.called == []
