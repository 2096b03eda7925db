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
