"""Export requests: "выгрузка", "план на декабрь в excel", "план на неделю в pdf",
"календарь для 9Б", "выгрузи план КГТУ в ics".

The period, audience and organiser are read as in a question ("что на декабрь для 9Б?").
Without a period a spreadsheet or calendar covers the whole school year and a printable
page the current week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.core.language.intents import parse_message
from bot.core.language.own_class import names_own_class
from bot.core.language.reports import school_year
from bot.core.language.tokens import normalize
from bot.core.models import Audience, QueryIntent

_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pdf", re.compile(r"(?:в\s+|для\s+)?(?:pdf|пдф|печат\w*|распечат\w*)(?![а-яa-z])")),
    ("xlsx", re.compile(r"(?:в\s+)?(?:excel|эксел\w*|ексел\w*|xlsx|таблиц\w*)(?![а-яa-z])")),
    ("ics", re.compile(r"(?:в\s+)?(?:ics|ical|icalendar|календар\w*)(?![а-яa-z])")),
)
# «хочу скачать план», «как выгрузить план?»: a wish or a how-to of the file is its request
_WISH = r"(?:(?:хочу|хотим|хотела?|можно|как)\s+)?"
_START = re.compile(
    rf"^{_WISH}(?:/?выгруз\w*|экспорт\w*|скача\w*|пришли\w*|дай(?:те)?|сделай\w*|покажи|нужен|нужна"
    r"|план\w*|календар\w*|расписани\w*|мероприяти\w*"
    r"|pdf|пдф|excel|эксел\w*|ексел\w*|xlsx|ics)(?![а-яa-z])"  # «pdf на следующую неделю»
)
# a word that asks for a file with no format named («скачать план»: newcomer walk 57)
_EXPORT_WORD = re.compile(rf"^{_WISH}(?:/?выгруз\w*|экспорт\w*|скача\w*)(?![а-яa-z])")
_DROP = re.compile(
    r"(?<![а-яa-z0-9])(?:выгруз\w*|экспорт\w*|скача\w*|пришли\w*|дай(?:те)?|сделай\w*"
    r"|покажи|нужен|нужна|план\w*|расписани\w*|мероприяти\w*|файл\w*|весь|всего|целиком"
    r"|пожалуйста|мне|нам|хочу|хотим|хотела?|можно|как)(?![а-яa-z0-9])"
)
# a clock makes it an event («Excel для начинающих … в 15.00»); «14-20.12» is a date, not one
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}|(?<![а-яa-z])в\s+\d{1,2}\.\d{2}(?![.\d])")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """A file of the plan: format, inclusive dates, and who it is for."""

    fmt: str  # xlsx | ics | pdf
    start: date
    end: date | None
    audience: Audience = field(default_factory=Audience)
    organiser: str | None = None
    own_class: bool = False  # «план моего класса в excel»: the asker's own class (a teacher's)


def parse_export(text: str, now: datetime) -> ExportRequest | None:
    """The file a message asks for, or None when it is something else."""
    line = normalize(text)
    head = line.strip(" ?!.")
    if "\n" in head or len(head) > 120 or _CLOCK.search(head) or not _START.match(head):
        return None
    found = next(((fmt, p.search(line)) for fmt, p in _FORMATS if p.search(line)), None)
    if found is None and not _EXPORT_WORD.match(head):
        return None
    fmt = found[0] if found else "xlsx"
    spans = [found[1].span()] if found and found[1] else []
    spans += [m.span() for m in _DROP.finditer(line)]
    rest = _blank(text, spans)  # the person's own capitals help to spot an organiser
    query = parse_message(f"что {' '.join(rest.split())}?", now)
    if not isinstance(query, QueryIntent):
        return None
    start, end = query.start, query.end
    if end is None and start == now.date():  # no period named
        start, end = _default_period(fmt, now.date())
    elif not _YEAR.search(line):
        start, end = _in_this_school_year(start, end, now.date())
    own = query.audience.is_everyone and names_own_class(text)
    return ExportRequest(fmt, start, end, query.audience, query.organiser, own_class=own)


def _in_this_school_year(start: date, end: date | None, today: date) -> tuple[date, date | None]:
    """A day written without its year that a question reads as next year's («11 января» in
    March: January 2028) is, in a file of the plan, the same day of this school year when
    that one is in it — a file records the year's plan, as «план на январь» reads January
    (newcomer walk 2026-12-03z, Z8: «план на неделю 11 января в pdf» printed 10–16 January
    2028, empty)."""
    first, last = school_year(today)
    if start <= last:
        return start, end
    try:
        earlier = start.replace(year=start.year - 1)
        shifted = end.replace(year=end.year - 1) if end is not None else None
    except ValueError:  # 29 February
        return start, end
    return (earlier, shifted) if first <= earlier <= last else (start, end)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _default_period(fmt: str, today: date) -> tuple[date, date]:
    if fmt == "pdf":
        monday = today - timedelta(days=today.weekday())
        if today.weekday() >= 5:  # at the weekend the board wants the coming week
            monday += timedelta(days=7)
        return monday, monday + timedelta(days=6)
    return school_year(today)
