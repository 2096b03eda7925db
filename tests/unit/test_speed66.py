"""speed66: place_checks.named_in_text compiles its per-call pattern only where it may match;
typos._may_be_typo asks the dictionary before rapidfuzz.

The pattern (a capitalised word, one more word at most, the shown noun's stem, the complement)
is new for every new post's place; `_may_name` rules out, without compiling, the texts where no
phrase of its shape ends at the complement. It must never rule out a text the pattern matches.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.core.language import typos
from bot.core.language.morphology import is_known
from bot.core.language.place_checks import _may_name, named_in_text

DATA = Path(__file__).resolve().parents[1] / "data"
# the corpora read here: the dev and more sets (never a held-out or CHECK set)
_CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")

_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")


def _pattern(shown: str) -> re.Pattern[str]:
    """named_in_text's own pattern for `shown` (as written there)."""
    words = shown.split()
    return re.compile(
        r"(?<=[а-яё,)]\s)([А-ЯЁ][а-яё]+)\s+(?:([а-яё]+)\s+)?"
        rf"({re.escape(words[0][:4])}[а-яё]*)\s+{re.escape(' '.join(words[1:]))}(?![а-яё])"
    )


def _texts() -> list[str]:
    texts = [
        "у учеников Сосновской средней школы Кировского района прошёл урок, а в школе "
        "Кировского района прошла ярмарка",
        "В субботу в библиотеке Заречного посёлка пройдут чтения. Читатели Центральной "
        "библиотеки Заречного посёлка приглашены",
        "В школе Кировского района прошёл урок.",
        "Команда Лесной школы Кировского района победила, (Новой школы Кировского районами)",
        "концерт в Доме культуры: Весёлые   ребята школы\tКировского района\nпоют",
    ]
    for name in _CORPORA:
        path = DATA / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found = json.loads(line).get("text") if line.strip() else None
            if isinstance(found, str):
                texts.append(found)
    return texts


def _shown_phrases(text: str) -> list[str]:
    """Every small-lettered word with the next one or two words of `text`, as named_in_text
    is asked about a place noun and its complement."""
    words = _WORD.findall(text)
    return [
        " ".join(words[i : i + 1 + k])
        for i in range(len(words) - 1)
        if words[i].islower()
        for k in (1, 2)
        if i + k < len(words)
    ]


def test_never_rules_out_a_text_the_pattern_matches() -> None:
    matched = 0
    for text in _texts()[:1500]:
        for shown in _shown_phrases(text):
            words = shown.split()
            if _pattern(shown).search(text) is not None:
                matched += 1
                assert _may_name(text, words[0][:4], " ".join(words[1:])), (shown, text[:80])
    assert matched > 100  # the check saw matches, not only misses


def test_rules_out_texts_without_the_phrase() -> None:
    text = "В школе Кировского района прошёл урок."
    assert not _may_name(text, "школ", "Кировского района")
    # a small letter right after the complement: the pattern's (?![а-яё]) fails there too
    assert not _may_name(
        "у учеников Сосновской школы Кировского районами", "школ", "Кировского района"
    )
    # a stem with a letter outside [а-яё] is never ruled out
    assert _may_name(text, "sch", "Кировского района")


def test_no_pattern_compiled_when_nothing_can_match(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> re.Pattern[str]:
        raise AssertionError("a pattern compiled for a text it cannot match")

    monkeypatch.setattr(re, "compile", refuse)  # place_checks compiles with `re.compile`
    assert (
        named_in_text("В школе Кировского района прошёл урок.", "школе Кировского района") is None
    )


def test_the_fuller_name_is_still_found() -> None:
    text = (
        "у учеников Сосновской средней школы Кировского района прошёл урок. Урок провели "
        "в школе Кировского района"
    )
    assert named_in_text(text, "школе Кировского района") == (
        "Сосновская средняя школа Кировского района"
    )


def test_a_known_word_is_never_scored_against_the_date_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("rapidfuzz asked about a word the dictionary knows")

    monkeypatch.setattr("bot.core.language.typos.process.extractOne", refuse)
    typos._near_date_word.cache_clear()  # a remembered answer would hide the order
    assert not typos._may_be_typo.__wrapped__("библиотекой")


@pytest.mark.parametrize(
    "word", ["дикабря", "второник", "завтро", "библиотеке", "марки", "среди", "пятнца", "хакатон"]
)
def test_may_be_typo_reads_as_before(word: str) -> None:
    before = typos._near_date_word(word) and not is_known(word)
    assert typos._may_be_typo(word) == before
