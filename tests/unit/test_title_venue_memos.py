"""The per-word and per-post memos of the title and venue rules answer exactly what the
uncached tests answer: the quoted spans of one post never leak into another's, and the cached
pymorphy3 word tests equal the tag tests they replace on every word of the parser's corpora."""

from __future__ import annotations

import re

from bot.core.language import place_words, title_kind_subject_words, title_words
from bot.core.language.title_words import QUOTE, inside_quotes, word_parses
from tests.unit.test_scanner_anchors import _texts


def _expected_inside(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in QUOTE.finditer(text))


def test_inside_quotes_follows_the_post_asked_about() -> None:
    quoted, plain = "Лекция «Химия вокруг нас» в 15:00", "Лекция о химии вокруг нас в 15:00"
    for text in (quoted, plain, quoted, "", quoted, *_texts()[:40]):
        inside = inside_quotes(text)
        for pos in range(len(text) + 1):
            assert inside(pos) == _expected_inside(text, pos), (text, pos)


def _words() -> list[str]:
    words = {w.strip(",.;:!?()") for t in _texts() for w in t.split()}
    return sorted(w for w in words if w and re.fullmatch(r"[А-ЯЁа-яё-]+", w))[:3000]


def test_cached_word_tests_equal_the_tag_tests() -> None:
    for word in _words():
        parses = word_parses(word)
        for depth in (2, 4):
            adjective = any("ADJF" in p.tag or "PRTF" in p.tag for p in parses[:depth])
            assert place_words._adjective_reading(word, depth) == adjective, word
        genitive = any(
            "gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag or "PRTF" in p.tag)
            for p in parses[:2]
        )
        assert place_words._genitive_reading(word) == genitive, word
        name_adjective = (
            bool(parses)
            and ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag)
            and not any("Apro" in p.tag for p in parses)
        )
        assert title_kind_subject_words.is_name_adjective(word) == name_adjective, word


def test_reordered_word_start_assertions_match_as_before() -> None:
    # KIND and _PLACE now test "no letter before" ahead of the first-letter lookahead; both
    # are zero-width at the same position, so the matches are those of the former order
    from bot.core.language import places

    for pattern in (title_words.KIND, places._PLACE):
        source = pattern.pattern
        close = source.index(")") + 1
        behind, rest = source[:close], source[close:]
        ahead_end = rest.index("])") + 2
        former = re.compile(rest[:ahead_end] + behind + rest[ahead_end:], pattern.flags)
        for text in _texts():
            got = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.group(0)) for m in former.finditer(text)], text


def test_sentence_of_stops_early_with_the_same_answer() -> None:
    from bot.core.language import place_checks
    from bot.core.language.sentences import iter_sentences, sentences

    for text in [*_texts()[:300], "ул. Ленина, д. 8. Вход с 9:00!\nЗал 2", ""]:
        spans = sentences(text)
        assert list(iter_sentences(text)) == spans
        for pos in range(0, len(text) + 1, 7):
            holding = [(a, b) for a, b in spans if a <= pos < b]
            assert place_checks.sentence_of(pos, text) == (
                holding[0] if holding else (0, len(text))
            )


ADDRESS_EDGES = [
    "Встреча пройдёт по адресу:   ул. Ленина, д. 8; вход со двора",
    "на Ленинском пр-те 30, а потом на площади Победы 1",
    "Площадка: Советский проспект 1. Пр. Мира, 5",
    "ул.Ленина 8 — сбор; переулок Тихий 3",
    "12.05 в 15:00 По Адресу : Улица Горького 2",
    "пр. 5 и набережная Адмирала Трибуца, 3; шоссе 7",
    "ул. и ул. Ленина 5",
]


def test_address_search_from_the_lead_finds_the_first_address() -> None:
    from bot.core.language.place_words import ADDRESS, find_address

    texts = [*_texts(), *ADDRESS_EDGES]
    texts += [line for t in texts for line in t.splitlines()]
    for text in texts:
        found = find_address(text)
        expected = ADDRESS.search(text)
        got = None if found is None else (found.span(), found.group(0))
        assert got == (None if expected is None else (expected.span(), expected.group(0))), text
