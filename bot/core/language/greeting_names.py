"""What a person is greeted by («Здравствуйте, Петя!»): the words of their stored name that
are a person's name — a first name, a surname or a patronymic by pymorphy3
(title_words.is_person) — never a role word, a class or an organisation the name was made
of («Ученик 9Б Петя» -> «Петя», «Партнёр Музей янтаря» -> "": the console's made-up
names, newcomer74 L6). Pure: no store."""

from __future__ import annotations

import re

from bot.core.language.title_words import is_person

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")  # «Анна-Мария» is one name


def greeting_name(name: str) -> str:
    """The person's name words of `name` (written with a capital), in their order and joined by one
    space («Ольга» -> «Ольга», «Ученик 9Б Петя» -> «Петя»); "" when none is one (the
    greeting then names nobody)."""
    words = [w for w in _WORD.findall(name) if w[0].isupper() and _personal(w)]
    return " ".join(words)


def _personal(word: str) -> bool:
    """Whether every part of `word` («Анна-Мария»: both) reads as a person's name."""
    return all(is_person(part.lower()) for part in word.split("-"))
