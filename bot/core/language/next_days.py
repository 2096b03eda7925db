"""«на следующий день» after a written day: «… 1 сентября выпадает на воскресенье, поэтому
праздник переносят на следующий день — понедельник» is 2 September, the day after the day
just named — never the day after the post was written (broad38 #30 read it as the stamp's
next day, 1 August).

When a verb of moving takes the event there («праздник переносят на следующий день»), the
day written is the old one and the event's is the next (relative_days reads it so).
A day is «следующий» to the day the text has just named: the last date written before it in
its sentence or the one before. With none (a chat line «Перенесли на следующий день»), it is
the day after today, as before (relative_days). A date alone on its line with at most a
clock beside it («12.03.2024 10:15», a page's stamp) is no day of the text's.

Pure: no store, no clock of its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import day_gone

_WORD = re.compile(r"[а-яё]{3,}")
_MONTH_WORD = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
)


def day_after_written(text: str, start: int, today: date) -> date | None:
    """The day after the date `text` (lower case) writes last before `start` (where
    «следующий день» stands) in its sentence or the one before, that date read as written
    days are (the coming one, or this year's when gone and told in the past:
    told_past.day_gone); None when no such date is written (module docstring)."""
    begin = sentence_at(start, text)[0]
    if begin > 0:
        begin = sentence_at(max(0, begin - 2), text)[0]
    found = [m for m in DATE_ANY.finditer(text, begin, start) if _in_words(text, m)]
    if not found:
        return None
    written = found[-1]
    day = date_of(written.group(0), datetime.combine(today, time()))
    if day is None:
        return None
    day = day_gone(day, today, text, written.start(), written.end()) or day
    return day + timedelta(days=1)


# a verb or noun of moving a day («переносят», «перенесли», «перенесён», «перенос»)
_MOVED = re.compile(r"(?<![а-яё])перен[её]с\w*|(?<![а-яё])перенос\w*")


def moved_to_next_day(text: str, start: int, today: date) -> date | None:
    """The day after the written day (day_after_written) when «следующий день» at `start`
    is where a verb of moving takes it in its sentence («праздник переносят на следующий
    день», «концерт перенесли на следующий день»): the event's day is then that one, not
    the day written; None otherwise."""
    begin = sentence_at(start, text)[0]
    if _MOVED.search(text, begin, start) is None:
        return None
    return day_after_written(text, start, today)


def _in_words(text: str, m: re.Match[str]) -> bool:
    """Whether the line holding the date `m` has words besides the date's month: a date of
    the text, not a page's stamp alone on its line."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(not _MONTH_WORD.fullmatch(w) for w in _WORD.findall(line))
