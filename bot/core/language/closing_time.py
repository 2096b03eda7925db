"""A one-day event's end read from its closing: «В 16.00 – церемония награждения и закрытие
соревнований», «На 16:00 запланирована церемония закрытия», «15:30 – 16:00 – официальная
церемония закрытия», «закрытие состоится в 22:45».

A post that gives the event's start and, further on, the clock of the event's closing
ceremony says when the event ends, as surely as «с 10 до 16»: the closing is its last step.
The closing is the event's own only when it is named so — a ceremony of closing
(«церемония/торжественное/официальное/парад закрытия»), the closing of an event noun
(«закрытие соревнований», «… фестиваля»), or a programme line of its own («17:00 -
закрытие»); «закрытие дороги», «закрытие выставки 20 мая» (another day) are not. A sentence
naming a date or a relative day is left alone (the closing of another day), and so is a
clock not after the start.

Measured on the 27 tuned real-post sets (tests/data/README.md, sixteenth round): it changes
6 posts in 6 sets; it fixes eval12:38 and eval14:10, gives eval7:16 and eval11:52 the end
their labels name first (they were right without it), adds the end to two posts whose start
is wrong anyway (eval5:19, eval16:21), and moves no right start.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from bot.core.language.post_dates import DATE_ANY

_H = r"(?:[01]?\d|2[0-3])"
_CLOCK = re.compile(rf"(?<![\d.:])({_H})[:.]([0-5]\d)(?![\d])")
# a clock range: its second clock is the slot's end («15:30 – 16:00 – … закрытия»)
_RANGE_END = re.compile(rf"\s*[-–—]\s*({_H})[:.]([0-5]\d)(?![\d])")
_EVENT_NOUN = (
    r"соревновани|турнир|фестивал|мероприяти|форум|конференци|сл[её]т|праздник|олимпиад|игр"
    r"|чемпионат|первенств|смен|акци|конкурс|недел|декад|марафон|спартакиад|программ|вечер"
)
_CLOSING = re.compile(
    r"(?:(?:церемони\w*|торжественн\w*|официальн\w*|парад\w*)\s+(?:\w+\s+)?закрыти\w*"
    rf"|(?<![а-я])закрыти\w*\s+(?:\w+\s+)?(?:{_EVENT_NOUN})"
    r"|(?<![а-я])закрыти[ея](?=\s*(?:[.;,]|\n|$|состоится|состоятся|пройд[её]т|начн[её]тся|в\s+\d)))",
    re.IGNORECASE,
)
_HINT = re.compile("закрыти", re.IGNORECASE)
# the closing's own words are alone on a programme line or in its sentence: «… закрытие.»
_RELATIVE_DAY = re.compile(r"(?<![а-я])(?:сегодня|завтра|послезавтра|вчера)(?![а-я])")
# a sentence ends at ". " before a capital or a line break; «16.00» is no end
_SENTENCE_END = re.compile(r"[.!?](?=\s+[А-ЯЁA-Z«\"]|\s*\n)|\n")


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence (or programme line) around position `at`."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        begin = m.end()
    after = _SENTENCE_END.search(text, at)
    return begin, (after.start() if after else len(text))


def closing_clock(text: str) -> time | None:
    """The clock at which the event's closing is announced in `text` (the closing's slot end
    when its clock is a range), or None when no sentence names the event's closing with one
    clock of its own and no other day."""
    if _HINT.search(text) is None:  # one literal scan: most posts name no closing
        return None
    for m in _CLOSING.finditer(text):
        begin, end = _sentence(text, m.start())
        sentence = text[begin:end]
        if DATE_ANY.search(sentence) or _RELATIVE_DAY.search(sentence.lower()):
            continue
        clocks = list(_CLOCK.finditer(sentence))
        if not clocks:
            continue
        nearest = min(clocks, key=lambda c: abs(c.start() - (m.start() - begin)))
        last = _RANGE_END.match(sentence, nearest.end())
        hour, minute = (last.group(1), last.group(2)) if last else nearest.groups()
        return time(int(hour), int(minute))
    return None


def closing_end(start: datetime, end: datetime | None, text: str) -> datetime | None:
    """The event's end from its closing's clock, when that falls after `start` and after the
    `end` read so far (a slot of the programme, «финальные игры с 15:00 до 15:30», is no
    later than the closing); otherwise `end` as it was."""
    at = closing_clock(text)
    if at is None:
        return end
    closing = datetime.combine(start.date(), at)
    if closing <= start or (end is not None and (end >= closing or end.date() != start.date())):
        return end
    return closing
