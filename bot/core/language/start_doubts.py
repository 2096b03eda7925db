"""Several announced starts in a long post: which clock is the event's is asked, not guessed.

A post may announce different starts for the event's day ("Начало работы площадки: 11:00.
Начало диктанта: 12:00.", "Начало экскурсии – в 15.00 … (начало в 16.30, сразу после
экскурсии)"). The parser keeps one of them as the start; `other_starts` finds the others, so
the bot offers them as buttons beside the pick (the doubt `several_times`,
bot/core/language/doubts.py) instead of saving a guess. A start offered as alternatives
("в 11:30 или в 12:30") is a series of sessions (issue 10), not a doubt.

Chosen by the doubt-signal measurement of the sixth round (benchmarks/doubt_signals.py,
tests/data/README.md): over 543 real posts this sign flagged 2 of the 6 silent wrong starts
and 1 of 520 right starts.

`side_matter` (the twelfth round, benchmarks/doubt_transfer.py): the sentence the parser took
as the event's speaks of a side matter — sign-up, applications, a deadline, results, awards,
or something already over — so another day ahead the post names may be the event's own; the
bot offers those days beside the pick (`several_dates`) instead of saving the pick silently.
Measured leave-one-set-out on the sets as the parser of their release read them (before
anyone tuned on them): it caught 3 of their 33 silent wrong starts, in 3 of 4 sets, for 1
needless ask of 215 right starts; on today's parser it asks 5 of 775 right starts more.

`after_preparation` (the tenth round, starts13): the start's clock opens a slot whose words
are a preparatory step ("18:30 – 19:00 Регистрация и сбор участников", "10:00 — заезд
команд") and a later clock follows: the desk's time or the event's? The bot offers the next
clock beside the pick (`several_times`). Measured like side_matter (benchmarks/doubt_transfer.py
`--first-sight`, eval6–eval10 each read by the parser of its release and held out in turn):
3 silent wrong starts caught in 3 sets for 1 needless ask of 274 right starts.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from bot.core.language.tokens import gate

_H = r"(?:[01]?\d|2[0-3])"
# "начало … 12:00", "начнётся в 12:00", "Начало Географического диктанта: 12:00"
_ANNOUNCED = re.compile(
    r"\b(?:начал\w*|начн[её]тся|начинает\w*)(?P<what>[^.!?\n\d]{0,40}?)"
    rf"\b(?P<h>{_H})[:.](?P<m>[0-5]\d)\b"
)
# the start of a preparatory step, not of the event: "начало регистрации в 9:30"
_PREPARATION = re.compile(r"^\s*(?:регистрац|при[её]м|выдач|запис|заезд|сбор)")
gate(_ANNOUNCED, re.compile(r"нач"))

MAX_OTHERS = 3  # other clocks offered beside the pick

_CLOCK_AT = re.compile(rf"\b(?P<h>{_H})[:.](?P<m>[0-5]\d)\b")
# the words of a slot right after its clock (a range's second clock skipped): a preparatory step
_SLOT_END = re.compile(rf"\A\s*[-–—]\s*{_H}[:.][0-5]\d")
# (on the clock's line after a dash or a colon, or alone on the next line under a line of
# clocks); "… в 10:45. Первый заезд стартует в 11:00" is no slot: a sentence ends between
_PREPARATORY_SLOT = re.compile(
    r"\A(?:[ \t]*[-–—:][ \t]*|[ \t]*\n\s*)(?:[а-яё]+\s+)?(?:регистрац|сбор\b|сбор\s|заезд"
    r"|прибыти|встреча\s+(?:участник|гост)|приветственн\w*\s+кофе|кофе"
    # lining the participants up or sorting them into their start pens (starts19)
    r"|построени\w*\s+участник|распределени\w*\s+участник)"
)
# a programme's slot: its clock opens its line ("10:00 – 10:30 Регистрация", "- 9.30 сбор")
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t•*·-]*\Z")
_SLOT_REACH = 160  # characters after the clock where the slot's words are looked for
_NEXT_REACH = 400  # characters after the clock where a later clock is looked for

# a side matter of an event rather than the event: registration, applications, accepting
# documents, "вчера", a past verb, a time limit ("срок"), results, awards
_SIDE_MATTER = re.compile(
    r"регистрац|заявк|при[её]м\w*\s+документ|вчера|состоял|прош[её]л|срок|итог|награжд"
)


def side_matter(sentence: str) -> bool:
    """Whether `sentence` (normalised, lower-case) speaks of registration, applications,
    documents' intake, a time limit, results, awards or the past ("Награждение победителей
    состоится 11 декабря", "Регистрация команд продлится до …", "Вчера прошёл …"): a
    sentence whose date may be a side matter's, not the event's own. A word test only: the
    caller decides what follows (post.prepare_post offers the post's other days ahead)."""
    return _SIDE_MATTER.search(sentence) is not None


def other_starts(text: str, start: datetime) -> list[datetime]:
    """The other announced starts of the day of `start` (naive school-local time) in the
    post `text` (normalised, lower-case): the clocks of two or more "начало … HH:MM" (or
    "начнётся в HH:MM") that differ, when the start's own clock is one of them. Empty when
    it is not, or when every announced start is the same clock; a preparatory step's start
    ("начало регистрации в 9:30") is not counted."""
    if "нач" not in text:
        return []
    clocks = [
        (int(m.group("h")), int(m.group("m")))
        for m in _ANNOUNCED.finditer(text)
        if not _PREPARATION.match(m.group("what"))
    ]
    own = (start.hour, start.minute)
    others = [c for c in dict.fromkeys(clocks) if c != own]
    if own not in clocks or not others:
        return []
    return [datetime.combine(start.date(), time(*c)) for c in others[:MAX_OTHERS]]


def after_preparation(text: str, start: datetime) -> list[datetime]:
    """The next later clock of the post `text` (normalised, lower-case) after a programme
    slot (a line opening with a clock) that the start's clock opens with a preparatory step
    ("18:30 – 19:00 ⏎ Регистрация и сбор участников ⏎ 19:00 – 19:20 ⏎ Официальное открытие"
    → [19:00]), on the start's day; empty when the start's clock opens no such slot or no
    later clock follows."""
    own = (start.hour, start.minute)
    for m in _CLOCK_AT.finditer(text):
        if (int(m.group("h")), int(m.group("m"))) != own:
            continue
        if not _LINE_OPENING.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        rest = text[m.end() : m.end() + _SLOT_REACH]
        skipped = _SLOT_END.match(rest)
        if not _PREPARATORY_SLOT.match(rest[skipped.end() :] if skipped else rest):
            continue
        after = m.end() + (skipped.end() if skipped else 0)  # past the slot's own end
        for later in _CLOCK_AT.finditer(text, after, after + _NEXT_REACH):
            clock = (int(later.group("h")), int(later.group("m")))
            if clock > own:
                return [datetime.combine(start.date(), time(*clock))]
    return []
