"""Place phrases whose noun is no known place noun, read by their grammar: "в Ясной Поляне",
"в Восточном павильоне замка", "в Пензенском драмтеатре", "пройдёт в лесном массиве
микрорайона «Арбеково»", "на спортивном городке школы №42 … состоится".

A place phrase is "в"/"во"/"на", adjectives in the locative and an inanimate noun in the
locative (pymorphy3), then what names it (place_words.right_words: a genitive chain, "№ N", a
quoted name). Without a known place noun the phrase is taken in two cases only:
- a proper name: its first word is capitalised (a name, not a sentence's start);
- governed by the event: a verb of taking place ("пройдёт", "состоится", "проводится",
  "откроется", …) stands in the same clause, and what names the noun holds a proper name (a
  capital, a quote or "№").
Nouns that name a time, a frame, a document, an event's kind, an administrative area, a
medium or a quantifier over places are never places ("в Положении о конкурсе", "на
Фестивале", "в Ленинградской области", "в рамках проекта «…»", "в большинстве городов");
cities and people's names are left to city(). Used by places.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.core.language.first_scan import with_first_scan
from bot.core.language.links import ONLINE_ANYWHERE
from bot.core.language.lowered import lower
from bot.core.language.morphology import inflect, is_known, to_nominative
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_verbs import IN_CLAUSE
from bot.core.language.place_words import right_words
from bot.core.language.prepositions import after_prepositions
from bot.core.language.title_words import KIND, inside_quotes
from bot.core.language.title_words import word_parses as _parses

# the preposition and the words after it, up to a punctuation mark
_PREPOSITION = re.compile(r"(?<![А-ЯЁа-яё-])(?:[Вв]о?|[Нн]а)\s+(?=[А-ЯЁа-яё])")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_GAP = re.compile(r" +")
# a verb of the event taking place, in its clause (no sentence break between): place_verbs.py;
# opening with a look-behind, it is compiled with re's first-character scan (first_scan.py)
_TAKES_PLACE = with_first_scan(IN_CLAUSE)  # searched over every post: the same matches
# (a full stop after a one-letter word is an initial's or "г."'s: "поселка Н. Лапсары")
_CLAUSE_BREAK = with_first_scan(re.compile(r"(?<![\s.][А-ЯЁа-яё])\.|[!?\n;]"))
_NAMED = re.compile(r"[«\"№]|(?<![\w-])[А-ЯЁ]|^\d")  # "5 микрорайона": a numbered part
# the dictionary forms (pymorphy3) of locative nouns that never name a place: a time, a frame
# or manner, a document, a medium, an administrative area, a field or a part of a contest,
# a quantifier ("в большинстве городов", "во множестве школ"); matched whole (fullmatch) on
# a lemma here and by venue_phrases.py
NOT_PLACE = re.compile(
    r"год|месяц|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь"
    r"|декабрь|неделя|день|сутки|час|минута|начало|конец|середина|период|срок|сезон|век|эпоха"
    r"|рамка|ход|течение|продолжение|преддверие|честь|память|состав|качество|польза"
    r"|исполнение|лицо|формат|режим|форма|вид|вариант|жанр|техника|стиль|порядок|соответствие"
    r"|связь|случай|количество|размер|объ[её]м|уровень|этап|тур|номинация|категория"
    r"|направление|секция|возраст|группа|положение|приказ|письмо|правило|регламент"
    r"|распоряжение|постановление|документ|заявка|анкета|сайт|страница|сообщество|канал"
    r"|аккаунт|портал|соцсеть|сеть|интернет|эфир|телеграм|телевидение|радио|газета|журнал"
    r"|область|край|район|округ|республика|федерация|город|село|деревня|страна|мир|регион"
    r"|столица|субъект|муниципалитет|поселение|история|жизнь|деятельность|развитие|работа"
    r"|сфера|тема|мысль|сердце|душа|условие|адрес|роль|ряд|число|список|пресс-служба|образ"
    r"|рамки|честь|свет|зал[её]т|случае|война|битва|сражение|пос[её]лок|станица|луна|земля"
    r"|улица|проспект|переулок|бульвар|набережная|площадь|шоссе|проезд|аллея|система|вуз"
    r"|ютуб|рутуб|госуслуга|вконтакте|дзен|страничка|десяток|десятка|сотня|тысяча|большинство|множество|помещение|территория|этаж"
)
_NAME_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr"})


def loose_places(text: str, event_sentence: tuple[int, int] | None) -> list[tuple[int, str]]:
    """(offset, shown) of each place phrase of `text` whose noun is no known place
    noun (see the module docstring); a proper name counts only in the event's sentence or in
    a clause with a verb of taking place. `shown` has the noun and its adjectives in the
    nominative (pymorphy3) and what names it as written."""
    found: list[tuple[int, str]] = []
    verbs = [m.start() for m in _TAKES_PLACE.finditer(lower(text))]  # (lower: a fast scan)
    if not verbs and event_sentence is None:
        return found
    inside = inside_quotes(text)
    for m in after_prepositions(_PREPOSITION, text):
        proper = text[m.end()].isupper()
        in_event = event_sentence is not None and event_sentence[0] <= m.start() < event_sentence[1]
        clause = _in_clause(text, m.start(), verbs)
        if not (clause or (proper and in_event)) or inside(m.start()):
            continue  # "«Новый год в Мышином королевстве»": a name's words
        phrase = _phrase(text, m.end(), m.group(0)[:1] in "Нн")
        if phrase is None:
            continue
        words, end = phrase
        right = right_words(text, end)
        if any(PLACE.match(w) for w in right.split()[:3]):
            continue  # "на трассах лыжной базы «…»": the place it names is read by places.py
        if right and _person(right.split()[0]):
            continue  # "в доме бабушки Насти": someone's, not a place of the public
        named = right.strip()  # (a quote right after the noun is a name of the event's:
        # "в русской поэзии «…»"; a genitive or "№" before the name makes it the place's)
        governed = (
            not proper and not named.startswith(("«", '"')) and bool(_NAMED.search(named))
        ) and clause
        if not governed and not (proper and (in_event or clause)):
            continue
        head = to_nominative(words)
        found.append((m.end(), " ".join([*head, *right.split()])))
    return found


def _phrase(text: str, at: int, on: bool = False) -> tuple[list[str], int] | None:
    """The adjectives and the noun of a place phrase starting at `at` (after "на" when `on`),
    and where the noun ends; None when the words there are no such phrase."""
    words: list[str] = []
    pos = at
    while len(words) < 4:
        word = _WORD.match(text, pos)
        if word is None:
            return None
        token = word.group(0)
        if token.isupper():
            return None  # "в МГУ", "В ПРОГРАММЕ:": an abbreviation, a heading in capitals
        adjective, noun_shown, street_shown = _roles(token)
        follows = _GAP.match(text, word.end())
        next_word = _WORD.match(text, follows.end()) if follows else None
        if next_word is not None and adjective and _noun_ahead(next_word.group(0)):
            words.append(token)
            pos = next_word.start()
            continue
        shown = noun_shown or (street_shown if on else None)
        if shown is None:
            return None
        return [*words, shown], word.end()
    return None


@lru_cache(maxsize=16384)
def _roles(token: str) -> tuple[bool, str | None, str | None]:
    """What a word may be in a place phrase, read once per word (pymorphy3 gives a word the
    same readings in every post, and a post's phrases share their words): whether it is a
    locative adjective; the noun shown when it is a place phrase's noun (_place_noun) and when
    it is a street's name after "на" (_street_name), each None when it is not one. The noun
    is put in the nominative by the reading read as a locative ("бору" -> "бор", not the
    likelier "бора"), same number; its adjectives then agree with it."""
    found = _parses(token)
    shown = []
    for noun in (_place_noun(token, found), _street_name(token, found)):
        target = (inflect(noun, {"nomn"}) or noun) if noun is not None else None
        shown.append(
            None
            if target is None
            else target.word.capitalize()
            if token[:1].isupper()
            else target.word
        )
    return _adjective(found), shown[0], shown[1]


def _adjective(found: tuple[Any, ...]) -> bool:
    return any(("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "loct" for p in found)


@lru_cache(maxsize=16384)
def _noun_ahead(word: str) -> bool:
    """Whether `word` may continue the phrase (an adjective or a noun in the locative)."""
    return any(p.tag.case in ("loct", "loc2") for p in _parses(word))


def _place_noun(word: str, found: tuple[Any, ...]) -> Any:
    """The reading (pymorphy3) by which `word` is an inanimate common noun in the locative
    that may name a place and is no known place noun (those are read by places.py); None
    when it is not one."""
    if PLACE.fullmatch(word) or KIND.match(word) or ONLINE_ANYWHERE.match(word):
        return None  # "в Сферуме": an online platform
    nouns = [p for p in found if "NOUN" in p.tag and p.tag.case in ("loct", "loc2")]
    if not nouns or "anim" in nouns[0].tag or _NAME_GRAMMEMES & nouns[0].tag.grammemes:
        return None
    if NOT_PLACE.fullmatch(str(nouns[0].normal_form)):
        return None
    if found and _NAME_GRAMMEMES & found[0].tag.grammemes:
        return None
    return nouns[0]


def _street_name(word: str, found: tuple[Any, ...]) -> Any:
    """The reading (pymorphy3) by which a capitalised `word` after "на" is a place name in
    the locative ("на Новом Арбате", "на Маросейке"): a town takes "в", so a name after "на"
    is a street, a square or a quarter of one (or a region: "на Урале"); None otherwise."""
    if not word[:1].isupper():
        return None
    return next(
        (
            p
            for p in found[:2]  # ("Покровке": a dative first, the same form)
            if "NOUN" in p.tag and "Geox" in p.tag and p.tag.case in ("loct", "loc2")
        ),
        None,
    )


def organisation(abbreviation: str) -> bool:
    """Whether an abbreviation after "в" may name an organisation's premises ("КГТУ",
    "ЦПКиО", "МГУ"): not one the dictionary knows as a country ("РФ") or as a common noun
    ("ЕГЭ", "ГТО", "ВУЗ"), unless it knows it as an organisation ("МЧС")."""
    word = abbreviation.split()[0]
    found = _parses(word)[:2]
    if any("Geox" in p.tag and "Abbr" in p.tag for p in found):
        return False
    return not is_known(word.lower()) or any("Orgn" in p.tag for p in found)


def _person(word: str) -> bool:
    """Whether the likeliest reading of `word` is an animate noun (pymorphy3)."""
    found = _parses(word.strip(".,;:"))
    return bool(found) and "NOUN" in found[0].tag and "anim" in found[0].tag


def _in_clause(text: str, at: int, verbs: list[int]) -> bool:
    """Whether a verb of taking place stands within 80 characters of `at` with no sentence
    or clause break between them."""
    for verb in verbs:
        if abs(verb - at) > 80:
            continue
        a, b = sorted((verb, at))
        if _CLAUSE_BREAK.search(text, a, b) is None:
            return True
    return False


# a frame whose genitive is the place, whatever its noun: "на площадке Бобруйск-Арены", "на
# площадке AIFC EXPO", "на территории гребного канала" (a site's or a ground's noun: what
# stands in the genitive after it is where the event is)
# the dictionary forms of an administrative area or a town's part, never a venue after "на
# территории" ("на территории района", "на территории всей страны"); a channel, a site's word
# elsewhere in NOT_PLACE, has a territory only as a place ("гребного канала")
_AREA = re.compile(
    r"область|край|район|округ|республика|федерация|город|село|деревня|страна|мир|регион"
    r"|столица|субъект|муниципалитет|поселение|пос[её]лок|станица|государство|микрорайон"
    r"|улица|проспект|переулок|бульвар|набережная|площадь|шоссе|проезд|весь|свой|наш|который"
)
_FRAME = re.compile(r"(?<![А-ЯЁа-яё-])[Нн]а\s+(площадке|территории)\s+")
# a name in Latin letters, as written ("AIFC EXPO", "Crocus Expo", "Skolkovo Park 2")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&'.-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9&'.-]*)){0,4}")
# a capitalised name, hyphenated parts kept together ("Бобруйск-Арены", "Крокус Сити Холла")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+){0,2}")


def held_there(text: str, at: int, event_sentence: tuple[int, int] | None) -> bool:
    """Whether text[at] lies in the event's sentence or in a clause with a verb of taking
    place (place_verbs.IN_CLAUSE within 80 characters, no sentence or clause break between)."""
    if event_sentence is not None and event_sentence[0] <= at < event_sentence[1]:
        return True
    return _in_clause(text, at, [m.start() for m in _TAKES_PLACE.finditer(lower(text))])


def framed_places(text: str, event_sentence: tuple[int, int] | None) -> list[tuple[int, str]]:
    """(offset, shown) of each place named in the genitive after "на площадке" or "на
    территории" when no known place noun is there (places.py reads "на площадке музея"): a
    name in Latin letters as written, a capitalised Cyrillic name with its last word in the
    nominative ("Бобруйск-Арены" -> "Бобруйск-Арена"), or, after "на территории", small-letter
    adjectives and an inanimate noun in the genitive put in the nominative ("гребного канала"
    -> "гребной канал"). Only in the event's sentence or a clause with a verb of taking place;
    never a town, a country or a person (pymorphy3 Geox, Name, Surn), an event's kind or an
    administrative area ("на территории района")."""
    low = lower(text)
    if "на площадке" not in low and "на территории" not in low:
        return []
    verbs = [m.start() for m in _TAKES_PLACE.finditer(low)]
    found: list[tuple[int, str]] = []
    for m in after_prepositions(_FRAME, text):
        in_event = event_sentence is not None and event_sentence[0] <= m.start() < event_sentence[1]
        if not (in_event or _in_clause(text, m.start(), verbs)):
            continue
        if latin := _LATIN_NAME.match(text, m.end()):
            found.append((m.end(), latin.group(0).rstrip(".")))
            continue
        if cyrillic := _CYRILLIC_NAME.match(text, m.end()):
            shown = _genitive_name(cyrillic.group(0).split())
        elif m.group(1) == "территории":
            shown = _genitive_phrase(text, m.end())
        else:
            shown = None
        if shown:
            found.append((m.end(), shown))
    return found


def _genitive_name(words: list[str]) -> str | None:
    """A capitalised name in the genitive with its last word (the head of "Крокус Сити Холла",
    the last part of "Бобруйск-Арены") in the nominative; None for a town, a country or a
    person, a known place noun (places.py reads it) or a word that is no genitive."""
    if any(PLACE.match(w) for w in words):  # "на площадке Дворца …": read by places.py
        return None
    head = words[-1]
    readings = _parses(head)
    if not readings or _NAME_GRAMMEMES & readings[0].tag.grammemes:
        return None
    if len(words) == 1 and "-" not in head and is_known(head.lower()):
        return None  # "на территории Школы": a common noun capitalised, no name
    gent = next((p for p in readings if "NOUN" in p.tag and p.tag.case == "gent"), None)
    if gent is None or "anim" in gent.tag:
        return None
    nominative = inflect(gent, {"nomn"})
    if nominative is None:
        return None
    shown = nominative.word
    if "-" in head:  # keep each hyphenated part's capital ("Бобруйск-Арена")
        shown = "-".join(
            new[:1].upper() + new[1:] if old[:1].isupper() else new
            for old, new in zip(head.split("-"), shown.split("-"), strict=False)
        )
    else:
        shown = shown[:1].upper() + shown[1:]
    return " ".join([*words[:-1], shown])


def _genitive_phrase(text: str, at: int) -> str | None:
    """Small-letter adjectives (up to two) and an inanimate noun in the genitive singular at
    text[at], in the nominative ("гребного канала" -> "гребной канал"), and what names it as
    written (place_words.right_words); None when the words there are no such phrase, the noun
    is plural, a known place noun, an event's kind or an area (_AREA)."""
    words: list[str] = []
    pos = at
    while len(words) < 3:
        word = _WORD.match(text, pos)
        if word is None or not word.group(0).islower():
            return None
        token = word.group(0)
        found = _parses(token)
        if len(words) < 2 and any(
            ("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "gent" for p in found[:2]
        ):
            words.append(token)
            gap = _GAP.match(text, word.end())
            if gap is None:
                return None
            pos = gap.end()
            continue
        if PLACE.match(token) or KIND.match(token):
            return None
        noun = next((p for p in found[:2] if "NOUN" in p.tag and p.tag.case == "gent"), None)
        if noun is None or "anim" in noun.tag or _NAME_GRAMMEMES & noun.tag.grammemes:
            return None
        if noun.tag.number == "plur":
            return None  # "на территории воинских частей": several, none named
        if _AREA.fullmatch(str(noun.normal_form)):
            return None  # "на территории района": a town or a region, read by city()
        # what names it after ("дворцово-паркового ансамбля «Царицыно»", "… блока Прогимназии")
        named = right_words(text, word.end())
        return " ".join([*to_nominative([*words, token], case="gent"), *named.split()])
    return None
