"""Button payloads: what each pressed button means, as the same typed intents text gives.

A payload is a small JSON object `{"a": <ButtonAction>, ...}` (VK keeps it under 255
characters; see bot.core.replies.Button). `payload` builds one; `from_payload` reads one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from bot.core.dialog import ChangeScope, EditableField
from bot.core.language.actions import ButtonAction as ButtonAction
from bot.core.language.actions import payload as payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import (
    Agreement,
    AgreementKind,
    ChooseDraft,
    ChooseScope,
    ConfirmChange,
    ConfirmClassTeacher,
    DraftChoiceKind,
    EditEventRequest,
    EditRequest,
    EventClashes,
    ForgetMoments,
    Intent,
    MoveRequest,
    PollAnswer,
    PollAnswerKind,
    Say,
    SmallTalk,
    SmallTalkKind,
    StuckPartChoice,
    SwitchSignup,
    UnknownButton,
    UnsignAll,
)

MAX_PICK_TEXT = 200  # a payload is at most 255 characters (VK); the text is a date phrase
MAX_CLASS_NAME = 8  # «11А»: a longer class in a payload is a forgery and names none
MAX_QUESTION_KIND = 16  # a ConfirmChange's `k` ("school_year" the longest)
MAX_ORIGIN = 64  # a journal entry's origin ("g32:" and 24 hex digits): longer is forged
MAX_ID = 2**63 - 1  # SQLite's INTEGER range: a larger id names nothing stored

# Help-menu buttons send these messages for the person (the labels live in locales).
SHORTCUT_TEXTS = {
    "this_week": "что на этой неделе?",
    "next_week": "что на следующей неделе?",
    "mine": "мои мероприятия",
    "clashes": "накладки",
    "report": "итоги месяца",
    "calendar": "календарь",
    "excel": "выгрузка",
    "update_plan": "обнови прежние",  # a plan file sent again (bot.core.features.plan_updates)
}


def from_payload(data: Mapping[str, Any]) -> Intent:
    """The intent a pressed button stands for; UnknownButton for anything else.

    VK's own «Начать» button, shown to a person who opens the chat for the first time,
    sends `{"command": "start"}` (VK docs, "Клавиатуры для ботов": payload of the start
    button); it means the role's greeting.
    """
    if data.get("command") == "start":
        return SmallTalk(SmallTalkKind.START)
    try:
        action = ButtonAction(str(data.get("a")))
    except (ValueError, TypeError):
        return UnknownButton()
    return _READERS[action](data)


def _number(value: Any) -> int | None:
    """A whole number within the store's id range, else None (a forged or damaged payload:
    a huge, infinite or non-numeric id names nothing, like an unknown one)."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if -MAX_ID <= number <= MAX_ID else None


MAX_UNSIGN_ALL = 10  # ids on the «Отменить все» button (the sign-ups shown with it)


def _unsign_all(data: Mapping[str, Any]) -> Intent:
    """The «Отменить все» button: the sign-ups it was shown with; a damaged list is an
    UnknownButton (nothing is cancelled on a guess)."""
    ids = data.get("ids")
    if not isinstance(ids, list) or not 0 < len(ids) <= MAX_UNSIGN_ALL:
        return UnknownButton()
    numbers = [_number(i) for i in ids]
    if any(n is None for n in numbers):
        return UnknownButton()
    return UnsignAll(tuple(n for n in numbers if n is not None))


def _text(value: Any) -> str:
    """A payload's text field, or "" for anything else (a forged list or number)."""
    return value if isinstance(value, str) else ""


def _event(data: Mapping[str, Any]) -> int | None:
    """The event a student's button names (`id` on sign-up buttons, `e` on polls)."""
    return _number(data.get("id", data.get("e")))


def _edit(data: Mapping[str, Any]) -> Intent:
    name = str(data.get("f", ""))
    return EditRequest(EditableField(name) if name in set(EditableField) else None)


def _say(data: Mapping[str, Any]) -> Intent:
    text = SHORTCUT_TEXTS.get(str(data.get("t")))
    return Say(text) if text is not None else UnknownButton()


def _pick(data: Mapping[str, Any]) -> Intent:
    text = str(data.get("t") or "")[:MAX_PICK_TEXT]
    if not text.strip():
        return UnknownButton()
    return Say(text, span=_span(data.get("s")), day=_day(data.get("d")))


def _day(value: Any) -> datetime | None:
    """The day a day button's payload names («2026-12-24T11:30:00»: drafts.ask_reply) as a
    school-local naive datetime; None when absent or unreadable (read as the text)."""
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    return found.replace(tzinfo=None)


def _span(value: Any) -> tuple[date, date] | None:
    """The days a span button's payload names («2026-12-15/2026-12-17»: drafts.span_buttons)
    as (first, last) school-local dates; None when absent or unreadable (read as the text)."""
    if not isinstance(value, str):
        return None
    first, _, last = value.partition("/")
    try:
        return date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None


def _recommend(data: Mapping[str, Any]) -> Intent:
    event_id = _event(data)
    if event_id is None:
        return UnknownButton()
    return PollAnswer(PollAnswerKind.RECOMMEND, event_id, data.get("v"))


def _edit_event(data: Mapping[str, Any]) -> Intent:
    name = str(data.get("f", ""))
    if name not in set(EditableField):
        return UnknownButton()
    return EditEventRequest(_number(data.get("id")), EditableField(name))


def _draft_choice(data: Mapping[str, Any]) -> Intent:
    choice = str(data.get("c", ""))
    if choice not in set(DraftChoiceKind):
        return UnknownButton()
    return ChooseDraft(DraftChoiceKind(choice))


def _stuck_part(data: Mapping[str, Any]) -> Intent:
    """«Повторить» (v: 1) / «Отбросить» (v: 0) of a stuck part. Any other `v` (missing, 2,
    "0", 0.5, false: no button of ours sends it) names no entry, so a damaged payload is
    never taken for the irreversible «Отбросить» (attack40 #1)."""
    value = data.get("v")
    known = type(value) is int and value in (0, 1)
    origin = _text(data.get("o"))[:MAX_ORIGIN] if known else ""
    return StuckPartChoice(origin, value == 1 and known)


def _scope(data: Mapping[str, Any]) -> Intent:
    scope = str(data.get("s", ""))
    if scope not in set(ChangeScope):
        return UnknownButton()
    return ChooseScope(ChangeScope(scope), _number(data.get("id")))


def _agree(data: Mapping[str, Any]) -> Intent:
    """The waiting notice's «✅ Согласовать»: its event and that event's version; a payload
    without a valid id is an UnknownButton, never a bare «согласовано» that would agree
    another event (attack v, #16)."""
    event_id = _number(data.get("id"))
    if event_id is None or isinstance(data.get("id"), bool):
        return UnknownButton()
    return Agreement(AgreementKind.AGREE, event_id=event_id, version=_number(data.get("v")))


def _event_clashes(data: Mapping[str, Any]) -> Intent:
    """«Накладки: N» under «which event?»: that event's clashes; no valid id is unknown."""
    event_id = _number(data.get("id"))
    if event_id is None or isinstance(data.get("id"), bool):
        return UnknownButton()
    return EventClashes(event_id=event_id)


def _forget_moment(data: Mapping[str, Any]) -> Intent:
    """«Отменить» under «мои напоминания»: that one-off reminder (the handler deletes it only
    when it is the presser's own); no valid id is unknown."""
    reminder_id = _number(data.get("id"))
    if reminder_id is None or reminder_id <= 0 or isinstance(data.get("id"), bool):
        return UnknownButton()
    return ForgetMoments("", reminder_id=reminder_id)


def _confirm_change(data: Mapping[str, Any]) -> Intent:
    kind = data.get("k")
    question = kind[:MAX_QUESTION_KIND] if isinstance(kind, str) else ""
    return ConfirmChange(_number(data.get("v")) == 1, _number(data.get("id")), question)


_READERS: dict[ButtonAction, Callable[[Mapping[str, Any]], Intent]] = {
    ButtonAction.SAVE: lambda d: Command(CommandKind.YES),
    ButtonAction.DISCARD: lambda d: Command(CommandKind.DISCARD),
    ButtonAction.CANCEL_EVENT: lambda d: Command(CommandKind.CANCEL, event_id=_number(d.get("id"))),
    ButtonAction.HELP: lambda d: Command(CommandKind.HELP),
    ButtonAction.EDIT: _edit,
    ButtonAction.SAY: _say,
    ButtonAction.PICK: _pick,
    ButtonAction.SIGNUP: lambda d: Command(CommandKind.SIGNUP, event_id=_event(d)),
    ButtonAction.UNSIGN: lambda d: Command(CommandKind.UNSIGN, event_id=_event(d)),
    ButtonAction.UNSIGN_ALL: lambda d: _unsign_all(d),
    ButtonAction.SWITCH: lambda d: SwitchSignup(_number(d.get("from")), _number(d.get("to"))),
    ButtonAction.RATE: lambda d: PollAnswer(PollAnswerKind.RATE, _event(d), d.get("v")),
    ButtonAction.RECOMMEND: _recommend,
    ButtonAction.ABSENT: lambda d: PollAnswer(PollAnswerKind.ABSENT, _event(d)),
    ButtonAction.DRAFT_CHOICE: _draft_choice,
    ButtonAction.SCOPE: _scope,
    ButtonAction.CONFIRM_CHANGE: _confirm_change,
    ButtonAction.MOVE_EVENT: lambda d: MoveRequest(_number(d.get("id"))),
    ButtonAction.EDIT_EVENT: _edit_event,
    ButtonAction.SAVE_COPY: lambda d: Command(CommandKind.SAVE_COPY),
    ButtonAction.AGREE: lambda d: _agree(d),
    ButtonAction.STUCK_PART: _stuck_part,
    ButtonAction.EVENT_CLASHES: lambda d: _event_clashes(d),
    ButtonAction.FORGET_MOMENT: _forget_moment,
    ButtonAction.CLASS_TEACHER: lambda d: ConfirmClassTeacher(
        _number(d.get("id")), _text(d.get("c"))[:MAX_CLASS_NAME], d.get("x") == 1
    ),
}
