"""A cancellation or a move said in words («отмени лекцию …», «лекцию переносим на 11.12»,
«перенесём на четверг в 12:00» under the open card), with what a draft being written changes
about it.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.dialog import Dialog, DraftField
from bot.core.language.cancel_phrases import cancel_reason, cancel_reference, without_greeting
from bot.core.language.commands import MoveCommand
from bot.core.language.meaning import CancelByText, Intent
from bot.core.language.move_phrases import move_phrase
from bot.core.language.replacements import replaced_reference
from bot.core.language.tokens import normalize
from bot.core.language.understanding.draft_answers import (
    cancel_at_question,
    card_move,
    news_of_another,
)
from bot.core.language.understanding.list_answers import with_target

_NOT_A_MOVE = (DraftField.TITLE, DraftField.AUDIENCE)  # answers a move phrase never gives


# «отмени …», «не то, отмени …», «пожалуйста, отмените …»: a request, not news of a cancel
_ASKS_TO_CANCEL = re.compile(r"^\W*(?:(?:не\s+то|пожалуйста)\W+)?отмени(?:те)?(?![а-яё])")


def cancel_or_move(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> Intent | None:
    """«отмени лекцию …», «экскурсия не состоится» (CancelByText: `asked` when it is a request,
    the reason split off) — with a draft open only when it names another event or the
    draft's question is open (news_of_another, cancel_at_question); «перенесём на четверг в
    12:00» naming no event under one draft's card: that card moved (card_move); «лекцию
    переносим на 11.12»: a move of a saved event, its list number resolved (with_target),
    with a draft open only at its title or classes question. None otherwise (`now`: school
    wall-clock time, `zone`: the school's time zone, None: the default)."""
    cancelled = cancel_reference(text)
    if cancelled is not None and replaced_reference(text, now) is not None:
        cancelled = None  # «Концерт «Зима» … Концерт «Щелкунчик» отменён»: the new event
    if cancelled is not None and (
        not dialog.pending
        or news_of_another(text, cancelled, dialog)
        or cancel_at_question(cancelled, dialog)
    ):
        asks = _ASKS_TO_CANCEL.match(without_greeting(normalize(text))) is not None
        words, reason = cancel_reason(cancelled)
        return CancelByText(words, asked=asks, reason=reason)
    moved = move_phrase(text, now)
    if moved is not None:  # «перенесём на четверг в 12:00» under the open card (walk t, #14)
        on_card = card_move(MoveCommand(moved.when, reference=moved.reference), dialog, now, zone)
        if on_card is not None:
            return on_card
    # «лекцию переносим на 11.12»; at «Как назвать …?» or «Для каких классов …?» a move
    # request is a new request, never the draft's title or classes (attack 2026-12-02s #4)
    if moved is not None and (not dialog.pending or dialog.asked_field() in _NOT_A_MOVE):
        return with_target(MoveCommand(moved.when, reference=moved.reference), dialog)
    return None
