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
from typing import Any

from bot.core.language.first_scan import with_first_scan
from bot.core.language.links import ONLINE_ANYWHERE
from bot.core.language.morphology import is_known, to_nominative
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_verbs import IN_CLAUSE
from bot.core.language.place_words import right_words
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
_CLAUSE_BREAK = re.compile(r"(?<![\s.][А-ЯЁа-яё])\.|[!?\n;]")
_NAMED = re.compile(r"[«\"№]|(?<![\w-])[А-ЯЁ]|^\d")  # "5 микрорайона": a numbered part
# the dictionary forms (pymorphy3) of locative nouns that never name a place: a time, a frame
# or manner, a document, a medium, an administrative area, a field or a part of a contest,
# a quantifier ("в большинстве городов", "во множестве школ")
_NOT_PLACE = re.compile(
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
    verbs = [m.start() for m in _TAKES_PLACE.finditer(text.lower())]  # (lower: a fast scan)
    if not verbs and event_sentence is None:
        return found
    inside = inside_quotes(text)
    for m in _PREPOSITION.finditer(text):
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
        found = _parses(token)
        follows = _GAP.match(text, word.end())
        next_word = _WORD.match(text, follows.end()) if follows else None
        if next_word is not None and _adjective(found) and _noun_ahead(next_word.group(0)):
            words.append(token)
            pos = next_word.start()
            continue
        noun = _place_noun(token, found) or (_street_name(token, found) if on else None)
        if noun is None:
            return None
        # the noun in the nominative by the reading read as a locative ("бору" -> "бор", not
        # the likelier "бора"), same number; its adjectives then agree with it
        target = noun.inflect({"nomn"}) or noun
        shown = target.word.capitalize() if token[:1].isupper() else target.word
        return [*words, shown], word.end()
    return None


def _adjective(found: tuple[Any, ...]) -> bool:
    return any(("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "loct" for p in found)


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
    if _NOT_PLACE.fullmatch(str(nouns[0].normal_form)):
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
