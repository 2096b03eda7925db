"""The clock a lesson phrase names by the school's bell schedule (files66).

`bells` is `SchoolCalendar.bells`: lesson n's (start, end) at index n - 1, local wall-clock
times. A plan file's time cell or a chat line «после 6 урока» is then a clock: after a lesson
its end, on (during, from) a lesson its start (and its end when the lesson bounds the event).
Before a lesson («перед 3 уроком», «до 3 урока») is the break before it, from the end of the
lesson before to its start (files69); before the first («до 1 урока», «до уроков») a break as
short as the schedule's shortest, ending when the first lesson starts. «С 3 по 5 урок» is
from the 3rd's start to the 5th's end; «на большой перемене» the longest break between
lessons (the first of equal ones), «на перемене после 2 урока» the break after it (files74).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time
from itertools import pairwise

from bot.core.language.numerals import ordinal_value
from bot.core.language.times import LESSON_NUMBER

Bells = Sequence[tuple[time, time]]

# «после 6 урока», «на 3-м уроке», «во время 2 урока», «с 5 урока», «на 2-3 уроках», «5, 6 урок»,
# «с 3 по 5 урок»
_PHRASE = re.compile(
    r"^(?:(после|до|перед|на|с|со|во\s+время)\s+)?"
    rf"(?:({LESSON_NUMBER})\s*(?:,|и|или|-|–|—|по\s)\s*)?({LESSON_NUMBER})"
    r"\s+(?:урок[а-я]*|пар[аеыу])$"
)
# «на большой перемене», «в большую перемену»: the schedule's longest break (files74)
_BIG_BREAK = re.compile(r"(?:на|во?)\s+больш(?:ой|ую)\s+перемен[уеа]")
# «на перемене после 2 урока», «на перемене перед 3 уроком»: the break beside that lesson
_BREAK_BESIDE = re.compile(
    rf"(?:на|во?)\s+перемен[уеа]\s+(после|перед)\s+({LESSON_NUMBER})\s+урок[а-я]*"
)
# «до уроков», «перед уроками»: before the day's first lesson
_BEFORE_LESSONS = re.compile(r"(?:до|перед)\s+урок(?:ов|ами)")


def lesson_clock_of(text: str, bells: Bells) -> tuple[time, time | None] | None:
    """(start, end or None) of what `text` says by lessons alone, by `bells`; None when the
    text is no lesson phrase, names a lesson the schedule has not, or says no clock («после
    уроков»: the grades' lessons' end, a setting of its own)."""
    folded = " ".join(text.casefold().replace("ё", "е").split()).strip(" .,")
    if not bells:
        return None
    if _BEFORE_LESSONS.fullmatch(folded):
        return _break_before(1, bells)
    if _BIG_BREAK.fullmatch(folded):
        return _longest_break(bells)
    beside = _BREAK_BESIDE.fullmatch(folded)
    if beside is not None:
        number = _number(beside[2])
        after = number is not None and beside[1] == "после"
        return None if number is None else _break_between(number + 1 if after else number, bells)
    found = _PHRASE.fullmatch(folded)
    if found is None:
        return None
    word, first_raw, last_raw = found.groups()
    last = _number(last_raw)
    first = _number(first_raw) if first_raw else last
    if first is None or last is None or not 1 <= first <= last <= len(bells):
        return None
    if word in ("до", "перед"):
        return _break_before(first, bells)
    if word == "после":
        return bells[last - 1][1], None
    if word in ("с", "со") and first_raw is None:  # «с 5 урока»; «с 3 по 5 урок» is a span
        return bells[first - 1][0], None
    return bells[first - 1][0], bells[last - 1][1]


def _break_before(number: int, bells: Bells) -> tuple[time, time] | None:
    """The break before lesson `number` (1-based): from the lesson before's end to its
    start; before the first, the schedule's shortest break ending at its start (the bells
    say nothing earlier); None for a schedule of one lesson."""
    if number > 1:
        return bells[number - 2][1], bells[number - 1][0]
    breaks = [_minutes(nxt[0]) - _minutes(end) for (_, end), nxt in pairwise(bells)]
    shortest = min((b for b in breaks if b > 0), default=None)
    start = None if shortest is None else _minutes(bells[0][0]) - shortest
    if start is None or start < 0:
        return None
    return time(start // 60, start % 60), bells[0][0]


def _break_between(number: int, bells: Bells) -> tuple[time, time] | None:
    """The break before lesson `number` (1-based) from the lesson before it, when the
    schedule has both lessons; None otherwise (before the first there is no break between)."""
    if not 2 <= number <= len(bells):
        return None
    return bells[number - 2][1], bells[number - 1][0]


def _longest_break(bells: Bells) -> tuple[time, time] | None:
    """The schedule's longest break between lessons — «большая перемена», as a school calls
    the break it gives for lunch — the first of equally long ones; None for one lesson."""
    gaps = [
        (_minutes(nxt[0]) - _minutes(end), i) for i, ((_, end), nxt) in enumerate(pairwise(bells))
    ]
    if not gaps:
        return None
    _, at = max(gaps, key=lambda g: (g[0], -g[1]))
    return bells[at][1], bells[at + 1][0]


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _number(raw: str | None) -> int | None:
    """A lesson's number from «6», «6-го», «шестого»; None for none."""
    if raw is None:
        return None
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    return ordinal_value(raw)
