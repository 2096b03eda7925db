"""A span of days written without a time of day leaves its hours unknown.

«Неделя театра 21–25 декабря» names days, not hours: the parser reads it as an all-day span,
but unless the text says so («весь день», «целый день», «в течение дня», «круглосуточно»,
«все дни»), the organiser has not said whether it takes the whole days or some hours of
each. A plan file's row with such a span and no time is held with «нет времени»
(bot.exports.cells); a message is now read the same way, so the chat asks for the time (or
«весь день») instead of saving a whole-days event unseen (newcomer walk 2026-12-01e, the
last note). A single day without a time is already asked about by the parser
(`time_known` False); a recurrence or listed sessions have their own times, and a frame
with a day announced inside it («С 30 ноября по 6 декабря … в среду, 2 декабря, …») is asked
as a choice of days first.
Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.language.opening_hours import opening_hours_phrase
from bot.core.language.tokens import normalize
from bot.core.models import EventDraft
from bot.core.run_ends import is_visited_kind

_WHOLE_DAYS = re.compile(
    r"(?<![а-я])(?:(?:весь|целый|полный)\s+день|(?:все|целые|полные)\s+дни"
    r"|в\s+течение\s+(?:всего\s+)?дня|круглосуточн\w*)(?![а-я])"
)


def says_whole_days(text: str) -> bool:
    """Whether `text` says its days are taken whole («весь день», «целый день», «в течение
    дня», «круглосуточно», «все дни»)."""
    return _WHOLE_DAYS.search(normalize(text)) is not None


def hours_unknown(draft: EventDraft) -> EventDraft:
    """`draft` with `time_known` False when it is an all-day span of two days or more, not
    repeating, without sessions or days to choose from, whose text (`description`) neither
    says the days are whole nor tells opening hours or the same hours every day (a run open
    then, visited at any of them: stored whole, the hours kept in the description and shown
    on the card, parse74);
    otherwise `draft` unchanged."""
    if not draft.all_day or not draft.time_known or draft.start is None or draft.end is None:
        return draft
    if draft.end.date() <= draft.start.date() or draft.recurrence is not None:
        return draft
    if draft.sessions or draft.choices or says_whole_days(draft.description or ""):
        return draft  # sessions have times; a frame with a day in it is asked as a choice
    visited = is_visited_kind(draft.title)  # an exhibition's one clock range: its hours
    if opening_hours_phrase(draft.description or "", any_range=visited) is not None:
        return draft  # «Выставка работает ежедневно с 10:00 до 18:00»: a run open those hours
    return replace(draft, time_known=False)
