"""A move note written on a pasted plan's line (adversarial walk l, #7): «Турнир 11 декабря в
12:00, 4Б — перенос на 14:30», «Концерт 12 декабря в 13:00 (перенесено на 15 декабря)». The
writer of a plan moves a row by noting the new time or day beside the old one instead of
rewriting it; the row is the event at its new time, as a single message «… перенесено на
14:30» is read as a move (move_phrases.py). The note is found as a plan file's move mark is
(cancel_marks.title_mark: apart from the title's words, never inside quotes or negated).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from bot.core.language.cancel_marks import title_mark
from bot.core.language.when import DayAndTime, day_and_time
from bot.core.models import EventDraft


def move_note(line: str, now: datetime) -> tuple[str, DayAndTime] | None:
    """(the line without its move note, the new day and/or time the note names) for a plan
    line carrying a move note with a target; None when it has none (a cancel mark, a move
    mark naming no day or time: «Квиз (перенесено)»). `now` is the school's naive
    wall-clock time."""
    mark = title_mark(line)
    if mark is None or mark.cancelled or not mark.title:
        return None
    named = day_and_time(mark.mark, now)
    if named is None or (named.day is None and named.start is None):
        return None
    return mark.title, named


def moved_draft(draft: EventDraft, named: DayAndTime) -> EventDraft:
    """`draft` moved to the day and/or time `named` (school wall-clock): a new day keeps the
    clock time, a new time keeps the day; the event keeps its length (or takes the end
    named), its sessions move with it."""
    old = draft.start
    day = named.day or (old.date() if old is not None else None)
    if day is None:
        return draft
    if named.start is not None:
        clock = named.start
    elif old is not None:
        clock = old.time()
    else:
        clock = time(0)
    start = datetime.combine(day, clock)
    end = None
    if named.end is not None:
        end = datetime.combine(day, named.end)
    elif draft.end is not None and old is not None:
        end = draft.end + (start - old)
    shift = start - old if old is not None else None
    sessions = (
        tuple((s + shift, e + shift if e else None) for s, e in draft.sessions)
        if shift is not None
        else draft.sessions
    )
    return replace(
        draft,
        start=start,
        end=end,
        time_known=draft.time_known or named.start is not None,
        all_day=draft.all_day and named.start is None,
        sessions=sessions,
    )
