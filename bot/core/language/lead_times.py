"""Spans of minutes and hours that are neither a clock time nor the event's length.

- a lead time: "Автобус от школы за 30 мин до начала", "сбор за 15 минут до экскурсии",
  "приходите за полчаса до спектакля" — how long BEFORE the start something else happens;
- a range of lengths: "Один сеанс длится от 9 до 26 минут", "показ 40–60 минут" — how long
  each of many visits lasts, never a clock range ("от 9 до 26" is not 9:00–…).

Both are taken from the Scanner before the time and duration rules run, so they neither
become an end time nor a start, and stay out of the title.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, gate

_UNIT = r"(?:минут\w*|мин\b\.?|час\w*|ч\b\.?)"
_LEAD = re.compile(
    rf"\bза\s+(?:\d{{1,3}}\s*{_UNIT}|полчаса|час|пол\s+часа|\d{{1,2}}\s*(?:дн\w*|день))"
    r"\s+до\s+(?:начала|старта|отправлени\w*|выезда|сеанса|[а-я]+(?=[\s,.!;)]|$))"
)
_LENGTH_RANGE = re.compile(r"\b(?:от\s+)?\d{1,3}\s*(?:-|до)\s*\d{1,3}\s*(?:минут\w*|мин\b\.?)")
gate(_LEAD, re.compile("за "))
gate(_LENGTH_RANGE, re.compile("мин"))


def side_spans_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Take lead times and ranges of lengths (see the module docstring); `parts` is untouched:
    neither says when the event starts or how long it lasts.
    Example: «Сбор за 2 часа до начала» → the words taken, no start and no length."""
    for pattern in (_LEAD, _LENGTH_RANGE):
        for m in sc.find(pattern):
            sc.take_match(m)
