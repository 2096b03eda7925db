"""Reminder times a person chooses: "напоминай за 2 часа", "напоминать за день и за 30 минут".

Offsets are minutes before the start, from 5 minutes to 2 days (the notification loop looks
three days ahead); anything else is refused rather than guessed.
"""

from __future__ import annotations

import re

from bot.core.language.numerals import CARDINAL_WORDS, cardinal_value
from bot.core.language.tokens import normalize

MIN_OFFSET = 5
MAX_OFFSET = 2 * 24 * 60
MAX_OFFSETS = 3

_UNITS = (
    (re.compile(r"^(?:дн|день|сут)"), 24 * 60),
    (re.compile(r"^час"), 60),
    (re.compile(r"^мин"), 1),
)
_OFFSET = re.compile(
    rf"^(?:(\d+(?:[.,]\d+)?|{CARDINAL_WORDS}|полтора|полторы)\s*)?"
    r"(дн\w*|день|сут\w*|час\w*|мин\w*|полчаса)$"
)
_SEPARATORS = re.compile(r"\s*(?:,(?!\d)|;|\bи\b|\bа также\b)\s*")


def parse_offsets(text: str) -> list[int] | None:
    """Minutes before the start for "за день и за 30 минут" -> [1440, 30]; None if unclear."""
    pieces = [p for p in _SEPARATORS.split(normalize(text).strip(" .!")) if p]
    offsets: list[int] = []
    for piece in pieces:
        minutes = _offset(re.sub(r"^за\s+", "", piece.strip()))
        if minutes is None or not MIN_OFFSET <= minutes <= MAX_OFFSET:
            return None
        offsets.append(minutes)
    if not offsets or len(offsets) > MAX_OFFSETS:
        return None
    return sorted(set(offsets), reverse=True)


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
