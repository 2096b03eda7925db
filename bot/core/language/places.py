"""Where a long post's event takes place: named places, addresses, rooms, a city at worst.

"в актовом зале школы", "в Центральном парке культуры и отдыха", "у Главного корпуса ММО",
"в школе №86 (ул. Карбышева, 38)", "по адресу улица Советская, 64А", "Место проведения — …".
A place phrase is a preposition, agreeing adjectives, a place noun and what names it (a
genitive chain, "№ N", a quoted name, an address); the head is put in the nominative with
pymorphy3. A room-level place ("актовый зал") is joined with the building the post names.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.morphology import to_nominative
from bot.core.language.prefilter import grouped
from bot.core.language.sentences import sentences
from bot.core.language.title_words import has_noun_reading
from bot.core.language.title_words import inside_quotes as _inside_quotes
from bot.core.language.title_words import word_parses as _parses
from bot.core.language.tokens import initials

MAX_VENUE = 120

_PLACE_STEMS = (
    r"парк|музе|библиотек|театр|планетари|школ|гимнази|лице[йяеюи]|колледж|университет|конференц-зал"
    r"|институт|академи|зал|собор|храм|корпус|клуб|центр|дворц|дворец|стадион|зоопарк|причал"
    r"|сквер|площад|кинотеатр|филармони|галере|отдел|кафедр|аудитори|кабинет|фойе|технопарк"
    r"|кванториум|манеж|арен|бассейн|набережн|сцен|лагер|баз[еаы]|дом\w*\s+культуры|ДК"
    r"|спортзал|спорткомплекс|усадьб|кремл|выставочн\w+\s+зал|экспоцентр|дом\w*\s+творчества"
    r"|дом\w*\s+молод[её]жи|дом\w*\s+учител\w*|дом\w*\s+офицеров|дом\w*\s+музыки|дом\w*\s+науки"
)
_ROOM_LEVEL = re.compile(r"(?i)^(?:\w+\s+)?(?:зал|фойе|кабинет|аудитори|сцен|отдел|корпус)")
_PLACE = re.compile(
    rf"{initials(_PLACE_STEMS)}(?<![а-яёА-ЯЁ-])(?:{grouped(_PLACE_STEMS)})[а-яё]*", re.I
)
_PREP = re.compile(
    r"(?i)(?:^|[\s(,;])(в|во|на|у|возле|около|при|рядом\s+с|на\s+территории|в\s+здании"
    r"|в\s+помещении|справа\s+от|слева\s+от|напротив|недалеко\s+от|вблизи)\s+$"
)
# a place beside another ("у главного корпуса", "справа от …"): shown as written
_BESIDE = re.compile(
    r"(?i)^(?:у|возле|около|рядом\s+с|справа\s+от|слева\s+от|напротив"
    r"|недалеко\s+от|вблизи)$"
)
# "у входа в парк …": the entrance of a place, shown as written from the preposition on
_ENTRANCE = re.compile(
    r"(?i)(?:^|[\s(,;])((?:у|возле|около)\s+(?:[а-яё]+\s+)?(?:вход|ворот|въезд)[а-яё]*\s+(?:в|во|на))"
    r"\s+$"
)
# the organisation that invites to its own premises ("Музей … приглашает школьников")
_HOST = re.compile(
    r"[^.!?\n]{0,70}?\s(?:приглаша|проводит|провед[её]т|организует|ждёт|ждет|покаж|представ)"
)
# an organisation by its abbreviation inviting to its own premises ("КГТУ приглашает")
_HOST_ABBREVIATION = re.compile(
    r"(?<![\w-])([А-ЯЁ]{2,6})(?=\s+(?:приглаша|проводит|провед[её]т|организует|ждёт|ждет))"
)
# a place noun opening a clause ("Музей … приглашает"): what precedes it
_CLAUSE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
_TIME_OR_ADDRESS = re.compile(r"\d[:.]\d\d|адрес")
_SCHOOL = re.compile(r"(?i)школ\w*$")
_NUMBER_SIGN = re.compile(r"\s*№")
# a word for any site, never a venue by itself ("на площадках колледжей")
_GENERIC = re.compile(r"(?i)^площадк")
# "в актовом": the assembly hall, its noun left out
_ELIDED_HALL = re.compile(r"(?i)(?<![а-яё])в\s+актовом(?!\s*зал)(?![а-яё])")
_INITIAL = re.compile(r"[А-ЯЁ]\.")
# "ауд. 301", "каб. 12": a room written short
_ROOM_SHORT = re.compile(r"(?i)(?<![а-яё])(ауд|каб)\.\s*№?\s*(\d{1,4}(?:\.\d{1,3})?[а-я]?)(?![\d])")
# "в МАОУ СОШ № 5", "в МАУДО ЦДО «Информационные технологии»": an organisation by its
# abbreviations, with a number or a quoted name
_ORG_PLACE = re.compile(
    r"(?=в)(?<![\w-])во?\s+((?:[А-ЯЁ]{2,8}\s+){0,3}[А-ЯЁ]{2,8}(?![А-ЯЁа-яё])"
    r"(?:\s*№\s*\d{1,4}|\s+«[^«»\n]{2,60}»)?)"
)
# the event's own sentence says it is held online
_ONLINE_HERE = re.compile(r"(?i)онлайн|он-лайн|дистанционн|по\s+ссылке|в\s+zoom|трансляци")
_NUMBERED = re.compile(r"(?i)кабинет|аудитори|корпус|зал|павильон")
_ROOM_NUMBER = re.compile(r"\s*№?\s*(\d{1,4}[а-яА-Я]?)(?![\d:.,]\d)(?!\s*(?:человек|мест|чел))")
# a labelled place runs to the sentence's end; the dots of address abbreviations do not end it
_LABEL = re.compile(
    r"(?i)(?=[мапг])(?:место\s+проведения|адрес|площадка|где)\s*[:—–-]\s*"
    r"((?:(?<![а-яё])(?:ул|д|пр|пер|наб|пл|корп|стр|г|им|просп)\.|[^\n.;()]){3,100})"
)
_ADDRESS = re.compile(
    r"(?i)(?:по\s+адресу\s*:?\s*)?"
    r"(?:(?:ул\.|улица|пр-т|проспект|пр\.|пер\.|переулок|бульвар|б-р|наб\.|набережная|пл\."
    r"|площадь|шоссе)\s*[А-ЯЁ0-9][\w .-]{1,30}?"
    r"|[А-ЯЁ][а-яё]+(?:ой|ая|ий|ый)\s+(?:ул\.|пр-т|проспект|бульвар|пер\.|переулок))"
    r",?\s*(?:д\.\s*|дом\s+)?\d{1,4}[а-яА-Я]?(?:\s*[,;]\s*(?:корпус|корп\.|к\.)\s*\d+)?"
    r"(?:\s*[,;]\s*(?:этаж|\d\s*этаж)\s*\d*)?"
)
# one of these (in lower case) is in every text _ADDRESS matches: a cheap gate before it
_ADDRESS_KEYS = (
    "ул.",
    "улиц",
    "пр-т",
    "проспект",
    "пр.",
    "пер.",
    "переул",
    "бульвар",
    "б-р",
    "наб.",
    "набережн",
    "пл.",
    "площад",
    "шоссе",
)
_ABBREVIATION = re.compile(r"(?:^|[\s(,;])[Вв]о?\s+([А-ЯЁ]{2,6})(?![А-ЯЁа-яё\w-])")
_CITY = re.compile(r"(?:^|\s)(?:в|во)\s+([А-ЯЁ][а-яё-]{2,})")
_TOKEN = re.compile(r"№\s*\d+[а-я]?|№№[\d ,и]+|«[^«»]*»|\"[^\"\n]*\"|[\w.-]+|\S")
_STOP = frozenset(
    [
        "и",
        "а",
        "с",
        "со",
        "для",
        "по",
        "к",
        "ко",
        "от",
        "до",
        "из",
        "где",
        "который",
        "в",
        "во",
        "на",
        "у",
        "о",
        "об",
        "за",
        "под",
        "над",
        "при",
        "через",
    ]
)


def find_venue(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The venue of a long post in display form, or None when the post names none."""
    label = _LABEL.search(text)
    if label:
        return _fit(label.group(1).strip(" ,—–-"))
    places = _places(text, event_sentence)
    address = _address(text)
    if not places:
        if address:
            return _fit(address.group(0))
        named = _ABBREVIATION.search(text)  # "Этап пройдёт в КГТУ"
        return named.group(1) if named else _city(text)
    places.sort(key=lambda p: (-p[0], p[1]))
    if event_sentence and places[0][0] < 4:
        here = text[event_sentence[0] : event_sentence[1]]
        if _ONLINE_HERE.search(here):
            return "онлайн"  # "Встреча пройдёт онлайн": the places named are not where it is
    _, best_at, best = _named_mention(places)
    rooms = [p for _, _, p in places if _ROOM_LEVEL.match(p)]
    buildings = [(at, p) for _, at, p in places if not _ROOM_LEVEL.match(p)]
    if _ROOM_LEVEL.match(best):
        parts = [best]
        if buildings and not _overlaps(buildings[0][1], best):
            parts.append(buildings[0][1])  # "актовый зал школы, школа №1234"
    else:
        parts = [rooms[0], best] if rooms and not _overlaps(rooms[0], best) else [best]
        sentence = _sentence_of(best_at, text)
        for at, other in buildings:  # "в школе №86 (…) и в клубе «Дебют» (…)"
            if at != best_at and sentence[0] <= at < sentence[1] and not _overlaps(other, best):
                parts.append(other)
    if len(parts) == 1 and _ROOM_LEVEL.match(best) and (host := _HOST_ABBREVIATION.search(text)):
        parts.append(host.group(1))  # "КГТУ приглашает … в актовом зале": КГТУ's hall
    venue = ", ".join(parts[:3])
    if address and _tidy_address(address.group(0)) not in venue:
        venue = f"{venue}, {_tidy_address(address.group(0))}"
    return _fit(venue)


def _places(text: str, event_sentence: tuple[int, int] | None) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    inside = _inside_quotes(text)
    bonus = _in_event(event_sentence)
    low = text.lower()
    if "ауд." in low or "каб." in low:
        for m in _ROOM_SHORT.finditer(text):
            found.append((3 + bonus(m.start()), m.start(), f"{m.group(1).lower()}. {m.group(2)}"))
    for m in _ORG_PLACE.finditer(text):
        if _multi_or_named(m.group(1)):
            found.append((2 + bonus(m.start()), m.start(1), " ".join(m.group(1).split())))
    for m in _ELIDED_HALL.finditer(text) if "актовом" in low else ():
        inside_event = event_sentence and event_sentence[0] <= m.start() < event_sentence[1]
        found.append((4 if inside_event else 2, m.start(), "актовый зал"))
    for m in finditer_i(_PLACE, text):
        if not has_noun_reading(m.group(0)):
            continue  # "Центральном", "Бассейной": an adjective, not the place itself
        if inside(m.start()) or _GENERIC.match(m.group(0)):
            continue  # inside a quoted name; "площадки" names no place
        left = _left(text, m.start())
        first = text.rfind(left[0], 0, m.start()) if left else m.start()
        prep = _PREP.search(text[max(0, first - 30) : first])
        host = (
            prep is None
            and _CLAUSE_START.search(text[max(0, first - 3) : first]) is not None
            and _HOST.match(text, m.end(), m.end() + 100) is not None
        )
        if prep is None and not host and not (left and left[0][:1].isupper()):
            continue
        right = _right(text, m.end())
        if prep is not None and prep.group(1).lower() == "на" and m.group(0).lower() == "базе":
            if right:  # "на базе МАОУ СОШ № 5": the school it names
                found.append((4, m.start(), _nominative_words(right.split())))
            continue
        score = 2 if prep else 0
        if event_sentence and event_sentence[0] <= m.start() < event_sentence[1]:
            score += 2
        sentence = text[max(0, m.start() - 60) : m.end() + 60]
        if _TIME_OR_ADDRESS.search(sentence):
            score += 1  # "Начало концерта в 12:00 в большом зале … по адресу"
        if _SCHOOL.match(m.group(0)) and not _NUMBER_SIGN.match(text, m.end()):
            score -= 2  # "во всех школах": a generic mention
        entrance = _ENTRANCE.search(text[max(0, first - 40) : first])
        if entrance or (prep and _BESIDE.match(prep.group(1))):
            # "справа от главного корпуса ТПУ", "у входа в парк «Юность»": as written
            opening = entrance.group(1) if entrance else prep.group(1)  # type: ignore[union-attr]
            phrase = f"{opening} {text[first : m.end()]}{right}"
        else:
            case = "loct" if prep and prep.group(1).lower() in ("в", "во", "на") else None
            head = to_nominative([*left, m.group(0)], case=case)
            number = _ROOM_NUMBER.match(text, m.end()) if _NUMBERED.match(m.group(0)) else None
            if number:  # "в кабинете 105", "в аудитории 231 главного корпуса"
                right = f" {number.group(1)}{_right(text, number.end())}"
            phrase = " ".join(head) + right
        found.append((score, m.start(), " ".join(phrase.split())))
    return found


def _nominative_words(words: list[str]) -> str:
    """ "МАОУ гимназии № 40" -> "МАОУ гимназия № 40": the first lower-case noun and the
    adjectives before it put in the nominative (pymorphy3), the rest as written."""
    for i, word in enumerate(words):
        if word.islower() and word.isalpha() and has_noun_reading(word):
            start = i
            while start > 0 and words[start - 1].islower() and words[start - 1].isalpha():
                start -= 1
            head = to_nominative(words[start : i + 1], governed=True)
            return " ".join([*words[:start], *head, *words[i + 1 :]])
    return " ".join(words)


def _in_event(event_sentence: tuple[int, int] | None) -> Any:
    """2 for a position inside the event's sentence, else 0."""
    if event_sentence is None:
        return lambda pos: 0
    return lambda pos: 2 if event_sentence[0] <= pos < event_sentence[1] else 0


def _multi_or_named(org: str) -> bool:
    """ "МАОУ СОШ № 5", "ЦДО «…»": more than a lone abbreviation (a lone one is read last)."""
    return "№" in org or "«" in org or len(org.split()) >= 2


def _named_mention(places: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The best place; a bare noun ("в библиотеке на Лухмановской") gives way to a later
    mention of the same place that names it ("в библиотеке №101")."""
    best = places[0]
    if " " in best[2]:
        return best
    stem = best[2][:5].lower()
    named = [p for p in places[1:] if p[2][:5].lower() == stem and " " in p[2]]
    return named[0] if named else best


def _address(text: str) -> re.Match[str] | None:
    low = text.lower()
    if not any(key in low for key in _ADDRESS_KEYS):
        return None
    return search_i(_ADDRESS, text)


def _sentence_of(pos: int, text: str) -> tuple[int, int]:
    for start, end in sentences(text):
        if start <= pos < end:
            return start, end
    return 0, len(text)


def _overlaps(building: str, venue: str) -> bool:
    """ "Центральная детская библиотека №14" is already in "отдел … библиотеки №14"."""
    stems = [w[:5].lower() for w in building.split() if len(w) > 2]
    low = venue.lower()
    return bool(stems) and sum(s in low for s in stems) * 2 >= len(stems)


def _left(text: str, start: int) -> list[str]:
    words: list[str] = []
    for token in reversed(text[max(0, start - 60) : start].split()):
        clean = token.strip(",.;:!?()")
        if clean != token or not clean or len(words) >= 3:
            break
        if not any("ADJF" in p.tag or "PRTF" in p.tag for p in _parses(clean)[:2]):
            break
        words.insert(0, clean)
    return words


def _right(text: str, end: int) -> str:
    out: list[str] = []
    tail = text[end : end + 140]
    pos = 0
    for m in _TOKEN.finditer(tail):
        token = m.group(0)
        gap = tail[pos : m.start()]
        if "\n" in gap or len(out) >= 6 + sum(bool(_INITIAL.fullmatch(w)) for w in out):
            break
        if token.startswith(("№", "«", '"')):
            out.append(token)
        elif token == "(" and (addr := _ADDRESS.match(tail, m.end())):
            out.append(f"({_tidy_address(addr.group(0))})")
            break
        elif token.lower() in ("на", "по") and (addr := _ADDRESS.match(tail, m.end() + 1)):
            out.append(_tidy_address(addr.group(0)))
            break
        elif out and out[-1].lower() in ("имени", "им.") and _INITIAL.fullmatch(token):
            out.append(token)  # "им. Ю. А. Гагарина": the initials, then the name
            pos = m.end()
            continue
        elif (
            (out and _INITIAL.fullmatch(out[-1]) and token[:1].isupper())
            or token.lower() in ("имени", "им.")
            or (token.lower() == "и" and out and _is_gent(tail[m.end() :].split()[:1]))
            or (token[:1].isalpha() and token.lower() not in _STOP and _gent_or_name(token, out))
        ):
            out.append(token)
        else:
            break
        pos = m.end()
    return (" " + " ".join(out)) if out else ""


def _gent_or_name(token: str, out: list[str]) -> bool:
    if token.isupper() and len(token) >= 2:
        return True  # "ММО", "КГТУ"
    if out and out[-1].lower() in ("имени", "им."):
        return True
    return _is_gent([token])


def _is_gent(words: list[str]) -> bool:
    if not words:
        return False
    parses = _parses(words[0].strip(",.;:"))
    return any("gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag) for p in parses[:2])


def _city(text: str) -> str | None:
    for m in _CITY.finditer(text):
        parses = _parses(m.group(1))
        for p in parses[:2]:
            if "Geox" in p.tag and "loct" in p.tag:
                return str(p.normal_form).title()
    return None


def _tidy_address(address: str) -> str:
    return " ".join(re.sub(r"(?i)^по\s+адресу\s*:?\s*", "", address).split()).strip(" ,;")


def _fit(venue: str) -> str:
    venue = " ".join(venue.split()).replace("., ", ", ").strip(" ,;.")
    if len(venue) <= MAX_VENUE:
        return venue
    return venue[:MAX_VENUE].rsplit(" ", 1)[0]
