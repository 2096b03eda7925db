"""Where people gather before an event ("сбор в 9:15 у школы", "встречаемся у входа"): a
meeting point, not the venue, unless nothing else is named. Used by places.py (long posts)
and venue_more.py (chat lines)."""

from __future__ import annotations

import re

# what ends a clause; the dot or colon of a clock time ("в 9:15") does not
_CLAUSE_END = re.compile(r"[,;!?\n]|(?<!\d)[.:]|[.:](?!\d)")
_MEETING_POINT = re.compile(
    r"(?<![а-яё])(?:сбор|собира[её]мся|собир[её]мся|встречаемся|место\s+встречи|выход|выезд"
    r"|отъезд|отправление|отправляемся)"
    r"(?![а-яё])"
)


def clause_before(text: str, pos: int) -> str:
    """The words before `pos` in its clause (back to a comma or a sentence end, 40 chars)."""
    start = max(0, pos - 40)
    for m in _CLAUSE_END.finditer(text, start, pos):
        start = m.end()
    return text[start:pos]


def meeting_point(text: str, pos: int) -> bool:
    """Whether the place at `pos` is where people gather ("сбор в 9:15 у школы",
    "встречаемся у главного входа"), not where the event is; a message that opens with the
    gathering ("Сбор 5 декабря у причала") announces the gathering itself."""
    clause = clause_before(text, pos)
    if _MEETING_POINT.search(clause.lower()) is None:
        return False
    return bool(text[: pos - len(clause)].strip())
