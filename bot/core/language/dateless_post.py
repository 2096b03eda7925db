"""A long post that announces an event but names no day: «Для старшеклассников пройдет
профориентационный час. … Районный дом культуры» (newcomer walk 2026-12-02v, F7). Its
name, classes and place are plain; only the day is missing, so the bot asks for it — as it
asks the day of a post naming a clock but no day — instead of the generic «не понял».

A sentence announces an event when it says one is ahead or invites to it: «пройдёт»,
«пройдут», «состоится», «будет проводиться», «проведём», «начнётся», «откроется»,
«стартует», «приглашаем / приглашает», and names it — the long-post title rules
(title.concise_title, without their fallback) find a kind of event, a named day or a quoted
name in it. A question («Когда пройдёт …?») announces nothing.

Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.sentences import sentences
from bot.core.language.title import concise_title

# a verb saying an event is ahead, or inviting to it
_ANNOUNCES = re.compile(
    r"(?<![а-яё])(?:пройд[её]т|пройдут|состо(?:ится|ятся)|будут?\s+проводить?ся"
    r"|будут?\s+организован\w*|провед[её]м|начн[её]тся|начнутся|откро(?:ется|ются)"
    r"|стартует|стартуют|приглаша(?:ем|ет|ют))(?![а-яё])",
    re.IGNORECASE,
)


def announced_event(text: str) -> tuple[tuple[int, int], str] | None:
    """The first sentence of `text` (as (start, end) offsets) that announces an event, and
    the event's name read from it; None when no sentence does (see the module docstring).
    Only the first MAX_TRIED announcing sentences are read for a name: a long text full of
    such verbs costs a few title readings, never one per sentence."""
    tried = 0
    for start, end in sentences(text):
        sentence = text[start : end + 1]  # with the mark closing it
        if "?" in sentence or _ANNOUNCES.search(sentence) is None:
            continue
        title = concise_title(text, (start, end), fallback=False)
        if title:
            return (start, end), title
        tried += 1
        if tried >= MAX_TRIED:
            break
    return None


MAX_TRIED = 3
