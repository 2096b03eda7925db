"""«pick» buttons bound to the question they answer (safety41 #4).

A «pick» button sends its text (`t`) as if the person had typed it. The day and span
buttons name the day they answer (`d`, `s`: bot.core.features.span_presses), so a press
after their question was closed changes nothing. The other «pick» buttons — the year
question's «Да, 10 октября 2027», «Да, 14:00–15:30», «Только первое», an offered title or
place, a correction's reading — named nothing: pressed from an old message, from another
person's message, or forged, their text acted on whatever was open now (a bare «да» saved
the card open now; «10.10.2027 15:00» moved another event's card to that day).

Now every such button of a reply carries `k`, a key of the question state it was shown
with — the person and their dialog's pending drafts, open question and incoming drafts as
stored after that reply (`question_key`). A press is read as its text only while the
dialog still has that state (a question typed in between, which changes none of it, keeps
the button valid); otherwise — another state, another person's key, no key, a damaged one —
it gets «pick_answer_stale» and nothing changes. A read-only question button («что
15.12.2026?», queries.rival_buttons: `q`) is never stale: it asks, it changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from bot.core.dialog import Confirmation, Dialog
from bot.core.language.actions import ButtonAction
from bot.core.replies import Button, Reply

KEY_LENGTH = 12  # hex digits of the question key: a payload stays far below VK's 255
# the read-only question a «q» button may send («что 15.12.2026?»); anything else is not one
QUESTION = re.compile(r"что \d{2}\.\d{2}\.\d{4}\?")


def question_key(person_id: int, state: Mapping[str, Any]) -> str:
    """The key of the question a reply's «pick» buttons answer: a hash of the person's id
    and, of their stored dialog `state` (Dialog.dump), the pending drafts, the open
    question and the drafts waiting for «добавь / замени»."""
    shown = [person_id, state.get("waiting"), state.get("pending"), state.get("incoming")]
    text = json.dumps(shown, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:KEY_LENGTH]


def _bound(data: Mapping[str, Any], named: bool | None = None) -> bool:
    """Whether a «pick» payload needs a question key: not a day or span button (those name
    their day) nor a read-only question. `named`: whether a press's `d` or `s` reads as a
    day or days (None: a button we make, whose `d`/`s` always does). A pressed `d` or `s`
    that names nothing (null, unreadable) is no day button and needs the key (attack41:
    {"d": null} skipped both checks and its text acted on the open card)."""
    if named is None:
        named = "d" in data or "s" in data
    return not named and "q" not in data


def stamp(replies: Sequence[Reply], key: str, vk_id: int) -> list[Reply]:
    """`replies` with every «pick» button of a reply to the person who wrote (`vk_id`: no
    recipients, or that person alone) that needs one carrying `key` (`k`); notices to
    other people keep theirs as they are."""

    def bound(button: Button) -> Button:
        data = button.payload
        if data.get("a") != ButtonAction.PICK.value or not _bound(data):
            return button
        return replace(button, payload={**data, "k": key})

    stamped = []
    for reply in replies:
        if reply.buttons and tuple(reply.recipients) in ((), (vk_id,)):
            rows = tuple(tuple(bound(b) for b in row) for row in reply.buttons)
            reply = replace(reply, buttons=rows)
        stamped.append(reply)
    return stamped


def stale_pick_press(
    person_id: int, dialog: Dialog, data: Mapping[str, Any], named: bool
) -> Reply | None:
    """«pick_answer_stale» for a «pick» press (`data`, its payload) whose question is not
    the one `dialog` has open now (`k` is not question_key of this person's dialog: an old
    message's, another person's, missing or damaged), or a «q» press that is no read-only
    question; None when the press is read as its text (a day or span button — `named`: its
    `d` or `s` reads as a day or days — is checked by span_presses)."""
    if data.get("a") != ButtonAction.PICK.value:
        return None
    if "q" in data:
        text = data.get("t")
        return None if isinstance(text, str) and QUESTION.fullmatch(text) else _stale(dialog)
    if not _bound(data, named):
        return None
    key = data.get("k")
    if isinstance(key, str) and key == question_key(person_id, dialog.dump()):
        return None
    return _stale(dialog)


def _stale(dialog: Dialog) -> Reply:
    card = isinstance(dialog.waiting, Confirmation) and bool(dialog.pending)
    return Reply("pick_answer_stale", {"card_open": card, "asking": bool(dialog.pending)})
