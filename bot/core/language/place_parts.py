"""A place written as comma-separated parts in a chat line: building, street, house, room
(«главный корпус КГТУ, Советский пр., 1, ауд. 255», «Институт агроинженерии, ул. Профессора
Баранова, 5», «Место: КГТУ, ауд. 255»).

Russian writes an address from the larger part to the smaller one, each part after a comma;
so once a room or a street address is read, the parts right before it that name a building
(a place noun, an organisation's capitals) or continue the address (a street with its
abbreviation, a house number) belong to the same venue, not to the title — and a «Место:»
label before them is taken with them.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import Scanner

# what ends a part on its left: another comma, a label's colon, a dash, a bracket or quote
_BOUNDARY = re.compile(r"[,;—–\n()«»\"]|:(?!\d)|\s-\s")
_NUMBER = re.compile(r"\d{1,4}[а-я]?")
# a part continuing an address: a house number, or a street written with its abbreviation
_ADDRESS_PART = re.compile(
    r"(?i)\d{1,4}[а-я]?|(?:д|дом|корп|корпус|стр|строение)\.?\s*\d{1,4}[а-я]?"
    r"|(?:[а-яё.-]+\s+){0,3}(?:ул|пр|пер|наб|пл|просп|пр-т|ш)\.(?:\s+[а-яё.-]+){0,3}"
    r"|(?:ул|пр|пер|наб|пл|просп)\.\s*[а-яё].{0,40}"
)
# a part naming a building: a place noun as its first or second word ("главный корпус
# КГТУ", "Институт агроинженерии"), or an organisation's capitals alone ("КГТУ")
_BUILDING = re.compile(
    r"(?i)(?:[а-яё-]+\s+)?(?:корпус|здани|институт|университет|академи|колледж|техникум|школ"
    r"|гимнази|лице[йя]|музе|библиотек|центр|дворец|дом\b|театр|технопарк|кванториум|стадион"
    r"|факультет|филиал|павильон)[а-яё]*(?:\s+\S+){0,4}"
)
_CAPITALS = re.compile(r"[А-ЯЁ]{2,8}(?:\s*№\s*\d{1,4})?")
# prepositions and conjunctions: a part with one is a phrase of the title ("лекция в КГТУ")
_FUNCTION_WORDS = frozenset(
    {"в", "во", "на", "по", "для", "с", "со", "о", "об", "к", "у", "из", "и"}
)
_LABEL = re.compile(r"(?i)(?:место(?:\s+(?:проведения|встречи|сбора))?|адрес|площадка)\s*:\s*$")


def parts_before(sc: Scanner, start: int) -> int:
    """Where a venue found at `start` (a room, a street address) begins once the building
    and address parts written before it are added; `start` when there are none, or when
    they are an address alone with no «Место:» label (room_building reads that one). The
    parts (and a label right before them) are taken from the scanner."""
    text = sc.original
    begin = start
    starts: list[tuple[int, str]] = []  # the parts read, right to left
    while True:
        head = text[:begin].rstrip()
        if not head.endswith(","):
            break
        comma = len(head) - 1
        edge = max((m.end() for m in _BOUNDARY.finditer(text, 0, comma)), default=0)
        piece = text[edge:comma].strip()
        at = text.index(piece, edge) if piece else comma
        if not piece or not sc.is_free(at, comma) or not _is_place_part(piece):
            break
        begin = at
        starts.append((at, piece))
    while starts and _NUMBER.fullmatch(starts[-1][1]):
        starts.pop()  # a number opening the parts is no house number ("9:00-12, ауд. 5")
    begin = starts[-1][0] if starts else start
    label = _LABEL.search(text, max(0, begin - 30), begin)
    if begin == start or (label is None and all(_ADDRESS_PART.fullmatch(p) for _, p in starts)):
        return start  # an address alone before a room is read as the room's building
    sc.take(label.start() if label and sc.is_free(label.start(), begin) else begin, start)
    return begin


def _is_place_part(piece: str) -> bool:
    """Whether a comma-separated part continues a place: an address part, or a building
    named without a preposition."""
    if _ADDRESS_PART.fullmatch(piece):
        return True
    if any(word.lower() in _FUNCTION_WORDS for word in piece.split()):
        return False
    return bool(_BUILDING.fullmatch(piece) or _CAPITALS.fullmatch(piece))
