"""A pending plan's line named by its title, for a new time typed in everyday words
(newcomer77): under a museum's three-line programme «экскурсия в 12:30» or «экскурсия не в
12, а в 12:30» is the excursion line's new time — the same as «исправь 2: в 12:30» — not a
new event «Экскурсия» (which asked «добавь / замени / оставь оба») nor «Не понял, что
исправить». Pure over the Dialog: no store (bot.core.features.pending_drafts and
bot.core.features.plan_lines show the plan again).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core import draft_json
from bot.core.dialog import Dialog, EditableField, line_numbers
from bot.core.language.answers import Asked, edit
from bot.core.language.named_words import title_words
from bot.core.models import EventDraft
from bot.core.month_days import held_for_a_day

# a line is named by a few words of its title («экскурсия», «мастер-класс по игрушке»)
NAMING_WORDS = 3


def named_line(dialog: Dialog, words: str) -> int | None:
    """The index in `dialog.pending` of the one line of a plan (two lines or more) whose
    title holds every word of `words` (dictionary forms, named_words.title_words); None
    when `words` names none, more than NAMING_WORDS words, or several lines."""
    wanted = set(title_words(words))
    if len(dialog.pending) < 2 or not wanted or len(wanted) > NAMING_WORDS:
        return None
    found = [
        index
        for index, draft in enumerate(dialog.drafts())
        if wanted <= set(title_words(draft.title))
    ]
    return found[0] if len(found) == 1 else None


def retimes_a_line(dialog: Dialog, events: Sequence[EventDraft]) -> int | None:
    """The index of the pending plan's line a single new event only retimes: its title the
    line's words (named_line), no day of its own («no_date»), no classes and no place;
    None otherwise, or while a question about new drafts is open."""
    if len(events) != 1 or dialog.incoming:
        return None
    event = events[0]
    if "no_date" not in event.doubts or event.venue or not event.audience.is_everyone:
        return None
    return named_line(dialog, event.title)


def retime_line(dialog: Dialog, index: int, when: str, now: datetime) -> tuple[int, str] | None:
    """Give line `index` of `dialog.pending` the time (or day) `when` says, as «исправь N:
    <when>» does (its other fields and its file keys kept); (its number as shown, its
    title), or None when `when` is no day or time (nothing changed). `now` is the school's
    naive wall-clock time."""
    draft = dialog.drafts()[index]
    asked = Asked(None, EditableField.WHEN, audience_asked=True)
    fixed = edit(held_for_a_day(draft), asked, EditableField.WHEN, when, now)
    if fixed is None:
        return None
    number = line_numbers(dialog.pending)[index]
    dialog.pending[index] = {**dialog.pending[index], **draft_json.draft_to_json(fixed)}
    dialog.settle()
    return number, fixed.title or draft.title
