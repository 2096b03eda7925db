"""A plan written as month headings and day lines:

    Декабрь
    14 — Лекция о робототехнике, 15:00, 9А
    16 (ср) — Экскурсия в лабораторию, 11:00, 8Б
    Январь 2027
    20 — Мастер-класс по химии, 10:00, 10А

A line naming a month and nothing else (a year may follow: «Декабрь», «ДЕКАБРЬ 2026 г.:»,
«В январе:») heads the lines under it; a line opening with a bare day number, or a span of
two, and a dash before its words («14 — …», «14–16 — …», «16 (ср) – …») is that day of the
heading's month: it reads as «14 декабря — …». School plans are commonly laid out so in Word
(adversarial walk 2026-12-02p, #17: such a document was «no header row», and pasted, the
heading «Декабрь» became an event's title). A number without a dash after it is left alone:
«1. Лекция …» is a list item, «12 декабря, 15:00 …» names its month itself, «10-00
экскурсия» opens with a clock.

Used by bot.core.language.intents_many.parse_many and bot.exports.paragraphs.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import WEEKDAY
from bot.core.language.date_words import MONTH_NOMINATIVES
from bot.core.language.parts import CLOCK_LED, D

_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_NOMINATIVE = MONTH_NOMINATIVES
_PREPOSITIONAL = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
_MONTHS = {name: n for n, name in enumerate(_NOMINATIVE, start=1)}
_MONTHS_IN = {name: n for n, name in enumerate(_PREPOSITIONAL, start=1)}

_HEADING = re.compile(
    r"^[\W_]*(?:(?P<in>в)\s+)?(?P<month>[а-яё]+)(?:\s*,?\s*(?P<year>20\d\d)\s*(?:г\.?|года?)?)?"
    r"\s*[:.—–-]?\s*$",
    re.IGNORECASE,
)
_DAY_LED = re.compile(
    rf"^(?P<mark>[•·*▪►\s]*)(?P<day>{D})(?:\s*[-–—]\s*(?P<last>{D}))?(?![\d:.])"
    rf"(?P<weekday>\s*\(\s*{WEEKDAY}\s*\)|\s*,\s*{WEEKDAY})?\s*[—–-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# a line opening with its clock («10-00 экскурсия», «9.30 — сбор»): no day line
_CLOCK_LED = re.compile(CLOCK_LED)


def month_heading(line: str) -> tuple[int, int | None] | None:
    """(month 1–12, year or None) of a line naming a month and nothing else («Декабрь»,
    «ЯНВАРЬ 2027:», «В декабре:»); None for any other line."""
    m = _HEADING.match(line)
    if m is None:
        return None
    word = m.group("month").casefold()
    month = _MONTHS_IN.get(word) if m.group("in") else _MONTHS.get(word)
    if month is None:
        return None
    return month, int(m.group("year")) if m.group("year") else None


def dated_by_month_headings(lines: list[str]) -> list[str] | None:
    """`lines` (same length, same order) with each day line under a month heading given
    that month («Декабрь» / «14 — Лекция, 15:00» → «14 декабря — Лекция, 15:00»; with the
    heading's year when it names one); the headings stay in place. None when no line is
    such a day line under a heading."""
    out: list[str] = []
    heading: tuple[int, int | None] | None = None
    dated = False
    for line in lines:
        found = month_heading(line)
        if found is not None:
            heading = found
            out.append(line)
            continue
        m = _DAY_LED.match(line) if heading is not None and not _CLOCK_LED.match(line) else None
        if m is None or heading is None:
            out.append(line)
            continue
        month, year = heading
        days = m.group("day") + (f"–{m.group('last')}" if m.group("last") else "")
        when = f"{days} {_GENITIVE[month - 1]}" + (f" {year}" if year else "")
        weekday = (m.group("weekday") or "").strip(" ,()")
        when += f" ({weekday})" if weekday else ""
        out.append(f"{m.group('mark')}{when} — {m.group('rest').strip()}")
        dated = True
    return out if dated else None


def without_month_headings(lines: list[str]) -> list[str]:
    """`lines` with the day lines under month headings dated and the headings dropped (a
    pasted plan's lines, as parse_many reads them); `lines` unchanged when there is none."""
    dated = dated_by_month_headings(lines)
    if dated is None:
        return lines
    return [line for line in dated if month_heading(line) is None]
