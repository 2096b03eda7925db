"""speed64: `prefilter.may_match` also gates a case-sensitive pattern whose required literals
are written in lower case though an upper-case letter stands elsewhere in it (a look-behind
"(?<![А-ЯЁа-яё])"); it never gates a pattern whose literal has a capital or that ignores case.
The gates added with it say no only where the search finds nothing, on every corpus text (as
written, normalised, lower-cased, its lines) and on sentences made for them."""

from __future__ import annotations

import importlib
import re

from benchmarks.corpus_score import load
from bot.core.language.day_count import _LASTS
from bot.core.language.prefilter import may_match
from bot.core.language.start_doubts import _DAILY
from bot.core.language.title_finish import _OPENED
from bot.core.language.tokens import normalize

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")
MADE = [
    "в субботу откроют новую детскую площадку",
    "Откроют ГЛАВНУЮ ЁЛКУ НАО",  # a capital opening: the case-sensitive pattern misses it too
    "выставка продлится три дня",
    "фестиваль будет проходить в течение двух дней",
    "музей открыт ежедневно с 10:00 до 18:00",
    "по будням в 9 и в 12",
    "во все дни с 11 до 15",
    "занятия каждую неделю",
    "",
]


def _texts() -> list[str]:
    texts = [case["text"] for name in CORPORA for case in load(name)]
    lines = [line for text in texts for line in text.splitlines()]
    normalised = [normalize(text) for text in texts]
    return texts + normalised + [text.lower().replace("ё", "е") for text in texts] + lines + MADE


def test_a_lower_case_literal_gates_beside_an_upper_case_class() -> None:
    pattern = re.compile(r"(?<![А-ЯЁа-яё])отмеча(?:ем|ет)")
    assert not may_match(pattern, "Мы Отмечаем праздник")
    assert may_match(pattern, "мы отмечаем праздник")


def test_a_capital_literal_or_ignored_case_is_never_gated() -> None:
    assert may_match(re.compile(r"Откро(?:ют|ет)"), "ничего")
    assert may_match(re.compile(r"откро(?:ют|ет)", re.IGNORECASE), "ОТКРОЮТ")


def test_a_gate_says_no_only_where_the_search_finds_nothing() -> None:
    found = dict.fromkeys((_OPENED, _LASTS, _DAILY), 0)
    refused = dict.fromkeys(found, 0)
    for text in _texts():
        for pattern in found:
            for pos, end in ((0, len(text)), (len(text) // 2, len(text)), (0, len(text) // 2)):
                hit = pattern.search(text, pos, end) is not None
                gate = may_match(pattern, text, pos, end)
                assert hit <= gate, (pattern.pattern, text[:80])
                found[pattern] += hit
                refused[pattern] += not gate
    assert all(found.values())  # both answers exercised
    assert all(refused.values())


# speed64 steps 2-4: searches (whole text, windows, sentences) whose patterns open with "\\b",
# a look-behind, a repeat or a mixed alternation, for which `re` itself finds no first
# characters to skip to (it calls its matcher at every position); compiled with
# first_scan.compile_with_scan
SCANNED = (
    "audience._LOOSE_CLASS",
    "audience._PARENTS_MEETING",
    "audience._STAFF_MEETING",
    "clause_numbers._OPENING",
    "dates._OCCASION",
    "day_count._LASTS",
    "kind_typos._WORD",
    "legal_forms._GATE",
    "meeting._CLAUSE_END",
    "notices._PARTS",
    "opening_hours._SENTENCE_EDGE",
    "place_hosts._ABBREVIATION",
    "place_sites._SITE",
    "place_words._CITY",
    "places._DATE_OPENING",
    "places._TIME_OR_ADDRESS",
    "post._ABOUT_HELD",
    "post._DIGITS",
    "post._ENDS_ON",
    "post._OCCASION_BEFORE",
    "post_other_events.RANGE_OPENING",
    "post_clocks._SPOKEN_HOUR",
    "post._UNTIL",
    "post_clocks._WEEKDAY_BEFORE",
    "post_ages._AGE_LIST_TAIL",
    "post_cues._STAGE",
    "post_dates._YEAR_IN",
    "quote_marks._LOOSE",
    "start_doubts._ANNOUNCED",
    "start_doubts._ANY_CLOCK",
    "start_doubts._CLOCK_AT",
    "start_doubts._DAILY",
    "start_doubts._STAMP_CLOCK",
    "start_doubts._UNTIL_HOUR",
    "times._GRADE_LENGTH",
    "title_enrich._OCCASION",
    "title_finish._OPENED",
    "title_heading._CATEGORY_JOIN",
    "title_offers._EDITION_AFTER_CUE",
    "title_periods._PERIOD",
    "title_phrase._DASHED",
    "title_score._AIM",
    "title_score._CLAUSE_WORD",
    "title_score._WORD",
    "title_shape._BREAK",
    "title_shape._DASH",
    "tokens._SPACED_DATE_DOT",
    "word_openings._RUN",
)


def _pattern(name: str) -> re.Pattern[str]:
    module, attribute = name.split(".")
    found: re.Pattern[str] = getattr(
        importlib.import_module(f"bot.core.language.{module}"), attribute
    )
    return found


def test_the_searched_patterns_skip_to_their_first_characters() -> None:
    for name in SCANNED:
        pattern = _pattern(name)
        assert pattern != re.compile(pattern.pattern, pattern.flags), name  # its own code


def test_a_scanned_pattern_finds_what_the_plain_one_finds() -> None:
    texts = _texts()
    for name in SCANNED:
        pattern = _pattern(name)
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            mine = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert mine == [(m.span(), m.groups()) for m in plain.finditer(text)], name
            middle = len(text) // 2
            late, plain_late = pattern.search(text, middle), plain.search(text, middle)
            assert (late and late.span()) == (plain_late and plain_late.span()), name
