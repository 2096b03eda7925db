"""A draft read from a long post gets the post's facts: concise title, venue, deadline,
online link, and times given in Moscow time moved to the school's zone."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from bot.core.language.audience import parents_meeting, parents_meeting_audience
from bot.core.language.begun_runs import begun_this_year
from bot.core.language.calendar import MONTH, month_number
from bot.core.language.clock_bounds import broadcast_clock, clock_after_bound
from bot.core.language.closing_time import closing_end
from bot.core.language.dateless_post import begun_sentence
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.end_day import ends_on_its_day
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.going_runs import going_before
from bot.core.language.headline_day import headline_day
from bot.core.language.headline_pair import paired_rival
from bot.core.language.lowered import finditer_i, lower, lowered, search_i
from bot.core.language.morphology import lemma, to_genitive
from bot.core.language.notices import without_notices
from bot.core.language.occasion_day import occasion_day
from bot.core.language.places import post_venue
from bot.core.language.post_clocks import OPENING
from bot.core.language.post_facts import PostFacts
from bot.core.language.prefilter import may_match
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.report_ahead import reported_before
from bot.core.language.report_next import reported_before_next
from bot.core.language.report_nowadays import reported_days
from bot.core.language.report_results import reported_results
from bot.core.language.report_today import reported_today
from bot.core.language.sentences import sentence_at
from bot.core.language.start_doubts import (
    after_preparation,
    clock_apart,
    daily_clock,
    earlier_span_from,
    enclosing_span,
    end_elsewhere,
    foreign_clock,
    has_daily_hours,
    headline_stage,
    named_span,
    opened_span,
    opening_row_apart,
    other_starts,
    programme_days,
    programme_start,
    short_slot,
    stamp_clock,
    stamp_day,
    start_elsewhere,
    starting_span,
    weekly_clock,
)
from bot.core.language.title import MAX_TITLE, concise_title
from bot.core.language.title_apposed_name import with_apposed_name
from bot.core.language.title_dated_days import other_day_clauses, own_named
from bot.core.language.title_discourse import discourse_event
from bot.core.language.title_enrich import enriched
from bot.core.language.title_generic_subject import named_after_generic
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.title_headline import headline_event
from bot.core.language.title_held import held_title, opening_held
from bot.core.language.title_mention import with_mention
from bot.core.language.title_occasion import occasion_event
from bot.core.language.title_quoted_subject import with_held_quote
from bot.core.language.title_shape import well_formed
from bot.core.language.title_timed import timed_event
from bot.core.language.title_words import KIND, kind_key
from bot.core.language.told_past import told_in_past
from bot.core.models import Audience, EventDraft, Recurrence

MOSCOW = ZoneInfo("Europe/Moscow")
GENERIC_SUBJECT = True  # title77: a generic dated subject is named by the next sentence
HELD_QUOTE = True  # title77: a quoted name a verb of holding holds is the event
SCHOOL_ZONE = ZoneInfo("Europe/Kaliningrad")  # the project's default BOT_TZ


def with_post_facts(
    draft: EventDraft, facts: PostFacts, text: str, now: datetime, zone: ZoneInfo = SCHOOL_ZONE
) -> EventDraft:
    """The draft with what the long post adds (see post.py for how the facts are found): its
    title and venue, its year when begun this year, its span, its sessions and zone, and the
    other days offered beside the start (each step below, in this order)."""
    # a part's day inside a run told going on before it («проходит месячник, который
    # продлится до 8 октября. … 21 сентября пройдёт День …»): the run from the post's day,
    # named by its own sentence (going_runs.py)
    elsewhere = _other_day_clauses(draft, facts, text)
    going = _going_before(draft, facts, text, now) if _open_ended(draft) else None
    draft = _titled(draft, facts, text, elsewhere, run_part=going == "run")
    draft = _begun_this_year(draft, facts, text, now)
    draft = _with_span(draft, facts, text, now, going)
    stage_days = _stages_asked(draft, facts.later_stages, text)
    draft = _with_zone_and_starts(draft, facts, text, zone)
    return _with_rival_days(draft, facts, text, now, stage_days)


def _titled(
    draft: EventDraft,
    facts: PostFacts,
    text: str,
    elsewhere: tuple[tuple[int, int], ...],
    *,
    run_part: bool,
) -> EventDraft:
    """The draft with the post's title (read from the sentence the start was read in, or the
    run's own when the day is a part of a run told going on: `run_part`; never from the
    clauses dated with another day, `elsewhere`), its venue, deadline, online link and
    audience."""
    read = facts.event_sentence or facts.start_sentence  # where the start was read
    read = facts.until_sentence if run_part else read
    if read is None and draft.start is None:  # a report whose only day was told in the past
        read = facts.past_sentence
    clock = None if draft.start is None or draft.all_day else draft.start.time()
    title = concise_title(text, read, elsewhere=elsewhere, clock=clock)
    title = title or without_notices(draft.title)[:MAX_TITLE]
    if title:
        # "Сегодня отмечают День космонавтики … Игра будет проходить в 13:30": a named day
        # is the occasion; the clause giving the start's time names the event held then
        title = (
            timed_event(text, title, facts.sentences, facts.dated, draft.start, draft.all_day)
            or occasion_event(text, read, title)  # "отмечается День …": what is held on it
            or title
        )
    if read is None and draft.start is None:  # no day: a run told begun is today's (parse72)
        read = begun_sentence(text)  # «Стартовала смена …»: the same question, which event
    title = held_title(text, read, title)  # the event the start's clause says is held then
    title = (opening_held(text, read, title) or title) if title else title  # "В школе прошёл …"
    # the start's sentence's event over a title read from another part of the post (title78)
    title = (discourse_event(text, read, title) or title) if title else title
    title = (headline_event(text, read, title) or title) if title else title
    if GENERIC_SUBJECT and title:  # "Мероприятие пройдёт … В рамках фестиваля …"
        title = named_after_generic(text, read, title) or title
    if HELD_QUOTE and title:  # "пройдёт традиционный «Детский день»": the name is the event
        title = with_held_quote(text, read, title) or title
    title = with_mention(text, title, elsewhere) if title else title  # the inviter's event, a
    # mention's name (never another day's)
    title = (with_apposed_name(text, title) or title) if title else title  # "праздник Науруз"
    day = draft.start.date() if draft.start is not None else None
    title = enriched(text, title, day) if title else title  # name, occasion, holiday
    venue = post_venue(text, facts.event_sentence) or draft.venue
    if venue is None and facts.online:
        venue = "онлайн"
    title = _visit_title(text, title, venue, facts.event_sentence) or title
    title = well_formed(title, text) if title else title  # a fragment cut to a noun phrase
    return replace(
        draft,
        title=title,
        venue=venue,
        deadline=facts.deadline,
        online_url=facts.online_url,
        audience=_parents_of(draft, title),
    )


def _begun_this_year(draft: EventDraft, facts: PostFacts, text: str, now: datetime) -> EventDraft:
    """The draft with its start in this year, and no doubt of a year ahead, when its sentence
    says it began and goes on («Конкурс стартовал 3 марта. Он продлится до 24 марта»,
    begun_runs.begun_this_year); the draft itself otherwise."""
    if draft.start is not None and facts.event_sentence is not None:
        # «Конкурс стартовал 3 марта. Он продлится до 24 марта»: begun this year, going on
        back = begun_this_year(
            draft.start.date(), facts.until, text[slice(*facts.event_sentence)], now.date()
        )
        if back is not None:  # its year is no guess: the doubts of a year ahead go
            start = draft.start.replace(year=back.year)
            kept = set(draft.doubts) - {"other_year", "year_guessed"}
            found = kept | timing_doubts(start, draft.all_day, now, rolled_year=False)
            draft = replace(draft, start=start, doubts=ordered(found))
    return draft


def _with_span(
    draft: EventDraft, facts: PostFacts, text: str, now: datetime, going: str | None
) -> EventDraft:
    """The draft's end (and a run part's start: today) from what the post says of its
    span: lasting until a day (facts.until; not when `going` is "process", a preparation
    going on), each day's hours up to a last day, a final day, a count of days, and the
    later sessions (facts.later_sessions)."""
    run_part = going == "run"
    joined = going != "process"  # «идёт подготовка …, которая продлится до …»: not its end
    if _open_ended(draft) and joined and facts.until and facts.until > draft.start.date():  # type: ignore[union-attr]
        # "С 13 октября … Состязания продлятся до 6 декабря"; a run's part: from today
        first = datetime.combine(now.date(), time()) if run_part else draft.start
        draft = replace(draft, start=first, end=datetime.combine(facts.until, time()))
    elif (
        facts.until
        and _day_hours(draft)
        and facts.until > draft.start.date()  # type: ignore[union-attr]
        and _hours_written(text, facts.until_sentence, draft)
    ):
        # «открылась 19 января … доступна для осмотра по 31 января с 14.00 до 19.00»: the
        # hours are each day's, the thing runs from its day to the last (labels: all day)
        draft = _running_until(draft, facts.until)
    final = facts.final_day  # "28-29 мая … А 30 мая решится исход турнира": it ends then
    if final and draft.all_day and draft.end is not None and draft.end.date() < final:
        draft = _until_final(draft, final)
    days = _days_long(text, facts.event_sentence)
    if _open_ended(draft) and draft.start is not None and days > 1:
        # "стартует двухдневный турнир": the event lasts that many days from its first
        draft = replace(draft, end=draft.start + timedelta(days=days - 1))
    if facts.later_sessions and draft.start is not None:
        draft = with_later_sessions(draft, facts.later_sessions)
    return draft


def _with_zone_and_starts(
    draft: EventDraft, facts: PostFacts, text: str, zone: ZoneInfo
) -> EventDraft:
    """The draft moved from Moscow time to `zone` when the post says so, and doubted for
    several times of day (facts.several_slots) or given the other starts its text names."""
    if facts.moscow_time:
        draft = in_school_zone(draft, zone)
    if facts.several_slots and draft.start is not None and not draft.all_day:
        draft = replace(draft, doubts=ordered({*draft.doubts, "several_times"}))
    elif draft.start is not None and not draft.all_day and not draft.sessions:
        low = lower(text)
        others = other_starts(low, draft.start) or after_preparation(low, draft.start)
        draft = with_other_starts(draft, others)
    return draft


def _with_rival_days(
    draft: EventDraft, facts: PostFacts, text: str, now: datetime, stage_days: list[date]
) -> EventDraft:
    """The draft with the other days the post may mean offered beside its start (choices,
    doubt "several_dates"): the rivals the post's reading kept, the stages' days asked
    (`stage_days`), a headline's stage, each of several events' days, a report's days; a
    post under its own date line offers the days ahead, or asks the day when it has none."""
    rivals = _rivals(draft, facts, text, now, stage_days)
    picked = draft.start.date() if draft.start is not None else None
    stamped = not rivals and picked is not None and stamp_day(lower(text), picked, now)
    if stamped:  # «Ярмарка профессий 14.12.26»: the item's date line; the days ahead are offered
        ahead = (w[1] for w in facts.weighed if w[1] is not None and w[1] > now.date())
        rivals = [d for d in dict.fromkeys(ahead) if d != picked]
    if rivals and draft.start is not None:
        at = draft.start.time()
        own = (_own_time(text, d, at, facts) for d in rivals)
        choices = (draft.start, *(datetime.combine(d, t) for d, t in zip(rivals, own, strict=True)))
        draft = replace(draft, choices=choices, doubts=ordered({*draft.doubts, "several_dates"}))
    elif stamped:  # a report under its date line: no day ahead to offer, the day is asked
        draft = replace(draft, doubts=ordered({*draft.doubts, "several_dates"}))
    return draft


def _rivals(
    draft: EventDraft, facts: PostFacts, text: str, now: datetime, stage_days: list[date]
) -> list[date]:
    """The days offered beside the draft's start, in order, none of them the start's day nor
    past (but a run's first day still held): see _with_rival_days."""
    rivals = [d for d in facts.rivals if draft.start is None or d != draft.start.date()]
    rivals += [d for d in stage_days if d not in rivals]
    if facts.event_sentence is not None and draft.start is not None and not rivals:
        # «Приглашаем … в региональном этапе!» while the pick is the school stage's day
        low = lower(text)
        named = headline_stage(low, facts.sentences, facts.event_sentence, draft.start.date(), now)
        if named is None:  # «Открытие … состоится 6 марта» headed and repeated, another pick
            last = draft.end.date() if draft.end is not None else draft.start.date()
            named = headline_day(facts, draft.start.date(), last, now)
        if named is None:  # «Стала известна дата выпускных и последних звонков»: each dated
            named = paired_rival(low, facts, draft.start.date(), now)
        rivals += [named] if named is not None else []
    if draft.start is not None and _names_several_events(text):
        # «В Кирове пройдут два фестиваля»: each event's day is a rival of the pick
        rivals += [w[1] for w in facts.weighed if w[1] is not None and w[1] not in rivals]
        rivals = [d for d in rivals if d != draft.start.date()]
    # «12 декабря 2025 … была»: never offered, but the first day of a run still held
    rivals = [d for d in rivals if d >= now.date() or d == facts.run_day]
    if not rivals and facts.told and not facts.weighed and draft.start is not None:
        # «5 декабря … провели праздник. … Сегодня чтение — не только учёба …»: the
        # report's days, offered beside a «сегодня» that says «these days»
        rivals = reported_days(lower(text), facts, draft.start.date(), now)
    if not rivals and draft.start is not None and not draft.doubts:
        # «10 апреля прошёл урок … 11 апреля пройдёт ещё один»: the report's day is offered
        told = reported_before(lower(text), facts, draft.start.date(), now)
        if told is None:  # «турнир состоялся … Сегодня тридцать участников»: the post's day
            told = reported_today(lower(text), facts, draft.start.date(), now)
        if told is None:  # «13 октября прошёл смотр-конкурс … Итоги … объявлены 26 октября»
            told = reported_results(lower(text), facts, draft.start.date(), now)
        if told is None:  # «10 апреля прошёл урок … 11 апреля пройдёт ещё один урок»
            told = reported_before_next(lower(text), facts, draft.start.date(), now)
        rivals = [told] if told is not None else []
    if facts.final_day and draft.end is not None and draft.end.date() == facts.final_day:
        rivals = [d for d in rivals if d != facts.final_day]  # the final: the span's last day
    return rivals


# a count of two to four before a noun of its own (the noun's lemma an event's kind word:
# «пройдут два фестиваля», «ждут три концерта», «две встречи»)
_COUNTED = compile_with_scan(r"(?<![а-яё])(?:два|две|три|четыре)\s+([а-яё]{4,})(?![а-яё])")
_HEAD_CHARS = 300  # characters: the post's headline and its first sentences
# kinds counted as lengths or as parts of one event («два дня», «три занятия», «две смены»)
_LENGTH_KINDS = frozenset(
    {"день", "неделя", "декада", "час", "смена", "каникулы", "месячник", "занятие", "урок"}
    | {"тренировка", "программа", "сбор", "открытие", "закрытие", "испытание", "чтение"}
)


def _names_several_events(text: str) -> bool:
    """Whether the post's head counts the events it announces (two to four of one kind:
    «В Кирове пройдут два фестиваля», «Школьников ждут три концерта»): each dated sentence
    may be one of them, so the days are offered (`several_dates`), never one kept unsaid."""
    low = lower(text)  # the post lowered once, shared
    if not may_match(_COUNTED, low, 0, _HEAD_CHARS):  # no «два», «две», «три», «четыре»
        return False
    for m in _COUNTED.finditer(low, 0, _HEAD_CHARS):
        kind = lemma(m.group(1))
        if kind in EVENT_LEMMAS and kind not in _LENGTH_KINDS:
            return True
    return False


def _other_day_clauses(
    draft: EventDraft, facts: PostFacts, text: str
) -> tuple[tuple[int, int], ...]:
    """The clauses of the post dated with another day than the draft's start (its span and
    sessions are its own days): their kinds are other events (title_dated_days.py)."""
    if draft.start is None or not facts.dated:
        return ()
    first = draft.start.date()
    last = draft.end.date() if draft.end is not None and draft.end > draft.start else first
    low, high = facts.event_span  # "с 1 декабря по 20 января … с 10 до 15": the span's days
    first = min(first, low) if low is not None else first
    last = max(last, high) if high is not None else last
    sessions = [at.date() for at, _ in draft.sessions]
    clauses = other_day_clauses(text, facts.sentences, facts.dated, first, last, sessions)
    return own_named(with_guillemets(text), facts.event_sentence, clauses)


# «22 декабря в 15:00 …», «12.09.2017 г. с 16.00 …»: a day written out or in figures (with
# its year: «12.09» alone may be a clock) and the clock time after it in its sentence
_WRITTEN_DAY = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({MONTH})"
    r"|(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:19|20)?\d\d(?![\d.:])(?:\s*(?:г\.|года|году|г\b))?",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"[^.!?\n]*?(?<![а-яё])(?:в|с)\s+(\d{1,2})[:.](\d{2})(?!\d)", re.I)


def _own_time(text: str, day: date, at: time, facts: PostFacts) -> time:
    """The clock time written after `day` in its own sentence («Также 22 декабря в 15:00
    родительское собрание», «Судейская коллегия состоится 12.09.2017 г. с 16.00»), else the
    one clock of the sentence the post's reading weighed for that day (before the date, with
    no «в», in a date without its year) or of the dateless sentence after it («Начало в
    17.00»: `_sentence_clock`), else `at` (the picked start's time): a rival day offered as a
    button never carries the other day's time (attack v, #20: «22 декабря, 10:00»; walk v,
    F4; conv45)."""
    written = _written_time(text, day) or _sentence_clock(text, day, facts)
    return at if written is None else written


# a clock time in a post («17.00», «в 17:00»); a date's «15.12» also reads so, and is left
# out by the date phrases the reading kept (PostFacts.dated)
_CLOCK = compile_with_scan(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:]|\.\d)")
_RANGE_FROM = re.compile(r"(?:^|\s)с\s*$")
_UNTIL = re.compile(r"(?:^|\s)до\s*$")


def _sentence_clock(text: str, day: date, facts: PostFacts) -> time | None:
    """The clock of `day`'s own sentence: the first sentence weighed with `day` as its first
    day, and the sentences after it that hold no date up to the paragraph's end. Its one
    clock time (a range «с 17.00 до 18.00» gives its first), None when it holds none or
    several."""
    found = next(((b, e) for _, d, b, e in facts.weighed if d == day), None)
    if found is None:
        return None
    begin, end = found
    later = [b for _, _, b, _ in facts.weighed if b >= end] + [
        d for d, _, _, _ in facts.dated if d >= end
    ]
    line_end = text.find("\n", end)
    stop = min([*later, line_end if line_end != -1 else len(text)])
    dates = [(b, e) for b, e, _, _ in facts.dated]
    clocks = [
        m
        for m in _CLOCK.finditer(text, begin, max(stop, end))
        if not any(b <= m.start() < e for b, e in dates)
        and not _UNTIL.search(text, max(0, m.start() - 4), m.start())  # «до 16.00»: an end
    ]
    distinct = list(dict.fromkeys((int(m.group(1)), int(m.group(2))) for m in clocks))
    if len(distinct) == 1 or (
        len(distinct) == 2
        and _RANGE_FROM.search(text, max(0, clocks[0].start() - 4), clocks[0].start())
    ):
        return time(*distinct[0])
    return None


def _written_time(text: str, day: date) -> time | None:
    """The clock time written after `day` in its own sentence (see _own_time), or None."""
    for found in finditer_i(_WRITTEN_DAY, text):
        if found.group(1) is not None:
            written = (int(found.group(1)), month_number(found.group(2)))
        else:
            written = (int(found.group(3)), int(found.group(4)))
        if written != (day.day, day.month):
            continue
        clock = _CLOCK_AFTER.match(text, found.end())
        if clock is not None and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
            return time(int(clock.group(1)), int(clock.group(2)))
    return None


def _until_final(draft: EventDraft, final: date) -> EventDraft:
    """The all-day draft running until its contest's final; the final's day, offered as
    another start beside the span's first («а 26 мая … состоится финал»), is no rival any
    more: it is the event's last day."""
    choices = tuple(c for c in draft.choices if c.date() != final)
    doubts = draft.doubts
    if len(choices) < 2:
        choices, doubts = (), tuple(d for d in doubts if d != "several_dates")
    return replace(draft, end=datetime.combine(final, time()), choices=choices, doubts=doubts)


def with_other_starts(draft: EventDraft, others: list[datetime]) -> EventDraft:
    """The draft asking which of several announced starts is its own ("Начало площадки:
    11:00. Начало диктанта: 12:00."): the pick first, then the others, as choices with the
    doubt `several_times`; an end that is one of the announced starts is no end."""
    if not others or draft.start is None:
        return draft
    end = None if draft.end is not None and draft.end in others else draft.end
    doubts = ordered({*draft.doubts, "several_times"})
    return replace(draft, end=end, choices=(draft.start, *others), doubts=doubts)


def with_later_sessions(draft: EventDraft, later: list[datetime]) -> EventDraft:
    """The draft listing the later sessions of its programme beside its first (its start):
    ("23 апреля в 20:00 …", "24 апреля в 20:00 …"); sessions already listed are kept."""
    first = draft.sessions or ((draft.start, draft.end),)
    known = {s for s, _ in first}
    extra = tuple((at, None) for at in later if at not in known)
    return replace(draft, sessions=tuple(sorted((*first, *extra), key=lambda s: s[0])))


def _stages_asked(
    draft: EventDraft, stages: list[tuple[date, date | None]], text: str
) -> list[date]:
    """The first days of the later stages a timed draft cannot list as its sessions: a stage
    of several days, or one whose day is written with no clock of its own («Финал — 20
    апреля»): they are offered as rivals (`several_dates`), never dropped unsaid, nor given
    the first stage's clock (see with_later_stages)."""
    if draft.start is None or draft.all_day:
        return []
    return [day for day, last in stages if last is not None or _written_time(text, day) is None]


def with_later_stages(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """The draft of a competition held in stages (its start: the first stage's; post.py
    `later_stages`) with each later stage as a session: an all-day draft lists each stage
    whole (a range: midnight of its first day to midnight of its last, inclusive), a timed
    draft a one-day stage at the clock written after its day (the others are asked:
    _stages_asked). A draft whose day or span is asked already (`span_cut`, other choices)
    is left as it is: the question comes first (newcomer walk 2026-12-03aa, Z14: «Основной
    тур 12 — 19 апреля» lost without a word). `text`: the normalised post."""
    if facts is None or not facts.later_stages or draft.start is None:
        return draft
    if draft.choices or "span_cut" in draft.doubts:
        return draft
    first: tuple[tuple[datetime, datetime | None], ...] = draft.sessions or (
        (draft.start, draft.end),
    )
    known = {s.date() for s, _ in first}
    extra: list[tuple[datetime, datetime | None]] = []
    for day, last in facts.later_stages:
        clock = _written_time(text, day)
        if day in known or (not draft.all_day and (last is not None or clock is None)):
            continue
        if draft.all_day:
            end = datetime.combine(last, time()) if last else None
            extra.append((datetime.combine(day, time()), end))
        elif clock is not None:
            extra.append((datetime.combine(day, clock), None))
        known.add(day)
    if not extra:
        return draft
    return replace(draft, sessions=tuple(sorted((*first, *extra), key=lambda s: s[0])))


def without_slot_end(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A draft of an event spanning several days whose time came from its programme ("с 18 по
    23 марта" … "14:00 – 16:30 – регистрация"): the slot's end is not the event's, so the end
    is left open (the sessions keep their slots). A slot whose range holds every clock of
    the post («10:00-18:00 – работа фотовыставки; 12:00-15:00 – …; 15:00 – …») frames the
    day's programme: its end is the event's (starts45). `text`: the post."""
    if facts is None or not facts.programme_times or draft.end is None or draft.start is None:
        return draft
    if draft.all_day or draft.end.date() != draft.start.date():
        return draft
    if _frames_every_clock(text, draft.start.time(), draft.end.time()):
        return draft
    first, last = facts.event_span
    close = (
        _programme_close(text, draft.start.time()) if first is not None and first == last else None
    )
    if close is not None:  # one day's programme of ranges, the first opening it
        return replace(draft, end=datetime.combine(draft.start.date(), close))
    return replace(draft, end=None)


# a range of clocks, «12:00–15:00»: its first and last clock
_POST_RANGE = compile_with_scan(
    r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:])"
)


def _programme_close(text: str, first: time) -> time | None:
    """The end of one day's programme written as ranges of clocks that follow on from
    `first` without a gap («12:00–15:00 — квест; 12:00–13:00 и 14:00–15:00 — экскурсия;
    13:00–17:00 — презентация»: 17:00), when every clock of `text` lies from `first` to that
    end (three clocks at least): the day runs from its first slot to its last one's end
    (starts47). None otherwise (a gap between the ranges, a clock outside them)."""
    clocks = [time(int(m.group(1)), int(m.group(2))) for m in _POST_CLOCK.finditer(text)]
    if len(clocks) < 3:
        return None
    ranges = sorted(
        (time(int(m.group(1)), int(m.group(2))), time(int(m.group(3)), int(m.group(4))))
        for m in _POST_RANGE.finditer(text)
    )
    close = first
    for begin, end in ranges:
        if begin > close:
            break
        close = max(close, end)
    if close == first or not all(first <= c <= close for c in clocks):
        return None
    return close


_POST_CLOCK = compile_with_scan(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:])")


def _frames_every_clock(text: str, first: time, last: time) -> bool:
    """Whether every clock written in `text` lies from `first` to `last` (three at least)."""
    clocks = [time(int(m.group(1)), int(m.group(2))) for m in _POST_CLOCK.finditer(text)]
    return len(clocks) > 2 and all(first <= c <= last for c in clocks)


def with_closing_end(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's one-day timed event ending at its closing's clock («В 16.00 – церемония
    награждения и закрытие соревнований»; closing_time.py): an event held over several
    days, or in sessions, is left as it is (its closing is on its last day)."""
    if facts is None or draft.start is None or draft.all_day:
        return draft
    if draft.recurrence is not None or draft.sessions:
        return draft
    end = closing_end(draft.start, draft.end, text)
    return draft if end == draft.end else replace(draft, end=end)


def with_end_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's timed one-day draft whose end came from outside the event's sentence and
    its block (start_doubts.end_elsewhere: another part's range, a programme slot's end, the
    next row of a table) gets the time doubt `end_elsewhere`: the bot asks the time instead
    of saving a guessed end. `text`: the normalised post the facts' spans index."""
    if facts is None or facts.event_sentence is None or draft.start is None:
        return draft
    if draft.end is None or draft.all_day:
        return draft
    if facts.programme_times and _frames_every_clock(text, draft.start.time(), draft.end.time()):
        return draft  # «10:00-18:00 – …» above the day's other slots: the day's frame
    span = (facts.sentences, facts.event_sentence, draft.start, draft.end)
    if not end_elsewhere(text, *span, moscow_time=facts.moscow_time):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "end_elsewhere"}))


def with_opened_span(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's timed one-day draft read from the opening of something whose span of
    days an earlier sentence names, the opening on its first day (start_doubts.opened_span:
    «С 18 ноября 2024 г. по 5 января 2025 … выставка …» then «Открытие выставки — 18 ноября в
    15.00»): the draft becomes that span, all day (its first to its last day, inclusive); the
    opening's end (an excursion's «45 минут» …) and programme go with the one day. A draft
    with sessions, choices or a repetition is left as it is. `text`: the normalised post the
    facts' spans index; `now`: naive school-local time the post was read at."""
    if facts is None or facts.event_sentence is None or draft.start is None or draft.all_day:
        return draft
    if draft.sessions or draft.choices or draft.recurrence is not None:
        return draft
    if draft.end is not None and draft.end.date() != draft.start.date():
        return draft
    span = opened_span(text, facts.sentences, facts.event_sentence, draft.start.date(), now)
    if span is None:
        return draft
    first, last = (datetime.combine(d, time()) for d in span)
    doubts = tuple(d for d in draft.doubts if d != "end_elsewhere")  # the one day's end, gone
    return replace(draft, start=first, end=last, all_day=True, programme=(), doubts=doubts)


def with_start_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's timed draft whose start clock is written only at the head of programme
    lines (start_doubts.programme_start: «13.30 - 16.00 - ориентирование на местности» under
    «1 июля (пятница)»), or while a programme line names the event's beginning at another
    clock (start_doubts.opening_row_apart: «09.00 - Начало олимпиады», doubt78), gets the
    time doubt `several_times`: the bot asks which clock is the event's instead of saving a
    slot's. A draft with sessions, choices, a series or a time doubt already is left as it
    is. `text`: the normalised post."""
    if facts is None or draft.start is None or draft.all_day:
        return draft
    if draft.sessions or draft.choices or draft.recurrence is not None:
        return draft
    if _TIME_ASKED.intersection(draft.doubts):
        return draft
    elsewhere = facts.event_sentence is not None and start_elsewhere(
        lower(text), facts.sentences, facts.event_sentence, draft.start
    )  # «3 ноября … акция» and its parts' clocks in other sentences: one part's taken
    if not (
        elsewhere
        or programme_start(text, draft.start)
        or opening_row_apart(text, draft.start)  # «09.00 - Начало олимпиады» beside 08:15
    ):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "several_times"}))


def with_stamp_doubt(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's timed draft whose start clock is written only in the post's head, on a
    publication line (start_doubts.stamp_clock: «20.11.2026 (12:40)» above the headline, the
    event on 28 November) gets the time doubt `stamp_time`: the bot asks the time instead of
    saving the moment the news item was put up. A draft with sessions, choices, a series or a
    time doubt already is left as it is. `text`: the normalised post; `now`: naive
    school-local time the post was read at."""
    if facts is None or draft.start is None or draft.all_day:
        return draft
    if draft.sessions or draft.choices or draft.recurrence is not None:
        return draft
    if _TIME_ASKED.intersection(draft.doubts) or not stamp_clock(text, draft.start, now):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "stamp_time"}))


def with_weekly_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's timed one-off draft whose start clock is written only in other
    sentences than the event's, each naming a weekly schedule (start_doubts.weekly_clock:
    «16 декабря … откроется выставка» and «По средам и субботам в 15:00 … экскурсии»): when
    the schedule's weekdays leave out the event's day («12 декабря устроит ярмарку», a
    Saturday, and «приём … по будням с 9:00 до 15:00») the clock is not that day's at all and
    the draft is the day, all day; otherwise it gets the time doubt `weekly_time` — the bot
    asks the time instead of saving a repeated programme's hour as the event's start (a
    draft with a time doubt already keeps its question). The clock is dropped only when it
    stands in the schedule's own clause; where that is unsure weekly_clock gives all seven
    days, so the time is asked (fixparse47). A draft with sessions is left as it is.
    `text`: the normalised post the facts' spans index."""
    if facts is None or facts.event_sentence is None or draft.start is None or draft.all_day:
        return draft
    if draft.sessions:
        return draft
    clock = (draft.start.hour, draft.start.minute)
    days = weekly_clock(lower(text), facts.sentences, facts.event_sentence, clock)
    if days is None:
        return draft
    one_day = draft.recurrence is None and (
        draft.end is None or draft.end.date() == draft.start.date()
    )
    if one_day and draft.start.weekday() not in days:  # its time doubts were about that clock
        day = datetime.combine(draft.start.date(), time())
        doubts = tuple(d for d in draft.doubts if d not in _TIME_ASKED)
        return replace(draft, start=day, end=None, all_day=True, doubts=doubts)
    if _TIME_ASKED.intersection(draft.doubts):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "weekly_time"}))


def with_apart_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's all-day draft (one day or a span, no sessions, no series) while a
    sentence naming no day says the start's clock with a bare start noun («С 28 февраля по
    1 марта будет проходить первенство … Турнир пройдёт на базе школы, начало в 11.00»:
    start_doubts.clock_apart) gets the time doubt `clock_apart`: the event has a clock the
    days read left out, so the bot asks the time instead of saving it all day (doubt64: on
    the tuned sets one silent wrong start caught, no right start asked). A draft with a
    time doubt already keeps its question. `text`: the normalised post."""
    if facts is None or draft.start is None or not draft.all_day:
        return draft
    if draft.sessions or draft.recurrence is not None or _TIME_ASKED.intersection(draft.doubts):
        return draft
    if not clock_apart(text, facts.sentences):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "clock_apart"}))


def with_end_day_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's one-day draft (no sessions, no series, no day doubt yet) whose day was
    read from a sentence saying the event ends then («Олимпиада стартовала 13 сентября …
    Школьный этап завершится 29 октября»: end_day.ends_on_its_day) gets the date doubt
    `end_day`: the day written is the event's last, so its first is asked (doubt72: on the
    tuned sets one silent wrong start caught, no right start asked). `text`: the normalised
    post."""
    if facts is None or draft.start is None or draft.sessions or draft.recurrence is not None:
        return draft
    if draft.end is not None and draft.end.date() != draft.start.date():
        return draft
    if _DAY_ASKED.intersection(draft.doubts) or {"span_cut", "past"}.intersection(draft.doubts):
        return draft
    sentence = facts.event_sentence or facts.start_sentence
    if sentence is None or not ends_on_its_day(lower(text[sentence[0] : sentence[1]])):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "end_day"}))


def with_side_day_doubt(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's all-day one-day draft ahead of `now` (naive school wall-clock; no
    sessions, no series, no doubt yet) whose day was read from the event's sentence while the
    weighing scored that sentence below zero — a side matter: results, sign-up, awards
    («Итоги сбора макулатуры подведут 30 сентября» in a report of the collection) — and that
    sentence does not tell in the past (a run begun, «стартовала акция», is its own event):
    the post dates nothing likelier, yet the day may be the side matter's, so it is asked
    (`side_day`, doubt75: on the tuned sets one silent wrong start caught, one right start
    asked). `text`: the normalised post the facts' spans index."""
    if facts is None or facts.event_sentence is None or draft.start is None or draft.doubts:
        return draft
    if not draft.all_day or draft.sessions or draft.recurrence is not None or draft.choices:
        return draft
    if draft.end is not None and draft.end.date() != draft.start.date():
        return draft
    if draft.start.date() <= now.date():
        return draft
    score = next((w[0] for w in facts.weighed if (w[2], w[3]) == facts.event_sentence), 0)
    begin, end = facts.event_sentence
    if score >= 0 or told_in_past(lower(text), begin, end):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "side_day"}))


def with_occasion_doubt(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's draft (no doubt yet, no sessions, no series) whose day was read only
    from the date of the occasion the event comes before — «В преддверии Дня голосования,
    который состоится 25 февраля, в школе проводится проект» (occasion_day.occasion_day) —:
    the event is held before that day, so the day is asked (`occasion_day`, doubt77).
    `text`: the normalised post the facts' spans index; `now`: naive school wall-clock."""
    if facts is None or draft.start is None or draft.doubts or draft.choices:
        return draft
    if draft.sessions or draft.recurrence is not None:
        return draft
    if not occasion_day(lower(text), facts, draft.start.date(), now):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "occasion_day"}))


def with_bound_clock_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's timed draft whose start clock the post says of something else than the
    event's start gets a time doubt (doubt74, clock_bounds.py): `after_clock` when every clock
    of the event's sentence follows a word of a lower bound («Урок пройдёт после 14:30»),
    `relay_clock` when the event has a place (not online) and the post writes the clock only
    as a broadcast's start («…, начало трансляции — в 20:00»). A draft with sessions, a
    series or a time doubt already keeps its question. `text`: the normalised post the
    facts' spans index. A chat line (`facts` None) is its own event's sentence: «Урок
    мужества 15 декабря после 14:30 в актовом зале» asks the time too (chat75; review74 left)."""
    if draft.start is None or draft.all_day or not draft.time_known:
        return draft
    if draft.sessions or draft.recurrence is not None or _TIME_ASKED.intersection(draft.doubts):
        return draft
    read = (facts.event_sentence or facts.start_sentence) if facts else (0, len(text))
    if read is not None and clock_after_bound(text[read[0] : read[1]]):
        return replace(draft, doubts=ordered({*draft.doubts, "after_clock"}))
    if facts is None or draft.venue in (None, "онлайн") or facts.moscow_time:
        return draft  # an event held online, or where no place is named, may be the broadcast
    if not broadcast_clock(text, draft.start.time()):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "relay_clock"}))


def with_short_doubt(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's timed one-day draft that lasts at most half an hour, its end's clock
    written in the post as a slot — outside the event's sentence or beside another range of
    clocks (start_doubts.short_slot: «10:00 – 10:15 – церемония открытия») — gets the time
    doubt `short_slot`: one slot of a programme read as the whole event? The
    bot asks the time. A draft with sessions, a series or a time doubt already is left as it
    is. `text`: the normalised post."""
    if facts is None or draft.start is None or draft.end is None or draft.all_day:
        return draft
    if draft.sessions or draft.recurrence is not None or _TIME_ASKED.intersection(draft.doubts):
        return draft
    if not short_slot(text, draft.start, draft.end, facts.event_sentence):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "short_slot"}))


# doubts about the time already asked: the start's clock is not asked on top of them
_TIME_ASKED = frozenset(
    {
        "several_times",
        "end_elsewhere",
        "stamp_time",
        "weekly_time",
        "clock_apart",
        "after_clock",
        "relay_clock",
        "vague_time",
        "lesson_time",
        "grade_or_clock",
        "impossible_time",
        "midnight",
        "end_before_start",
    }
)


# doubts about the day already asked: the span is not asked on top of them
_DAY_ASKED = frozenset({"impossible_date", "several_dates", "weekday_mismatch", "midnight"})


def _skips_told(recurrence: Recurrence) -> bool:
    """Whether the post named the days its daily repeat skips («кроме 1 и 2 января»,
    «выходной — понедельник»: repeat_exceptions.take_skipped_days)."""
    return bool(recurrence.except_dates or recurrence.except_weekdays)


def with_daily_span(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's timed draft on one day of a span of days its event's sentence (or a
    sentence before it) names, whose every clock is written as a daily hour
    (start_doubts.daily_clock: «с 3 по 8 января … Расписание: ежедневно с 10:00 до 15:00»,
    «Начало игр ежедневно в 11:00», «по будням, в 10:00 и в 13:00»), or is a clock of
    another day's sentence only (start_doubts.foreign_clock: «с 24 апреля по 9 мая …
    акция» and «… 9 мая шествия …, сбор колонны — в 10:00»): the event is the span,
    all day (its first to its last day, inclusive), never one clock on its first day nor a
    daily series running on days the post may skip. The daily hours have no field of their
    own on an all-day draft: they stay in the description. Rival days inside the span (an
    opening, a lecture on one of its days: «Торжественное открытие выставки — 6 февраля в
    15:00», «14 февраля в 12:00 — лекция») are its programme, no longer offered. A draft
    whose day is asked otherwise (a rival outside the span, an impossible date …), or with
    another repetition, is left as it is (starts42). `text`:
    the normalised post the facts' spans index; `now`: naive school-local time."""
    if facts is None or facts.event_sentence is None or draft.start is None or draft.all_day:
        return draft
    if _DAY_ASKED.difference({"several_dates"}).intersection(draft.doubts):
        return draft
    if draft.recurrence is not None and draft.recurrence.freq != "daily":
        return draft
    if draft.recurrence is not None and _skips_told(draft.recurrence):
        return draft  # «ежедневно в 11:00 (кроме 1 и 2 января)»: the series' days are known
    if draft.end is not None and draft.end.date() > draft.start.date():
        return draft
    starts = [start for start, _ in draft.sessions] or [draft.start]
    day = draft.start.date()
    opening = False
    if not all(_not_days_own(text, facts, (at.hour, at.minute), day, now) for at in starts):
        opening = _opening_of_daily_span(text, facts.event_sentence)
        if not opening:
            return draft
    span = named_span(text, facts.event_sentence, now, day=day)
    if span is None:
        span = enclosing_span(text, facts.sentences, facts.event_sentence, day, now)
    if span is None:  # «С 6 февраля по 30 апреля … выставка» before the opening's sentence
        span = earlier_span_from(text, facts.sentences, facts.event_sentence, day, now)
    if span is None or not span[0] <= day <= span[1] or (opening and day != span[0]):
        return draft
    if not all(span[0] <= choice.date() <= span[1] for choice in draft.choices):
        return draft  # a rival day outside the span: still asked
    first, last = (datetime.combine(d, time()) for d in span)
    # the one day's clock and the days inside the span (its programme: an opening, a
    # lecture on one of its days) are no longer asked
    asked = _TIME_ASKED | {"several_dates"}
    return replace(
        draft,
        start=first,
        end=last,
        all_day=True,
        recurrence=None,
        sessions=(),
        choices=(),
        programme=(),
        doubts=tuple(d for d in draft.doubts if d not in asked),
    )


def _opening_of_daily_span(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the event's `sentence` is an opening ceremony («Торжественное открытие
    выставки — 6 февраля в 15:00») in a post writing daily hours («экскурсии по будням в
    10:00 и 12:00»): on the first day of a span the post names, the opening's clock is its
    programme's, and the event is the span all day (with_daily_span), as when the draft's
    clocks were the daily hours themselves."""
    return OPENING.search(text, *sentence) is not None and has_daily_hours(text)


def _not_days_own(
    text: str, facts: PostFacts, clock: tuple[int, int], day: date, now: datetime
) -> bool:
    """Whether the draft's `clock` on its `day` is no clock of that one day: a daily hour
    (start_doubts.daily_clock), or the clock of a sentence dated on other days only
    (start_doubts.foreign_clock: «… 9 мая шествия …, сбор колонны — в 10:00»)."""
    if daily_clock(text, clock):
        return True
    return foreign_clock(text, facts.sentences, clock, day, now)


def with_span_doubt(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's draft of one day (no later end day, no sessions), or a daily series at
    a clock, while the event's sentence names a span of days (start_doubts.named_span; a
    series only when its clock is not written with the span: «С 27 по 29 апреля …
    соревнования. … Судейская коллегия … 27 апреля … в 13-00»): the doubt `span_cut`, the
    span kept in `span`, so the bot asks whether the event is the whole span or the one day
    (or every day at that clock), offering both. A draft whose day is asked already (other
    choices, an impossible date …) is left as it is. `text`: the normalised post the facts'
    spans index; `now`: naive school-local time the post was read at. A one-day draft whose
    day lies inside a span an earlier sentence names, after its first day, is asked the same
    way (start_doubts.enclosing_span: «Соревнования состоятся с 25 по 29 марта … 29 марта в
    12:00 … матч»)."""
    if facts is None or facts.event_sentence is None or draft.start is None:
        return draft
    if draft.sessions or draft.choices or _DAY_ASKED.intersection(draft.doubts):
        return draft
    series = draft.recurrence is not None and draft.recurrence.freq == "daily"
    if draft.recurrence is not None and not series:
        return draft
    if not series and draft.end is not None and draft.end.date() > draft.start.date():
        return draft
    clock = (draft.start.hour, draft.start.minute) if series else None
    day = draft.start.date()
    span = named_span(text, facts.event_sentence, now, clock=clock, day=day)
    if span is None and not series:  # a day inside a span an earlier sentence names
        span = enclosing_span(text, facts.sentences, facts.event_sentence, day, now)
    if span is None and not series and draft.end is None and facts.until and facts.until > day:
        # «Турнир откроют 2 марта в 17:30 … продлятся до 7 марта»; a span an earlier sentence
        # opens on the day is left alone: its opening's clock is the common right reading
        # (enclosing_span, tests/unit/test_start_end19.py: eval16's asks ceiling)
        earlier = earlier_span_from(text, facts.sentences, facts.event_sentence, day, now)
        span = (day, facts.until) if earlier is None else None
    if span is None and not series and draft.all_day and draft.end is None:
        # «стартует 4 сентября … Заявки принимаются с 4 сентября по 22 сентября»
        span = starting_span(text, facts.sentences, facts.event_sentence, day, now)
    if span is None and not series:  # «1 июля (пятница)» … «2 июля (суббота)»: headed days
        span = programme_days(text, day, now)
    if span is None:
        return draft
    return replace(draft, span=span, doubts=ordered({*draft.doubts, "span_cut"}))


def in_school_zone(draft: EventDraft, zone: ZoneInfo = SCHOOL_ZONE) -> EventDraft:
    """A draft whose times were given in Moscow time ("по московскому времени", "МСК")."""
    if draft.start is None or draft.all_day:
        return draft
    shift = moscow_shift(draft.start, zone)
    return replace(
        draft,
        moscow_shift_hours=round(shift.total_seconds() / 3600),
        start=draft.start + shift,
        end=draft.end + shift if draft.end else None,
        sessions=tuple((s + shift, e + shift if e else None) for s, e in draft.sessions),
    )


def in_zone(draft: EventDraft, zone: ZoneInfo | None) -> EventDraft:
    """A draft whose Moscow times were moved for the default SCHOOL_ZONE, moved for the
    school's own `zone` instead (a school configured in another zone); None keeps it."""
    if zone is None or not draft.moscow_shift_hours or draft.start is None:
        return draft
    back = timedelta(hours=-draft.moscow_shift_hours)
    as_written = replace(
        draft,
        moscow_shift_hours=0,
        start=draft.start + back,
        end=draft.end + back if draft.end else None,
        sessions=tuple((s + back, e + back if e else None) for s, e in draft.sessions),
    )
    return in_school_zone(as_written, zone)


# "двухдневный турнир", "трёхдневного слёта", "5-дневная смена": the event's length in days
# possessive \s*+ (same matches): quadratic over a run of spaces after a digit (H4)
_DAYS_LONG = re.compile(
    r"(?<![а-я])(двух|тр[её]х|четыр[её]х|пяти|шести|семи|\d)\s*+-?\s*+дневн(?:ый|ая|ое|ого|ой|ую|ые)"
    r"(?![а-я])",
    re.IGNORECASE,
)
_DAYS_WORDS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}
_DAYS_WORDS |= {"шести": 6, "семи": 7}


def _days_long(text: str, sentence: tuple[int, int] | None) -> int:
    """How many days the event's own sentence says it lasts ("двухдневный турнир"), or 0;
    a post whose day is a relative word has no event sentence: its only such word then."""
    low = lowered(text)  # every match holds «дневн»; None: a character whose case `re` folds
    if low is not None and "дневн" not in low:  # otherwise than str.lower (lowered.py)
        return 0
    if sentence is None:
        found = list(_DAYS_LONG.finditer(text))
        m = found[0] if len(found) == 1 else None
    else:
        m = _DAYS_LONG.search(text, *sentence)
    if m is None:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _DAYS_WORDS.get(word, 0)


def _parents_of(draft: EventDraft, title: str) -> Audience:
    """The draft's audience with its parents' mark following the post's own `title`: a
    parents' meeting written in another sentence («Приглашаем на концерт 20 декабря …
    Родительское собрание пройдёт 18 декабря») marked the whole message's first title, not
    the concert the post announces (walk45). The mark only ever comes from a title."""
    audience = draft.audience
    if audience.parents and not parents_meeting(title):
        audience = replace(audience, parents=False)
    return parents_meeting_audience(audience, title)


def _going_before(draft: EventDraft, facts: PostFacts, text: str, now: datetime) -> str | None:
    """What the last day (`facts.until`) an earlier sentence wrote ends, for the open-ended
    all-day `draft` read after it (going_runs.going_before): "run" when the draft's day is a
    part of a run told going on, "process" when something else is told going on; None."""
    read = facts.event_sentence or facts.start_sentence
    if read is None or facts.until_sentence is None or facts.until is None:
        return None
    assert draft.start is not None
    day, until = draft.start.date(), facts.until
    return going_before(text, facts.until_sentence, read, day, until, now.date())


def _open_ended(draft: EventDraft) -> bool:
    return draft.all_day and draft.end is None and draft.start is not None


def _day_hours(draft: EventDraft) -> bool:
    """Whether the draft is a from–to pair of clocks within one day (14:00–19:00): the hours
    of a day, which a thing running to a later day keeps every day."""
    start, end = draft.start, draft.end
    return (
        not draft.all_day
        and start is not None
        and end is not None
        and end.date() == start.date()
        and end > start
    )


def _hours_written(text: str, where: tuple[int, int] | None, draft: EventDraft) -> bool:
    """Whether both clocks of the draft are written in the sentence `where` of `text` (the
    until-phrase's: «по 31 января с 14.00 до 19.00»), not another event's hours."""
    if where is None or draft.start is None or draft.end is None:
        return False
    sentence = text[where[0] : where[1]]
    return all(
        re.search(rf"(?<!\d)0?{at.hour}[.:]{at.minute:02d}(?!\d)", sentence)
        for at in (draft.start, draft.end)
    )


def _running_until(draft: EventDraft, until: date) -> EventDraft:
    """The draft as a span of whole days from its start's day to `until`."""
    first = draft.start.date()  # type: ignore[union-attr]
    return replace(
        draft,
        start=datetime.combine(first, time()),
        end=datetime.combine(until, time()),
        all_day=True,
    )


def moscow_shift(at: datetime, zone: ZoneInfo) -> timedelta:
    """How much to add to a Moscow wall-clock time to get the school's (Kaliningrad: −1 h)."""
    local = at.replace(tzinfo=MOSCOW).astimezone(zone).replace(tzinfo=None)
    return local - at


def with_filled_gaps(draft: EventDraft, facts: PostFacts | None, text: str) -> EventDraft:
    """A long post's all-day event read as periods («21 и 22 декабря, а также со 2 по 12
    января выставка будет работать …») whose every gap another sentence gives to the same
    kind of event («А с 23 по 29 декабря выставка работает в режиме экскурсий»): the event
    runs from its first period to its last, in another mode between them (starts45). A gap
    no such span covers keeps the periods. `text`: the normalised post the facts index."""
    if facts is None or facts.event_sentence is None or len(draft.sessions) < 2:
        return draft
    periods = sorted((first, last) for first, last in draft.sessions if last is not None)
    if not draft.all_day or len(periods) < len(draft.sessions):
        return draft  # sessions of one day each (no end) are dates, not periods
    begin, end = facts.event_sentence
    kinds = {kind_key(m.group(0)) for m in KIND.finditer(text, begin, end)}
    if not kinds:
        return draft
    fillers = [
        (first, last)
        for first, last, at in _spans_written(text, facts.dated)
        if last > first and not begin <= at < end and _open_kind(text, sentence_at(at, text), kinds)
    ]
    for (_, left), (right, _) in pairwise(periods):
        gap = (left.date() + timedelta(days=1), right.date() - timedelta(days=1))
        if gap[0] <= gap[1] and not any(
            first <= gap[0] <= last or first <= gap[1] <= last  # it goes on from a period
            for first, last in fillers
        ):
            return draft
    return replace(draft, start=periods[0][0], end=periods[-1][1], sessions=())


def _open_kind(text: str, sentence: tuple[int, int], kinds: set[str]) -> bool:
    """Whether the sentence names one of the event's kinds (title_words.KIND), says it goes
    on (_GOES_ON: «работает», «открыта», «проходит», «в режиме …») and does not say it is
    closed («выставка закрыта», «не работает», «санитарный день»). «Выставка будет
    недоступна», «выставка переезжает» fill no gap (review46 M1)."""
    if _CLOSED.search(text, *sentence) or not _GOES_ON.search(text, *sentence):
        return False
    return any(kind_key(m.group(0)) in kinds for m in KIND.finditer(text, *sentence))


_CLOSED = re.compile(
    r"закрыт|не\s+работа|перерыв|выходн|санитарн|отмен|не\s+провод|не\s+(?:будет\s+)?доступн"
)

# a verb or phrase saying the event goes on: it works, is open, is held, runs, takes visitors
_GOES_ON = re.compile(
    r"(?<![а-яё])(?:работа(?:ет|ют|ть|л[аио]?)|открыт[аоы]?(?![а-яё])|проход(?:ит|ят|ить)"
    r"|пройд[её]т|действу(?:ет|ют)|продолжа\w*|принима(?:ет|ют)|доступн\w*|в\s+режиме)"
)


_SPAN_FROM = re.compile(r"(?:^|\s)со?\s*$")  # «с» or «со» right before a span's first day
_SPAN_TO = re.compile(r"\s*(?:по|до|[-–—])\s*")  # between its first and last day


def _spans_written(
    text: str, dated: list[tuple[int, int, date | None, date | None]]
) -> list[tuple[date, date, int]]:
    """(first, last, offset) of each span of days among a post's date phrases: one phrase
    («с 23 по 29 декабря») or two in a row («с 22 декабря по 4 января»)."""
    spans = []
    for i, (start, stop, first, last) in enumerate(dated):
        if first is None or last is None:
            continue
        after = dated[i + 1] if i + 1 < len(dated) else None
        if (
            after is not None
            and after[3] is not None
            and _SPAN_FROM.search(text, max(0, start - 4), start)
            and _SPAN_TO.fullmatch(text, stop, after[0])
        ):
            last = after[3]
        spans.append((first, last, start))
    return spans


# a finite verb of visiting and the word after it ("ученики посетили художественный музей")
_VISIT_VERB = re.compile(
    r"(?i)(?<![а-яё])посе(?:тил[аио]?|тили|тят|тит|щают|щает|щали)\s+([а-яё]+)"
)
_PLAIN_PLACE = re.compile(r"[а-яё]+(?: [а-яё]+){0,3}")


def _visit_title(
    text: str, title: str | None, venue: str | None, event: tuple[int, int] | None
) -> str | None:
    """«Посещение художественного музея» for a post whose event's sentence says its readers
    visit the venue («ученики посетили художественный музей»: the word after the verb is
    the venue's first word, in any form) when the title names no kind of event (a school's
    report: «10 октября ученики»); None otherwise, or when the venue is more than a plain
    phrase of at most four lower-case words."""
    if event is None or venue is None or (title and search_i(KIND, title)):
        return None
    if not _PLAIN_PLACE.fullmatch(venue):
        return None
    words = venue.split()
    for m in _VISIT_VERB.finditer(text, event[0], event[1]):
        if lemma(m.group(1)) == lemma(words[0]):
            return "Посещение " + " ".join(to_genitive(words))
    return None
