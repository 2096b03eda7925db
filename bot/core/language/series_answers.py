"""A repetition typed on a single event's open card: «каждый день до 17 декабря»,
«ежедневно», «каждый вторник до конца декабря», «каждую неделю» (attack 2026-12-03ae, #5:
«каждый день» typed after «только первый» was read as a plan query, «Начиная с 7 декабря
мероприятий нет», and «да» saved the one day).

The repetition is read by the parser itself, as if written after the card's day and time,
so its words and its «до …» are the same as in a first message. A bare «каждый день» (no
last day) is MAX_DAILY_SPAN_DAYS meetings and the card says so (round 27, conv27: it was
40 meetings, to the end of the term, behind a plain «да»)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.drafts import MAX_DAILY_SPAN_DAYS
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

_MAX_CHARS = 60  # a longer text is a message of its own, not a word on the card
_WEEKDAYS_ACC = (
    "каждый понедельник",
    "каждый вторник",
    "каждую среду",
    "каждый четверг",
    "каждую пятницу",
    "каждую субботу",
    "каждое воскресенье",
)
_OPENER = r"(?:(?:нет|да|давайте|лучше|пусть\s+будет|сделай(?:те)?|повторять)[\s,:]+)*"
_REPEAT = re.compile(
    rf"^\s*{_OPENER}(?P<what>каждый\s+день|ежедневно|каждую\s+неделю|еженедельно"
    r"|раз\s+в\s+неделю|каждый\s+(?:понедельник|вторник|четверг)"
    r"|каждую\s+(?:среду|пятницу|субботу)|каждое\s+воскресенье)"
    r"(?P<rest>(?:[\s,]+(?:до|по|с)\s+[^\n]{1,40})?)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_DAILY = re.compile(r"каждый\s+день|ежедневно", re.IGNORECASE)
_WEEKLY = re.compile(r"каждую\s+неделю|еженедельно|раз\s+в\s+неделю", re.IGNORECASE)


def repeated(text: str, draft: EventDraft, now: datetime) -> EventDraft | None:
    """`draft` (one timed event with a start, shown on its card; school wall-clock time)
    repeating as `text` says: «каждый день [до 17 декабря]», «ежедневно», «каждый вторник
    до 29 декабря», «каждую неделю» (= every week on the card's weekday). The first meeting
    stays the card's. None when `text` is no such short reply, the draft is all-day or has
    no start, or the parser reads no repetition from it (`now`: the school's naive
    wall-clock time, for the year of a «до …» day). A daily repetition without its last day
    («каждый день», «ежедневно») ends after MAX_DAILY_SPAN_DAYS meetings, with
    `daily_bounded` set so the card says so: the bound the span question puts on a daily
    series (span_answers.series_too_long) — a month of identical meetings behind one «да» is
    not what a bare «каждый день» asks for, and «каждый день до …» names any other end."""
    if draft.start is None or draft.all_day or len(text) > _MAX_CHARS:
        return None
    m = _REPEAT.match(text)
    if m is None:
        return None
    what = m.group("what")
    if _WEEKLY.fullmatch(what):
        what = _WEEKDAYS_ACC[draft.start.weekday()]
    start = draft.start
    written = f"Встреча {start:%d.%m.%Y} в {start:%H:%M} {what}{m.group('rest')}"
    read = parse_message(written, now)
    if not isinstance(read, EventIntent) or read.draft.recurrence is None:
        return None
    if read.draft.start is None or read.draft.start.date() != start.date():
        return None  # «с 20 декабря» moves the first meeting: a move, said as one
    recurrence = read.draft.recurrence
    bounded = _DAILY.fullmatch(what) is not None and not m.group("rest").strip()
    if bounded:
        last = start.date() + timedelta(days=MAX_DAILY_SPAN_DAYS - 1)
        if recurrence.until is None or recurrence.until > last:
            recurrence = replace(recurrence, until=last)
    return replace(draft, recurrence=recurrence, daily_bounded=bounded)
