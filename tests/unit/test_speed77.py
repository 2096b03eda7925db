"""speed77: title rules compile no pattern per post where a lookup gives the same answer.

speed76 (tests/data/speed76.md §3) counted, in the never-read window, patterns compiled per
call — `title_apposed_name._mention` once per new title, `title_mention.bare_kind_named`,
`title_timed._clock`, `title_spelled._by_equated_kind` — and `title_grammar.is_event_noun`
trying 107 compound tails one by one for each new word form. Each reads the same now without
that work; these tests hold both: the answers equal the old way's, and the work is gone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.core.language import (
    performers,
    title_apposed_name,
    title_mention,
    title_spelled,
    title_timed,
)
from bot.core.language.title_apposed_name import _mention, _mention_end, with_apposed_name
from bot.core.language.title_grammar import EVENT_LEMMAS, _compound_of_event, is_event_noun
from bot.core.language.title_mention import bare_kind_named
from bot.core.language.title_spelled import spelled_out

_TAILS = tuple(w for w in EVENT_LEMMAS if len(w) >= 5)

# sentences written for the mention search: cases, inner words, hyphens, line breaks, repeats
_TEXTS = [
    "В субботу пройдёт праздник Масленица на площади.",
    "ПРАЗДНИК МАСЛЕНИЦА пройдёт в субботу, праздничная программа с утра.",
    "Спраздник не в счёт, а вот праздник\nМасленица — да.",
    "Национальном празднике Науруз: на национальном празднике Науруз выступят хоры.",
    "Праздники-концерты и праздник-ярмарка, потом праздник Весны.",
    "На фестивале  Радуга детского творчества; фестивальный день.",
    "Научно-практическая конференция «Шаг» и научно-практической конференции итоги.",
    "Конференциях не бывает, конференция-",
    "",
    "праздник",
]
_TITLES = [
    ["Праздник"],
    ["праздник", "Масленица"],
    ["Национальный", "праздник"],
    ["Фестиваль"],
    ["Научно-практическая", "конференция"],
    ["Конференция"],
    ["Ярмарка"],
]


def _old_compound(lemma: str) -> bool:
    """is_event_noun's compound test as it was: every tail tried with endswith."""
    return any(lemma.endswith(t) and len(lemma) - len(t) >= 2 for t in _TAILS)


@pytest.mark.parametrize(
    "lemma",
    [
        "экофорум",
        "видеолекторий",
        "симфосказка",
        "велопробег",
        "форум",
        "эфорум",
        "предфестиваль",
        "суперконференция",
        "мастер-класс",
        "автопробег",
        "стол",
        "",
        "аб",
        "кинофестиваль",
    ],
)
def test_a_compound_tail_is_found_as_trying_every_tail_found_it(lemma: str) -> None:
    assert _compound_of_event(lemma) == _old_compound(lemma)


def test_every_tail_after_two_letters_is_a_compound_and_after_one_is_not() -> None:
    for tail in _TAILS:
        for head in ("аб", "эко", "ё"):
            assert _compound_of_event(head + tail) == _old_compound(head + tail)
        assert _compound_of_event("аб" + tail)
        assert _compound_of_event("а" + tail) == _old_compound("а" + tail)
    assert is_event_noun("экофорума")


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("words", _TITLES)
def test_a_mention_ends_where_the_pattern_ends(text: str, words: list[str]) -> None:
    found = _mention(words).search(text)
    assert _mention_end(text, words) == (found.end() if found is not None else None)


@pytest.mark.parametrize("text", _TEXTS)
def test_letters_re_folds_apart_from_lower_case_are_read_by_the_pattern(text: str) -> None:
    # U+1C80 is an old form of «в» re's IGNORECASE matches as «в»; «İ» lowers to two letters
    for odd in (text.replace("в", "\u1c80"), "İ" + text, text.replace("д", "\u1c81")):
        for words in _TITLES:
            found = _mention(words).search(odd)
            assert _mention_end(odd, words) == (found.end() if found is not None else None)


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Patterns compiled through re.compile / re.search from now on (the test's own calls)."""
    seen: list[str] = []
    compile_, search = re.compile, re.search

    def counted_compile(pattern: Any, flags: Any = 0) -> Any:
        seen.append(str(pattern))
        return compile_(pattern, flags)

    def counted_search(pattern: Any, string: str, flags: Any = 0) -> Any:
        seen.append(str(pattern))
        return search(pattern, string, flags)

    monkeypatch.setattr(re, "compile", counted_compile)
    monkeypatch.setattr(re, "search", counted_search)
    return seen


def test_an_apposed_name_is_found_without_a_pattern_per_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _compiles(monkeypatch)
    text = "В субботу на площади пройдёт праздник Масленица."
    assert with_apposed_name(text, "Праздник") == "Праздник Масленица"
    assert with_apposed_name(text, "Весёлый праздник") is None
    assert not [p for p in seen if "[а-яё]*" in p]
    assert title_apposed_name.re is re


def test_a_bare_kind_without_a_dash_in_the_post_compiles_no_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _compiles(monkeypatch)
    assert bare_kind_named("В пятницу урок в 5 классе. Приходите!", "Урок") is None
    assert not [p for p in seen if "[–—]" in p]
    assert title_mention.re is re
    with_dash = bare_kind_named("Открытый урок – зоошкола для пятиклассников.", "Урок")
    assert with_dash == "Урок – зоошкола"
    # the kind's pattern is compiled once, then reused for every post with a dash
    assert title_mention._dash_apposed("урок") is title_mention._dash_apposed("урок")
    assert bare_kind_named("Урок — экскурсия по музею. Ждём всех!", "Урок") == "Урок – экскурсия"


def test_a_name_absent_from_the_body_compiles_no_equating_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _compiles(monkeypatch)
    headline = "Стартует РОБОФЕСТ"
    text = headline + "\nВсероссийский фестиваль пройдёт в марте."
    assert spelled_out(text, (0, len(headline))) is None
    assert not [p for p in seen if p.startswith("РОБОФЕСТ")]
    assert title_spelled.re is re
    equated = headline + "\nРОБОФЕСТ — всероссийский робототехнический фестиваль."
    assert spelled_out(equated, (0, len(headline))) == (9, "Фестиваль РОБОФЕСТ")
    assert [p for p in seen if p.startswith("РОБОФЕСТ")]  # the name in the body: its pattern


def test_a_clock_pattern_is_compiled_once_for_its_time() -> None:
    assert title_timed._clock(15, 0) is title_timed._clock(15, 0)
    assert title_timed._clock.cache_info().hits >= 1  # the second call read the cache
    assert title_timed._clock(15, 0).search("с 3 часов дня") is not None
    assert title_timed._clock(12, 0).search("в полдень") is not None
    assert title_timed._clock(13, 30).search("в 13.30") is not None


def test_a_performer_absent_from_the_line_compiles_no_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _compiles(monkeypatch)
    assert performers.performance_title("Наши ребята", "В субботу выступят хоры") is None
    assert not [p for p in seen if "Наши" in p]
    assert performers.re is re
    said = performers.performance_title("Наши ребята", "В субботу наши ребята выступят на сцене")
    assert said == "Выступление наших ребят"
