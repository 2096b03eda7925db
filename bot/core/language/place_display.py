"""How a venue is shown on a card: cut before what is never part of a place (a phone, an
age mark, a price, a time), short, a programme heading's capitals written as a name; used by
places.py."""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.morphology import is_known

MAX_VENUE = 120  # characters: a card's venue line

_AREA_CODE = re.compile(r"\d{3,5}\)")
# (read by `sub`: a start after a blank is found one character earlier unless it is the comma,
# and the blanks are possessive — `\s*(?:…)?\s*` from every blank of a long run was cubic, over
# 10 s on 1,000 spaces; review 2026-12-02, H4; the same text)
_PHONE_START = re.compile(r"(?:(?<!\s)|(?=,)),?\s*+(?:(?:тел\.?|телефон:?)\s*+)?(?:\+7|8)$")


def without_phone(value: str, text: str, at: int) -> str:
    """ "Дом творчества, 8" before "(4012) 22-33-44" (an area code at text[at]): the venue
    without the phone's start; the value as it is when no area code follows."""
    return _PHONE_START.sub("", value) if _AREA_CODE.match(text, at) else value


def from_capitals(phrase: str) -> str:
    """ "ДОМ-МУЗЕЙ А.Л. ЧИЖЕВСКОГО (…)" -> "Дом-музей А.Л. Чижевского (…)": a heading's
    dictionary words in capitals written as a name (abbreviations such as "ДЮСШ" kept)."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        parts = word.split("-")
        if word.isupper() and all(len(p) > 2 and is_known(p.lower()) for p in parts):
            words[i] = word.capitalize()
    return " ".join(words)


# what follows a venue on a card's line but is never part of it: a phone, an age mark, a
# price or ticket line, a clock time, a date, an opening-hours or "start" cue
_NOT_PLACE = re.compile(
    r"(?i)(?:,|\s[—–-])\s*(?:тел\b|телефон|\+7|8\s*\(\d|\d{1,2}\s*\+|вход\b|билет|стоимост|цена"
    r"|\d{1,2}[:.]\d\d(?!\d)|\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр"
    r"|октябр|ноябр|декабр)|начало|время|с\s+\d{1,2}[:.]\d\d|запись|регистрац)"
)


def as_written(venue: str, text: str) -> str:
    """The venue spelt with "е" for "ё" when the post never writes "ё" ("в Молодежном сквере"
    -> "Молодежный сквер", not pymorphy3's "Молодёжный"): the card keeps the writer's
    spelling; the venue as it is otherwise."""
    if "ё" in venue.lower() and "ё" not in text.lower():
        return venue.replace("ё", "е").replace("Ё", "Е")
    return venue


# "в IT-кубе": the federal network of children's IT centres, one spelling ("куба" is Cuba
# to pymorphy3)
_IT_CUBE = re.compile(r"(?i)(?<![\w-])(?:it|ит)-куб[а-яё]*")


def brand_spelling(venue: str) -> str:
    """A network's name in its own spelling ("в It-куба" -> "IT-куб")."""
    return _IT_CUBE.sub("IT-куб", venue) if "-куб" in venue.lower() else venue


# the short words of an address written with a dot: street, avenue, lane, embankment,
# square, house, building, block, room, office, floor ("Советский пр., 1, ауд. 255")
_ABBREVIATIONS = r"(?:ул|д|пр|пер|наб|пл|корп|стр|просп|пос|мкр|ауд|каб|эт|оф|г|им)"
# a word and the dot before a comma: kept for an abbreviation, a stray stop otherwise
_DOT_COMMA = re.compile(r"([А-ЯЁа-яё]*)\.(?=, )")
_ABBREVIATION_WORD = re.compile(rf"(?i){_ABBREVIATIONS}")
_ABBREVIATION_END = compile_with_scan(rf"(?<![а-яё]){_ABBREVIATIONS}\.$")


def _stray_dots(venue: str) -> str:
    """The venue without dots before a comma that end no abbreviation ("Музей янтаря., ул. …"
    -> "Музей янтаря, ул. …"); "Советский пр., 1" keeps its dot."""
    return _DOT_COMMA.sub(
        lambda m: m.group(0) if _ABBREVIATION_WORD.fullmatch(m.group(1)) else m.group(1), venue
    )


def fit_venue(venue: str) -> str:
    """A venue for a card: single spaces, no phone, age mark, price, time or date after it,
    at most MAX_VENUE characters (cut at a word)."""
    venue = brand_spelling(_stray_dots(" ".join(venue.split())))
    cut = _NOT_PLACE.search(venue)
    venue = (venue[: cut.start()] if cut else venue).strip(" ,;")
    if not _ABBREVIATION_END.search(venue):  # "…, ауд." keeps its dot, "…, 5." does not
        venue = venue.rstrip(".")
    if len(venue) <= MAX_VENUE:
        return venue
    return venue[:MAX_VENUE].rsplit(" ", 1)[0]


# "в МГУ", "во ВГУЭС": an organisation's abbreviation after "в"
_ABBREVIATION_AFTER_V = re.compile(r"(?<![\w-])[Вв]о?\s+([А-ЯЁ]{3,6})(?![А-ЯЁа-яё\w-])")
_NAME_WORD = re.compile(r"[А-ЯЁа-яё]+")


def with_abbreviation(venue: str, text: str) -> str:
    """The venue with the abbreviation the post uses for it, when its words' initials spell
    one ("Московский государственный университет имени Ломоносова" in a post that also says
    "в МГУ" -> "… (МГУ)"): the card then shows the name people know; the venue as it is when
    the post has no such abbreviation or the venue already holds it."""
    words = _NAME_WORD.findall(venue)
    if len(words) < 3:
        return venue
    # an abbreviation may leave out a conjunction's letter ("Российский центр науки и
    # культуры": "РЦНК" as often as "РЦНиК")
    spellings = [words, [w for w in words if w != "и"]] if "и" in words else [words]
    for m in _ABBREVIATION_AFTER_V.finditer(text):
        short = m.group(1)
        if short in venue:
            return venue
        for spelt in spellings:
            for i in range(len(spelt) - len(short) + 1):
                run = spelt[i : i + len(short)]
                if (run[0][:1].isupper() or len(short) >= 3) and "".join(
                    w[0] for w in run
                ).upper() == short:  # "детская школа искусств" of "ДШИ": small letters too
                    return f"{venue} ({short})"
    return venue


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_ABBREVIATION_AFTER_V = with_first_scan(_ABBREVIATION_AFTER_V)
