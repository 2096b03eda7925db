"""«что ещё в школе в эти дни?»: a question about the days of the asker's own events.

A partner who has just sent a programme asks what else the school holds on those days —
«в эти дни», «в эти же дни», «в те же дни», «в мои дни», «в дни моих мероприятий», «в эти
даты». The phrase names no period of the calendar and no event («дни» is no word of a
title: newcomer77 read it as one and answered «мероприятий со словом «день» в названии
нет»); the planner reads it as the days its asker's organisation holds its upcoming events
on (bot.core.features.queries). «в наши дни» (nowadays) is not such a phrase.

Pure: no store.
"""

from __future__ import annotations

import re

__all__ = ["without_own_days"]

_OWN_DAYS = re.compile(
    r"(?i)(?<![а-яё])(?:в|на)\s+(?:"
    r"(?:эти|те)(?:\s+же)?\s+(?:дни|даты|числа)"
    r"|мои\s+(?:дни|даты)"
    r"|дни\s+(?:моих|наших|своих|этих)\s+(?:мероприятий|занятий|событий)"
    r")(?![а-яё])"
)


def without_own_days(clean: str) -> tuple[str, bool]:
    """`clean` (a chat question) without its phrase of the asker's own days, and whether it
    had one: "что ещё в школе в эти дни?" -> ("что ещё в школе ?", True); a text without
    such a phrase is returned as it is, with False."""
    rest, found = _OWN_DAYS.subn(" ", clean)
    return (rest, True) if found else (clean, False)
