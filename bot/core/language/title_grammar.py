"""Title candidates read by grammar: the noun phrases a reader takes as an event's name.

Where title.py's rules each read one construction, this module proposes, from any post, the
noun phrases that grammar marks as an event's name, read with pymorphy3 tags (OpenCorpora
dictionary) rather than lists of words seen in posts:

- an event-kind noun (`EVENT_LEMMAS`, a general lexicon of Russian event nouns, compounds
  such as "экофорум", "видеолекторий" included) with what grammatically belongs to it;
- the subject of a verb announcing the event ("состоится", "пройдёт", "начнётся", "откроется",
  "стартует"), after or before it, in the nominative;
- the object of an invitation ("приглашаем на …", "зовёт на …"), in the accusative;
- what one takes part in ("участие в …", "для участия в …"), in the prepositional;
- the headline's first noun phrase (the post's first line, when short).

What belongs to a head noun: agreeing adjectives and participles on its left (up to three),
and on its right a quoted name «…», a genitive chain, "по" + dative, "для" + genitive,
"о/об/про" + prepositional or accusative, "к/ко" + dative, "на тему" + a quote or a genitive,
"с/со" + instrumental, "среди" + genitive, "под" + instrumental, one "и" joining a second
member in the same case. Each phrase is put in the nominative (its head and left adjectives,
morphology.to_nominative) and cut to at most 80 characters at the end of a constituent.

`marked_heads(text)` gives every head these constructions mark, repeats included, with a
"past" role besides for the subject of a verb saying the event took place ("прошёл конкурс"):
what title_ties.py ties a candidate to the event with.

`grammar_candidates(text)` is pure and cached per text. It is off the hand chooser's path:
title.py offers these phrases as the "grammar" family only when the candidates are kept for
the learned chooser or recorded (title.RECORD, benchmarks/title_model.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses, to_nominative

# what marked a candidate (grammar_candidates), in the order title_model.FAMILIES lists them
ROLES = ("headline", "subject", "invited", "part", "kind")
MAX_TITLE = 80  # characters, as title_words.MAX_TITLE (kept here: no import cycle)

# lemmas (pymorphy3 normal forms) of nouns naming a kind of event: a general lexicon of
# Russian event nouns, not the words of any post
# kinds of events schools and their partners hold that are no performance, lesson or contest
# by name (title80), by pymorphy3 lemma, grouped by what one does there
HELD_KINDS = frozenset(
    {"поездка", "посещение", "выезд", "визит", "прогулка", "сплав"}  # going somewhere
    | {"гастроль", "постановка", "сеанс", "киносеанс", "просмотр", "маскарад"}  # showing
    | {"матч", "финал", "отбор", "баттл", "батл", "регата", "ралли"}  # contending
    | {"сессия", "собеседование", "зачёт", "зачет", "аттестация", "профпроба"}  # assessing
    | {"обсуждение", "дискуссия", "диспут"}  # talking
    | {"мастерская"}  # making
    | {"вручение", "чествование", "празднование", "торжество", "юбилей"}
    | {"вечеринка", "чаепитие", "посиделки", "капустник"}  # celebrating
    | {"операция", "эвакуация", "учение", "десант", "вахта", "рейд"}  # drills, campaigns
    | {"медосмотр", "медкомиссия", "вакцинация", "диспансеризация"}  # health checks
)
EVENT_LEMMAS = frozenset(
    {
        "лекция",
        "лекторий",
        "семинар",
        "вебинар",
        "мастер-класс",
        "экскурсия",
        "выставка",
        "экспозиция",
        "вернисаж",
        "концерт",
        "спектакль",
        "представление",
        "премьера",
        "фестиваль",
        "праздник",
        "гулянье",
        "гуляние",
        "карнавал",
        "бал",
        "дискотека",
        "конкурс",
        "смотр",
        "олимпиада",
        "соревнование",
        "состязание",
        "первенство",
        "турнир",
        "чемпионат",
        "кубок",
        "спартакиада",
        "марафон",
        "забег",
        "пробег",
        "эстафета",
        "кросс",
        "гонка",
        "акция",
        "флешмоб",
        "субботник",
        "урок",
        "занятие",
        "практикум",
        "интенсив",
        "тренинг",
        "интерактив",
        "встреча",
        "беседа",
        "собрание",
        "совещание",
        "заседание",
        "конференция",
        "форум",
        "съезд",
        "слёт",
        "слет",
        "ассамблея",
        "квиз",
        "квест",
        "викторина",
        "игра",
        "игротека",
        "дебаты",
        "линейка",
        "диктант",
        "сочинение",
        "изложение",
        "экзамен",
        "тестирование",
        "испытание",
        "кинопоказ",
        "показ",
        "презентация",
        "церемония",
        "награждение",
        "посвящение",
        "открытие",
        "закрытие",
        "ярмарка",
        "хакатон",
        "кружок",
        "телемост",
        "поход",
        "путешествие",
        "экспедиция",
        "парад",
        "шествие",
        "митинг",
        "утренник",
        "ёлка",
        "елка",
        "шоу",
        "программа",
        "мероприятие",
        "смена",
        "чтение",
        "пикник",
        "консультация",
        "репетиция",
        "гостиная",
        "педсовет",
        "сказка",
        "балет",
        "мюзикл",
        "опера",
        "пленэр",
        "кастинг",
        "день",
        "неделя",
        "декада",
        "месячник",
        "вечер",
        "час",
        "каникулы",
        "лагерь",
        "написание",
        "сбор",
        "тренировка",
        "зарядка",
        "биеннале",
    }
    | HELD_KINDS
)
# lexicon lemmas long enough to be the second part of a compound noun ("экофорум",
# "видеолекторий", "симфосказка", "велопробег"); a set, each lemma's tails looked up in it
_COMPOUND_TAILS = frozenset(w for w in EVENT_LEMMAS if len(w) >= 5)

# verbs announcing an event: their subject is the event ("состоится лекция", "Масленица пройдёт")
_ANNOUNCING = re.compile(
    r"(?:состо(?:ится|ятся)|пройд[её]т|пройдут|начн[её]тся|начнутся|начина[ею]тся"
    r"|откро[ею]тся|стартует|стартуют|запланирован[аоы]?|развернутся)$"
)
# verbs of invitation: their "на"/"в" object is the event ("приглашаем на лекцию")
# verbs saying the event took place: their subject is a report's past event ("прошёл конкурс")
_ANNOUNCED_PAST = re.compile(
    r"(?:прош[её]л|прошла|прошло|прошли|состоял(?:ся|ась|ось|ись)|открыл(?:ся|ась|ось|ись)"
    r"|стартовал[аои]?|завершил(?:ся|ась|ось|ись)|закончил(?:ся|ась|ось|ись))$"
)
_INVITING = re.compile(r"(?:приглаша|зов[её]|зову|позвал|пригласил|ждём|ждем)[а-яё]*$")
_TAKING_PART = re.compile(r"участи[еяюи]$|участвова[а-яё]*$")

# prepositions that open a complement of an event noun, with the case they govern
_COMPLEMENT_PREPS: dict[str, tuple[str, ...]] = {
    "по": ("datv",),
    "для": ("gent",),
    "о": ("loct", "loc2"),
    "об": ("loct", "loc2"),
    "обо": ("loct",),
    "про": ("accs",),
    "к": ("datv",),
    "ко": ("datv",),
    "с": ("ablt",),
    "со": ("ablt",),
    "среди": ("gent",),
    "из": ("gent",),  # «смена для школьников из Мариуполя», «команды из 12 регионов»
    "под": ("ablt",),
    "памяти": ("gent",),
}

_TOKEN = re.compile(
    r"«[^«»\n]{1,120}»|\"[^\"\n]{1,120}\"|[A-Za-zА-ЯЁа-яё0-9]+(?:[-–][A-Za-zА-ЯЁа-яё0-9]+)*|\S"
)
_WORD = compile_with_scan(r"[A-Za-zА-ЯЁа-яё0-9]+(?:-[A-Za-zА-ЯЁа-яё0-9]+)*$")
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")


class Tokens:
    """The post's tokens (words, quotes «…», single punctuation marks) with their offsets;
    `gap[i]` is True when a line break stands between token i−1 and token i."""

    def __init__(self, text: str) -> None:
        found = list(_TOKEN.finditer(text))
        self.text = text
        self.words = [m.group(0) for m in found]
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.gap = [
            i > 0 and "\n" in text[self.ends[i - 1] : self.starts[i]] for i in range(len(found))
        ]

    def __len__(self) -> int:
        return len(self.words)


# a pure function of the word, asked ~54 times a post, ~40 of them for a word asked before
# in the same post (the phrase walks read each token again): remembered (speed83)
@lru_cache(maxsize=16384)
def word_readings(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of `word`, likeliest first (morphology.parses); () for a word
    with no Cyrillic letter (a Latin name, a number). Remembered per word."""
    return parses(word) if _CYRILLIC.search(word) else ()


@lru_cache(maxsize=16384)  # ~46 calls a post, ~30 of them for a token asked before (speed83)
def is_word(token: str) -> bool:
    """Whether a token of Tokens is a word with a Cyrillic letter (letters, digits, inner
    hyphens), not a quote, a mark or a Latin name. Remembered per token."""
    return _WORD.match(token) is not None and _CYRILLIC.search(token) is not None


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_Forms = set[tuple[str | None, str | None]]  # (number, case) of a word's readings


def _noun_cases(word: str) -> set[tuple[str | None, str | None]]:
    """(number, case) of the word's noun readings; a person's name read only when the word
    is capitalised ("школьников" is no surname here)."""
    proper = word[:1].isupper()
    return {
        (p.tag.number, p.tag.case)
        for p in word_readings(word)
        if "NOUN" in p.tag and (proper or not _NAME_GRAMMEMES & p.tag.grammemes)
    }


def _adj_cases(word: str, pronouns: bool = False) -> set[tuple[str | None, str | None]]:
    """(number, case) of the word's adjective, participle or ordinal readings; pronoun
    adjectives ("нашего") only with `pronouns` (inside a complement, never before the head:
    "эта лекция" is not the lecture's name)."""
    return {
        (p.tag.number, p.tag.case)
        for p in word_readings(word)
        if {"ADJF", "PRTF"} & p.tag.grammemes and (pronouns or "Apro" not in p.tag)
    }


def _head_noun(word: str) -> bool:
    """Whether the likeliest reading of `word` is a noun of three letters or more (not a
    letter's name, "В", nor a preposition read as one)."""
    found = word_readings(word)
    return len(word) >= 3 and bool(found) and found[0].tag.POS == "NOUN"


def plural_animate_accusative(word: str) -> bool:
    """ "в кадеты", "в первоклассники": the plural animate accusative written as the
    nominative, which "в" takes for joining a group ("посвящение в кадеты")."""
    return any(
        "NOUN" in p.tag and p.tag.number == "plur" and p.tag.case == "nomn" and "anim" in p.tag
        for p in word_readings(word)
    )


# verbal nouns of going or joining somewhere: their «в/во/на» + accusative is where one goes
# or what one joins, part of the event's name («поездка в Казань», «вступление в Юнармию»,
# «поход на Эльбрус»); after any other noun that phrase is the verb's, the venue («приглашаем
# на квест в библиотеку»)
DIRECTED_LEMMAS = frozenset(
    {"вступление", "посвящение", "приём", "прием", "принятие", "зачисление", "поездка"}
    | {"экскурсия", "путешествие", "поход", "выезд", "переход", "восхождение", "визит"}
)


def directed_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest noun reading of `word` is a verbal noun of going or
    joining (DIRECTED_LEMMAS), whose «в/на» + accusative belongs to it."""
    found = [p for p in word_readings(word) if "NOUN" in p.tag]
    return bool(found) and found[0].normal_form in DIRECTED_LEMMAS


def _has_case(cases: set[tuple[str | None, str | None]], wanted: tuple[str, ...]) -> bool:
    return any(c in wanted for _, c in cases)


# combining forms that make a compound of an event noun ("видеолекторий", "экофорум")
_COMBINING = ("видео", "эко", "кино", "симфо", "вело", "авто", "мото", "фото", "медиа", "теле")
_LEXICON = frozenset(w.replace("ё", "е") for w in EVENT_LEMMAS)


@lru_cache(maxsize=4096)
def is_event_noun(word: str) -> bool:
    """Whether a noun reading of `word` has a lemma of EVENT_LEMMAS, or ends with one as a
    compound's second part after a combining form ("экофорума" -> "экофорум", a forum;
    _compound_heads, _combining_form); a word pymorphy3 does not know is read by its tail after a
    combining form ("симфосказка": "сказка"); a hyphenated compound by either of its parts
    ("квест-игра", "онлайн-урок": title80)."""
    for p in word_readings(word):
        if "NOUN" not in p.tag:
            continue
        lemma = p.normal_form.replace("ё", "е")
        if lemma in _LEXICON:
            return True
        if any(_combining_form(head) for head in _compound_heads(lemma)):
            return True
    low = word.lower()
    for prefix in _COMBINING:
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            return is_event_noun(low[len(prefix) :].lstrip("-"))
    if HYPHENATED and "-" in low.strip("-"):
        return any(_lexicon_part(part) for part in low.split("-"))
    return False


def _lexicon_part(part: str) -> bool:
    """Whether a part of a hyphenated compound has a noun reading of EVENT_LEMMAS."""
    return any(
        "NOUN" in p.tag and p.normal_form.replace("ё", "е") in _LEXICON for p in word_readings(part)
    )


def _compound_of_event(lemma: str) -> bool:
    """Whether `lemma` ends with a lemma of _COMPOUND_TAILS (five letters or more) after at
    least two letters of its own (_compound_heads): the compound reading before title80's
    combining forms, whose answers test_speed77 holds; is_event_noun asks _combining_form of
    each first part too."""
    return bool(_compound_heads(lemma))


def _compound_heads(lemma: str) -> list[str]:
    """The first parts `lemma` has before a lemma of _COMPOUND_TAILS, each of at least two
    letters ("экофорум": ["эко"]; "реакция": ["ре"])."""
    return [lemma[:i] for i in range(2, len(lemma) - 4) if lemma[i:] in _COMPOUND_TAILS]


def _combining_form(head: str) -> bool:
    """Whether a compound's first part `head` is a combining form when COMBINED (title80):
    at least three letters ending in a linking vowel, or a whole word (_WHOLE), and no verb
    prefix ("экофорум", "полуфинал", "мегаквест", "медиафестиваль", "суперфинал"; not
    "пересмотр"): "реакция", "редакция", "происшествие", "обучение" are no compounds of
    "акция", "шествие", "учение"."""
    return (
        not COMBINED
        or head in _WHOLE
        or (len(head) >= 3 and head[-1] in "аоеиу" and head not in _PREFIXES)
    )


# verb prefixes that end in a vowel and make a new noun, not a compound ("пересмотр")
_PREFIXES = frozenset({"пере", "недо", "пре", "при", "по", "до", "за"})
# first parts that are whole words ending in a consonant ("суперфинал", "арт-", "спорт-")
_WHOLE = frozenset({"супер", "гипер", "арт", "спорт", "бизнес", "экстра"})
HYPHENATED = True  # title80: "квест-игра", "онлайн-урок": an event noun by either part
COMBINED = True  # title80: a compound's first part is a combining form, not a verb prefix


# event nouns that are first nouns of time ("день", "вечер"): an event's name only with
# what qualifies them ("День открытых дверей", "Час органной музыки")
_TIME_LEMMAS = frozenset({"день", "неделя", "декада", "вечер", "час", "месячник"})


def animate(word: str) -> bool:
    """Whether every noun reading of `word` is animate (a person or an animal): an event's
    name never has such a head."""
    found = [p for p in word_readings(word) if "NOUN" in p.tag]
    return bool(found) and all("anim" in p.tag and "inan" not in p.tag for p in found)


def _time_noun(word: str) -> bool:
    found = [p for p in word_readings(word) if "NOUN" in p.tag]
    return bool(found) and found[0].normal_form in _TIME_LEMMAS


def noun_group_end(tokens: Tokens, i: int, cases: tuple[str, ...]) -> int | None:
    """End index (exclusive) of "adjectives* noun" starting at token i whose noun has one of
    `cases` and agrees with the adjectives; None when there is none. A count before it
    («для 400 школьников», «из 12 команд») is taken with a plural noun in the genitive (the
    case a count of five and more gives, _counted)."""
    counted = _counted(tokens, i)
    if counted is not None:
        return counted
    j = i
    adjs: list[set[tuple[str | None, str | None]]] = []
    while j < len(tokens) and j - i <= 3 and is_word(tokens.words[j]):
        if j > i and tokens.gap[j]:
            return None
        word = tokens.words[j]
        nouns = _noun_cases(word)
        good = {nc for nc in nouns if nc[1] in cases} if _head_noun(word) else set()
        if good and (not adjs or all(good & a or _loose(good, a) for a in adjs)):
            return j + 1
        a = _adj_cases(word, pronouns=True)
        if not a or not _has_case(a, cases):
            return None
        adjs.append(a)
        j += 1
    return None


def is_count(token: str) -> bool:
    """Whether a token of Tokens is a count: digits, or a range of them when COUNT_RANGES
    ("8–11" of «для 8–11 классов», "5-7"), a school's usual way to name its grades."""
    return token.isdigit() or (COUNT_RANGES and _COUNT_RANGE.fullmatch(token) is not None)


COUNT_RANGES = True  # title81: a range of counts ("для 8–11 классов") is a count
_COUNT_RANGE = re.compile(r"\d{1,3}\s*[–—-]\s*\d{1,3}")


def _counted(tokens: Tokens, i: int) -> int | None:
    """End index (exclusive) of "count adjectives* noun" at token i («400 школьников»,
    «12 лучших команд»): digits, then a plural genitive noun group on the same line; None
    otherwise (a day «к 9 мая» has a singular month)."""
    if i + 1 >= len(tokens) or not is_count(tokens.words[i]) or tokens.gap[i + 1]:
        return None
    end = noun_group_end(tokens, i + 1, ("gent",))
    if end is None or not any(n == "plur" for n, _ in _noun_cases(tokens.words[end - 1])):
        return None
    return end


def _loose(
    nouns: set[tuple[str | None, str | None]], adj: set[tuple[str | None, str | None]]
) -> bool:
    # an indeclinable or number-less noun reading agrees with any adjective of its case
    return any(n is None and any(c == ac for _, ac in adj) for n, c in nouns)


def right_ends(tokens: Tokens, k: int) -> list[int]:
    """Token indexes (exclusive ends) where each constituent on the right of a head ending
    at k ends: a quoted name, genitives, prepositional complements, one "и" member. At most
    eight constituents; the walk stops at a gap, or at a token no step reads (_RIGHT_STEPS)."""
    walk = _RightWalk(k)
    steps = 0
    while walk.k < len(tokens) and steps < 8:
        steps += 1
        if tokens.gap[walk.k]:
            break
        took = None
        for step in _RIGHT_STEPS:
            took = step(tokens, walk)
            if took is not None:
                break
        if not took:
            break
    return walk.ends


@dataclass(slots=True)
class _RightWalk:
    """Where the walk of right_ends stands: the token `k`, the ends found, whether a quoted
    name and an "и" member were taken, and the cases of the last constituent (what an "и"
    member repeats)."""

    k: int
    ends: list[int] = field(default_factory=list)
    named: bool = False
    joined: bool = False
    last_cases: tuple[str, ...] | None = None

    def to(self, end: int, cases: tuple[str, ...] | None = None) -> bool:
        """Take a constituent ending at `end` (of `cases`, when given); True."""
        self.k = end
        if cases is not None:
            self.last_cases = cases
        self.ends.append(end)
        return True


# each step of right_ends reads the constituent at walk.k: True when it took one, False when
# the walk stops there, None when it is not that step's


def _quoted_name(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """A quoted name, once («…»)."""
    word = tokens.words[walk.k]
    if not walk.named and word[:1] in '«"' and len(word) > 2:
        walk.named = True
        return walk.to(walk.k + 1)
    return None


def _on_topic(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """ "на тему «…»" or "на тему" and a genitive noun group."""
    k = walk.k
    if tokens.words[k].lower() != "на" or k + 1 >= len(tokens):
        return None
    if tokens.words[k + 1].lower() != "тему":
        return None
    after = k + 2
    if after < len(tokens) and tokens.words[after][:1] in '«"':
        return walk.to(after + 1)
    end = noun_group_end(tokens, after, ("gent",))
    return False if end is None else walk.to(end, ("gent",))


def _into_people(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """ "в" and an animate plural accusative («посвящение в первоклассники»)."""
    k = walk.k
    if (
        tokens.words[k].lower() in ("в", "во")
        and k + 1 < len(tokens)
        and plural_animate_accusative(tokens.words[k + 1])
    ):
        return walk.to(k + 2)
    return None


def _directed(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """The accusative goal of a noun of direction («церемония вступления в Юнармию»)."""
    k = walk.k
    if (
        tokens.words[k].lower() in ("в", "во", "на")
        and k + 1 < len(tokens)
        and directed_noun(tokens.words[k - 1])
        and (end := noun_group_end(tokens, k + 1, ("accs",))) is not None
    ):
        return walk.to(end, ("accs",))  # «церемония вступления в Юнармию»
    return None


def _complement(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """A prepositional complement (_COMPLEMENT_PREPS: "по …", "для …", …)."""
    k = walk.k
    low = tokens.words[k].lower()
    if low not in _COMPLEMENT_PREPS or k + 1 >= len(tokens):
        return None
    wanted = _COMPLEMENT_PREPS[low]
    end = noun_group_end(tokens, k + 1, wanted)
    return False if end is None else walk.to(end, wanted)


def _joined_member(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """One "и" member in the last constituent's cases."""
    k = walk.k
    if (
        tokens.words[k].lower() != "и"
        or not walk.ends
        or walk.joined
        or walk.last_cases is None
        or k + 1 >= len(tokens)
    ):
        return None
    end = noun_group_end(tokens, k + 1, walk.last_cases)
    if end is None:
        return False
    walk.joined = True
    return walk.to(end)


def _genitives(tokens: Tokens, walk: _RightWalk) -> bool | None:
    """A genitive noun group not ending on a preposition or a conjunction."""
    if is_word(tokens.words[walk.k]):
        end = noun_group_end(tokens, walk.k, ("gent",))
        if end is not None and not _preposition(tokens.words[end - 1]):
            return walk.to(end, ("gent",))
    return None


_RIGHT_STEPS = (
    _quoted_name,
    _on_topic,
    _into_people,
    _directed,
    _complement,
    _joined_member,
    _genitives,
)


def _preposition(word: str) -> bool:
    found = word_readings(word)
    return bool(found) and found[0].tag.POS in ("PREP", "CONJ", "PRCL", "INTJ")


def left_start(tokens: Tokens, h: int) -> int:
    """Index of the first of up to three adjectives agreeing with the head noun at h."""
    j = h
    head = tokens.words[h]
    nouns = _noun_cases(head)
    while j > 0 and h - j < 3 and not tokens.gap[j] and is_word(tokens.words[j - 1]):
        a = _adj_cases(tokens.words[j - 1])
        if not a or not (a & nouns or _loose(nouns, a)):
            break
        j -= 1
    return j


def phrase_at(tokens: Tokens, h: int, case: str | None = None) -> str | None:
    """The noun phrase headed by the noun at token h, in the nominative, cut to at most 80
    characters at the end of a constituent — at its quoted name when the whole phrase is
    longer and the name fits («смена «Знание — сила»», not «… для подготовки школьников»
    with the olympiad it prepares for cut off); `case` names the case the head stands in when the
    grammar around it says ("accs" after "на" of an invitation). None when the head and its
    adjectives alone are longer than 80 characters."""
    start = left_start(tokens, h)
    ends = [h + 1, *right_ends(tokens, h + 1)]
    text = tokens.text
    head_words = tokens.words[start : h + 1]
    nominative = to_nominative(head_words, case=case) if case else to_nominative(head_words)
    head_text = " ".join(nominative)
    best: str | None = None
    named: str | None = None  # the longest fitting phrase that ends with a quoted name
    for end in ends:
        rest = text[tokens.ends[h] : tokens.ends[end - 1]] if end > h + 1 else ""
        phrase = " ".join((head_text + rest).split())
        if len(phrase) > MAX_TITLE:
            best = named or best  # cut: a whole name over a tail cut short (title74)
            break
        best = phrase
        named = phrase if tokens.words[end - 1][:1] in '«"' else named
    if best is None:
        return None
    return best[:1].upper() + best[1:]


def head_after(tokens: Tokens, i: int, cases: tuple[str, ...], reach: int = 4) -> int | None:
    """The head noun of the first noun group of `cases` within `reach` steps from token i; a
    step passes over an adverb or a whole prepositional group ("пройдёт в Челябинске первый
    форум": the forum), never into one ("пройдёт у школы": no subject)."""
    j = i
    for _ in range(reach):
        if j >= len(tokens) or (tokens.gap[j] and j > i) or not is_word(tokens.words[j]):
            return None
        end = noun_group_end(tokens, j, cases)
        if end is not None:
            return end - 1
        found = word_readings(tokens.words[j])
        pos = found[0].tag.POS if found else None
        if pos == "PREP":
            skip = noun_group_end(tokens, j + 1, _OBLIQUE)
            if skip is None:
                return None
            j = skip
        elif pos == "ADVB":
            j += 1
        else:
            return None
    return None


_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct", "loc2", "gen2")


def invited_head(tokens: Tokens, i: int) -> int | None:
    """The head (a token index) of what an inviting verb at token `i` invites to: the
    accusative noun group after the first «на»/«в»/«во» within its next seven tokens of the
    same clause («приглашаем вас на концерт» → «концерт»); None when the clause ends first or
    no accusative head follows the preposition."""
    for j in range(i + 1, min(i + 8, len(tokens))):
        if tokens.gap[j] or tokens.words[j] in ".!?":
            return None
        if tokens.words[j].lower() in ("на", "в", "во"):
            return head_after(tokens, j + 1, ("accs",))
    return None


def head_before(tokens: Tokens, i: int) -> int | None:
    """The nominative head noun right before token i (the subject before its verb), skipping
    one adverb ("Масленица традиционно пройдёт")."""
    for j in (i - 1, i - 2):
        if j < 0 or tokens.gap[j + 1] or not is_word(tokens.words[j]):
            return None
        if _head_noun(tokens.words[j]) and _has_case(_noun_cases(tokens.words[j]), ("nomn",)):
            return j
        if not any(p.tag.POS == "ADVB" for p in word_readings(tokens.words[j])[:1]):
            return None
    return None


@lru_cache(maxsize=256)
def grammar_candidates(text: str) -> tuple[tuple[int, str, str], ...]:
    """The post's title candidates read by grammar: (character offset, phrase, role) triples
    in the order found, each phrase in the nominative, at most 80 characters, no phrase
    twice. The role (ROLES) says what marked it: "headline" (the first line's opening noun
    phrase), "subject" (of an announcing verb), "invited" (the object of an invitation),
    "part" (what one takes part in), "kind" (an event noun's own phrase)."""
    tokens = Tokens(text)
    found: list[tuple[int, str, str]] = []
    seen: set[str] = set()

    def add(h: int | None, role: str, case: str | None = None) -> None:
        if h is None:
            return
        if animate(tokens.words[h]):
            return  # "Уважаемые родители", "первые абитуриенты": people, never an event
        phrase = phrase_at(tokens, h, case)
        if phrase is None or (" " not in phrase and _time_noun(tokens.words[h])):
            return  # "день", "вечер" alone: a time, named only by what qualifies it
        key = phrase.lower().replace("ё", "е")
        if key not in seen:
            seen.add(key)
            found.append((tokens.starts[h], phrase, role))

    for h, role, case in _marked(tokens):
        if role != "past":
            add(h, role, case)
    return tuple(found)


def _marked(tokens: Tokens) -> Iterator[tuple[int, str, str | None]]:
    """(head token index, role, case the head stands in or None) of each noun phrase grammar
    marks, in the order found: the roles of ROLES, and "past" for the subject of a verb saying
    an event took place ("прошёл конкурс", "состоялась встреча"): a report, not the event."""
    text = tokens.text
    first_line = text.split("\n", 1)[0]
    if 0 < len(first_line) <= 120 and len(tokens) and is_word(tokens.words[0]):
        end = noun_group_end(tokens, 0, ("nomn",))  # a headline opening with its noun phrase
        if end is not None:
            yield end - 1, "headline", None
    for i, word in enumerate(tokens.words):
        role = _verb_role(word)
        if role is None:
            continue
        if role == "invited":
            h = invited_head(tokens, i)
            if h is not None:
                yield h, "invited", "accs"
        elif role == "part":
            if i + 1 < len(tokens) and tokens.words[i + 1].lower() in ("в", "во"):
                h = head_after(tokens, i + 2, ("loct", "loc2"))
                if h is not None:
                    yield h, "part", "loct"
        elif role:
            for h in (head_after(tokens, i + 1, ("nomn",)), head_before(tokens, i)):
                if h is not None:
                    yield h, role, None
        if _head_noun(word) and is_event_noun(word):
            yield i, "kind", None


@lru_cache(maxsize=16384)  # a pure function of the token, asked for every token (speed83)
def _verb_role(token: str) -> str | None:
    """What a token's verb marks in _marked: "subject" (an announcing verb's noun phrase),
    "past" (a verb of having taken place), "invited" (a verb of invitation), "part" (taking
    part: its «в» phrase); "" for another word, None for a token that is no word (is_word).
    Remembered per token: each used to be searched by up to four patterns wherever it
    stood."""
    if not is_word(token):
        return None
    low = token.lower()
    if _ANNOUNCING.search(low):
        return "subject"
    if _ANNOUNCED_PAST.search(low):
        return "past"
    if _INVITING.search(low):
        return "invited"
    return "part" if _TAKING_PART.search(low) else ""


@lru_cache(maxsize=256)
def marked_heads(text: str) -> tuple[tuple[int, str], ...]:
    """(character offset, role) of every head noun grammar marks in `text` (see _marked:
    "headline", "subject", "invited", "part", "kind", "past"), repeats included, in the
    order found; a head that is a person ("Уважаемые родители") is left out."""
    tokens = Tokens(text)
    return tuple(
        (tokens.starts[h], role) for h, role, _ in _marked(tokens) if not animate(tokens.words[h])
    )
