"""One more meeting added to a saved series, said in words (chat76; chat74/chat75 left «a
series is not extended by adding meetings»): «добавь ещё занятие 20 декабря», «добавь
встречу кружка в пятницу в 15:00», «ещё одна встреча в пятницу в 15:00», «добавьте к
кружку ещё одно занятие 23 декабря в 16:00», «давай добавим ещё одну репетицию 24 декабря».

`series_addition(text, now)` gives the series' words as written (lower-cased; "" — the
series in context), the new meeting's day (school-local) and its clock (school wall clock,
None: the series' own), or None when the text is no such request. A request needs a word
of adding («добавь», «ещё») and a meeting noun («встреча», «занятие», «урок», «репетиция»,
«тренировка»), and then a day — and nothing of a new event's own: a meeting «с кем-то»
(«ещё одна встреча с ветераном 20 декабря» is an event of its own), classes or a place after
a comma («…, 9А») make it a post for the parser. Pure: no store, no clock (`now`, the
school's naive wall clock, is passed in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.core.language.tokens import normalize
from bot.core.language.when import day_and_time

MAX_CHARS = 90  # a longer text is a post announcing an event, read by the parser

_ADD = r"(?:(?:давай(?:те)?\s+)?добав(?:ь|ьте|им|ить|лю)|ещ[её])"
_MEETING = (
    r"(?:встреч[аиуе]|заняти[еяю]|урок[аи]?|репетици[яюи]|тренировк[аиу]|консультаци[яюи]"
    r"|собрани[еяю])"
)
_REQUEST = re.compile(
    rf"^{_ADD}\s+(?P<head>(?:[а-я]+\s+){{0,4}}?)(?:ещ[её]\s+)?(?:одн[уоа]\s+)?"
    rf"(?:нов(?:ую|ое|ый|ая)\s+)?{_MEETING}(?![а-я])(?P<tail>.*)$"
)
_NOT_SERIES = re.compile(r"^\s*(?:с|со|для|про|о|об)\s")  # «встреча с ветераном»: a new event
_LEADING = re.compile(r"^(?:ещ[её]|к|в|для|серию|серии|в\s+серию)$")
_WHEN_OPENS = re.compile(
    r"^(?:\d|в\s|во\s|на\s|завтра|послезавтра|сегодня|через|понедельник|вторник|сред|четверг"
    r"|пятниц|суббот|воскресень|следующ)"
)
_MAX_REFERENCE_WORDS = 5
_BOUNDS = frozenset({"с", "со", "до", "по", "от"})


@dataclass(frozen=True, slots=True)
class SeriesAddition:
    """The series' words (`reference`, lower-cased; "" — the one in context), the new
    meeting's `day` (school-local) and `at` (school wall clock; None — the series' own)."""

    reference: str
    day: date
    at: time | None


def series_addition(text: str, now: datetime) -> SeriesAddition | None:
    """The meeting a short message adds to a series (module docstring), or None."""
    line = " ".join(normalize(text).split()).strip(" .!")
    if len(line) > MAX_CHARS or "," in line or "?" in line or "\n" in text.strip():
        return None  # «а ещё одно занятие в пятницу будет?» asks, it adds nothing
    found = _REQUEST.match(line)
    if found is None or _NOT_SERIES.match(found.group("tail")):
        return None
    head = [w for w in found.group("head").split() if not _LEADING.match(w)]
    tail = found.group("tail").split()
    for cut in range(len(tail) + 1):
        when = " ".join(tail[cut:])
        if not _WHEN_OPENS.match(when):
            continue
        named = day_and_time(when, now)
        if named is None or named.day is None or named.end is not None:
            continue
        reference = [w for w in [*head, *tail[:cut]] if not _LEADING.match(w)]
        if len(reference) > _MAX_REFERENCE_WORDS or _BOUNDS & set(reference):
            return None  # «… кружка с 15 до 16 20 декабря»: hours the reader does not take
        return SeriesAddition(" ".join(reference), named.day, named.start)
    return None


# the adding words that open a request (chat77): «Ещё», «Ещё один», «Добавь ещё одно»
_OPENING_ADD = re.compile(
    r"^\s*(?:(?:давай(?:те)?\s+)?добав(?:ь|ьте|им|ить|лю)\s+)?(?:ещ[её]\s+)?"
    r"(?:(?:один|одна|одно|одну)\s+)?(?=\S)",
    re.IGNORECASE,
)


def without_adding_words(text: str) -> str:
    """`text` without the words of adding it opens with («Ещё урок мужества 18 декабря» →
    «урок мужества 18 декабря», «Ещё один урок …» → «урок …»): what a request that is no
    series' meeting says as a new event, so that its title does not keep «Ещё» (chat77)."""
    return _OPENING_ADD.sub("", text, count=1)
