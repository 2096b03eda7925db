"""Patterns rewritten for speed read exactly what their plain forms read, and each speed gate
is a necessary condition of the pattern it guards: checked on every text of the parser's
corpora (whole posts and each line), dense made-up lines and lines written to sit on the
edges of the rewrite (a newline after a full stop, a text ending in punctuation, a digit
other than 0-9, upper-case prepositions)."""

from __future__ import annotations

import re

import pytest

from bot.core.language import (
    places,
    post,
    sentences,
    spaced_clock,
    title_phrase,
    weekday_abbreviations,
)
from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.tokens import normalize
from tests.unit.test_scanner_anchors import _texts

EDGES = [
    "",
    ".",
    "!\n",
    "\n\n\nКонцерт.\n\nНачало в 18 00.  Вход свободный?!  Да",
    "Итак...\nВстреча!!! \tв 9 30?\r\nКонец.",
    "ул. Карбышева, д. 5. В. И. Ленина!\n",
    "Во 18 00, На 9 30, С 10 00 до 12 30, к 7 05; в 5 10 классах, на 10 15 человек",
    "в ١٨ 00 и в 18\u00a000, в ٩ 30, в 18\n30, в 24 00, в 23 55, в 9 31",
    "в 18 00, 1 00, 10 00 лет, до 2 50 руб",
]


def _lines() -> list[str]:
    out = list(EDGES)
    for text in _texts():
        out.append(text)
        out.extend(line for line in text.splitlines() if line.strip())
    return out


LINES = _lines()


def test_sentence_end_reads_as_its_plain_form() -> None:
    plain = re.compile(r"[.!?]+\s+|\n+")
    for text in LINES:
        fast = [m.span() for m in sentences._SENTENCE_END.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Во 18 00 начало",
        "сбор в ٩ 30 у входа",
        "в 18\u00a000 концерт",
        "С 10 00 до 12 30",
        "к 7 05",
    ],
)
def test_spaced_clock_gate_holds_wherever_a_spaced_time_is(text: str) -> None:
    assert spaced_clock._SPACED.search(text) is not None
    assert spaced_clock._SPACED_GATE.search(text) is not None


def test_spaced_clock_gate_is_a_necessary_condition() -> None:
    gate = spaced_clock._SPACED_GATE
    for text in LINES:
        for m in spaced_clock._SPACED.finditer(text):
            assert gate.search(m.group(0)) is not None, m.group(0)
        if spaced_clock._SPACED.search(text):
            assert gate.search(text) is not None


CLIPPED = [
    "Встреча во втр. в 18:00",
    "Приходите В ПЯТН к 10",
    "к птн. сдать работы",
    "на Воскр запланирован поход",
    "в срд и в чтг: кружок",
    "во вскр; в сбт; в пнд, в понед, во втрн, в четв",
]


@pytest.mark.parametrize("text", CLIPPED)
def test_clipped_weekday_hints_hold_wherever_a_clipped_weekday_is(text: str) -> None:
    low = text.lower()
    assert weekday_abbreviations._CLIPPED.search(text) is not None
    assert any(hint in low for hint in weekday_abbreviations._CLIPPED_HINTS)
    assert weekday_abbreviations.expand_weekdays(text) != text


def test_clipped_weekday_hints_are_a_necessary_condition() -> None:
    hints = weekday_abbreviations._CLIPPED_HINTS
    for text in [*LINES, *CLIPPED]:
        for m in weekday_abbreviations._CLIPPED.finditer(text):
            assert any(hint in m.group(2).lower() for hint in hints), m.group(0)


def test_a_text_the_lower_case_cannot_speak_for_is_searched_as_it_is() -> None:
    # an emoji lies outside lowered.py's safe characters: the hints are not looked at
    assert weekday_abbreviations.expand_weekdays("🎉 во втр. в 18:00") == "🎉 во вторник в 18:00"


def test_a_case_variant_letter_in_a_clipped_weekday_is_left_as_written() -> None:
    # U+1C80 is a form of "в" that re.IGNORECASE equates with "в" but str.lower() keeps apart:
    # _CLIPPED matches it, and the word is kept rather than the message failing
    assert weekday_abbreviations.expand_weekdays("во ᲀтр. в 18:00") == "во ᲀтр. в 18:00"


AFTER_V_PLAIN = re.compile(r"(?<![\w-])во?\s+([а-яё]{3,11})(?:\.|(?![\w-]))", re.IGNORECASE)
AFTER_V_EDGES = [
    "в дек.",
    "Во вто в 9",
    "ВО Сре",
    "-в пят.",
    "зв янв",
    "в\nфев.",
    "ᲀ мар",
    "🎉 В Сре",
]


def test_words_after_v_read_as_their_plain_form() -> None:
    for text in [*LINES, *AFTER_V_EDGES]:
        fast = [(m.span(), m.groups()) for m in finditer_i(weekday_abbreviations._AFTER_V, text)]
        assert fast == [(m.span(), m.groups()) for m in AFTER_V_PLAIN.finditer(text)], text


TEMPORAL_PLAIN = re.compile(
    r"\d|сегодня|завтра|вчера|полдень|полноч|утр[аио]|вечер|ночь|ночи|обед|час|недел|ежеднев"
    r"|январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|кажд|понедельник|вторник|сред|четверг|пятниц|суббот|воскрес|\b(?:пн|вт|ср|чт|пт|сб|вс)\b"
    r"|учебного\s+года|знаний"
    r"|день\s+(?:победы|россии|защиты|народного|космонавтики|учителя|государственного)"
    # a season's first or last day (parse78: relative_days._SEASON_EDGE in long posts)
    r"|(?:день|дня|дне)\s+(?:лета|осени|зимы|весны)|(?:летн|осенн|зимн|весенн)(?:ий|его|ем)\s+д"
)
TEMPORAL_EDGES = [
    "в первый день учебного года",
    "Шествие пройдёт в День Победы",
    "в день  россии",
    "День знаний",
    "пн",
    "в пн.",
    "впн",
    "пнд",
    "сб-вс",
    "ср",
    "xср",
    "ср1",
    "٣",
    "срок",
    "Вс",
    "В первый день весны",
    "в последний летний день",
    "первого дня осени",
    "в зимнем дне",
    "весенние каникулы",
    "днем лета",
]


def test_temporal_sentence_test_reads_as_its_plain_form() -> None:
    for text in [*LINES, *TEMPORAL_EDGES]:
        low = normalize(text)
        for begin in range(0, len(low), 7):  # slices too: the rule searches one sentence
            end = min(len(low), begin + 40)
            fast = any(p.search(low, begin, end) for p in post._TEMPORAL_WORDS)
            assert fast == (TEMPORAL_PLAIN.search(low, begin, end) is not None), low[begin:end]


def test_a_place_label_reads_as_its_plain_form() -> None:
    plain = re.compile(places._LABEL.pattern, places._LABEL.flags)
    edges = ["МЕСТО ПРОВЕДЕНИЯ: ул. Ленина, д. 5", "Где — Парк", "Адрес:\nнет", "🎉 Адрес: КГТУ"]
    for text in [*LINES, *edges]:
        fast = search_i(places._LABEL, text)
        want = plain.search(text)
        assert (fast and (fast.span(), fast.groups())) == (want and (want.span(), want.groups()))


def test_last_word_reads_as_its_plain_form() -> None:
    plain = re.compile(r"([А-ЯЁа-яё-]+)\s*$")
    edges = ["", " ", "слово", "два  слова \n", "арт-фестиваль", "конец.", "-", "a б", "«Лекция»  "]
    for text in [*LINES, *edges]:
        for begin in range(0, max(1, len(text) - 5), 5):  # the rule reads 20-40 characters
            piece = text[begin : begin + 40]
            fast, want = title_phrase._LAST_WORD.search(piece), plain.search(piece)
            assert (fast and fast.span(1)) == (want and want.span(1)), piece
