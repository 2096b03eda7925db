"""Times said rather than written: "в час дня", "без четверти 5", "в половине шестого",
"в десять минут седьмого" (the spoken forms Duckling's Russian corpus and issue 10, point 2,
list, and the clock-face ones of round 49's suites)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core.language.morphology import parses
from bot.core.language.numerals import CARDINAL_WORDS, number_value
from bot.core.language.parts import HOUR_WORD, PART, TemporalParts, TimeMention, number
from bot.core.language.times import add_time, clock_time
from bot.core.language.tokens import Scanner, gate

_MINUTES_WORDS = {
    "четверти": 15,
    "пятнадцати": 15,
    "десяти": 10,
    "пяти": 5,
    "двадцати": 20,
    "двадцати пяти": 25,
}
_HOUR_GENITIVE = {
    "первого": 1,
    "второго": 2,
    "третьего": 3,
    "четвертого": 4,
    "пятого": 5,
    "шестого": 6,
    "седьмого": 7,
    "восьмого": 8,
    "девятого": 9,
    "десятого": 10,
    "одиннадцатого": 11,
    "двенадцатого": 12,
}
_ONE_OCLOCK = re.compile(r"\bв\s+час(?:\s+(дня|ночи|пополудни)(?![а-я])|(?![а-я])(?!\s*\d))")
_TO_HOUR = re.compile(
    r"\b(?:в\s+)?без\s+(четверти|двадцати\s+пяти|двадцати|пятнадцати|десяти|пяти|\d{1,2})"
    rf"(?:\s+минут\w*)?\s+({HOUR_WORD}|час(?![а-я]))(?![\d:])(?:\s*{PART})?"
)
# possessive \s*+ around the hyphen (same matches: neither it nor an hour starts with a
# space): quadratic over a run of spaces after «половине» (H4, regex_growth.py)
_HALF_PAST = re.compile(
    r"\b(?:в\s+)?(?:половин[еау]|пол)\s*+-?\s*+(" + "|".join(_HOUR_GENITIVE) + rf")(?:\s*{PART})?"
)
# «в десять минут седьмого» (6:10), «в четверть восьмого»: minutes into the hour whose
# ordinal is the next hour's; «в» or a part of day marks it a clock («20 минут второго тайма»),
# unless the ordinal agrees with a noun after it («в 20 минут второго тайма»: _ordinal_of_a_noun)
_GENITIVES = "|".join(_HOUR_GENITIVE)
_PAST_HOUR = re.compile(
    rf"\b(?:в\s+(?:(четверть)|(\d{{1,2}}|(?:{CARDINAL_WORDS})(?:\s+(?:{CARDINAL_WORDS}))?)\s+минут\w*)"
    rf"\s+({_GENITIVES})(?![а-я])(?:\s*{PART})?"
    rf"|(\d{{1,2}}|(?:{CARDINAL_WORDS})(?:\s+(?:{CARDINAL_WORDS}))?)\s+минут\w*\s+({_GENITIVES})\s*{PART})"
)

# a literal each pattern needs: a text without it skips the search
gate(_TO_HOUR, re.compile("без"))
gate(_HALF_PAST, re.compile("пол"))
gate(_PAST_HOUR, re.compile("минут|четверть"))


_WORD_AFTER = re.compile(r"[^\S\n]+([а-яё]+)(?![а-яё])")


def _ordinal_of_a_noun(text: str, end: int) -> bool:
    """Whether the word after the ordinal ending at `end` is a noun it agrees with — genitive
    singular, masculine or neuter («в 20 минут второго тайма», «первого тура», «третьего
    урока»): the ordinal of that noun, never the hour of a clock."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    found = parses(after.group(1))
    if not found:
        return False
    tag = found[0].tag
    return "NOUN" in tag and "gent" in tag and "sing" in tag and ("masc" in tag or "neut" in tag)


def spoken_times_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в час дня", "без четверти 5", "в половине шестого": times said rather than written.
    Adds a TimeMention to `parts.times`. Example: «Сбор без четверти 5» → times [16:45]; «в
    половине шестого» → [17:30]."""
    for m in sc.find(_ONE_OCLOCK):
        one = time(1) if m.group(1) == "ночи" else time(13)
        add_time(parts, TimeMention(one, "в", False, m.start()))
        sc.take_match(m)
    for m in sc.find(_TO_HOUR):
        raw = " ".join(m.group(1).split())
        minutes = int(raw) if raw.isdigit() else _MINUTES_WORDS[raw]
        hour = 1.0 if m.group(2) == "час" else number(m.group(2))
        full = clock_time(int(hour), 0, m.group(3), False) if hour is not None else None
        if full is not None and 0 < minutes < 60:
            shifted = datetime.combine(date(2000, 1, 2), full) - timedelta(minutes=minutes)
            add_time(parts, TimeMention(shifted.time(), "в", True, m.start()))
            sc.take_match(m)
    for m in sc.find(_PAST_HOUR):
        quarter, said, genitive, part, bare_said, bare_genitive, bare_part = m.groups()
        if not (part or bare_part) and _ordinal_of_a_noun(sc.text, m.end()):
            continue
        into = 15.0 if quarter else number_value(" ".join((said or bare_said).split()))
        hour = _HOUR_GENITIVE[genitive or bare_genitive] - 1 or 12
        if into is None or not 0 < into < 60 or into != int(into):
            continue
        past = clock_time(hour, int(into), part or bare_part, False)
        if past is not None:
            add_time(parts, TimeMention(past, "в", True, m.start()))
            sc.take_match(m)
    for m in sc.find(_HALF_PAST):
        half = clock_time(_HOUR_GENITIVE[m.group(1)] - 1 or 12, 30, m.group(2), False)
        if half is not None:
            add_time(parts, TimeMention(half, "в", True, m.start()))
            sc.take_match(m)
