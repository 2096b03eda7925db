"""Answers to a summary of several pending events that keep all or only some of them:
«оба», «сохраните оба», «да, оба» keep every one; «только первое», «сохрани только 2»,
«только первое и третье» keep those named (their numbers in the summary), the rest dropped
(newcomer walk 2026-12-02t, #3: a post announcing two events is shown as «В сообщении два
мероприятия: … Сохранить оба?»).

Pure: text in, numbers out; bot.core.language.understand asks only while such a summary
waits for «да».
"""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5}
_NUMBER = r"(?:\d{1,3}|(?:перв|втор|трет|четв[её]рт|пят)[а-яё]{0,3})"
_ONLY = re.compile(
    rf"(?:(?:да|нет)[,\s]+)?(?:(?:сохрани(?:ть|те)?|оставь(?:те)?|оставить|добав(?:ь|ьте|ить))"
    rf"\s+)?только\s+(?:строк[уи]\s+|№\s*)?({_NUMBER}(?:\s*(?:,|и)\s*{_NUMBER})*)"
    r"(?:\s+(?:мероприяти[ея]|событи[ея]|строк[уи]))?"
)
_ALL = re.compile(
    r"(?:да[,\s]+)?(?:(?:сохрани(?:ть|те)?|оставь(?:те)?|оставить|добав(?:ь|ьте|ить))\s+)?"
    r"(?:оба|обе)(?:\s+(?:мероприятия|события))?(?:[,\s]+сохрани(?:ть|те)?)?"
)


def _clean(text: str) -> str:
    return " ".join(normalize(text).split()).strip(" .!")


def keeps_all(text: str) -> bool:
    """Whether `text` keeps every pending event: «оба», «сохраните оба», «да, оба»."""
    return _ALL.fullmatch(_clean(text)) is not None


def kept_numbers(text: str) -> tuple[int, ...] | None:
    """The summary numbers «только …» keeps, in the order said («только первое» -> (1,),
    «сохрани только 1 и 3» -> (1, 3)); None when `text` is not such an answer."""
    found = _ONLY.fullmatch(_clean(text))
    if found is None:
        return None
    numbers = []
    for word in re.findall(r"\d{1,3}|[а-яё]+", found.group(1)):
        if word == "и":
            continue
        number = int(word) if word.isdigit() else _ORDINALS.get(word[:4], _ORDINALS.get(word[:3]))
        if number is None or number == 0:
            return None
        if number not in numbers:
            numbers.append(number)
    return tuple(numbers) or None
