"""Short typed answers to the bot's change and draft questions: add / replace / keep both,
this occurrence / the whole series / from this one on.

Pure: text in, an enum member (or None when the text is not such an answer) out.
"""

from __future__ import annotations

import re

from bot.core.dialog import ChangeScope
from bot.core.language.meaning import DraftChoiceKind
from bot.core.language.tokens import normalize, without_closing_marks

_DRAFT_CHOICES: tuple[tuple[DraftChoiceKind, re.Pattern[str]], ...] = (
    (
        DraftChoiceKind.ADD,
        re.compile(r"^(?:добав(?:ь|ить|ьте)|в план|добавить в план|добавь в план|к плану)\b.*$"),
    ),
    (
        DraftChoiceKind.REPLACE,
        re.compile(r"^(?:замени(?:ть|те)?|вместо|новое|новый|заменить черновик)\b.*$"),
    ),
    (
        DraftChoiceKind.BOTH,
        re.compile(
            r"^(?:(?:оставь(?:те)?|оставить|сохрани(?:ть|те)?)\s+)?(?:оба|обе|и то и другое)$"
        ),
    ),
)

_SCOPES: tuple[tuple[ChangeScope, re.Pattern[str]], ...] = (
    (
        ChangeScope.FOLLOWING,
        re.compile(
            r"^(?:(?:с|начиная с)\s+(?:этого|этой|него|нее)(?:\s+и)?\s+(?:дальше|далее)"
            r"|(?:это|эту|этот|его)\s+и\s+(?:все\s+)?(?:следующие|дальше|последующие)"
            r"|(?:все\s+)?следующие|дальше)$"
        ),
    ),
    (
        ChangeScope.SERIES,
        # «на все», «для всех встреч», «на всю серию» too (attack z, #4: «на все» at this
        # question was a sign-up to every listed event, and the change was dropped)
        re.compile(
            r"^(?:(?:на|для|во?)\s+)?(?:(?:всю|все|всей|всех|всем)(?:\s+(?:серию|серии|повтор[ыа]х?"
            r"|заняти[яйм]|встреч[иа]?|дат[ыа]?|раз[ыа]?))?|серию|всю серию|целиком)$"
        ),
    ),
    (
        ChangeScope.ONE,
        re.compile(
            r"^(?:только\s+)?(?:(?:на|для)\s+)?(?:это|эту|этот|этой|одно|одну|один раз"
            r"|это занятие|эту встречу|только его|только ее|только сегодня|одно занятие)$"
        ),
    ),
)


def _line(text: str) -> str:
    return without_closing_marks(normalize(text).strip())


def draft_choice(text: str) -> DraftChoiceKind | None:
    """«добавь» / «замени» / «оставь оба» as an answer; None for anything else."""
    line = _line(text)
    return next((kind for kind, p in _DRAFT_CHOICES if p.match(line)), None)


def change_scope(text: str) -> ChangeScope | None:
    """«только это» / «всю серию» / «с этого и дальше»; None for anything else."""
    line = _line(text)
    return next((scope for scope, p in _SCOPES if p.match(line)), None)
