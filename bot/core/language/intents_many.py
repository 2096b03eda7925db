"""Several events of one message: a pasted plan or post read as one Intent per event (split
from intents.py).

`parse_many` splits a text into rows (one per dated line or paragraph), reads each with
intents.parse_message, and keeps a single event when the rows are one event's programme."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.language.chat_deadline import take_deadline
from bot.core.language.intents import parse_message
from bot.core.language.intents_asks import DATE_LINE
from bot.core.language.intents_event import without_day
from bot.core.language.month_rows import without_month_headings
from bot.core.language.plan_context import (
    is_logistics,
    labels_a_card,
    meetings_by_place,
    shared_facts,
    with_shared,
)
from bot.core.language.plan_moves import move_note, moved_draft
from bot.core.language.plan_notices import is_notice_line
from bot.core.language.plan_prose import is_prose_row, one_events_programme, parts_of_one_event
from bot.core.language.plan_rows import is_undated_row, names_own_day, range_rows, with_day_headers
from bot.core.language.programme import programme_blocks, programme_draft, read_programme
from bot.core.language.sentences import sentences
from bot.core.language.stamps import head_stamps
from bot.core.language.temporal import extract_temporal
from bot.core.language.title import concise_title
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.tokens import Scanner
from bot.core.language.typos import correct_typos
from bot.core.language.weekday_clocks import meetings_by_weekday
from bot.core.models import EventDraft, EventIntent, Intent, OtherIntent


def _plan_row(line: str, now: datetime) -> Intent:
    """One line of a pasted plan; a line with a move note («… — перенос на 14:30») is its
    event at the new day or time, the note out of its title (plan_moves.py)."""
    note = move_note(line, now)
    if note is not None:
        intent = parse_message(note[0], now)
        if isinstance(intent, EventIntent) and intent.draft.start is not None:
            return replace(intent, draft=moved_draft(intent.draft, note[1]))
    return parse_message(line, now)


def parse_many(text: str, now: datetime, *, day_in_period: bool = False) -> list[Intent]:
    """A pasted plan gives one intent per event line; anything else gives one intent (read
    with `day_in_period`, see parse_message; a plan's lines never are).

    A plan's lines without a day of their own lend their audience, kind, place and deadline
    to the rows that name none (plan_context.py); rows that name no activity and no class of
    their own are the sessions of one event («Мастер-класс «Ёлка»» / «12 декабря в 15:00» /
    «19 декабря в 15:00»), read as one message. Day lines under a month heading («Декабрь» /
    «14 — Лекция, 15:00») are that month's days (month_rows.py). Steps: meetings by place
    (_placed_meetings) or weekdays by clock (_weekly_meetings), the message as one event or
    programme (_one_message), the rows read (_read_rows), one event's rows (_one_event), else
    the plan's events (_plan_events)."""
    text = _with_month_days(text)
    split = _placed_meetings(text, now) or _weekly_meetings(text, now)
    if split is not None:
        return split
    pasted = _pasted(text, now, day_in_period)
    alone = _one_message(pasted, now)
    if alone is not None:
        return alone
    rows = _read_rows(pasted, now)
    if _one_event(rows):
        return _whole(pasted, now)
    return _plan_events(rows, now)


@dataclass(frozen=True, slots=True)
class _Pasted:
    """A pasted message's lines as parse_many sets them out: `lines` (stripped, non-empty),
    `body` (without contact lines and "no events" notices: plan_notices.py), whether any
    notice was set aside with a body left (`notices`), the publication stamps at the head
    (`stamped`: stamps.head_stamps) and how the message read whole takes a period alone."""

    text: str
    lines: list[str]
    body: list[str]
    notices: bool
    stamped: frozenset[str]
    day_in_period: bool


@dataclass(frozen=True, slots=True)
class _Rows:
    """A plan's rows as read (_read_rows): `lines` after day headers and day ranges,
    the `ranged` lines (a range's day asked), each row (its line, its intent) without the
    `heading` (a first line that is no event), and whether each row names its own day."""

    lines: list[str]
    ranged: frozenset[str]
    rows: list[tuple[str, Intent]]
    heading: str | None
    own_day: list[bool]


def _with_month_days(text: str) -> str:
    """`text` with its day lines under a month heading («Декабрь» / «14 — Лекция, 15:00»)
    written as that month's days (month_rows.without_month_headings); as it was when none."""
    stripped = [line.strip() for line in text.splitlines() if line.strip()]
    if (headed := without_month_headings(stripped)) is not stripped:
        return "\n".join(headed)
    return text


def _placed_meetings(text: str, now: datetime) -> list[Intent] | None:
    """One event's meetings at different places («8 дек в 15:00 (…) и 15 дек …»:
    plan_context.meetings_by_place), each with its venue, when every part is an event;
    None otherwise."""
    meetings = meetings_by_place(text)
    if meetings is None:
        return None
    each = [(parse_message(part, now), venue) for part, venue in meetings]
    placed = [(i.draft, venue) for i, venue in each if isinstance(i, EventIntent)]
    if len(placed) != len(each):
        return None
    return [EventIntent(replace(d, venue=venue)) for d, venue in placed]


def _weekly_meetings(text: str, now: datetime) -> list[Intent] | None:
    """One weekly repeat's days each at its own clock («Кружок по вторникам в 15:00 и
    четвергам в 16:00»: weekday_clocks.meetings_by_weekday), one series per clock, when every
    part reads as a repeating event; None otherwise."""
    meetings = meetings_by_weekday(text)
    if meetings is None:
        return None
    each = [parse_message(part, now) for part in meetings]
    repeats = all(isinstance(i, EventIntent) and i.draft.recurrence is not None for i in each)
    return each if repeats else None


def _pasted(text: str, now: datetime, day_in_period: bool) -> _Pasted:
    """`text`'s lines set out (_Pasted)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # contact lines and "no events" notices (plan_notices.py) are set aside before the
    # message is judged a plan or one event: they are no rows, and their hours and days
    # («Звоните с 10:00 до 16:00», «19 декабря — занятий не будет») are no event's
    # (adversarial walk 2026-12-02n, #1)
    body = [line for line in lines if not is_notice_line(line)]
    notices = len(body) < len(lines) and bool(body)
    # a publication stamp at the head («20.11.2026 12:40», «Опубликовано 20 ноября 2026,
    # 12:40») is when a news item was put up, never a plan's row: a short item under its
    # stamp is one post, read whole, where the event's reading knows stamps (stamp41)
    stamped = head_stamps(body, now)
    return _Pasted(text, lines, body, notices, stamped, day_in_period)


def _whole(pasted: _Pasted, now: datetime) -> list[Intent]:
    """The message read as one (with its `day_in_period`); with notices set aside, its body
    read and the whole message kept as the event's description."""
    if not pasted.notices:
        return [parse_message(pasted.text, now, day_in_period=pasted.day_in_period)]
    intent = parse_message("\n".join(pasted.body), now, day_in_period=pasted.day_in_period)
    if isinstance(intent, EventIntent):  # the whole message stays the description
        return [replace(intent, draft=replace(intent.draft, description=pasted.text.strip()))]
    return [intent]


def _one_message(pasted: _Pasted, now: datetime) -> list[Intent] | None:
    """The message's intents when it is no plan of rows: one event's programme, programmes
    one after another, a paragraph announcing its programme, too few rows beside the head's
    stamps or a card's labels (read whole); None when its rows are to be read."""
    text, lines, body = pasted.text, pasted.lines, pasted.body
    if len(lines) > 2 and (programme := _programme(text, now)) is not None:
        return [programme]  # «12 декабря, День открытых дверей:» / «10:00 — …» / «10:30 — …»
    if len(lines) > 5 and (blocks := programme_blocks(text)) is not None:
        found = [_programme(block, now) for block in blocks]  # two programmes, one after another
        programmes = [p for p in found if p is not None]
        if len(programmes) == len(found):
            return list(programmes)
    if len(body) > 1 and _announces_its_programme(body[0]):
        return _with_programme(body[0], _whole(pasted, now), now)
    if len(body) - len(pasted.stamped) < 2 or labels_a_card(text):
        return _whole(pasted, now)
    return None


def _read_rows(pasted: _Pasted, now: datetime) -> _Rows:
    """Each line but the head's stamps read as a plan's row (_plan_row; a notice is no
    row): its day from a day header or a range (asked), a first line that is no event the
    heading, and whether each row names its own day."""
    lines = [line for line in pasted.lines if line not in pasted.stamped]
    lines = with_day_headers(lines)  # «17 декабря:» / «9:00 — квест, 4Б»: the row's day
    lines, ranged = range_rows(lines)  # «14–18 декабря:» / «Лекция 15:00, 9А»: day asked
    # contact lines and "no events" notices are no rows (plan_notices.py)
    intents = [
        OtherIntent(text=line) if is_notice_line(line) else _plan_row(line, now) for line in lines
    ]
    rows = list(zip(lines, intents, strict=True))
    heading = None
    if not isinstance(intents[0], EventIntent):
        heading, rows = lines[0], rows[1:]  # a heading («План на декабрь»)
    own_day = [
        (line in ranged and isinstance(intent, EventIntent)) or _has_own_day(line, intent, now)
        for line, intent in rows
    ]
    return _Rows(lines, ranged, rows, heading, own_day)


def _one_event(read: _Rows) -> bool:
    """Whether a plan's rows are one event's: fewer than two events or dated rows, as
    many prose lines as dated rows (unless its rows list events), one announcement's
    paragraphs, one event's programme under an undated head, or sessions with no title
    and no class."""
    rows, own_day = read.rows, read.own_day
    dated = sum(own_day)
    events = [intent for _, intent in rows if isinstance(intent, EventIntent)]
    prose = _prose_lines(rows, own_day)
    if len(events) < 2 or dated < 2 or (dated <= prose and not _listed_events(rows, own_day)):
        return True
    if _one_events_paragraphs(rows, own_day):
        return True
    undated_head = read.heading is not None or not own_day[0]  # the first line names no day
    if undated_head and one_events_programme(read.lines[0], _dated_drafts(rows, own_day)):
        return True  # «Фестиваль науки …» / «12 декабря 10:00 — регистрация, …»: one event
    drafts = [i.draft for i in events]
    # one event's sessions, one per line
    return not any(d.title for d in drafts) and all(d.audience.is_everyone for d in drafts)


def _prose_lines(rows: Sequence[tuple[str, Intent]], own_day: Sequence[bool]) -> int:
    """How many rows are prose: no day of their own, no undated list item, no notice, and a
    finite verb. A plan's rows carry their own days and outnumber its other lines; an
    announcement's programme ("09:30–10:00 — регистрация") has clock times only, among
    prose sentences; a list item without its day yet («Ярмарка в конце месяца») is no prose
    (plan_rows.py); a heading naming the plan's week («План мероприятий, проводимых с 23.04
    по 28.04») or a signature («Педагог-организатор станции юннатов») says nothing of its
    own: no prose (walk v, F3: a weekly plan's two dated events were read as one, the
    second lost)."""
    return sum(
        1
        for (line, _), own in zip(rows, own_day, strict=True)
        if not own
        and not is_undated_row(line)
        and not is_notice_line(line)
        and has_finite_verb(line)
    )


def _plan_events(read: _Rows, now: datetime) -> list[Intent]:
    """A plan's events, one per row: the lines with no day of their own (and a logistics
    heading) lend their facts (plan_context.shared_facts) to every row; a row with a day
    range or no day of its own is asked its day; a meeting point, a reply deadline or a
    deadline alone is no row."""
    rows, own_day, heading = read.rows, read.own_day, read.heading
    others = [line for (line, _), own in zip(rows, own_day, strict=True) if not own]
    if heading is not None and is_logistics(heading, now):  # «Место проведения: …» first
        others = [heading, *others]  # it lends its place; the heading is the next line
        heading = next((line for line in others if not is_logistics(line, now)), None)
    facts = shared_facts(heading, others, now)
    # a meeting point or a reply deadline («Сбор у главного входа в 9:45.», «Просим
    # подтвердить участие до 3 декабря в 12:00») is no row: its clock alone would put it on
    # an invented day (newcomer walk 2026-12-01g, #1)
    drafts = [
        intent.draft if own and line not in read.ranged else without_day(intent.draft)
        for (line, intent), own in zip(rows, own_day, strict=True)
        if isinstance(intent, EventIntent) and (own or not is_logistics(line, now))
    ]
    return [
        EventIntent(draft=with_shared(d, facts, own_title=bool(d.title)))
        for d in drafts
        if d.start is not None or d.deadline is None  # «Заявки до 7 декабря»: not a row
    ]


def _one_events_paragraphs(rows: Sequence[tuple[str, Intent]], own_day: Sequence[bool]) -> bool:
    """Whether a message's dated lines are prose paragraphs of one announcement: every one a
    sentence («… пройдёт выставка … «Зимняя сказка».», «Торжественное закрытие выставки
    состоится 10 января в 15:00.») and one naming another's event as its part (plan_prose.py).
    Read as one post, as it is with more prose around it (route44, after doubts43: the
    exhibition's row was dropped from a plan of one row, «Сохранить весь план?» asked)."""
    dated = [(line, i) for (line, i), own in zip(rows, own_day, strict=True) if own]
    if not all(is_prose_row(line) for line, _ in dated):
        return False
    titles = [i.draft.title for _, i in dated if isinstance(i, EventIntent) and i.draft.title]
    return parts_of_one_event(titles)


def _dated_drafts(
    rows: Sequence[tuple[str, Intent]], own_day: Sequence[bool]
) -> list[tuple[str, EventDraft]]:
    """The rows read with a day of their own, each (its line, its draft), in order."""
    return [
        (line, i.draft)
        for (line, i), own in zip(rows, own_day, strict=True)
        if own and isinstance(i, EventIntent)
    ]


def _listed_events(rows: Sequence[tuple[str, Intent]], own_day: Sequence[bool]) -> bool:
    """Whether every dated row of a pasted message opens with its day and names a title of
    its own, two titles or more and all different («10 декабря в 15.00 - лекция «…»», «17
    декабря в 15:30 состоится мастер-класс по робототехнике»): a list of events, however
    much prose surrounds it — a greeting, «… приглашает учащихся 9-11 классов …», «Заявки
    принимаются до …», «Просим подтвердить участие!» (newcomer walk 2026-12-04ag, AG1: the
    first row's title was given the second row's day, the first event lost). Rows of one
    title are one event's meetings, told by its prose: not a list."""
    titles = [
        intent.draft.title.strip().lower()
        for (line, intent), own in zip(rows, own_day, strict=True)
        if own and isinstance(intent, EventIntent)
    ]
    opening = [
        DATE_LINE.match(line) is not None
        for (line, _), own in zip(rows, own_day, strict=True)
        if own
    ]
    return len(titles) >= 2 and all(titles) and all(opening) and len(set(titles)) == len(titles)


# the last sentence of a paragraph introducing one event's programme: «Программа
# соревнований следующая:», «Расписание мероприятия:», «Порядок проведения:»
_PROGRAMME_NEXT = re.compile(
    r"(?:программ[аы]|расписани[ея]|порядок\s+проведения|регламент)[^.!?:]*:\s*$", re.IGNORECASE
)


def _announces_its_programme(first: str) -> bool:
    """Whether a message's first line is a prose paragraph (two sentences or more) ending by
    introducing a programme («… пройдет командный чемпионат … Программа соревнований
    следующая:»): its lines below are that event's steps, never a plan's rows (walk u, F5:
    «Открытие соревнований и начало», «Начало» saved as events for «все классы»)."""
    spans = sentences(first)
    return len(spans) >= 2 and _PROGRAMME_NEXT.search(first[spans[-1][0] :]) is not None


def _with_programme(paragraph: str, whole: list[Intent], now: datetime) -> list[Intent]:
    """The event of a paragraph introducing its programme: its days as the paragraph gives
    them («С 19 по 20 декабря … чемпионат»: both days, never a step's clock as its start),
    the place the whole message names (an «Адрес …» line below) and the whole text as its
    description; `whole` (the message read as one) when the paragraph names no day."""
    read = whole[0] if len(whole) == 1 else None
    head = parse_message(paragraph, now)
    if not isinstance(read, EventIntent) or not isinstance(head, EventIntent):
        return whole
    if head.draft.start is None or not head.draft.title.strip():
        return whole
    venue = read.draft.venue or head.draft.venue
    return [EventIntent(replace(head.draft, venue=venue, description=read.draft.description))]


def _programme(text: str, now: datetime) -> EventIntent | None:
    """One event's programme under its heading (programme.py), or None: the heading's draft
    (its title — else the whole message's —, day, classes, place) over every step."""
    found = read_programme(text)
    if found is None:
        return None
    head = parse_message(found.head, now)
    whole = parse_message(text, now)
    if isinstance(head, EventIntent) and _has_own_day(found.head, head, now):
        draft = head.draft
    elif not isinstance(whole, EventIntent) or whole.draft.start is None:
        return None
    elif names_own_day(found.head):  # «Расписание» / «23 апреля»: the day read with the rest
        draft = whole.draft
    else:
        # «День открытых дверей:» / «10:00 — …»: no day written, so it is asked (no_date),
        # never the day the clock alone would give; the heading's name is the title
        named = concise_title(found.head, None, fallback=False) or whole.draft.title
        draft = replace(without_day(whole.draft), title=named)
    if not draft.title.strip():
        draft = replace(draft, title=whole.draft.title if isinstance(whole, EventIntent) else "")
    event = programme_draft(found, draft, text)
    return EventIntent(event) if event is not None else None


def _has_own_day(line: str, intent: Intent, now: datetime) -> bool:
    """Whether a pasted line is an event with a start on a day the line names itself (not a
    clock time alone, nor only a deadline's date)."""
    if not isinstance(intent, EventIntent):
        return False
    if intent.draft.start is None and intent.draft.deadline is not None:
        return False  # «Заявки принимаются по 7 декабря.»: a deadline, not a row
    sc = Scanner(correct_typos(line)[0])
    take_deadline(sc, now)  # «до 3 декабря в 12:00» names the reply's day, not the line's
    return extract_temporal(sc, now, periods=False).has_day
