"""The top of the parser: one message in, one Intent out (event, query or other).

Pipeline: classify by the opening words, take the audience, the venue and every temporal
phrase out of the text (each rule claims its characters), then the title is what remains,
tidied. `parse_many` (intents_many.py) splits a pasted plan into one message per event line.
The draft is assembled in draft_assembly.py, the title tidied in leftovers.py; their
public names are re-exported here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.core.language.audience import (
    extract_audience,
    parents_meeting_audience,
    staff_meeting_audience,
)
from bot.core.language.audience_starts import with_audience_start
from bot.core.language.birth_years import Born, take_birth_years, with_born_grades
from bot.core.language.capacity import extract_capacity, extract_stated_capacity
from bot.core.language.chat_deadline import take_deadline
from bot.core.language.clause_numbers import take_clause_numbers
from bot.core.language.compound_dashes import joined_place_compounds, with_dashes
from bot.core.language.counted_people import take_counted_people
from bot.core.language.dateless_post import announced_event, begun_today
from bot.core.language.day_count import lasting_days
from bot.core.language.deadlines import take_plain_deadline
from bot.core.language.doubts import ordered
from bot.core.language.draft_assembly import build_draft, repeat_over_span, with_sessions
from bot.core.language.event_periods import take_event_period
from bot.core.language.event_referent import with_referent_doubt
from bot.core.language.field_labels import take_detail_fields
from bot.core.language.hall_grades import take_hall_grades
from bot.core.language.intents_asks import asks, is_programme
from bot.core.language.intents_follow_up import (
    _class_follow_up,
    with_week_word,
)
from bot.core.language.intents_kinds import (
    _PLACE_AFTER_CALL,
    _kind_onwards,
    _of_other_sentences,
    _only_a_call,
    _only_people,
    _post_title_stub,
    _says_more,
    _someone_on_kind_stem,
    _take_opening_gathering,
    _verb_before_kind,
)
from bot.core.language.intents_query import (
    _parse_query,
    _query_from_parts,
    _with_holder,
    _without_asker_sentences,
)
from bot.core.language.kind_typos import correct_kind_typos
from bot.core.language.leftovers import (
    has_words,
    strip_symbols,
    tidy_title,
    without_bare_labels,
    without_gathering_note,
)
from bot.core.language.legal_forms import without_legal_forms
from bot.core.language.meeting import (
    gathering_span,
    names_destination,
)
from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.named_day_report import on_report_day, report_of_today
from bot.core.language.opening_hours import take_contact_hours, take_opening_hours, without_spans
from bot.core.language.performers import performance_title
from bot.core.language.post import (
    is_long,
    prepare_post,
    start_sentence,
    temporal_view,
)
from bot.core.language.post_ages import take_ages, take_headcounts
from bot.core.language.post_cues import take_eve_days, take_reported_today
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
from bot.core.language.post_other_events import take_side_meetings
from bot.core.language.postponed import take_replaced_dates
from bot.core.language.quote_marks import loose_as_guillemets
from bot.core.language.repeat_exceptions import (
    SkippedDays,
    take_skipped_days,
    with_skipped_days,
)
from bot.core.language.running_spans import with_running_span
from bot.core.language.running_until import with_running_until
from bot.core.language.scripts import mend_scripts
from bot.core.language.sentence_clocks import with_dated_sentence_clock
from bot.core.language.slips import (
    date_slip,
    time_slip,
    without_monthless_dates,
    without_time_slips,
)
from bot.core.language.temporal import (
    TemporalParts,
    extract_temporal,
)
from bot.core.language.times import take_grade_lengths
from bot.core.language.title import concise_title
from bot.core.language.title_chat import started_event
from bot.core.language.title_finish import CEREMONY
from bot.core.language.title_heading import without_chrome
from bot.core.language.title_place import (
    is_place_fragment,
    place_named,
    with_place_name,
    with_room_owner,
    without_venue_segment,
)
from bot.core.language.title_sentences import remainder_with_stops
from bot.core.language.title_shape import well_formed
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.told_day import with_today_told, with_year_back
from bot.core.language.typos import Correction, correct_typos
from bot.core.language.venue import extract_venue
from bot.core.language.venue_more import extract_more_venue, heading_venue, with_partner_hall
from bot.core.language.visited_hours import as_visited_run
from bot.core.models import (
    Audience,
    DayPeriod,
    EventDraft,
    EventIntent,
    Intent,
    OtherIntent,
    Recurrence,
)

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "build_draft",
    "parse_message",
    "tidy_title",
    "with_sessions",
]

log = logging.getLogger(__name__)

# characters read of one text: the chat takes up to understand.MAX_MESSAGE_CHARS (8000) and
# a VK wall post may be longer than one message (a pasted announcement of ~5,000 characters
# with its event at the end was cut off unread: newcomer walk 2026-12-01k, #9). Reading time
# grows with the length: 10,000 characters of prose read in ~0.45 s on the shared 2-core box.
MAX_MESSAGE_LENGTH = 10_000
# the school's own rooms (venue.py) that a partner's building name turns into its rooms
_SCHOOL_ROOMS = frozenset(
    {"актовый зал", "спортзал", "конференц-зал", "малый зал", "большой зал", "читальный зал"}
    | {"хореографический зал"}  # «в читальном зале библиотеки»: whose hall (newcomer74)
)


# "Внимание! …", "Анонс: …" open a post; they are neither a question nor part of the title.
_ANNOUNCE = re.compile(r"(?i)^\s*(?:внимание|объявление|анонс|важно)\s*[!:.]+\s*")
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


def parse_message(
    text: str, now: datetime, *, day_in_period: bool = False, told: bool = False
) -> Intent:
    """Understand one chat message; `now` is the school's naive wall-clock time.

    With `day_in_period`, an event named with a period and no day or time («Лекция в
    следующей четверти»: event_periods.py) is an event without a start whose draft keeps
    the period, so the chat asks the day within it; without it (a plan's lines, a file's
    paragraphs, the checks whether a text is a new message) such a line is an OtherIntent,
    as before periods were read. With `told`, the text is never read as a question: a
    file's row states an event («Мероприятия для 5-х классов 12 декабря в 10:00» opens as
    «мероприятия для 5-х классов?» does, review54 #3).

    Never raises: anything that cannot be understood is an OtherIntent.
    """
    try:
        written = mend_scripts(text[:MAX_MESSAGE_LENGTH])
        mended = loose_as_guillemets(written)  # «стадион <Балтика>» as «стадион «Балтика»»
        mended = joined_place_compounds(mended)  # «в школе - лицее» as «в школе-лицее»
        mended = without_legal_forms(mended)  # «в ГБОУ ВПО Московском институте»: the name
        intent = _parse(mended, now, day_in_period, told)
        if isinstance(intent, EventIntent):  # a run begun and going on (parse69)
            intent = EventIntent(with_running_span(intent.draft, mended, now))
        return intent if mended == written else _as_written(intent, mended, written)
    except Exception:  # the bot must never crash on a message
        log.exception("parser failed on %r", text[:200])
        return OtherIntent(text=text)


def _as_written(intent: Intent, mended: str, written: str) -> Intent:
    """`intent`, read from `mended` (`written` with its quote marks and spaced-dash place
    nouns rewritten), with the message's own words as its description or text: the
    rewrites are for reading only, never shown or stored (fixquote52, review51 #3/#4)."""
    if isinstance(intent, EventIntent) and intent.draft.venue:  # «библиотека — филиал № 2»
        intent = EventIntent(replace(intent.draft, venue=with_dashes(intent.draft.venue, written)))
    if isinstance(intent, EventIntent) and intent.draft.description == mended.strip():
        return EventIntent(replace(intent.draft, description=written.strip()))
    if isinstance(intent, OtherIntent) and intent.text == mended:
        return OtherIntent(text=written)
    return intent


# doubts about a day the line never wrote (today's, given to its clock): moot once it is asked
_DAY_DOUBTS = frozenset({"past", "year_guessed", "other_year", "several_dates", "weekday_mismatch"})


def _without_day(draft: EventDraft) -> EventDraft:
    """A plan's row naming its clock but no day, among rows that name theirs («экскурсия в
    музей в 12:00» between «3 декабря — …» and «5 декабря — …»): its day is not today, so it
    is doubted as `no_date` — asked like a missing day, held back in the plan's summary —
    and its clock kept for the day it is given (drafts.with_day); adversarial walk
    2026-12-02l, #4: it was saved today without a word. A row without a start is as it was."""
    if draft.start is None:
        return draft
    doubts = tuple(d for d in draft.doubts if d not in _DAY_DOUBTS)
    return replace(draft, doubts=ordered({*doubts, "no_date"}), choices=())


def _parse(text: str, now: datetime, day_in_period: bool = False, told: bool = False) -> Intent:
    clean = without_chrome(_ANNOUNCE.sub("", strip_symbols(text)))  # "Афиша\n…": a page
    if not clean.strip():
        return OtherIntent(text=text)
    clean, corrections, unreadable = correct_typos(clean)
    lowered = normalize(clean)
    chat = not is_long(clean)  # a pasted post has room numbers, prices and scores besides
    kinds_fixed: tuple[Correction, ...] = ()
    if chat:  # «экскурся для 9Б», «будет ли концерд?»: a kind word misspelt (chat50)
        clean, kinds_fixed = correct_kind_typos(clean)
        lowered = normalize(clean)
    slipped = chat and date_slip(lowered)  # «1 5 декабря», «00.12»: the day is asked
    if slipped:
        clean = without_monthless_dates(clean)  # «15.13 10-00»: no clock 15:13, none in the title
    if chat:
        clean = with_week_word(clean)  # «а на послеследующей?»: «… неделе?»
    if chat and (follow_up := _class_follow_up(clean, now.date())) is not None:
        return follow_up  # «а для 10А?» after a list: its period for 10А (AJ4)
    if not told and asks(normalize(clean)) and not is_programme(clean):
        query = _parse_query(_without_asker_sentences(clean, now) if chat else clean, now)
        if query is not None:
            return _with_holder(query, clean)
    intent = _parse_event(
        clean, text, now, unreadable=unreadable, slipped=slipped, day_in_period=day_in_period
    )
    unreadable = unreadable or slipped
    if isinstance(intent, EventIntent) and chat and time_slip(lowered):
        title = tidy_title(without_time_slips(intent.draft.title))  # «в 25:00»: asked, not kept
        intent = EventIntent(draft=replace(intent.draft, time_known=False, title=title))
    if isinstance(intent, EventIntent) and intent.draft.venue is None:
        # "Афиша Псковского планетария на май\n…": the page's heading (cut above) names the place
        venue = heading_venue(text, clean)
        intent = EventIntent(draft=replace(intent.draft, venue=venue)) if venue else intent
    if isinstance(intent, EventIntent) and (corrections or unreadable):
        draft = intent.draft
        fixed = tuple((c.written, c.read) for c in (*corrections, *kinds_fixed))
        doubts = ordered({*draft.doubts, "date_typo"})
        return EventIntent(draft=replace(draft, doubts=doubts, corrections=fixed))
    if isinstance(intent, EventIntent) and kinds_fixed:  # shown on the card, never asked
        fixed = tuple((c.written, c.read) for c in kinds_fixed)
        return EventIntent(draft=replace(intent.draft, corrections=fixed))
    return intent


def _period_without_day(parts: TemporalParts, sc: Scanner, facts: PostFacts | None) -> bool:
    """A chat line with a clock time and a month, week or term but no day: the day is not
    today, so it is asked («Экскурсия в январе в 10:00»)."""
    if facts is not None or parts.has_day or parts.start_time is None:
        return False
    return _NAMED_PERIOD.search(_QUOTED.sub("", sc.remainder())) is not None


@dataclass(slots=True)
class _EventRead:
    """One event message as `_parse_event`'s steps read it, in their order: what
    `_read_event` takes from the scanner `sc` (everything but the title), the day's choice
    (`_choose_day`: a period named instead of a day, a clock with no day), the title and
    what is left of the venue (`_leftover_title`, `_named_title`) and a day-less post's
    announcing sentence (`_choose_when`). Character spans are offsets into `sc.text`."""

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


def _parse_event(
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
    read = _read_event(clean, original, now, unreadable=unreadable, slipped=slipped)
    if not _choose_day(read, now, day_in_period):
        return OtherIntent(text=original)  # a plan's line «Концерт в декабре»: as before
    read.title, read.venue = _leftover_title(
        read.sc, read.facts, clean, read.title_text, read.venue
    )
    if not _choose_when(read, clean, unreadable):
        return OtherIntent(text=original)
    unnamed = _unnamed(read, clean, original, now)
    if unnamed is not None:
        return unnamed
    _named_title(read, clean)
    draft = _assembled_draft(read, clean, original, now)
    draft = _with_sessions_read(draft, read, clean, now)
    return EventIntent(draft=_checked_draft(draft, read, clean, now))


def _read_event(
    clean: str, original: str, now: datetime, *, unreadable: bool, slipped: bool
) -> _EventRead:
    """Everything of `clean` but its title, taken from its scanner in order: what is
    beside the event, a long post's facts, a chat line's asides, the deadline, Moscow time,
    the audience, birth years, the venue, the capacity and the temporal parts."""
    sc = Scanner(clean)
    ages, plain_deadline, hours, stated = _take_asides(sc, original, now)
    skipped = take_skipped_days(sc, now.date())  # «кроме 1 и 2 января»: never the event's day
    facts = prepare_post(sc, now) if is_long(clean) else None
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
    parts, moved = _read_when(sc, facts, now, unreadable=unreadable, slipped=slipped)
    return _EventRead(
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


def _choose_day(read: _EventRead, now: datetime, day_in_period: bool) -> bool:
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


def _choose_when(read: _EventRead, clean: str, unreadable: bool) -> bool:
    """Whether the message names when its event is: a day, a clock or a repeat, or else an
    announcing sentence (`dateless`: a long post's, or a chat line's event begun today)
    whose day is asked; that sentence is a post's event sentence when it has none."""
    parts, facts = read.parts, read.facts
    has_when = parts.has_day or parts.start_time is not None or parts.recurrence is not None
    dateless = None if has_when or unreadable else _dateless_event(clean, facts)
    if not has_when and dateless is None:
        return False
    if dateless is not None and facts is not None and facts.event_sentence is None:
        facts.event_sentence = dateless[0]
    read.dateless = dateless
    return True


def _unnamed(read: _EventRead, clean: str, original: str, now: datetime) -> Intent | None:
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
        return _query_from_parts(parts, read.audience, None, now, clean)
    # "завтра в 3": an event whose name the bot asks for, unless the line names it only
    # by its start («…, начало соревнований в 10:00»: chat57)
    read.title = started_event(clean) if read.facts is None else ""
    return None


def _named_title(read: _EventRead, clean: str) -> None:
    """Set `read`'s title as shown: trailing grades taken as the audience, a chat line's
    noun phrase, an invitation's call dropped (its place the venue), a ceremony named with
    the sentences set aside; a staff or parents' meeting's audience from the title."""
    title, read.audience = _with_trailing_grades(read.title, read.audience)
    if read.facts is None and title:
        title = well_formed(title, clean)  # «Школа. выступит хор «Капель»»: a noun phrase
    if read.facts is None and _only_a_call(title):
        # «Приходите в 18:00!», «Заходите … в актовый зал»: an invitation names no event;
        # its name is asked (a kind elsewhere in the line was taken as the title before)
        place = _PLACE_AFTER_CALL.search(title)
        read.venue = read.venue or (place_named(title[place.start() :]) if place else None)
        title = ""
    others = [*(read.moved[1] if read.moved is not None else []), *read.reported]  # set aside
    if others and CEREMONY.match(title):  # «Финал» of «… начался турнир»
        title = _of_other_sentences(title, [read.sc.original[b:e] for b, e in others])
    read.audience = staff_meeting_audience(read.audience, title)  # «Педсовет 10 декабря в 16:00»
    read.audience = parents_meeting_audience(read.audience, title)  # «Родительское собрание …»
    read.title = title


def _assembled_draft(read: _EventRead, clean: str, original: str, now: datetime) -> EventDraft:
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
    draft: EventDraft, read: _EventRead, clean: str, now: datetime
) -> EventDraft:
    """`draft` with its meetings read: a visited run's hours, each audience's start, the
    sessions (the opening hours left out), a post's gaps filled; a clock alone with no
    session is a day asked (_without_day)."""
    parts = read.parts
    # «Выставка … с 7 по 20 декабря ежедневно с 10:00 до 18:00»: one run, its hours the doors'
    draft = as_visited_run(draft, parts.recur_from or parts.day_first)
    draft = with_audience_start(draft, clean)  # «для дошкольников в 10:00, для школьников в 11:30»
    draft = with_sessions(draft, without_spans(clean, read.hours), now)
    draft = with_filled_gaps(draft, read.facts, read.sc.text)  # «…, а также со 2 по 12 января …»
    if read.clock_alone and not draft.sessions:
        draft = _without_day(draft)
    return draft


def _checked_draft(draft: EventDraft, read: _EventRead, clean: str, now: datetime) -> EventDraft:
    """`draft` after its checks: a slot's or closing end, the event block's doubts, a day
    told as today's, a day-less post's day and an unclear start asked, the span read last."""
    facts, text = read.facts, read.sc.text
    draft = with_closing_end(without_slot_end(draft, facts, clean), facts, clean)
    draft = _with_block_checks(draft, facts, text, now)
    told = (facts.event_sentence or facts.start_sentence or (-1, -1)) if facts else None
    draft = with_today_told(draft, read.parts, text, now, told)  # «5 декабря прошёл концерт»
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
    title = tidy_title(remainder_with_stops(sc)) if facts is None else _post_title_stub(clean)
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
    # a span of days named by the event's sentence while the draft is one day: asked
    draft = with_span_doubt(repeat_over_span(draft), facts, text, now)
    draft = with_referent_doubt(draft, clean)  # «Лекция и ярмарка. Мероприятие пройдёт …»
    return with_later_stages(draft, facts, clean)  # «Основной тур …»


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
    unclear_step = gather is not None and _take_opening_gathering(sc)  # «Сбор …, экскурсия в 11:00»
    held = bytes(sc.taken[gather[0][0] : gather[0][1]]) if gather else b""
    venue = extract_venue(sc)
    if gather is not None and venue and sc.taken[gather[0][0] : gather[0][1]] != held:
        venue = None  # «…, сбор в актовом зале в 10:30»: the card's 🚩 line, never also its 📍
    venue = with_partner_hall(sc, venue, _SCHOOL_ROOMS)  # "в актовом зале КГТУ": not the school's
    more_venue, link = extract_more_venue(sc) if facts is None else (None, None)
    gathered = gather is not None and more_venue is not None and more_venue in gather[1]
    if gathered and names_destination(sc.original):  # «Поездка в Казань …. Сбор у школы в
        more_venue = None  # 7:00»: the 🚩 line's place, not where the trip goes
    return venue or more_venue, link, unclear_step


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


def _concise_chat_title(title: str, title_text: str, sc: Scanner) -> str:
    """A chat line's title as its kind and name (title.concise_title of `title_text`) when
    the leftover `title` is longer than _LONG_TITLE characters or its verb governs the kind;
    `title` otherwise."""
    if not (
        len(title) > _LONG_TITLE
        or _verb_before_kind(title)
        or (_only_people(title) and _verb_before_kind(sc.remainder()))
    ):
        return title
    # a one-sentence post, or a leftover whose verb governs the kind ("Музей покажет
    # спектакль «…»"): its kind and name
    concise = concise_title(title_text, None, fallback=False)
    if concise and _someone_on_kind_stem(concise, 0):
        # a surname on a kind's stem the post reader took for a kind: the kind after it
        concise = _kind_onwards(sc.remainder())
    elif concise and _someone_on_kind_stem(title, 0):
        # «Линейкин С.А. проводит семинар для учителей»: the post reader gives the kind
        # («Семинар»); the line's own words from it say whom for too, as typed
        onwards = _kind_onwards(sc.remainder())
        concise = onwards if onwards and _says_more(onwards, concise) else concise
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


def _dateless_event(clean: str, facts: PostFacts | None) -> tuple[tuple[int, int], str] | None:
    """The sentence (offsets into `clean`) and title announcing the event of a message that
    names no day, clock or repeat: a long post's announced event (walk v, F7: its day is
    asked, the rest kept, never «не понял»), or a chat line telling a run begun («В лагерях
    стартовала смена.»: today, asked, running_spans._begun_today; parse74) — its announced
    event, else the whole line untitled; None for anything else."""
    if facts is not None:
        return announced_event(clean)
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
