"""A request to hand an event to a class teacher: «передай экскурсию 17 декабря классному
руководителю 8А», «назначь ответственным за олимпиаду по информатике классного руководителя
9А», «отметь классным руководителям 8А и 9А экскурсию и мастер-класс» (newcomer walk
2026-12-02t, #19).

The rule: a short message that opens with a request verb of handing over or appointing
(передай, поручи, назначь, отметь, сообщи, перешли, отправь — any person, with «пожалуйста»)
and names a class teacher («классному руководителю 8А», «классного руководителя», «кл.
руководителям», «классруку») is such a request; the event's words are what is left once
the verb, the teacher and the classes are taken out. A post telling the school something
(«Передайте, пожалуйста, классным руководителям: 16 декабря в 10:00 экскурсия …») names a
clock time, or a day but no class by its letter, or runs long, and stays a post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.tokens import normalize

MAX_LENGTH = 160  # characters: a request, not a post

_VERB = re.compile(
    r"^\W*(?:пожалуйста\W+)?(?P<verb>переда(?:й|йте|ть)|поручи(?:те)?|назнач(?:ь|ьте|ить)"
    r"|отметь(?:те)?|сообщи(?:те)?|перешли(?:те)?|отправь(?:те)?|закрепи(?:те)?)"
    r"(?![а-я])(?:\W+пожалуйста)?"
)
_TEACHER = re.compile(
    r"(?<![а-я])(?:классн\w*|кл\.?)\s*руководител\w*|(?<![а-я])классрук\w*|(?<![а-я])кл\.?\s*рук\w*"
)
# a class with its letter («8А», «10-б»); «8-х классов», «8-е классы» name a grade
_CLASS = re.compile(r"(?<![\d:])(1[01]|[1-9])\s*-?\s*([абвгдежзиклм])(?![а-я])(?!\s*класс)")
_RESPONSIBLE = re.compile(r"(?<![а-я])ответственн\w*")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# what is left around the event's words once the teacher and classes are out
_FILLER = re.compile(
    r"(?<![а-я])(?:за|и|для|на|мероприятие|мероприятия|ему|ей|им|его|её|ее|их|тоже|также)"
    r"(?![а-я])"
)


@dataclass(frozen=True, slots=True)
class HandOverRequest:
    """`classes`: the classes whose teachers are named («8А», «9А»; empty: «классному
    руководителю» alone); `reference`: the event's words and day as written, lower case
    («экскурсию 17 декабря»; "" when none); `responsible`: the request asked to hand the
    event over or appoint someone responsible («передай», «поручи», «назначь ответственным»),
    not only to tell («отметь», «сообщи»)."""

    classes: tuple[str, ...]
    reference: str
    responsible: bool


def hand_over_request(text: str) -> HandOverRequest | None:
    """The request in `text` to hand an event to a class teacher, or None (see the module)."""
    line = " ".join(normalize(text).split())
    if len(line) > MAX_LENGTH or _CLOCK.search(line):
        return None
    verb = _VERB.match(line)
    if verb is None or not _TEACHER.search(line):
        return None
    rest = line[verb.end() :]
    classes: list[str] = []
    for found in _CLASS.finditer(rest):
        name = f"{found.group(1)}{found.group(2).upper()}"
        if name not in classes:
            classes.append(name)
    if not classes and re.search(r"\d", rest):  # «… классным руководителям 8-х: 16 декабря …»
        return None
    words = _TEACHER.sub(" ", rest)
    words = _CLASS.sub(" ", words)
    words = _RESPONSIBLE.sub(" ", words)
    words = _FILLER.sub(" ", words)
    reference = " ".join(re.sub(r"[,;:!?]", " ", words).split()).strip(" .")
    appoints = verb.group("verb").startswith(("переда", "поручи", "назнач", "закрепи"))
    responsible = appoints or bool(_RESPONSIBLE.search(line))
    return HandOverRequest(tuple(classes), reference, responsible)
