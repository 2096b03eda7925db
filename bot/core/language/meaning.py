"""What a message or a pressed button means: one typed intent, decided once by
bot.core.language.understand (text) or bot.core.language.buttons (payloads).

The planner's router maps each type to one handler in bot.core.features. A command is one of
the types in bot.core.language.commands; report and export requests are the dataclasses of
bot.core.language.reports and .exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.dialog import EditableField
from bot.core.language.commands import AnyCommand
from bot.core.language.exports import ExportRequest
from bot.core.language.reports import ReportRequest
from bot.core.models import EventDraft, QueryIntent


@dataclass(frozen=True, slots=True)
class AddEvents:
    """One new event or a pasted plan; `skipped` are a plan's lines that are not events."""

    drafts: tuple[EventDraft, ...]
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Ask:
    """A question about the plan ("что на следующей неделе для 9Б?")."""

    query: QueryIntent


@dataclass(frozen=True, slots=True)
class DraftAnswer:
    """An answer to the bot's question about the single pending draft (a missing field or a
    field being edited): the draft with it filled in, or None when the answer was not
    understood (the bot asks again). `audience_asked` is the dialog's new flag."""

    filled: EventDraft | None
    audience_asked: bool


@dataclass(frozen=True, slots=True)
class EditRequest:
    """A card's "edit" button: ask for a new value of `field` (None: not a card field)."""

    field: EditableField | None


class PollAnswerKind(StrEnum):
    """The parts of an after-event poll answer."""

    RATE = "rate"  # 1–5 (button)
    RECOMMEND = "recommend"  # 0–10 (button or typed)
    COMMENT = "comment"  # typed
    ABSENT = "absent"  # "I did not go" (button)


@dataclass(frozen=True, slots=True)
class PollAnswer:
    """One poll answer for event `event_id`; `value` is the raw score (parsed and checked by
    bot.core.students) or the comment's text."""

    kind: PollAnswerKind
    event_id: int | None
    value: object = None


@dataclass(frozen=True, slots=True)
class SwitchSignup:
    """Leave event `old` for event `new`, which overlaps it."""

    old: int | None
    new: int | None


@dataclass(frozen=True, slots=True)
class RedeemCode:
    """A message that looks like an invitation code; `otherwise` is what it means when no
    unused code matches (the store decides)."""

    code: str
    otherwise: Intent


@dataclass(frozen=True, slots=True)
class Say:
    """A help-menu button standing for a typed question (understood like the text)."""

    text: str


class SmallTalkKind(StrEnum):
    """What a small-talk message is (bot.core.language.small_talk); the value is the reply's
    variant in small_talk.j2."""

    GREETING = "greeting"
    THANKS = "thanks"
    EMOJI = "emoji"
    BYE = "bye"
    START = "start"  # VK's «Начать» button (payload {"command": "start"})


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """A greeting, thanks, goodbye or emoji (or VK's «Начать» button): a short friendly
    answer with the person's next useful step."""

    kind: SmallTalkKind


@dataclass(frozen=True, slots=True)
class SignupMany:
    """ "запиши меня на 6 и 7": the events at those numbers of the person's last list
    (`event_ids[i]` is None when `numbers[i]` is not on it)."""

    numbers: tuple[int, ...]
    event_ids: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class SignupByTitle:
    """ "запиши меня на день открытых дверей": an upcoming event named by its title."""

    title: str


@dataclass(frozen=True, slots=True)
class TooLong:
    """A message over `limit` characters."""

    limit: int


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """Text that is none of the above."""


@dataclass(frozen=True, slots=True)
class UnknownButton:
    """A payload no current button sends (an old keyboard, a forged payload)."""


Intent = (
    AddEvents
    | Ask
    | AnyCommand
    | ReportRequest
    | ExportRequest
    | DraftAnswer
    | EditRequest
    | PollAnswer
    | SwitchSignup
    | RedeemCode
    | Say
    | SmallTalk
    | SignupMany
    | SignupByTitle
    | TooLong
    | NotUnderstood
    | UnknownButton
)
