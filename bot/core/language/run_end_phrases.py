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

chat76: a bare number in the day's place («продли лекцию до 17», «продли выставку до 25») is
kept as `number` — an hour or a day of the month, which only the event decides
(features.run_end_changes); and the end changed by a length (`by`, signed): «продли лекцию на
час», «продлите на полчаса», «продли выставку на неделю», «сократи лекцию на 15 минут», «пусть
закончится на 30 минут позже», «перенеси окончание лекции на час раньше», «лекция продлится на
час дольше». The event's words may be left out after a verb («продли до 17:00»): the one in
context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.core.language.move_phrases import relative_shift
from bot.core.language.numerals import number_value
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
_DAY = r"(?P<day>[0-9а-я.:\s-]+?)"
_REF = r"(?:\s+(?P<ref>[^,]+?))?"  # the event's words, left out for the one in context
_SHAPES = (
    re.compile(rf"^{_EXTEND}{_REF}\s+до\s+{_DAY}$"),
    re.compile(rf"^(?P<ref>[^,]+?)\s+{_LASTS}\s+до\s+{_DAY}$"),
    re.compile(rf"^{_MOVE}\s+{_END}\s+(?P<ref>[^,]+?)\s+на\s+{_DAY}$"),
)
# the event ending at a clock (a clock only: «выставка закончится 10 января» is a post's)
_ENDS_AT = re.compile(rf"^(?:пусть\s+)?(?P<ref>[^,]+?)\s+{_ENDS}\s+(?:в|к)\s+{_DAY}$")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_LAST_DAY_OF_MONTH = 31
# a further sentence with a number of its own after the day («… продлится до 10 декабря. Финал
# турнира пройдёт 18 декабря»): a post telling a deadline and its event's day, not a request
# (doubt82); never an abbreviated month («до 10 янв. 2027»)
_NEXT_SENTENCE_DATED = re.compile(r"[.!?]\s+[а-яё]{3,}\D*\d")
_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?:-?(?:го|е|ое))?$")  # «до 17», «до 25-го»: hour or day
# the end moved by a length: a verb of extending or shortening, or the event ending «на час
# позже/раньше», or lasting «на час дольше» (chat76)
_SHORTEN = r"(?:сократи(?:те)?|сократить|сократим|укороти(?:те)?|укоротить|уменьши(?:те)?)"
_LONGER = r"(?P<way>позже|попозже|раньше|пораньше|дольше|подольше|меньше|короче)"
_BY = r"(?P<by>на\s+[0-9а-я.,\s]+?)"
_LENGTH_SHAPES = (
    (re.compile(rf"^{_EXTEND}{_REF}\s+(?:ещ[её]\s+)?{_BY}$"), 1),
    (re.compile(rf"^{_SHORTEN}{_REF}\s+{_BY}$"), -1),
    (re.compile(rf"^(?:пусть\s+)?(?P<ref>[^,]*?)\s*{_ENDS}\s+{_BY}\s+{_LONGER}$"), 0),
    (re.compile(rf"^(?:пусть\s+)?(?P<ref>[^,]*?)\s*{_LASTS}\s+{_BY}\s+{_LONGER}$"), 0),
    (re.compile(rf"^{_MOVE}\s+{_END}{_REF}\s+{_BY}\s+{_LONGER}$"), 0),
)
_SHORTER_WORDS = ("раньше", "пораньше", "меньше", "короче")
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
    number: int | None = None  # «до 17»: an hour or a day of the month (chat76)
    by: timedelta | None = None  # the end moved by this much (negative: earlier; chat76)
    months: int = 0  # «продли кружок на месяц»: the last day moved by calendar months (chat77)


def run_end_said(text: str, now: datetime) -> RunEndSaid | None:
    """The run's new last day a short message asks for (module docstring), or None."""
    line = " ".join(_PLEASE.sub(" ", normalize(text)).split()).strip(" .!")
    if len(line) > MAX_CHARS:
        return None
    by_length = _end_by_length(line)
    if by_length is not None:
        return by_length
    for shape in (*_SHAPES, _ENDS_AT):
        found = shape.match(line)
        if found is None:
            continue
        said = found.group("day")
        if _NEXT_SENTENCE_DATED.search(said):
            return None
        bare = _NUMBER.match(said) if shape is not _ENDS_AT else None
        if bare is not None:
            number, reference = int(bare.group("n")), _reference(found)
            if reference is None or not 0 < number <= _LAST_DAY_OF_MONTH:
                return None
            return RunEndSaid(reference, None, number=number)
        clock = shape is _ENDS_AT or _CLOCK.match(said) is not None  # «до 17.00»: no date
        named = day_and_time(f"в {said}" if clock else said, now)
        if named is None or named.end or (named.day is None) == (named.start is None):
            return None  # nothing read, a range, or both a day and a clock
        if shape is _ENDS_AT and named.start is None:
            return None
        reference = _reference(found)
        return None if reference is None else RunEndSaid(reference, named.day, named.start)
    return None


def _reference(found: re.Match[str]) -> str | None:
    """The event's words of a matched shape ("" for a pronoun or none: the event in
    context), or None when they are too many to be an event's name."""
    return _reference_words(found.group("ref") or "")


def _reference_words(said: str) -> str | None:
    """The event's words `said` ("" for a pronoun or none), or None when too many."""
    reference = said.strip()
    if len(reference.split()) > _MAX_REFERENCE_WORDS:
        return None
    return "" if reference in _PRONOUNS else reference


def _end_by_length(line: str) -> RunEndSaid | None:
    """The end moved by a length (module docstring, chat76), or None: the length is read by
    move_phrases.relative_shift, so «на 10 января» or «на 17:00» are no length."""
    for shape, sign in _LENGTH_SHAPES:
        found = shape.match(line)
        if found is None:
            continue
        way = found.groupdict().get("way")
        shorter = sign < 0 or (way is not None and way in _SHORTER_WORDS)
        reference, by = _reference(found), found.group("by")
        # «продли выставку на третьем этаже на неделю»: the length is the last «на …» (chat77)
        place, _, last = by.rpartition(" на ")
        if place and reference is not None and _length(f"на {last}") != (None, 0):
            reference, by = " ".join(w for w in (reference, place) if w), f"на {last}"
            reference = _reference_words(reference)
        length, months = _length(by)
        if (length is None and not months) or reference is None:
            return None
        if months:
            return RunEndSaid(reference, None, months=-months if shorter else months)
        assert length is not None
        return RunEndSaid(reference, None, by=-length if shorter else length)
    return None


# «на месяц», «на два месяца», «на 3 месяца» (chat77): calendar months, no timedelta
_MONTHS = re.compile(r"^на\s+(?:(?P<n>\d{1,2}|[а-я]+)\s+)?месяц(?:а|ев)?$")
_MAX_MONTHS = 12


def _length(by: str) -> tuple[timedelta | None, int]:
    """The length «на …» `by` says: a timedelta (move_phrases.relative_shift) or a count of
    calendar months («на месяц», «на 2 месяца»; 0 when none); (None, 0) when it is no
    length («на 10 января», «на 17:00», «на третьем этаже»)."""
    months = _MONTHS.match(" ".join(by.split()))
    if months is not None:
        count = number_value(months["n"]) if months["n"] else 1
        whole = int(count) if count is not None and count == int(count) else 0
        return None, whole if 0 < whole <= _MAX_MONTHS else 0
    return relative_shift(f"{by} позже"), 0
