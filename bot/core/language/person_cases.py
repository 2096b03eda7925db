"""A person's name put in a grammatical case for a sentence: «педагогом Анной Петровой», not
«педагогом Анна Петрова» (chat82). pymorphy3's OpenCorpora dictionary knows first names,
patronymics and surnames (grammemes Name, Patr, Surn); a name it does not know as one stays as
written, in the nominative, which reads stiffly but never wrongly."""

from __future__ import annotations

from typing import Any

from bot.core.language.morphology import inflect, parses

# pymorphy3's case grammemes a template may ask for (OpenCorpora: родительный, дательный,
# винительный, творительный, предложный)
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_PERSON = frozenset({"Name", "Patr", "Surn"})
_GIVEN = frozenset({"Name", "Patr"})  # the words that tell a person's gender for certain
_GENDERS = ("masc", "femn")


def name_in_case(name: str, case: str) -> str:
    """`name` (a person's, as stored: «Анна Петровна», «Иван Кузнецов», «Петрова Анна
    Сергеевна») in `case` (a pymorphy3 case grammeme, CASES: "ablt" gives «Анной Петровной»).
    Every word must read as a first name, patronymic or surname in the nominative singular,
    and a first name or patronymic must tell the gender (a surname alone, «Шевчук», does
    not); otherwise `name` is returned as written. Indeclinable words («Белых», «Шевчук»
    for a woman) stay as they are; capitals follow the word as written. Raises ValueError
    for a `case` outside CASES."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}")
    words = name.split()
    gender = _gender(words)
    if case == "nomn" or gender is None:
        return name
    formed = [_word_in_case(word, gender, case) for word in words]
    if any(word is None for word in formed):
        return name
    return " ".join(word for word in formed if word is not None)


def _readings(word: str, gender: str | None = None) -> list[Any]:
    """`word`'s readings as a person's name in the nominative singular (of `gender` when
    given; a surname of either gender, "ms-f", fits both), likeliest first."""
    if not word.isalpha():
        return []
    found = []
    for reading in parses(word):
        grammemes = reading.tag.grammemes
        if not (_PERSON & grammemes) or not {"nomn", "sing"} <= grammemes:
            continue
        if gender is None or gender in grammemes or "ms-f" in grammemes:
            found.append(reading)
    return found


def _gender(words: list[str]) -> str | None:
    """The gender a first name or patronymic among `words` gives ("masc", "femn"), by its
    likeliest reading; None when none of them is one."""
    for word in words:
        for reading in _readings(word):
            if _GIVEN & reading.tag.grammemes:
                known = [g for g in _GENDERS if g in reading.tag.grammemes]
                return known[0] if known else None
    return None


def _word_in_case(word: str, gender: str, case: str) -> str | None:
    """`word` of a `gender` person's name in `case`, capitalised as written; None when it
    is no name of theirs."""
    readings = _readings(word, gender)
    if not readings:
        return None
    reading = readings[0]
    if "Fixd" in reading.tag.grammemes:
        return word
    formed = inflect(reading, {case})
    if formed is None:
        return None
    text = str(formed.word)
    return text.capitalize() if word[:1].isupper() else text
