"""Where people gather before an event ("сбор в 9:15 у школы", "встречаемся у входа"): a
meeting point, not the venue, unless nothing else is named. Used by places.py (long posts)
and venue_more.py (chat lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language.morphology import parses

# what ends a clause; the dot or colon of a clock time ("в 9:15") does not
_CLAUSE_END = re.compile(r"[,;!?\n]|(?<!\d)[.:]|[.:](?!\d)")
_MEETING_POINT = re.compile(
    r"(?<![а-яё])(?:сбор|собира[её]мся|собир[её]мся|встречаемся|место\s+встречи|выход|выезд"
    r"|отъезд|отправление|отправляемся)"
    r"(?![а-яё])"
)


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")


def _gathering_words(low: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The gathering words of lower-cased `low` (between `start` and `end`), leaving out a
    collection: «сбор» whose next word is an inanimate noun in the genitive («сбор
    макулатуры/подписей/вещей/средств» is what the event is; «сбор участников» still gathers
    people), read with pymorphy3."""
    for m in _MEETING_POINT.finditer(low, start, len(low) if end is None else end):
        if m.group(0) == "сбор" and (word := _NEXT_WORD.match(low, m.end())) is not None:
            found = parses(word.group(1))
            if found and {"NOUN", "gent", "inan"} <= found[0].tag.grammemes:
                continue
        yield m


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
    if next(_gathering_words(clause.lower()), None) is None:
        return False
    return bool(text[: pos - len(clause)].strip())


# a gathering's clause after its word, as the card shows it: «у школы в 10:30», «у входа»
_GATHERING_AT = re.compile(
    r"(?<![а-яё])(?:у|возле|около|в|во|на|к|перед|с)\s+\S"  # a place, or a clock: «в 10:30»
)


def gathering(text: str) -> str | None:
    """Where and when people gather before the event a message announces, as written after
    the gathering word («…, сбор у школы в 10:30» -> «у школы в 10:30», «встречаемся у входа
    в 9:45» -> «у входа в 9:45»): the rest of that clause, when it opens with a place or a
    clock; None when the message names no gathering, or opens with it (then it announces
    the gathering itself: meeting_point)."""
    shown = gathering_span(text)
    return None if shown is None else shown[1]


def gathering_span(text: str) -> tuple[tuple[int, int], str] | None:
    """((start, end) of the clause after the gathering word in `text`, the clause as the
    card shows it) when `text` names a gathering the card shows (see gathering); the place
    in that span is where people gather, never also the event's venue (fixgather55)."""
    found = next(_gathering_words(text.lower()), None)
    if found is None or not text[: found.start()].strip():
        return None
    end = _CLAUSE_END.search(text, found.end())
    stop = end.start() if end else len(text)
    said = " ".join(text[found.end() : stop].split()).lstrip(" —–-:").strip()
    return ((found.end(), stop), said) if _GATHERING_AT.match(said.lower()) else None


# a clock as a chat line writes it: «11:00», «в 11.00» (never a date «12.12»)
_CLOCK = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|(?<![а-яё])в\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)"
)


def clause_apart_clock(text: str, pos: int) -> bool:
    """Whether `text` gives a clock outside the clause of `pos` (a gathering's place): the
    event's own start then stands apart from the gathering («Экскурсия … в 11:00, сбор у
    школы в 10:30»), whose place is no venue (chat54); a gathering whose clock is the only
    one («Поход 12.12, сбор в 9:00 у школы») is where the event begins."""
    begin = pos - len(clause_before(text, pos))
    end = _CLAUSE_END.search(text, pos)
    stop = end.start() if end else len(text)
    return any(not begin <= m.start() < stop for m in _CLOCK.finditer(text))
