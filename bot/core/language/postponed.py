"""Postponed events: "Экскурсия, запланированная на 5 февраля, переносится на 12 февраля",
"соревнования были назначены на 6 марта, но перенесены на 13 марта", "переносится с 5 на 12
декабря", «Концерт 12 декабря перенесли на завтра» (a day named relative to the post's, or a
weekday: the written day is the old one).

When a sentence says an event was moved ("перенос…", "перенес…", "переводится") to a date,
that date is the event's; the dates written before the move word in the same sentence are
the old ones and are taken from the Scanner (never read as the event's day, nor offered as a
rival); so is a date after "вместо" ("вместо 3 февраля занятие будет 4 февраля"), and a
date denied and corrected ("пройдёт не 4 июля, а 27 июня"). A move word with no date after
it changes nothing.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.parts import MM, D
from bot.core.language.prefilter import with_first_chars
from bot.core.language.sentences import IN_SENTENCE
from bot.core.language.title_grammar import is_event_noun
from bot.core.language.tokens import Scanner, gate

_DATE = rf"{D}(?:\s+{MONTH}|[./]{MM}(?:[./]\d{{2,4}})?)"
# the move word, an optional "с <old date>" (the thing moved may be named between, a quoted
# name and all: "перенести проведение соревнований «…» с 21 декабря на 24 декабря"), and "на
# <new date>" at most 40 characters on
_MOVED = re.compile(
    r"\b(?:перенос\w*|перенес\w*|перенес[её]н\w*|передвига\w*|сдвига\w*|сдвинут\w*)"
    # either may be a pair of days ("переносится с 3-4 на 11-12 октября"): the new one a range
    rf"(?P<old>{IN_SENTENCE}{{0,160}}?\bс\s+(?:{D}\s*[-–]\s*)?(?:{_DATE}|{D}))?"
    rf"{IN_SENTENCE}{{0,40}}?\bна\s+(?:(?:{D}\s*[-–]\s*)?(?P<new>{_DATE})"
    # or a day named relative to the post's («перенесли на завтра», «… на понедельник»):
    # the day written before the move is still the old one (parse78)
    rf"|(?P<near>(?:после)?завтра|(?:(?:следующ|ближайш)\w*\s+)?{WEEKDAY}))"
)
_OLD_DATE = re.compile(rf"\b{_DATE}")
# a day in a past plan's sentence: its date or its weekday ("В прошлое воскресенье, 31 марта")
_PLANNED_DAY = re.compile(rf"\b{_DATE}|\b(?:(?:прошл|эт|следующ|ближайш)\w*\s+)?{WEEKDAY}")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")  # "10.02" ends no sentence
# "вместо 3 февраля": the day replaced by the one the message gives
_INSTEAD = with_first_chars(re.compile(rf"\bвместо\s+(?:{WEEKDAY}\s*,?\s*)?{_DATE}"))
# "пройдёт не 4 июля, а 27 июня": the day denied, corrected by the one after "а"
_NOT_BUT = with_first_chars(
    re.compile(
        rf"\bне\s+(?:во?\s+)?(?:{WEEKDAY}\s*,?\s*)?{_DATE}"
        rf"(?=\s*,?\s*а\s+(?:во?\s+)?(?:{WEEKDAY}\s*,?\s*)?{D}\b)"
    )
)
# the plan a move replaced, said in the past tense in another sentence ("31 марта должно было
# состояться соревнование … перенесли на 7 апреля", "планировалось провести 5 мая")
_PLAN_PAST = re.compile(
    r"\b(?:(?:должн[оаы]?|должен)\s+был[оаи]?|планировал(?:ось|ся|ась|ись)|был[оаи]?\s+(?:за)?планирован\w*"
    r"|был[оаи]?\s+назначен\w*|намечал(?:ось|ся|ась|ись))(?![а-я])"
)
# "Он намечен на 27 апреля, но … выйти на субботник 26 апреля": the plan, then its change (a
# date after "до", "по", "с" is a deadline or a span, no change)
_PLANNED_BUT = with_first_chars(
    re.compile(
        rf"\b(?:намечен\w*|запланирован\w*|назначен\w*|планиру\w*)\s+на\s+(?P<old>{_DATE})"
        rf"(?={IN_SENTENCE}{{0,40}}?,\s*но\b{IN_SENTENCE}{{0,200}}?\b(?!(?:до|по|с|со|от|к)\s)[а-я]+\s+{D}\s+{MONTH})"
    )
)
gate(_PLANNED_BUT, re.compile(r",\s*но\b"))
_STEMS = (
    "перен",
    "передвиг",
    "сдвиг",
    "сдвин",
    "вместо",
    " а ",
    " но ",
)  # a cheap test before the scans
gate(_INSTEAD, re.compile("вместо"))
gate(_NOT_BUT, re.compile(r"\sа\s"))
_MOVE_STEMS = ("перенос", "перенес", "передвига", "сдвига", "сдвинут")


def take_replaced_dates(sc: Scanner) -> int:
    """Take the old dates of a postponed event (see the module docstring); returns how many
    were taken. The new date stays for the temporal rules."""
    taken = 0
    text = sc.text
    if not any(stem in text for stem in _STEMS):
        return 0
    moves = _MOVED.finditer(text) if any(stem in text for stem in _MOVE_STEMS) else ()
    for m in moves:  # over the whole text: the thing moved may be a quoted name, protected
        new = "new" if m.group("new") else "near"
        if not sc.is_free(m.start(new), m.end(new)):
            continue  # the new date taken (a quoted name's, a document's): no move read
        begin = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        begin = _moved_clause(text, begin, m.start())
        for old in _OLD_DATE.finditer(text, begin, m.start()):
            if sc.is_free(old.start(), old.end()):
                sc.take_match(old)
                taken += 1
        if m.group("old"):
            sc.take(m.start("old"), m.end("old"))
            taken += 1
        taken += _take_past_plans(sc, begin)
    for m in sc.find(_PLANNED_BUT):
        sc.take(m.start("old"), m.end("old"))
        taken += 1
    for pattern in (_INSTEAD, _NOT_BUT):
        for m in sc.find(pattern):
            sc.take_match(m)
            taken += 1
    return taken


# «…, а репетицию перенесли»: a contrast opening a clause of its own, its first words
_CONTRAST = re.compile(r",\s*а\s+((?:[а-яё]+\s+){0,2}[а-яё]+)")


def _moved_clause(text: str, begin: int, move: int) -> int:
    """Where the clause of the move at `move` begins in its sentence (from `begin`): after
    the last «, а» whose first three words name another event («Концерт 12 декабря, а
    репетицию перенесли на завтра»: the concert's day is no old day of the rehearsal), else
    `begin`. «…, а теперь перенесена на …» names none: the same thing moved."""
    for m in reversed(list(_CONTRAST.finditer(text, begin, move))):
        if any(is_event_noun(word) for word in m.group(1).split()):
            return m.end()
    return begin


def _take_past_plans(sc: Scanner, before: int) -> int:
    """Take the dates of the sentences before `before` (the move's) that state a plan in the
    past tense ("должно было состояться", "планировалось"): the day the move replaced."""
    taken = 0
    text = sc.text
    for plan in _PLAN_PAST.finditer(text, 0, before):
        begin = max((e.end() for e in _SENTENCE_END.finditer(text, 0, plan.start())), default=0)
        end = _SENTENCE_END.search(text, plan.end())
        for old in _PLANNED_DAY.finditer(text, begin, end.start() if end else len(text)):
            if sc.is_free(old.start(), old.end()):
                sc.take_match(old)
                taken += 1
    return taken
