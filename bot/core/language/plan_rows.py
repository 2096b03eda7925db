"""Two shapes of a pasted plan that counting its dated lines alone misreads as one event.

A list of events whose author has not fixed every day yet: «Квест 14.12 в 11:00, 6А» /
«Турнир по шахматам после каникул, 7 классы» / «Ярмарка в конце месяца». Its undated items
are still items of the list — a noun phrase opening with the activity's name, no finite
verb — not the prose sentences of an announcement («Приглашаем всех желающих!»), so they do
not outvote the dated rows (`is_undated_row`); they are then shown as lines without a day.

A timetable grouped by day: a line naming only the day («17 декабря:», «Пятница, 18
декабря») heads the lines under it, each opening with its clock («9:00 — квест, 4Б») or
naming it after its title («Лекция по химии в 10:00», no day of its own, no finite verb).
Every such line takes the day of the header above it (`with_day_headers`) when the grouping
shows a plan: two or more days headed, lines naming their own classes, or two lines led by
their titles (a programme's steps are written clock first: one programme of a single day,
«23 апреля» / «10:30 — регистрация» / «11:00 — открытие», stays one event).

Used by bot.core.language.intents_many.parse_many.
"""

from __future__ import annotations

import re

from bot.core.language.audience import extract_audience
from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.parts import CLOCK_LED, MM, D
from bot.core.language.plan_notices import is_notice_line
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.title_words import KIND
from bot.core.language.tokens import Scanner

# a line naming a day and nothing else: «17 декабря:», «18.12 (пт)», «Пятница, 18 декабря —»
_DAY_HEADER = re.compile(
    rf"^\W*(?:{WEEKDAY}\s*,?\s*)?(?P<day>{D}\s+{MONTH}(?:\s*\d{{4}}\s*(?:г\.?|года)?)?"
    rf"|{D}[./]{MM}(?:[./](?:\d{{4}}|\d\d))?)(?!\d)\s*(?:\(\s*{WEEKDAY}\s*\)|,?\s*{WEEKDAY})?"
    r"\s*[:.—–-]?\s*$",
    re.IGNORECASE,
)
# a line naming a span of days and nothing else: «14–18 декабря:», «с 14 по 18 декабря»,
# «14.12–18.12»
_RANGE_HEADER = re.compile(
    rf"^\W*(?:с\s+)?(?:{D}(?:\s+{MONTH})?\s*(?:[-–—]|по)\s*{D}\s+{MONTH}"
    rf"|{D}[./]{MM}\s*(?:[-–—]|по)\s*{D}[./]{MM})(?!\d)\s*[:.—–-]?\s*$",
    re.IGNORECASE,
)
# a line opening with its clock: «9:00 — квест», «14.30 лекция», «10-00 экскурсия»
_CLOCK_LED = re.compile(CLOCK_LED)
# a clock anywhere in a line: «в 10:00», «— 14.30», «с 9-15» (never «10.12», a date: see _OWN_DAY)
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.\-][0-5]\d(?![\d.:])")
# a day a line names itself: «10 декабря», «10.12», a weekday, «завтра»
_OWN_DAY = re.compile(
    rf"(?<!\d){D}\s+{MONTH}|(?<![\d:])(?:{D})[./](?:{MM})(?![\d:])|(?<![а-яё]){WEEKDAY}"
    r"|(?<![а-яё])(?:сегодня|завтра|послезавтра)(?![а-яё])",
    re.IGNORECASE,
)
# a list item's marks before its words: «1.», «2)», «•», «-»
_ITEM_MARK = re.compile(r"^(?:\s*(?:\d{1,2}[.)]|[•·*▪►✅🔹🔸-])\s*)*")
# an adjective before the activity's name («Открытый урок», «Новогодняя ярмарка»)
_ADJECTIVE = re.compile(r"[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+", re.IGNORECASE)
MAX_ROW = 120  # characters: a longer undated line is prose, not a list item


def day_header(line: str) -> str | None:
    """The day a timetable's header line names («17 декабря:» → «17 декабря», «Пятница, 18
    декабря» → «18 декабря»); None for any other line."""
    m = _DAY_HEADER.match(line)
    return m.group("day") if m else None


def with_day_headers(lines: list[str]) -> list[str]:
    """`lines` with each day header's day given to the clock-led lines under it and the
    headers dropped («17 декабря:» / «9:00 — квест, 4Б» → «17 декабря, 9:00 — квест, 4Б»),
    when the grouping shows a plan: two or more headers with such lines under them, or such
    lines naming a class of their own. `lines` unchanged otherwise."""
    out: list[str] = []
    day: str | None = None
    headed = titled = 0
    dated_lines: list[tuple[str, str]] = []
    for line in lines:
        header = day_header(line)
        if header is not None:
            day = header
            continue
        if _RANGE_HEADER.match(line):  # «14–18 декабря:» heads its own rows (range_rows)
            day = None
            out.append(line)
            continue
        if is_notice_line(line):  # «Контакты: …, с 10 до 18» is no row (plan_notices.py)
            out.append(line)
            continue
        led = _CLOCK_LED.match(line) is not None
        if day is not None and untimed_row(line):  # «Квиз для 8А»: the day is the header's
            out.append(f"{day}, {line.strip()}")
            continue
        if day is not None and (led or title_led_row(line)):
            if not dated_lines or dated_lines[-1][0] != day:
                headed += 1
            titled += not led
            dated_lines.append((day, line))
            out.append(f"{day}, {line.strip()}")
        else:
            out.append(line)
    if not dated_lines:
        return lines
    own_classes = any(not extract_audience(Scanner(line)).is_everyone for _, line in dated_lines)
    return out if headed >= 2 or own_classes or titled >= 2 else lines


def untimed_row(line: str) -> bool:
    """Whether a line under a day header is an event's row without its clock yet («Квиз для
    8А», «Открытый урок по физике»): a list item (`is_undated_row`) with no clock and no day
    of its own. It takes the header's day, and its time is asked (adversarial walk
    2026-12-02n, #9: it was reported «нет даты?» and then left out without a word)."""
    text = _ITEM_MARK.sub("", line).strip()
    return is_undated_row(line) and _CLOCK.search(text) is None and not names_own_day(text)


def title_led_row(line: str) -> bool:
    """Whether a line under a day header is an event's row naming its clock after its
    title («Лекция по химии в 10:00», «Экскурсия на завод — 14.30»): a clock, no day of its
    own, a short noun phrase without a finite verb («Концерт начнётся в 18:00» is prose)."""
    text = _ITEM_MARK.sub("", line).strip()
    if not text or len(text) > MAX_ROW or _CLOCK.search(text) is None:
        return False
    return not names_own_day(text) and not has_finite_verb(text)


def names_own_day(text: str) -> bool:
    """Whether a line names a day of its own: «10 декабря», «10.12», a weekday, «завтра»."""
    return _OWN_DAY.search(text) is not None


def is_undated_row(line: str) -> bool:
    """Whether a plan's line without a day is still one of its items: a short noun phrase
    opening with the activity's name, maybe after a list mark and up to two adjectives
    («Турнир по шахматам после каникул, 7 классы», «Открытый урок на следующей неделе»),
    with no finite verb (a sentence — «Лекция будет интересной» — is prose)."""
    text = _ITEM_MARK.sub("", line).strip()
    if not text or len(text) > MAX_ROW:
        return False
    start = 0
    for _ in range(3):  # the name first, or after one or two adjectives
        if KIND.match(text, start) is not None:
            return not has_finite_verb(text)
        adjective = _ADJECTIVE.match(text, start)
        if adjective is None:
            return False
        start = adjective.end()
    return False


def range_rows(lines: list[str]) -> tuple[list[str], frozenset[str]]:
    """`lines` without the headers naming a span of days («14–18 декабря:», «с 14 по 18
    декабря»), and the rows under such a header (each naming its clock, no day of its own:
    «Лекция «Космос» 15:00, 9А»). Such a header says the rows fall within those days, not
    on each of them: every row is its own event whose day is still to be given (adversarial
    walk 2026-12-02n, #8: they were merged into one event repeated every day)."""
    out: list[str] = []
    rows: set[str] = set()
    under = False
    for line in lines:
        if _RANGE_HEADER.match(line):
            under = True
            continue
        if day_header(line) is not None or names_own_day(line):
            under = False
        elif under and (_CLOCK_LED.match(line) is not None or title_led_row(line)):
            rows.add(line)
        out.append(line)
    return (out, frozenset(rows)) if rows else (lines, frozenset())
