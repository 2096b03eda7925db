"""A weekly repeat whose weekdays each have their own clock, told in one sentence.

«Кружок по вторникам в 15:00 и четвергам в 16:00» is two weekly meetings, not one: a
repeat (RFC 5545 RRULE) has one start clock for all its days, so the sentence becomes one
series per clock, each with the words around the list (read whole, the Thursdays were
dropped silently). The days may be abbreviated («по вт в 15:00, чт в 16:00»). Days sharing
a clock stay one series («по пн и ср в 15:00, по пт в 16:00»: Mondays and Wednesdays at
15:00, Fridays at 16:00).
"""

from __future__ import annotations

import itertools
import re

from bot.core.language.calendar import WEEKDAY, WEEKDAY_PLURAL

# a weekday in the plural dative («вторникам») or abbreviated («вт», «чт.»)
_DAY = rf"(?:{WEEKDAY_PLURAL}|(?:пн|вт|ср|чт|пт|сб|вс)\.?(?![а-яё]))"
_DAYS = rf"(?:по\s+)?{_DAY}(?:\s*(?:,|\bи\b)\s*(?:по\s+)?{_DAY})*"
_CLOCK = r"\d{1,2}[:.]\d{2}"
# the days (the first after «по») and the clock or span of clocks they meet at
_DAYS_AT_CLOCK = re.compile(
    rf"(?i)(?<![а-яё])({_DAYS})\s*,?\s*((?:в|с)\s+({_CLOCK})(?:\s*(?:до|[-–—])\s*{_CLOCK})?)"
)
_SPAN_OPENING = re.compile(rf"(?i)(?<![а-яё])(?:с|со)\s+{WEEKDAY}\s*$")
_GAP = re.compile(r"\s*(?:,|;|\bи\b|,\s*и\b|,\s*а\b|\bа\b)\s*", re.IGNORECASE)


def meetings_by_weekday(text: str) -> list[str] | None:
    """The texts of the series a sentence of weekdays with their own clocks stands for: one
    text per group of days with its clock, the words before and after the list shared by all
    («Кружок по вторникам в 15:00 и четвергам в 16:00 в каб. 12» → «Кружок по вторникам в
    15:00 в каб. 12», «Кружок по четвергам в 16:00 в каб. 12»). None unless two groups or
    more follow each other, the first opens with «по», and their clocks differ."""
    found = list(_DAYS_AT_CLOCK.finditer(text))
    if len(found) < 2 or not found[0].group(1).lower().startswith("по"):
        return None
    if _SPAN_OPENING.search(text, 0, found[0].start()) is not None:
        return None  # «с пн по пт в 9:00 …»: a span of days, not a repeat's list
    for a, b in itertools.pairwise(found):
        if _GAP.fullmatch(text, a.end(), b.start()) is None:
            return None
    if len({m.group(3).replace(".", ":") for m in found}) < 2:
        return None
    head, tail = text[: found[0].start()], text[found[-1].end() :]
    return [f"{head}{_with_po(m.group(1))} {m.group(2)}{tail}" for m in found]


_PLURAL_DATIVE = (
    "понедельникам",
    "вторникам",
    "средам",
    "четвергам",
    "пятницам",
    "субботам",
    "воскресеньям",
)
_ABBREVIATED = re.compile(r"(?i)(?<![а-яё])(пн|вт|ср|чт|пт|сб|вс)\.?(?![а-яё])")
_ABBREVIATIONS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def _with_po(days: str) -> str:
    """The days as a weekly repeat in words: «четвергам» → «по четвергам», «вт и чт» → «по
    вторникам и четвергам» (an abbreviated day alone after «по» may end a span, see
    recurrence.py, so it is written in full)."""
    full = _ABBREVIATED.sub(lambda m: _plural(_ABBREVIATIONS.index(m.group(1).lower())), days)
    return full if full.lower().startswith("по") else f"по {full}"


def _plural(weekday: int) -> str:
    """The plural dative of a weekday (0 = Monday): «по вторникам»."""
    return _PLURAL_DATIVE[weekday]
