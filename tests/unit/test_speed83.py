"""speed83: the letter counts read without a regex scan, and the per-word answers of
title_grammar (is_word, word_readings) remembered per word: the same answers as before."""

from __future__ import annotations

import random
import re

import pytest

from bot.core.language import post_analysis, title_grammar
from bot.core.language.capitals import in_normal_case
from bot.core.language.morphology import parses
from bot.core.language.post_analysis import Analysis

# what letter_counts answered before: the runs of these two classes, counted
_LETTERS = re.compile(r"[A-Za-zА-ЯЁа-яё]+")
_CAPITALS = re.compile(r"[A-ZА-ЯЁ]+")

# characters beside the counted letters that cp1251 has a byte for (Ukrainian and Belarusian
# letters, Ђ, №, «», NBSP, €) and characters it has none for (Latin-1 and Greek letters, ѐ,
# emoji, a lone surrogate): none of them may be counted
_OTHERS = "ІіЇїЄєҐґЎўЂђЃѓЉљЊњЋћЏџ№«»\u00a0€—–…ÉéßÄäΩωѐѝ😀\ud800\t\n 0123456789.,!?-"
_ALPHABET = "ABCXYZabcxyzАБВЁЯабвёяЙйЪъ" + _OTHERS


def _old_counts(text: str) -> tuple[int, int]:
    letters = sum(map(len, _LETTERS.findall(text)))
    capitals = sum(map(len, _CAPITALS.findall(text))) if letters else 0
    return letters, capitals


def test_letter_counts_agree_with_the_two_classes_over_random_texts() -> None:
    rng = random.Random(83)
    for _ in range(5_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 40)))
        assert Analysis(text).letter_counts() == _old_counts(text), text


def test_no_other_character_counts_as_a_letter() -> None:
    for code in range(0x3000):  # Latin, Greek, Cyrillic and its supplements, punctuation…
        text = f"а{chr(code) * 3}Б"
        assert Analysis(text).letter_counts() == _old_counts(text), hex(code)


def test_letter_counts_run_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts come from the text's cp1251 bytes: the two class scans are gone (fails
    before: letter_counts searched `post_analysis._LETTERS`, which the spy refuses)."""

    class _Refused:
        def findall(self, *args: object) -> list[str]:
            raise AssertionError("a regex scan for the letter counts")

    monkeypatch.setattr(post_analysis, "_LETTERS", _Refused(), raising=False)
    monkeypatch.setattr(post_analysis, "_CAPITALS", _Refused(), raising=False)
    text = "Ёлка в ДК «Юность»: Yoga, 12 мест"
    assert Analysis(text).letter_counts() == (21, 5) == _old_counts(text)


def test_a_shouted_post_is_still_put_in_normal_case() -> None:
    shouted = "ЗАВТРА В СПОРТЗАЛЕ ШКОЛЫ ПРОЙДУТ ВЕСЁЛЫЕ СТАРТЫ ДЛЯ ЧЕТВЁРТЫХ КЛАССОВ"
    assert in_normal_case(shouted) == (
        "Завтра в спортзале школы пройдут весёлые старты для четвёртых классов"
    )
    calm = "Завтра в спортзале школы пройдут «ВЕСЁЛЫЕ СТАРТЫ» для 4 классов"
    assert in_normal_case(calm) == calm


@pytest.mark.parametrize(
    "token", ["выставка", "Ёлка", "арт-фестиваль", "Yoga", "12", "5А", "«Радуга»", ",", "-", ""]
)
def test_is_word_and_word_readings_keep_their_answers(token: str) -> None:
    cyrillic = re.search(r"[А-ЯЁа-яё]", token) is not None
    plain_word = re.fullmatch(r"[A-Za-zА-ЯЁа-яё0-9]+(?:-[A-Za-zА-ЯЁа-яё0-9]+)*", token)
    for _ in range(2):  # the first answer, then the remembered one
        assert title_grammar.is_word(token) == (plain_word is not None and cyrillic)
        assert title_grammar.word_readings(token) == (parses(token) if cyrillic else ())


def test_is_word_and_word_readings_are_remembered_per_word() -> None:
    """Asked again for a word, the remembered answer (fails before: neither function kept
    anything, so neither had a cache to ask)."""
    title_grammar.is_word.cache_clear()
    title_grammar.word_readings.cache_clear()
    for _ in range(3):
        title_grammar.is_word("соревнования")
        title_grammar.word_readings("соревнования")
    assert title_grammar.is_word.cache_info().hits == 2
    assert title_grammar.word_readings.cache_info().hits == 2


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        ("В пятницу пройдёт осенняя ярмарка поделок", "ярмарка", "subject"),
        ("Вчера состоялась встреча с писателем", "встреча", "past"),
        ("Приглашаем ребят на мастер-класс по оригами", "мастер-класс", "invited"),
        ("Примите участие в викторине о космосе", "викторине", "part"),
        ("Участвовать во флешмобе могут все классы", "флешмобе", "part"),
    ],
)
def test_the_verbs_still_mark_their_noun_phrases(text: str, word: str, role: str) -> None:
    for _ in range(2):  # read, then (after speed83) remembered
        assert (text.index(word), role) in title_grammar.marked_heads.__wrapped__(text)


def test_a_token_is_searched_for_its_verb_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word met again (in the same post or another) is not searched again (fails before:
    every occurrence was searched by the verb patterns)."""
    calls: list[str] = []
    real = title_grammar._ANNOUNCING

    class _Spy:
        def search(self, low: str) -> re.Match[str] | None:
            calls.append(low)
            return real.search(low)

    monkeypatch.setattr(title_grammar, "_ANNOUNCING", _Spy())
    remembered = getattr(title_grammar, "_verb_role", None)  # none before speed83
    if remembered is not None:
        remembered.cache_clear()
    text = "Концерт пройдёт в субботу. Выставка пройдёт в воскресенье, концерт — в зале"
    heads = title_grammar.marked_heads.__wrapped__(text)
    assert (0, "subject") in heads
    assert (text.index("Выставка"), "subject") in heads
    assert calls.count("пройдёт") == 1  # met twice
    assert calls.count("в") == 1  # met three times
    assert calls.count("концерт") == 2  # «Концерт» and «концерт»: remembered as written
