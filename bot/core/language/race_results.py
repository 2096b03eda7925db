"""A race's result, record or norm written as minutes and seconds («лучший результат 28:40»,
«с результатом 19:05», «рекорд трассы 12:30», «время победителя 18:40») or as hours,
minutes and seconds with a one-digit hour («время 1:02:15»): a length of a run, never a
clock of the day. Read on the normalised text before the clock rules, which would take it
for the event's start. A timestamp («2018-08-10 07:42:47») keeps its clock."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.first_scan import with_first_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, anchor, gate

# hours, minutes and seconds with a one-digit hour («1:02:15», «0:45:30»): a run's length; a
# timestamp pads its hour («07:42:47») and stands beside its date (_DATE_BESIDE)
_WITH_SECONDS = with_first_scan(  # tried at digits only
    re.compile(r"(?<![\d.:])\d:[0-5]\d:[0-5]\d(?![\d:])")
)
gate(_WITH_SECONDS, re.compile(r"\d:\d\d:\d"))
# a clock's preposition or a date right before («в 1:30:00», «20.02.2014 7:25:10»), or a
# date right after («7:25:10 20.02.2014»): a clock of the day after all
_CLOCK_BEFORE = re.compile(r"(?:(?<![а-яё])(?:в|во|с|со|до|к|ко|по|около)|\d)[\s,]*$")
_DATE_AFTER = re.compile(r"[\s,]*\d")
# a result noun in the singular (the plural «результаты 18:00» is when they are announced),
# or «время» of someone (its next word read with pymorphy3: «время победителя», never
# «время начала»), then up to three words, then the clock
_RESULT = with_first_scan(
    re.compile(
        r"(?<![а-яё])(?:результат(?:ом|а)?|рекорд(?:ом|а)?|норматив(?:ом|а)?"
        r"|врем(?:я|ени|енем)\s+(?P<whose>[а-яё]+))"
        r"(?P<between>(?:\s+[а-яё]+){0,3}?)\s*[:—–-]?\s*"
        r"(?P<clock>\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?![\d:])"
    )
)
_RESULT_NOUN = re.compile(r"результат|рекорд|норматив|врем")
gate(_RESULT, _RESULT_NOUN)
anchor(_RESULT, _RESULT_NOUN, 0, 160)  # searched near its noun only: «время» is a common word
# the words between the noun and its clock: what qualifies the result («прошлого года»,
# «трассы», «лучший»), never a verb or a preposition («будет объявлен в»)
_QUALIFIERS = frozenset({"NOUN", "ADJF", "NUMR", "NPRO", "PRTF"})
_PERSON = frozenset({"NOUN", "anim", "gent"})


def race_results_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Take a result's clock (see the module docstring); `parts` is untouched.
    Example: «Победитель, время 1:05:30» → the result taken, never a clock."""
    for m in sc.find(_WITH_SECONDS):
        before = _CLOCK_BEFORE.search(sc.text, max(0, m.start() - 8), m.start())
        if before is None and _DATE_AFTER.match(sc.text, m.end()) is None:
            sc.take_match(m)
    for m in sc.find(_RESULT):
        if _is_result(m):
            sc.take(*m.span("clock"))


def _is_result(m: re.Match[str]) -> bool:
    """Whether `m` (_RESULT) is a result and its clock: «время» of a person, and only
    qualifying words between the noun and the clock."""
    whose = m.group("whose")
    if whose is not None and not ((found := parses(whose)) and found[0].tag.grammemes >= _PERSON):
        return False
    for word in m.group("between").split():
        found = parses(word)
        if not found or found[0].tag.POS not in _QUALIFIERS:
            return False
    return True
