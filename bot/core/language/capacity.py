"""How many can come: "мест: 30", "30 мест", "мест 30", "до 25 человек", "не более 20 участников",
"от 15 до 40 человек" (the upper bound; the lower one is taken with it, never a time), and a
statement that the number is limited (newcomer walk 2026-12-01e, finding 3):

    [максимальное | предельное | ограниченное] количество | число | кол-во  <who>
        [строго] ограничено  [—|:|(]  [до | не более]  N  [человек | участников | мест …]
    лимит [<who>]  —|:  N …

where <who> is a noun of places or of people (мест, участников, человек, слушателей,
посетителей, гостей, детей, школьников, учеников). With a noun of people the number is a limit
only when the sentence says so (ограничено, максимальное, предельное, лимит):
"количество участников прошлого фестиваля — 300" or "количество участников: 120" may be a
head-count and is not taken; with "мест" (places) it always is.

A bare number of people ("встреча с 5 участниками") is not a limit: only a number of places
or a number after "до / не более / максимум" is. A number is never read across a time
("18.30") but may end a sentence ("мест: 18.").
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.tokens import Scanner, anchor

MAX_CAPACITY = 5000

_LIMITS = (
    # (the label only: the line break before «Места: 20» stays the clock's before it, attack83)
    re.compile(
        r"(?:,\s*)?(?:(?:количество|число|кол-во)\s*)?мест\w*\s*[:—-]\s*(\d{1,4})(?![\d:]|\.\d)"
    ),
    # «30 мест», never the minutes of a clock («в 16:30 Место проведения — …», «Время:
    # 18:25\nМесто: …»: attack83) nor a number across a line break («…до 16:30\nМеста
    # ограничены»: the next line's label or statement)
    re.compile(
        r"(?:,\s*)?(?:всего\s+|на\s+)?(?<!\d)(?<!\d[:.])(\d{1,4})[^\S\n]+мест(?:а|о)?(?![а-я])"
    ),
    # «мест 12», «количество мест 30»: the count after the plural noun with no colon or dash
    # (newcomer walk 2026-12-01k, finding 8) — the genitive «мест» alone, never «место» (a
    # place: «место 5» may be a seat or a room), and never a day («мест 10 декабря»), a clock
    # («мест 10:00») or a room number across a dot («мест 5.2»)
    re.compile(
        rf"(?:,\s*)?(?:(?:количество|число|кол-во)\s+)?\bмест\s+(\d{{1,4}})"
        rf"(?![\d:]|[.,/-]\d|\s*(?:-\s*\d|{MONTH}|час|ч\b|мин))"
        r"(?:\s+(?:человек|чел\.?|участник\w*)(?![а-я]))?"
    ),
    re.compile(
        r"(?:,\s*)?(?:от\s+\d{1,4}\s+)?(?:до|не\s+более|не\s+больше|максимум|макс\.?)\s+(\d{1,4})\s+"
        r"(?:человек|чел\.?|участник\w*|учени\w*|мест\w*)(?![а-я])"
    ),
)

# what every match holds: the word "мест…", or a number of people; the rest of a match lies
# at most 25 characters before and 20 after it (", не более 1000 участниками")
_PLACES = re.compile("мест")
_PEOPLE = re.compile(r"\d\s+(?:человек|чел|участник|учени|мест)")
anchor(_LIMITS[0], _PLACES, 25, 20)
anchor(_LIMITS[1], _PLACES, 25, 20)
# _LIMITS[2] («мест 12») is left unanchored: its literal «мест » already spares most texts
anchor(_LIMITS[3], _PEOPLE, 25, 20)

_WHO = (
    r"(?:мест\w*|участник\w*|человек|слушател\w*|посетител\w*|гост\w*|детей|школьник\w*"
    r"|учени\w*)"
)
_PEOPLE_WORD = r"(?:человек\w*|чел\.?|участник\w*|мест\w*|слушател\w*|посетител\w*|учени\w*)"
_NUMBER = r"(?:до\s+|не\s+более\s+|не\s+больше\s+)?(\d{1,4})(?![\d:]|\.\d)"
_TAIL = rf"(?:\s+{_PEOPLE_WORD}(?![а-я]))?\)?"
# the statement that the number is limited: (1) "количество <who> [строго] ограничено";
# (2) "максимальное / предельное количество <who>"; (3) "ограниченное количество мест";
# (4) "лимит [<who>]" — then a dash, colon, bracket (or "ограничено до") and the number
_STATED = (
    re.compile(
        rf"(?:(?:количество|число|кол-во)\s+)?{_WHO}\s+(?:строго\s+)?ограничен[оа]?"
        rf"\s*(?:[:—–-]|\(|(?=до\s|не\s+более))\s*{_NUMBER}{_TAIL}"
    ),
    re.compile(
        rf"(?:максимальн|предельн)\w*\s+(?:количество|число|кол-во)\s+{_WHO}"
        rf"\s*(?:[:—–-]|\()?\s*{_NUMBER}{_TAIL}"
    ),
    re.compile(
        rf"ограниченн\w*\s+(?:количество|число|кол-во)\s+мест\w*\s*(?:[:—–-]|\()\s*{_NUMBER}{_TAIL}"
    ),
    re.compile(rf"лимит(?:\s+{_WHO})?\s*[:—–-]\s*{_NUMBER}{_TAIL}"),
)
_LIMITED = re.compile("ограничен|максимальн|предельн|лимит")
for _stated in _STATED:
    anchor(_stated, _LIMITED, 30, 60)


def extract_stated_capacity(sc: Scanner) -> int | None:
    """Find and take a stated limit («количество мест ограничено — 25 человек», «Максимум 30
    участников», «Группа до 25 человек», see the module's docstring); None when there is
    none. Run before a post's head-counts are taken (post_ages.take_headcounts would take «25
    человек» first): a number after до / не более / максимум is a limit, never a head-count."""
    return _first_limit(sc, (*_STATED, _LIMITS[3]))


def extract_capacity(sc: Scanner) -> int | None:
    """Find and take a limit on places; None when the message sets none."""
    return _first_limit(sc, (*_STATED, *_LIMITS))


def _first_limit(sc: Scanner, patterns: tuple[re.Pattern[str], ...]) -> int | None:
    """The first match of the first of `patterns` that matches with a number in 1–5000,
    taken from the scanner."""
    for pattern in patterns:
        for m in sc.find(pattern):
            value = int(m.group(1))
            if 0 < value <= MAX_CAPACITY:
                sc.take_match(m)
                return value
    return None


# a reply that only gives the number of seats: «места: 3», «мест: 5», «мест 30», «количество
# мест 20», «кол-во мест — 12», «мест теперь 30», «3 места», «будет 25 мест» (attack x,
# 2026-12-03, #2: «места: 3» was taken as the place «3»)
_SEATS_REPLY = re.compile(
    r"^(?:(?:а|и|теперь|пусть|будет|сделай(?:те)?|поставь(?:те)?)\s+)*"
    r"(?:(?:(?:количество|число|кол-во)\s+)?мест[а]?(?:\s+теперь)?\s*(?:[:—–-]|\s(?:будет|на|до))?"
    r"\s*(?P<first>\d{1,4})|(?P<second>\d{1,4})\s+мест(?:а|о)?)"
    r"(?:\s+(?:теперь|будет))?[\s.!]*$",
    re.IGNORECASE,
)


def seats_reply(text: str) -> int | None:
    """The number of seats a short reply sets («места: 3», «мест 30», «количество мест 20»,
    «3 места»), in 1–MAX_CAPACITY; None for anything else — «место: 204» (singular: a room)
    and «места: ауд. 5» stay a place."""
    found = _SEATS_REPLY.match(" ".join(text.split()))
    if found is None:
        return None
    value = int(found.group("first") or found.group("second"))
    return value if 0 < value <= MAX_CAPACITY else None


# «без ограничения мест», «без ограничений по местам», «мест без ограничений», «места: не
# ограничены», «количество мест не ограничено»: a saved event's seats limit removed
# (leftconv20, item 1)
_NO_SEATS_LIMIT = re.compile(
    r"^(?:(?:а|и|теперь|пусть|будет|сделай(?:те)?)\s+)*(?:"
    r"без\s+ограничени[яй]\s+(?:по\s+)?(?:(?:числа|количества|кол-ва)\s+)?мест\w*"
    r"|(?:(?:количество|число|кол-во)\s+)?мест\w*\s*(?:[:—–-]\s*)?"
    r"(?:без\s+ограничени[йя]|не\s*ограничен[оы]?|неограниченно|сколько\s+угодно)"
    r")[\s.!]*$",
    re.IGNORECASE,
)


def no_seats_limit(text: str) -> bool:
    """Whether a short reply removes the limit on seats («без ограничения мест», «мест без
    ограничений», «количество мест не ограничено»)."""
    return _NO_SEATS_LIMIT.match(" ".join(text.split())) is not None


# «места: 0», «места: -3», «места: 10000», «места: 2,5», «места: много», «места: два», «0 мест»:
# a reply about the seats whose number cannot be taken. Each was read as the place («📍 -3»,
# «📍 много») of a draft or a saved event, and a saved one told its students of the new
# place (attack z, 2026-12-03, #1).
_SEATS_LABELLED = re.compile(
    r"^(?:(?:а|и|теперь|пусть|будет|сделай(?:те)?|поставь(?:те)?)\s+)*"
    r"(?:(?:количество|число|кол-во)\s+)?мест[а]?(?:\s+теперь)?"
    r"(?:\s*[:—–]\s*|\s+(?:будет\s+|на\s+|до\s+)?)(?P<value>.+?)[\s.!]*$"
    r"|^(?P<count>[-−–+]?\s*\d[\d\s.,]*?)\s+мест(?:а|о)?[\s.!]*$",
    re.IGNORECASE,
)
_NUMBER_LIKE = re.compile(r"(?i)[-−–+]?\s*(?:минус\s*)?\d[\d\s.,\-−–—]*")
# a quantity in words: the bot asks for digits instead of guessing
_QUANTITY_LISTED = """
    много мало немного несколько куча уйма полно масса море ноль нуль ни одного одного один
    одно одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
    тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать
    двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести
    триста четыреста пятьсот тысяча тысячи полсотни сотня сотни десяток десятка
"""
_QUANTITY_WORDS = frozenset(_QUANTITY_LISTED.split())


def seats_unreadable(text: str) -> str | None:
    """The value of a reply that sets the seats with no number seats_reply takes: zero, a
    negative or fractional number, one over MAX_CAPACITY, or a quantity in words («места:
    много», «места: два»); None for anything else — a number it takes, «без ограничения
    мест», «места: актовый зал» (a place), «место: 204» (singular: a room)."""
    joined = " ".join(text.split())
    if seats_reply(joined) is not None or no_seats_limit(joined):
        return None
    found = _SEATS_LABELLED.match(joined)
    if found is None:
        return None
    value = (found.group("value") or found.group("count")).strip()
    if _NUMBER_LIKE.fullmatch(value):
        return value
    words = re.findall(r"[а-яё]+", value.lower())
    rest = re.sub(r"[а-яё\s,]+", "", value.lower())
    if words and not rest and len(words) <= 3 and all(w in _QUANTITY_WORDS for w in words):
        return value
    return None
