"""Candidate doubt signals measured on the real-post sets (one command, figures only):

    python benchmarks/doubt_signals.py [SET ...]  (default: every set; eval6 and eval7 were
    released for tuning on 2026-12-01, and no held-out set is in the list)

A signal is a property of a parsed long post that might mean the chosen start is a guess.
For each signal and set it prints how many wrong starts NOT already doubted (silent: no
doubt code at all and a start) it flags — each one would become a question — and how many
right starts NOT already asked about (no code in doubts.ASKED) it flags — each one a
needless question. The exchange rate used to choose (tests/data/README.md): a signal is
worth adding when, over all sets, it flags at least 2 silent wrong starts at no more than
3 needless asks per wrong start caught, and right starts asked stay ≤ 15 % over all sets
(≤ 20 % in each).

S14–S18 were added in the seventh round (starts10) for the wrong starts of eval6 and eval7:
a span of days the timed draft cut short, a clock alone on its line, many days and no cue,
the pick's sentence about sign-up, deadlines, results or the past, a span another sentence
opens on the start's day. None met the rate on all sets (tests/data/README.md).

Signals read the post's facts (post.PostFacts: the weighed dated sentences, the event's
sentence) captured from the real parse; nothing here changes what the parser answers.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language import intents, post, post_dates
from bot.core.language.doubts import ASKED
from bot.core.language.morphology import parses
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.models import EventIntent

SETS = [
    "dev",
    "more",
    "heldout",
    "fresh",
    "eval",
    "eval2",
    "eval3",
    "eval4",
    "eval5",
    "starts4",
    "venues4",
    "titles4",
    "broad7t",
    "broad7d",
    "broad8t",
    "broad8d",
    "eval6",  # released for tuning on 2026-12-01 (seventh round)
    "eval7",
    "eval8",  # released for tuning on 2026-12-01 (eighth round)
    "eval9",  # released for tuning on 2026-12-01 (ninth round)
]
CUE = 3  # post_scoring.CUE_SCORE
# a post's sentence blocks: post.sentence_blocks since split77 (post_scoring's, made public),
# post._blocks in the older parsers test_first_sight21 reads through this module
BLOCKS = next(getattr(post, name) for name in ("sentence_blocks", "_blocks") if hasattr(post, name))


@dataclass
class Seen:
    """One parsed post: its cleaned text, the post's facts and the draft's start and end."""

    text: str
    facts: post.PostFacts | None
    start: datetime | None
    end: datetime | None
    all_day: bool
    now: datetime
    draft_sessions: bool = False  # the draft lists sessions on several days or times
    draft_series: bool = False  # the draft repeats daily (a span read as a series)


_captured: list[tuple[str, post.PostFacts]] = []
# Where the event path calls prepare_post: intents_event_read since split76, intents before it.
# The first-sight tests run this module against older commits' parsers (doubt_transfer.read_at),
# so the module is looked up rather than imported by name.
try:
    _reader: Any = importlib.import_module("bot.core.language.intents_event_read")
except ModuleNotFoundError:
    _reader = intents
_prepare = _reader.prepare_post


def _capturing(sc: Any, now: datetime) -> post.PostFacts:
    facts = _prepare(sc, now)
    _captured.append((sc.text, facts))
    return facts


_reader.prepare_post = _capturing

_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b|\b([01]?\d|2[0-3])\s*(?:ч\b|час)")
_RELATIVE = re.compile(r"\b(сегодня|завтра|послезавтра)\b")


def _clocks(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _CLOCK.finditer(text, begin, end):
        if m.group(1):
            out.append((int(m.group(1)), int(m.group(2))))
        else:
            out.append((int(m.group(3)), 0))
    return out


def _event_block(s: Seen) -> tuple[int, int] | None:
    assert s.facts is not None
    if s.facts.event_sentence is None:
        return None
    begin, end = s.facts.event_sentence
    dated = [DATE_ANY.search(s.text, b, e) is not None for b, e in s.facts.sentences]
    blocks = BLOCKS(s.facts.sentences, dated)  # (spans, dated) since speed10
    return begin, blocks.get(begin, end)


def _pick(s: Seen) -> tuple[int, date | None, int, int] | None:
    assert s.facts is not None
    for w in s.facts.weighed:
        if (w[2], w[3]) == s.facts.event_sentence:
            return w
    return None


def _others(s: Seen) -> list[tuple[int, date | None, int, int]]:
    """Weighed sentences naming a day ahead other than the start's day."""
    assert s.facts is not None
    assert s.start is not None
    return [
        w
        for w in s.facts.weighed
        if w[1] is not None
        and w[1] >= s.now.date()
        and w[1] != s.start.date()
        and (w[2], w[3]) != s.facts.event_sentence
    ]


def margin(k: int) -> Callable[[Seen], bool]:
    def signal(s: Seen) -> bool:
        pick = _pick(s)
        return pick is not None and any(w[0] >= pick[0] - k for w in _others(s))

    return signal


def untied(s: Seen) -> bool:
    pick = _pick(s)
    return pick is not None and pick[0] < CUE and bool(_others(s))


def two_cued(s: Seen) -> bool:
    """Two or more distinct days ahead, each in a sentence with an event cue (the pick's and
    another's), in a post of three sentences or more."""
    assert s.facts is not None
    pick = _pick(s)
    return (
        len(s.facts.sentences) >= 3
        and pick is not None
        and pick[0] >= CUE
        and any(w[0] >= CUE for w in _others(s))
    )


def clock_outside(s: Seen) -> bool:
    """The start's clock is written nowhere in the event's sentence and its block."""
    block = _event_block(s)
    if block is None or s.start is None or s.all_day:
        return False
    return (s.start.hour, s.start.minute) not in _clocks(s.text, *block)


def end_outside(s: Seen) -> bool:
    """The end's clock is written nowhere in the event's sentence and its block."""
    block = _event_block(s)
    if block is None or s.end is None or s.all_day or s.start is None:
        return False
    if s.end.date() != s.start.date():
        return False
    return (s.end.hour, s.end.minute) not in _clocks(s.text, *block)


def not_first_clock(s: Seen) -> bool:
    """The event's sentence and block hold two or more clocks and the start is not the
    first of them ("Начало экскурсии в 15.00 (либо в 16.30)")."""
    block = _event_block(s)
    if block is None or s.start is None or s.all_day:
        return False
    clocks = list(dict.fromkeys(_clocks(s.text, *block)))
    return len(clocks) >= 2 and clocks[0] != (s.start.hour, s.start.minute)


def headline_other(s: Seen) -> bool:
    """The post's first line names a day ahead other than the start's, outside its span."""
    assert s.facts is not None
    if s.start is None:
        return False
    first_line = s.text.split("\n", 1)[0][:200]
    for m in DATE_ANY.finditer(first_line):
        day = date_of(m.group(0), s.now)
        ahead = day is not None and day >= s.now.date() and day != s.start.date()
        if ahead and (s.end is None or not (s.start.date() <= day <= s.end.date())):  # type: ignore[operator]
            return True
    return False


def relative_mixed(s: Seen) -> bool:
    """The post says "сегодня"/"завтра" and the start is another day than one they name."""
    if s.start is None:
        return False
    offsets = {"сегодня": 0, "завтра": 1, "послезавтра": 2}
    days = {offsets[m.group(1)] for m in _RELATIVE.finditer(s.text.lower())}
    start_off = (s.start.date() - s.now.date()).days
    return len(days) >= 2 or (bool(days) and start_off not in days)


_START_CLOCK = re.compile(r"\bначал\w*[^.!?\n\d]{0,40}?\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")
_ALTERNATIVE = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\)?\s*,?\s*\(?(?:или|либо)\s+(?:в\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
)


def two_openings(s: Seen) -> bool:
    """Two "начало … HH:MM" with different clocks ("Начало работы площадки: 11:00. Начало
    диктанта: 12:00.")."""
    return len({m.groups() for m in _START_CLOCK.finditer(s.text)}) >= 2


def alternatives(s: Seen) -> bool:
    """Clock times offered as alternatives ("в 15.00 (либо в 16.30)", "в 11:30 или 12:30")."""
    return _ALTERNATIVE.search(s.text) is not None


def earlier_day_lost(s: Seen) -> bool:
    """A dated sentence before the pick's names another day ahead (not inside its span)."""
    assert s.facts is not None
    assert s.start is not None
    if s.facts.event_sentence is None:
        return False
    return any(w[2] < s.facts.event_sentence[0] for w in _others(s))


def _span(s: Seen, begin: int, end: int) -> tuple[date | None, date | None]:
    kept = list(DATE_ANY.finditer(s.text, begin, end))
    if not kept:
        return None, None
    return post_dates.span_of(s.text, kept, s.now)


def span_lost(s: Seen) -> bool:
    """The event's sentence names a span of days ("С 3 по 19 ноября …") but the draft, timed,
    ends before the span's last day (a clock from elsewhere made it a one-day event)."""
    assert s.facts is not None
    if s.facts.event_sentence is None or s.start is None or s.all_day:
        return False
    first, last = _span(s, *s.facts.event_sentence)
    if first is None or last is None or last <= first:
        return False
    return s.end is None or s.end.date() < last


def lone_clock_line(s: Seen) -> bool:
    """The start's clock is written only on lines holding nothing else ("15:30" under a
    page's post, beside its view count)."""
    if s.start is None or s.all_day:
        return False
    own = (s.start.hour, s.start.minute)
    lines = [line for line in s.text.split("\n") if own in _clocks(line, 0, len(line))]
    return bool(lines) and all(_LONE_CLOCK.fullmatch(line) for line in lines)


_LONE_CLOCK = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*")


def no_cue_many_days(s: Seen) -> bool:
    """Three or more distinct days ahead in dated sentences, none with an event cue."""
    assert s.facts is not None
    days = {w[1] for w in s.facts.weighed if w[1] is not None and w[1] >= s.now.date()}
    return len(days) >= 3 and all(w[0] < CUE for w in s.facts.weighed)


_SIDE = re.compile(
    r"регистрац|заявк|при[её]м\w*\s+документ|вчера|состоял|прош[её]л|срок|итог|награжд"
)


def side_sentence(s: Seen) -> bool:
    """The pick's sentence speaks of registration, applications, a deadline, results or the
    past, and another day ahead is named elsewhere."""
    assert s.facts is not None
    if s.facts.event_sentence is None or s.start is None:
        return False
    begin, end = s.facts.event_sentence
    return _SIDE.search(s.text, begin, end) is not None and bool(_others(s))


def restated_span(s: Seen) -> bool:
    """Another dated sentence names a span opening on the start's day and ending after the
    draft's end ("стартует 27 апреля" … "С 27 апреля по 9 мая …")."""
    assert s.facts is not None
    if s.start is None:
        return False
    ends = s.end.date() if s.end is not None else s.start.date()
    for w in s.facts.weighed:
        if (w[2], w[3]) == s.facts.event_sentence:
            continue
        first, last = _span(s, w[2], w[3])
        if first == s.start.date() and last is not None and last > ends:
            return True
    return False


# doubt66: the brief's ideas for the silent wrong starts left (tests/data/doubt66.md)
_WORD = re.compile(r"[а-яё]+")


def _newer_facts(signal: Callable[[Seen], bool]) -> Callable[[Seen], bool]:
    """`signal`, silent (False) on an older parser's facts that lack the fields it reads
    (`told`, `dated`, added after the first-sight commits: doubt_transfer --first-sight)."""

    def guarded(s: Seen) -> bool:
        if not hasattr(s.facts, "told") or not hasattr(s.facts, "dated"):
            return False
        return signal(s)

    guarded.__doc__ = signal.__doc__
    return guarded


def _tense_in(text: str, begin: int, end: int, tense: str) -> bool:
    """Whether a finite verb (pymorphy3's first reading) of `text[begin:end]` is in `tense`."""
    for word in _WORD.findall(text[begin:end].lower()):
        found = parses(word)
        if found and found[0].tag.POS == "VERB" and found[0].tag.tense == tense:
            return True
    return False


def past_pick_future_post(s: Seen) -> bool:
    """The pick's sentence has a past verb while another sentence has a future one."""
    assert s.facts is not None
    if s.facts.event_sentence is None:
        return False
    begin, end = s.facts.event_sentence
    return _tense_in(s.text, begin, end, "past") and any(
        _tense_in(s.text, b, e, "futr") for b, e in s.facts.sentences if (b, e) != (begin, end)
    )


@_newer_facts
def far_pick(s: Seen) -> bool:
    """The start lies more than 7 days from now and over three times as far as another date
    phrase of the post (one told in the past included), outside the draft's days."""
    assert s.facts is not None
    assert s.start is not None
    now, first = s.now.date(), s.start.date()
    last = s.end.date() if s.end is not None else first
    away = abs((first - now).days)
    days = [d[2] for d in s.facts.dated] + [
        date_of(t[0].group(0), s.now, nearest=True) for t in s.facts.told
    ]
    outside = [d for d in days if d is not None and not first <= d <= last]
    return away > 7 and any(abs((d - now).days) * 3 < away for d in outside)


@_newer_facts
def one_of_list(s: Seen) -> bool:
    """The event's sentence names two or more days and the draft is one of them alone."""
    assert s.facts is not None
    assert s.start is not None
    if s.facts.event_sentence is None or s.draft_sessions:
        return False
    if s.end is not None and s.end.date() != s.start.date():
        return False
    begin, end = s.facts.event_sentence
    days = {d[2] for d in s.facts.dated if begin <= d[0] < end}
    return len(days) >= 2 and s.start.date() in days


@_newer_facts
def report_opens(s: Seen) -> bool:
    """The post's first written day is told in the past in its first two sentences (a
    report) and the start is a day ahead read later."""
    assert s.facts is not None
    assert s.start is not None
    facts = s.facts
    if not facts.told or facts.event_sentence is None or len(facts.sentences) < 2:
        return False
    first = min(t[0].start() for t in facts.told)
    return (
        first < facts.sentences[1][1]
        and first < facts.event_sentence[0]
        and all(d[0] >= first for d in facts.dated)
        and s.start.date() >= s.now.date()
    )


@_newer_facts
def yearless_in_report(s: Seen) -> bool:
    """A post told in the past somewhere (facts.told), the start more than 7 days ahead read
    from date phrases written without a year."""
    assert s.facts is not None
    assert s.start is not None
    if not s.facts.told or s.facts.event_sentence is None:
        return False
    if (s.start.date() - s.now.date()).days <= 7:
        return False
    begin, end = s.facts.event_sentence
    phrases = [s.text[d[0] : d[1]] for d in s.facts.dated if begin <= d[0] < end]
    return bool(phrases) and not any(_YEAR.search(p) for p in phrases)


_YEAR = re.compile(r"(?:19|20)\d\d")


@_newer_facts
def today_in_report(s: Seen) -> bool:
    """The start is today, no dated sentence weighed, and a day is told in the past."""
    assert s.facts is not None
    assert s.start is not None
    return s.start.date() == s.now.date() and bool(s.facts.told) and not s.facts.weighed


# doubt76: a report of the post's own day (bot/core/language/report_today.py, re-read here
# from the facts alone so that older parsers, which lack that module, can be measured too)
_TODAY_WORD = re.compile(r"(?<![а-яё])сегодня(?![а-яё])")
_OTHER_DAY = re.compile(r"(?<![а-яё])(?:после)?завтра|(?<![а-яё])вчера(?![а-яё])")
_CITING = frozenset({"сообщить", "сообщать", "рассказать", "рассказывать", "заявить", "отметить"})


def _finite_tenses(text: str, begin: int, end: int) -> list[tuple[str, str | None]]:
    """The (lemma, tense) of each finite verb (pymorphy3's first reading) of the lower-cased
    `text[begin:end]`."""
    found = []
    for word in _WORD.findall(text[begin:end]):
        reading = parses(word)
        if reading and reading[0].tag.POS == "VERB":
            found.append((reading[0].normal_form, reading[0].tag.tense))
    return found


def today_told_report(s: Seen) -> bool:
    """A sentence before the event's tells in the past alone, a sentence before it writes
    «сегодня» with past verbs only or none (no source cited, no other day set against it),
    and the start lies ahead (doubt76)."""
    assert s.facts is not None
    assert s.start is not None
    sentences = getattr(s.facts, "sentences", None)  # older parsers' facts may lack it
    if not sentences or s.facts.event_sentence is None or s.start.date() <= s.now.date():
        return False
    text, limit = s.text.lower(), s.facts.event_sentence[0]
    before = [(b, e) for b, e in sentences if e <= limit]
    told = False
    today = False
    for b, e in before:
        verbs = _finite_tenses(text, b, e)
        past = bool(verbs) and all(t == "past" for _, t in verbs)
        told = told or past
        if not _TODAY_WORD.search(text, b, e) or _OTHER_DAY.search(text, b, e):
            continue
        if DATE_ANY.search(text, b, e) or _CITING.intersection(v for v, _ in verbs):
            continue
        today = today or past or not verbs
    return told and today


# doubt77: the rules of occasion_day.py and report_results.py and a report of one X that
# dates only «ещё один X», re-read here from the facts (older parsers lack those modules)
_BEFORE_OCCASION = re.compile(
    r"(?<![а-яё])(?:в\s+преддверии|накануне|в\s+канун)\s+[^,.!?\n]{2,80}?"
    r",\s*(?:котор[а-яё]+|что)\s+[^,!?\n]{1,120}"
)
_RESULTS_ANNOUNCED = re.compile(
    r"(?<![а-яё])(?:итог|результат)[а-яё]*\s+(?:[а-яё]+\s+){0,4}(?:будут\s+)?"
    r"(?:подвед|подвод|объяв|опубликов|размещ)"
    r"|(?<![а-яё])(?:подвед(?:ут|ены|[её]м)|объяв(?:ят|лены)|оглас(?:ят|ены))\s+(?:[а-яё]+\s+)?"
    r"(?:итог|результат)"
)
_RESULTS_OF = re.compile(r"(?<![а-яё])(?:итог|результат)[а-яё]*\s+([а-яё]{4,})")
# «ещё один урок» (report_next.py); with «следующий|очередной» too it also flags broad7t:33
_ANOTHER_OF = re.compile(r"(?<![а-яё])ещ[её]\s+(?:один|одн[а-яё]+)\s+(?:[а-яё]+\s+)?([а-яё]{4,})")
_NOUN_WORD = re.compile(r"[а-яё]{4,}")
_RECENT_DAYS = 14


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence of `text` holding `at`: cut at a line break and at . ! ?
    followed by a space (so «16.00» and «г.Усть-Каменогорск» stay inside)."""
    marks = (". ", "! ", "? ", "\n")
    begin = max(text.rfind(mark, 0, at) for mark in marks) + 1
    ends = [i for i in (text.find(mark, at) for mark in marks) if i != -1]
    return begin, min(ends, default=len(text))


def _lemmas(text: str, begin: int, end: int) -> set[str]:
    """The noun lemmas (pymorphy3's first reading) of `text[begin:end]`."""
    found = set()
    for word in _NOUN_WORD.findall(text, begin, end):
        reading = parses(word)
        if reading and reading[0].tag.POS == "NOUN":
            found.add(reading[0].normal_form)
    return found


def _recent_told(s: Seen, text: str, limit: int, about: set[str]) -> bool:
    """Whether a date phrase before `limit` names a day within two weeks before the post's
    day (or that day), in a sentence telling in the past alone that names one of `about`."""
    for m in DATE_ANY.finditer(text, 0, limit):
        day = date_of(m.group(0), s.now, nearest=True)
        if day is None or not 0 <= (s.now.date() - day).days <= _RECENT_DAYS:
            continue
        b, e = _sentence_of(text, m.start())
        verbs = _finite_tenses(text, b, e)
        if verbs and all(t == "past" for _, t in verbs) and about & _lemmas(text, b, e):
            return True
    return False


def occasion_clause(s: Seen) -> bool:
    """Every date phrase of the event's sentence lies in a clause dating the occasion the
    event comes before («В преддверии выборов, которые пройдут 20 декабря, …»), one of them
    the start's day (doubt77)."""
    assert s.facts is not None
    assert s.start is not None
    if s.facts.event_sentence is None:
        return False
    text = s.text.lower()
    begin, end = s.facts.event_sentence
    clauses = [m.span() for m in _BEFORE_OCCASION.finditer(text, begin, end)]
    phrases = list(DATE_ANY.finditer(text, begin, end))
    if not clauses or not phrases:
        return False
    inside = all(any(b <= m.start() and m.end() <= e for b, e in clauses) for m in phrases)
    return inside and any(date_of(m.group(0), s.now) == s.start.date() for m in phrases)


def _report_then(s: Seen, pattern: re.Pattern[str], results: bool) -> bool:
    """The start lies ahead and the event's sentence matches `pattern` (with `results`, it
    announces results and names no ceremony); the lemmas of the pattern's first groups name
    what a recent day told in the past before that sentence is about (_recent_told)."""
    assert s.facts is not None
    assert s.start is not None
    if s.facts.event_sentence is None or s.start.date() <= s.now.date():
        return False
    text = s.text.lower()
    begin, end = s.facts.event_sentence
    if results and (
        not _RESULTS_ANNOUNCED.search(text, begin, end) or "церемони" in text[begin:end]
    ):
        return False
    about = set()
    for m in pattern.finditer(text, begin, end):
        reading = parses(m.group(1))
        about |= {reading[0].normal_form} if reading else set()
    return bool(about) and _recent_told(s, text, begin, about)


def results_after_report(s: Seen) -> bool:
    """The start ahead is read from a sentence announcing results («Итоги конкурса будут
    объявлены …», no ceremony) after a recent day told in the past naming what the results
    are of (doubt77)."""
    return _report_then(s, _RESULTS_OF, results=True)


def another_after_report(s: Seen) -> bool:
    """The start ahead is read from a sentence dating «ещё один X» after a recent day told in
    the past naming X (doubt77)."""
    return _report_then(s, _ANOTHER_OF, results=False)


# a programme's line naming the event's own beginning: «09.00 - Начало олимпиады» (doubt78;
# re-read here, not imported: older parsers lack start_doubts.opening_row_apart)
_OPENING_ROW = re.compile(
    r"[ \t]*(?:[-–—•*·][ \t]*)?([01]?\d|2[0-3])[:.]([0-5]\d)[ \t]*[-–—][ \t]*начал[оа](?![а-яё])",
    re.IGNORECASE,
)


def opening_row(s: Seen) -> bool:
    """A timed start whose clock is not the one clock of the post's programme lines opening
    with a clock and «начало» («09.00 - Начало олимпиады» beside a pick of 08:15; doubt78)."""
    if s.start is None or s.all_day:
        return False
    found = {
        (int(row.group(1)), int(row.group(2)))
        for line in s.text.split("\n")
        if (row := _OPENING_ROW.match(line)) is not None
    }
    return len(found) == 1 and (s.start.hour, s.start.minute) not in found


SIGNALS: dict[str, Callable[[Seen], bool]] = {
    "margin 0 (a day ahead as tied as the pick)": margin(0),
    "margin ≤ 1": margin(1),
    "margin ≤ 2": margin(2),
    "untied pick (no event cue) with another day": untied,
    "two cued days ahead (≥ 3 sentences)": two_cued,
    "start clock outside event block": clock_outside,
    "end clock outside event block": end_outside,
    "start not the block's first clock": not_first_clock,
    "first line names another day ahead": headline_other,
    "сегодня/завтра beside another day": relative_mixed,
    "two «начало … HH:MM» with other clocks": two_openings,
    "clock alternatives (или/либо)": alternatives,
    "an earlier dated sentence names another day ahead": earlier_day_lost,
    "span of days in the event's sentence, timed draft ends earlier": span_lost,
    "start's clock only on lines of its own": lone_clock_line,
    "≥ 3 days ahead, no dated sentence with a cue": no_cue_many_days,
    "pick's sentence about sign-up/deadline/results/past": side_sentence,
    "another sentence's span opens on the start's day": restated_span,
    "pick's sentence past, another future (doubt66)": past_pick_future_post,
    "start far beside another date phrase (doubt66)": far_pick,
    "start one day of the event sentence's list (doubt66)": one_of_list,
    "a report opens the post, start ahead later (doubt66)": report_opens,
    "year-less start > 7 days ahead in a report (doubt66)": yearless_in_report,
    "today, nothing weighed, a day told past (doubt66)": today_in_report,
    "«сегодня» told in a report, start ahead (doubt76)": today_told_report,
    "the start only in an occasion's clause (doubt77)": occasion_clause,
    "results announced after a recent report (doubt77)": results_after_report,
    "«ещё один X» after a recent report of X (doubt77)": another_after_report,
    "a programme's «HH.MM – начало …» line at another clock (doubt78)": opening_row,
}


def run(sets: list[str]) -> None:
    names = list(SIGNALS)
    totals = {n: [0, 0] for n in names}
    base = [0, 0, 0, 0]  # silent wrong, wrong, asked right, right
    heads = ("wrong", "right") if RAW else ("silent", "right")
    print(
        f"{'set':9} {heads[0]:>6} {heads[1]:>6} {'asked':>6}  "
        + "  ".join(f"S{i + 1}" for i in range(len(names)))
    )
    for name in sets:
        try:
            cases = load(f"real_posts_{name}.jsonl")
        except FileNotFoundError:
            continue
        row = {n: [0, 0] for n in names}
        silent = right = asked = wrong = 0
        for line, case in enumerate(cases, 1):
            now = datetime.fromisoformat(case["now"])
            _captured.clear()
            intent = intents.parse_message(case["text"], now)
            got = intent_to_json(intent)
            ok = real_post_results(case, got)["start_end"]
            doubts = set(got.get("doubts") or [])
            if not _captured or not isinstance(intent, EventIntent):
                facts, text = None, ""
            else:
                text, facts = _captured[-1]
            draft = intent.draft if isinstance(intent, EventIntent) else None
            s = Seen(
                text,
                facts,
                draft.start if draft else None,
                draft.end if draft else None,
                bool(draft and draft.all_day),
                now,
                draft_sessions=bool(draft and draft.sessions),
            )
            is_silent = not ok and not doubts and s.start is not None
            is_free_right = ok and not (doubts & ASKED)
            if RAW:  # every wrong start and every right one, doubted or asked or not
                is_silent, is_free_right = not ok and s.start is not None, ok
            wrong += not ok
            silent += is_silent
            right += ok
            asked += ok and bool(doubts & ASKED)
            if facts is None or s.start is None or not (is_silent or is_free_right):
                continue
            for n in names:
                if SIGNALS[n](s):
                    row[n][0 if is_silent else 1] += 1
                    if VERBOSE:
                        kind = "WRONG" if is_silent else "right"
                        print(f"  {kind} {name}:{line} S{names.index(n) + 1} start={s.start}")
        base[0] += silent
        base[1] += wrong
        base[2] += asked
        base[3] += right
        for n in names:
            totals[n][0] += row[n][0]
            totals[n][1] += row[n][1]
        cells = "  ".join(f"{row[n][0]}/{row[n][1]}" for n in names)
        print(f"{name:9} {silent:>6} {right:>6} {asked:>6}  {cells}")
    print(
        f"\nall sets: wrong {base[1]}, silent {base[0]}, right {base[3]}, asked {base[2]}"
        f" ({100 * base[2] / max(base[3], 1):.1f} %)"
    )
    for i, n in enumerate(names):
        caught, needless = totals[n]
        rate = f"{needless / caught:.1f}" if caught else "-"
        after = 100 * (base[2] + needless) / max(base[3], 1)
        print(
            f"S{i + 1:<2} {n:48} {heads[0]} caught {caught:>2}  {heads[1]} flagged {needless:>3}"
            f"  per catch {rate:>4}  right asked after {after:.1f} %"
        )


VERBOSE = "-v" in sys.argv  # list each hit (set:line)
RAW = "--raw" in sys.argv  # count hits on all wrong / right starts, not only the silent / unasked

if __name__ == "__main__":
    run([a for a in sys.argv[1:] if a not in ("--raw", "-v")] or list(SETS))
