"""One event's programme pasted one step per line under its heading.

«12 декабря, День открытых дверей:» / «10:00 — регистрация» / «10:30 — приветствие» /
«11:00 — мастер-классы»: the heading names the event, its day (and maybe its classes or
place); the lines after it open with their clocks, in order, and name no day of their own.
That is how a programme of one day is written, so it is one event — the steps are its
parts, not rival start times, nor sessions held apart (bot.core.language.sessions), nor a
plan's rows (a line naming its own classes makes a timetable of class events instead:
plan_rows.with_day_headers). The event runs from the first step to the last step's end;
when the last step has no end, it is taken to last DEFAULT_DURATION, and the card says so.
Every step is kept in the draft (`EventDraft.programme`) and shown on the card; the whole
message stays the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time

from bot.core.language.audience import extract_audience
from bot.core.language.parts import H, M
from bot.core.language.plan_rows import names_own_day
from bot.core.language.tokens import Scanner
from bot.core.models import DEFAULT_DURATION, EventDraft

MAX_HEAD_LINES = 2  # a heading: the event's name and its day, on one line or two
MAX_STEPS = 30
# a step: its clock (or span) first, then what happens: «10:00 — регистрация»,
# «9:30-10:00 сбор участников», «11.15 награждение»
_STEP = re.compile(
    rf"^\W*?({H})[:.\-]({M})(?:\s*[-–—]\s*({H})[:.\-]({M}))?(?![\d.:])\s*[-–—:.]?\s*(.*)$"
)
_TIME_DOUBTS = frozenset(
    {
        "several_times",
        "end_before_start",
        "vague_time",
        "lesson_time",
        "grade_or_clock",
        "impossible_time",
        "end_elsewhere",
        "stamp_time",
        "weekly_time",
        "short_slot",
        "clock_apart",
        "after_clock",
        "relay_clock",
    }
)


@dataclass(frozen=True, slots=True)
class Programme:
    """A heading (its lines joined by new lines) and its steps, each (start, end or None,
    what happens), clock times of the heading's day, in the order written."""

    head: str
    steps: tuple[tuple[time, time | None, str], ...]


def read_programme(text: str) -> Programme | None:
    """The programme `text` is: one or two heading lines, then two or more lines each opening
    with its clock, starts never going back, none naming a day or classes of its own; None
    for any other text (a plan, a post with prose between its times, a single step)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((i for i, line in enumerate(lines) if _STEP.match(line)), None)
    if first is None or not 1 <= first <= MAX_HEAD_LINES:
        return None
    steps: list[tuple[time, time | None, str]] = []
    for line in lines[first:]:
        m = _STEP.match(line)
        if m is None or names_own_day(m.group(5)):
            return None
        if not extract_audience(Scanner(m.group(5))).is_everyone:
            return None  # «10:00 — квест, 4Б»: a class's own event, a plan's row
        start = time(int(m.group(1)) % 24, int(m.group(2)))
        end = time(int(m.group(3)) % 24, int(m.group(4))) if m.group(3) else None
        if steps and start < steps[-1][0]:
            return None
        steps.append((start, end, m.group(5).strip(" .;")))
    if not 2 <= len(steps) <= MAX_STEPS:
        return None
    return Programme("\n".join(lines[:first]), tuple(steps))


def programme_blocks(text: str) -> list[str] | None:
    """The texts of two or more programmes pasted one after another («12 декабря, День
    открытых дверей:» / «10:00 — регистрация» / «11:00 — экскурсия» / «13 декабря, Фестиваль
    науки:» / «12:00 — открытие» / …): a new programme opens at a heading line after a step;
    each block must be a programme itself (`read_programme`) whose heading names its own
    day. None for any other text — one
    programme, or blocks that are not all programmes (adversarial walk 2026-12-02n, #2: two
    programmes were read as one event with two sessions, the second title lost)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    blocks: list[list[str]] = []
    after_step = True
    for line in lines:
        step = _STEP.match(line) is not None
        if not step and after_step:
            blocks.append([])
        if not blocks:
            return None
        blocks[-1].append(line)
        after_step = step
    if len(blocks) < 2:
        return None
    texts = ["\n".join(block) for block in blocks]
    found = [read_programme(t) for t in texts]
    # each heading names its own day: sections of one day («Первая смена:») stay one text
    if all(p is not None and names_own_day(p.head) for p in found):
        return texts
    return None


def programme_draft(programme: Programme, head: EventDraft, text: str) -> EventDraft | None:
    """The event of `programme`: `head` (the heading's draft: its title, day, classes,
    place) from the first step's start (or the heading's own earlier clock) to the last
    step's end, every step kept; `text` (the whole message) is the description. None when
    the heading names no day (the message is then read as before)."""
    if head.start is None:
        return None
    day = head.start.date()
    steps = tuple(
        (datetime.combine(day, s), datetime.combine(day, e) if e is not None else None, what)
        for s, e, what in programme.steps
    )
    start = steps[0][0]
    if head.time_known and not head.all_day and head.start < start:
        start = head.start
    last_start, last_end, _ = steps[-1]
    end = last_end if last_end is not None and last_end > last_start else None
    end = end or last_start + DEFAULT_DURATION
    return replace(
        head,
        start=start,
        end=end,
        all_day=False,
        time_known=True,
        doubts=tuple(d for d in head.doubts if d not in _TIME_DOUBTS),
        sessions=(),
        choices=(),
        recurrence=None,
        description=text,
        programme=steps,
    )


MINUTES_A_DAY = 24 * 60


def stored_steps(description: str | None) -> tuple[tuple[time, time | None, str], ...]:
    """The steps of the programme a stored event's `description` is (`read_programme`), as
    (start, end or None, what happens) clock times of the event's day; () when it is none.
    A moved event's description has its steps moved with it (`shifted`)."""
    found = read_programme(description) if description else None
    return found.steps if found is not None else ()


def shifted(description: str | None, minutes: int) -> str | None:
    """`description` with every step clock of its programme moved by `minutes` (negative:
    earlier; around the clock, modulo a day), each clock written as it was (its separator,
    a leading zero or none); unchanged when it is no programme or `minutes` is 0. An event
    moved to 11:00 then reads «11:00 — регистрация» where its text said «10:00 — …»
    (newcomer walk 2026-12-02n, #15)."""
    if not description or minutes % MINUTES_A_DAY == 0 or read_programme(description) is None:
        return description
    lines = description.split("\n")
    heading_seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        heading_seen += 1
        m = _STEP.match(stripped)
        if m is None or heading_seen == 1:
            continue
        offset = len(line) - len(line.lstrip())
        pieces = [(1, 2)] + ([(3, 4)] if m.group(3) else [])
        rebuilt = stripped
        for hour_group, minute_group in reversed(pieces):  # right to left: spans stay valid
            hours, mins = int(m.group(hour_group)), int(m.group(minute_group))
            total = (hours * 60 + mins + minutes) % MINUTES_A_DAY
            width = 2 if m.group(hour_group).startswith("0") else 1  # «09:45» or «9:45»
            clock = f"{total // 60:0{width}d}{stripped[m.end(hour_group)]}{total % 60:02d}"
            rebuilt = rebuilt[: m.start(hour_group)] + clock + rebuilt[m.end(minute_group) :]
        lines[index] = line[:offset] + rebuilt + line[offset + len(stripped) :]
    return "\n".join(lines)
