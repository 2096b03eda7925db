"""The actions a button's payload names (`{"a": action, …}`), shared by the code that builds
buttons and bot.core.language.buttons, which reads them back into intents.

Kept free of imports so that any core module (drafts, feedback, students) can build a payload.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ButtonAction(StrEnum):
    """The `a` of every payload the bot sends."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL_EVENT = "cancel_event"
    HELP = "help"
    EDIT = "edit"
    SAY = "say"
    PICK = "pick"  # one of several equally likely days: answered as its text
    SIGNUP = "signup"
    UNSIGN = "unsign"
    UNSIGN_ALL = "unsign_all"  # ids: the person's sign-ups listed by «отпишись от всего»
    SWITCH = "switch"
    RATE = "rate"
    RECOMMEND = "recommend"
    ABSENT = "absent"
    DRAFT_CHOICE = "draft"  # c: add | replace | both (a new event while drafts are pending)
    SCOPE = "scope"  # s: one | series | following; id: the occurrence
    CONFIRM_CHANGE = "change"  # v: 1 (do it) | 0 (drop it); id: the event; k: the question
    # (a change card's kind, "withdraw", "missing", "school_year": attack w, #1)
    MOVE_EVENT = "move_event"  # id: ask for the event's new day and time
    EDIT_EVENT = "edit_event"  # id, f: ask for a saved event's new place, classes or title
    SAVE_COPY = "save_copy"  # a resent event saved as a second one (not as an update)
    CLASS_TEACHER = "class_teacher"  # id: a teacher, c: the class a curator confirms they lead
    # (x: 1 — the curator withdraws that confirmation)
    AGREE = "agree"  # id: the event the curator agrees (a waiting notice's button; walk t #16)
    EVENT_CLASHES = "event_clashes"  # id: the saved event whose clashes are shown (chat51)
    FORGET_MOMENT = "forget_moment"  # id: a one-off reminder «мои напоминания» lists (remind69)
    STUCK_PART = "stuck"  # o: a stuck journal entry's origin, v: 1 retry | 0 dismiss (safety40)


def payload(action: ButtonAction, **data: Any) -> dict[str, Any]:
    """A button's payload: the action and its data (ids, values)."""
    return {"a": action.value, **data}
