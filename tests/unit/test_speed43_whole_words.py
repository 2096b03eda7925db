"""speed43: whole-word occurrences read with str.find (whole_words.py) instead of a pattern
compiled per word, which recompiled on every pass once the words outnumbered `re`'s cache.

- `spans` and `occurs` answer what the per-word pattern answered, over real post lines and
  crafted edge cases (hyphens, capitals, the word at either end, repeated and adjacent words);
- title_enrich._name_after_phrase compiles no pattern for the title's words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import title_enrich, whole_words

_EDGES = [
    "конкурс",
    "конкурс конкурс",
    "конкурсконкурс конкурс",
    "-конкурс конкурс-",
    "Конкурс конкурса конкурс.",
    "а-а-а а-а",
    "ааа аааа ааа",
    "Ёлка ёлка ЁЛКА",
    "x конкурс\nконкурс,",
    "",
]


def _texts() -> list[str]:
    texts = list(_EDGES)
    for name in TUNED_SETS[:6]:
        for case in load(name)[:15]:
            texts.append(case["text"])
    return texts


@pytest.mark.parametrize(
    ("letters", "cls"),
    [
        (whole_words.CYRILLIC_OR_HYPHEN, "[А-ЯЁа-яё-]"),
        (whole_words.LOWER_CYRILLIC, "[а-яё]"),
    ],
)
def test_spans_are_the_per_word_patterns_matches(letters: frozenset[str], cls: str) -> None:
    texts = _texts()
    words = {"конкурс", "конкурса", "ааа", "а-а", "ёлка", "Ёлка", "и", "в", "-"}
    for text in texts[10:40]:
        words.update(re.findall(r"[А-ЯЁа-яё-]{1,}", text)[:20])
    checked = 0
    for text in texts:
        for word in words:
            expected = [
                m.span() for m in re.finditer(rf"(?<!{cls}){re.escape(word)}(?!{cls})", text)
            ]
            assert list(whole_words.spans(text, word, letters)) == expected, (word, text[:60])
            assert whole_words.occurs(text, word, letters) == bool(expected)
            checked += bool(expected)
    assert checked > 100  # the comparison saw many occurrences, not only absences


def test_name_after_phrase_compiles_no_pattern_per_word(monkeypatch: Any) -> None:
    text = (
        "Турнир по программированию.\n"
        "Приглашаем на турнир по программированию Code Battle для 8-11 классов."
    )
    key = title_enrich.kind_key("турнир")
    expected = title_enrich._name_after_phrase(text, "Турнир по программированию", key)

    def no_compile(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a pattern compiled per call")

    monkeypatch.setattr(re, "compile", no_compile)
    monkeypatch.setattr(re, "search", no_compile)
    assert expected == "Code Battle"
    assert title_enrich._name_after_phrase(text, "Турнир по программированию", key) == expected
