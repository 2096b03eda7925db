"""A clock belongs to its own sentence's day.

A message whose dated sentence gives its own start clock («Финал 12 декабря в 14:00»,
«Фестиваль пройдёт 12 декабря с 14:00») while an earlier sentence without that date gives
another («Сегодня в 10:00 начался турнир», «Награждение победителей состоится в 17:00»): the
earlier clock is another day's (today's) or a part's (the awards, inside the event), never the
dated event's start. Those earlier clocks are dropped; a dated sentence with no clock of its
own keeps every clock («12 декабря концерт. Начало в 15:00»)."""

from __future__ import annotations

from bot.core.language.parts import TemporalParts
from bot.core.language.sentences import sentence_at

_ENDS = ("до", "окончание", "конец")  # the prefixes of an end clock (TemporalParts.start_time)


def with_dated_sentence_clock(
    parts: TemporalParts, text: str
) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """Drop from `parts.times` each start clock standing before the first day's sentence's
    own start clock in a sentence naming no day read (`parts.day_spans`), in place. Returns
    the dated sentence's span and the spans of the sentences whose clocks were dropped
    (their words tell of another day or a part: the title's words are the dated sentence's
    when it has any), or None when nothing was dropped. `text`: the scanned text the spans
    and clocks point into."""
    first = parts.day_first
    times = parts.times
    if first is None or not times or len(times) < 2 or any(t.pos < 0 for t in times):
        return None
    span = next((s for s in parts.day_spans if s[2] == first), None)
    if span is None:
        return None
    begin, end = sentence_at(span[0], text)
    starts = [t for t in times if t.prefix not in _ENDS]
    own = [t for t in starts if begin <= t.pos < end]
    if not own or any(t.prefix == "начало" for t in starts if t not in own):
        return None
    dated = [sentence_at(s[0], text) for s in parts.day_spans]
    early = [
        t
        for t in starts
        if t.pos < own[0].pos and not begin <= t.pos < end and sentence_at(t.pos, text) not in dated
    ]
    if not early:
        return None
    parts.times = [t for t in times if t not in early]
    return (begin, end), sorted({sentence_at(t.pos, text) for t in early})
