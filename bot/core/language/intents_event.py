"""One event message as an EventIntent (intents._parse's event path): its parts read
(intents_event_read.read_event), the day chosen, the title read from what is left, the
draft assembled, its sessions read and its checks made. An OtherIntent when the message
names no day, time or announced event; a QueryIntent for a day with no name that asks.
`without_day` is also intents_many's: a plan's row with a clock and no day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.language.arrival_spans import with_arrival_span
from bot.core.language.audience import parents_meeting_audience, staff_meeting_audience
from bot.core.language.audience_starts import with_audience_start
from bot.core.language.birth_years import with_born_grades
from bot.core.language.chat_frames import after_fronted_frame
from bot.core.language.dateless_post import announced_event, begun_today
from bot.core.language.day_count import lasting_days
from bot.core.language.doubts import ordered
from bot.core.language.draft_assembly import build_draft, repeat_over_span, with_sessions
from bot.core.language.eve_days import with_eve_day
from bot.core.language.event_periods import take_event_period
from bot.core.language.event_referent import with_referent_doubt
from bot.core.language.field_labels import take_detail_fields
from bot.core.language.head_day_words import with_head_named_day
from bot.core.language.intents_event_read import EventRead, read_event
from bot.core.language.intents_kinds import (
    PLACE_AFTER_CALL,
    kind_onwards,
    of_other_sentences,
    only_a_call,
    only_people,
    post_title_stub,
    says_more,
    someone_on_kind_stem,
    verb_before_kind,
)
from bot.core.language.intents_query import query_from_parts
from bot.core.language.leftovers import (
    has_words,
    tidy_title,
    without_bare_labels,
    without_gathering_note,
)
from bot.core.language.opening_hours import without_spans
from bot.core.language.performers import performance_title
from bot.core.language.post_draft import (
    in_school_zone,
    with_apart_doubt,
    with_bound_clock_doubt,
    with_closing_end,
    with_daily_span,
    with_end_day_doubt,
    with_end_doubt,
    with_filled_gaps,
    with_later_stages,
    with_occasion_doubt,
    with_opened_span,
    with_post_facts,
    with_short_doubt,
    with_side_day_doubt,
    with_span_doubt,
    with_stamp_doubt,
    with_start_doubt,
    with_weekly_doubt,
    without_slot_end,
)
from bot.core.language.post_facts import PostFacts
from bot.core.language.repeat_exceptions import with_skipped_days
from bot.core.language.running_until import with_running_until
from bot.core.language.stamped_reports import stamp_day, stamped_report, with_stamp_day
from bot.core.language.temporal import TemporalParts
from bot.core.language.title import concise_title
from bot.core.language.title_chat import started_event
from bot.core.language.title_discourse import short_post_event
from bot.core.language.title_finish import CEREMONY
from bot.core.language.title_place import (
    is_place_fragment,
    place_named,
    with_place_name,
    with_room_owner,
    without_venue_segment,
)
from bot.core.language.title_sentences import remainder_with_stops
from bot.core.language.title_shape import well_formed
from bot.core.language.tokens import Scanner
from bot.core.language.told_day import with_today_told
from bot.core.language.visited_hours import as_visited_run
from bot.core.models import Audience, EventDraft, EventIntent, Intent, OtherIntent, Recurrence

# a month, week or term named without a day: the day is unknown, never today
_NAMED_PERIOD = re.compile(
    r"(?<![а-яё])(?:январ|феврал|март[ае]?(?![а-яё])|апрел|ма[ейя](?![а-яё])|июн[ьея]|июл[ьея]"
    r"|август|сентябр|октябр|ноябр|декабр|недел[еиюя]|месяц|четверт[иь](?![а-яё])"
    r"|каникул(?:ы|ах|ам|ами)?(?![а-яё]))",
    re.I,
)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"")
_LONG_TITLE = 60  # characters of a chat line's leftover beyond which the post's kind is read
_TRAILING_GRADES = re.compile(r"[,;]\s*(1[01]|[1-9])\s*[-–—]\s*(1[01]|[1-9])\s*$")


# doubts about a day the line never wrote (today's, given to its clock): moot once it is asked
_DAY_DOUBTS = frozenset({"past", "year_guessed", "other_year", "several_dates", "weekday_mismatch"})


def without_day(draft: EventDraft) -> EventDraft:
    """A plan's row naming its clock but no day, among rows that name theirs («экскурсия в
    музей в 12:00» between «3 декабря — …» and «5 декабря — …»): its day is not today, so it
    is doubted as `no_date` — asked like a missing day, held back in the plan's summary —
    and its clock kept for the day it is given (drafts.with_day); adversarial walk
    2026-12-02l, #4: it was saved today without a word. A row without a start is as it was."""
    if draft.start is None:
        return draft
    doubts = tuple(d for d in draft.doubts if d not in _DAY_DOUBTS)
    return replace(draft, doubts=ordered({*doubts, "no_date"}), choices=())


def _period_without_day(parts: TemporalParts, sc: Scanner, facts: PostFacts | None) -> bool:
    """A chat line with a clock time and a month, week or term but no day: the day is not
    today, so it is asked («Экскурсия в январе в 10:00»)."""
    if facts is not None or parts.has_day or parts.start_time is None:
        return False
    return _NAMED_PERIOD.search(_QUOTED.sub("", sc.remainder())) is not None


def parse_event(
    clean: str,
    original: str,
    now: datetime,
    *,
    unreadable: bool = False,
    slipped: bool = False,
    day_in_period: bool = False,
) -> Intent:
    """One event message (`clean`: read, `original`: as written, its description) as an
    EventIntent; an OtherIntent when it names no day, time or announced event, and a
    QueryIntent for a line of a day and no name that asks («завтра?»). Steps: read the
    parts, choose the day, read the title, assemble the draft, then its checks."""
    read = read_event(clean, original, now, unreadable=unreadable, slipped=slipped)
    if not _choose_day(read, now, day_in_period):
        return OtherIntent(text=original)  # a plan's line «Концерт в декабре»: as before
    read.title, read.venue = _leftover_title(
        read.sc, read.facts, clean, read.title_text, read.venue
    )
    if not _choose_when(read, clean, unreadable, now):
        return OtherIntent(text=original)
    unnamed = _unnamed(read, clean, original, now)
    if unnamed is not None:
        return unnamed
    _named_title(read, clean)
    draft = _assembled_draft(read, clean, original, now)
    draft = _with_sessions_read(draft, read, clean, now)
    return EventIntent(draft=_checked_draft(draft, read, clean, now))


def _choose_day(read: EventRead, now: datetime, day_in_period: bool) -> bool:
    """Whether the message is still an event once its day is chosen: a chat line's clock
    with no day (`clock_alone`: its day asked), a period named instead of a day (taken;
    without a clock the line is an event only `day_in_period`), and the day blocked (asked)
    when a period is named and no day."""
    parts, sc, facts = read.parts, read.sc, read.facts
    # a chat line naming its clock but no day («Встреча с психологом в 8 вечера»): the day is
    # asked like a plan's undated row, its clock kept (newcomer walk 2026-12-02o, #9)
    no_day = facts is None and not parts.has_day and parts.recurrence is None
    read.clock_alone = no_day and bool(parts.times)
    if no_day:
        read.period = take_event_period(sc, now)  # «Лекция в следующей четверти»: its day asked
    if read.period is not None and parts.start_time is None and not day_in_period:
        return False
    if read.period is not None or _period_without_day(parts, sc, facts):
        parts.day_blocked = True  # "в январе в 10:00", "на следующей неделе в 15:00": ask the day
    return True


def _choose_when(read: EventRead, clean: str, unreadable: bool, now: datetime) -> bool:
    """Whether the message names when its event is: a day, a clock or a repeat, or else an
    announcing sentence (`dateless`: a long post's, or a chat line's event begun today)
    whose day is asked; that sentence is a post's event sentence when it has none."""
    parts, facts = read.parts, read.facts
    has_when = parts.has_day or parts.start_time is not None or parts.recurrence is not None
    dateless = None if has_when or unreadable else _dateless_event(clean, facts, now)
    if not has_when and dateless is None:
        return False
    if dateless is not None and facts is not None and facts.event_sentence is None:
        facts.event_sentence = dateless[0]
    read.dateless = dateless
    return True


def _unnamed(read: EventRead, clean: str, original: str, now: datetime) -> Intent | None:
    """What a message whose leftover names no event is, or None when it names one (or is an
    event whose name is asked, `read.title` then set): a blocked day's whole line as its
    title, else an OtherIntent; a question or a day with no clock a query about that day."""
    parts = read.parts
    if parts.day_blocked and not has_words(read.title):
        read.title = tidy_title(clean)
    if has_words(read.title):
        return None
    if parts.day_blocked:
        return OtherIntent(text=original)  # "31.11": never a query about today
    if "?" in clean or parts.start_time is None:
        return query_from_parts(parts, read.audience, None, now, clean)
    # "завтра в 3": an event whose name the bot asks for, unless the line names it only
    # by its start («…, начало соревнований в 10:00»: chat57)
    read.title = started_event(clean) if read.facts is None else ""
    return None


def _named_title(read: EventRead, clean: str) -> None:
    """Set `read`'s title as shown: trailing grades taken as the audience, a chat line's
    noun phrase, an invitation's call dropped (its place the venue), a ceremony named with
    the sentences set aside; a staff or parents' meeting's audience from the title."""
    title, read.audience = _with_trailing_grades(read.title, read.audience)
    if read.facts is None and title:
        title = well_formed(title, clean)  # «Школа. выступит хор «Капель»»: a noun phrase
    if read.facts is None and only_a_call(title):
        # «Приходите в 18:00!», «Заходите … в актовый зал»: an invitation names no event;
        # its name is asked (a kind elsewhere in the line was taken as the title before)
        place = PLACE_AFTER_CALL.search(title)
        read.venue = read.venue or (place_named(title[place.start() :]) if place else None)
        title = ""
    others = [*(read.moved[1] if read.moved is not None else []), *read.reported]  # set aside
    if read.facts is None and title and not others:  # two sentences: the start's one's event
        title = short_post_event(read.sc.original, read.sc.taken, title) or title  # (title80)
    if others and CEREMONY.match(title):  # «Финал» of «… начался турнир»
        title = of_other_sentences(title, [read.sc.original[b:e] for b, e in others])
    read.audience = staff_meeting_audience(read.audience, title)  # «Педсовет 10 декабря в 16:00»
    read.audience = parents_meeting_audience(read.audience, title)  # «Родительское собрание …»
    read.title = title


def _assembled_draft(read: EventRead, clean: str, original: str, now: datetime) -> EventDraft:
    """The draft built from `read` (draft_assembly.build_draft) with its skipped days, the
    asides read (capacity, ages, link, deadline, period, birth years; `original` the
    description) and a long post's facts, or a chat line's Moscow time in the school's zone."""
    draft = build_draft(read.parts, now, read.title, read.venue, read.audience)
    draft = with_skipped_days(draft, read.skipped)  # «кроме 1 и 2 января»: left out of the series
    draft = replace(
        draft,
        capacity=read.capacity,
        ages=read.ages,
        description=original.strip(),
        online_url=read.link,
        deadline=read.deadline,
        period=read.period,
    )
    draft = with_born_grades(draft, read.born)
    if read.facts is not None:
        return with_post_facts(draft, read.facts, clean, now)
    return in_school_zone(draft) if read.moscow else draft


def _with_sessions_read(
    draft: EventDraft, read: EventRead, clean: str, now: datetime
) -> EventDraft:
    """`draft` with its meetings read: a visited run's hours, each audience's start, the
    sessions (the opening hours left out), a post's gaps filled; a clock alone with no
    session is a day asked (without_day)."""
    parts = read.parts
    # «Выставка … с 7 по 20 декабря ежедневно с 10:00 до 18:00»: one run, its hours the doors'
    draft = as_visited_run(draft, parts.recur_from or parts.day_first)
    draft = with_audience_start(draft, clean)  # «для дошкольников в 10:00, для школьников в 11:30»
    draft = with_sessions(draft, without_spans(clean, read.hours), now)
    draft = with_filled_gaps(draft, read.facts, read.sc.text)  # «…, а также со 2 по 12 января …»
    if read.clock_alone and not draft.sessions:
        draft = without_day(draft)
    return draft


def _checked_draft(draft: EventDraft, read: EventRead, clean: str, now: datetime) -> EventDraft:
    """`draft` after its checks: a slot's or closing end, the event block's doubts, a day
    told as today's, a day-less post's day and an unclear start asked, the span read last."""
    facts, text = read.facts, read.sc.text
    draft = with_closing_end(without_slot_end(draft, facts, clean), facts, clean)
    draft = _with_block_checks(draft, facts, text, now)
    told = (facts.event_sentence or facts.start_sentence or (-1, -1)) if facts else None
    draft = with_today_told(draft, read.parts, text, now, told)  # «5 декабря прошёл концерт»
    if draft.start is None:
        draft = with_stamp_day(draft, clean, now)  # «07 февраля 2024, 16:20» over a report
    draft = with_eve_day(draft, clean, now)  # «Накануне 8 Марта … концерт»: 7 March, asked
    draft = with_head_named_day(draft, clean, now)  # «05.12.2026 / Завтра … концерт»: 6th?
    if read.dateless is not None and draft.start is None:
        draft = replace(draft, doubts=ordered({*draft.doubts, "no_date"}))
    if read.unclear_step:  # «Сбор в 9:00, начало в 9:40, экскурсия в 11:00»: which is the start?
        draft = replace(draft, doubts=ordered({*draft.doubts, "several_times"}))
    return _with_span_readings(draft, facts, clean, text, now)


def _leftover_title(
    sc: Scanner, facts: PostFacts | None, clean: str, title_text: str, venue: str | None
) -> tuple[str, str | None]:
    """(title, venue) from what `sc` leaves once the day, place and people are taken: a chat
    line's tidied leftover (its place's name, a room's owner, its kind and name when long,
    without bare labels; "" when only a place is left, that place the venue when none was
    read), or a long post's title stub (`facts`: prepare_post's); `title_text` is the line
    the concise title is read from."""
    if facts is None:
        take_detail_fields(sc)  # «Формат: очно», «Участники: 9А»: a detail, never the title
    # a date's or a clock's full stop still ends its sentence («… 14 декабря. Сбор …»)
    if facts is None:
        # «В рамках недели здоровья … пройдёт эстафета»: the frame names no event (chat_frames)
        title = tidy_title(after_fronted_frame(remainder_with_stops(sc)))
    else:
        title = post_title_stub(clean)
    title = (
        with_place_name(title, sc, venue) if facts is None and venue else title
    )  # «Ночь в музее»
    title = without_venue_segment(title, venue)  # «…, музей янтаря, 2 места»: the venue again
    if facts is None:
        title, venue = with_room_owner(title, sc, venue)  # «…, приёмная комиссия, каб. 105»
    if facts is None:
        title = _concise_chat_title(title, title_text, sc)
    if facts is None:
        title = without_bare_labels(title)  # «Кросс, время» of «Кросс 12 мая, время 15:00»
        title = without_gathering_note(title)  # «Лекция (сбор)»: where people gather, not a name
        title = performance_title(title, title_text) or title  # «Наши ребята выступят …»
    if facts is None and is_place_fragment(title):
        # «20 декабря в 12:00 на Славянском бульваре»: where, never the event's name (asked)
        venue = venue or place_named(title)
        title = ""
    return title, venue


def _with_span_readings(
    draft: EventDraft, facts: PostFacts | None, clean: str, text: str, now: datetime
) -> EventDraft:
    """`draft` with its span of days read last: daily hours, days it lasts, a run «до …»,
    a span the event's sentence names (doubted), a referent doubt and a post's later
    stages (`text`: the scanner's text; `clean`: the message read)."""
    # a span of days whose every clock is a daily hour («ежедневно с 10:00»): the span
    draft = with_daily_span(draft, facts, text, now)
    draft = _with_lasting_days(draft, clean)  # «14 апреля …, она продлится два дня»
    draft = with_running_until(draft, clean, now)  # «Выставка работает до 4 октября»
    # «14–16 марта … Заезд 14 марта в 10:00»: a preparatory step's clock, the span all day
    draft = with_arrival_span(draft, facts, text, now)
    # a span of days named by the event's sentence while the draft is one day: asked
    draft = with_span_doubt(repeat_over_span(draft), facts, text, now)
    draft = with_referent_doubt(draft, clean)  # «Лекция и ярмарка. Мероприятие пройдёт …»
    return with_later_stages(draft, facts, clean)  # «Основной тур …»


def _concise_chat_title(title: str, title_text: str, sc: Scanner) -> str:
    """A chat line's title as its kind and name (title.concise_title of `title_text`) when
    the leftover `title` is longer than _LONG_TITLE characters or its verb governs the kind;
    `title` otherwise."""
    if not (
        len(title) > _LONG_TITLE
        or verb_before_kind(title)
        or (only_people(title) and verb_before_kind(sc.remainder()))
    ):
        return title
    # a one-sentence post, or a leftover whose verb governs the kind ("Музей покажет
    # спектакль «…»"): its kind and name
    concise = concise_title(title_text, None, fallback=False)
    if concise and someone_on_kind_stem(concise, 0):
        # a surname on a kind's stem the post reader took for a kind: the kind after it
        concise = kind_onwards(sc.remainder())
    elif concise and someone_on_kind_stem(title, 0):
        # «Линейкин С.А. проводит семинар для учителей»: the post reader gives the kind
        # («Семинар»); the line's own words from it say whom for too, as typed
        onwards = kind_onwards(sc.remainder())
        concise = onwards if onwards and says_more(onwards, concise) else concise
    return concise or title


def _with_trailing_grades(title: str, audience: Audience) -> tuple[str, Audience]:
    """(title, audience) with a bare range of school grades closing the title taken as the
    audience when none was read; unchanged otherwise."""
    if audience.is_everyone and (found := _TRAILING_GRADES.search(title)):
        # "Олимпиада 12 декабря, весь день, 8-11": the date and time are already read, so a
        # bare range of school grades closing the message is its audience
        first, last = sorted((int(found.group(1)), int(found.group(2))))
        audience = Audience(grades=frozenset(range(first, last + 1)))
        title = tidy_title(title[: found.start()])
    return title, audience


def _dateless_event(
    clean: str, facts: PostFacts | None, now: datetime
) -> tuple[tuple[int, int], str] | None:
    """The sentence (offsets into `clean`) and title announcing the event of a message that
    names no day, clock or repeat: a long post's announced event (walk v, F7: its day is
    asked, the rest kept, never «не понял»), or else the event a report whose only date is
    its publication stamp tells done (stamped_reports.stamped_report: the stamp's day offered,
    asked; parse77), or a chat line telling a run begun («В лагерях стартовала смена.»:
    today, asked, running_spans._begun_today; parse74) — its announced event, else the whole
    line untitled; None for anything else."""
    if facts is not None:
        return announced_event(clean) or stamped_report(clean, now)
    if stamp_day(clean, now) is not None:  # a short paste under its stamp (parse78)
        return announced_event(clean) or stamped_report(clean, now)
    if begun_today(clean):
        return announced_event(clean) or ((0, len(clean)), "")
    return None


def _with_block_checks(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """`draft` after a post's checks of its start and end against the event's block
    (post_draft.py: doubts on an end, start, stamp, weekly clock, short slot, a clock
    apart, an ending day, a bound's or a broadcast's clock, and an opening's span); `text`
    is the scanner's text."""
    draft = with_end_doubt(draft, facts, text)  # an end read outside the event's block
    draft = with_opened_span(draft, facts, text, now)  # «Открытие выставки …»: its span
    draft = with_start_doubt(draft, facts, text)  # a start read from a programme's slot
    draft = with_stamp_doubt(draft, facts, text, now)  # «20.11.2026 (12:40)»: a stamp's
    draft = with_weekly_doubt(draft, facts, text)  # «По средам в 15:00 …»: a schedule's
    draft = with_short_doubt(draft, facts, text)  # «10:00 – 10:15 – открытие»: one slot?
    draft = with_apart_doubt(draft, facts, text)  # all day, «…, начало в 11.00»: the time?
    draft = with_end_day_doubt(draft, facts, text)  # «… завершится 29 октября»: the first day?
    draft = with_bound_clock_doubt(draft, facts, text)  # «после 14:30», «начало трансляции»
    draft = with_side_day_doubt(draft, facts, text, now)  # «Итоги подведут 30 сентября»
    draft = with_occasion_doubt(draft, facts, text, now)  # «В преддверии Дня …, который …»
    return draft


def _with_lasting_days(draft: EventDraft, clean: str) -> EventDraft:
    """A single day's draft whose text says how many days the event lasts with a verb of
    lasting («продлится два дня»: day_count.lasting_days): its last day that many days on,
    for an all-day draft or one without a clock; a timed start («…, продлится два дня, начало
    в 10:00») meets daily at its clock to that day, as «14-15 декабря в 10:00» does."""
    if draft.start is None or draft.end is not None or draft.recurrence is not None:
        return draft
    if draft.sessions:
        return draft
    days = lasting_days(clean)
    if days < 2:
        return draft
    last = draft.start + timedelta(days=days - 1)
    if draft.time_known and not draft.all_day:
        return replace(draft, recurrence=Recurrence(freq="daily", until=last.date()))
    return replace(draft, end=last)
