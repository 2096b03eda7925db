"""Audience ages and head-counts in a message ("от 7 до 10 лет", "12+", "от 15 до 40
человек"): taken from the Scanner so that their numbers are never read as dates, times or
grades (issue 10, point 2); the ages are kept as the audience's age range.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.tokens import Scanner, anchor, gate

_AGE_WORDS = {
    "двух": 2,
    "трех": 3,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "одиннадцати": 11,
    "двенадцати": 12,
    "тринадцати": 13,
    "четырнадцати": 14,
    "пятнадцати": 15,
    "шестнадцати": 16,
    "семнадцати": 17,
    "восемнадцати": 18,
}
_AGE_NUM = r"(\d{1,2}|" + "|".join(_AGE_WORDS) + r")"
# the upper age may reach a hundred ("для гостей от 3 до 100 лет": everyone)
_AGE_TOP = r"(\d{1,3}|" + "|".join(_AGE_WORDS) + r")"
MAX_AGE = 120
# "от" may be glued to the number as pasted ("от14до 18 лет")
_AGES = re.compile(
    rf"(?:\b(?:от|с)\s*|\b){_AGE_NUM}\s*(?:-|до)\s*{_AGE_TOP}(?:-?\s*(?:ти|и|х|ми))?\s*"
    r"(?:лет|года?)(?![а-я])"
)
_AGE_FROM = re.compile(rf"\b(?:от|с|старше)\s+{_AGE_NUM}(?:-?\s*(?:ти|и|х|ми))?\s*лет(?![а-я])")
# upper ages, one or listed ("до 14 и до 17 лет", "до 9, 11 лет"): every number is an age
# (the first has no "лет" of its own, but the list shares the last one), never "до 14:00"
_AGES_UNTIL = re.compile(
    rf"\b(?:до|младше|моложе)\s+{_AGE_NUM}(?:\s*(?:,|и|или)\s*(?:до\s+)?{_AGE_NUM})+"
    r"(?:-?\s*(?:ти|и|х|ми))?\s*(?:лет|года?)(?![а-я])"
)
_AGE_PLUS = re.compile(r"(?<![\d.:])\b(\d{1,2})\s*\+(?!\d)")
# an upper bound alone, inclusive: «17 лет и младше» (also the muddled «от 17 лет и младше»,
# which a reader takes as 17 and under, never 17 and over), «не старше 12 лет», «в возрасте
# до 10 лет»; a bare «до 7 лет» is not read (often a price rule: «дети до 7 лет бесплатно»)
_AGE_UNDER = re.compile(
    rf"(?:\b(?:от|с)\s+)?\b{_AGE_NUM}(?:-?\s*(?:ти|и|х|ми))?\s*(?:лет|года?)\s+и\s+(?:младше|моложе)"
    rf"(?![а-я])|\bне\s+старше\s+{_AGE_NUM}(?:-?\s*(?:ти|и|х|ми))?\s*(?:лет|года?)(?![а-я])"
    rf"|\bвозраст(?:е|ом)?\s+(?:[а-я]+\s+)?до\s+{_AGE_NUM}(?:-?\s*(?:ти|и|х|ми))?\s*(?:лет|года?)(?![а-я])"
)
# a list of age groups sharing the unit its first item gives ("первая — до 7 лет, вторая — от
# 8 до 12, третья — от 13 до 17, четвертая — от 18 и старше"): each later item, a range or
# "от N [и старше]" closed by a comma or the sentence's end, is an age, never a clock
_AGE_ITEM = (
    r"\s*[,;]\s*(?:[а-я]+\s*[—–-]\s*)?(?:(?:от\s+)?\d{1,2}\s*(?:-|до)\s*\d{1,2}"
    r"|от\s+\d{1,2}(?:\s+и\s+(?:старше|более))?)(?=\s*[,;.)]|\s*$)"
)
_AGE_LIST_TAIL = compile_with_scan(rf"(?<=\d)\s*(?:лет|года?)(?![а-я])(?P<items>(?:{_AGE_ITEM})+)")
gate(_AGE_LIST_TAIL, re.compile(r"(?:лет|года?)\s*[,;]\s*(?:[а-я]+\s*[—–-]\s*)?(?:от\s+)?\d"))
_HEADCOUNT_UNITS = (
    r"человек|чел\b\.?|участник\w*|школьник\w*|команд\w*|учени\w*|выпускник\w*|партнер\w*"
    r"|мероприяти\w*|мест\b|рубл\w*|руб\b\.?|тысяч\w*"
    r"|тур(?:а|ов)?\b|этап(?:а|ов)?\b|раунд\w*|смен[аы]?\b|поток\w*"  # "в 2 тура": a count
    r"|круг(?:а|ов)?\b|игрок\w*"  # "в 3 круга", "от 3 до 6 игроков"
    r"|(?<=-)лет(?:и[еюя]|н\w+)"  # "к 10-летию", "5-летний": years of age, never "к 10:00"
    # "около 4 тыс. лыжников", "от 1 км до 6 км", "на 500 метров": thousands and distances;
    r"|тыс\b\.?|млн\b\.?|км\b\.?|километр\w*|метр(?:а|ов)?\b"
    # "от 15 до 500 мм", "около 12 см", "до 15 кг": sizes and weights are measures
    r"|мм\b\.?|см\b\.?|миллиметр\w*|сантиметр\w*|кг\b\.?|килограмм\w*|тонн\w*|литр\w*"
    r"|т\b\.?"  # «около 4 т мусора»: the tonne's sign (ГОСТ 8.417), never «около 4» o'clock
)
# a decimal point before a magnitude or a measure («3.5 тыс. человек», «2.5 км»): a quantity,
# never a day and month (3 May); never before a person's word («25.05 школьники …» is a date)
_POINT_DECIMAL = r"\.\d{1,3}(?=\s*(?:тыс|млн|км|кг|см|мм))"
_HEADCOUNT = re.compile(
    r"(?:\b(?:от|более|около|свыше|до)\s+)?(?<![\d:.,])\b\d{1,5}"
    rf"(?:,\d{{1,3}}|{_POINT_DECIMAL})?\s*(?:-|до)?\s*\d{{0,5}}\s*"
    rf"(?:{_HEADCOUNT_UNITS})"
)
# a literal each of these patterns needs: a post without it skips the pattern's search
gate(_AGES, re.compile("лет|год"))
gate(_AGE_FROM, re.compile("лет"))
gate(_AGES_UNTIL, re.compile("лет|год"))
# the age right before its unit, read from the unit back (the unit's letters open the search:
# ~3 times cheaper than a search from every digit): a number of at most three digits (none
# before it: a year «2026 года» is no age) or a number word's or suffix's last letter «х»/«и»
# («пяти», «5-ти»), then at most two spaces (three or more: held, as the patterns' \s* allow).
# «лет»/«год» alone stand in most posts, this in one long post in seven (speedgate41)
_BEFORE_UNIT = [
    rf"(?<={before}{space}...)"
    for space in ("", r"\s", r"\s\s")
    for before in ("[хи]", r"\D\d", r"\D\d\d", r"\D\d\d\d", r"^\d", r"^\d\d", r"^\d\d\d")
]
AGE_BEFORE_UNIT = re.compile(
    "(?:лет|год)(?:" + "|".join([*_BEFORE_UNIT, r"(?<=\s\s\s...)"]) + r")а?(?![а-я])"
)
for _pattern in (_AGES, _AGE_FROM, _AGES_UNTIL):
    gate(_pattern, AGE_BEFORE_UNIT)
gate(_AGES, re.compile(rf"(?:-|до)\s*{_AGE_TOP}(?:-?\s*(?:ти|и|х|ми))?\s*(?:лет|года?)(?![а-я])"))
anchor(_AGES_UNTIL, re.compile("лет|год"), 70, 12)  # the shared "лет" closes the list
gate(_AGE_PLUS, re.compile(r"\+"))
gate(_AGE_UNDER, re.compile("младше|моложе|старше|возраст"))
# the unit ends every head-count, right after a digit, "-" or "до" and spaces (the number, a
# range's dash or its "до"); the number and "от/более" come at most 30 characters before.
# The unit alone was the anchor: its words («мероприятие», «участники», «команда») stand in
# most posts without a number, each hit a window searched (speedprep41)
anchor(_HEADCOUNT, re.compile(rf"(?:\d|-|до)\s*(?:{_HEADCOUNT_UNITS})"), 30, 15)


def take_ages(sc: Scanner) -> tuple[int, int] | None:
    """Take every age range ("от 7 до 10 лет", "11-12 лет", "12+", "17 лет и младше",
    "не старше 12 лет"); return the widest. An open upper bound is 99, an open lower 0.

    The age category of Federal Law 436-FZ is the youngest age a show may be shown to
    (art. 7-10): «6+», «12+», «16+», «18+» are kept as that lower bound (up to 99) and the
    card shows them as written («возраст 12+»); «0+» (for every age) bounds nothing and is
    taken without an age — a post marked only «0+» has no ages (walk u, p05)."""
    found: list[tuple[int, int]] = []
    for m in sc.find(_AGES):
        low, high = _age(m.group(1)), _age(m.group(2))
        if low is not None and high is not None and low <= high <= MAX_AGE:
            found.append((low, high))
            _take_age(sc, m)
    for m in sc.find(_AGE_UNDER):  # before «от N лет»: «от 17 лет и младше» is 17 and under
        high = _age(next(g for g in m.groups() if g is not None))
        if high is not None:
            found.append((0, high))
            sc.take_match(m)
    for m in sc.find(_AGES_UNTIL):  # taken only: a list of groups' limits is no one range
        sc.take_match(m)
    lists = _AGE_LIST_TAIL.finditer(sc.text) if "лет" in sc.text or "год" in sc.text else ()
    for m in lists:  # the items after the unit: taken only
        if sc.is_free(m.start("items"), m.end("items")):
            sc.take(m.start("items"), m.end("items"))
    for pattern in (_AGE_FROM, _AGE_PLUS):
        for m in sc.find(pattern):
            low = _age(m.group(1))
            if low is not None:
                if not (pattern is _AGE_PLUS and low == 0):
                    found.append((low, 99))
                _take_age(sc, m)  # «0+»: taken, so its number is never a time or a grade
    if not found:
        return None
    return min(a for a, _ in found), max(b for _, b in found)


# the noun an age range hangs on, right before it: «в возрасте от 17 лет», «возрастом 7–12
# лет», «возраста 10–14 лет» (newcomer chat: «Турнир по шахматам, в возрасте» was a title)
_AGE_LEAD = re.compile(r"(?:(?<![а-яё])в\s+)?(?<![а-яё])возраст(?:е|ом|а)?\s*$", re.IGNORECASE)
_AGE_LEAD_REACH = 16  # characters before a range where its noun may stand


def _take_age(sc: Scanner, m: re.Match[str]) -> None:
    """Take an age range and the words «в возрасте», «возрастом» right before it: they
    belong to the age, never to a title or a place."""
    sc.take_match(m)
    start = max(0, m.start() - _AGE_LEAD_REACH)
    lead = _AGE_LEAD.search(sc.text, start, m.start())
    if lead is not None and sc.is_free(lead.start(), lead.end()):
        sc.take(lead.start(), lead.end())


def take_headcounts(sc: Scanner) -> None:
    """Take head-counts, sums and numbers of places ("от 15 до 40 человек", "до 12
    участников"): a number before such a unit is never a date, a time or a grade. The minutes
    of a clock time are not a count («в 12:00 ученики сыграют»)."""
    for m in sc.find(_HEADCOUNT):
        if re.search(r"\d", m.group(0)):
            sc.take_match(m)


def _age(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else _AGE_WORDS.get(raw)
