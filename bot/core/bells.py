"""The clock a lesson phrase names by the school's bell schedule (files66).

`bells` is `SchoolCalendar.bells`: lesson n's (start, end) at index n - 1, local wall-clock
times. A plan file's time cell or a chat line «после 6 урока» is then a clock: after a lesson
its end, on (during, from) a lesson its start (and its end when the lesson bounds the event).
«до 1 урока», «перед 3 уроком» say no clock (how long before is not said): still asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time

from bot.core.language.numerals import ordinal_value
from bot.core.language.times import LESSON_NUMBER

Bells = Sequence[tuple[time, time]]

# «после 6 урока», «на 3-м уроке», «во время 2 урока», «с 5 урока», «на 2-3 уроках», «5, 6 урок»
_PHRASE = re.compile(
    r"^(?:(после|до|перед|на|с|со|во\s+время)\s+)?"
    rf"(?:({LESSON_NUMBER})\s*(?:,|и|или|-|–|—)\s*)?({LESSON_NUMBER})"
    r"\s+(?:урок[а-я]*|пар[аеыу])$"
)


def lesson_clock_of(text: str, bells: Bells) -> tuple[time, time | None] | None:
    """(start, end or None) of what `text` says by lessons alone, by `bells`; None when the
    text is no lesson phrase, names a lesson the schedule has not, or says no clock («до 1
    урока», «после уроков»: the grades' lessons' end, a setting of its own)."""
    found = _PHRASE.fullmatch(" ".join(text.casefold().replace("ё", "е").split()).strip(" .,"))
    if found is None or not bells:
        return None
    word, first_raw, last_raw = found.groups()
    last = _number(last_raw)
    first = _number(first_raw) if first_raw else last
    if first is None or last is None or not 1 <= first <= last <= len(bells):
        return None
    if word in ("до", "перед"):
        return None
    if word == "после":
        return bells[last - 1][1], None
    if word in ("с", "со"):
        return bells[first - 1][0], None
    return bells[first - 1][0], bells[last - 1][1]


def _number(raw: str | None) -> int | None:
    """A lesson's number from «6», «6-го», «шестого»; None for none."""
    if raw is None:
        return None
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    return ordinal_value(raw)
