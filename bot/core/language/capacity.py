"""How many can come: "мест: 30", "30 мест", "до 25 человек", "не более 20 участников",
"от 15 до 40 человек" (the upper bound; the lower one is taken with it, never a time).

A bare number of people ("встреча с 5 участниками") is not a limit: only a number of places
or a number after "до / не более / максимум" is.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import Scanner, anchor

MAX_CAPACITY = 5000

_LIMITS = (
    re.compile(r"(?:,\s*)?(?:количество|число|кол-во)?\s*мест\w*\s*[:—-]\s*(\d{1,4})(?![\d:.])"),
    re.compile(r"(?:,\s*)?(?:всего\s+|на\s+)?(\d{1,4})\s+мест(?:а|о)?(?![а-я])"),
    re.compile(
        r"(?:,\s*)?(?:от\s+\d{1,4}\s+)?(?:до|не\s+более|не\s+больше|максимум|макс\.?)\s+(\d{1,4})\s+"
        r"(?:человек|чел\.?|участник\w*|учени\w*|мест\w*)(?![а-я])"
    ),
)

# what every match holds: the word "мест…", or a number of people; the rest of a match lies
# at most 25 characters before and 20 after it (", не более 1000 участниками")
_PLACES = re.compile("мест")
_PEOPLE = re.compile(r"\d\s+(?:человек|чел|участник|учени|мест)")
anchor(_LIMITS[0], _PLACES, 25, 20)
anchor(_LIMITS[1], _PLACES, 25, 20)
anchor(_LIMITS[2], _PEOPLE, 25, 20)


def extract_capacity(sc: Scanner) -> int | None:
    """Find and take a limit on places; None when the message sets none."""
    for pattern in _LIMITS:
        for m in sc.find(pattern):
            value = int(m.group(1))
            if 0 < value <= MAX_CAPACITY:
                sc.take_match(m)
                return value
    return None
