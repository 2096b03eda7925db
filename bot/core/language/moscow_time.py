"""Times a message gives in Moscow time ("по московскому времени", "МСК", "в 10.00 по
Москве"), which the draft moves to the school's zone (post_draft.in_school_zone)."""

from __future__ import annotations

import re

from bot.core.language.tokens import Scanner, gate

# «по московскому времени», «МСК», «(время московское)», «московское время», and «по Москве»
# right after a clock («в 14 по Москве», «15:00 (по Москве)», «в 11 часов по Москве»; never
# the place: «экскурсия по Москве», «по Москве-реке»); «мск» is a word of its own, never the
# end of a town's name (Омск, Томск, Минск)
_MSK = re.compile(
    r"(?P<said>\(?(?:по\s+)?(?:московскому\s+времени|(?<!\w)мск)\b\)?"
    r"|\(?(?:время\s+московское|московское\s+время)\b\)?)"
    r"|\d(?:\s*(?:ч|час|часа|часов)\b\.?)?\s*(?P<after_clock>\(?по\s+москве\b(?!-)\)?)"
)
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
        said = "said" if m.group("said") else "after_clock"  # the clock itself stays
        sc.take(m.start(said), m.end(said))
    for m in sc.find(_LOCAL_TIME):
        found = False
        sc.take_match(m)
    return found
