"""A thing running until a day: «Выставка работает до 4 октября», «продлится до 4 октября»,
«экспозиция открыта до …», «ярмарка будет работать до …». The day after «до» is the last
day of something already open or about to be, never its first: a draft that took that day
as its start is asked about the span from today (the earliest day a class can go) to it
(`span_cut`: «Все дни» or the one day, today, is offered). A sentence that names the opening
day as well («открывается 20 сентября и продлится до 4 октября») starts on that day and is
left to the readings of ranges."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.core.language.calendar import MONTH
from bot.core.language.doubts import ordered
from bot.core.language.parts import MM, YY, D
from bot.core.language.post_dates import date_of
from bot.core.models import EventDraft

# a verb of running or lasting, a few words at most, then «до» and a day («до 4 октября»,
# «до 04.10»): the span's last day
_RUNNING_UNTIL = re.compile(
    r"(?<![а-яё])(?:работа(?:ет|ют|ть)|продл(?:ится|ятся)|продолж(?:ится|атся)"
    r"|открыт[аоы]?|проход(?:ит|ят|ить)|действу(?:ет|ют)|д(?:лится|лятся)|ид(?:ёт|ет|ут))"
    r"(?![а-яё])(?:\s+[а-яё]+){0,2}?\s+(?:вплоть\s+)?до\s+"
    rf"(?P<day>{D}\s+{MONTH}(?:\s*(?:19|20)\d\d)?|{D}[./]{MM}(?:[./]{YY})?)(?![\d])",
    re.IGNORECASE,
)


def with_running_until(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """`draft` read from `text` at `now`, its start taken from the last day of a thing
    running until it (_RUNNING_UNTIL): the span from today to that day is asked (`span_cut`:
    «Все дни» or the one day), the one day being today at the draft's clock — never that
    last day silently. Unchanged when the start is another day, a span of days is already
    read, or the day is not ahead."""
    if draft.start is None or draft.recurrence is not None:
        return draft
    if draft.end is not None and draft.end.date() != draft.start.date():
        return draft  # a span already read
    for m in _RUNNING_UNTIL.finditer(text):
        last = date_of(m.group("day"), now)
        if last is None or last != draft.start.date() or last <= now.date():
            continue
        first = datetime.combine(now.date(), draft.start.time())
        end = draft.end and datetime.combine(now.date(), draft.end.time())  # daily hours
        doubts = ordered({*draft.doubts, "span_cut"})
        return replace(draft, start=first, end=end, span=(now.date(), last), doubts=doubts)
    return draft
