"""Days named by the date phrases of a long post ("до 10 декабря", "с 24 по 31 марта",
"15.12.2026"): the first and the last day of a phrase, the span of the event's sentence, and
what a phrase's day says about it beside the pick (just passed, a past year, a later session).
Dates without a year follow the calendar's convention (calendar.resolve_day_month)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.deadlines import nearest_day
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import MM, NOT_A_CODE_TAIL, NOT_AN_ADDRESS_PAIR, YY, D
from bot.core.language.prefilter import with_first_chars
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.titles import KIND_WORDS

_DAY_MONTH = with_first_chars(
    re.compile(
        rf"\b({D})\s+({MONTH})(?:\s*((?:19|20)\d\d))?"
        rf"|\b{NOT_AN_ADDRESS_PAIR}({D})[./]({MM})(?:[./]({YY}))?"
    )
)


_RANGE_JOIN = re.compile(r"\s*(?:г\.|года|году)?\s*(?:-|по|до)\s*$")
# a list's or a range's head: its first day, any middle days of a list ("26, 27 и 28
# сентября"), its last day and the month they share
_LIST_HEAD = re.compile(rf"^({D})((?:\s*,\s*{D})*)\s*(?:-|по|и|,)\s*({D})\s+({MONTH})")
_LIST_DAY = re.compile(D)
_LIST_WORD = compile_with_scan(r"\bи\b|,")  # a list's joiner, not a range's dash or «по»


def span_of(text: str, kept: list[re.Match[str]], now: datetime) -> tuple[date | None, date | None]:
    """The first and last day of the event's sentence's date: "с 25 октября по 1 ноября" is
    25 October to 1 November (a day inside it is part of the programme, never a rival)."""
    first = first_day_of(kept[0].group(0), now)
    last = date_of(kept[0].group(0), now)
    if len(kept) > 1 and _RANGE_JOIN.fullmatch(text, kept[0].end(), kept[1].start()):
        last = date_of(kept[1].group(0), now)
    if first is not None and last is not None and last < first:
        last = first
    if first is not None and last is not None and (last - first).days > 1:
        head = _LIST_HEAD.match(kept[0].group(0))
        if head is not None and _LIST_WORD.search(head.group(0)):
            last = first  # "12 и 29 ноября": two separate days, not a span (as date_ranges)
    return first, last


def first_day_of(phrase: str, now: datetime) -> date | None:
    """The first day named in a date phrase: "24 по 31 марта" is 24 March, "5 и 6 мая" 5 May
    (a range's first day, earlier month when the first number is the larger)."""
    return _first_day_of(phrase, now.date())


@lru_cache(maxsize=1024)
def _first_day_of(phrase: str, today: date) -> date | None:
    """`first_day_of`, remembered as `_date_of` is: a post's date phrases are read again by
    span_of and the event rules (four reads in five repeat one), and the answer depends on
    the phrase and the day alone."""
    m = _LIST_HEAD.match(phrase)
    if m is None:
        return _date_of(phrase, today, False)
    month = cal.month_number(m.group(4))
    last = _date_of(phrase, today, False)
    if month is None or last is None:
        return last
    first, end = int(m.group(1)), int(m.group(3))
    if first > end:
        return cal.safe_date(*_month_before(last.year, last.month), first) or last
    return cal.safe_date(last.year, last.month, first) or last


def days_of(phrase: str, now: datetime) -> list[date]:
    """The separate days a date phrase names: every day of a list sharing one month ("26, 27
    и 28 сентября" is three days), a range's first and last ("24 по 31 марта"), or the one
    day of a single date. Empty when the phrase names no day."""
    m = _LIST_HEAD.match(phrase)
    last = date_of(phrase, now)
    if m is None or last is None:
        return [last] if last is not None else []
    first = first_day_of(phrase, now) or last
    middle = [int(d) for d in _LIST_DAY.findall(m.group(2))]
    days = [first]
    for number in middle:
        month = (first.year, first.month) if number > last.day else (last.year, last.month)
        day = cal.safe_date(*month, number)  # "29, 30 и 2 октября": 30 September
        if day is not None and days[-1] < day < last:
            days.append(day)
    return [*days, last] if last > first else days


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def date_of(phrase: str, now: datetime, *, nearest: bool = False) -> date | None:
    """The last day named in a date phrase ("до 10 декабря", "15.12.2026"); with `nearest`
    (a deadline) the day and month nearest to `now`, so one just past stays in its year."""
    return _date_of(phrase, now.date(), nearest)


@lru_cache(maxsize=1024)
def _date_of(phrase: str, today: date, nearest: bool) -> date | None:
    """`date_of`, remembered: a post's date phrases are read again by several of its rules
    (span_of, first_day_of, just_passed, the deadline), and the answer depends on the phrase
    and the day alone (a date, never an aware datetime whose equal may be another day)."""
    found = list(_DAY_MONTH.finditer(phrase))
    if not found:
        return None
    m = found[-1]
    if m.group(1):
        month = cal.month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        day, month_num = int(m.group(1)), month
    else:
        year = cal.full_year(m.group(6), today) if m.group(6) else None
        day, month_num = int(m.group(4)), int(m.group(5))
    if month_num is None:
        return None
    if nearest:
        return nearest_day(day, month_num, today, year)
    return cal.resolve_day_month(day, month_num, today, year)


def asides(text: str, begin: int, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The date phrases of a sentence (starting at `begin`) written in parentheses while
    another is not: "В рамках Недели науки (с 5 по 11 апреля) 7 апреля состоится лекция" —
    the bracketed dates are an aside about something else. Empty when all or none are."""
    inside = [
        m for m in found if text.count("(", begin, m.start()) > text.count(")", begin, m.start())
    ]
    return inside if 0 < len(inside) < len(found) else []


# date-like phrases, to find what to hide (the temporal rules read the rest)
DATE_ANY = with_first_chars(
    re.compile(
        rf"\b{D}(?:\s*,\s*{D})*(?:\s*(?:-|по|и|,)\s*{D})?\s+{MONTH}(?:\s*(?:19|20)\d\d(?:\s*(?:г\.|года|году|г\b))?)?"
        rf"|\b{NOT_A_CODE_TAIL}{NOT_AN_ADDRESS_PAIR}{D}[./]{MM}(?:[./]{YY})?(?:\s*г\.)?(?![\d])"
    )
)
_CLOCK_AT = compile_with_scan(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")

_YEAR_IN = compile_with_scan(r"(?:19|20)\d\d|[./]\d\d\b")  # a year written with the date


SESSION_SPAN_DAYS = 3  # a timed date this soon after a timed pick is a later session of it
# (a week later is a repeat the person chooses between: "Повторная лекция состоится 10 декабря")


# «ещё один», «другой» and the words after them: a sentence about another event than the
# pick's names its kind there («ещё один спектакль студии», «другой концерт»)
_ANOTHER = re.compile(
    r"(?<![а-яё])(?:ещ[её]\s+од(?:ин|на|но|ну)|друг(?:ой|ая|ое|ую))((?:\s+[а-яё-]+){1,2})",
    re.IGNORECASE,
)
# kinds that repeat the same event («ещё один показ», «другой сеанс», «другая смена»)
_REPEATS = frozenset({"показ", "сеанс", "смена", "поток", "день", "тур", "раз"})


def _about_another_event(text: str, begin: int, end: int) -> bool:
    """Whether the sentence `begin`..`end` of `text` announces another event: «ещё один» or
    «другой» before a kind of event (its first or second word after them) that is no repeat
    of the same event («ещё один спектакль», «другой концерт»; never «ещё один показ»)."""
    for m in _ANOTHER.finditer(text, begin, end):
        for word in m.group(1).split():
            found = parses(word.lower())
            lemma = found[0].normal_form if found else ""
            if lemma in _REPEATS:
                break
            if lemma in KIND_WORDS or lemma in EVENT_LEMMAS:
                return True
    return False


def later_session(
    text: str, begin: int, end: int, day: date | None, first: date | None
) -> datetime | None:
    """The start of a later session of the event: a sentence as tied to the event as the
    pick's, naming a day shortly after it with its own clock time ("Торжественное открытие
    состоится 23 сентября, в 13.45" … "Начало соревнований 24 сентября, в 10.00"). The first
    session is the start; the others are listed, not asked about. None when it is not one,
    or when the sentence is about another event («5 июня в 18:00 ещё один спектакль»,
    «другой концерт»): that day is a rival, asked about."""
    if day is None or first is None or not 0 < (day - first).days <= SESSION_SPAN_DAYS:
        return None
    if _about_another_event(text, begin, end):
        return None
    dates = [(m.start(), m.end()) for m in DATE_ANY.finditer(text, begin, end)]
    for m in _CLOCK_AT.finditer(text, begin, end):
        if not any(a < m.end() and m.start() < b for a, b in dates):
            return datetime.combine(day, time(int(m.group(1)), int(m.group(2))))
    return None


def just_passed(m: re.Match[str], now: datetime) -> bool:
    """Whether a date phrase names a day shortly before today ("14 ноября" on 20 November):
    a report of what happened, so a date as tied to the event but ahead is the pick."""
    day = date_of(m.group(0), now, nearest=True)
    return day is not None and day < now.date()


def within_span(day: date | None, first: date | None, last: date | None) -> bool:
    """Whether `day` lies in the span `first`..`last` (`last` None: the one day `first`)."""
    return day is not None and first is not None and first <= day <= (last or first)


def past_year(phrase: str, now: datetime) -> bool:
    """Whether a date phrase written with its year ends before today: a past reference."""
    if not _YEAR_IN.search(phrase):
        return False
    day = date_of(phrase, now)
    return day is not None and day < now.date()


def several_slots(
    text: str, same_day: list[tuple[int, int]], event: tuple[int, int] | None
) -> bool:
    """Whether sentences other than the event's (`event`), dated the event's day (`same_day`,
    spans of `text`), give two or more different sets of clock times ("14 февраля | 8:30 -
    10:00" for the admission desk, "14 февраля | 08:30 - 11:30" for the mass start) while the
    event's own sentence gives none: its time is one of the day's slots, and the bot asks."""
    slots = {
        tuple(m.group(0) for m in _CLOCK_AT.finditer(text, begin, end))
        for begin, end in same_day
        if (begin, end) != event
    }
    slots.discard(())
    return len(slots) >= 2


_ANY_WORD_CHAR = re.compile(r"\w")  # compiled once, not looked up per call


def headline_date(text: str, m: re.Match[str], end: int, now: datetime) -> bool:
    """Whether the date `m`, all its sentence (ending at `end`) holds, opens the post and
    lies ahead: a poster's date line heading the event ("11 февраля. Барнаул. Л/б
    «Стройгаз». Лыжные эстафеты…"), as much the event's own as "Дата: …" with its time (a
    site's stamp is today's or earlier, taken before; "19 мая прибудет…" is a sentence)."""
    if text[: m.start()].strip() or _ANY_WORD_CHAR.search(text[m.end() : end]):
        return False
    day = first_day_of(m.group(0), now)
    return day is not None and day > now.date()
