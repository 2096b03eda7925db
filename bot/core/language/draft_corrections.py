"""A reply that corrects the open draft instead of starting a new event: «нет, пусть будет
10 декабря», «не в 10, а в 11», «нет, лучше 11 декабря в 15:00» (newcomer walk 2026-11-30,
C4). Only a reply that opens with such a frame and names nothing but a day or a time is a
correction; «нет, лекция по химии 15 декабря» is still a new event. A reply that is nothing
but a day and time («16:00», «завтра в 16:00») while one draft's card is open is a correction
too: it names no event of its own, so it can only be about the card above.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.dialog import DraftField, EditableField
from bot.core.language.answers import Asked, edit, fill, is_message, with_answer_doubts
from bot.core.language.intents import parse_message
from bot.core.language.when import day_and_time
from bot.core.models import EventDraft, EventIntent

# how a correcting reply opens: «нет,», «не 12, а 13 декабря», «пусть будет», «лучше»
_OPENING = re.compile(
    r"\s*(?:нет\b[\s,.!—–-]*|не\s+[^,]{1,40},\s*а\s+|(?=(?:пусть\s+будет|давайте?|лучше)\b))",
    re.IGNORECASE,
)
# «ошибся», «я ошиблась», «опечатка»: a correction's opener before any other
_MISTAKE = re.compile(
    r"^\s*(?:(?:я\s+)?ошиб(?:ся|лась|лись)|опечатка)\b[\s,.!:—–-]*", re.IGNORECASE
)
# «концерт не 25, а …» after an opener: the event's words, then the contrast
_NAMED_CONTRAST = re.compile(r"(?P<ref>[^,\d]{1,40}?)\s+не\s+[^,]{1,40},\s*а\s+", re.IGNORECASE)
# the wanted value follows the last of these («нет, 20 ноября уже было, пусть будет …»)
_WANTED = re.compile(r"\b(?:пусть\s+будет|давайте?|лучше)\b[\s,:—–-]*", re.IGNORECASE)


def corrected_value(text: str) -> str | None:
    """The day or time a correcting reply asks for ("10 декабря" of «нет, пусть будет 10
    декабря», "26 декабря" of «ошибся, концерт не 25, а 26 декабря»); None when the reply
    does not open like a correction or names nothing after."""
    parts = correction_parts(text)
    return None if parts is None else parts[1]


def correction_parts(text: str) -> tuple[str, str] | None:
    """(the event's words, the wanted day or time) of a correcting reply: «ошибся, концерт
    не 25, а 26 декабря» -> ("концерт", "26 декабря"), «нет, 26 декабря» -> ("", "26
    декабря"); None when the reply does not open like a correction or names nothing after.
    The event's words are only read after an opener («ошибся», «нет»): «Концерт не в зале,
    а в спортзале» alone is a message of its own."""
    mistake = _MISTAKE.match(text)
    start = 0 if mistake is None else mistake.end()
    opening = _OPENING.match(text, start)
    if opening is None and mistake is None:
        return None
    start = start if opening is None else opening.end()
    reference = ""
    named = _NAMED_CONTRAST.match(text, start)
    if named is not None:
        reference, start = named.group("ref").strip(), named.end()
    wanted = list(_WANTED.finditer(text, start))
    value = text[wanted[-1].end() :] if wanted else text[start:]
    value = value.strip(" \t\n.,!;")
    return (reference, value) if value else None


def correct(
    draft: EventDraft,
    field: DraftField | None,
    text: str,
    now: datetime,
    zone: ZoneInfo | None = None,
) -> EventDraft | None:
    """The draft moved to the day or time a correcting reply names (`field`: the missing
    field the bot asked for, None when its card is open; `now`: school wall-clock time;
    `zone`: the school's zone, to which a time said in Moscow time is moved — None: default),
    with the doubts a first message naming that day would raise; None when `text` is not
    such a correction (a new event, a question, no day or time)."""
    value = corrected_value(text)
    if value is None and _bare_day_or_time(text, now):
        value = text.strip()
    if value is None or is_message(value, parse_message(value, now)):
        return None
    named = day_and_time(value, now, zone)
    if named is None or (named.day is None and named.start is None):
        return None
    asked = Asked(field, None, audience_asked=True)
    if field is DraftField.DATE:
        filled = fill(draft, asked, value, now, zone)
        if filled is not None:
            return filled
    if draft.start is None and named.day is None:
        return None  # a time for a draft still without its day: the day is asked first
    moved = edit(draft, asked, EditableField.WHEN, value, now, zone)
    return None if moved is None else with_answer_doubts(moved, value, now)


def _bare_day_or_time(text: str, now: datetime) -> bool:
    """True when `text` reads as an event with a start but no words of a title of its own
    («16:00», «завтра в 16:00», «11 декабря в 9»); a question or a titled event is not."""
    if len(text) > _MAX_BARE:
        return False
    intent = parse_message(text, now)
    return (
        isinstance(intent, EventIntent)
        and intent.draft.start is not None
        and not intent.draft.title.strip()
    )


_MAX_BARE = 60  # characters: a longer text is a message of its own, not a bare day and time
