"""Temporal rules for spans and lists of days: "с 1 по 5 декабря", "01.12-05.12.2026",
"01.12.2026 - 5 января", "1, 8, 15 и 22 апреля", "с 11 до 15 числа"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.day_parts import (
    MONTH_ANCHOR,
    MONTH_GATE,
    NUMERIC_ANCHOR,
    NUMERIC_GATE,
    impossible,
    note_other_day,
    note_rolled,
    set_day,
)
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import MM, YEAR, YY, D, TemporalParts
from bot.core.language.tokens import Scanner, anchor, gate
from bot.core.language.told_past import day_gone

# the particle «и» before a span's last day: "с 28.04.2021 и по 21.05.2021", "с 4 марта и до
# 15 марта" (a span still, its «и» stressing the bound)
_AND = r"(?:\bи\s+)?"
# a year may carry its word after each date: "с 01.02.2027 г. по 21.03.2027 года"
_YEAR_WORD = r"(?:\s*(?:г\.|года|г(?![а-я])))?"
_DATE_NUM_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})\.?(?:({MM})\.?(?:({YY})\.?{_YEAR_WORD})?)?\s*(?:-|/|{_AND}\bпо\b|{_AND}\bдо\b)\s*"
    rf"({D})[./]({MM})(?:[./]({YY})(?![\d:]){_YEAR_WORD})?\.?(?![\d:])"
)


_DATE_MIXED_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})[./]({MM})[./]({YY})(?:\s*г\.?)?\s*(?:-|{_AND}\bпо\b|{_AND}\bдо\b)\s*"
    rf"({D})\s+({MONTH})(?:\s*{YEAR})?"
)


# a day's ordinal ending after a hyphen ("1-го", "5-е", "3-его")
_ORDINAL = r"(?:-(?:го|е|ое|ого|его)(?![а-я]))?"
# a day number never follows a clock's colon ("в 14:30, 15 декабря" is no list "30, 15")
# either day may carry its ordinal ending ("с 1-го по 5-е апреля")
_DATE_WORD_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?(?<![:.])\b({D}){_ORDINAL}(?:\s+({MONTH})(?:\s*((?:19|20)\d\d)(?:\s*(?:г\.|года|г(?![а-я])))?)?)?"
    rf"\s*(?:-|{_AND}\bпо\b|(?:\bвплоть\s+)?{_AND}\bдо\b|\bи\b|\bили\b|,)\s*({D}){_ORDINAL}\s+({MONTH})"
    rf"(?:\s*{YEAR})?"
)


# "открывается 5 декабря и продлится до 20 декабря": a day, then the same thing lasting to a
# later one, is one span (the verb of lasting names the end of what began on the first day)
_LASTING_RANGE = re.compile(
    rf"(?<![:.])\b({D})(?:\s+({MONTH})(?:\s*((?:19|20)\d\d)(?:\s*(?:г\.|года|г(?![а-я])))?)?)?"
    r"[\s,]+(?:и\s+)?(?:[а-я]+\s+){0,2}(?:продл(?:ится|ятся)|продолж(?:ится|атся)"
    r"|будет\s+(?:работать|длиться|открыт[аоы]?)|будут\s+(?:работать|длиться|открыты))"
    rf"\s+до\s+({D})\s+({MONTH})(?:\s*{YEAR})?"
)
gate(_LASTING_RANGE, re.compile(r"продл|продолж|будет|будут"))
# the verb comes at most 70 characters after the first day and 50 before the match's end
anchor(_LASTING_RANGE, re.compile(r"продл|продолж|будет|будут"), 70, 50)

# "в ночь с 5 на 6 декабря", "ночь с 31 декабря на 1 января": a night spans both dates
_NIGHT_RANGE = re.compile(
    rf"(?:\b(?:в|во)\s+)?\bноч\w*\s+(?:с|со)\s+({D})(?:\s+({MONTH}))?\s+на\s+({D})\s+({MONTH})"
    rf"(?:\s*{YEAR})?"
)
gate(_NIGHT_RANGE, re.compile(r"ноч\w*\s+со?\s+\d"))
# "в ночь на 25 июня": a night named by the morning it ends on begins the evening before
_NIGHT_BEFORE = re.compile(rf"\b(?:в|во)\s+ночь\s+на\s+({D})\s+({MONTH})(?:\s*{YEAR})?")
gate(_NIGHT_BEFORE, re.compile(r"ночь\s+на\s+\d"))
# "с 18 на 19 мая" with no word of night: two days in a row joined so name one night too
# ("Сегодня с 18 на 19 мая стартует акция"); the day after must follow the first (checked
# by `_overnight`), and no verb of moving stands before ("перенесли с 18 на 19 мая" moves)
_OVERNIGHT = re.compile(
    rf"(?<![\w-])(?:с|со)\s+({D})(?:\s+({MONTH}))?\s+на\s+({D})\s+({MONTH})(?:\s*{YEAR})?"
)
gate(_OVERNIGHT, re.compile(r"\bсо?\s+\d\d?(?:\s+[а-я]+)?\s+на\s+\d"))
_MOVED_BEFORE = re.compile(
    r"(?:перен[её]с|перенос|перемещ|передвин|сдвин|сдвиг|измен|помен|смещ)\w*"
)

# "с 11 до 15 числа", "5-7 числа": days of a month left unnamed (this one, or the next once
# the last day has passed); "числа"/"число" after the last day makes the numbers days, not hours
_DAY_NUMBER_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?(?<![:.\d])\b({D})(?:-?(?:го|е|ое|ого)\b)?\s*(?:-|–|\bпо\b|\bдо\b)\s*"
    rf"({D})(?:-?(?:го|е|ое|ого)\b)?\s+числ[ао]\b"
)
gate(_DAY_NUMBER_RANGE, re.compile(r"\d\s+числ[ао]\b|\d-?(?:го|е|ое|ого)\s+числ[ао]\b"))

_DAY_LIST = re.compile(
    rf"(?<![:.])\b({D}(?:\s*,\s*{D}){{1,}}\s*,?\s*и\s*{D}|{D}(?:\s*,\s*{D}){{2,}})\s+({MONTH})"
)


gate(_DAY_LIST, MONTH_GATE)
# "1, 8 …": a comma between two days (`\d\s*,\s*\d` read from the comma back, two spaces or
# more before it held: speedgate41)
gate(_DAY_LIST, re.compile(r",(?:(?<=\d,)|(?<=\d\s,)|(?<=\s\s,))\s*+\d"))
# the list's last two days, a comma or «и» between them, and the month after the last: one
# post in twenty (the comma between two numbers: one in three; speedgate41)
gate(_DAY_LIST, re.compile(rf"\d\s*(?:,\s*|,?\s*и\s*)\d\d?\s+(?:{MONTH})"))
gate(_DATE_WORD_RANGE, MONTH_GATE)
gate(_DATE_MIXED_RANGE, MONTH_GATE)
gate(_DATE_NUM_RANGE, NUMERIC_GATE)
gate(_DATE_MIXED_RANGE, re.compile(r"\d[./]\d\d?[./]\d\d"))  # "06.12.2026 по …": a year
gate(_DATE_NUM_RANGE, re.compile(r"(?:-|/|по|до)\s*\d\d?[./]\d"))  # "… - 05.12", "по 5/12"
# a month word is in every match, at most 70 characters after its start and 40 before its end
for _pattern in (_DATE_WORD_RANGE, _DATE_MIXED_RANGE):
    anchor(_pattern, MONTH_ANCHOR, 70, 40)
anchor(_DATE_NUM_RANGE, NUMERIC_ANCHOR, 45, 20)


def date_ranges_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Two or more days written together: a span in words or digits («с 14 по 18 декабря»,
    «14-18.12», «с 28 декабря по 8 января», «с 20.12.2026 по 10 января», «с 1-го по 5-е апреля»), a
    span named by a verb of lasting («открывается 5 декабря и продлится до 20 декабря»), a night («в
    ночь с 5 на 6 декабря», «в ночь на 25 июня»: from the evening before, «с 18 на 19 мая» with no
    verb of moving before it), days of a month left unnamed («с 11 до 15 числа»: this month, or the
    next once the last is past), two days joined by «и» or «или» and a list of days («1, 8, 15 и 22
    апреля»: sessions, the first one starts). Sets `parts.day_first` and `day_last` (school-local
    dates; a later range goes to `other_days`), `day_spans`, `night` for a night, `rolled_year` for
    days gone that were moved to next year; «14 или 15 декабря» keeps the first and offers the
    second (`other_days`), «5 и 12 декабря» keeps the first; an end before the start adds the doubt
    "end_before_start", an impossible day "impossible_date". Example: «Неделя математики с 14 по 18
    декабря» on 7 December 2026 → day_first 14 December, day_last 18 December."""
    today = now.date()
    year: int | None
    first_year: int | None
    for m in [*sc.find(_NIGHT_RANGE), *sc.find(_OVERNIGHT)]:
        last_month = cal.month_number(m.group(4))
        first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
        if last_month is None or first_month is None:
            continue
        if m.re is _OVERNIGHT and not _overnight(sc.text, m, first_month, last_month):
            continue
        year = int(m.group(5)) if m.group(5) else None
        night = (int(m.group(1)), first_month), (int(m.group(3)), last_month)
        _set_range(sc, parts, m, today, *night, year)
        _note_night(parts, m)
    for m in sc.find(_NIGHT_BEFORE):
        month = cal.month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        morning = cal.resolve_day_month(int(m.group(1)), month, today, year) if month else None
        if month is None or morning is None:
            continue  # "в ночь на 31 ноября": left to the one-day reading (impossible_date)
        evening = morning - timedelta(days=1)  # "на 1 марта" of a leap year: 29 February
        night = (evening.day, evening.month), (morning.day, month)
        _set_range(sc, parts, m, today, *night, year)
        _note_night(parts, m)
    for m in sc.find(_DAY_NUMBER_RANGE):
        in_month, in_year = today.month, today.year
        last = cal.safe_date(in_year, in_month, int(m.group(2)))
        if last is not None and last < today:  # already past: next month's
            in_month, in_year = (1, in_year + 1) if in_month == 12 else (in_month + 1, in_year)
        first_day, last_day = (int(m.group(1)), in_month), (int(m.group(2)), in_month)
        _set_range(sc, parts, m, today, first_day, last_day, in_year)
    for m in sc.find(_DAY_LIST):  # "1, 8, 15 и 22 апреля": sessions; the first day starts
        month = cal.month_number(m.group(2))
        first = re.match(r"\d+", m.group(1))
        if month is None or first is None:
            continue
        day = cal.resolve_day_month(int(first.group(0)), month, today)
        if day is not None:
            note_rolled(parts, day, today, None)
            set_day(sc, parts, m, day)
    for m in sc.find(_DATE_MIXED_RANGE):
        last_month = cal.month_number(m.group(5))
        if last_month is None:
            continue
        first_year = cal.full_year(m.group(3), today)
        year = int(m.group(6)) if m.group(6) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), int(m.group(2))),
            (int(m.group(4)), last_month),
            year,
            first_year,
        )
    for m, lasting in _lasting_then_word_ranges(sc):
        last_month = cal.month_number(m.group(5))
        first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
        if last_month is None or first_month is None:
            continue
        if not m.group(2):
            first_month = _month_of_first_day(m, int(m.group(1)), int(m.group(4)), last_month)
        year = int(m.group(6)) if m.group(6) else None
        first_year = int(m.group(3)) if m.group(3) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), first_month),
            (int(m.group(4)), last_month),
            year,
            first_year,
            span=lasting,
        )
    for m in sc.find(_DATE_NUM_RANGE):
        last_month = int(m.group(5))
        first_month = int(m.group(2)) if m.group(2) else last_month
        if not m.group(2):
            first_month = _month_of_first_day(m, int(m.group(1)), int(m.group(4)), last_month)
        year = cal.full_year(m.group(6), today) if m.group(6) else None
        first_year = cal.full_year(m.group(3), today) if m.group(3) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), first_month),
            (int(m.group(4)), last_month),
            year,
            first_year,
        )


def _overnight(text: str, m: re.Match[str], first_month: int, last_month: int) -> bool:
    """Whether "с X на Y месяца" (`m` of _OVERNIGHT) names one night: Y is the day after X
    (in a leap year, so 28 на 1 марта passes too) and the clause before it moves nothing."""
    first = cal.safe_date(2024, first_month, int(m.group(1)))
    last = cal.safe_date(2024 if last_month >= first_month else 2025, last_month, int(m.group(3)))
    if first is None or last is None or (last - first).days != 1:
        return False
    clause_start = max(text.rfind(".", 0, m.start()), m.start() - 60)
    return _MOVED_BEFORE.search(text, max(0, clause_start), m.start()) is None


def _lasting_then_word_ranges(sc: Scanner) -> Iterator[tuple[re.Match[str], bool]]:
    """The spans said with a verb of lasting (True), then those written as a range of days
    (never one whose first number is a noun's own: see numbered_noun_before)."""
    for m in sc.find(_LASTING_RANGE):
        yield m, True
    for m in sc.find(_DATE_WORD_RANGE):
        if m.group(2) or not numbered_noun_before(sc.text, m.start(1)):
            yield m, False


# nouns a number written right after names one of («группа 2», «команда 3», «поток 1», «№ 4»),
# in the nominative or genitive singular; an abbreviation may keep its full stop («гр. 2»)
_NUMBERED_NOUN = re.compile(
    r"(?<![\w-])(?:групп[аыу]|гр\.|команд[аыу]|класс[а]?|смен[аыу]|поток[а]?|этап[а]?|тур[а]?"
    r"|отряд[а]?|номер|№)\s*(?:№\s*)?$"
)
_WORD_BEFORE = re.compile(r"([а-я]+)\s+$")


def numbered_noun_before(text: str, at: int) -> bool:
    """Whether the number starting at `at` of the normalised `text` is the number of the noun
    right before it («группа 2 — 8 декабря»: group 2, on 8 December; adversarial walk l, #5):
    a noun that numbers its instances (группа, команда, класс, смена, поток, этап, тур,
    отряд, номер, №), with nothing between but spaces or «№». Such a number names the group,
    never the first day of a range; a noun qualified by an adjective before it («основной тур
    12 — 19 апреля», «летняя смена 14 – 20 июня») is already named, so its number may start
    the noun's days."""
    noun = _NUMBERED_NOUN.search(text, max(0, at - 16), at)
    if noun is None:
        return False
    word = _WORD_BEFORE.search(text, max(0, noun.start() - 30), noun.start())
    if word is None:
        return True
    return parses(word.group(1))[0].tag.POS not in ("ADJF", "PRTF", "NUMR")


# «5 и 12 декабря», «5, 12 декабря»: a list; never the «и» before «по»/«до» of a span (compiled
# once, not looked up per call)
_LIST_JOINER = compile_with_scan(r"\bи\b(?!\s+(?:по|до)\b)|,")


def _month_of_first_day(m: re.Match[str], first: int, last: int, last_month: int) -> int:
    """The month of a range's first day written without one: the last day's month, or the
    month before when the first day is the larger ("с 25 по 3 сентября" starts on 25 August).
    A list ("5 и 3 декабря") keeps the month: its order is the writer's, not the calendar's."""
    if first <= last or _LIST_JOINER.search(m.group(0)):
        return last_month
    return 12 if last_month == 1 else last_month - 1


_OR_WORD = compile_with_scan(r"\bили\b")  # compiled once, not looked up per call


def _note_night(parts: TemporalParts, m: re.Match[str]) -> None:
    """Remember the span `_set_range` just read from the night `m` as the post's night, when
    it runs from an evening to the next morning (fixparse47)."""
    if not parts.day_spans or parts.day_spans[-1][:2] != (m.start(), m.end()):
        return
    _, _, evening, morning = parts.day_spans[-1]
    if (morning - evening).days == 1 and parts.night is None:
        parts.night = evening, morning


def _set_range(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    today: date,
    first: tuple[int, int],
    last: tuple[int, int],
    year: int | None,
    first_year: int | None = None,
    *,
    span: bool = False,
) -> None:
    if year is None and first_year is not None:
        year = first_year + (1 if (last[1], last[0]) < (first[1], first[0]) else 0)
    end = cal.resolve_day_month(last[0], last[1], today, year)
    gone = None
    if end and year is None:
        gone = day_gone(end, today, sc.text, m.start(), m.end(), sc.original)
    end = gone or end  # «с 4 по 8 ноября прошла неделя» in a report: this year's
    if end is None:
        if last[0] <= 31 and 1 <= last[1] <= 12:
            sc.take_match(m)
            impossible(parts)
        return
    start = cal.safe_date(first_year or end.year, first[1], first[0])
    if start is not None and start > end and first_year is None and first[1] != last[1]:
        start = cal.safe_date(end.year - 1, first[1], first[0])
    if start is None:
        sc.take_match(m)
        impossible(parts)
        return
    sc.take_match(m)
    if start > end:  # "с 15 по 10 декабря": the end comes before the start
        parts.doubts.add("end_before_start")
        end = start
    is_list = not span and _LIST_JOINER.search(m.group(0)) is not None
    if is_list and (end - start).days != 1:
        end = start  # "5 и 12 декабря": two separate days; the first one is kept
    either = not span and _OR_WORD.search(m.group(0)) is not None  # "6 или 7 февраля": a choice
    last_day = end
    if either:
        end = start
    parts.day_spans.append((m.start(), m.end(), start, end))
    # «с 25 по 30 ноября» on 1 December: rolled as a lone date is (unless told as gone)
    if first_year is None and gone is None:
        note_rolled(parts, end, today, year)
    if parts.day_first is None:
        parts.day_first, parts.day_last = start, end
    else:
        note_other_day(parts, start)
    if either:
        note_other_day(parts, last_day)  # the bot offers both days (several_dates)
