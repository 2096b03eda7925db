"""The answer typed to «„11“ можно понять по-разному: день, время или классы?» about a saved
event (newcomer walk 2026-12-01i, #5): people type a button's text («11 декабря», «11:00»,
«11А») or the field's name («день», «время», «классы») instead of pressing it, and the
question was lost (the day's text was read as a question about that day).

The rule: an answer picks the one reading it names — by the field's name alone (also in a
contrast: «не день, а время», «время, а не день»), or by a value equal to that reading's
(the same date, the same hour — «в 11», «на 11 часов» — the same grade). A value that is
none of the readings, or that fits two («9-е»: the 9th or the 9th grades), picks nothing
(the text is then understood as usual). «нет», «отмена», «ничего не меняй» pick none and
close the question (`declines`; newcomer walk 2026-12-01j, #7).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.audience import parse_audience
from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.draft_corrections import Reading
from bot.core.language.resend_answers import resend_answer
from bot.core.language.tokens import normalize
from bot.core.language.when import day_and_time
from bot.core.models import Audience

_FIELD_WORDS = (
    ("day", re.compile(r"^(?:(?:это|исправь(?:те)?)\s+)?(?:день|дат[ау]|число)$")),
    ("hour", re.compile(r"^(?:(?:это|исправь(?:те)?)\s+)?(?:время|час|часы)$")),
    ("audience", re.compile(r"^(?:(?:это|исправь(?:те)?)\s+)?(?:класс|классы|класс[ау])$")),
)
_ALREADY = re.compile(r"\s*[—-]\s*уже\s+так\s*$")  # the label of a reading already applied
# «не день, а время» / «время, а не день»: the field named after «а», or before «а не»
_CONTRAST = re.compile(
    r"^не\s+\w+\s*,?\s+а\s+(?P<after>\w+)$|^(?P<before>\w+)\s*,?\s+а\s+не\s+\w+$"
)
# «на 11 часов»: an hour to move to said with «на», as with «в»
_ON_HOUR = re.compile(r"^на\s+(?=\d{1,2}(?::\d{2})?\s*(?:час|ч\b|утра|дня|вечера))")
# «нет, ничего не надо»: a no, with words that only say no again
_NO_MORE = re.compile(
    r"^(?:нет|не\s+надо|не\s+нужно|отмена|ничего)"
    r"(?:[,\s]+(?:ничего|не|надо|нужно|меняй(?:те)?|спасибо|пока))*$"
)


def picked_reading(text: str, readings: tuple[Reading, ...], now: datetime) -> Reading | None:
    """The one reading of `readings` that `text` names (`now`: school wall clock, for
    dates), or None."""
    said = _ALREADY.sub("", " ".join(normalize(text).strip(" .!?)").split()))
    said = re.sub(r"\s*\((?:пн|вт|ср|чт|пт|сб|вс)\)?$", "", said)  # «11 декабря (пт)»
    if not said:
        return None
    contrast = _CONTRAST.match(said)
    if contrast is not None:
        said = contrast.group("after") or contrast.group("before")
    said = _ON_HOUR.sub("в ", said)
    for kind, words in _FIELD_WORDS:
        if words.match(said):
            return _only([r for r in readings if r.kind == kind])
    grades = _grades(parse_audience(text))
    by_class = [r for r in readings if r.audience is not None and _grades(r.audience) == grades]
    by_time: list[Reading] = []
    named = None if "класс" in said else day_and_time(said, now)  # «9-е классы»: grades
    if named is not None and named.day is not None and named.start is None:
        by_time = [r for r in readings if r.day == named.day]
    elif named is not None and named.day is None and named.start is not None:
        by_time = [r for r in readings if r.hour == named.start.hour and not named.start.minute]
    if by_class and by_time:
        return None  # «9-е»: the 9th or the 9th grade — the words do not tell
    return _only(by_class if grades else by_time)


def declines(text: str) -> bool:
    """Whether `text` answers the question with no reading at all: «нет», «отмена», «не
    надо», «нет, ничего не надо», «ничего не меняй», «оставь как есть» (the event stays as
    saved)."""
    command = parse_command(text)
    if command is not None and command.kind is CommandKind.NO:
        return True
    if resend_answer(text) is CommandKind.NO:
        return True
    said = " ".join(normalize(text).strip(" .!?)").replace(",", " ").split())
    return _NO_MORE.fullmatch(said) is not None


def _only(found: list[Reading]) -> Reading | None:
    return found[0] if len(found) == 1 else None


def _grades(audience: Audience) -> frozenset[int]:
    """The grades an audience names, by whole grades or lettered classes (11А: 11)."""
    lettered = (re.match(r"\d{1,2}", name) for name in audience.classes)
    return audience.grades | frozenset(int(m.group(0)) for m in lettered if m is not None)
