"""A bare range of grades right after a school hall ("акт зал 7-9", "спортзал, 2-4"): the
event's audience, not part of its title.

Staff write the hall and then the classes with no «кл»: "кинопоказ в среду 17:00 акт зал 7-9".
A range of two school grades (1-11, the first below the last) standing right after a hall's
name, and not followed by a unit ("лет", "часов", "человек", "этаж"), is read as those grades.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import Scanner

_AFTER_HALL = re.compile(
    r"(?:акт\w*\.?\s*зал\w*|спорт\w*\s*зал\w*|конференц-?\s?зал\w*)\s*,?\s*"
    r"(?<![\d.])(1[01]|[1-9])\s*[-–—]\s*(1[01]|[1-9])(?![\d.:])"
    r"(?!\s*(?:лет|год|час|ч\b|чел|мин|эт|мест))"
)


def take_hall_grades(sc: Scanner) -> frozenset[int] | None:
    """Take a grade range written right after a hall's name; returns the grades (each
    1-11) or None when there is none (or its digits were already taken by another rule)."""
    if "зал" not in sc.text:
        return None
    for m in _AFTER_HALL.finditer(sc.text):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last and sc.is_free(m.start(1), m.end(2)):
            sc.take(m.start(1), m.end(2))
            return frozenset(range(first, last + 1))
    return None
