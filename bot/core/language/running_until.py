"""A thing running until a day: «Выставка работает до 4 октября», «продлится до 4 октября»,
«экспозиция открыта до …», «ярмарка будет работать до …». The day after «до» is the last
day of something already open or about to be, never its first: a draft that took that day
as its start is asked about the span from today (the earliest day a class can go) to it
(`span_cut`: «Все дни» or the one day, today, is offered). A sentence that names the opening
day as well («открывается 20 сентября и продлится до 4 октября») starts on that day and is
left to the readings of ranges.

Whatever governs the «до» («Увидеть «философию» юных художников можно будет до 29 мая»,
«Рисунки будут висеть в фойе до 29 мая»), a one-day draft whose day the text writes only
after «(вплоть) до» took a bound for its start: asked the same way (doubt64; on the tuned
sets it caught one silent wrong start and asked no right one). So is a day written only after
«по» (doubt79) or after a time limit, «не позднее» / «не позже» («Экскурсию провести не позднее
22 декабря»: any day up to it, doubt82)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.language.calendar import MONTH
from bot.core.language.doubts import ordered
from bot.core.language.lowered import finditer_i
from bot.core.language.parts import MM, YY, D
from bot.core.language.post_dates import DATE_ANY, date_of
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
# a verb of lasting ahead («продлится», «будет проходить»), a few words at most, then «до» and
# a day: the end of the event the text announces (parse70), never a venue's opening hours
# («работает», «открыта») nor a deadline
_LASTS_UNTIL = re.compile(
    r"(?<![а-яё])(?:продл(?:ится|ятся)|продолж(?:ится|атся)"
    r"|(?:будет|будут)\s+(?:проходить|длиться|продолжаться|идти))"
    r"(?![а-яё])(?:\s+[а-яё]+){0,2}?\s+(?:вплоть\s+)?до\s+"
    rf"(?P<day>{D}\s+{MONTH}(?:\s*(?:19|20)\d\d)?|{D}[./]{MM}(?:[./]{YY})?)(?![\d])",
    re.IGNORECASE,
)
# «до» (or «вплоть до»), an inclusive «по» or a time limit («не позднее», «не позже (чем)»)
# right before a date phrase: the phrase is a bound («можно посетить по 18 декабря», «провести
# не позднее 19 декабря»: a day by which, not on which); a «по» closing a range opened by «с» + a
# day («с 25 мая по 31 мая», «с 1.12 по 18.12») is the range's end, read as a range elsewhere.
# Never «не ранее»: the earliest day may well be the start
_UNTIL_BEFORE = re.compile(
    r"(?<![а-яё])(?:до|по|не\s+(?:позднее|позже)(?:\s+чем)?)\s*\Z", re.IGNORECASE
)
# the substring test of written_only_as_bound: a bound word right before the day's number
_BOUND_NUMBER = r"(?<![а-яё])(?:до|по|позднее|позже|чем)\s+0?{day}(?!\d)"
_RANGE_OPEN = re.compile(
    r"(?<![а-яё])с\s+\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?|\s+[а-яё]+)?"
    r"(?:\s+(?:19|20)\d\d\s*(?:г\.?|года)?)?\s+по\s*\Z",
    re.IGNORECASE,
)
_RANGE_REACH = 40  # characters before a date phrase read for a range's «с … по»
_UNTIL_REACH = 20  # characters before a date phrase read for its «до», «не позднее (чем)»
_LASTING_REACH = timedelta(days=183)  # a run's last day at most half a year ahead


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
    for m in finditer_i(_RUNNING_UNTIL, text):  # its twin over the lower case (lowered.py)
        last = date_of(m.group("day"), now)
        if last is None or last != draft.start.date() or last <= now.date():
            continue
        return _from_today(draft, now, last)
    last = draft.start.date()
    if last > now.date() and written_only_as_bound(text, last, now):
        return _from_today(draft, now, last)
    return draft


def _from_today(draft: EventDraft, now: datetime, last: date) -> EventDraft:
    """`draft` moved to today at its clock, the span from today to `last` asked."""
    assert draft.start is not None
    first = datetime.combine(now.date(), draft.start.time())
    end = draft.end and datetime.combine(now.date(), draft.end.time())  # daily hours
    doubts = ordered({*draft.doubts, "span_cut"})
    return replace(draft, start=first, end=end, span=(now.date(), last), doubts=doubts)


def written_only_as_bound(text: str, day: date, now: datetime) -> bool:
    """Whether every date phrase of `text` naming `day` (DATE_ANY; a range names its last
    day) follows «до», «по» or «не позднее» / «не позже» (чем) — the day is the end of
    something or a time limit, never written as a start («… до 29 мая», «Посетить её можно по
    18.12.2026»: doubt79; «Турнир проводится в школе не позднее 19 декабря»: doubt82). Read
    only when such a word stands before the day's number somewhere (a substring test first)."""
    if not re.search(_BOUND_NUMBER.format(day=day.day), text, re.IGNORECASE):
        return False
    mentions = [m for m in DATE_ANY.finditer(text) if date_of(m.group(0), now) == day]
    return bool(mentions) and all(_bound_at(text, m.start()) for m in mentions)


def _bound_at(text: str, at: int) -> bool:
    """Whether the date phrase at `at` in `text` follows «до», or a «по» that closes no
    range opened by «с» + a day."""
    if not _UNTIL_BEFORE.search(text, max(0, at - _UNTIL_REACH), at):
        return False
    return _RANGE_OPEN.search(text, max(0, at - _RANGE_REACH), at) is None


def lasts_until(text: str, day: date, now: datetime) -> bool:
    """Whether `text` tells its event lasting until `day` («Турнир продлится до 18 декабря»,
    «…, которая будет проходить до 20 декабря») and writes `day` nowhere but after «до»
    (written_only_as_bound): the last day of a run, never a day of its own. A substring test
    first: read only when «до» stands before the day's number."""
    if not written_only_as_bound(text, day, now):
        return False
    return any(date_of(m.group("day"), now) == day for m in _LASTS_UNTIL.finditer(text))


def lasting_until(text: str, now: datetime) -> date | None:
    """The day `text` tells its event lasting until («Она продлится до 4 декабря»,
    «Мероприятия будут проходить до 30 апреля»: _LASTS_UNTIL) when it is after `now`'s day
    and written nowhere but as a bound (written_only_as_bound): the first such day; None when
    there is none. A day read a year ahead (a day gone this year, «до 1 марта» on 2 March) is
    no run's end: within _LASTING_REACH of today only. A substring test first: read only when
    «до» is in the text."""
    if "до" not in text:
        return None
    today = now.date()
    for m in _LASTS_UNTIL.finditer(text):
        last = date_of(m.group("day"), now)
        if last is None or not today < last <= today + _LASTING_REACH:
            continue
        if written_only_as_bound(text, last, now):
            return last
    return None
