"""What a plan row's notes say about the row itself: cancelled, or moved to another day; and
the total rows («Итого: 6 мероприятий») that are no event at all.

A deputy head who moves or cancels an event often leaves the date as it was and writes it in
the «Примечание» column (or the «Статус» one): «отменено», «Мероприятие отменено»,
«перенесено на 22.12», «перенос на январь». Such a row is never saved on the old date unseen:

- cancelled: the row is refused as cancelled, as a status column saying so is (the planner
  lists it among the rows it skipped);
- moved: the row is held back like an incomplete line, with the `note_moved` doubt (a date
  doubt: bot.core.drafts.DATE_DOUBTS, so naming the day settles it); when
  the note names the new day (and maybe time) it is offered beside the date as written, as two
  buttons («исправь N: …»), since either column may be the one left stale. A note saying where
  the event was moved *from* («перенесено с 14.12»), or naming the row's own date, leaves the
  row as it is: the date column was updated.

The words come from locales/<lang>/export/labels.json (`import.cancelled_words`: stems
a note may open with; `import.cancelled_said`, `import.moved_words`: whole word forms said
anywhere); «не» before a word negates it («не отменяется»). Times are the school's naive
wall-clock time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.core.language.cancel_marks import TitleMark
from bot.core.language.cancel_marks import title_mark as marked_title
from bot.core.language.doubts import ordered
from bot.core.language.when import day_and_time
from bot.core.models import EventDraft
from bot.exports.cells import cell_text
from bot.exports.texts import Labels

_WORD = re.compile(r"[а-яёa-z]+")
_TARGET = re.compile(r"(?<![а-яё])на\s+(.+)", re.IGNORECASE | re.DOTALL)
_SOURCE = re.compile(r"^\s*(?:с|со)\s", re.IGNORECASE)


def row_notes(cells: Sequence[object], columns: Sequence[int]) -> list[str]:
    """The non-empty texts of the row's cells at `columns` (notes, status)."""
    return [text for i in columns if i < len(cells) and (text := cell_text(cells[i]))]


def note_cancels(notes: Sequence[str], labels: Labels) -> bool:
    """Whether a note says the event is cancelled: it opens with a cancelled word
    («отменено», «Отмена — перенос на весну») or says so anywhere («Мероприятие
    отменено», «отменяется»), not negated («не отменяется»)."""
    opening = labels.get("import", "cancelled_words")
    said = labels.get("import", "cancelled_said")
    for note in notes:
        words = _WORD.findall(note.casefold())
        if words and any(words[0].startswith(w) for w in opening):
            return True
        if _said(words, said) or _phrase(note, labels.get("import", "cancelled_phrases")):
            return True
    return False


def with_unsure_note(draft: EventDraft, notes: Sequence[str], labels: Labels) -> EventDraft:
    """`draft` held back with the `note_unsure` doubt when a note says the day is not settled
    («под вопросом», «дата уточняется», «не подтверждено»): never saved as a confirmed event
    unseen (walk p, #9); naming the day («исправь N: 22 декабря») settles it, as for a move."""
    if draft.start is None or not any(
        _phrase(note, labels.get("import", "unsure_phrases")) for note in notes
    ):
        return draft
    return replace(draft, doubts=ordered(set(draft.doubts) | {"note_unsure"}))


def _phrase(note: str, phrases: Sequence[str]) -> bool:
    """Whether one of `phrases` begins a word of `note` («не состоится», «дата уточн…»)."""
    folded = " ".join(note.casefold().replace("ё", "е").split())
    return any(
        re.search(rf"(?<![а-яёa-z]){re.escape(p.replace('ё', 'е'))}", folded) for p in phrases
    )


def with_moved_note(
    draft: EventDraft, notes: Sequence[str], now: datetime, labels: Labels
) -> EventDraft:
    """`draft` held back with the `note_moved` doubt when a note says the event was moved
    («перенесено на 22.12», «перенос на 22 декабря в 16:00», «перенесли»); the day (and
    time) the note names, when it names one, is offered after the date as written
    (`choices`). Unchanged when no note says so, when it names where from, or names the
    row's own start."""
    if draft.start is None:
        return draft
    moved_words = labels.get("import", "moved_words")
    for note in notes:
        folded = note.casefold()
        words = _WORD.findall(folded)
        if not _said(words, moved_words):
            continue
        rival = _moved_to(draft.start, folded, moved_words, now)
        if rival is False:
            continue  # «перенесено с 14.12 на 16.12» with the row on 16.12, or «с 14.12»
        choices = (draft.start, rival) if isinstance(rival, datetime) else ()
        doubts = ordered(set(draft.doubts) | {"note_moved"})
        return replace(draft, doubts=doubts, choices=choices)
    return draft


def _said(words: Sequence[str], forms: Sequence[str]) -> bool:
    """Whether one of the words is one of `forms` (whole words: a surname «Переносова» is no
    «перенос»), not right after «не»."""
    return any(word in forms and (i == 0 or words[i - 1] != "не") for i, word in enumerate(words))


def _moved_to(
    start: datetime, note: str, moved_words: Sequence[str], now: datetime
) -> datetime | bool | None:
    """Where the note moves the event: the new start; None when it names no new day or
    time; False when it names only where from («перенесено с 14.12») or the row's own
    start (the date column already says it)."""
    said = next(m for m in _WORD.finditer(note) if m[0] in moved_words)
    after = note[said.end() :]
    target = _TARGET.search(after)
    if target is None:
        return False if _SOURCE.match(after) else None
    named = day_and_time(target.group(1), now)
    if named is None or (named.day is None and named.start is None):
        return None
    day = named.day or start.date()
    rival = datetime.combine(day, named.start or start.time())
    return False if rival == start else rival


def is_total_row(cells: Sequence[object], date_cell: object, labels: Labels) -> bool:
    """A total row: a cell opening with a total word («Итого: 6 мероприятий», «Всего
    мероприятий — 6»), a number in the row, and no date (the date cell empty, or holding
    that total). Skipped quietly: it is the plan's count, not a bad row («Всего понемногу»
    with no date and no number stays a row without a date)."""
    words = labels.get("import", "total_words")
    total = re.compile(rf"(?:{'|'.join(words)})(?![а-яё])")
    dated = cell_text(date_cell).casefold()
    if dated and not total.match(dated):
        return False
    texts = [cell_text(c).casefold() for c in cells]
    return any(total.match(t) for t in texts) and any(ch.isdigit() for t in texts for ch in t)


def title_mark(title: str, labels: Labels) -> TitleMark | None:
    """The cancel or move mark of a title cell (bot.core.language.cancel_marks.title_mark)
    with this locale's words: `import.cancelled_said` and `import.cancelled_marks` (the
    noun «отмена», which in a note may be a mere possibility but set apart in a title is
    the row's state) say cancelled, `import.moved_words` moved."""
    cancelled = [*labels.get("import", "cancelled_said"), *labels.get("import", "cancelled_marks")]
    return marked_title(title, cancelled, labels.get("import", "moved_words"))
