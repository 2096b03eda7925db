"""A thing open to do until a day, said with the modal «можно»: «Написать диктант можно онлайн
до 27 ноября», «Увидеть работы юных художников можно будет до 29 мая», «Выставку можно
посмотреть до 16 апреля» — the event runs until that day (its end), as «продлится до …» says.
A sign-up said so («Подать заявку можно до …») is a deadline, read before this (DEADLINE)."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

# the clause before «до» (from its last mark), «можно» in it: the words to read
_MAY_UNTIL = re.compile(
    r"(?:^|[.!?;:\n(])([^.!?;:\n(]*?(?<![а-яё])можно(?![а-яё])[^.!?;:\n(]*?)(?<![а-яё])до\s*$"
)
_WORD = re.compile(r"[а-яё]+")


def open_until(before: str) -> bool:
    """Whether the lower-cased text right before a date ends with a clause saying something
    may be done until it: «можно» («можно будет») and an infinitive in the clause
    (pymorphy3's likeliest reading), the clause closing with «до»."""
    if "можно" not in before:
        return False
    m = _MAY_UNTIL.search(before)
    if m is None:
        return False
    return any(_infinitive(w) for w in _WORD.findall(m.group(1)) if w != "можно")


def _infinitive(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "INFN"
