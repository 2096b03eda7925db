"""A saved run's last day changed in words (chat74; newcomer72 left 5, safety72 left):
«продли выставку до 10 января», «выставка продлится до 10 января», «перенеси окончание
выставки на 10 января», «продлите её до 10 января». Only the last day changes — the first
day, the hours and the length of each day stay; a move («перенеси выставку на 14 декабря»)
still moves the whole run.

Three shapes, each a short message (MAX_CHARS) naming one day and nothing else:
- a verb of extending in the imperative or infinitive, the event, «до» and the day
  («продли(те)», «продлить», «продлим», «продлеваем»);
- the event as the subject, a verb of lasting or being extended, «до» and the day
  («продлится», «будет идти/работать/открыта», «продлевается», «продлена», «продлили»);
- a verb of moving or changing, the end («окончание», «конец», «последний день», «дата
  окончания», «завершение»), the event in the genitive, «на» and the day.

A pronoun («её», «его», «их») in the event's place is the event in context (""). The day is
read by when.day_and_time; a second day, or a day with a clock, makes the text no such
request. A clock alone in the day's place is a one-day event's new end (chat75: «продли
лекцию до 17:00», «лекция продлится до 17:00», «перенеси окончание лекции на 17:00»), and so
is a fourth shape, the event ending at a clock («лекция закончится в 17:00», «пусть лекция
закончится в 17:00»). Pure: no store, no clock (`now`, the school's naive wall clock, is
passed in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.core.language.tokens import normalize
from bot.core.language.when import day_and_time

MAX_CHARS = 90  # a longer text is a post announcing an event, read by the parser

_EXTEND = r"(?:продли(?:те)?|продлить|продлим|продлеваем|продлеваю)"
_LASTS = (
    r"(?:продлится|продлятся|продлевается|продлеваются|продлен[аоы]?|продлили"
    r"|будет\s+(?:идти|работать|открыт[аы]?|проходить)|будут\s+(?:идти|работать|проходить))"
)
_MOVE = r"(?:перенеси(?:те)?|перенести|сдвинь(?:те)?|сдвинуть|поменяй(?:те)?|измени(?:те)?)"
_END = r"(?:окончание|конец|последний\s+день|(?:дату|время)\s+окончания|завершение)"
_ENDS = r"(?:закончится|закончатся|заканчивается|завершится|окончится|кончится)"
_DAY = r"(?P<day>[0-9а-я.:\s]+?)"
_SHAPES = (
    re.compile(rf"^{_EXTEND}\s+(?P<ref>[^,]+?)\s+до\s+{_DAY}$"),
    re.compile(rf"^(?P<ref>[^,]+?)\s+{_LASTS}\s+до\s+{_DAY}$"),
    re.compile(rf"^{_MOVE}\s+{_END}\s+(?P<ref>[^,]+?)\s+на\s+{_DAY}$"),
)
# the event ending at a clock (a clock only: «выставка закончится 10 января» is a post's)
_ENDS_AT = re.compile(rf"^(?:пусть\s+)?(?P<ref>[^,]+?)\s+{_ENDS}\s+(?:в|к)\s+{_DAY}$")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_PLEASE = re.compile(r"[\s,]*(?<![а-яё])пожалуйста(?![а-яё])[\s,]*")  # «продлите, пожалуйста, …»
_PRONOUNS = frozenset({"её", "ее", "его", "их", "это", "эту", "этого"})
_MAX_REFERENCE_WORDS = 6


@dataclass(frozen=True, slots=True)
class RunEndSaid:
    """The event's words as written (`reference`; "" — the event in context) and its new
    last day (`last`, school-local) or, for a one-day event, its new end clock (`until`,
    school wall clock; `last` None then)."""

    reference: str
    last: date | None
    until: time | None = None


def run_end_said(text: str, now: datetime) -> RunEndSaid | None:
    """The run's new last day a short message asks for (module docstring), or None."""
    line = " ".join(_PLEASE.sub(" ", normalize(text)).split()).strip(" .!")
    if len(line) > MAX_CHARS:
        return None
    for shape in (*_SHAPES, _ENDS_AT):
        found = shape.match(line)
        if found is None:
            continue
        said = found.group("day")
        clock = shape is _ENDS_AT or _CLOCK.match(said) is not None  # «до 17.00»: no date
        named = day_and_time(f"в {said}" if clock else said, now)
        if named is None or named.end or (named.day is None) == (named.start is None):
            return None  # nothing read, a range, or both a day and a clock
        if shape is _ENDS_AT and named.start is None:
            return None
        reference = found.group("ref").strip()
        if len(reference.split()) > _MAX_REFERENCE_WORDS:
            return None
        reference = "" if reference in _PRONOUNS else reference
        return RunEndSaid(reference, named.day, named.start)
    return None
