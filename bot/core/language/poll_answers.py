"""Typed poll answers: a score («4», «оценка 4», «4 из 5», «9 баллов») or «меня не было».

Pure text rules, shared by the understanding step (the recommendation question) and
bot.core.feedback (a rating typed with no question open, e.g. in apps without buttons).
"""

from __future__ import annotations

import re

_SCORE = re.compile(
    r"^(?:(?:моя\s+)?оценк[аиу]|ставлю|на|поставлю)?\s*(\d{1,6})"
    r"(?:\s*(?:из|/)\s*(?:5|10))?\s*(?:балл\w*|звезд\w*|звёзд\w*)?$"
)
_ABSENT = re.compile(
    r"^(?:меня\s+)?не\s+(?:был[аио]?|ходил[аи]?|пош[её]л|пошла|пришла|пришёл|пришел|смог(?:ла)?)"
    r"(?:\s+(?:там|на\s+нём|на\s+нем|на\s+мероприятии))?$"
)


def typed_number(text: str) -> int | None:
    """The number of a typed score, in or out of range: «4», «4.», «оценка 4», «4 из 5»,
    «на 9», «9 баллов», «15»; None for anything else."""
    match = _SCORE.match(_clean(text))
    return int(match.group(1)) if match is not None else None


def parse_score(text: str, low: int, high: int) -> int | None:
    """A typed score in [low, high] (see typed_number); None for anything else."""
    value = typed_number(text)
    return value if value is not None and low <= value <= high else None


def is_absent(text: str) -> bool:
    """«Меня не было», «не был», «не ходила»: the typed form of the "absent" button."""
    return _ABSENT.match(_clean(text)) is not None


def _clean(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split()).strip(" .!,")
