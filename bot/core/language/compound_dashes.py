"""A place noun made of two written with a spaced dash: «в школе - лицее № 8», «в музее —
заповеднике «Кижи»» read as «школе-лицее», «музее-заповеднике», the way the place rules
read such a noun written whole. The second word must be an inanimate noun in a case and
number the first can share (pymorphy3), so that a dash opening what follows («в школе -
начало в 15:00», «в школе - приходите всей семьёй») joins nothing."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.place_nouns import PLACE_STEMS

# the place after its preposition («в школе - лицее», «у музея – заповедника»): a heading's
# «Библиотека — аптека для души» is a saying, not a place
_SPACED = re.compile(
    r"(?<![\w-])(в|во|на|у|при|около|возле|из)[^\S\n]+"
    r"([А-ЯЁа-яё]{3,})[^\S\n]+[-–—][^\S\n]+([а-яё]{3,})(?![\w-])",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(rf"(?i)(?:{PLACE_STEMS})")
# the case each preposition of place governs
_GOVERNS = {"в": "loct", "во": "loct", "на": "loct", "при": "loct"} | dict.fromkeys(
    ("у", "около", "возле", "из"), "gent"
)
_GATE = re.compile(r"[а-яё][^\S\n]+[-–—][^\S\n]+[а-яё]")


def _forms(word: str) -> set[tuple[str, str]]:
    """(case, number) of every noun reading of `word`."""
    return {
        (str(p.tag.case), str(p.tag.number))
        for p in parses(word.lower())
        if p.tag.POS == "NOUN" and p.tag.case is not None
    }


def _joins(first: str, second: str, case: str) -> bool:
    """Whether `first` is a place noun and `second` an inanimate noun agreeing with it in
    `case`, the one their preposition governs («в фойе — ансамбль»: «ансамбль» is no
    locative, so the dash opens a new clause)."""
    if not _PLACE_WORD.match(first):
        return False
    found = parses(second)
    if not found or found[0].tag.POS != "NOUN" or "anim" in found[0].tag:
        return False
    shared = _forms(first) & _forms(second)
    return any(found_case == case for found_case, _ in shared)


def _quoted(text: str, at: int) -> bool:
    """Whether `at` is inside «…» on its line (more « than » before it)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("«") > line.count("»")


def joined_place_compounds(text: str) -> str:
    """`text` with each place noun of two joined by a spaced dash written with a bare
    hyphen («школе - лицее» -> «школе-лицее»); the text is shorter by the spaces dropped.
    Other dashes as written."""
    if not _GATE.search(text):
        return text

    def join(m: re.Match[str]) -> str:
        first, second = m.group(2), m.group(3)
        case = _GOVERNS[m.group(1).lower()]
        if _quoted(text, m.start()) or not _joins(first, second, case):
            return m.group(0)  # a name in «» stays as written
        return f"{m.group(0)[: m.start(2) - m.start()]}{first}-{second}"

    return _SPACED.sub(join, text)
