"""Deadlines written without a registration word: "кто поедет — до 15.12 сказать мне",
"списки до четверга".

A "до" before a day-and-month written with a dot ("до 15.12") reads as an end time (15:12)
unless told apart: it is a date when no start time opens the range ("с 10.00 до 15.30" is a
time range) and the message names its event's day or time elsewhere, so "до 15.12" is the
day something is due. A weekday in the genitive after "до" ("до четверга") beside a
request word (сказать, сообщить, сдать, записаться, подать, прислать, заявки, списки) is a
deadline too, and so is a bare "до среды" when the message names its event's own day
elsewhere ("в субботу 12.12 …, фамилии классным до среды"): the writer dates the event and
bounds the answer, unless "с понедельника до среды" makes it a range. A deadline is the
nearest such day to the message's moment, so one just past stays in the past year (it
never moves to next year, nor moves the event).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language.calendar import (
    MONTH,
    WEEKDAY,
    month_end,
    month_number,
    next_month_named,
    safe_date,
)
from bot.core.language.sentences import IN_SENTENCE, IN_SENTENCE_NO_DIGIT
from bot.core.language.tokens import Scanner, gate

_BARE_DAY = re.compile(
    r"(?<![\d.:])до\s+(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?:\.((?:20)?\d\d))?(?![\d:])"
    r"(?!\s*(?:ч\b|час))"
)
_RANGE_START = re.compile(r"(?:\bс|\bот|\d)\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:ч\.?|час\w*)?\s*)?$")
_OTHER_WHEN = re.compile(r"\d{1,2}[:.]\d\d|\d{1,2}\s+[а-я]{3,}|сегодня|завтра")
_WEEKDAY_GENITIVE = {
    "понедельника": 0,
    "вторника": 1,
    "среды": 2,
    "четверга": 3,
    "пятницы": 4,
    "субботы": 5,
    "воскресенья": 6,
    # the short forms chat writes ("списки до ср", "деньги до пт")
    "пн": 0,
    "вт": 1,
    "ср": 2,
    "чт": 3,
    "пт": 4,
    "сб": 5,
    "вс": 6,
}
_REQUEST = (
    r"(?:сказа\w*|сообщ\w*|сда\w*|запис\w*|зарегистр\w*|регистрац\w*|пода\w*|присла\w*"
    r"|прислат\w*|отправ\w*|заявк\w*|спис\w*|подтверд\w*|принима\w*|ответ\w*)"
)
_NAMES = "|".join(_WEEKDAY_GENITIVE)
# a weekday naming the date after it ("до ср 14.04") is that date's label: the date is read
_NO_DATE_AFTER = rf"(?![а-я])(?!\.?\s*,?\s*\d{{1,2}}(?:[./]\d|\s+{MONTH}))"
_WEEKDAY_DEADLINE = re.compile(
    rf"{_REQUEST}{IN_SENTENCE}{{0,30}}?\b(?P<after>до\s+(?:{_NAMES})){_NO_DATE_AFTER}"
    rf"|\b(?P<before>до\s+(?:{_NAMES})){_NO_DATE_AFTER}{IN_SENTENCE}{{0,20}}?{_REQUEST}"
)
_BARE_WEEKDAY = re.compile(rf"(?<![а-я])до\s+(?:{_NAMES}){_NO_DATE_AFTER}")
# the end of a period bounding a request: «заявки до конца недели», «работы сдать к концу
# месяца», «регистрация не позднее конца декабря», «до конца недели подать заявку»
_PERIOD_END = re.compile(rf"(?<![а-яё])(?:до|к|не\s+позднее)\s+конц[ау]\s+(недели|месяца|{MONTH})")
_PERIOD_END_DEADLINE = re.compile(
    rf"{_REQUEST}{IN_SENTENCE}{{0,30}}?{_PERIOD_END.pattern}"
    rf"|{_PERIOD_END.pattern}{IN_SENTENCE}{{0,20}}?{_REQUEST}"
)
gate(_PERIOD_END_DEADLINE, re.compile(r"конц[ау]\s"))  # never «концерт»
_RANGE_OPENING = re.compile(r"(?:\bс|\bот)\s+[а-я]+\s*$")
_EVENT_DAY = re.compile(
    rf"\b\d{{1,2}}(?:\s+{MONTH}|\.\d{{1,2}}(?!\d))"
    r"|\bв[о]?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-я])"
)
# a registration or payment word, then "до"/"по" right before the date: "Заявки принимаются
# до", "регистрация по", "Деньги сдать до пн", "оплатить не позднее", "Списки направить до"
DEADLINE = re.compile(
    r"(?:регистрац\w*|заявк\w*|запис\w*|анкет\w*|принима\w*|пода\w*|при[её]м\w*|отправ\w*"
    r"|направ(?:ить|ьте|ляются|ляют|лять)\b|списк\w*|зарегистр\w*|сда(?:ть|ют|йте|ча|чи)\b|оплат\w*|внести|принести|прислать|присылать"
    r"|предостав\w*|подтверд\w*)"
    rf"(?:{IN_SENTENCE}|\.(?=\S)){{0,50}}?\b(?:до|по|не\s+позднее)"
    rf"(?:\s+{WEEKDAY}\s*,?)?\s*$"
)
# a deadline named by its label, without "до": "Срок подачи заявок — 5 декабря", "Последний
# день регистрации: 3 декабря", "Дедлайн — 4 декабря", "Крайний срок 1 декабря"
# The label is in the nominative («Срок …», «Сроки …»): «перенос сроков подачи заявок обсудим
# на встрече 11 декабря» governs it, and the day is the meeting's, never a deadline
DEADLINE_LABEL = re.compile(
    r"(?:(?<![а-я])срок(?:и)?\s+(?:подачи|при[её]ма|представления|предоставления|направления|отправки"
    r"|регистрации|окончания|сдачи)|последн\w+\s+день|дедлайн\w*|крайн\w+\s+срок\w*)"
    rf"{IN_SENTENCE_NO_DIGIT}{{0,40}}?(?:\s*[:—–-]\s*|\s+)(?:до\s+|по\s+|не\s+позднее\s+)?$"
)
# the opening day of a registration window: "Приём заявок: с 20 ноября по 5 декабря"
WINDOW_OPENS = re.compile(
    r"(?:регистрац\w*|заявк\w*|запис\w*|анкет\w*|принима\w*|пода\w*|при[её]м\w*|продаж\w*"
    r"|зарегистр\w*)"
    rf"{IN_SENTENCE_NO_DIGIT}{{0,30}}?\b(?:с|со)\s*$"
)
# a registration window by its label: "Приём заявок: 17 марта – 10 апреля", "Регистрация —
# с 1 по 15 октября" (both days are the window's; the last is the deadline)
WINDOW_LABEL = re.compile(
    r"(?:регистрац\w*|при[её]м\w*\s+(?:заявок|работ|документов)|подач\w*\s+(?:заявок|работ)"
    r"|заявочн\w+\s+кампани\w*)\s*[:—–-]\s*(?:с\s+)?"
    r"(?P<first>\d{1,2}(?:\s+[а-я]+|[./]\d{1,2})?\s*(?:-|–|—|по|до)\s*)?$"
)
_RANGE_IN = re.compile(r"\d\s*(?:-|по)\s*\d")  # "2 по 9 октября" read as one phrase
RANGE_IN = re.compile(r"\d\s*(?:-|по)\s*\d")  # "2 по 9 октября" read as one phrase
_LASTING = re.compile(rf"(?:продл|продолж|работа|длит|открыт)\w*{IN_SENTENCE}{{0,25}}$")
gate(_BARE_DAY, re.compile(r"до\s+\d"))
_UNTIL_WEEKDAY = re.compile(r"до\s+(?:пон|втор|сред|четв|пятн|субб|воскр|пн|вт|ср|чт|пт|сб|вс)")
gate(_WEEKDAY_DEADLINE, _UNTIL_WEEKDAY)
gate(_BARE_WEEKDAY, _UNTIL_WEEKDAY)


def take_plain_deadline(sc: Scanner, now: datetime) -> date | None:
    """Take a deadline written as "до 15.12" (not a time range) or "сдать до четверга";
    return its day (local), or None. The matched words are taken from the scanner."""
    text = sc.text
    for m in sc.find(_BARE_DAY):
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in ",;\n—–(") + 1
        if _RANGE_START.search(text, max(clause_start, m.start() - 20), m.start()):
            continue  # "с 10.00 до 15.30": a time range
        if _LASTING.search(text, max(0, m.start() - 40), m.start()):
            continue  # "выставка работает до 15.12": the last day, read elsewhere
        rest = text[: m.start()] + " " + text[m.end() :]
        if not _OTHER_WHEN.search(rest):
            continue
        year = int(m.group(3)) if m.group(3) else None
        if year is not None and year < 100:
            year += 2000
        day = nearest_day(int(m.group(1)), int(m.group(2)), now.date(), year)
        if day is not None:
            sc.take_match(m)
            _take_clock_after(sc, m.end())
            return day
    for m in sc.find(_WEEKDAY_DEADLINE):
        group = "after" if m.group("after") else "before"
        name = m.group(group).split()[-1]
        ahead = (_WEEKDAY_GENITIVE[name] - now.weekday() - 1) % 7 + 1  # 1..7 days on
        sc.take(*m.span(group))
        _take_clock_after(sc, m.end(group))
        return now.date() + timedelta(days=ahead)
    for m in sc.find(_PERIOD_END_DEADLINE):
        end = _PERIOD_END.search(sc.text, m.start(), m.end())
        if end is not None and (day := _period_end(end.group(1), now.date())) is not None:
            sc.take_match(end)
            _take_clock_after(sc, end.end())
            return day
    for m in sc.find(_BARE_WEEKDAY):
        if _RANGE_OPENING.search(text, max(0, m.start() - 20), m.start()):
            continue  # "с понедельника до среды": a range of days
        if _LASTING.search(text, max(0, m.start() - 40), m.start()):
            continue  # "выставка открыта до среды": the last day
        if not _EVENT_DAY.search(text[: m.start()] + " " + text[m.end() :]):
            continue
        sc.take_match(m)
        _take_clock_after(sc, m.end())
        ahead = (_WEEKDAY_GENITIVE[m.group(0).split()[-1]] - now.weekday() - 1) % 7 + 1
        return now.date() + timedelta(days=ahead)
    return None


def _period_end(period: str, today: date) -> date | None:
    """The last day of the period a deadline names: this week's Sunday («недели»), this
    month's last day («месяца»), or the named month's (this year's, or next year's once it
    has ended: «конца декабря», «конца января» in December)."""
    if period == "недели":
        return today + timedelta(days=6 - today.weekday())
    if period == "месяца":
        return month_end(today)
    month = month_number(period)
    return None if month is None else month_end(next_month_named(month, today))


# the deadline's hour right after its day ("списки до ср 12ч", "до 15.12 18:00", "до пятницы
# в 12 часов"): the time by which, never the event's start or length
_CLOCK_AFTER = re.compile(
    r"\s*,?\s*(?:в\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s*ч\b\.?|\s*час\w*)(?:\s*ч\b\.?)?"
)


def _take_clock_after(sc: Scanner, end: int) -> None:
    """Take the deadline's hour written right after its day (see _CLOCK_AFTER)."""
    m = _CLOCK_AFTER.match(sc.text, end)
    if m is not None and sc.is_free(m.start(), m.end()):
        sc.take_match(m)


def nearest_day(day: int, month: int, today: date, year: int | None = None) -> date | None:
    """The day and month nearest to `today` (last year, this year or next); `year` when
    given. None for an impossible date."""
    if year is not None:
        return safe_date(year, month, day)
    found = [safe_date(today.year + shift, month, day) for shift in (-1, 0, 1)]
    days = [d for d in found if d is not None]
    return min(days, key=lambda d: abs((d - today).days)) if days else None
