"""From temporal parts to an event draft: the day and the start in wall-clock time, the end
(a range, a duration, an overnight end), the repeat and its first day, the doubts to raise
(doubts.py), and the sessions a text lists (sessions.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from bot.core.language.calendar import WEEKDAY
from bot.core.language.day_parts import check_weekday, morning_hour
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.morphology import parses
from bot.core.language.parts import TemporalParts, TimeMention
from bot.core.language.sessions import find_sessions
from bot.core.language.temporal import resolve_day
from bot.core.models import Audience, EventDraft, Recurrence
from bot.core.series_rhythm import next_on

# An end time earlier than the start is read as the next morning only up to this length.
MAX_OVERNIGHT = timedelta(hours=12)
MAX_LISTED = 40  # sessions a listed range of days may give
MAX_SESSIONS_CROSSED = 12  # days × times of day listed ("8 и 9 декабря в 10:00 и 12:00")


def build_draft(
    parts: TemporalParts, now: datetime, title: str, venue: str | None, audience: Audience
) -> EventDraft:
    """Combine the temporal parts into an event draft in wall-clock time.

    The draft's `doubts` say what the bot must ask about or show (see doubts.py).
    """
    told = parts.weekday_mode in ("plain", "told")  # a weekday beside the date, either tense
    day = parts.day_first
    if day is not None and told and parts.recurrence is None and not _told_before(day, parts, now):
        check_weekday(parts, day, parts.weekday)  # "17.12 (ср)": after the date
    elif parts.recurrence is not None:
        _repeat_weekday_rival(parts)
    if parts.weekday_rival is not None and parts.weekday_rival < now.date():
        parts.weekday_rival += timedelta(weeks=1)  # never offer a day already past
    draft = _combine(parts, now, title, venue, audience)
    if parts.weekday_rival is not None and draft.start is not None:
        rival = datetime.combine(parts.weekday_rival, draft.start.time())
        draft = replace(draft, choices=(draft.start, rival))
    elif parts.other_days and draft.start is not None and parts.linked_days:
        draft = _listed_sessions(draft, parts)  # "26 декабря и со 2 по 6 января"
    elif parts.other_days and draft.start is not None and parts.recurrence is None:
        at, own = draft.start.time(), _own_times(parts) if draft.time_known else {}
        days = [day for day in parts.other_days if day >= now.date()]  # «… 2025 … была»
        others = tuple(datetime.combine(day, own.get(day, at)) for day in days)
        if others:  # a day already past is never offered as the event's (attack w, #12)
            draft = replace(draft, choices=(draft.start, *others))
            parts.doubts.add("several_dates")  # "5 декабря и с 10 по 12 декабря": ask which
    if _todays_weekday(parts, now) and draft.start is not None and not draft.choices:
        draft = _today_or_next_week(draft, draft.start, now, parts)
    if parts.part_of_day is not None and not draft.time_known and draft.start is not None:
        parts.doubts.add("vague_time")  # "в пятницу вечером": the bot asks for the hour
    if _midnight_of_named_day(parts, draft):
        parts.doubts.add("midnight")  # "в полночь 12 января": the night before or after it?
    found = set(parts.doubts)
    if draft.start is not None:
        found |= timing_doubts(draft.start, draft.all_day, now, rolled_year=parts.rolled_year)
    if draft.end is not None and draft.start is not None and draft.end < draft.start:
        found.add("end_before_start")
    return replace(draft, doubts=ordered(found)) if found else draft


def _told_before(day: date, parts: TemporalParts, now: datetime) -> bool:
    """Whether the post's weekday is told in the past tense (mode «told»: «Первую ярмарку
    провели в четверг») while its day `day` lies ahead of `now` («Ярмарка пройдёт завтра»):
    the weekday names a day gone by, the day one to come — two days, not one day written two
    ways, so the weekday contradicts nothing (asks83)."""
    return parts.weekday_mode == "told" and day > now.date()


def _midnight_of_named_day(parts: TemporalParts, draft: EventDraft) -> bool:
    """Whether the start is "полночь" of a day the message names ("в полночь 12 января"): in
    Russian that may be the night opening the day or the one closing it, so it is asked.
    "сегодня в полночь" (relative_days.py) is no such word: it is read before the clocks."""
    named_day = parts.day_first is not None or parts.weekday is not None
    start = draft.start
    return (
        parts.midnight_word
        and named_day
        and draft.time_known
        and start is not None
        and (start.hour, start.minute) == (0, 0)
    )


def _own_times(parts: TemporalParts) -> dict[date, time]:
    """The clock written right after each day («15.12 в 14:00 и 16.12 в 15:00»: 16 December
    at 15:00), by day; a day whose next words hold no clock before the next day is left out.
    Empty unless the first day is followed by the draft's own start, so that a clock written
    before the days («в 14:00 15.12 или 16.12») is never moved onto one of them."""
    spans = sorted(parts.day_spans, key=lambda span: span[0])
    mentions = sorted((m for m in parts.times or [] if m.pos >= 0), key=lambda m: m.pos)
    start = parts.start_time
    own: dict[date, time] = {}
    for i, (_, end, first, _last) in enumerate(spans):
        limit = spans[i + 1][0] if i + 1 < len(spans) else None
        after = next(
            (m for m in mentions if m.pos >= end and (limit is None or m.pos < limit)), None
        )
        if after is not None and after.prefix not in ("до", "окончание", "конец"):
            own.setdefault(first, after.at)
    first_day = spans[0][2] if spans else None
    if start is None or first_day is None or own.get(first_day) != start.at:
        return {}
    return own


def _listed_sessions(draft: EventDraft, parts: TemporalParts) -> EventDraft:
    """The draft as the first of the listed days or ranges, each of them a session (a range
    with its last day as the session's end; at the draft's time of day)."""
    assert draft.start is not None
    at, timed = draft.start.time(), not draft.all_day
    sessions = []
    length = draft.end - draft.start if draft.end is not None else None
    for _, _, first, last in sorted(parts.day_spans, key=lambda span: span[2]):
        if not timed:  # an all-day range stays one session with its last day
            sessions.append(
                (datetime.combine(first, at), _midnight(last) if last > first else None)
            )
            continue
        for offset in range(min((last - first).days, MAX_LISTED) + 1):  # one a day
            start = datetime.combine(first + timedelta(days=offset), at)
            sessions.append((start, start + length if length is not None else None))
    first_start, first_end = sessions[0]
    if not timed and _chained(sessions):  # «30, 31 декабря и 1 января»: one run of days
        return replace(draft, start=first_start, end=sessions[-1][1] or sessions[-1][0])
    end = first_end if draft.all_day else draft.end and draft.end + (first_start - draft.start)
    return replace(draft, start=first_start, end=end, sessions=tuple(sessions))


def with_sessions(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """The draft with every session the text lists; the start is the first session when the
    parser's own pick is one of them (see sessions.py)."""
    if draft.start is None:
        return draft
    found = find_sessions(text, draft.start, now.date())
    days = {start.date() for start, _ in found}
    if not found or draft.start.date() not in days:
        return draft
    if draft.all_day and draft.end is not None and max(days) <= draft.end.date():
        return draft  # "с 25 октября по 1 ноября …; можно 25 и 26 октября": days inside the range
    if _slots_inside(draft, [start for start, _ in found]):
        return draft  # "с 16:00 до 20:00 пройдёт фестиваль … в 18:00 и 20:00 — уроки": its parts
    if _parts_after_start(draft, [start for start, _ in found]):
        return draft  # "… 5 апреля в 10:00, мастер-классы в 12:00 и 14:00": its parts
    listed = days | {draft.start.date()}
    if "several_dates" in draft.doubts and all(c.date() in listed for c in draft.choices):
        # the rivals were sessions of one event, not rivals; a day outside the listed
        # sessions ("Первая лекция — 3 февраля, следующие — 10 и 17 февраля") stays asked
        doubts = tuple(d for d in draft.doubts if d != "several_dates")
        draft = replace(draft, doubts=doubts, choices=())
    crossed = _on_every_listed_day(draft, found)  # "25 и 26 декабря в 11:00 или в 12:30"
    if crossed != found:
        draft, found = replace(draft, recurrence=None), crossed  # the days are the sessions'
    first, end = found[0]
    if draft.all_day and first.time() == time():
        if _days_in_a_row(found) and not _plural_kind(draft.title):  # «12, 13 и 14 декабря»
            return replace(draft, start=first, end=found[-1][0], time_known=True)
        return replace(draft, sessions=tuple(found), start=first, end=None)
    if draft.all_day:
        return replace(draft, sessions=tuple(found))
    return replace(draft, sessions=tuple(found), start=first, end=end or draft.end)


_TITLE_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")


def _chained(sessions: list[tuple[datetime, datetime | None]]) -> bool:
    """Whether whole-day sessions (first day, last day or None for one day; sorted) follow
    each other with no day between: together one run of days (parse69)."""
    if len(sessions) < 2:
        return False
    return all(
        (b[0] - (a[1] or a[0])).days == 1 and b[0].time() == time() for a, b in pairwise(sessions)
    )


def _days_in_a_row(found: list[tuple[datetime, datetime | None]]) -> bool:
    """Whether the sessions `found` (sorted starts, ends) are whole days with no end of their
    own, each the day after the one before: one event told over days in a row («пройдёт 12,
    13 и 14 декабря») takes them as its span of days, as a pair «12 и 13 декабря» is read
    (date_ranges); days apart («12, 14 и 16 декабря») stay sessions (parse69)."""
    if len(found) < 2 or any(s.time() != time() or e is not None for s, e in found):
        return False
    return all((b[0] - a[0]).days == 1 for a, b in pairwise(found))


def _plural_kind(title: str) -> bool:
    """Whether the first noun of `title` is plural by its likeliest pymorphy3 reading and not
    a plural-only word: «Органные концерты», «Мастер-классы» tell several events, one a day
    («Три вечера подряд, 26, 27 и 28 сентября»), while «Фестиваль», «Сборы» (Pltm) tell one."""
    for word in _TITLE_WORD.findall(title.lower()):
        found = parses(word)
        if found and found[0].tag.POS == "NOUN":
            return found[0].tag.number == "plur" and "Pltm" not in found[0].tag
    return False


def _on_every_listed_day(
    draft: EventDraft, found: list[tuple[datetime, datetime | None]]
) -> list[tuple[datetime, datetime | None]]:
    """Times listed for one day ("в 11:00 или в 12:30") when the draft already lists several
    days ("25 и 26 декабря", read as sessions or a daily repeat): each time on each day,
    when that makes at most MAX_SESSIONS_CROSSED sessions."""
    listed_days = sorted({start.date() for start, _ in draft.sessions})
    rec = draft.recurrence
    if not listed_days and rec is not None and rec.freq == "daily" and rec.until is not None:
        assert draft.start is not None  # with_sessions returns early without a start
        span = (rec.until - draft.start.date()).days
        listed_days = [draft.start.date() + timedelta(days=n) for n in range(span + 1)]
    if len(listed_days) < 2 or len({start.date() for start, _ in found}) != 1:
        return found
    if len(listed_days) * len(found) > MAX_SESSIONS_CROSSED:
        return found  # "с 5 по 25 декабря, экскурсии в 11:00 и 15:00": a daily repeat stays
    crossed = [
        (datetime.combine(day, start.time()), datetime.combine(day, end.time()) if end else None)
        for day in listed_days
        for start, end in found
    ]
    return crossed


def _today_or_next_week(
    draft: EventDraft, start: datetime, now: datetime, parts: TemporalParts
) -> EventDraft:
    """ "во вторник" written on a Tuesday: today and a week ahead offered (several_dates),
    unless the hour has passed today ("во вторник в 10:00" at noon is next week's)."""
    week = timedelta(weeks=1)
    if start.date() == now.date():
        choices = (start, start + week)
    elif not draft.time_known:
        choices = (start - week, start)
    else:
        return draft
    parts.doubts.add("several_dates")
    return replace(draft, choices=choices)


def _todays_weekday(parts: TemporalParts, now: datetime) -> bool:
    """Whether the only day written is a bare weekday that is today's ("во вторник" said on
    a Tuesday): people mean today as often as a week ahead."""
    return (
        parts.day_first is None
        and not _nights_day(parts, now.date())
        and parts.weekday == now.weekday()
        and parts.weekday_mode == "plain"
        and not parts.weekday_ahead  # «… перенесли на понедельник» on a Monday: next week's
        and parts.week_offset is None
        and parts.period is None
        and parts.recurrence is None
    )


def _slots_inside(draft: EventDraft, starts: list[datetime]) -> bool:
    """Whether the listed times all fall inside the draft's own time range, which none of
    them opens: parts of the programme of one event, not its sessions."""
    if draft.all_day or draft.start is None or draft.end is None or draft.start in starts:
        return False
    return all(draft.start < at <= draft.end for at in starts)


def _parts_after_start(draft: EventDraft, starts: list[datetime]) -> bool:
    """Whether the listed times all fall on the draft's day after its own clock, which is
    none of them («День открытых дверей 5 апреля в 10:00, мастер-классы в 12:00 и 14:00»):
    the event begins at its clock and the times are its later parts, not its sessions."""
    if draft.all_day or draft.start is None or draft.start in starts:
        return False
    return all(at.date() == draft.start.date() and at > draft.start for at in starts)


# how far a part-of-day word may stand from the clock it times: "утром в 7" (the word
# first), "в 7 часов утром" (the word after)
_PART_BEFORE_CLOCK = 8
_PART_AFTER_CLOCK = 16
# what may stand between a part of day and the clock after it: spaces and a preposition
# («утром в 7», «вечером к 19»), never a noun or a comma («утром музей, в 4 отъезд»)
_PART_TO_CLOCK = re.compile(r"\s*(?:(?:в|во|к|с|со|около)\s+)?", re.IGNORECASE)


def _part_of_day_beside(parts: TemporalParts, mention: TimeMention) -> bool:
    """Whether the part-of-day word stands right beside the clock `mention` ("утром в 7",
    "ночью в 3 часа"), so that it says which half of the day the hour is in; a part of day
    further off ("утром завтрак, отъезд в 5") times another item of the programme."""
    if parts.part_of_day_pos < 0 or mention.pos < 0:
        return False
    gap = mention.pos - parts.part_of_day_pos
    if 0 < gap <= _PART_BEFORE_CLOCK + len(parts.part_of_day or ""):
        if parts.part_of_day_end < 0:
            return True
        between = parts.part_of_day_tail[: max(0, mention.pos - parts.part_of_day_end)]
        return _PART_TO_CLOCK.fullmatch(between) is not None
    return -_PART_AFTER_CLOCK <= gap < 0


def _combine(
    parts: TemporalParts, now: datetime, title: str, venue: str | None, audience: Audience
) -> EventDraft:
    day = resolve_day(parts, now)
    if day is not None and day == now.date() and _nights_day(parts, day):
        day += timedelta(weeks=1)  # «в ночь на вторник» said on a Tuesday: that night is over
    mention = parts.start_time
    if mention is not None and day is not None and _weekly_clock_elsewhere(parts, mention, day):
        mention = None
    if mention is not None and _part_of_day_beside(parts, mention):
        mention = morning_hour(mention, parts.part_of_day)  # "утром в 7": 07:00
    start_at = mention.at if mention else None
    if parts.instant is not None and parts.instant_grain == "minute" and start_at is None:
        day, start_at = parts.instant.date(), parts.instant.time().replace(second=0, microsecond=0)
    if day is None and start_at is not None and not parts.day_blocked:
        day = now.date() if start_at > now.time() else now.date() + timedelta(days=1)
    if day is None and start_at is None and parts.recur_from is not None and parts.recurrence:
        if parts.recurrence == "daily" and parts.until is not None:
            # "с 13 по 29 апреля ежедневно", no hour: the days of the range, all day
            parts.day_first, parts.day_last, parts.recurrence = parts.recur_from, parts.until, None
        day = parts.recur_from
    recurrence = _recurrence(parts, day)
    if recurrence is not None and day is not None and parts.recur_from is not None:
        day = _first_on_or_after(
            day, _still_to_come(parts.recur_from, parts.until, now), recurrence
        )
    elif recurrence is not None and day is not None and _opens_the_repeat(parts, day):
        day = _first_meeting_from(day, recurrence, parts.weekday)  # «с 9 декабря по вт и чт»
    while (
        recurrence is not None and day is not None and day.weekday() in recurrence.except_weekdays
    ):
        day += timedelta(days=1)  # "ежедневно кроме понедельника" from a Monday: from Tuesday
    if day is None:
        return EventDraft(title=title, start=None, venue=venue, audience=audience, time_known=False)
    if start_at is None:
        last = parts.day_last if parts.day_last and parts.day_last > day else None
        return EventDraft(
            title=title,
            start=_midnight(day),
            end=_midnight(last) if last else None,
            all_day=True,
            time_known=parts.all_day or last is not None,
            venue=venue,
            audience=audience,
            recurrence=recurrence,
        )
    start = datetime.combine(day, start_at)
    if _after_midnight_of_night(parts, day, start_at):
        start += timedelta(days=1)  # "в ночь на 20 декабря в 2:00": the morning of the 20th
    elif _nights_own_clock(parts, mention, day) and start_at >= NIGHT_EVENING_BEGINS:
        start -= timedelta(days=1)  # "в ночь на субботу в 23:00": Friday's evening
    if mention is not None and mention.day_end:  # "12 января в 24:00": the midnight ending it
        start += timedelta(days=1)
    end = _timed_end(parts, start)
    spanned = parts.end_day is not None and end is not None and end.date() == parts.end_day
    if (
        end is not None
        and end.date() > start.date()
        and end - start > MAX_OVERNIGHT
        and not spanned
    ):
        # "с 15 до 14": not a 23-hour event; "с 05:00 до 22:00" is a long day, not a slip
        parts.doubts.add("end_before_start")
        end = None
    return EventDraft(
        title=title,
        start=start,
        end=end,
        venue=venue,
        audience=audience,
        recurrence=recurrence,
    )


NIGHT_MORNING_ENDS = time(6)  # a night's clock before this is after its midnight
NIGHT_EVENING_BEGINS = time(12)  # a night's clock from this is on its evening's day
# what may stand between «в ночь на субботу» and its own clock after it: a comma and up to
# three words or day numbers of the same clause («, начало в 23:00», «дискотека в 23:00»,
# «5 декабря в 23:00»), no other mark
_NIGHT_TO_CLOCK = re.compile(r"(?:\s*,)?\s*(?:(?:[а-яё]+|\d{1,2})\s+){0,3}", re.IGNORECASE)
# «, в субботу в 23:00» between the night and the clock: that clock is that day's own
_OTHER_DAY = re.compile(rf"(?<![а-яё]){WEEKDAY}", re.IGNORECASE)
# its own clock right before it: «в 23:00 в ночь на субботу»
_CLOCK_TO_NIGHT = re.compile(
    r"(?:(?:в|во|с|со|к|около)\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*час[а-я]*)?\s*", re.IGNORECASE
)


def _nights_day(parts: TemporalParts, day: date) -> bool:
    """Whether `day` is the one a «в ночь (с …) на <weekday>» phrase leads into, read from
    a bare weekday (no date, no week named): a weekday written elsewhere is its own day."""
    return (
        parts.night_into
        and parts.day_first is None
        and parts.week_offset is None
        and parts.weekday_mode == "plain"
        and parts.night_weekday == day.weekday()
    )


def _nights_own_clock(parts: TemporalParts, mention: TimeMention | None, day: date) -> bool:
    """Whether the start clock belongs to the «в ночь на X» phrase — written beside it, in
    its clause — and the day read is that X (a weekday of its own or X's date): then an
    evening clock is X's eve. «В субботу в 23:00 дискотека, в ночь на воскресенье — уборка»
    keeps Saturday 23:00 (another day; a clock of another clause)."""
    start, end = parts.night_span
    if not parts.night_into or mention is None or mention.pos < 0 or start < 0:
        return False
    if parts.night_weekday != day.weekday():
        return False
    if mention.pos >= end:
        between = parts.night_tail[: mention.pos - end]
        fits = mention.pos - end <= len(parts.night_tail) and _NIGHT_TO_CLOCK.fullmatch(between)
        return bool(fits) and _OTHER_DAY.search(between) is None
    offset = mention.pos - (start - len(parts.night_head))
    return offset >= 0 and bool(_CLOCK_TO_NIGHT.fullmatch(parts.night_head[offset:]))


def _after_midnight_of_night(parts: TemporalParts, day: date, at: time) -> bool:
    """Whether a start clock `at` on `day` is past the midnight of the post's night: the
    night runs from `day`'s evening to the next morning ("в ночь на 20 декабря", "в ночь с
    31 декабря на 1 января"), and a clock from 00:00 to 05:59 is that morning's ("… в 2:00"
    is 20 December 02:00); an evening clock stays on the evening's date (review48 #3)."""
    return (
        parts.night is not None
        and parts.night[0] == day
        and parts.night[1] == day + timedelta(days=1)
        and at < NIGHT_MORNING_ENDS
    )


def _timed_end(parts: TemporalParts, start: datetime) -> datetime | None:
    if parts.final_end is not None and parts.final_end > start.time():
        return datetime.combine(start.date(), parts.final_end)
    if parts.final_end == time(0) and start.time() > time(0):
        # "завершится в полночь" after an evening start: the midnight closing its day
        return datetime.combine(start.date() + timedelta(days=1), time(0))
    chosen = parts.start_time
    if parts.range_pos >= 0 and chosen is not None and chosen.pos != parts.range_pos:
        opening = next((m for m in parts.times or [] if m.pos == parts.range_pos), None)
        clock = opening is not None and opening.minute_given and opening.at > chosen.at
        elsewhere = 0 <= chosen.pos < parts.range_sentence  # the start's sentence is another
        restated = _restates_the_start(parts, chosen, opening)
        if not restated and (not clock or chosen.prefix == "начало" or elsewhere):
            return None  # the range was another part of the day ("Регистрация с 13 до 14")
        # "выход в 10.20, экскурсия 10.45-11.30": the outing lasts until the range ends
    if parts.end_time is not None:
        if parts.end_day is not None and parts.end_day > start.date():
            return datetime.combine(parts.end_day, parts.end_time)  # "… до 18:00 7 марта"
        end = datetime.combine(start.date(), parts.end_time)
        return end if end > start else end + timedelta(days=1)
    if parts.duration is not None and parts.duration > timedelta(0):
        return start + parts.duration
    return None


def _weekly_clock_elsewhere(parts: TemporalParts, mention: TimeMention, day: date) -> bool:
    """Whether the clock is the weekly programme's and the day another event's: the clock sits
    in the sentence of a weekly repeat ("По четвергам в 16.00 — концерты"), every dated day
    in other sentences, and the day is not the repeat's weekday ("26 января откроется
    выставка. По четвергам и пятницам в 16.00 …"). The clock then times the repeat, never the
    dated day."""
    sentence = parts.recur_sentence
    if sentence is None or parts.weekday is None or day.weekday() == parts.weekday:
        return False
    if day.weekday() in parts.recur_weekdays:  # «По четвергам и пятницам …», a Friday
        return False
    inside = sentence[0] <= mention.pos < sentence[1]
    days_out = bool(parts.day_spans) and all(
        not sentence[0] <= begin < sentence[1] for begin, _end, _first, _last in parts.day_spans
    )
    return inside and days_out


def _restates_the_start(
    parts: TemporalParts, chosen: TimeMention, opening: TimeMention | None
) -> bool:
    """Whether a range read after the chosen start, under a label of the event's time
    ("Время:", "Время проведения:"), opens at that very clock: it restates the start and gives
    its end ("30 апреля с 15:00 … праздник. Время: с 15 до 19 часов"). An unlabelled range,
    or one from another clock, is an item of the programme ("С 11:00 до 13:00 — блицтурнир")."""
    return (
        parts.range_labelled
        and opening is not None
        and opening.at == chosen.at
        and chosen.pos < opening.pos
    )


def _recurrence(parts: TemporalParts, day: date | None) -> Recurrence | None:
    if parts.recurrence is not None:
        skipped = parts.recur_except if parts.recurrence == "daily" else frozenset()
        days = parts.recur_weekdays if parts.recurrence == "weekly" else frozenset()
        return Recurrence(
            freq=parts.recurrence, until=parts.until, except_weekdays=skipped, weekdays=days
        )
    if day is not None and parts.day_last is not None and parts.day_last > day and parts.times:
        if parts.night == (day, parts.day_last):
            return None  # "в ночь на 20 декабря, начало в 22:00": one night, no two evenings
        return Recurrence(freq="daily", until=parts.day_last)  # "12-13 декабря с 10 до 14"
    return None


def _still_to_come(first: date, until: date | None, now: datetime) -> date:
    """Where a repeat written as a span of days starts its meetings: its first day, or today
    (school-local) when that day has passed and the span runs on («Кружок по средам с 2 по 23
    декабря» said on 7 December: from the 9th; the meetings already held are not planned)."""
    today = now.date()
    return today if first < today and until is not None and until >= today else first


def _first_on_or_after(day: date, first: date, recurrence: Recurrence) -> date:
    """The repeat's first occurrence on or after its span's first day: the same weekday for a
    weekly repeat ("по средам с 2 декабря"), the first of its days on or after it for a weekly
    repeat on several days ("по вторникам и четвергам с 3 декабря": Thursday 3rd), the first
    day itself for a daily one."""
    if recurrence.freq != "weekly":
        return max(day, first)
    if recurrence.weekdays:
        return next_on(first - timedelta(days=1), recurrence.weekdays)
    while day < first:
        day += timedelta(weeks=1)
    while day - timedelta(weeks=1) >= first:
        day -= timedelta(weeks=1)
    return day


def _first_meeting_from(day: date, recurrence: Recurrence, weekday: int | None) -> date:
    """The first meeting of a weekly repeat opened by the date `day`: the first of its weekdays
    (`recurrence.weekdays`, or the one `weekday` when it lists one; 0 = Monday) on or after it.
    «с 9 декабря по вторникам и четвергам» (9 December 2026 a Wednesday): Thursday the 10th;
    «с 9 декабря по вторникам»: Tuesday the 15th."""
    days = recurrence.weekdays or (frozenset({weekday}) if weekday is not None else frozenset())
    return next_on(day - timedelta(days=1), days) if days else day


def _opens_the_repeat(parts: TemporalParts, day: date) -> bool:
    """Whether `day` is a date written in the very sentence of a weekly repeat that opens it,
    so that its first meeting is the first repeat day on or after it: with several weekdays any
    such date («Кружок с 9 декабря по вторникам и четвергам»), with one weekday a date after
    «с», «со», «начиная с» or «от» that falls on another weekday («Секция по субботам с 9
    декабря», a Wednesday). A date of another sentence is another event's («15 декабря
    откроется выставка. По средам и субботам …»); a date of the sentence not written as its
    bound («по вторникам, первое занятие 9 декабря») contradicts the weekday (see
    `_repeat_weekday_rival`)."""
    sentence = parts.recur_sentence
    if sentence is None or parts.weekday is None or parts.recurrence != "weekly":
        return False
    if not parts.recur_weekdays and not _written_as_bound(parts, day):
        return False
    return _in_repeat_sentence(parts, day)


def _written_as_bound(parts: TemporalParts, day: date) -> bool:
    """Whether `day` is the first date read and written after a word opening a span."""
    return day == parts.day_first and parts.day_prefix in _OPENING_WORDS


_OPENING_WORDS = frozenset({"с", "со", "начиная", "от"})


def _in_repeat_sentence(parts: TemporalParts, day: date) -> bool:
    """Whether a span of days opening on `day` is written inside the weekly repeat's sentence."""
    sentence = parts.recur_sentence
    return sentence is not None and any(
        sentence[0] <= begin < sentence[1] and first == day
        for begin, _end, first, _last in parts.day_spans
    )


def _repeat_weekday_rival(parts: TemporalParts) -> None:
    """A weekly repeat on one weekday whose sentence also dates a day on another weekday, not as
    its opening («Кружок по вторникам, первое занятие 9 декабря», a Wednesday): one of the two
    is a slip. The doubt `weekday_mismatch`, with the written weekday's day of that week as the
    other choice (`check_weekday`), as for «в среду, 17 декабря» on a Thursday; a date written
    as the repeat's opening («с 9 декабря») moves to the weekday instead (`_opens_the_repeat`)."""
    day = parts.day_first
    if parts.recurrence != "weekly" or parts.recur_weekdays or day is None:
        return
    if _in_repeat_sentence(parts, day) and not _written_as_bound(parts, day):
        check_weekday(parts, day, parts.weekday)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def repeat_over_span(draft: EventDraft) -> EventDraft:
    """A daily repeat over an all-day span of days («стартует 13 февраля и будет проходить
    ежедневно до 25 февраля», «13–25 февраля, ежедневно») is the repeat's range, never the
    length of each meeting: read whole, a daily series of 13-day events ran 40 times into
    the next month (newcomer walk 2026-12-02v, F1). It is the days of the span, as «с 13 по
    25 февраля ежедневно» is read (`_combine`): all day, or — when the time is asked and
    answered «в 11:00» — one meeting a day at that time (drafts.with_time). A repeat that
    skips days («кроме понедельника») stays a daily series of one-day meetings up to the
    span's last day. Any other draft is returned as is."""
    rec = draft.recurrence
    if (
        rec is None
        or rec.freq != "daily"
        or not draft.all_day
        or draft.start is None
        or draft.end is None
        or draft.end.date() <= draft.start.date()
    ):
        return draft
    last = min(rec.until, draft.end.date()) if rec.until is not None else draft.end.date()
    if rec.except_weekdays or rec.except_dates:
        return replace(draft, end=None, recurrence=replace(rec, until=last))
    return replace(draft, end=_midnight(last), recurrence=None)
