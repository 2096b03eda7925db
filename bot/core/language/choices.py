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
        re.compile(r"^(?:вс[юе](?:\s+серию)?|всю серию|все повторы|серию|все занятия|целиком)$"),
    ),
    (
        ChangeScope.ONE,
        re.compile(
            r"^(?:только\s+)?(?:это|эту|этот|одно|одну|один раз|это занятие|эту встречу"
            r"|только его|только ее|только сегодня|одно занятие)$"
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
