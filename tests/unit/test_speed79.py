"""speed79: a pattern whose required words are absent is not searched; a gate is case-sensitive.

tests/data/speed79.md: the calls that found nothing and whose required literals were absent
were measured by site; the dearest (`stamped_reports.stamp_moment`'s «сегодня/вчера/завтра»,
`report_results`' results sentence, `report_today`'s «сегодня») now test their words with
`in`/`str.find` first, and birth_years' gate — the one case-insensitive gate, searched over
every post without a first-character scan — is case-sensitive (the scanner's text is lower
case). These tests hold both halves: the answers are the old ones, and the search is gone."""

from __future__ import annotations

import importlib
import re
from datetime import date, datetime
from typing import Any

import pytest

from bot.core.language import (
    eve_days,
    report_results,
    report_today,
    stamped_reports,
    title_enrich,
    typos,
)
from bot.core.language.birth_years import _BORN, take_birth_years
from bot.core.language.post_facts import PostFacts
from bot.core.language.tokens import _GATES, Scanner, normalize

_NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


class _Spy:
    """A compiled pattern that counts the calls of its methods (its attributes as they are)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._wrapped = pattern
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._wrapped, name)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return found(*args, **kwargs)

        return call


_RELATIVE_TEXTS = [
    "12.03.2024 10:15\nСегодня в школе прошли соревнования по волейболу.",
    "12.03.2024 10:15\nВЧЕРА в школе прошёл концерт.",
    "05.02.2025 / Послезавтра стартует неделя науки.",
    "Позавчера ребята ездили на экскурсию.",
    "Несегодняшний день и завтрак не в счёт: 12.03.2024.",
    "12.03.2024 10:15\nВ школе прошли соревнования по волейболу.",
    "Концерт 15 декабря в актовом зале.",
    "",
]


@pytest.mark.parametrize("text", _RELATIVE_TEXTS)
def test_stamp_moment_as_before(text: str) -> None:
    """The moment is the old reading's: the pattern over the lower case, then stamp_day."""
    old = _NOW
    if stamped_reports._RELATIVE_WORD.search(text.lower()) is not None:
        day = stamped_reports.stamp_day(text, _NOW)
        old = _NOW if day is None else datetime.combine(day, _NOW.time())
    assert stamped_reports.stamp_moment(text, _NOW) == old


def test_stamp_moment_searches_only_with_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """No relative word in the text: the pattern is not searched (fails before: it was)."""
    spy = _Spy(stamped_reports._RELATIVE_WORD)
    monkeypatch.setattr(stamped_reports, "_RELATIVE_WORD", spy)
    stamped_reports.stamp_moment("12.03.2024 10:15\nВ школе прошли соревнования.", _NOW)
    assert spy.calls == 0
    moment = stamped_reports.stamp_moment("12.03.2024 10:15\nСегодня в школе прошли игры.", _NOW)
    assert spy.calls == 1
    assert moment == datetime(2024, 3, 12, 10, 0)  # noqa: DTZ001 (wall clock)


_RESULT_SENTENCES = [
    "итоги конкурса будут объявлены 20 декабря.",
    "результаты опубликуют на сайте школы 20 декабря.",
    "подведут итоги 20 декабря.",
    "церемония подведения итогов пройдёт 20 декабря.",
    "следующая встреча состоится 20 декабря.",
    "награждение победителей пройдёт 20 декабря.",
    "конкурс пройдёт 20 декабря в актовом зале.",
]


def _old_announced(text: str, begin: int, end: int) -> bool:
    if report_results._CEREMONY.search(text, begin, end) is not None:
        return False
    return any(
        any(word in m.group(0) for word in report_results._RESULT_WORDS)
        for m in report_results.AFTERWARDS.finditer(text, begin, end)
    )


@pytest.mark.parametrize("sentence", _RESULT_SENTENCES)
def test_results_announced_as_before(sentence: str) -> None:
    """The whole sentence and every window cut from it read as the old reading."""
    text = "в школе прошёл конкурс. " + sentence
    for begin in range(0, len(text), 7):
        for end in range(begin, len(text) + 1, 5):
            assert report_results._results_announced(text, begin, end) == _old_announced(
                text, begin, end
            )


def test_results_sentence_without_results_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence naming neither «итог…» nor «результат…» is not searched (fails before)."""
    ceremony, afterwards = _Spy(report_results._CEREMONY), _Spy(report_results.AFTERWARDS)
    monkeypatch.setattr(report_results, "_CEREMONY", ceremony)
    monkeypatch.setattr(report_results, "AFTERWARDS", afterwards)
    text = "следующая встреча состоится 20 декабря."
    assert not report_results._results_announced(text, 0, len(text))
    assert ceremony.calls == afterwards.calls == 0
    text = "итоги будут подведены 20 декабря."
    assert report_results._results_announced(text, 0, len(text))
    assert ceremony.calls == afterwards.calls == 1


def _facts(text: str, event: str) -> PostFacts:
    at = text.index(event)
    return PostFacts(event_sentence=(at, len(text)), sentences=[(0, at), (at, len(text))])


def test_reported_today_searches_only_with_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """No «сегодня» before the event's sentence: its pattern is not searched (fails before);
    with one, the old answer (the day of writing)."""
    spy = _Spy(report_today._TODAY)
    monkeypatch.setattr(report_today, "_TODAY", spy)
    text = "турнир состоялся в субботу. 15 декабря пройдёт финал."
    facts = _facts(text, "15 декабря")
    assert report_today.reported_today(text, facts, date(2026, 12, 15), _NOW) is None
    assert spy.calls == 0
    text = "сегодня в школе состоялся турнир. 15 декабря пройдёт финал."
    facts = _facts(text, "15 декабря")
    assert report_today.reported_today(text, facts, date(2026, 12, 15), _NOW) == _NOW.date()
    assert spy.calls == 1
    text = "15 декабря пройдёт финал, сегодня прошёл полуфинал."  # after the event's start
    facts = PostFacts(event_sentence=(0, len(text)), sentences=[(0, len(text))])
    assert report_today.reported_today(text, facts, date(2026, 12, 15), _NOW) is None


def test_this_day_occasion_as_before() -> None:
    """The occasion as before (the memoised lower case is `str.lower`'s): read after «В этот
    день», the phrase looked for in any case but read by _THIS_DAY as written."""
    text = "В субботу прозвучит последний школьный звонок. В этот день состоятся линейки."
    shown = title_enrich._this_day_occasion(text, "Линейки")
    assert shown == ", посвящённые последнему школьному звонку"
    capitals = text.replace("этот день", "ЭТОТ ДЕНЬ")
    assert title_enrich._this_day_occasion(capitals, "Линейки") is None
    assert title_enrich._this_day_occasion("В субботу концерт. Линейки.", "Линейки") is None


_BIRTH_TEXTS = [
    "Приглашаем детей 2015-2016 г.р. на соревнования.",
    "Для участников 2012 Г. Р. и младше.",
    "Юноши 2010 гр, девушки 2011 гр.",
    "Юноши 2010г.г.р. и старше",
    "Участники 2013 года рождения и старше.",
    "Обучающиеся 2009 – 2011 годов рождения",
    "УЧАСТНИКИ 2013 ГОДА РОЖДЕНИЯ",
    "Участники 2013 года р\u1c82жде\u043dия.",  # «о» as U+1C82: the same letter to `re`'s (?i)
    "Участники 2013 г\u1c82\u1c81\u1c82\u1c80 рождения.",  # «годов» in those partners
    "Игры и турнир 12 декабря, игр 5.",
    "2026 г. Рождественский концерт",
    "Праздник 12 декабря 2025 года в г. Ростов.",
    "Рождественский концерт 25 декабря 2025 года рядом со школой.",
    "",
]


@pytest.mark.parametrize("written", _BIRTH_TEXTS)
def test_birth_gate_holds_where_born_matches(written: str) -> None:
    """The case-sensitive gate over the normalised text holds wherever _BORN (case
    insensitive) matches it, so it never hides a match; the years read are _BORN's."""
    text = normalize(written)
    (new_gate,) = _GATES[_BORN]
    assert not new_gate.flags & re.IGNORECASE  # (fails before: re.IGNORECASE)
    found = _BORN.search(text)
    if found is not None:
        assert new_gate.search(text)
    born = take_birth_years(Scanner(written))
    assert (born is None) == (found is None)


def test_birth_gate_spares_posts_without_birth_years(monkeypatch: pytest.MonkeyPatch) -> None:
    """«игр», «Рождественский», «2025 года» alone: _BORN is not searched (fails before: the
    old gate held for «игр » and «рожд» anywhere)."""
    sc = Scanner("Рождественский турнир игр 25 декабря 2025 года в г. Ростов.")
    (gate_pattern,) = _GATES[_BORN]
    assert gate_pattern.search(sc.text) is None
    assert take_birth_years(sc) is None
    assert take_birth_years(Scanner("Для детей 2015–2016 г.р. и младше")) is not None


def _old_may_hold_typo(lower: str) -> bool:
    """The typo gate's meaning before: one of `_WORD`'s words (ё read as е) may be a typo."""
    return any(
        typos._may_be_typo(word) for word in set(typos._WORD.findall(lower.replace("ё", "е")))
    )


_TYPO_TEXTS = [
    "концерт 12 декабря в актовом зале",
    "концерт 12 декабрря в актовом зале",  # a misspelt month
    "встреча в пятницуу, 12 декабря",
    "по-декабрря и 12-декабрря",  # a suspect touching a hyphen: no word of _WORD
    "декабррябрябрября 12",  # a run longer than 14 letters
    "ещё 12 декабрря, всё",
    "abcдекабрря 2декабрря",  # touching a Latin letter, a digit
    "",
]


@pytest.mark.parametrize("text", _TYPO_TEXTS)
def test_typo_gate_as_before(text: str) -> None:
    """The gate answers as its old reading, with the remembered forms empty, filled by the
    same text, and filled by every other text first."""
    old = _old_may_hold_typo(text)
    typos._NO_TYPO.clear()
    typos._TYPO_LIKE.clear()
    assert typos._may_hold_typo(text) == old
    assert typos._may_hold_typo(text) == old
    for other in _TYPO_TEXTS:
        typos._may_hold_typo(other)
    assert typos._may_hold_typo(text) == old


def test_typo_gate_reads_words_only_for_a_suspect(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text's word forms are read once (shared with the kind search: word_openings);
    `_WORD` is searched only when a form is suspect (fails before: it was searched always)."""
    spy = _Spy(typos._WORD)
    monkeypatch.setattr(typos, "_WORD", spy)
    assert not typos._may_hold_typo("концерт 12 декабря в актовом зале")
    assert spy.calls == 0
    assert typos._may_hold_typo("концерт 12 декабрря в актовом зале")
    assert spy.calls == 1
    assert not typos._may_hold_typo("по-декабрря 12")  # suspect form, no word of _WORD
    assert spy.calls == 2
    text, corrections, _ = typos.correct_typos("Концерт 12 декабрря в актовом зале")
    assert text == "Концерт 12 декабря в актовом зале"
    assert [c.read for c in corrections] == ["декабря"]


# the patterns speed79 compiled with a first-character scan: the dearest left without one
# (`regex_sites.py --scans 150`: 10.2 µs a warm post in all, these ~8.4 of it)
_SCANNED = [
    "post_analysis._RUN",
    "post._DOCUMENT",
    "told_past._CAPITALS",
    "place_hosts._HOST_VERB",
    "title._TRAILING_TAGS",
    "title_place._WORD",
    "title_discourse._STEM",
    "told_custom._WORD",
]
_SCAN_TEXTS = [
    "МБОУ СОШ №5 ПРИГЛАШАЕТ: приказ № 12-о от 1 декабря, письмо от\n",
    "Музей приглашает, школа проводит конкурс, ДК «Радуга» ждёт гостей #афиша #дети  ",
    "по-русски, ХОР-2025 и хор-шоу; Yoga и ЁЛКА, ёлка — 12.12 в 18:00 ",
    "Решение совета № 5/7 от",
    "",
    "#",
]


@pytest.mark.parametrize("name", _SCANNED)
def test_scanned_pattern_finds_what_re_compile_finds(name: str) -> None:
    """Compiled with a scan (other code than `re.compile`'s: fails before), the same
    matches, spans and groups from every position."""
    module, attribute = name.split(".")
    pattern = getattr(importlib.import_module(f"bot.core.language.{module}"), attribute)
    plain = re.compile(pattern.pattern, pattern.flags)
    assert pattern != plain
    for text in _SCAN_TEXTS + [t.lower() for t in _SCAN_TEXTS]:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):
            got, want = pattern.search(text, pos), plain.search(text, pos)
            assert (got and got.span()) == (want and want.span())


_WHOLE_DAY_TEXTS = [
    "Соревнования идут вес день 12 декабря.",
    "ВЕСЬ ДЕН будет праздник, целй день игры",
    "весь день открыт музей",  # spelt right: no correction
    "Вход для всех 12 декабря",
    "вас два 12 декабря",
    "Концерт 12 декабря в актовом зале",
    "вес день 🎄 12 декабря",  # a character outside lowered's safe set: the pattern itself
    "",
]


@pytest.mark.parametrize("text", _WHOLE_DAY_TEXTS)
def test_whole_day_as_before(text: str) -> None:
    """«весь день» misspelt is mended as by the old substitution over the whole text."""
    corrections: list[typos.Correction] = []

    def mend(found: re.Match[str]) -> str:
        read = typos._whole_day_pair(found.group(1).lower(), found.group(2).lower())
        if read is None:
            return found.group(0)
        phrase = " ".join(read)
        phrase = phrase[:1].upper() + phrase[1:] if found.group(0)[:1].isupper() else phrase
        corrections.append(typos.Correction(found.group(0), phrase))
        return phrase

    old = typos._WHOLE_DAY_PAIR.sub(mend, text)
    assert typos._mended_whole_day(text) == (old, corrections)


def test_whole_day_substitutes_only_with_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """No «в…/ц… д…» pair in the text: no substitution over it (fails before: always one)."""
    spy = _Spy(typos._WHOLE_DAY_PAIR)
    monkeypatch.setattr(typos, "_WHOLE_DAY_PAIR", spy)
    assert typos._mended_whole_day("Концерт 12 декабря в актовом зале")[1] == []
    assert spy.calls == 0
    text, corrections = typos._mended_whole_day("Соревнования идут вес день 12 декабря.")
    assert text == "Соревнования идут весь день 12 декабря."
    assert [c.written for c in corrections] == ["вес день"]


def _old_eve_anchor(lowered: str, now: datetime) -> tuple[int, int] | None:
    """eve_days._eve_anchor as it was: the three readings over the whole text."""
    dated = list(eve_days.EVE_OF.finditer(lowered))
    named = list(eve_days.EVE_NAMED.finditer(lowered))
    dates = eve_days.DATE_ANY.findall(lowered)
    if len(dated) == 1 and not named and len(dates) == 1:
        day = eve_days.DATE_ANY.match(lowered, dated[0].end())
        holiday = eve_days.date_of(day.group(0), now) if day is not None else None
        return (holiday.month, holiday.day) if holiday is not None else None
    if len(named) == 1 and not dated and not dates:
        return eve_days.eve_holiday(named[0].group(1))
    return None


_EVE_TEXTS = [
    "Накануне 8 Марта в актовом зале пройдёт концерт.",
    "В канун Международного женского дня 8 марта в зале школы состоялся концерт.",
    "Накануне Дня учителя ребята подготовили концерт.",
    "В  КАНУН Нового года — утренник.",
    "Концерт 7 марта в актовом зале.",
    "Накануне ребята репетировали, концерт 8 марта.",
    "",
]


@pytest.mark.parametrize("text", _EVE_TEXTS)
def test_eve_anchor_as_before(text: str) -> None:
    """The holiday an eve names is the old reading's, in the text's lower case."""
    lowered = text.lower()
    assert eve_days._eve_anchor(lowered, _NOW) == _old_eve_anchor(lowered, _NOW)


def test_eve_anchor_reads_only_with_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """No «канун» in the text: no pattern searched over it (fails before: three were)."""
    spies = {name: _Spy(getattr(eve_days, name)) for name in ("EVE_OF", "EVE_NAMED", "DATE_ANY")}
    for name, spy in spies.items():
        monkeypatch.setattr(eve_days, name, spy)
    assert eve_days._eve_anchor("концерт 7 марта в актовом зале.", _NOW) is None
    assert sum(spy.calls for spy in spies.values()) == 0
    assert eve_days._eve_anchor("накануне 8 марта пройдёт концерт.", _NOW) == (3, 8)


@pytest.mark.parametrize(
    ("source", "made"),
    [
        (r"[а-яё-]+\s+(?:пройд[её]т|состоится)", 2),  # letters, then spaces: both runs
        (r"\d+[:.]\d\d", 1),
        (r"«[^«»]+»", 1),
        (r"[а-я]+[а-я]", 0),  # the next letter may be the run's: backtracking needed
        (r"[а-я]+(?=\s)", 0),  # a look-ahead next: left alone
        (r"\s*(?:в|на)?\d", 0),  # an optional group next: left alone
        (r"[а-я]+?\s", 0),  # lazy: left alone
        (r"(?:[а-я]+\s+){0,3}?\d", 1),  # a run ending its group: left alone
    ],
)
def test_possessive_runs_made_only_where_nothing_could_be_given_back(
    source: str, made: int
) -> None:
    """Which runs become possessive (fails before: no such pass), and every pattern so
    compiled finds what `re.compile` finds, from every position."""
    from bot.core.language.possessive_runs import possessive_runs
    from bot.core.language.re_internals import parser as _p

    assert possessive_runs(_p.parse(source, 0), 0) == made
    texts = [
        "Концерт пройдёт 12 декабря в 18:00, «Щелкунчик» ждёт",
        "в  зале   состоится встреча; в 9.30 и в 10:15 «» «а»",
        "абв где 1 2 3 ",
    ]
    with_runs = possessive_source(source)
    plain = re.compile(source)
    for text in texts:
        for pos in range(len(text)):
            got, want = with_runs.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def possessive_source(source: str) -> re.Pattern[str]:
    """`source` compiled with its runs made possessive (as branch_trie and first_scan do)."""
    from bot.core.language.possessive_runs import possessive_runs
    from bot.core.language.re_internals import compiler as _c
    from bot.core.language.re_internals import parser as _p
    from bot.core.language.re_internals import sre as _sre

    parsed = _p.parse(source, 0)
    possessive_runs(parsed, 0)
    groups = parsed.state.groups
    names: list[str | None] = [None] * groups
    found: re.Pattern[str] = _sre.compile(
        source, 0, _c._code(parsed, 0), groups - 1, parsed.state.groupdict, tuple(names)
    )
    return found


def test_sentence_subject_pattern_has_possessive_runs() -> None:
    """title_named's sentence subject pattern (the case measured): compiled with its runs
    possessive (other code than re.compile's even past the scan), the same matches."""
    from bot.core.language import title_named

    pattern = title_named._SUBJECT_BEFORE_CUE
    text = "Клуб «Юный техник» откроется 5 декабря. Мастерская Деда Мороза откроется в фойе."
    plain = re.compile(pattern.pattern)
    assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
    assert [m.group(1) for m in pattern.finditer(text)] == ["Мастерская Деда Мороза"]
