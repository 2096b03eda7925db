"""The words a concise title is built from: kinds of event and pymorphy3 tests of words.

`KIND` finds a noun naming a kind of event ("лекцию", "мастер-классы", "День открытых
дверей"); `word_parses` is pymorphy3's cached analyses (OpenCorpora dictionary) and the `is_*`
tests read a word's case, part of speech and name grammemes from them. Used by title.py,
title_phrase.py and places.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from bot.core.language.lowered import search_i
from bot.core.language.morphology import agrees, parses
from bot.core.language.prefilter import grouped
from bot.core.language.tails import last_words_start
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.tokens import initials
from bot.core.titles import KIND_WORDS

MAX_TITLE = 80  # characters: a title short enough for a card

_KIND_STEMS = (
    r"лекци|семинар|мастер-класс|экскурси|выставк|концерт|спектакл|фестивал|праздник|конкурс"
    r"|олимпиад|соревновани|первенств|турнир|чемпионат|марафон|акци|урок|заняти|встреч|собрани"
    r"|конференци|форум|квиз|квест|викторин|дебат|линейк|диктант|тренинг|вебинар|кинопоказ"
    r"|презентаци|церемони|эстафет|флешмоб|субботник|ярмарк|сл[её]т|хакатон|кружок|кружк"
    r"|телемост|бесед|профпроб|поход|спартакиад|забег|парад|утренник|шоу|мультфильм|фильм|игр"
    r"|программ|проект|мероприяти|смен|экспозици|чтени|практикум|интенсив|дни\s+открытых"
    r"|день\s+открытых|день\s+без|открыти|финал|полуфинал|пикник|ёлк|елк|этап|посвящени"
    r"|смотр|лектори|игротек|награждени|консультаци|репетици|гостин(?!иц|ый|ого|ому|ым|ом)|олимп\.|совещани|заседани|педсовет|представлени|премьер|эфир(?!е(?![а-яё]))|методическ[а-яё]*\s+объединени"
    r"|соревн\.|конф\.|классн[а-яё]*\s+час|"
    # an hour given to a theme, a library's and a school's staple: «час памяти», «час
    # мужества», «библиотечный час», «познавательный час» (never «в течение часа»)
    r"(?:библиотечн|информационн|познавательн|патриотическ|творческ|литературн|тематическ"
    r"|краеведческ|экологическ|исторически|поэтическ|игров|развлекательн)[а-яё]*\s+час"
    r"(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|час(?:а|у|ом|е|ы|ов|ам|ами|ах)?\s+(?:памяти"
    r"|мужества|истории|поэзии|общения|здоровья|чтения|информации|краеведения|доброты"
    r"|размышлени[йя]|духовности|патриотизма)(?![а-яё])|состязани|сказк|балет|мюзикл|пленэр|сочинени|экзамен|егэ|огэ"
    r"|кастинг|кубок|кубк|выпускн(?:ой|ого|ому|ым|ом|ые|ых|ыми)(?![а-яё])|(?:литературн|творческ|музыкальн|поэтическ)[а-яё]*(?:-[а-яё]+)?\s+вечер"
    r"|пробег(?:а|у|ом|е|и|ов|ам|ами|ах)?(?![а-яё])|съезд(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])"
    r"|вступительн[а-яё]*\s+испытани|обследовани|трудов[а-яё]*\s+десант"
    r"|осмотр(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])"  # entrance exams, volunteers, check-ups
    r"|(?:вело|авто|мото)(?:пробег|парад|квест|марафон|эстафет|фестивал)"
    r"|бал(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яёл])"  # "школьный бал", never "балл" nor "балет"
    r"|гастрол"  # a theatre's or a band's tour of shows (title53)
    r"|торжеств(?:о|а|у|ом|е)(?![а-яё])|митинг|шестви|гонк(?:а|у|ой|е)(?![а-яё])|кросс(?!овк|ворд)|фотосесси|медосмотр|(?:учебн|тренировочн)[а-яё]*\s+эвакуаци"
)
# a noun naming a kind of event ("лекцию", "мастер-классы", "День открытых дверей"); never
# "в эфире", "в прямом эфире": the medium an event goes out in, not an event
# an institution's legal form: a municipal, state, federal, regional … "учреждение" (МБУ, МАУ,
# ГБУ, ФГБУ, МБОУ, МБУК, МАУДО, ГБПОУ), abbreviations pymorphy3 mostly does not know; the
# quoted name after it is the institution's ("МБУ «ЦФМР» проведёт турнир"), never an event's
INSTITUTION_FORM = re.compile(r"[МГФОКЧН][А-ЯЁ]{0,4}У(?:К|ДО|О)?")
KIND = re.compile(
    rf"(?<![а-яё]){initials(_KIND_STEMS)}(?:{grouped(_KIND_STEMS)})[а-яё]*(?:-[а-яё]+)?"
    r"(?:\s+(?:дверей|турникетов))?",
    re.I,
)


@lru_cache(maxsize=8192)
def is_kind_word(word: str) -> bool:
    """`KIND.fullmatch(word) is not None`, remembered per word: the title rules ask it of the
    words before every kind noun of a post, and a case-insensitive match has no fast scan."""
    return KIND.fullmatch(word) is not None


# what the event is part of, follows or honours, and the titles of people ("лауреат
# международного конкурса"): a kind after these (and up to three adjectives) is not the
# event's own
# "к экзаменам", "перед концертом"
_SIDE_WORDS = frozenset({"из", "после", "перед", "по", "о", "об", "про", "к", "ко"})
# "перед показом спектакля", "после окончания концерта": a time told by another event
_TIME_BY = frozenset({"перед", "после"})
_NUMBERED = re.compile(r"\d{1,2}(?:-?[а-я]{1,3})?")  # "5", "5-го", "3-й"
# after "в": what the event is part of or is held for ("в рамках", "в канун"); not "в честь":
# a kind after it may be the event's own subject ("концерт в честь Дня учителя", title64)
_FRAME_WORDS = frozenset({"рамках", "дни", "преддверии", "канун"})
# "по схеме игры «Что? Где? Когда?»", "в формате квеста", "по мотивам сказки": the form or the
# source an event borrows, not the event
_FORM_WORDS = {
    "схеме": "по", "правилам": "по", "типу": "по", "образцу": "по", "мотивам": "по",
    "формате": "в", "жанре": "в", "форме": "в",
}  # fmt: skip
# a timetable of events ("в расписании соревнований", "календарь олимпиад"): the kind after it
# is what the timetable lists, not the event announced
_SCHEDULE_WORDS = frozenset(
    {"расписание", "расписания", "расписании", "календарь", "календаря", "календаре",
     "графике", "графика"}
)  # fmt: skip
# "при поддержке проекта «…»", "по инициативе фонда": who helps or proposes, not the event
_HELPER_WORDS = {"поддержке": "при", "содействии": "при", "участии": "при", "инициативе": "по"}
_SIDE_STEMS = (
    "участник",
    "лауреат",
    "победител",
    "призёр",
    "призер",
    "дипломант",
    "посвящ",
    "приуроч",
)
_ADJECTIVE_ENDINGS = (
    "ой", "ый", "ий", "ых", "их", "ого", "его", "ому", "ему", "ом", "ем", "ым", "им", "ыми",
    "ими", "ая", "яя", "ую", "юю", "ое", "ее", "ые", "ие",
)  # fmt: skip


def side_before(text: str, at: int, reach: int = 70) -> bool:
    """Whether the kind at `at` follows "в рамках", "в дни", "в преддверии", "накануне",
    "при поддержке", "при содействии", "при участии", "по инициативе", "по схеме",
    "по правилам", "по мотивам", "в формате", "в форме",
    "участники", "лауреат", "после", "по", "о", "в день проведения" … and at most three
    adjectives or ordinals ("в рамках XXXIV областного фестиваля", "по русским классическим
    сказкам"), or
    "после"/"до"/"перед" and a number ("после 5 урока"); looks `reach` characters back."""
    words = text[max(0, at - reach) : at].lower().split()
    n = len(words)
    if (
        n >= 2
        and words[n - 2].lstrip("(") in _TIME_BY | {"до"}
        and _NUMBERED.fullmatch(words[n - 1])
    ):
        return True  # "после 5 урока", "до 3-й пары": a time told by a numbered lesson
    for k in range(min(4, n)):  # k adjectives between the marker and the kind
        if k and not _adjective_like(words[n - k]):
            return _apposed_side(text, at, reach)
        if _marks_side(words, n - k):
            return True
    return _apposed_side(text, at, reach)


# a dash right before a word (after up to three adjectives): the word may explain the noun
# before the dash ("накануне праздника — Дня защитника Отечества")
_DASH_BEFORE = re.compile(r"\s([—–-])\s+(?:[А-ЯЁа-яё-]+\s+){0,3}$")
_NOUN_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def _apposed_side(text: str, at: int, reach: int) -> bool:
    """Whether the word at `at` stands after a dash in apposition to a side noun: one of the
    four words before the dash shares a noun case with it (pymorphy3: an apposition agrees in
    case with the noun it explains) and follows a side marker itself ("накануне праздника —
    Дня защитника Отечества", "ко Дню матери — празднику всех мам"). "праздник — День
    города" (no marker) and "в рамках фестиваля — конкурс" (cases differ) are not."""
    dash = _DASH_BEFORE.search(text, max(0, at - 50), at)
    word = _NOUN_WORD.match(text, at)
    if dash is None or word is None:
        return False
    if not all(_adjective_like(w) for w in text[dash.end(1) : at].lower().split()):
        return False  # "— в школе прошёл концерт": a clause of its own, no apposition
    cases = _noun_cases(word.group(0))
    if not cases:
        return False
    before = list(_NOUN_WORD.finditer(text, max(0, dash.start() - 50), dash.start()))[-4:]
    return any(
        cases & _noun_cases(w.group(0)) and side_before(text, w.start(), reach)
        for w in reversed(before)
    )


@lru_cache(maxsize=8192)
def _noun_cases(word: str) -> frozenset[str]:
    """The cases of the noun readings of `word` (pymorphy3), nominative left out: a nominative
    apposition names the noun's event itself, never an occasion."""
    return frozenset(
        p.tag.case for p in word_parses(word) if "NOUN" in p.tag and p.tag.case != "nomn"
    )


_NEGATED = re.compile(r"(?i)(?<![а-яё])не\s+(?:(?:на|в|во)\s+)?(?:[а-яё-]+\s+){0,2}$")


def negated(text: str, at: int) -> bool:
    """Whether "не" (with "на"/"в" and up to two adjectives) stands right before the kind at
    `at`: "идите не на выставку, а на лекцию" names what the event is not."""
    found = _NEGATED.search(text, last_words_start(text, max(0, at - 40), at, 4), at)  # tails.py
    if found is None:
        return False
    return all(w in ("на", "в", "во") or _adjective_like(w) for w in found.group(0).split()[1:])


def _noun_of_time(word: str) -> bool:
    """Whether `word` reads as a noun in the instrumental or the genitive ("показом",
    "окончания"), the case "перед"/"после" take (pymorphy3)."""
    return any("NOUN" in p.tag and p.tag.case in ("ablt", "gent") for p in word_parses(word)[:2])


# an ordinal written in Roman numerals (Latin letters, or a Cyrillic "х" typed among them:
# "XХIII") or in digits with a case ending ("12-го"): it stands where an adjective does
_ORDINAL = re.compile(r"[ivxlх]{1,7}|\d{1,3}-?(?:[а-я]{1,3})")


@lru_cache(maxsize=8192)  # per word form: a post's words are asked again (speed46)
def _adjective_like(word: str) -> bool:
    word = word.strip('«»"“”')  # "посвящённое «птичьему» празднику"
    if _ORDINAL.fullmatch(word):
        return True  # "в рамках XXXIV Международного фестиваля": an ordinal number
    return word.replace("-", "").isalpha() and word.endswith(_ADJECTIVE_ENDINGS)


def _marks_side(words: list[str], i: int) -> bool:
    """Whether words[:i] end with a side marker ("в рамках", "лауреат", "по", …)."""
    last = words[i - 1] if i else ""
    if not last.isalpha():
        return False
    if last in _SIDE_WORDS or last.startswith(_SIDE_STEMS):
        return True
    if last in _FRAME_WORDS:  # "в рамках", "в дни", "в преддверии" a feast or a festival
        return i > 1 and words[i - 2] == "в"
    if last in _FORM_WORDS:  # "по схеме игры «…»", "в формате квеста": the event's form
        return i > 1 and words[i - 2] == _FORM_WORDS[last]
    if last in _HELPER_WORDS:  # "при поддержке федерального проекта": a supporter
        return i > 1 and words[i - 2] == _HELPER_WORDS[last]
    if last == "накануне":  # "накануне Дня матери": an occasion named in passing
        return True
    if last in _SCHEDULE_WORDS:  # "накладки в расписании областных соревнований": a timetable
        return True
    if i > 1 and words[i - 2] in _TIME_BY and _noun_of_time(last):
        return True  # "перед показом спектакля «…»": the event the time is told by
    return last == "проведения" and words[max(0, i - 3) : i - 1] == ["в", "день"]


# a quoted name: «…», "…", “…” or '…' (an apostrophe inside a word is no quote); a straight
# mark closing a class's letter (7 "В" и 7 "Г" классов) opens no name: « и 7 » is none (looked
# behind from the mark itself, never from every position: 4 times the search's cost)
QUOTE = re.compile(
    r"«[^«»]{2,120}»|\"(?<!\d\s\"[А-ЯЁ]\")(?<!\d\"[А-ЯЁ]\")[^\"\n]{2,120}\"|“[^“”]{2,120}”"
    r"|'(?<!\w')[^'\n]{2,120}'(?!\w)"
)


@lru_cache(maxsize=8192)  # per word form: each kind word is keyed by several rules (speed46)
def kind_key(word: str) -> str:
    """The key a kind word is compared by: its first four letters, lower-cased, "ё" read as
    "е" ("Слёт" and "слета" are one kind), after a combining form of a vehicle ("велопробег"
    and "Пробег" are one kind: a compound names its second part's kind)."""
    low = word.lower().replace("ё", "е")
    if (combined := _COMBINING.match(low)) is not None:
        low = low[combined.end() :]
    return low[:4]


# the combining forms of compounds like "велопробег", "автопробег", "мотопарад"
_COMBINING = re.compile(r"(?:вело|авто|мото)(?=[а-яё]{4})")


_SCARE = re.compile(r"[«\"“][а-яё-]+[»\"”]")


def scare_quoted(quote: str) -> bool:
    """Whether a quote holds one lower-case word ("«открывают»"): a word used loosely, not a
    name (a name is capitalised or longer)."""
    return _SCARE.fullmatch(quote) is not None


def word_parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of `word` (cached, lower-cased), most likely first."""
    return parses(word)


def verb_first(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a finite verb with a likelihood of 0.9 or more
    ("стали", "были"): such a word ends a noun phrase, never continues its genitive chain
    ("День защитника Отечества стали на один день длиннее" names "День защитника Отечества"),
    however rare a noun reading ("стали" of "сталь") the dictionary also has."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS == "VERB" and found[0].score >= 0.9


# the last post's quoted spans as their starts and ends: the title and the venue rules both
# ask about one post
_quoted: tuple[str, list[int], list[int]] = ("", [], [])


def inside_quotes(text: str) -> Any:
    """A test `pos -> bool`: whether a character offset lies strictly inside a quoted name."""
    global _quoted
    if _quoted[0] != text:
        spans = [m.span() for m in QUOTE.finditer(text)]
        _quoted = (text, [a for a, _ in spans], [b for _, b in spans])
    _, starts, ends = _quoted
    if not starts:
        return _never
    # the spans of finditer are in order and never overlap: only the last one opening before
    # `pos` can hold it (bisected instead of testing every span)
    return lambda pos: (at := bisect_left(starts, pos) - 1) >= 0 and pos < ends[at]


def _never(pos: int) -> bool:
    """No offset lies inside a quoted name of a post that has none."""
    return False


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL"})


@lru_cache(maxsize=16384)  # per word form: the title rules ask it of a post's kinds often
def is_genitive(word: str) -> bool:
    """Whether one of the word's three likeliest readings is a genitive noun, adjective or
    participle ("учащихся")."""
    parses = word_parses(word)
    if parses and parses[0].tag.POS in _FUNCTION_WORDS:
        return False  # "при": a preposition, whatever rare noun reading it also has
    if verb_first(word):
        return False  # "стали", "были": a verb, whatever rare noun reading it also has
    return bool(parses) and any(
        "gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag or "PRTF" in p.tag)
        for p in parses[:3]
    )


@lru_cache(maxsize=16384)
def is_abbreviation(word: str) -> bool:
    """Whether one of the word's three likeliest readings is a dictionary abbreviation
    (pymorphy3's Abbr: "г", "им", "ул"), written with a point before what it abbreviates."""
    return word.isalpha() and any("Abbr" in p.tag for p in word_parses(word)[:3])


@lru_cache(maxsize=16384)
def has_noun_reading(word: str) -> bool:
    """Whether one of the word's two likeliest readings is a noun (cached per word: the
    title and venue rules ask about the same words many times)."""
    return any("NOUN" in p.tag for p in word_parses(word)[:2])


@lru_cache(maxsize=16384)
def is_noun(word: str) -> bool:
    """Whether the word's likeliest reading is a noun."""
    found = word_parses(word)
    return bool(found) and "NOUN" in found[0].tag


@lru_cache(maxsize=16384)
def is_animate(word: str) -> bool:
    """Whether one of the two likeliest readings is an animate noun ("профессора")."""
    return any("anim" in p.tag and "NOUN" in p.tag for p in word_parses(word)[:2])


@lru_cache(maxsize=16384)
def is_person(word: str) -> bool:
    """Whether one of the two likeliest readings is a first name, surname or patronymic."""
    return any(
        {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
        for p in word_parses(word)[:2]
    )


# adjectives Russian uses as nouns of an event ("на выпускной", "выпускные" for the proms)
SUBSTANTIVE = re.compile(r"(?i)выпускн")
_NEXT_WORD = re.compile(r"\s+([А-ЯЁа-яё]{2,}(?:-[А-ЯЁа-яё]+)?)")
_LAST_WORD = re.compile(r"([А-ЯЁа-яё]{2,})\s+$")


@lru_cache(maxsize=16384)
def names_someone(word: str) -> bool:
    """Whether pymorphy3 reads `word` likeliest as a noun and every noun reading is animate
    ("концертмейстеры", "олимпиадников"): a person, never an event. "субботник", which the
    dictionary also reads as a person, has a thing's reading too and stays an event."""
    found = word_parses(word)
    return (
        bool(found)
        and found[0].tag.POS == "NOUN"
        and all("anim" in p.tag for p in found if p.tag.POS == "NOUN")
    )


@lru_cache(maxsize=4096)
def person_on_kind_stem(word: str) -> bool:
    """Whether a capitalised word the kind pattern matched by its stem names a person: no
    form of a kind noun (every pymorphy3 lemma of it is no kind) and read as a surname, a
    name or an animate noun only ("Линейкин", "Выставкин"; never "Линейки", "Концертов").
    A lower-case word is never one."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    if any(p.normal_form.replace("ё", "е") in _KIND_LEMMAS for p in word_parses(low)):
        return False
    return is_person(low) or names_someone(low)


# the lemmas of the kind nouns, ё read as е
_KIND_LEMMAS = frozenset(w.replace("ё", "е") for w in KIND_WORDS | EVENT_LEMMAS)


@lru_cache(maxsize=8192)
def _kind_word_alone(word: str) -> bool | None:
    """kind_word_of_other's answer from `word` alone (True: a person; False: no genitive
    adjective of a kind), None when the words around it decide."""
    if " " in word:
        return False  # "день открытых дверей", "классный час": a kind of several words
    if names_someone(word):
        return True
    if SUBSTANTIVE.match(word):
        return False
    found = word_parses(word)
    if not found or any(p.tag.POS == "NOUN" for p in found):
        return False
    if not all(p.tag.POS in ("ADJF", "PRTF") for p in found[:2]):
        return False
    if not any(p.tag.case == "gent" for p in found):
        return False
    return None


def kind_word_of_other(word: str, before: str, after: str) -> bool:
    """Whether a word `KIND` matched names something other than an event: a person named from
    a kind ("концертмейстеры", "олимпиадники"), or an adjective made from a kind, in the
    genitive of a noun naming people before it (`before`, the text up to the word),
    qualifying the noun that follows (`after`, the text right after it) when that noun is no
    kind ("представители конкурсной комиссии", "члены игровой команды": a body the people
    belong to; "концертная программа", "экзаменационная сессия" and "о проведении
    конкурсного отбора" stay events). An adjective Russian
    also uses as a noun ("выпускной") is never read so (pymorphy3 readings)."""
    alone = _kind_word_alone(word)  # what the word itself tells, read once per form
    if alone is not None:
        return alone
    owner = _LAST_WORD.search(before)
    if owner is None or not is_noun(owner.group(1)) or not is_animate(owner.group(1)):
        # "для конкурсной работы": no noun the phrase belongs to; "о проведении конкурсного
        # отбора": an act's genitive, the selection is the event
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return False
    noun = nxt.group(1)
    head = word_parses(noun)
    if not head or head[0].tag.POS != "NOUN" or is_kind_word(noun):
        return False
    return agrees(word, noun)


def short_quote(quote: str) -> str:
    """A quoted name in «»; one longer than 50 characters cut at its first sentence end."""
    inner = quote[1:-1]
    if len(inner) > 50:
        cut = re.split(r"[:.!?]\s", inner, maxsplit=1)[0]
        inner = cut if len(cut) >= 3 else inner[:50].rsplit(" ", 1)[0]
    return f"«{inner.strip()}»"


_WORD_AFTER = re.compile(r"[ \t]+([А-ЯЁа-яё-]{3,})")


def adjective_of_noun_after(text: str, start: int, end: int) -> bool:
    """Whether the quote at text[start:end] (its marks included) is one adjective agreeing
    with the noun right after its closing mark ("«Междугородний» турнир по дзюдо"): the writer
    quoted a word of the phrase whose head is that noun, not a name (pymorphy3's likeliest
    readings)."""
    word = text[start + 1 : end - 1].strip()
    after = _WORD_AFTER.match(text, end)
    if after is None or not word.isalpha():
        return False
    found, noun = parses(word), after.group(1)
    return bool(found) and found[0].tag.POS == "ADJF" and is_noun(noun) and agrees(word, noun)


# a run of Cyrillic letters and hyphens: a word as the title rules walk a heading or a clause
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]+")


# any opening quote mark: a page may write a name in straight or curly quotes, not «»
OPEN_QUOTE = re.compile(r"[«\"“]")


def bare_kind(phrase: str) -> bool:
    """ "Всероссийская акция": adjectives and a kind, with no subject or name after it."""
    found = search_i(KIND, phrase)  # its twin, scanned, on the lower case (lowered.py)
    return "«" not in phrase and found is not None and found.end() == len(phrase)


def phrase_kind_key(phrase: str) -> str:
    """The key of the kind noun a phrase is built around ("Открытый урок" -> "урок")."""
    found = search_i(KIND, phrase)  # its twin, scanned, on the lower case (lowered.py)
    return kind_key(found.group(0) if found else phrase)


SLOGAN_QUOTES = True  # title82: «под девизом «…»» quotes a slogan, not the event's name
# a slogan's noun right before the quote: «под девизом «…»», «лозунг: «…»», «с призывом «…»»
_SLOGAN_BEFORE = re.compile(
    r"(?i)(?<![а-яё])(?:девиз|лозунг|слоган|призыв)[а-яё]{0,3}[^\S\n]*[:—–-]?[^\S\n]*$"
)


def slogan_at(text: str, at: int) -> bool:
    """Whether the quote opening at `at` follows a slogan's noun («под девизом «Спорт — это
    жизнь!»», «Наш лозунг: «…»», «с призывом «…»»): words the event is held under, not its
    name (SLOGAN_QUOTES)."""
    return SLOGAN_QUOTES and _SLOGAN_BEFORE.search(text, max(0, at - 20), at) is not None
