"""An event asked for «в каникулы» on purpose: «в зимние каникулы провести интенсив», «на
весенних каникулах», «во время каникул». Such an event is meant to fall in the vacation, so
the card does not warn that it does, and its free times are proposed inside the vacation
(newcomer walk 2026-12-02t, #18). «после каникул», «не в каникулы», «до каникул» ask for
no vacation day.
"""

from __future__ import annotations

import re

from bot.core.models import EventDraft

_VACATION = re.compile(
    r"(?<![а-я])(не\s+)?(?:в|на|во\s+время|во)\s+"
    r"(?:(?:эт\w*|ближайш\w*|предстоящ\w*|следующ\w*|будущ\w*)\s+)?"
    r"(?:(?:осенн|зимн|новогодн|рождественск|весенн|летн|февральск)\w*\s+)?каникул(?:ах|ы|ам)?"
    r"(?![а-я])"
)


def names_vacation(text: str) -> bool:
    """Whether `text` places its event in a vacation («в каникулы», «в зимние каникулы»,
    «на каникулах», «во время каникул»; not «не в каникулы»)."""
    lowered = text.lower().replace("ё", "е")
    return any(found.group(1) is None for found in _VACATION.finditer(lowered))


def asked_in_vacation(draft: EventDraft) -> bool:
    """Whether the draft's day was asked within a vacation (its period is «каникулы») or its
    message places it in one."""
    if draft.period is not None and draft.period.kind == "vacation":
        return True
    return names_vacation(draft.description or "")
