"""Reading one event message's parts, everything but its title, from its scanner in order:
what is beside the event (clause numbers, ages, dates replaced, eves, a plain deadline,
opening hours, a stated capacity), a long post's facts (post.prepare_post), a chat line's
asides (a report of today, a phone's hours, side meetings), the reply deadline, Moscow
time, the audience, birth years, the venue and the temporal parts with the day blocked
when it is not trusted. The result, EventRead, is what intents_event.parse_event's later
steps (day, title, draft, checks) complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.core.language.audience import extract_audience
from bot.core.language.birth_years import Born, take_birth_years
from bot.core.language.capacity import extract_capacity, extract_stated_capacity
from bot.core.language.chat_deadline import take_deadline
from bot.core.language.clause_numbers import take_clause_numbers
from bot.core.language.counted_people import take_counted_people
from bot.core.language.deadlines import take_plain_deadline
from bot.core.language.hall_grades import take_hall_grades
from bot.core.language.intents_kinds import take_opening_gathering
from bot.core.language.leftovers import has_words
from bot.core.language.meeting import (
    gathering_span,
    is_meeting_point,
    names_destination,
    trip_destination,
)
from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.named_day_report import on_report_day, report_of_today
from bot.core.language.opening_hours import take_contact_hours, take_opening_hours
from bot.core.language.post import is_long, prepare_post, start_sentence, temporal_view
from bot.core.language.post_ages import take_ages, take_headcounts
from bot.core.language.post_clocks import take_preparation_clocks
from bot.core.language.post_cues import take_eve_days, take_reported_today
from bot.core.language.post_facts import PostFacts
from bot.core.language.post_other_events import take_side_meetings
from bot.core.language.postponed import take_replaced_dates
from bot.core.language.repeat_exceptions import SkippedDays, take_skipped_days
from bot.core.language.sentence_clocks import with_dated_sentence_clock
from bot.core.language.stamped_reports import stamp_moment, take_head_stamp
from bot.core.language.temporal import TemporalParts, extract_temporal
from bot.core.language.times import take_grade_lengths
from bot.core.language.tokens import Scanner
from bot.core.language.told_day import with_year_back
from bot.core.language.venue import extract_venue
from bot.core.language.venue_more import extract_more_venue, with_partner_hall
from bot.core.models import Audience, DayPeriod

# the school's own rooms (venue.py) that a partner's building name turns into its rooms
_SCHOOL_ROOMS = frozenset(
    {"актовый зал", "спортзал", "конференц-зал", "малый зал", "большой зал", "читальный зал"}
    | {"хореографический зал"}  # «в читальном зале библиотеки»: whose hall (newcomer74)
)


@dataclass(slots=True)
class EventRead:
    """One event message as intents_event.parse_event's steps read it, in their order:
    what `read_event` takes from the scanner `sc` (everything but the title), the day's
    choice (intents_event._choose_day: a period named instead of a day, a clock with no
    day), the title and what is left of the venue (_leftover_title, _named_title there) and
    a day-less post's announcing sentence (_choose_when there). Character spans are offsets
    into `sc.text`."""

    sc: Scanner
    facts: PostFacts | None  # a long post's (prepare_post); None for a chat line
    parts: TemporalParts
    moved: tuple[tuple[int, int], list[tuple[int, int]]] | None  # _take_dated_sentence_clock
    ages: tuple[int, int] | None  # years
    hours: list[tuple[int, int]]  # the opening hours' spans
    skipped: SkippedDays
    title_text: str  # the line the concise title is read from (a report beside it blanked)
    reported: list[tuple[int, int]]  # report clauses set aside (their events named)
    deadline: date | None
    moscow: bool
    audience: Audience
    born: Born | None
    venue: str | None
    link: str | None
    unclear_step: bool  # «Сбор в 9:00, начало в 9:40, экскурсия в 11:00»: which is the start?
    capacity: int | None  # people
    period: DayPeriod | None = None
    clock_alone: bool = False
    dateless: tuple[tuple[int, int], str] | None = None
    title: str = ""


def read_event(
    clean: str, original: str, now: datetime, *, unreadable: bool, slipped: bool
) -> EventRead:
    """Everything of `clean` but its title, taken from its scanner in order: what is
    beside the event, a long post's facts, a chat line's asides, the deadline, Moscow time,
    the audience, birth years, the venue, the capacity and the temporal parts."""
    sc = Scanner(clean)
    ages, plain_deadline, hours, stated = _take_asides(sc, original, now)
    skipped = take_skipped_days(sc, now.date())  # «кроме 1 и 2 января»: never the event's day
    facts = prepare_post(sc, now) if is_long(clean) else None
    if facts is None:
        take_head_stamp(sc, now)  # a short paste's «12.03.2024 10:15»: when it was put up
        # «Регистрация с 8.30 до 9.50. В 10.00 начнётся олимпиада»: the desk's, as in a post
        take_preparation_clocks(sc)
    title_text = clean  # the line the title is read from: without a report beside the event's day
    reported: list[tuple[int, int]] = []  # the report clauses set aside (their events named)
    if facts is None:
        title_text, reported = _take_chat_asides(sc, clean, now)
    deadline = _take_event_deadline(sc, facts, plain_deadline, now)
    moscow = facts.moscow_time if facts is not None else take_moscow_time(sc)
    audience = extract_audience(sc)
    born = take_birth_years(sc)  # «2010–2012 г.р.»: grades by the event's day (files74)
    venue, link, unclear_step = _take_venue(sc, facts)
    if venue and audience.is_everyone and (hall_grades := take_hall_grades(sc)):
        audience = Audience(grades=hall_grades)  # "акт зал 7-9": the classes, not the title
    capacity = stated or extract_capacity(sc)
    if facts is None:
        take_headcounts(sc)  # what the capacity rule left: never a time
        take_counted_people(sc)  # «для 40 учеников из гимназии»: whom for, never the title
    written = stamp_moment(clean, now)  # «12.03.2024 10:15 / Сегодня … прошли»: 12 March
    parts, moved = _read_when(sc, facts, written, unreadable=unreadable, slipped=slipped)
    return EventRead(
        sc=sc, facts=facts, parts=parts, moved=moved, ages=ages, hours=hours,
        skipped=skipped, title_text=title_text, reported=reported, deadline=deadline,
        moscow=moscow, audience=audience, born=born, venue=venue, link=link,
        unclear_step=unclear_step, capacity=capacity,
    )  # fmt: skip


def _take_event_deadline(
    sc: Scanner, facts: PostFacts | None, plain: date | None, now: datetime
) -> date | None:
    """The reply deadline's date: a chat line's (chat_deadline.take_deadline, taken from
    `sc`) or else `plain` (a plain deadline read first); a long post's facts are given
    `plain` when they hold none."""
    deadline = take_deadline(sc, now) if facts is None else None
    if facts is not None and facts.deadline is None:
        facts.deadline = plain
    return deadline or plain


def _read_when(
    sc: Scanner, facts: PostFacts | None, now: datetime, *, unreadable: bool, slipped: bool
) -> tuple[TemporalParts, tuple[tuple[int, int], list[tuple[int, int]]] | None]:
    """(the temporal parts, a dated sentence's clock moved: _take_dated_sentence_clock) of
    what `sc` leaves: a year said back taken, a long post's start sentence set, and the day
    blocked when what was read is not trusted (_block_untrusted_day)."""
    parts = extract_temporal(
        temporal_view(sc, facts) if facts is not None else sc, now, periods=False
    )
    if (year_said := with_year_back(parts, sc.text, now.date())) is not None:
        sc.take(*year_said)  # «В прошлом году 14 марта …»: that year, never the title's words
    moved = _take_dated_sentence_clock(parts, sc) if facts is None else None
    if facts is not None:  # "с 1-го по 5-е апреля", read by no dated sentence: the title's
        facts.start_sentence = start_sentence(facts, parts, sc.text, now.date())
        if (report := report_of_today(facts, parts, sc.text, now)) is not None:
            on_report_day(parts, now)  # «Завтра, 3 сентября — День …. А сегодня прошёл …»
            facts.event_sentence, facts.start_sentence = report, None
    _block_untrusted_day(parts, facts, unreadable=unreadable, slipped=slipped)
    return parts, moved


def _take_asides(
    sc: Scanner, original: str, now: datetime
) -> tuple[tuple[int, int] | None, date | None, list[tuple[int, int]], int | None]:
    """Take from `sc` what is beside the event before anything else is read, and return
    (the ages asked, in years; a plain reply deadline's date; the opening hours' character
    spans; the limit on places stated, in people): clause numbers, lessons' lengths, ages,
    dates replaced, eves, the deadline, opening hours and the stated capacity."""
    take_clause_numbers(sc, original)  # «1.1. Конкурс проводится…», «п. 3.2»: clauses
    take_grade_lengths(sc)  # «7–8 классы — 3 часа, 9–11 классы — 4 часа»: before the audience's
    ages = take_ages(sc)
    take_replaced_dates(sc)  # "запланированная на 5 февраля, переносится на 12 февраля"
    take_eve_days(sc)  # «накануне 8 Марта»: the day the event comes before, not its own
    plain_deadline = take_plain_deadline(sc, now)  # "до 15.12 сказать мне", "до четверга"
    hours = take_opening_hours(sc)  # "Часы работы: 10:00–18:00": the doors, not the event
    # the limit on places before a post's head-counts are taken (they would take its number:
    # «Количество мест ограничено — 25 человек», newcomer walk 2026-12-01e #3)
    stated = extract_stated_capacity(sc)
    return ages, plain_deadline, hours, stated


def _take_chat_asides(sc: Scanner, clean: str, now: datetime) -> tuple[str, list[tuple[int, int]]]:
    """Take from a chat line's `sc` a report of today beside a coming day, the phone's
    hours and a side meeting; return (the text the title is read from, the reported
    clauses blanked, and the reported clauses' character spans)."""
    title_text = clean
    reported: list[tuple[int, int]] = []
    if "сегодня" in sc.text:  # a report of today beside a coming day (doubt60)
        # «Сегодня прошёл турнир. Завтра в 15:00 финал.», «… концерт, а 12 марта ярмарка»
        reported = take_reported_today(sc, whole=True)
        for b, e in reported:
            title_text = title_text[:b] + " " * (e - b) + title_text[e:]
    take_contact_hours(sc)  # "Запись по тел. … (с 9 до 17)": the phone's hours
    take_side_meetings(sc, now)  # «… Заседание судейской коллегии 28 декабря.»: the contest's
    return title_text, reported


def _take_dated_sentence_clock(
    parts: TemporalParts, sc: Scanner
) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """Drop from `parts` the clocks standing before a dated sentence's own clock
    (sentence_clocks.with_dated_sentence_clock, in place) and return (the dated sentence's
    span, the dropped sentences' spans; character offsets into `sc.text`), those sentences
    taken from `sc`, when the dated sentence has words left for the title; None otherwise."""
    moved = with_dated_sentence_clock(parts, sc.text)
    if moved is not None and has_words(sc.remainder()[moved[0][0] : moved[0][1]]):
        # «Сегодня в 10:00 начался турнир. Финал 12 декабря в 14:00»: the dated sentence's
        # clock, and its words the title's when it has any left
        for begin, end in moved[1]:
            sc.take(begin, end)
        return moved
    return None


def _take_venue(sc: Scanner, facts: PostFacts | None) -> tuple[str | None, str | None, bool]:
    """Take the event's place from `sc` and return (the venue's display form, an online
    link, whether a chat line's opening gathering leaves its start unclear): a gathering's
    place is the card's 🚩 line, never also its venue; a school room the message names a
    partner for is the partner's (`facts`: a long post's, which reads no link here)."""
    gather = gathering_span(sc.original) if facts is None else None
    unclear_step = gather is not None and take_opening_gathering(sc)  # «Сбор …, экскурсия в 11:00»
    held = bytes(sc.taken[gather[0][0] : gather[0][1]]) if gather else b""
    venue = extract_venue(sc)
    if gather is not None and venue and sc.taken[gather[0][0] : gather[0][1]] != held:
        venue = None  # «…, сбор в актовом зале в 10:30»: the card's 🚩 line, never also its 📍
    venue = with_partner_hall(sc, venue, _SCHOOL_ROOMS)  # "в актовом зале КГТУ": not the school's
    more_venue, link = extract_more_venue(sc) if facts is None else (None, None)
    gathered = gather is not None and more_venue is not None and more_venue in gather[1]
    if gathered and names_destination(sc.original):  # «Поездка в Казань …. Сбор у школы в
        more_venue = None  # 7:00»: the 🚩 line's place, not where the trip goes
    place = venue or more_venue
    if facts is None and (place is None or is_meeting_point(place)):
        # «Сбор у школы в 7:00, выезд в Казань»: the trip's place is where it goes (parse77)
        place = trip_destination(sc.original) or place
    return place, link, unclear_step


def _block_untrusted_day(
    parts: TemporalParts, facts: PostFacts | None, *, unreadable: bool, slipped: bool
) -> None:
    """Mark `parts`' day as asked (`day_blocked`) when what was read is not trusted: a day
    written but not read, a slipped date, a post whose only dates are not the event's, or
    a post naming a time but no day."""
    if unreadable and parts.day_first is None:
        parts.day_blocked = True  # "5 мартобря в 15:00": a day was written but not read
    if slipped:  # "1 5 декабря": 5 or 15 December — whatever was read is not trusted
        parts.day_first = parts.day_last = None
        parts.day_blocked = True
    if facts is not None and facts.hidden and not parts.has_day and parts.recur_from is None:
        # a post whose only dates are not the event's: ask, never today (a daily repeat's
        # span, «с 8 по 14 июня … ежедневно с 10:00», names its days)
        parts.day_blocked = True
    if facts is not None and not parts.has_day and parts.recurrence is None and parts.times:
        # a pasted post naming a time but no day («Олимпиада начнётся в 10:00»): a report of
        # some day the reader knew, not today or tomorrow by default — the day is asked
        parts.day_blocked = True
