"""What a person is greeted by («Здравствуйте, Петя!»): the words of their stored name that
are a person's name — a first name, a surname or a patronymic by pymorphy3 (any of its
readings: «Любовь», «Вера», «Надежда» are nouns first and names too) — never a role word, a
class or an organisation the name was made of («Ученик 9Б Петя» -> «Петя», «Партнёр Музей
янтаря» -> "": the console's made-up names, newcomer74 L6). A name written wholly in Latin
letters («Kostya Ivanov», as VK shows some people) is greeted as it is: pymorphy3 reads no
Latin word. Pure: no store."""

from __future__ import annotations

import re

from bot.core.language.title_words import word_parses

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")  # «Анна-Мария» is one name
# a whole name in Latin letters: one to three capitalised words («Kostya», «Anna-Maria Smith»)
_LATIN_NAME = re.compile(
    r"\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2}\s*"
)
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


def greeting_name(name: str) -> str:
    """The person's name words of `name` (written with a capital), in their order and joined by one
    space («Ольга» -> «Ольга», «Ученик 9Б Петя» -> «Петя», «Любовь Иванова» -> «Любовь
    Иванова», «Kostya Ivanov» -> «Kostya Ivanov»); "" when none is one (the greeting then
    names nobody)."""
    if _LATIN_NAME.fullmatch(name):
        return " ".join(name.split())
    words = [w for w in _WORD.findall(name) if w[0].isupper() and _personal(w)]
    return " ".join(words)


def _personal(word: str) -> bool:
    """Whether every part of `word` («Анна-Мария»: both) has a reading of a person's name."""
    return all(_person_reading(part.lower()) for part in word.split("-"))


def _person_reading(word: str) -> bool:
    """Whether any pymorphy3 reading of `word` is a first name, surname or patronymic."""
    return any(
        _PERSON_TAGS & set(str(p.tag).replace(" ", ",").split(",")) for p in word_parses(word)
    )
