"""A place noun made of two written with a spaced dash: «в школе - лицее № 8», «в музее —
заповеднике «Кижи»», «в доме — музее Чехова» read as «школе-лицее», «музее-заповеднике»,
«доме-музее», the way the place rules read such a noun written whole. The second word must be
an inanimate noun, never a kind of event, in a case and number the first can share
(pymorphy3), and either a place noun itself or followed by its owner's name («в музее —
квартире Пушкина»), so that a dash opening what follows («в школе - начало в 15:00», «в школе
- приходите всей семьёй», «в музее — экскурсии для 5-х классов», «у школы - автобуса не
будет»: the usual "at X there are <kind>s") joins nothing."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.place_nouns import PLACE_STEMS
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.titles import KIND_WORDS

# the place after its preposition («в школе - лицее», «у музея – заповедника»): a heading's
# «Библиотека — аптека для души» is a saying, not a place
_SPACED = re.compile(
    r"(?<![\w-])(в|во|на|у|при|около|возле|из)[^\S\n]+"
    r"([А-ЯЁа-яё]{3,})[^\S\n]+[-–—][^\S\n]+([а-яё]{3,})(?![\w-])",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(rf"(?i)(?:{PLACE_STEMS})")
# a house as the first half («в доме — музее Чехова»: дом-музей), and second halves that are
# places only inside such a compound («музей-квартира», «центр-лаборатория», «санаторий-
# профилакторий»)
_FIRST_HALF = re.compile(r"(?i)дом(?:е|а|у|ом)?$")
_SECOND_HALF = re.compile(r"(?i)квартир|панорам|диорам|лаборатор|читальн|профилактор")
# the word after the second half: a capitalised name («квартире Пушкина») or a lower-case word
# whose noun reading is a genitive owner («усадьбе писателя»)
_NEXT_WORD = re.compile(r"[^\S\n]+([А-ЯЁа-яё]+)")
# the case each preposition of place governs
_GOVERNS = {"в": "loct", "во": "loct", "на": "loct", "при": "loct"} | dict.fromkeys(
    ("у", "около", "возле", "из"), "gent"
)
# nouns naming a kind of event: never the second half of a place («лекторий» is both)
_KINDS = KIND_WORDS | EVENT_LEMMAS
_GATE = re.compile(r"[а-яё][^\S\n]+[-–—][^\S\n]+[а-яё]")
# _GATE's right half, found from its dash: a dash is rare, a lower-case letter (where _GATE's
# search enters its matcher) is most of a post
_DASH_RIGHT = re.compile(r"[-–—][^\S\n]+[а-яё]")


def _spaced_dash(text: str) -> bool:
    """Whether `_GATE.search(text)` finds a dash with spaces (no line break) on both sides
    between two lower-case letters: each dash with its right half (`_DASH_RIGHT`) has its
    left half read back over the spaces before it (`str.isspace` is `re`'s `\\s`)."""
    for m in _DASH_RIGHT.finditer(text):  # a hit spans no other dash: none is skipped
        at = left = m.start()
        while left and text[left - 1] != "\n" and text[left - 1].isspace():
            left -= 1
        if left < at and left and ("а" <= text[left - 1] <= "я" or text[left - 1] == "ё"):
            return True
    return False


def _numbers(word: str, case: str) -> set[str]:
    """The numbers of `word`'s noun readings in `case` («филиале», loct: {"sing"})."""
    return {
        str(p.tag.number)
        for p in parses(word.lower())
        if p.tag.POS == "NOUN" and p.tag.case == case
    }


def _joins(first: str, second: str, case: str, after: str) -> bool:
    """Whether `first` (a place noun, or «дом») and `second` make one place: `second` an
    inanimate noun and no kind of event («в музее — экскурсии», «у школы - автобуса» join
    nothing: fixquote52, review51 #4), agreeing with `first` in `case`, the one their
    preposition governs («в фойе — ансамбль»: «ансамбль» is no locative, so the dash opens a
    new clause) and number, and either a place noun itself or followed by its owner's name,
    number or quoted name in `after`, the text after it («в музее — квартире Пушкина», «в
    доме — музее Чехова», «в библиотеке — филиале № 2»: an apposition, `appositions`)."""
    if not (_PLACE_WORD.match(first) or _FIRST_HALF.match(first)):
        return False
    found = parses(second)
    if not found or found[0].tag.POS != "NOUN" or "anim" in found[0].tag:
        return False
    if {str(p.normal_form) for p in found if p.tag.POS == "NOUN"} & _KINDS:
        return False
    if not _numbers(first, case) & _numbers(second, case):
        return False
    return bool(_place_half(second) or _owner_follows(after))


def _place_half(second: str) -> bool:
    """Whether `second` is a place noun, or a noun that is one only in a compound."""
    return bool(_PLACE_WORD.match(second) or _SECOND_HALF.match(second))


# a number or a quoted name right after the second half: «филиале № 2», «филиале «Дом купца»»
_NAMED_BY = re.compile(r"[^\S\n]*(?:№|[«\"])")


def _owner_follows(after: str) -> bool:
    """Whether `after` opens with a capitalised name, a noun read as a genitive, a number
    («№ 2») or a quoted name."""
    if _NAMED_BY.match(after):
        return True
    m = _NEXT_WORD.match(after)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isupper():
        return True
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(word.lower()))


def _quoted(text: str, at: int) -> bool:
    """Whether `at` is inside «…» on its line (more « than » before it)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("«") > line.count("»")


def appositions(text: str) -> list[tuple[str, str, str]]:
    """(first, dash, second) of each pair `joined_place_compounds` joins whose second half is
    no place noun but an apposition naming the first («в библиотеке — филиале № 2»: the
    library, a branch): shown with its dash (`with_dashes`), unlike a compound noun."""
    if not _spaced_dash(text):
        return []
    found = []
    for m in _SPACED.finditer(text):
        first, second = m.group(2), m.group(3)
        case = _GOVERNS[m.group(1).lower()]
        if _place_half(second) or _quoted(text, m.start()):
            continue
        if _joins(first, second, case, text[m.end() :]):
            dash = text[m.end(2) : m.start(3)].strip()
            found.append((first, dash, second))
    return found


def with_dashes(venue: str, written: str) -> str:
    """`venue`, read from the text `joined_place_compounds` mended, with each apposition of
    `written` shown with its dash again («библиотека-филиал № 2» → «библиотека — филиал №
    2»): a hyphen joins a noun of two, a spaced dash an apposition."""
    for first, dash, second in appositions(written):
        pair = re.compile(
            rf"(?i)(?<![\w-])({re.escape(first[:3])}[а-яё]*)-({re.escape(second[:3])}[а-яё]*)"
        )
        venue = pair.sub(rf"\1 {dash} \2", venue, count=1)
    return venue


def joined_place_compounds(text: str) -> str:
    """`text` with each place noun of two joined by a spaced dash written with a bare
    hyphen («школе - лицее» -> «школе-лицее»); the text is shorter by the spaces dropped.
    Other dashes as written."""
    if not _spaced_dash(text):
        return text

    def join(m: re.Match[str]) -> str:
        first, second = m.group(2), m.group(3)
        case = _GOVERNS[m.group(1).lower()]
        if _quoted(text, m.start()) or not _joins(first, second, case, text[m.end() :]):
            return m.group(0)  # a name in «» stays as written
        return f"{m.group(0)[: m.start(2) - m.start()]}{first}-{second}"

    return _SPACED.sub(join, text)
