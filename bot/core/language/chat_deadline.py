"""A registration deadline in a chat line («Лекция 15 декабря, регистрация до 10 декабря»):
taken with the words announcing it, so that neither is read as the event's day nor left in
the title (bot.core.language.deadlines has the cues)."""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core.language.deadlines import DEADLINE, DEADLINE_LABEL, WINDOW_OPENS
from bot.core.language.post_cues import WINDOW_AFTER
from bot.core.language.post_dates import DATE_ANY, asides, date_of
from bot.core.language.tokens import Scanner

# a span opened at a clock («с 10:00», «со 9.30»): a «до» day after it closes the span (the
# window's last day, read by the span readers), it is no deadline of its own
_CLOCK_OPENS = re.compile(r"(?<![а-яё])со?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)", re.IGNORECASE)


def take_deadline(sc: Scanner, now: datetime) -> date | None:
    """Take a registration deadline from a chat line ("Лекция 15 декабря, регистрация до 10
    декабря"): the date, and the words announcing it when nothing else lies between them, so
    neither is read as the event's day nor left in the title; dates in parentheses beside
    one outside them are asides and are taken too. Returns the deadline's day."""
    text, found = sc.text, None
    free = [m for m in DATE_ANY.finditer(text) if sc.is_free(m.start(), m.end())]
    for m in asides(text, 0, free):  # "Лекция (Неделя науки 5–11 апреля) 7 апреля"
        sc.take_match(m)
    for m in free:
        if not sc.is_free(m.start(), m.end()):
            continue
        low = max(0, m.start() - 70)
        cue = DEADLINE.search(text, low, m.start()) or DEADLINE_LABEL.search(text, low, m.start())
        if cue is not None and opens_at_clock(text, cue.start(), m.start()):
            continue  # «Приём заявок с 10:00 5 декабря до 7 декабря»: a span's last day
        if cue is None:
            opens = WINDOW_OPENS.search(text, low, m.start())  # "регистрация с 20 ноября"
            if opens is not None and sc.is_free(opens.start(), m.start()):
                sc.take(opens.start(), m.end())
            elif WINDOW_AFTER.match(text, m.end()):  # "С 1 марта открыта запись"
                sc.take_match(m)
            continue
        found = found or date_of(m.group(0), now, nearest=True)
        begin = cue.start() if not re.search(r"\d", text[cue.start() : m.start()]) else m.start()
        if sc.is_free(begin, m.start()):
            sc.take(begin, m.end())
        else:
            sc.take_match(m)
    return found


def opens_at_clock(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` (a deadline cue up to its «до» day) opens a span of its own
    — a first day and «с» a clock («с 10:00 5 декабря до», «5 декабря с 10:00 до») — so the
    «до» day closes that span rather than naming a deadline."""
    opens = _CLOCK_OPENS.search(text, start, end)
    return opens is not None and DATE_ANY.search(text, start, end) is not None
