"""speed75: the parser's patterns that cost the most whole-post scans for want of a first-character
scan are compiled with one (first_scan.compile_with_scan), and find exactly what `re.compile`
finds.

The patterns are those whose scan saved ≥ 0.07 µs a warm post when their recorded calls were
replayed with and without it (tests/data/speed75.md); each was `re.compile(...)` before, so `re`
tried a full match at every character of a post (a look-behind, `\\b` or a repeat opens them)."""

from __future__ import annotations

import importlib
import re

import pytest

from bot.core.language.tokens import normalize

# "module.NAME" of every pattern given a scan in speed75 (bot/core/language/<module>.py); not
# title_spelled._ANNOUNCED_CAPS, which opens with a scoped "(?i:…)" (first_scan.py reads its
# first letters in lower case only: «Пройдут ВСИ» would be skipped)
SCANNED = [
    "clock_bounds._CLOCK",
    "slips._DATE_SLIPS",
    "slips._TIME_SLIPS",
    "title_shape._WORD",
    "title_jubilee.JUBILEE",
    "place_words._LOCALITY",
    "place_words._ON_NAME",
    "place_words._TOWN_DISTRICT",
    "title_finish._OWNER",
    "post._DAILY_HOURS",
    "legal_forms._FORM",
    "post_draft._POST_CLOCK",
    "place_words._REGION",
    "title_mention._SENTENCE_END",
    "post_cues._SAME_DAY",
    "post._NUMBERS_SPAN",
    "title_days._QUOTED_WEEK",
    "sentences._DAY_DOT",
    "start_doubts._OPENING",
    "post._SPAN_OPENING",
    "post_clocks.HOURS_SAID",
    "post_clocks.OPENING",
    "post_clocks._DASHED_CLOCK",
    "start_doubts._TODAY_SAID",
    "title_programme_head._TIMETABLE_LINE",
    "opening_hours._SIGNUP",
    "intents_asks.INVITATION",
    "slips._NO_MONTH_YEAR",
    "post_draft._CLOCK",
    "slips._NO_MONTH",
    "title_dated_kind._INVITER",
    "post_draft._COUNTED",
    "sessions._ANY_CLOCK",
    "post_cues.CALLED_OFF",
    "post_scoring._IN_HOURS",
    "meeting._MEETING_POINT",
    "post_dates._CLOCK_AT",
    "title_programme_head._TIMETABLE_ITEM",
    "post_cues._CONTINUES",
    "named_day_report._TODAY",
    "title_heading._AGE_MARK",
    "recurrence._RECUR_DAILY",
    "title_score._GOVERNOR",
    "told_day._WRITTEN_YEAR",
    "title_grammar._WORD",
    "place_words._IN_QUOTED",
    "post_draft._POST_RANGE",
    "post_dates._LIST_WORD",
    "venue_more._ABBREVIATION",
    "times._SENTENCE_BREAK",
    "title_days._AS_WHEN",
    "post_cues._REMOTE",
    "post._HELD_DONE",
    "place_display._ABBREVIATION_END",
    "title_score.OPENS_OTHER",
    "date_ranges._LIST_JOINER",
    "leftovers._SPACE_BEFORE_PUNCT",
    "post._LASTS_UNTIL",
    "start_doubts._WEEKLY",
    "post_clocks._SENTENCE_STOP",
    "start_doubts._HOUR_OF_DAY",
    "date_ranges._OR_WORD",
    "post._NEGATED",
    "post._BOUND",
    "post_clocks.CLOSING",
    "start_doubts._ANNOUNCING",
    "start_doubts._LENGTH",
    "post._STAGE_RELATIVE",
]

# written for this test: clocks in several spellings, dates, ranges, places, invitations,
# cancellations, capitals, quotes, a clock glued to a word, a misprinted clock and date
SENTENCES = [
    "Сегодня в 10:00 в актовом зале пройдёт открытие Недели науки! Ждём всех 5-11 классов.",
    "Приглашаем 12 декабря с 9.30 до 13.00 на Ярмарку профессий в МАОУ СОШ № 5 (ул. Ленина, 3).",
    "Занятия проходят ежедневно с 8-00 до 17-00, кроме субботы; обед 13 00-14 00.",
    "Турнир «Кубок Победы» перенесён с 14 на 21 число, регистрация до 18 ч. 30 мин.",
    "В эти минуты на стадионе начинается эстафета, длительность 2 часа; в 16 часов награждение",
    "Мероприятие отменено из-за карантина. Следующая встреча состоится во вторник, в 15:30.",
    "На Советской, в Ленинском районе г. Калуги, в с. Ивановка и пгт Новый: выездные занятия",
    "ГБОУ ДО «Дворец творчества» и ООО «Ромашка» проводят конкурс 6+ для детей 7–10 лет",
    "Приходите 5 и 12 декабря или 19-го, с 1 по 3 число, не позднее 25.12.2026!",
    "Юбилей школы: 50 лет! Торжественное собрание в Доме культуры им. Гагарина в 17.00",
    "Расписание:\n10:00 – регистрация\n10:30 — открытие\n12:00-13:00 обед\n",
    "дистанционно, онлайн и заочно; видеоконференция в 24:70 и 7:5 и 1 2:30 и 3 1.12",
    "губернатора Калужской области поздравил директор Ивана Петрова , с днём учителя !",
    "",
    "в",
]


def _pattern(name: str) -> re.Pattern[str]:
    module, attribute = name.split(".")
    found = getattr(importlib.import_module(f"bot.core.language.{module}"), attribute)
    assert isinstance(found, re.Pattern)
    return found


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", SCANNED)
def test_pattern_is_compiled_with_a_first_character_scan(name: str) -> None:
    pattern = _pattern(name)
    plain = re.compile(pattern.pattern, pattern.flags)
    assert pattern != plain  # other code: the INFO block's first-character set (or tries)
    assert pattern.groupindex == plain.groupindex


@pytest.mark.parametrize("name", SCANNED)
def test_pattern_finds_what_re_compile_finds(name: str) -> None:
    pattern = _pattern(name)
    plain = re.compile(pattern.pattern, pattern.flags)
    for text in SENTENCES + [normalize(s) for s in SENTENCES] + [s.lower() for s in SENTENCES]:
        assert _found(pattern, text) == _found(plain, text), text
        for pos in range(0, len(text), 7):  # from inside the text, up to a bound
            end = len(text) - pos // 2
            assert _span(pattern.search(text, pos, end)) == _span(plain.search(text, pos, end))
            assert _span(pattern.match(text, pos)) == _span(plain.match(text, pos))


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_regex_sites_tells_which_patterns_a_scan_would_serve() -> None:
    from benchmarks.regex_sites import defined_as, scannable
    from bot.core.language import clock_bounds
    from bot.core.language.first_scan import compile_with_scan

    blind = re.compile(r"(?<![\d.:])\d{1,2}:\d\d(?!\d)")  # a look-behind first: no scan in re
    fast = scannable(blind)
    assert fast is not None
    assert fast != blind
    assert [m.span() for m in fast.finditer("в 10:00 и 12:30")] == [(2, 7), (10, 15)]
    assert scannable(compile_with_scan(blind.pattern)) is None  # compiled with one already
    assert scannable(re.compile(r"\bзавтра", re.IGNORECASE)) is None  # case folded
    assert scannable(re.compile(r"[вн]а")) is None  # a class first: re's own scan
    assert defined_as(clock_bounds._CLOCK) == "clock_bounds._CLOCK"
    assert defined_as(blind) == "?"


def test_a_scoped_case_insensitive_opening_gets_no_scan() -> None:
    from bot.core.language.first_scan import compile_with_scan

    # «Пройдут ВСИ»: the verb in capitals opens the match; a scan of its lower-case first
    # letters would skip it
    source = r"(?i:(?<![а-яё])(?:пройдут|стартует))\s+([А-ЯЁ]{2,12})(?![А-ЯЁа-яё])"
    plain = re.compile(source)
    assert compile_with_scan(source) == plain  # no scan: re's own search
    for text in ["Пройдут ВСИ в декабре", "В школе СТАРТУЕТ РОБОФЕСТ", "стартует ГТО"]:
        assert _span(compile_with_scan(source).search(text)) == _span(plain.search(text))
    # a case-sensitive opening before the scoped group keeps its scan
    assert compile_with_scan(r"\bв\s+(?i:фойе)") != re.compile(r"\bв\s+(?i:фойе)")
