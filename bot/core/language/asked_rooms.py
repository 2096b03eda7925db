"""The school room a question about the plan names: «когда свободен актовый зал на следующей
неделе?», «что в спортзале в пятницу?», «занят ли кабинет 204 в среду?» (newcomer walk
2026-12-02t, #9). The room's words are matched against stored venues by their dictionary
forms («актовом зале» is in «школа, актовый зал») or, for a numbered room, by its number
(«кабинет 204» is in «каб. 204»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.morphology import parses
from bot.core.language.tokens import normalize

# a named hall (an adjective before «зал»), a one-word room, or a numbered room
_ROOM = re.compile(
    r"\b(?:(?:[а-яё]+(?:ый|ой|ий|ом|ем|ого|его|ая|ую)\s+)?(?:зал[а-яё]*)"
    r"|спортзал[а-яё]*|библиотек[а-яё]*|столов[а-яё]*|рекреаци[а-яё]*"
    r"|(?:кабинет[а-яё]*|каб\.?|аудитори[а-яё]*|ауд\.?)\s*№?\s*\d+[а-яё]?)"
)
# «свободен», «свободно», «свободный», «занят», «занято», «занятый», «когда можно занять» — not
# the noun «занятие» («какие занятия в спортзале?» asks what is held there: review
# 2026-12-02, C2)
_FREE = re.compile(r"\b(?:свобод[а-яё]*|занят(?!и[еяйюх])[а-яё]*)")
_NOT_A_ROOM = frozenset({"в", "на", "во"})


@dataclass(frozen=True, slots=True)
class AskedRoom:
    """`words`: the room in its dictionary form («актовый зал», «кабинет 204»); `free`: the
    question asks when it is free or busy (not only what is held there)."""

    words: str
    free: bool


def asked_room(question: str) -> AskedRoom | None:
    """The room `question` names, or None when it names none."""
    line = normalize(question)
    found = _ROOM.search(line)
    if found is None:
        return None
    words = [w for w in found.group(0).split() if w not in _NOT_A_ROOM]
    return AskedRoom(" ".join(_named(w) for w in words), _FREE.search(line) is not None)


def _named(word: str) -> str:
    """A word of the room in its dictionary form («актовом» -> «актовый», «зале» -> «зал»);
    a number or an abbreviation («каб.») as written."""
    if not word.isalpha():
        return word
    found = parses(word)
    return found[0].normal_form if found else word


def in_room_words(word: str, room: AskedRoom) -> bool:
    """Whether a word of the question («актовом», «зале», «204») is one of the room's: what
    the title search must not read as an event's name."""
    return _named(word.lower()) in room.words.split()


def in_room(room: str, venue: str | None) -> bool:
    """Whether a stored `venue` is the `room` asked about: a numbered room by its number,
    else every dictionary form of the room's words found among the venue's."""
    if not venue:
        return False
    numbers = re.findall(r"\d+", room)
    if numbers:
        return all(n in re.findall(r"\d+", venue) for n in numbers)
    wanted = reference_lemmas(room)
    return bool(wanted) and wanted <= reference_lemmas(venue)
