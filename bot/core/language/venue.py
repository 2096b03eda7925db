"""Where an event takes place: "ауд. 204", "каб. 312", "кабинет 27", "Место: …", named halls."""

from __future__ import annotations

import re

from bot.core.language.links import one_more_way
from bot.core.language.morphology import is_person_noun, parses, to_nominative
from bot.core.language.numbered_parts import take_numbered_part
from bot.core.language.online import PLATFORMS
from bot.core.language.place_checks import PLACEHOLDER
from bot.core.language.place_parts import parts_before
from bot.core.language.place_words import street_after
from bot.core.language.sentences import ABBREVIATIONS
from bot.core.language.tokens import Scanner, gate
from bot.core.language.venue_more import DEDICATION, room_building
from bot.core.language.venue_trailing import trailing_place

_PREFIX = r"(?:(в|во|на)\s+)?"
# (the blanks between the room word, «:», «№» and the number possessive — none of those is
# a blank: three `\s*` in a row split a long run every way, over a minute for «в кабинете» +
# 2,000 spaces in parse_message; review 2026-12-02, H4; the same matches)
_ROOM = re.compile(
    r"\b(?:(?:в|во|на)\s+)?(ауд(?:итори[яиюей]|\.|\b)|каб(?:инет[еау]?|\.|\b)|к\.)"
    r"\s*+[:№.]?\s*+№?\s*+"
    r"(\d{1,4}(?:\.\d{1,3})?(?:-?[а-я](?![а-я]))?)(?![\d:.]\d)"
)
_ROOM_KIND = {"ауд": "ауд.", "каб": "каб.", "к.": "каб."}

# Named places of a school, each with the form the bot shows and compares.
_NAMED: tuple[tuple[str, str], ...] = (
    (r"актов\w*\s+зал\w*|акт\.?\s*зал(?:е|а|у|ом)?", "актовый зал"),  # "акт.зал", "акт. зале"
    (r"актовом(?!\s*зал)", "актовый зал"),  # "в актовом": the hall's noun left out
    (r"спортивн\w*\s+зал\w*|спортзал\w*|физкультурн\w*\s+зал\w*", "спортзал"),
    (r"читальн\w*\s+зал\w*", "читальный зал"),
    (r"конференц-?\s?зал\w*", "конференц-зал"),
    (r"хореографическ\w*\s+зал\w*", "хореографический зал"),
    (r"малом?\w*\s+зал\w*", "малый зал"),
    (r"большом?\w*\s+зал\w*", "большой зал"),
    (r"библиотек\w*", "библиотека"),
    (r"медиатек\w*", "медиатека"),
    (r"столов(?:ая|ой|ую)", "столовая"),
    (r"школьн\w*\s+музе\w*|музе\w*\s+школы", "школьный музей"),
    (r"стадион\w*", "стадион"),
    (r"бассейн\w*", "бассейн"),
    (
        r"школьн\w*\s+двор\w*|пришкольн\w*\s+(?:участ\w*|территори\w*)"
        r"|территори\w*\s+школы(?!\s*№)",  # the school's grounds
        "школьный двор",
    ),
    (r"(?:хим)?лаборатори\w*(?:\s+(?:химии|физики|биологии))?", "лаборатория"),
    (
        r"кабинет\w*\s+(?:информатики|физики|химии|биологии|истории|музыки|технологии|"
        r"географии|математики|литературы|иностранного\s+языка|изо)",
        "",
    ),
    # a room named by its use: «учебный класс музея», «в компьютерном классе» (an adjective
    # of a room's use first: never a grade; newcomer77's leftover)
    (
        r"(?:учебн|компьютерн|мультимедийн)(?:ый|ом)\s+класс[е]?"
        r"(?:\s+(?:музея|школы|библиотеки|центра|колледжа|университета|парка))?",
        "",
    ),
    (r"(?:холл\w*|рекреаци\w*|фойе)(?:\s+\d\s*(?:-?го)?\s*этаж\w*)?", ""),
    (
        r"онлайн|дистанционно|в\s+zoom|в\s+зуме|в\s+сферуме|в\s+телемосте|по\s+видеосвязи"
        rf"|в\s+формате\s+(?:вебинара|видеоконференции)|(?:в|во|через)\s+(?:{PLATFORMS})",
        "онлайн",
    ),
)
_NAMED_RE = tuple(
    # not "Янтарь-холл", nor the first half of a noun of two ("в библиотеке-филиале № 2");
    # «онлайн» is a prefix, not a noun: «онлайн-вебинар» is held online
    (
        re.compile(
            rf"\b(?<!-){_PREFIX}({pattern})(?![а-я]{'' if canonical == 'онлайн' else '|-[а-я]'})"
        ),
        canonical,
    )
    for pattern, canonical in _NAMED
)
for (_pattern, _), (_stem, _) in zip(_NAMED_RE, _NAMED, strict=True):
    gate(_pattern, re.compile(_stem))
gate(_ROOM, re.compile(r"ауд|каб|к\."))
# After "в"/"на" a place is where the event happens only in the locative case ("в библиотеке");
# "экскурсия в библиотеку" names a destination and stays in the title.
_LOCATIVE_ENDINGS = ("е", "и", "ом", "ем", "ой", "ей", "ах", "ях")
# a video-call service standing alone as an item of the message's list ("…, 10А, Zoom")
_PLATFORM_ITEM = re.compile(rf"(?:^|(?<=[,;(\n]))\s*(?:{PLATFORMS})\s*(?=$|[,;.)!\n])")
gate(
    _PLATFORM_ITEM,
    re.compile(r"zoom|зум|teams|тимс|jitsi|джитси|телемост|сферум|скайп|skype|meet|звон|call"),
)
# a labelled place («Место: школа», «Адрес: ул. Ленина»), its value to the line's, the
# comma's or the sentence's end («Место: школа. Лекция о космосе»: «школа»; the dot of an
# abbreviation, sentences.ABBREVIATIONS, or one before a non-blank ends none); the mark
# before the label is never taken (extract_venue): «Время: 14:00\nАдрес: …» keeps the clock's
# newline (the mark stays in the match: past_start's twin scans for it alone, not lookbehind)
_ABBREVIATED = "|".join(map(re.escape, sorted(ABBREVIATIONS, key=lambda a: (-len(a), a))))
_LABEL = re.compile(
    r"(?:^|\n|[.;,]\s*)\s*(?:место(?:\s+проведения)?|адрес|площадка)\s*:\s*"
    rf"((?:(?<![а-яё])(?:{_ABBREVIATED})\.|\.(?=\S)|[^\n,;.])+)"
)


_QUALIFIED = re.compile(
    r"(?:^|\s)(?:в|во|на)\s+[А-ЯЁ][а-яё-]+(?:ой|ом|ей|ем|их|ых)\s+(?:[а-яё-]+(?:ой|ом|ей|ем|их|ых)\s+)?$"
)
# a place noun right before a named room word in the genitive ("в зале библиотеки")
_OF_A_PLACE = re.compile(r"(?:зал|холл|фойе|корпус|здани|помещени|кабинет|отдел)[а-яё]*\s+$")
# "(3 этаж)", ", 2 этаж", "(2-й этаж)" after a room
_FLOOR_AFTER = re.compile(r"\s*[(,]\s*(\d{1,2})(?:-?й)?\s+этаж[а-яё]*\)?")
_QUOTE_AFTER = re.compile(r"\s+([«\"][^»\"\n]{2,40}[»\"])")
_NUMBER_AFTER = re.compile(r"\s*№\s*(\d{1,3})(?!\d)")


def extract_venue(sc: Scanner) -> str | None:
    """Find and take the venue; returns its display form or None."""
    if (closing := trailing_place(sc)) is not None:
        return closing  # "…, Музей янтаря": a named place closing a one-line message
    for m in sc.find(_ROOM):
        kind = m.group(1)
        prefix = "к." if kind == "к." else kind[:3]
        sc.take_match(m)
        number = re.sub(r"[\s-]", "", m.group(2)).upper()
        room = f"{_ROOM_KIND[prefix]} {number}"
        if (bracketed := _bracketed_room(sc, m, room)) is not None:
            return bracketed  # "(ауд.213, главный корпус)": the whole bracket is the place
        begin = parts_before(sc, m.start())  # "главный корпус КГТУ, Советский пр., 1, ауд. 5"
        if begin < m.start():
            return f"{_tidy(sc.original[begin : m.start()])}, {room}"
        building = room_building(sc)  # "ауд. 101, ул. Невского 14": which building's room
        return f"{room}, {building}" if building else room
    if (building := take_numbered_part(sc)) is not None:
        return building  # "во 2 корпусе гимназии": "корпус № 2 гимназии"
    for m in sc.find(_PLATFORM_ITEM):  # "…, 10А, Zoom": the service is where it happens
        sc.take_match(m)
        return "онлайн"
    for pattern, canonical in _NAMED_RE:
        for m in sc.find(pattern):
            if m.group(1) and canonical != "онлайн" and not _is_locative(m.group(2)):
                continue
            if canonical != "онлайн" and any(map(is_person_noun, m.group(2).split())):
                continue  # "Библиотекарь провела занятие": a person, not the library
            if canonical == "онлайн" and one_more_way(sc.original, m.start()):
                continue  # "в школе № 5, а также онлайн": online beside the place
            before = sc.original[max(0, m.start() - 40) : m.start()]
            if not m.group(1) and _QUALIFIED.search(before):
                continue  # "в Центральной детской библиотеке": a named place, not the school's
            if not m.group(1) and _OF_A_PLACE.search(before):
                continue  # "в выставочном зале библиотеки им. …": whose hall, read as a place
            qualified = _qualifier(before) if not m.group(1) and canonical != "онлайн" else None
            if qualified is not None:  # "в школьной библиотеке": the adjective is the place's
                sc.take(m.start() - len(qualified), m.start())
            sc.take_match(m)
            floor = _FLOOR_AFTER.match(sc.original, m.end())
            if canonical and floor:  # "в актовом зале (3 этаж)": the floor is the venue's
                sc.take(floor.start(), floor.end())
                return f"{canonical}, {floor.group(1)} этаж"
            numbered = _NUMBER_AFTER.match(sc.text, m.end())
            if canonical and numbered:  # "спортзал №2"
                sc.take(numbered.start(), numbered.end())
                return f"{canonical} №{numbered.group(1)}"
            dedicated = DEDICATION.match(sc.original, m.end())  # "в библиотеке им. Гоголя"
            if canonical and canonical != "онлайн" and dedicated:  # a named place, not the
                sc.take(dedicated.start(), dedicated.end())  # school's room
                return f"{canonical} {' '.join(dedicated.group(0).split())}"
            named = _QUOTE_AFTER.match(sc.original, m.end())
            if canonical and canonical != "онлайн" and named:  # "на стадионе «Балтика»"
                sc.take(named.start(), named.end())
                return _with_street(sc, named.end(), f"{canonical} {named.group(1)}")
            if canonical == "онлайн":
                return canonical
            shown = canonical or _as_named(_tidy(sc.original[m.start(2) : m.end(2)]), m.group(1))
            return _with_street(sc, m.end(), shown)
    for m in sc.find(_LABEL):
        value = _tidy(sc.original[m.start(1) : m.end(1)])
        line_end = sc.original.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(sc.original)
        if PLACEHOLDER.search(sc.original, m.start(1), line_end):
            continue  # "Место: уточняется", "Адрес (см. в описании)": no place named
        if value:
            mark = m.group(0)[:1] in "\n.;,"  # the mark before the label: the text before's
            sc.take(m.start() + mark, m.end())
            return value
    return None


def _with_street(sc: Scanner, end: int, shown: str) -> str:
    """`shown` and the street the place stands on when one is said right after it at
    sc.original[end] («в библиотеке по проспекту Мира»: "библиотека, проспект Мира"), the
    street taken from the title; `shown` alone otherwise."""
    street = street_after(sc.original, end)
    if street is None or not sc.is_free(end, street[0]):
        return shown
    sc.take(end, street[0])
    return f"{shown}, {street[1]}"


def _is_locative(phrase: str) -> bool:
    words = phrase.replace(".", ". ").split()
    word = words[-1] if words[0] == "акт." or words[0] == "акт" else words[0]  # "в акт. зале"
    return word.endswith(_LOCATIVE_ENDINGS)


# lower-case adjectives (locative) between "в"/"на" and a school's named place: "в школьной
# библиотеке", "в городской библиотеке", "на школьном стадионе" (a capitalised one names
# another place: _QUALIFIED)
_LOWER_QUALIFIED = re.compile(r"(?:^|\s)(?:в|во|на)\s+((?:[а-яё-]+(?:ой|ом|ей|ем)\s+){1,2})$")


def _qualifier(before: str) -> str | None:
    """The lower-case adjectives closing `before` (the text up to a school's named place)
    after "в"/"на" ("школьной " of "в школьной "), to be taken with the place so no adjective
    is left dangling in the title ("Школьной урок мужества"); None when there are none."""
    found = _LOWER_QUALIFIED.search(before)
    if found is None:
        return None
    words = found.group(1).split()
    if not all(_adjective_reading(word) for word in words):
        return None  # "в пятницу в 12:00 во вторник …": no adjectives
    return found.group(1)


def _adjective_reading(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a full adjective or a participle."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word)[:3])


def _as_named(room: str, preposition: str | None) -> str:
    """ "кабинете физики" after "в" -> "кабинет физики": the room's noun (and an adjective
    before it: "учебном классе музея" -> "учебный класс музея") in the nominative
    (pymorphy3), what names it as written; as written without a preposition."""
    if not preposition:
        return room
    words = room.split(" ")
    # «учебном классе музея»: an adjective first goes into the nominative with its noun
    size = 2 if len(words) > 1 and _adjective_first(words[0]) else 1
    head = " ".join(to_nominative(words[:size], case="loct"))
    rest = " ".join(words[size:])
    return f"{head} {rest}" if rest else head


def _adjective_first(word: str) -> bool:
    """Whether `word` (a room's first word, lower case) reads first as a full adjective
    (pymorphy3): «учебном» of «учебном классе»."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "ADJF"


# a part of a room's bracket that says where the room is: its building, floor, wing, entrance
_ROOM_PART = re.compile(
    r"^(?:[а-яё-]+\s+){0,2}(?:корпус|этаж|здани|крыл|вход|подъезд|строени|холл|фойе|блок"
    r"|павильон|пристройк)[а-яё]*(?:\s+(?:№\s*)?\d{1,2}[а-яё]?)?$"
    r"|^\d{1,2}(?:-?[а-яё]{1,2})?\s+(?:корпус|этаж|блок|подъезд|строени)[а-яё]*$",
    re.IGNORECASE,
)


def _bracketed_room(sc: Scanner, m: re.Match[str], room: str) -> str | None:
    """The place of a room written in brackets with where the room is («(ауд.213, главный
    корпус)», «(каб. 5, 2 этаж)», «(ауд. 213, главный корпус, Советский пр-т 1)»): the room,
    those parts and the building's address, the whole bracket taken — before, the parts were
    left in the title as «(, главный корпус)» (newcomer walk 2026-12-04ag, AG4); a building
    said with «в» right before the bracket is one of those parts («в главном корпусе КГТУ (ауд.
    255)»: «ауд. 255, главный корпус КГТУ», newcomer74). None when the room is not in brackets
    or a part of the bracket is something else (classes, a time)."""
    text = sc.original
    opening = text.rfind("(", 0, m.start())
    closing = text.find(")", m.end())
    if (
        opening < 0
        or closing < 0
        or ")" in text[opening : m.start()]
        or "(" in text[m.end() : closing]
    ):
        return None
    inner_start = opening + 1
    saved = bytes(sc.taken)
    building = room_building(sc)  # «…, Советский пр-т 1)»: the address, taken first
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    for piece in re.finditer(r"[^,;]+", text[inner_start:closing]):
        start, end = inner_start + piece.start(), inner_start + piece.end()
        if start <= m.start() < end:
            continue  # the room's own piece
        value = _tidy(piece.group(0))
        if not value or not sc.is_free(start, end):
            continue  # taken before (an address read as a place): room_building names it
        if not _ROOM_PART.match(value):
            parts = []
            break
        parts.append(value)
        spans.append((start, end))
    if (housing := _building_before(sc, opening)) is not None:
        spans.append(housing[0])  # «в главном корпусе КГТУ (ауд. 255)»: the room's building
        parts.append(housing[1])
    if not parts:
        sc.taken[:] = saved  # as it was: the room is read as before
        return None
    for start, end in spans:
        sc.take(start, end)
    sc.take(opening, closing + 1)
    return ", ".join([room, *parts, *([building] if building else [])])


# a building said with «в» right before a bracket: «в главном корпусе КГТУ (ауд. 255)», «во
# втором корпусе (каб. 12)», «в здании колледжа (ауд. 5)» — its adjectives, its noun and a
# name after it (an abbreviation or a genitive word)
_BUILDING_BEFORE = re.compile(
    r"(?<![а-яё])(?:в|во)\s+((?:[а-яё]+(?:ом|ем)\s+){0,2}(?:корпус|здани|строени|павильон)[а-яё]*"
    r"(?:\s+(?:№\s*)?\d{1,2}[а-яё]?|\s+(?:[А-ЯЁ]{2,6}|[а-яё]+(?:а|я|и|ы|ого|ей))(?![а-яё]))?)\s*$",
    re.IGNORECASE,
)
_BUILDING_NOUN = re.compile(r"корпус|здани|строени|павильон")


def _building_before(sc: Scanner, opening: int) -> tuple[tuple[int, int], str] | None:
    """The building said with «в» right before the bracket at `opening` («в главном корпусе
    КГТУ (ауд. 255)», newcomer74: the place was «ауд. 255» and the title «Главный корпус КГТУ
    День открытых дверей»): its span with the preposition, free in `sc`, and its name in the
    nominative («главный корпус КГТУ»); None when no such building stands there."""
    found = _BUILDING_BEFORE.search(sc.original, max(0, opening - 80), opening)
    if found is None or not sc.is_free(found.start(), found.end()):
        return None
    words = found.group(1).split()
    noun = next(i for i, w in enumerate(words) if _BUILDING_NOUN.match(w.lower()))
    named = [*to_nominative(words[: noun + 1], case="loct"), *words[noun + 1 :]]
    return (found.start(), found.end()), " ".join(named)


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" .,:;-")
