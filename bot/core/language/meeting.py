"""Where people gather before an event ("сбор в 9:15 у школы", "встречаемся у входа"): a
meeting point, not the venue, unless nothing else is named. Used by places.py (long posts)
and venue_more.py (chat lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses, to_nominative
from bot.core.language.sentences import dot_ends_sentence
from bot.core.language.title_words import KIND

# what ends a clause; the dot or colon of a clock time ("в 9:15") does not
_CLAUSE_END = compile_with_scan(r"[,;!?\n]|(?<!\d)[.:]|[.:](?!\d)")
_MEETING_POINT = compile_with_scan(
    r"(?<![а-яё])(?:сбор|собира[её]мся|собир[её]мся|встречаемся|место\s+встречи|выход|выезд"
    r"|отъезд|отправление|отправляемся)"
    r"(?![а-яё])"
)


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
# nouns naming a body of people: pymorphy3 tags them inanimate, as it does «макулатура», and
# marks them apart no other way — a closed class, so listed («сбор команды/класса у школы»
# gathers people, parse56)
_PEOPLE_BODIES = frozenset(
    {"команда", "группа", "класс", "отряд", "сборная", "делегация", "экипаж", "коллектив"}
    | {"хор", "ансамбль", "состав", "дружина", "звено", "смена", "бригада", "труппа"}
)


def _gathering_words(low: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The gathering words of lower-cased `low` (between `start` and `end`), leaving out a
    collection: «сбор» whose next word is an inanimate noun in the genitive («сбор
    макулатуры/подписей/вещей/средств» is what the event is; «сбор участников», «сбор
    команды» still gather people), read with pymorphy3."""
    for m in _MEETING_POINT.finditer(low, start, len(low) if end is None else end):
        if m.group(0) == "сбор" and (word := _NEXT_WORD.match(low, m.end())) is not None:
            found = parses(word.group(1))
            if (
                found
                and {"NOUN", "gent", "inan"} <= found[0].tag.grammemes
                and found[0].normal_form not in _PEOPLE_BODIES
            ):
                continue
        yield m


def _after_people(low: str, pos: int) -> int:
    """`pos`, or past the people gathered named right after a gathering word («сбор
    команды», «сбор участников»: a noun in the genitive, animate or a body of people)."""
    word = _NEXT_WORD.match(low, pos)
    if word is None or not (found := parses(word.group(1))):
        return pos
    tag = found[0].tag
    if {"NOUN", "gent"} <= tag.grammemes and (
        "anim" in tag.grammemes or found[0].normal_form in _PEOPLE_BODIES
    ):
        return word.end()
    return pos


def clause_before(text: str, pos: int) -> str:
    """The words before `pos` in its clause (back to a comma or a sentence end, 40 chars);
    the dot of an abbreviation or an initial ends none («Сбор у входа (ул. Мира, 2)»:
    sentences.dot_ends_sentence)."""
    start = max(0, pos - 40)
    for m in _CLAUSE_END.finditer(text, start, pos):
        if text[m.start()] != "." or dot_ends_sentence(text, m.start()):
            start = m.end()
    return text[start:pos]


def _clause_end(text: str, pos: int) -> int:
    """The offset where the clause holding `pos` ends, read forward as the card shows it: a
    comma, a colon or a full stop inside brackets («(ул. Садовая, 7)») or the dot of an
    abbreviation («ул.», «каб.», «т. е.»: sentences.dot_ends_sentence) ends none; a newline
    always does. len(text) when nothing ends it."""
    depth = 0
    for m in _CLAUSE_END_OR_BRACKET.finditer(text, pos):
        mark = m.group(0)
        if mark in "()":
            depth = depth + 1 if mark == "(" else max(0, depth - 1)
            continue
        if mark == "\n" or (not depth and (mark != "." or dot_ends_sentence(text, m.start()))):
            return m.start()
    return len(text)


_CLAUSE_END_OR_BRACKET = re.compile(r"[,;!?\n()]|(?<!\d)[.:]|[.:](?!\d)")


def meeting_point(text: str, pos: int) -> bool:
    """Whether the place at `pos` is where people gather ("сбор в 9:15 у школы",
    "встречаемся у главного входа"), not where the event is; a message that opens with the
    gathering ("Сбор 5 декабря у причала") announces the gathering itself, unless another
    clause names the event with its own clock (`opening_gathering`)."""
    clause = clause_before(text, pos)
    if next(_gathering_words(clause.lower()), None) is None:
        return False
    return bool(text[: pos - len(clause)].strip()) or opening_gathering(text) is not None


# a gathering's clause after its word, as the card shows it: «у школы в 10:30», «у входа»
_GATHERING_AT = re.compile(
    r"(?<![а-яё])(?:у|возле|около|в|во|на|к|перед|с)\s+\S"  # a place, or a clock: «в 10:30»
    rf"|\d{{1,2}}(?:\s+{MONTH}|\.\d{{1,2}}(?!\d))"  # or its day: «16 декабря в 8:30 у ворот»
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
    in that span is where people gather, never also the event's venue (fixgather55). A
    message that opens with its gathering shows it only when another clause names the event
    and its own clock (`opening_gathering`)."""
    low = text.lower()
    found = next(_gathering_words(low), None)
    if found is None:
        return None
    if not text[: found.start()].strip() and opening_gathering(text) is None:
        return None
    stop = _clause_end(text, found.end())
    after = _after_people(low, found.end())
    said = " ".join(text[after:stop].split()).lstrip(" —–-:").strip()
    return ((found.end(), stop), said) if _GATHERING_AT.match(said.lower()) else None


def opening_gathering(text: str) -> tuple[int, int] | None:
    """(start, end) of the gathering word and the people it gathers when `text` opens with
    a gathering («Сбор у школы 11 декабря в 10:30, …», «Сбор команды …») and another clause
    names an event (a kind of event: «экскурсия», «соревнования») with its own clock («…,
    экскурсия в музей в 11:00»): the event starts then, the gathering is where and when
    people meet. None otherwise — a message that opens with a gathering and names no other
    event with a clock announces the gathering itself («Сбор 5 декабря у причала в 9:00»,
    «…, возвращение в 15:00»)."""
    low = text.lower()
    found = next(_gathering_words(low), None)
    if found is None or text[: found.start()].strip():
        return None
    end = _CLAUSE_END.search(text, found.end())
    stop = end.start() if end else len(text)
    for m in _CLOCK.finditer(text, stop):
        begin = m.start() - len(clause_before(text, m.start()))
        after = _CLAUSE_END.search(text, m.end())
        if KIND.search(text, begin, after.start() if after else len(text)) is not None:
            return (found.start(), _after_people(low, found.end()))
    return None


# a logistics step of a trip, as a chat line names it before the event's own clause: leaving,
# boarding, arriving, coming back, a transfer — a closed class of motion nouns, no event
_STEP = re.compile(
    r"(?<![а-яё])(?:отправлени[ея]|выезд|отъезд|выход|посадк[аи]|прибыти[ея]|возвращени[ея]"
    r"|трансфер|переезд)(?![а-яё])",
    re.IGNORECASE,
)


def opening_steps(text: str, pos: int) -> tuple[list[tuple[int, int]], bool]:
    """(the clauses with a clock between an opening gathering's clause, from `pos`, and the
    event's own clause that are logistics steps — «отправление в 9:30», «посадка в автобус в
    8:10» —, whether another clock clause stands there that is neither a step nor the event:
    «начало в 9:40» may be the event's start, so the start is asked). Steps are no event: the
    card's start is the clause naming a kind of event (`opening_gathering`)."""
    end = _CLAUSE_END.search(text, pos)
    steps: list[tuple[int, int]] = []
    unclear = False
    for m in _CLOCK.finditer(text, end.start() if end else len(text)):
        begin = m.start() - len(clause_before(text, m.start()))
        after = _CLAUSE_END.search(text, m.end())
        stop = after.start() if after else len(text)
        if KIND.search(text, begin, stop) is not None:
            break
        if _STEP.search(text, begin, stop) is not None:
            steps.append((begin, stop))
        else:
            unclear = True
    return steps, unclear


def gathering_spans(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the gathering's place and of each clock with its «в» («в 10:30») in
    the clause from `pos` (after the gathering word and its people): what the card's «🚩
    Сбор» line says, never the event's venue, start or title. The day is left: it is the
    event's too («Сбор у школы 11 декабря в 10:30, …»)."""
    stop = _clause_end(text, pos)
    place = _PLACE_WORDS.search(text, pos, stop)  # «у школы», «в 10:30 у школы»
    if place is not None:
        yield place.span()
    for m in _CLOCK.finditer(text, pos, stop):
        before = _IN_BEFORE.search(text, max(0, m.start() - 4), m.start())
        yield (before.start() if before and not m.group(0).startswith("в") else m.start()), m.end()


# a time word, never a place's: «в пятницу», «сегодня», «утром»
_WHEN = rf"(?:{WEEKDAY}|сегодня|завтра|послезавтра|утр|вечер|дн[её]м|ночь)"
# a gathering's place: a preposition of place and its words up to a number or a time word
_PLACE_WORDS = re.compile(
    rf"\s*(?<![а-яё])(?:у|возле|около|в|во|на|перед|с|со)\s+(?!\d|{_WHEN})[а-яё«»\"-]+"
    rf"(?:\s+(?!(?:в|во|с|со|до|к)\s+\d|\d|{_WHEN})[а-яё«»\"-]+){{0,3}}",
    re.IGNORECASE,
)


# a clock as a chat line writes it: «11:00», «в 11.00» (never a date «12.12»)
_CLOCK = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|(?<![а-яё])в\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)"
)
_IN_BEFORE = re.compile(r"(?<![а-яё])во?\s+$")


def clause_apart_clock(text: str, pos: int) -> bool:
    """Whether `text` gives a clock outside the clause of `pos` (a gathering's place): the
    event's own start then stands apart from the gathering («Экскурсия … в 11:00, сбор у
    школы в 10:30»), whose place is no venue (chat54); a gathering whose clock is the only
    one («Поход 12.12, сбор в 9:00 у школы») is where the event begins."""
    begin = pos - len(clause_before(text, pos))
    end = _CLAUSE_END.search(text, pos)
    stop = end.start() if end else len(text)
    return any(not begin <= m.start() < stop for m in _CLOCK.finditer(text))


# a trip and where it goes: «Поездка в Казань», «Экскурсия в Эрмитаж», «Поход на турбазу»
_TRIP_TO = re.compile(
    r"(?i)(?<![а-яё])(?:экскурси|поездк|поход|выезд)[а-яё]*\s+(?:во?|на)\s+(?=[«\"А-ЯЁа-яё])"
)


# where the trip goes, after «в/на»: a name in quotes, capitalised words («Казань», «Эрмитаж»,
# «Великий Новгород»), or a lower-case place noun before a quoted name («турбазу «Лесная»»)
_DESTINATION = re.compile(
    r"(?:[а-яё]+\s+)?«[^«»\n]{1,60}»"
    r"|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}(?![а-яё])"
)


def trip_destination(text: str) -> str | None:
    """Where the trip `text` names goes («Поездка в Казань» → «Казань», «Поездка на турбазу
    «Лесная»» → «турбаза «Лесная»»), its words in the nominative (morphology.to_nominative:
    «в Великий Новгород»), or None when the trip names none or only a lower-case word
    («Экскурсия в музей»: extract_venue reads those)."""
    trip = _TRIP_TO.search(text)
    if trip is None:
        return None
    found = _DESTINATION.match(text, trip.end())
    if found is None:
        return None
    phrase = found.group(0)
    quote = phrase.find("«")
    words = phrase[:quote].split() if quote >= 0 else phrase.split()
    named = " ".join(to_nominative(words)) if words else ""
    return " ".join(p for p in (named, phrase[quote:] if quote >= 0 else "") if p)


# a place written as where people meet, not where an event is held: «у школы», «от школы»
_MET_AT = re.compile(r"(?:у|возле|около|от)\s", re.IGNORECASE)


def is_meeting_point(place: str) -> bool:
    """Whether the venue read, `place`, is written as a meeting point («у школы», «возле
    входа», «от школы»): where a trip's people gather, not where it goes."""
    return _MET_AT.match(place) is not None


def names_destination(text: str) -> bool:
    """Whether `text` names a trip with where it goes («Поездка в Казань», «Экскурсия в
    Эрмитаж»): its gathering point is then where people meet, never the trip's place; a trip
    with none named («Поход 5 декабря, сбор в 9:30 у школы») begins there (chat54)."""
    return _TRIP_TO.search(text) is not None
