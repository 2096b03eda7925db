"""A report's «сегодня» that says «these days», not the event's day (doubt66).

«5 декабря ученики 3 класса провели праздник осени в библиотеке. … Сегодня чтение — не только
учёба, но и повод провести время всей семьёй.»: every written day of the post is told in the
past (a report), no dated sentence is left to weigh, and the only day read is the writer's
«сегодня» — in a sentence that tells nothing in the past and holds no clock, a statement about
our days rather than an event of today. The draft then starts today, silently, while the
report's own day is the event's more often than not (broad28:32). Neither can be ruled out
from the grammar alone («Сегодня в библиотеке праздник» is an event of today), so the report's
days are offered beside today and the day is asked (`several_dates`).

A «сегодня» told in the past («Сегодня прошёл праздник»: a report of today) or with a clock
(«Сегодня в 15:00 концерт») keeps today unasked.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language.post_dates import date_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import told_in_past

# «сегодня» as a word (never «сегодняшний»)
_TODAY = re.compile(r"(?<![а-яё])сегодня(?![а-яё])")
# a clock time or an hour word («в 15:00», «в 15.30», «в 15 часов»)
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])|\d\s*час")
_RECENT = timedelta(days=14)  # a report tells of the last two weeks; older days are history


def reported_days(text: str, facts: PostFacts, start: date, now: datetime) -> list[date]:
    """The days a report tells (its date phrases hidden as told in the past, facts.told, each
    within two weeks before today), in the post's order, when the draft's `start` is today
    read only from a «сегодня» that neither tells in the past nor holds a clock in its
    sentence; otherwise []. `text`: the normalised (lower-cased) post; `now`: its writing
    time (naive school wall-clock). Offered beside today with `several_dates`."""
    if start != now.date() or not facts.told or facts.weighed or "сегодня" not in text:
        return []
    found = list(_TODAY.finditer(text))
    if not found:
        return []
    for m in found:
        begin, end = sentence_at(m.start(), text)
        if told_in_past(text, m.start(), m.end(), clause=True) or _CLOCK.search(text, begin, end):
            return []
    days: list[date] = []
    for m, _, _ in facts.told:
        if not told_in_past(text, m.start(), m.end()):
            continue
        day = date_of(m.group(0), now, nearest=True)
        if day is not None and now.date() - _RECENT <= day < now.date() and day not in days:
            days.append(day)
    return days
