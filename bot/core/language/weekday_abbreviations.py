"""Common weekday abbreviations ("в пятн", "во втр.", "к птн") read as weekdays, and other
clipped date words ("в сре", "в дек.") flagged as date-like words not read.

The two-letter abbreviations (пн вт ср чт пт сб вс) and "вск" are read by the date rules
already; this module covers the longer clipped forms people type in chats. An abbreviation
is expanded only right after "в"/"во"/"на" (to the accusative: "в пятницу") or "к" (to the
dative: "к пятнице") and only as a whole word (optionally with a dot), so ordinary words
sharing the letters ("субботник", "субсидия", "четверть", "средний", "в среде") stay as
they are. An expansion is a reading, not a typo: it is not reported as a correction.
"""

from __future__ import annotations

import re

from bot.core.language.date_words import MONTH_FORMS, WEEKDAY_FORMS
from bot.core.language.lowered import finditer_i, lowered, search_i

# abbreviation -> (accusative after "в"/"во"/"на", dative after "к")
_ABBREVIATIONS: dict[str, tuple[str, str]] = {}
for _forms, _acc, _dat in (
    (("пнд", "пон", "понед"), "понедельник", "понедельнику"),
    (("втр", "втрн", "втор"), "вторник", "вторнику"),
    (("срд",), "среду", "среде"),
    (("чтв", "чтг", "четв"), "четверг", "четвергу"),
    (("птн", "пятн"), "пятницу", "пятнице"),
    (("суб", "субб", "сбт"), "субботу", "субботе"),
    (("воскр", "воск", "вскр"), "воскресенье", "воскресенью"),
):
    for _form in _forms:
        _ABBREVIATIONS[_form] = (_acc, _dat)

_CLIPPED = re.compile(
    r"(?<![\w-])(во|в|на|к)\s+(" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")"
    r"(?:\.|(?![\w-]))",
    re.IGNORECASE,
)
# the abbreviations no other one contains ("пон" for "понед"): every match of _CLIPPED holds one,
# so a post whose lower case (lowered.py: exact for re.IGNORECASE) holds none skips its search
_CLIPPED_HINTS = tuple(
    sorted(a for a in _ABBREVIATIONS if not any(b != a and b in a for b in _ABBREVIATIONS))
)

# Every form of a weekday or month a date rule reads after "в"/"во".
_DATE_WORDS = [*WEEKDAY_FORMS, "воскресение", *MONTH_FORMS]
_READ = frozenset({*_DATE_WORDS, "вск"})
# A clipped date word: a strict prefix (3+ letters) of a weekday or month form.
_PREFIXES = frozenset(
    w[:n] for w in _DATE_WORDS for n in range(3, len(w)) if w[:n] not in _READ
) - frozenset(_ABBREVIATIONS)
# "(?<![\w-])во?\s+…" with the look-behind after the "в" it guards: a pattern that opens with a
# letter is searched (lowered.finditer_i, on the lower case) by `re`'s fast scan for that letter
_AFTER_V = re.compile(r"в(?<![\w-]в)о?\s+([а-яё]{3,11})(?:\.|(?![\w-]))", re.IGNORECASE)


def expand_weekdays(text: str) -> str:
    """`text` with clipped weekdays after "в"/"во"/"на"/"к" written in full.

    "в пятн в 18.30" -> "в пятницу в 18.30", "к птн." -> "к пятнице"; the case of the first
    letter is kept. Texts without such a word come back unchanged (the same object).
    """
    low = lowered(text)
    if low is not None and not any(hint in low for hint in _CLIPPED_HINTS):
        return text
    if search_i(_CLIPPED, text) is None:  # its case-sensitive twin has a fast scan
        return text

    def full(m: re.Match[str]) -> str:
        forms = _ABBREVIATIONS.get(m.group(2).lower())
        if forms is None:  # a letter re.IGNORECASE equates with a Cyrillic one ("ᲀтр")
            return m.group(0)
        accusative, dative = forms
        word = dative if m.group(1).lower() == "к" else accusative
        if m.group(2)[:1].isupper():
            word = word[:1].upper() + word[1:]
        return f"{m.group(1)} {word}"

    return _CLIPPED.sub(full, text)


def has_clipped_date_word(text: str) -> bool:
    """Whether a word after "в"/"во" is a clipped weekday or month no rule reads ("в сре",
    "в дек.", "во вто"): a strict prefix, 3 letters or more, of a weekday or month form."""
    found = finditer_i(_AFTER_V, text)
    return any(m.group(1).lower().replace("ё", "е") in _PREFIXES for m in found)
