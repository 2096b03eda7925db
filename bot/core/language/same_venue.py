"""«Адрес тот же»: a message that gives its place as the one of the writer's last event.

A partner's second post often names no place but refers back to the first: «Адрес тот же»,
«место то же», «там же», «по тому же адресу», «в том же месте», «как в прошлый раз» (newcomer
walk 2026-12-02t, #22). Any Russian reader takes these as «the place of our last event»;
the bot fills it from the stored plan (bot.core.features.adding.same_venue), and asks
«Где?» when there is none. «Как в прошлый раз» said of the time («время как в прошлый раз»,
«во столько же, как в прошлый раз») is no place.
"""

from __future__ import annotations

import re

_SAME_PLACE = re.compile(
    r"(?<![а-я])(?:"
    r"(?:адрес|место)\s*(?:[-—:]\s*)?(?:тот|то|такой|такое|прежн(?:ий|ее))\s+же"
    r"|(?:адрес|место)\s*(?:[-—:]\s*)?прежн(?:ий|ее)"
    r"|(?:тот|то)\s+же\s+(?:адрес|место)"
    r"|(?:по|на)\s+(?:тому\s+же|прежнему)\s+адресу"
    r"|(?:в|на)\s+том\s+же\s+месте"
    r"|там\s+же"
    r"|как\s+(?:и\s+)?в\s+(?:прошлый|предыдущий|тот)\s+раз"
    r")(?![а-я])"
)
# the clause of a «как в прошлый раз» that speaks of the time, not the place
_TIME_WORDS = re.compile(r"(?<![а-я])(?:врем\w*|во\s+столько\s+же|в\s+то\s+же\s+время|час\w*)")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def names_same_place(text: str) -> bool:
    """Whether `text` gives its place as the writer's last one («Адрес тот же», «там же»,
    «по тому же адресу», «как в прошлый раз» not said of the time)."""
    return bool(same_place_spans(text))


def same_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each phrase giving the place as an earlier one (see
    names_same_place), in order; a «как в прошлый раз» in a clause about the time is left
    out. The one reading of these phrases: a chat message (bot.core.features.adding) and a
    later event of a post («…, адрес тот же», bot.core.language.post_events) both use it."""
    lowered = text.lower().replace("ё", "е")
    spans = []
    for found in _SAME_PLACE.finditer(lowered):
        if found.group().startswith("как"):
            start = max(
                (m.end() for m in _CLAUSE_END.finditer(lowered, 0, found.start())), default=0
            )
            end = _CLAUSE_END.search(lowered, found.end())
            clause = lowered[start : end.start() if end else len(lowered)]
            if _TIME_WORDS.search(clause):
                continue
        spans.append(found.span())
    return spans
