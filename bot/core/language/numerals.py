"""Russian number words: as amounts ("два", "двух", "пару", "двое", "полтора",
"девятнадцать", "двадцать пять", 0–99, for offsets such as "через три часа девятнадцать
минут"), and as they appear in dates and clock times (`CARDINALS`, ordinal day stems:
"двадцать первое").
"""

from __future__ import annotations

import re

_UNITS: dict[str, int] = {
    "ноль": 0,
    "один": 1,
    "одна": 1,
    "одну": 1,
    "одно": 1,
    "одного": 1,
    "одной": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "пара": 2,
    "пару": 2,
    "пары": 2,
    "двое": 2,
    "три": 3,
    "трёх": 3,
    "трех": 3,
    "трое": 3,
    "четыре": 4,
    "четырёх": 4,
    "четырех": 4,
    "четверо": 4,
    "пять": 5,
    "пяти": 5,
    "пятеро": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
}
_TEENS: dict[str, int] = {
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
}
_TENS: dict[str, int] = {
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
}
_FRACTIONS: dict[str, float] = {"полтора": 1.5, "полторы": 1.5}
_ALL: dict[str, float] = {**_UNITS, **_TEENS, **_TENS, **_FRACTIONS}

NUMBER_WORDS = "|".join(sorted(_ALL, key=len, reverse=True))
"""Alternation of every number word (longest first), for use inside a regular expression."""

_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def number_value(raw: str) -> float | None:
    """The value of "3", "1,5", "девятнадцать", "двадцать пять", "пару", "два с половиной";
    None if not a number.

    Two words combine only as tens followed by a unit word ("двадцать пять" = 25).
    """
    raw = " ".join(raw.lower().split())
    if raw.endswith(" с половиной"):  # "2 с половиной", "два с половиной"
        whole = number_value(raw[: -len(" с половиной")])
        return whole + 0.5 if whole is not None and whole == int(whole) else None
    if _DIGITS.fullmatch(raw):
        return float(raw.replace(",", "."))
    words = raw.split(" ")
    if len(words) == 1:
        return _ALL.get(words[0])
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and _UNITS[words[1]] > 0:
        return float(_TENS[words[0]] + _UNITS[words[1]])
    return None


# --- number words in dates and clock times: "двадцать первое", "две" ------------------

# Number words as they appear in dates, offsets and times.
CARDINALS: dict[str, int] = {
    "ноль": 0,
    "один": 1,
    "одна": 1,
    "одну": 1,
    "одного": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "двенадцать": 12,
    "двенадцати": 12,
    "пятнадцать": 15,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "полчаса": 0,
    # the dative a clock takes after «к» («к двум часам», «к трём», «к одному часу»)
    "одному": 1,
    "двум": 2,
    "трем": 3,
    "трём": 3,
    "четырем": 4,
    "четырём": 4,
}
# every «-надцать» and «двадцать» with its one oblique form («-надцати», «двадцати»): a clock
# «в восемнадцать часов», «к семнадцати часам», «с тринадцати до четырнадцати»
for _word, _value in [*_TEENS.items(), ("двадцать", 20), ("тридцать", 30)]:
    CARDINALS.setdefault(_word, _value)
    CARDINALS.setdefault(_word[:-1] + "и", _value)

ORDINAL_STEMS: dict[str, int] = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
    "десят": 10,
    "одиннадцат": 11,
    "двенадцат": 12,
    "тринадцат": 13,
    "четырнадцат": 14,
    "пятнадцат": 15,
    "шестнадцат": 16,
    "семнадцат": 17,
    "восемнадцат": 18,
    "девятнадцат": 19,
    "двадцат": 20,
    "тридцат": 30,
}

CARDINAL_WORDS = "|".join(sorted(CARDINALS, key=len, reverse=True))
_ORDINAL_ENDINGS = r"(?:ое|ого|ье|ьего|ий|ый|ая|ому|ьему|ье)"
ORDINAL_WORD = (
    r"(?:(?:двадцать|тридцать)\s+)?(?:"
    + "|".join(sorted(ORDINAL_STEMS, key=len, reverse=True))
    + r")"
    + _ORDINAL_ENDINGS
)


def cardinal_value(word: str) -> int | None:
    """Value of a number written in digits or as a Russian word ("две" -> 2)."""
    word = word.strip().replace(",", ".")
    if word.isdigit():
        return int(word)
    return CARDINALS.get(word)


def ordinal_value(phrase: str) -> int | None:
    """Value of an ordinal day like "первое" or "двадцать первое"."""
    total = 0
    for word in phrase.split():
        if word in ("двадцать", "тридцать"):
            total += CARDINALS[word]
            continue
        for stem, value in sorted(ORDINAL_STEMS.items(), key=lambda kv: -len(kv[0])):
            if word.startswith(stem):
                total += value
                break
        else:
            return None
    return total or None
