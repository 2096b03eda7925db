"""A report whose only date is its publication stamp: «Есть такая профессия – пожарный /
07 февраля 2024, 16:20 / Познавательная экскурсия прошла в пожарной части №5 …».

A news page prints when the item was put up (stamps.py takes that line before the temporal
rules run, so its clock is never the event's). A report written the day its event was held
names no other day: the stamp's day is then the likeliest day of the event — but only the
likeliest, a school site often posts a report days later. So the day is offered and asked
(doubt `stamp_day`), never saved as the event's unasked, and never its clock (a site's
minute, «16:20», is no event's start).

Offered only when all of these hold:
- the stamp stands at the post's head (its first STAMP_HEAD non-empty lines, after a
  bullet or a dash a template put before it: «- ср, 11/04/2020 - 09:27»), alone on its line:
  every digit of the line is taken by `stamps.take_stamps` read over the whole post;
- no other date is left in the post once the stamps are taken;
- a sentence of the post tells an event done (told_past.told_in_past, past tense alone,
  naming an event: title.concise_title finds a kind, a name or a named day in it). An
  announcement with only its page's stamp («… пройдёт конкурс …») is ahead of the stamp:
  its day is unknown and asked as before (`no_date`), never the stamp's.

A slash date beside a weekday that only a month-first reading gives («ср, 11/04/2020»: 11
April 2020 was a Saturday, 4 November a Wednesday) is a template's American «m/d/Y»: read
month first. Any other numeric date is day first, as Russian writes it.

Beside start_doubts.stamp_day (doubt51): there a page's date line is the post's own day
while its event sentence names another, and the two are offered (`several_dates`); here the
stamp is the only date left.

Pure: no store, no clock of its own (`now` is the post's moment, naive school wall clock).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time

from bot.core.language.calendar import WEEKDAY, weekday_number
from bot.core.language.dateless_post import announced_event, first_named_sentence
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.lowered import lower
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.stamps import STAMP_HEAD, take_stamps
from bot.core.language.tokens import Scanner
from bot.core.language.told_past import told_in_past
from bot.core.models import EventDraft

_DIGIT = re.compile(r"\d")
# a template's bullet or dash before the stamp («- ср, 11/04/2020 - 09:27», «• 12.03.2024 …»)
_LEAD_MARK = re.compile(r"^[ \t]*[-–—•·*][ \t]+")
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_WEEKDAY_WORD = re.compile(rf"(?<![а-я]){WEEKDAY}")
MAX_REPORT_SENTENCES = 4  # sentences read for the report's event, from the stamp on


def stamp_day(text: str, now: datetime) -> date | None:
    """The day of the publication stamp heading `text` (a long post) when it is the post's
    only date (module docstring), else None. Never after `now`'s day."""
    sc = Scanner(_LEAD_MARK.sub(lambda m: " " * len(m.group(0)), text, count=1))
    if not take_stamps(sc, now):
        return None
    if DATE_ANY.search(sc.free_text()) is not None:
        return None  # the post names a day of its own
    line = _head_stamp_line(sc)
    if line is None:
        return None
    day = _line_day(text[line[0] : line[1]], now)
    return day if day is not None and day <= now.date() else None


# a day named relative to the day the text was written
_RELATIVE_WORD = re.compile(
    r"(?<![а-яё])(?:(?:поза|после)?вчера|(?:после)?завтра|сегодня)(?![а-яё])"
)


def _names_relative_day(low: str) -> bool:
    """Whether the lower-cased `low` holds one of the words _RELATIVE_WORD needs («вчера»,
    «завтра», «сегодня»): without one it cannot match."""
    return "сегодня" in low or "вчера" in low or "завтра" in low


def stamp_moment(text: str, now: datetime) -> datetime:
    """The moment the days `text` names relative to its writing («сегодня», «вчера»,
    «завтра») count from: its stamp's day (stamp_day) at `now`'s clock when a publication
    stamp heads it — «12.03.2024 10:15 / Сегодня в школе прошли соревнования …» read two days
    later is 12 March, the day it was written — else `now`. Both naive school wall clock."""
    low = lower(text)  # (a C-speed test of its three words first: most posts name none)
    if not _names_relative_day(low) or _RELATIVE_WORD.search(low) is None:
        return now
    day = stamp_day(text, now)
    return now if day is None else datetime.combine(day, now.time())


def stamped_report(text: str, now: datetime) -> tuple[tuple[int, int], str] | None:
    """The sentence (offsets into `text`) and title of the event a post whose only date is
    its head's stamp (stamp_day) tells done, or None (module docstring)."""
    if stamp_day(text, now) is None:
        return None
    return _report_sentence(text)


def _report_sentence(text: str) -> tuple[tuple[int, int], str] | None:
    """The first of `text`'s MAX_REPORT_SENTENCES sentences told done that names an event
    (offsets, title), or None."""
    return first_named_sentence(text, _told_done, MAX_REPORT_SENTENCES)


def take_head_stamp(sc: Scanner, now: datetime) -> bool:
    """Take from a chat line's scanner `sc` (a short paste) the publication stamp alone on
    one of its first STAMP_HEAD non-empty lines («12.03.2024 10:15» over «В школе прошла
    беседа …»), when another line follows or precedes it; whether one was taken. A long
    post's stamps are taken by post.prepare_post; a one-line message is never a paste (its
    «12.12.2026 15:00» is the event's own moment). `now` is the post's moment (naive school
    wall clock): a stamp is never after it (stamps.take_stamps). Only under a sentence that
    tells an event, done or ahead (dateless_post.announced_event, or told_in_past), or beside
    another date (the event's own: «… / Ярмарка 15 марта в 14:00»): a bare «12.12.2026 15:00 /
    Концерт в актовом зале» is a plan's row, its moment the event's."""
    if sum(1 for line in sc.text.split("\n") if line.strip()) < 2:
        return False
    probe = Scanner(sc.text)
    taken = take_stamps(probe, now)
    if not taken:
        return False
    dated = taken == 1 and DATE_ANY.search(probe.free_text()) is not None
    if not dated and announced_event(sc.text) is None and _report_sentence(sc.text) is None:
        return False
    line = _head_stamp_line(probe)
    if line is None or not sc.is_free(*line):
        return False
    sc.take(*line)
    return True


def _told_done(text: str, begin: int, end: int) -> bool:
    """Whether the sentence text[begin:end] tells in the past tense alone (told_in_past)."""
    return told_in_past(text, begin, max(begin + 1, end))


def with_stamp_day(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """A long post's `draft` with no start, dated the day of the stamp heading `text` when
    the post is a report whose only date is that stamp (stamped_report): all day, with the
    doubt `stamp_day` (asked) and the timing doubts of that day (`past` when gone);
    unchanged otherwise."""
    if draft.start is not None or draft.end is not None or draft.recurrence is not None:
        return draft
    day = stamp_day(text, now)
    if day is None or stamped_report(text, now) is None:
        return draft
    start = datetime.combine(day, time())
    timing = timing_doubts(start, True, now, rolled_year=False)
    doubts = ordered(({*draft.doubts} - {"no_date"}) | timing | {"stamp_day"})
    return replace(draft, start=start, all_day=True, time_known=True, doubts=doubts)


def _head_stamp_line(sc: Scanner) -> tuple[int, int] | None:
    """The (start, end) offsets of the first line among the post's first STAMP_HEAD
    non-empty ones whose digits `sc` took all (a stamp alone on its line), or None."""
    at, seen = 0, 0
    for line in sc.text.split("\n"):
        begin, end = at, at + len(line)
        at = end + 1
        if not line.strip():
            continue
        seen += 1
        if seen > STAMP_HEAD:
            return None
        digits = [m.start() + begin for m in _DIGIT.finditer(line)]
        if digits and all(not sc.is_free(d, d + 1) for d in digits):
            return begin, end
    return None


def _line_day(line: str, now: datetime) -> date | None:
    """The day a stamp's line names: a slash date read month first when only that reading
    falls on the weekday written beside it, else date_of's (day first)."""
    lowered = line.lower()
    slash = _SLASH_DATE.search(lowered)
    weekday = _WEEKDAY_WORD.search(lowered)
    if slash is not None and weekday is not None:
        wanted = weekday_number(weekday.group(0))
        first, second, year = (int(g) for g in slash.groups())
        day_first, month_first = _day(year, second, first), _day(year, first, second)
        if (
            month_first is not None
            and month_first.weekday() == wanted
            and (day_first is None or day_first.weekday() != wanted)
        ):
            return month_first
    return date_of(lowered.replace("/", "."), now)


def _day(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
