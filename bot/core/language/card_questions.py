"""A question asked about the open card itself («а накладки есть?», «а можно без классов?»,
«для каких классов?»): what it asks about — the card's clashes or its classes — so that the
reply answers from the card instead of «не понял» (newcomer walk 2026-12-04ag, AG8). Words
are compared by their dictionary form (pymorphy3), so «накладок», «накладки», «пересекается»
are all read."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.core.language.morphology import parses
from bot.core.language.period_parts import PERIOD_PART
from bot.core.language.recurrence import UNTIL_PERIOD_END

MAX_QUESTION_WORDS = 8  # a longer text is a message of its own, never a question on the card


class CardAsked(StrEnum):
    """What a question on the card asks about."""

    CLASHES = "clashes"
    CLASSES = "classes"
    END = "end"  # «а сколько она будет длиться?», «до скольки?» (chat49)


# the dictionary forms that ask about clashes: «накладки», «пересечения», «конфликты»,
# «пересекается», «совпадает», «накладывается»
_CLASH_LEMMAS = frozenset(
    {
        "накладка",
        "пересечение",
        "конфликт",
        "наложение",
        "совпадение",
        "пересекаться",
        "совпадать",
        "накладываться",
    }
)
# the dictionary forms that ask how long it lasts or when it ends: «сколько будет длиться?»,
# «когда закончится?», «а конец во сколько?», «какая продолжительность?»
_END_LEMMAS = frozenset(
    {
        "длиться",
        "продлиться",
        "закончиться",
        "заканчиваться",
        "кончиться",
        "завершиться",
        "завершаться",
        "окончание",
        "конец",
        "завершение",
        "продолжительность",
        "длительность",
    }
)


def is_clash_word(word: str) -> bool:
    """Whether the lower-cased `word` is, in its dictionary form, a word for clashes
    («накладки», «пересекается», «конфликтов»)."""
    return any(r.normal_form.replace("ё", "е") in _CLASH_LEMMAS for r in parses(word)[:1])


def is_end_word(word: str) -> bool:
    """Whether the lower-cased `word` is, in its dictionary form, a word for how long an
    event lasts or when it ends («заканчивается», «длится», «окончание»)."""
    return any(r.normal_form.replace("ё", "е") in _END_LEMMAS for r in parses(word)[:1])


_UNTIL_WHEN = re.compile(r"(?<![а-яё])(?:до\s+скольки|до\s+скольких|сколько\s+по\s+времени)")
# «класс», «кто» / «кого» («для кого?»), «кому» («кому можно?»)
_CLASS_LEMMAS = frozenset({"класс"})
_WHOM = re.compile(r"(?<![а-яё])(?:для\s+кого|кому)(?![а-яё])")
# a question: a question mark, «ли», or a reply opening with «а» / «и» / «есть»
_ASKS = re.compile(r"\?|(?<![а-яё])ли(?![а-яё])|^\s*(?:а|и|есть)(?![а-яё])")
# a word, hyphenated ones whole: «мастер-класс» is no «класс» (newcomer walk 57)
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def card_question(text: str) -> CardAsked | None:
    """What a short question on the open card asks about, or None: not a question, longer
    than MAX_QUESTION_WORDS words, naming a number (a class or a time: «а для 9Б можно?»
    is a change, read elsewhere) or about none of the clashes, the classes and the end."""
    lowered = text.casefold().replace("ё", "е")
    words = _WORD.findall(without_periods(lowered))
    if not words or len(text.split()) > MAX_QUESTION_WORDS or re.search(r"\d", lowered):
        return None
    if not _ASKS.search(lowered):
        return None
    lemmas = {reading.normal_form.replace("ё", "е") for w in words for reading in parses(w)[:1]}
    if lemmas & _CLASH_LEMMAS:
        return CardAsked.CLASHES
    if lemmas & _CLASS_LEMMAS or _WHOM.search(lowered):
        return CardAsked.CLASSES
    if lemmas & _END_LEMMAS or _UNTIL_WHEN.search(lowered):
        return CardAsked.END
    return None


def without_periods(lowered: str) -> str:
    """`lowered` without the period phrases the dates reader takes whole («до конца
    месяца», «до самого конца года», «в конце недели»: recurrence, period_parts): their «конца»
    is the plan's deadline, never an event's end (fixchat55: «что до конца месяца?» was
    read as the end of an event called «месяца»)."""
    return PERIOD_PART.sub(" ", UNTIL_PERIOD_END.sub(" ", lowered))
