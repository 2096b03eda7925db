"""Answers to the bot's question about a pending draft: "в 15:00" for its time, "9Б" for its
audience, a new title or venue after a card's "edit" button.

`fill` turns the answer into the draft with that field filled in (None when the text does not
answer it); `is_message` tells a new message ("Лекция завтра в 10", "что завтра?") from an
answer such as "завтра", which the parser alone would take for a query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core import drafts
from bot.core.dialog import DraftField, EditableField
from bot.core.language.age_replies import age_reply
from bot.core.language.audience import (
    GRADE,
    extract_audience,
    parents_meeting,
    parse_audience,
    staff_cell,
)
from bot.core.language.audience_said import names_parents, without_parents
from bot.core.language.capacity import no_seats_limit, seats_reply
from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.morphology import parses
from bot.core.language.parts import TemporalParts
from bot.core.language.places import find_venue
from bot.core.language.slips import without_monthless_dates
from bot.core.language.span_answers import (
    monthless_span,
    place_with_clock,
    series_too_long,
    span_word_answer,
)
from bot.core.language.temporal import extract_temporal
from bot.core.language.title_answer import answered_title
from bot.core.language.tokens import Scanner
from bot.core.language.typos import correct_typos
from bot.core.language.when import DayAndTime, day_and_time
from bot.core.models import (
    Audience,
    DayPeriod,
    EventDraft,
    EventIntent,
    Intent,
    QueryIntent,
    Recurrence,
)

MAX_TITLE = 200
_NO_VENUE = re.compile(r"^(?:нет|без места|не указано|-|—)$", re.IGNORECASE)
_QUESTION = re.compile(r"\?|^\s*(?:что|какие|покажи|мероприятия)\b", re.IGNORECASE)
# a bare answer to "Для каких классов?": "9-11", "7–9", "11", "7, 9" (grades 1–11 only)
_BARE_GRADE = rf"{GRADE}(?:\s*[-–—]\s*{GRADE})?"
# one or two words naming who before the bare grades: «сборные 7-11», «ребята 5-6»,
# «для учащихся 9, 10» (newcomer walk 2026-12-03aa, Z9) — never a word that excludes or
# bounds them («кроме 7-11», «без 9», «не 5», «до 11», «с 7») or counts («человек 10»: ten
# people, «мест 8»)
_WHO_WORDS = (
    r"(?:(?!(?:кроме|без|не|нет|исключая|помимо|до|с|со|по|от|в|на|к|около|примерно"
    r"|человек|чел|мест|участник[а-я]*|штук|минут|час[а-я]*)(?![а-яё]))"
    r"[а-яё]{2,}\s+){1,2}"
)
_BARE_GRADES = re.compile(
    rf"^\s*(?:для\s+)?(?:{_WHO_WORDS})?"
    rf"({_BARE_GRADE}(?:\s*(?:,|\bи\b)\s*{_BARE_GRADE})*)\s*\.?\s*$",
    re.IGNORECASE,
)
_BARE_ITEM = re.compile(rf"({GRADE})(?:\s*[-–—]\s*({GRADE}))?")


@dataclass
class Asked:
    """What was asked: a missing `field` or the `editing` one, and whether the audience was
    already asked (an answer about the audience sets it)."""

    field: DraftField | None
    editing: EditableField | None
    audience_asked: bool
    title_shortened: bool = False  # a long title answer was read for its name (title_answer)


def fill(
    draft: EventDraft, asked: Asked, text: str, now: datetime, zone: ZoneInfo | None = None
) -> EventDraft | None:
    """The draft with the asked field taken from `text` (`now`: school wall-clock time; `zone`:
    the school's zone, to which a time said in Moscow time is moved — None: the default).

    A short answer of another kind to «В какой день?», «Во сколько?» or «Для каких
    классов?» that names a place («в актовом зале») gives the draft that place, the asked
    field still missing (so it is asked again): it is never thrown away (newcomer walk
    2026-12-02m, #15). «места: 5», «мест 30» set the seats whatever was asked but a title
    (attack x, 2026-12-03, #2: after «✏️ Место» the place became «места: 5»)."""
    seats = seats_reply(text)
    titled = asked.field is DraftField.TITLE or asked.editing is EditableField.TITLE
    if seats is not None and not titled:
        return replace(draft, capacity=seats)
    if not titled and no_seats_limit(text):  # «без ограничения мест» (leftconv21, item 3)
        return replace(draft, capacity=None)
    filled = _fill(draft, asked, text, now, zone)
    if filled is None and asked.editing is None and asked.field in _AUDIENCE_ANSWERED:
        classes = audience_instead(draft, text)
        if classes is not None:  # «10 класс» at «Во сколько?»: kept for the classes' question
            asked.audience_asked = True
            return classes
    if filled is None and asked.editing is None and asked.field in _PLACE_ANSWERED:
        filled = place_instead(draft, text)
    if filled is None and asked.editing is None and asked.field is DraftField.DATE:
        filled = title_instead(draft, asked, text, now)
    return filled


TITLE_ANSWER_WORDS = 12  # a longer text at «На какой день …?» is no bare name


def title_instead(draft: EventDraft, asked: Asked, text: str, now: datetime) -> EventDraft | None:
    """`draft` named by a short `text` with no day, time or command in it, typed where its
    day was asked before its name (bot.core.drafts.missing_field: «20.11.2026 (12:40)» alone,
    a day already past, newcomer walk 2026-12-04ai, AI3) — the name the title question
    would have taken; the day is asked again, now naming the event. None for a draft with
    a name, or a text that is longer, names a day or time, or is a command."""
    if draft.title.strip() or len(text.split()) > TITLE_ANSWER_WORDS:
        return None
    if parse_command(text) is not None or day_and_time(text, now) is not None:
        return None
    return _titled(draft, asked, text)


def dated_title_instead(draft: EventDraft, asked: Asked, intent: Intent) -> EventDraft | None:
    """`draft` named and given its day by an event of a title and a day but no clock
    (`intent`, «лекция о роботах 9 декабря»), typed where the day of an untitled draft with
    a clock was asked («20.11.2026 (12:40)» alone, a day already past: bot.core.drafts
    .missing_field) — the answer to that question with the title added, so the clock
    written a moment before is kept (newcomer walk 2026-12-04aj, AJ7: the draft was dropped
    as stale and its time asked again). The text's place and classes are taken too. None
    when anything else was asked, the draft has a name or no clock, or `intent` is no such
    event (a clock of its own, several days, a series)."""
    if asked.editing is not None or asked.field is not DraftField.DATE:
        return None
    if draft.title.strip() or draft.start is None or not draft.time_known or draft.all_day:
        return None
    if not isinstance(intent, EventIntent):
        return None
    said = intent.draft
    if not said.title.strip() or said.start is None or said.time_known:
        return None
    if said.recurrence is not None or said.sessions or said.span is not None:
        return None
    if said.end is not None and said.end.date() != said.start.date():
        return None  # «с 9 по 11 декабря»: several days, an event of its own
    dated = drafts.with_day(draft, said.start.date())
    return replace(
        dated,
        title=said.title,
        venue=dated.venue or said.venue,
        audience=dated.audience if said.audience.is_everyone else said.audience,
    )


_AUDIENCE_ANSWERED = (DraftField.DATE, DraftField.TIME)
AUDIENCE_ANSWER_WORDS = 5  # «для 10А и 10Б классов»; a longer text is no bare audience
# what may stand beside the classes in such an answer: «для», «только», «у»
_AUDIENCE_FILLER = re.compile(r"(?i)(?<![а-яё])(?:для|у|только|лишь)(?![а-яё])")


def audience_instead(draft: EventDraft, text: str) -> EventDraft | None:
    """`draft` for the classes a short `text` names and nothing else («10 класс», «для 9А»,
    «7-е классы»), typed before the bot asked for them (newcomer walk 2026-12-02o, #11: the
    classes were thrown away with «Не понял время»); None when it names none, names more than
    classes, is longer than AUDIENCE_ANSWER_WORDS words, or names the draft's own."""
    if len(text.split()) > AUDIENCE_ANSWER_WORDS:
        return None
    scanner = Scanner(text)
    audience = extract_audience(scanner)
    if audience.is_everyone or audience.staff or audience == draft.audience:
        return None
    rest = _AUDIENCE_FILLER.sub(" ", scanner.remainder())
    if re.search(r"\w", rest):
        return None
    return replace(draft, audience=audience)


_PLACE_ANSWERED = (DraftField.DATE, DraftField.TIME, DraftField.AUDIENCE)
# «в следующую пятницу», «15 декабря», «завтра»: a day answering «Во сколько?» is short; a
# longer text naming a day («Отмена отменяется! Лекция 18 декабря состоится») is no answer
DAY_ANSWER_WORDS = 4
PLACE_ANSWER_WORDS = 6  # «в актовом зале КГТУ»; a longer text is no bare place


def place_instead(draft: EventDraft, text: str) -> EventDraft | None:
    """`draft` with the place a short `text` names (bot.core.language.places.find_venue, in
    the nominative), or None when it names none, is longer than PLACE_ANSWER_WORDS words, or
    names the place the draft already has."""
    if len(text.split()) > PLACE_ANSWER_WORDS:
        return None
    venue = find_venue(" ".join(text.split()), None)
    if not venue or venue == draft.venue:
        return None
    return replace(draft, venue=venue)


def _fill(
    draft: EventDraft, asked: Asked, text: str, now: datetime, zone: ZoneInfo | None = None
) -> EventDraft | None:
    if asked.editing is not None:
        return edit(draft, asked, asked.editing, text, now, zone)
    command = parse_command(text)
    if asked.field is DraftField.TITLE:
        return _titled(draft, asked, text) if command is None else None
    if asked.field is DraftField.AUDIENCE:
        # «Для каких классов «Лекция для родителей»?» — «9А»: the parents of 9А, not 9А's
        # students (the question asks which classes, never whether the parents: chat80)
        answered = _with_audience(draft, text, keep_parents=True)
        if answered is not None:
            asked.audience_asked = True
        return answered
    named = day_and_time(text, now, zone)
    if asked.field is DraftField.TIME:
        if (command is not None and command.kind is CommandKind.ALL_DAY) or (
            named and named.all_day
        ):
            # «весь день» answers the time question: its time doubts are settled (doubt41:
            # `end_elsewhere`, `several_times`, `stamp_time` kept asking the time again)
            whole = drafts.whole_day(draft)
            return replace(whole, doubts=drafts.without_time_doubts(whole.doubts))
        short = len(text.split()) <= DAY_ANSWER_WORDS
        if short and named is not None and named.start is None and named.day is not None:
            # a day given where the time was asked («завтра», «в пятницу», «15 декабря»)
            # amends the day; the time is asked again (newcomer walk 2026-12-02n, #11)
            if draft.start is not None and named.day == draft.start.date():
                return None
            return with_answer_doubts(drafts.with_day(draft, named.day), text, now)
        if named is None or named.start is None:
            return None
        moved = drafts.with_day(draft, named.day) if named.day else draft
        return _timed(moved, named)
    if asked.field is DraftField.DATE:
        return _dated(draft, text, named, now, zone)
    return None


def _dated(
    draft: EventDraft, text: str, named: DayAndTime | None, now: datetime, zone: ZoneInfo | None
) -> EventDraft | None:
    """`draft` as `text` answers the date question (`named`: its day and time as read from
    `now`); None when no day is understood. Under the doubt `span_cut`: its words
    (span_answers: «все дни», «только первый»), the span's days without a month («15-17»),
    and a clock alone («в 15:00»: what the draft has — every day of the span, or its one
    day — at that clock; the answer contests the clock the question showed, not the days,
    and the card shows the days before anything is saved). A daily series answered over a
    span longer than span_answers.MAX_DAILY_SPAN_DAYS keeps the question open: `draft` comes
    back unchanged and ask_date says why."""
    dated = _span_answer(draft, text, named, now, zone)
    if dated is not None:
        return draft if series_too_long(draft, dated) else dated
    return None


def _span_answer(
    draft: EventDraft, text: str, named: DayAndTime | None, now: datetime, zone: ZoneInfo | None
) -> EventDraft | None:
    if "span_cut" in draft.doubts and draft.start is not None:
        spanned = span_word_answer(draft, text)  # «все дни», «каждый день», «только первый»
        if spanned is not None:
            return spanned
        written = monthless_span(draft, text)  # «15-17» → «с 15.12.2026 по 17.12.2026»
        if written is not None:
            text, named = written, day_and_time(written, now, zone)
        elif named is not None and named.day is None and named.start is not None:
            day = place_with_clock(draft, text)  # «только первый день в 15:00»
            if day is not None:
                return _timed(drafts.with_day(replace(draft, recurrence=None), day), named)
            return _timed(drafts.with_day(draft, draft.start.date()), named)
    if draft.period is not None:
        named = _within(text, named, draft.period, now, zone)
    else:
        named = _in_offered_month(text, named, draft, now, zone)
    if named is None or named.day is None:
        return None
    dated = _one_day_of_span(draft, drafts.with_day(draft, named.day), text, now)
    dated = _timed(dated, named) if named.start else _with_written_time(dated, draft, now)
    dated = _days_in_a_row(dated, named.day, text, now, all_day=named.all_day)
    return _period_checked(with_answer_doubts(dated, text, now))


def _one_day_of_span(draft: EventDraft, dated: EventDraft, text: str, now: datetime) -> EventDraft:
    """`dated` (`draft` moved to the answered day) without its daily repetition when the
    doubt `span_cut` asked «…с 15 по 17 декабря, а я записал каждый день в 13:00. Как
    правильно?» and the answer names one day («16 декабря», «нет, 16 декабря»): that day
    only. Before, the series was moved whole and ran past the span (16–18 December; attack
    2026-12-03ac, #2). An answer naming a span («15–17 декабря», «16–17») repeats it again
    up to the span's last day (before, «16–17» ran to 18 December too: span26)."""
    if "span_cut" not in draft.doubts or dated.recurrence is None:
        return dated
    parts = _temporal(text, now)
    if parts is not None and parts.day_last is not None:
        # «16–17 декабря», «16-17»: the series runs to the answer's last day, not moved whole
        return replace(dated, recurrence=replace(dated.recurrence, until=parts.day_last))
    return replace(dated, recurrence=None)


def _days_in_a_row(
    dated: EventDraft, day: date, text: str, now: datetime, *, all_day: bool = False
) -> EventDraft:
    """`dated` repeated daily up to the last day of a span the answer names («29 и 30
    декабря», «29–30 декабря» to «На какие 2 дня …?»: newcomer walk 2026-12-02t, #17), as a
    message «… 29–30 декабря с 11:00 до 14:00» is read (draft_assembly); a span of at most
    MAX_ANSWERED_DAYS days. An all-day draft, or an answer saying all day («с 26.03.2010 по
    29.03.2010, весь день»: the doubt `span_cut`'s «Все дни» — a daily series of the draft is
    dropped), lasts until that day instead, as «26–29 марта» is read. Unchanged when the
    answer names one day, or the draft repeats otherwise or has sessions."""
    parts = _temporal(text, now)
    last = parts.day_last if parts is not None else None
    if last is None or last <= day or dated.sessions:
        return dated
    daily = dated.recurrence is not None and dated.recurrence.freq == "daily"
    if all_day and (dated.recurrence is None or daily):
        dated = drafts.whole_day(replace(dated, recurrence=None))
    if dated.recurrence is not None:
        return dated
    if dated.all_day:  # an exhibition «с 3 по 19 ноября»: a long span is the event's own
        return replace(dated, end=datetime.combine(last, time()))
    if (last - day).days > MAX_ANSWERED_DAYS:
        return dated
    return replace(dated, recurrence=Recurrence(freq="daily", until=last))


MAX_ANSWERED_DAYS = 14  # a span longer than two weeks is no run of event days


def _within(
    text: str, named: DayAndTime | None, period: DayPeriod, now: datetime, zone: ZoneInfo | None
) -> DayAndTime | None:
    """The answer to «В какой день?» asked within `period` («Лекция в следующей четверти»):
    a day the answer names inside the period as read from today, else as read from the
    period's first day — «в четверг», «15-го» mean the first such day of the period, not
    this week's or this month's; else the reading from today (outside the period: it is
    asked about, `_period_checked`)."""
    if named is not None and named.day is not None and _inside(named.day, period):
        return named
    eve = datetime.combine(period.first - timedelta(days=1), time(23, 59))
    from_period = day_and_time(text, eve, zone) if eve > now else None
    if from_period is not None and from_period.day is not None and _inside(from_period.day, period):
        return from_period
    return named if named is not None and named.day is not None else from_period


def _in_offered_month(
    text: str, named: DayAndTime | None, draft: EventDraft, now: datetime, zone: ZoneInfo | None
) -> DayAndTime | None:
    """The answer to «На какой день …?» read in the month of the days the question offered
    (the draft's `choices` and its `start`, wall-clock): «24го», «на 24-е», «в воскресенье
    24» under «23 января (сб) — суббота …» with the buttons 23 and 24 January mean 24
    January, not the next 24th from today (newcomer walk 2026-12-03aa, Z2). The text is read
    again from the eve of the first offered day; that reading is taken only when it lands in
    an offered day's month and the first did not — «24 декабря» stays as written, and so
    does «27 ноября» under a past 20 November offered in next year's November (its year is
    read as any date answer's: tests/integration/test_planner_doubts.py)."""
    offered = sorted({c.date() for c in draft.choices} | _start_day(draft))
    if not offered or named is None or named.day is None or not _DAY_NUMBER.search(text):
        # «завтра», «в среду», «послезавтра» count from today, never from the offered day
        # (newcomer walk 2026-12-04aj, AJ1: «завтра» at «…20 ноября 2027 года?» was 20
        # November 2027); only a day number may lack its month
        return named
    months = {(day.year, day.month) for day in offered}
    if named.day.month in {month for _, month in months}:
        return named  # the month is right; its year is the date question's own business
    eve = datetime.combine(offered[0] - timedelta(days=1), time(23, 59))
    if eve <= now:
        return named
    again = day_and_time(text, eve, zone)
    if again is None or again.day is None or (again.day.year, again.day.month) not in months:
        return named
    return again


_DAY_NUMBER = re.compile(r"\d")  # «24го», «на 24-е», «в воскресенье 24»


def _start_day(draft: EventDraft) -> set[date]:
    return {draft.start.date()} if draft.start is not None else set()


def _inside(day: date, period: DayPeriod) -> bool:
    return period.first <= day <= period.last


def _period_checked(dated: EventDraft) -> EventDraft:
    """`dated` with the doubt "outside_period" when its day is not within the period its
    first message named: the date is asked again, saying why (ask_date); «да» keeps it
    (year_confirmed)."""
    period = dated.period
    if period is None or dated.start is None or _inside(dated.start.date(), period):
        return dated
    return replace(dated, doubts=ordered({*dated.doubts, "outside_period"}))


def with_answer_doubts(dated: EventDraft, text: str, now: datetime) -> EventDraft:
    """`dated` with the doubts a first message naming that day would raise (past, another
    school year, a year guessed for a day that had passed: bot.core.language.doubts), so an
    answer "30.11" on 1 December is asked about, never silently moved to next year."""
    parts = _temporal(text, now)
    rolled = parts is not None and parts.rolled_year
    found = timing_doubts(dated.start, dated.all_day, now, rolled_year=rolled)
    if not found:
        return dated
    return replace(dated, doubts=ordered(set(dated.doubts) | found))


def _with_written_time(dated: EventDraft, before: EventDraft, now: datetime) -> EventDraft:
    """`dated` at the time the first message gave when its date could not be read
    ("экскурсия 31.11 в 10 утра": the answer "30.11" keeps 10:00); otherwise unchanged."""
    if before.start is not None or not before.description or not dated.all_day:
        return dated
    parts = _temporal(before.description, now)
    start = parts.start_time if parts is not None else None
    if parts is None or start is None:
        return dated
    return drafts.with_time(dated, start.at, parts.end_time)


def _temporal(text: str, now: datetime) -> TemporalParts | None:
    """Every temporal part of `text`, an impossible date included (its time still read)."""
    try:
        read = without_monthless_dates(correct_typos(text[:500])[0])  # «15.13» is no clock
        return extract_temporal(Scanner(read), now, periods=False)
    except Exception:  # the reader never stops the dialog; a failure just keeps the draft
        return None


def edit(
    draft: EventDraft,
    asked: Asked,
    name: EditableField,
    text: str,
    now: datetime,
    zone: ZoneInfo | None = None,
    *,
    said_for: bool = False,
) -> EventDraft | None:
    """A new value for one field of the draft; None when it cannot be understood. The
    classes' answer may set or remove the age beside them («7–11 классы, до 17 лет», «без
    возраста»: bot.core.language.age_replies), as the card shows it on their line.
    `said_for` (AUDIENCE): `text` is the people a sentence said the event is for
    («это мероприятие для 9-х классов»: EditCommand.said_for), not an answer to «✏️ Классы»."""
    value = " ".join(text.split())
    if name is EditableField.TITLE:
        return _titled(draft, asked, text)
    if name is EditableField.VENUE:
        return replace(draft, venue=None if _NO_VENUE.match(value) else value[:MAX_TITLE])
    if name is EditableField.AUDIENCE:
        asked.audience_asked = True
        aged = age_reply(value)  # the card's age is on the classes' line: «до 17 лет»
        if aged is not None:
            draft = replace(draft, ages=aged.ages)
            if not aged.rest:
                return draft
            value = aged.rest
        # a parents' meeting stays one whichever classes it is given («9Б» typed at
        # «✏️ Классы»); but «это мероприятие для 9-х классов» (`said_for`) says the classes
        # themselves: the students', unless the title is a parents' meeting («Родительское
        # собрание»): chat78's leftover, chat80. The people are read as the sentence said
        # them, after «для» («для учителей 9А»: the staff and 9А, which «учителей 9А»
        # typed at «✏️ Классы» is not)
        if not said_for:
            return _with_audience(draft, value, True)
        return _with_audience(draft, f"для {value}", parents_meeting(draft.title))
    named = day_and_time(value, now, zone)
    command = parse_command(value)
    if (command is not None and command.kind is CommandKind.ALL_DAY) or (named and named.all_day):
        dated = drafts.with_day(draft, named.day) if named and named.day else draft
        return drafts.whole_day(dated)
    if named is None or (named.day is None and named.start is None):
        return None
    moved = drafts.with_day(draft, named.day) if named.day else draft
    moved = _days_in_a_row(moved, named.day, value, now) if named.day else moved
    if named.start and moved.start is None:
        return None  # a clock for a line with no day yet («15 в 14:00» on «март»): not read
    return _timed(moved, named) if named.start else moved


def _with_audience(draft: EventDraft, value: str, keep_parents: bool) -> EventDraft | None:
    """`draft` for the classes answered in `value` («9А», «все», «9А, родители»,
    «педагоги»), or None when `value` names none. Words naming the parents make it the
    parents' of the classes named (or of its own); else the parents' mark of the draft stays
    when `keep_parents` and is dropped otherwise; the staff are never anyone's parents."""
    if names_parents(value):  # «родителей», «9А, родители»: the parents' (chat78)
        return replace(draft, audience=_parents_of(draft.audience, without_parents(value)))
    parents = keep_parents and draft.audience.parents
    command = parse_command(value)
    if command is not None and command.kind is CommandKind.EVERYONE:
        return replace(draft, audience=Audience(parents=parents))
    audience = answered_audience(value)
    if audience.is_everyone:
        return None
    if audience.staff_only:  # «педагоги»: the staff themselves, never their parents
        return replace(draft, audience=audience)
    return replace(draft, audience=replace(audience, parents=parents or audience.parents))


def _parents_of(audience: Audience, classes: str) -> Audience:
    """The parents' audience: of the grades and classes `classes` names («9А» of «9А,
    родители»), or else of `audience`'s own (the whole school's for the staff's or the
    whole school's event)."""
    named = answered_audience(classes) if classes else Audience()
    kept = named if not named.is_everyone else audience
    return Audience(grades=kept.grades, classes=kept.classes, parents=True)


def _titled(draft: EventDraft, asked: Asked, text: str) -> EventDraft | None:
    """`draft` with the title `text` gives (title_answer: a long answer, such as the post
    pasted again, gives the event's name, and `asked.title_shortened` is set); None for an
    empty text."""
    answered = answered_title(text)
    if answered is None:
        return None
    asked.title_shortened = answered.shortened
    return replace(draft, title=answered.title[:MAX_TITLE])


def _timed(draft: EventDraft, named: DayAndTime) -> EventDraft:
    """`draft` at the named start (and end), remembering whether the time was said in Moscow
    time so the card says so («Время было по Москве»); a later local time clears that line."""
    assert named.start is not None
    timed = drafts.with_time(draft, named.start, named.end)
    return replace(timed, moscow_shift_hours=named.moscow_shift_hours)


def answered_audience(text: str) -> Audience:
    """The audience in an answer to "Для каких классов?": what parse_audience reads, or else
    bare grades, since in that answer "9-11", "7–9", "11" or "7, 9" can only mean grades 1–11.
    An empty Audience (everyone) means the answer was not understood. «учителя», «педагоги»
    alone are the staff (Audience.staff), as «для учителей» is."""
    if staff_cell(text):
        return Audience(staff=True)
    audience = parse_audience(text)
    if not audience.is_everyone:
        return audience
    bare = _BARE_GRADES.match(text)
    if bare is None:
        return audience
    grades: set[int] = set()
    for first, last in _BARE_ITEM.findall(bare.group(1)):
        low, high = sorted((int(first), int(last or first)))
        grades.update(range(low, high + 1))
    return Audience(grades=frozenset(grades))


def year_confirmed(draft: EventDraft) -> EventDraft | None:
    """The draft once «да» answered "имеется в виду 20 ноября 2027 года?" (the year the parser
    guessed for a day that had passed): that doubt is settled, the year kept; likewise a day
    outside the period the message named («…не в следующей четверти. Если всё же этот день —
    ответьте «да»»): the day is kept and the period dropped; and a run the news tells begun
    («…уже идёт, но не сказано, до какого дня; я записал только сегодня»: doubt
    `begun_today`): «да» keeps the one day written down, as «сегодня» does (parse72 left);
    a report dated only by its publication stamp (doubt `stamp_day`: «да» keeps the stamp's
    day) and the eve offered for «накануне 8 Марта» (`eve_day`), parse77.
    None when none of these was asked."""
    if draft.start is None:
        return None
    if {"begun_today", "stamp_day", "eve_day"} & set(draft.doubts):
        return drafts.with_day(draft, draft.start.date())
    if "outside_period" in draft.doubts:
        doubts = tuple(d for d in draft.doubts if d != "outside_period")
        return replace(draft, doubts=doubts, period=None)
    if "year_guessed" not in draft.doubts:
        return None
    return replace(draft, doubts=tuple(d for d in draft.doubts if d != "year_guessed"))


def end_confirmed(draft: EventDraft) -> EventDraft | None:
    """The draft once «да» answered the time question of a long post whose end was read
    outside the event's sentence (doubt `end_elsewhere`, start_doubts.end_elsewhere) or of a
    break in capitals timed by the bells (`caps_break`, drafts.at_bells): the question
    showed the start and end found, so «да» keeps both and settles that doubt (review
    2026-12-03 z3, #4: «да» was «Не понял время» again). None when that was not the doubt
    asked about or no clock was found."""
    found = drafts.FOUND_TIME_DOUBTS
    if not found & set(draft.doubts) or draft.start is None or draft.end is None:
        return None
    return replace(draft, doubts=tuple(d for d in draft.doubts if d not in found))


def is_message(text: str, intent: Intent) -> bool:
    """True for a new message (an event with a title, or an explicit question) rather than
    a short answer such as "завтра", which the parser alone would take for a query."""
    if isinstance(intent, EventIntent):
        return len(intent.draft.title.split()) > 1 or _one_word_event(intent.draft)
    return isinstance(intent, QueryIntent) and bool(_QUESTION.search(text))


def another_event(intent: Intent, waiting: EventDraft) -> bool:
    """Whether a reply to «На какой день назначить …?» is an event of its own: a one-word
    title that is a noun, not the waiting draft's first word, with a day and a clock
    («Квиз 10 декабря в 15:00»; newcomer walk 2026-12-02n, #3: it gave the waiting draft its
    day and hour and was lost). «Лучше 10 декабря в 15:00», «Давайте 10-го» (no noun) and
    «Экскурсия 5 января» for «Экскурсия в музей» still answer."""
    if not isinstance(intent, EventIntent):
        return False
    draft = intent.draft
    words = draft.title.split()
    if len(words) != 1 or draft.start is None or not draft.time_known or draft.all_day:
        return False
    own = waiting.title.split()
    if own and own[0].casefold().strip("«»\"'") == words[0].casefold().strip("«»\"'"):
        return False
    return any("NOUN" in p.tag for p in parses(words[0].lower()))


def _one_word_event(draft: EventDraft) -> bool:
    """A one-word title (a noun) with a day of its own and more — classes or a place:
    «Линейка 31.12 в 8:30, 5-11 классы, спортзал» is a new event, not an answer
    (newcomer walk 2026-12-01); «Сбор в 8:30» or «Лучше 15 декабря» still answer."""
    words = draft.title.split()
    if len(words) != 1:
        return False
    dated = draft.start is not None or bool(_DAY_DOUBTS.intersection(draft.doubts))
    more = bool(draft.venue or draft.audience.grades or draft.audience.classes)
    return dated and more and any("NOUN" in p.tag for p in parses(words[0].lower()))


_DAY_DOUBTS = frozenset({"impossible_date", "date_typo"})  # a day written, if mistyped


def announces_event(intent: Intent) -> bool:
    """Whether a message read as `intent` announces an event of its own: the parser read a
    day (its draft has a start, or a mistyped day) and a title whose first word is a noun in
    the nominative — what an announcement names («Концерт 5 декабря», «завтра концерт»,
    «Олимпиада 14.12»). A name asked for in an answer is in another case («экскурсию», «про
    экскурсию»: the accusative after «напомни про») or has no day («Экскурсия в музей»):
    those are not (safety72 #4: «О каком мероприятии напомнить?» took the first as its
    answer and the event was lost)."""
    if not isinstance(intent, EventIntent):
        return False
    draft = intent.draft
    words = draft.title.split()
    if not words or (draft.start is None and not _DAY_DOUBTS.intersection(draft.doubts)):
        return False
    head = words[0].lower().strip("«»\"'")
    return any("NOUN" in p.tag and "nomn" in p.tag for p in parses(head))
