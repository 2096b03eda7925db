"""Reminder times a person chooses: "напоминай за 2 часа", "напоминать за день и за 30 минут",
and one clock time (walk 2026-12-02r, #22): "вечером накануне", "накануне в 19:00", "утром в
день мероприятия", "в день мероприятия в 9:30", "накануне в 7 вечера и за час".

Offsets are minutes before the start, from 5 minutes to 2 days (the notification loop looks
three days ahead); a clock time is the eve's or the event day's (bot.core.reminders
.ReminderClock: «вечером» 19:00, «утром» 08:00). Anything else is refused rather than guessed:
a time with no day («в 19:00»), two clock times, a day after the event.
"""

from __future__ import annotations

import re
from datetime import time

from bot.core.language.numerals import CARDINAL_WORDS, cardinal_value
from bot.core.language.tokens import normalize
from bot.core.reminders import EVE_AT, MORNING_AT, ReminderClock

MIN_OFFSET = 5
MAX_OFFSET = 2 * 24 * 60
MAX_OFFSETS = 3

_UNITS = (
    (re.compile(r"^недел"), 7 * 24 * 60),  # beyond MAX_OFFSET; a one-off's lead (lead_minutes)
    (re.compile(r"^(?:дн|день|сут)"), 24 * 60),
    (re.compile(r"^час"), 60),
    (re.compile(r"^мин"), 1),
)
_OFFSET = re.compile(
    rf"^(?:(\d+(?:[.,]\d+)?|{CARDINAL_WORDS}|полтора|полторы)\s*)?"
    r"(дн\w*|день|сут\w*|недел\w*|час\w*|мин\w*|полчаса)$"
)
_SEPARATORS = re.compile(r"\s*(?:,(?!\d)|;|\bи\b|\bа также\b)\s*")


# «за час до начала», «за 2 часа до мероприятия»: the start the offsets count from, said
_BEFORE_START = re.compile(
    r"\s+до\s+(?:начала|старта|него|мероприяти[яй]|событи[яй]|занятия|занятий)$"
)


def _pieces(text: str) -> list[str]:
    """The pieces of `text` between «и», commas and «а также»; an offset («за …») without
    its «до начала» («в день до мероприятия» is the eve's clock and stays)."""
    pieces = (" ".join(p.split()) for p in _SEPARATORS.split(normalize(text).strip(" .!?")))
    return [_BEFORE_START.sub("", p) if p.startswith("за ") else p for p in pieces if p]


def parse_offsets(text: str) -> list[int] | None:
    """Minutes before the start for "за день и за 30 минут" -> [1440, 30]; None if unclear."""
    offsets: list[int] = []
    for piece in _pieces(text):
        minutes = _offset(re.sub(r"^за\s+", "", piece.strip()))
        if minutes is None or not MIN_OFFSET <= minutes <= MAX_OFFSET:
            return None
        offsets.append(minutes)
    if not offsets or len(offsets) > MAX_OFFSETS:
        return None
    return sorted(set(offsets), reverse=True)


# a one-off reminder's lead before one event (chat72): up to four weeks («за неделю до
# олимпиады», «за 3 недели»); the loop keeps a one-off row until its moment, so no 2-day cap
MAX_LEAD = 4 * 7 * 24 * 60


def lead_minutes(text: str) -> int | None:
    """Minutes of one lead «за <amount> <unit>» (minutes, hours, days, weeks; the amount in
    digits or words: «за три дня» -> 4320, «за 2 недели» -> 20160, «за неделю до начала» ->
    10080), MIN_OFFSET to MAX_LEAD; None for anything else or more than one lead."""
    pieces = _pieces(text)
    if len(pieces) != 1 or not pieces[0].startswith("за "):
        return None
    minutes = _offset(pieces[0][3:].strip())
    return minutes if minutes is not None and MIN_OFFSET <= minutes <= MAX_LEAD else None


def parse_reminder_times(text: str) -> tuple[list[int], ReminderClock | None] | None:
    """(offsets in minutes, largest first; the clock time or None) of what follows
    «напоминай»: "накануне в 19:00 и за час" -> ([60], ReminderClock(1, 19:00)); None when
    any piece is unclear, when there are two clock times or nothing at all."""
    offsets: list[int] = []
    clock: ReminderClock | None = None
    for piece in _pieces(text):
        minutes = _offset(re.sub(r"^за\s+", "", piece))
        if minutes is not None and MIN_OFFSET <= minutes <= MAX_OFFSET:
            offsets.append(minutes)
            continue
        found = _clock(piece)
        if found is None or clock is not None:
            return None
        clock = found
    if (not offsets and clock is None) or len(offsets) > MAX_OFFSETS:
        return None
    return sorted(set(offsets), reverse=True), clock


# «в 9», «к 18:30», «в 7 вечера», and an hour in words, «часов в шесть» (about six: chat72 left)
_CLOCK_AT = re.compile(
    rf"(?<![а-я0-9])(?:час(?:ов|а)\s+)?(?:в|к)\s+(\d{{1,2}}|{CARDINAL_WORDS})(?:[:.](\d{{2}}))?"
    r"(?:\s*(?:час\w*|ч))?(?:\s+(утра|вечера|дня))?(?![а-я0-9])"
)
_EVE = re.compile(
    r"(?<![а-я])(?:накануне|за\s+(?:1\s+|один\s+)?(?:день|сутки)"
    r"|(?:в\s+)?день\s+(?:перед|до)(?:\s+(?:мероприяти\w*|событи\w*|ним|этим))?)(?![а-я])"
)
_SAME_DAY = re.compile(
    r"(?<![а-я])(?:в\s+(?:сам\w*\s+)?(?:тот\s+же\s+|этот\s+|сам\s+)?день"
    r"(?:\s+(?:мероприяти\w*|событи\w*|занятия|экскурсии|проведения))?)(?![а-я])"
)
_MORNING = re.compile(r"(?<![а-я])(?:утром|с\s+утра|утро)(?![а-я])")
_EVENING = re.compile(r"(?<![а-я])(?:вечером|вечер)(?![а-я])")
_CLOCK_FILLERS = re.compile(r"(?<![а-я])(?:мне|пожалуйста|лучше|только|тогда|всегда)(?![а-я])")


def event_clock(text: str) -> ReminderClock | None:
    """The clock of an event's eve or own day that `text` names as a whole («накануне в
    19:00», «накануне вечером», «в день экскурсии утром»), for a one-off reminder
    (bot.core.language.remind_moments); None when `text` names neither the eve nor the
    event's day (a plain «вечером» is today's evening there, not the eve) or more than one
    piece."""
    line = normalize(text)
    if _EVE.search(line) is None and _SAME_DAY.search(line) is None:
        return None
    pieces = _pieces(text)
    return _clock(pieces[0]) if len(pieces) == 1 else None


def _clock(piece: str) -> ReminderClock | None:
    """The clock time one piece names («вечером накануне», «накануне в 19:00», «утром в
    день мероприятия», «в 7 вечера накануне»); None when it names none or is unclear."""
    rest = piece
    days: int | None = None
    for pattern, value in ((_EVE, 1), (_SAME_DAY, 0)):
        found = pattern.search(rest)
        if found is not None:
            if days is not None:
                return None
            days, rest = value, rest[: found.start()] + " " + rest[found.end() :]
    part: str | None = None
    for pattern, name in ((_MORNING, "morning"), (_EVENING, "evening")):
        found = pattern.search(rest)
        if found is not None:
            if part is not None:
                return None
            part, rest = name, rest[: found.start()] + " " + rest[found.end() :]
    at: time | None = None
    given = _CLOCK_AT.search(rest)
    if given is not None:
        hour, minute = cardinal_value(given.group(1)) or 0, int(given.group(2) or 0)
        said = given.group(3)
        if (said in ("вечера", "дня") or (said is None and part == "evening")) and hour < 12:
            hour += 12
        if hour > 23 or minute > 59:
            return None
        at, rest = time(hour, minute), rest[: given.start()] + " " + rest[given.end() :]
    if _CLOCK_FILLERS.sub(" ", rest).strip(" ,"):
        return None  # words left over: not only a day and a time
    if days is None:  # «утром»: the event's morning; «вечером»: the eve; a bare time: unclear
        days = {"morning": 0, "evening": 1}.get(part or "")
    if days is None:
        return None
    if at is None:
        at = MORNING_AT if part == "morning" or (part is None and days == 0) else EVE_AT
    return ReminderClock(days, at)


def _offset(piece: str) -> int | None:
    match = _OFFSET.match(piece)
    if match is None:
        return None
    amount_text, unit = match.group(1), match.group(2)
    if unit == "полчаса":
        return 30 if amount_text is None else None
    amount = _amount(amount_text)
    for pattern, minutes in _UNITS:
        if amount is not None and pattern.match(unit):
            return round(amount * minutes)
    return None


def _amount(text: str | None) -> float | None:
    if text is None:
        return 1.0
    if text in ("полтора", "полторы"):
        return 1.5
    if text[0].isdigit():
        return float(text.replace(",", "."))
    value = cardinal_value(text)
    return float(value) if value is not None else None
