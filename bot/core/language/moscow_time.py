"""Times a message gives in Moscow time ("по московскому времени", "МСК", "в 10.00 по
Москве"), which the draft moves to the school's zone (post_draft.in_school_zone)."""

from __future__ import annotations

import re

from bot.core.language.tokens import Scanner, gate

# "в 10.00 по Москве" (after a clock time only: "экскурсия по Москве" is a tour)
_MSK = re.compile(r"\(?(?:по\s+)?(?:московскому\s+времени|мск)\b\)?|(?<=\d\d\s)по\s+москве\b")
_LOCAL_TIME = re.compile(r"\(?по\s+местному\s+времени\)?")
gate(_MSK, re.compile("мск|московск|москве"))
gate(_LOCAL_TIME, re.compile("местному"))


def take_moscow_time(sc: Scanner) -> bool:
    """Take "по московскому времени" / "МСК"; True when the message gives Moscow time. A
    message that also says "по местному времени" gives its own start in local time ("Начало в
    11.00 по местному времени … форма открыта до 24.00 по московскому времени"): False."""
    found = False
    for m in sc.find(_MSK):
        found = True
        sc.take_match(m)
    for m in sc.find(_LOCAL_TIME):
        found = False
        sc.take_match(m)
    return found
