"""Names given with a naming word: a candidate title wherever the post names a thing.

"Программа, получившая название «Одна седьмая часть суши», пройдёт …", "Представление в этом
году называется «Тошка-крошка»", "Сеансы под говорящим названием «Ура! Каникулы!»". The
quoted name after "называется", "под … названием", "получил(а) название", "носит название" is
what the post calls the event, however far its kind word stands from it; the kind is the
nearest event kind before the cue in the same clause ("программа", "представление",
"сеансы"), read as its nominative phrase (kind_phrase). Round 50: title misses with no right
candidate on the tuned sets (benchmarks/title_gaps.py) whose name stood after a naming word
but away from its kind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import inflect, parses
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, MAX_TITLE, inside_quotes, kind_key
from bot.core.language.told_past import told_in_past

# the naming word and the quoted name it gives (a comma, a colon or a dash may stand between)
_NAMING = re.compile(
    r"(?<![а-яё])(?:называ(?:ется|ются|лся|лась|лось|лись)"
    r"|под(?:\s+[а-яё]+)?\s+названием|с\s+названием"
    r"|получ[а-яё]*\s+название|нос(?:ит|ят|ящ[а-яё]*)\s+название)"
    r"\s*[:—–-]?\s*(«[^«»\n]{2,80}»)",
    re.I,
)
# the clause before the cue: no sentence end, no other quoted name in between
_CLAUSE_BACK = 90
_CLAUSE_END = re.compile(r"[.!?;\n«»]")
_WORDS = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\S")
_DESCRIBING = frozenset({"ADJF", "PRTF", "NUMR"})  # what only says what sort of kind it is


def only_described(phrase: str) -> bool:
    """Whether a title phrase is a kind only described: one kind noun, alone or after
    adjectives ("Акция", "Новогодние ёлки", "Экологическая акция"), with no name, subject or
    complement that tells the event apart ("Фильмы о России", "Фестиваль «Лето»" are not)."""
    words = _WORDS.findall(phrase.strip())
    if not words or not all(w[0].isalpha() for w in words):
        return False  # a quote, a number, a mark: more than a description
    *before, last = words
    if not KIND.fullmatch(last):
        return False
    for word in before:
        found = parses(word)
        if not found or not (_DESCRIBING & set(found[0].tag.grammemes)):
            return False
    return True


# "один из самых востребованных спектаклей … — «Горе от ума»": one of a kind, named after a
# dash in the same clause
_ONE_OF = re.compile(
    r"(?<![а-яё])(?:один|одн(?:ой|ого|ому|им|ом|а|у|о))\s+из\s+()"  # (): where the Ks open
    r"(?:[^.!?;\n«»—–]|«[^«»\n]{1,60}»){0,160}?\s[—–]\s*(«[^«»\n]{2,80}»)",
    re.I,
)


@dataclass(frozen=True)
class NamedAs:
    """A quoted name given by a naming word: where the cue matched, the name with its
    guillemets, and the kind word's span before it in the same clause (None: none)."""

    at: int
    name: str
    kind: tuple[int, int] | None
    head: str | None = None  # the kind's own phrase when read here ("Спектакль")


def named_as(text: str) -> Iterator[NamedAs]:
    """Every quoted name the post gives with a naming word, with its kind word when one
    stands before the cue in the same clause (the nearest one)."""
    for m in _NAMING.finditer(text) if "назван" in text or "называ" in text else ():
        low = max(0, m.start() - _CLAUSE_BACK)
        back = text[low : m.start()]
        ends = [e.end() for e in _CLAUSE_END.finditer(back)]
        clause_at = low + (ends[-1] if ends else 0)
        kinds = list(KIND.finditer(text, clause_at, m.start()))
        kind = (kinds[-1].start(), kinds[-1].end()) if kinds else None
        yield NamedAs(m.start(), m.group(1), kind)
    if NAMED_IT and "назв" in text:
        yield from _named_it(text)


NAMED_IT = True  # title53: "назвали его «…»", the pronoun's kind in the sentence before
# "назвали его «…»", "назовут её «…»": a name given to what a pronoun points back to
_NAMING_IT = re.compile(
    r"(?<![а-яё])(?:назвал[аио]?|назвали|назовут|назовём|назовем)\s+(его|её|ее|их)"
    r"\s*[:—–-]?\s*(«[^«»\n]{2,80}»)",
    re.I,
)
# what each pronoun agrees with: (gender, number) of its noun
_PRONOUN_AGREES = {
    "его": ({"masc", "neut"}, "sing"),
    "её": ({"femn"}, "sing"),
    "ее": ({"femn"}, "sing"),
    "их": ({"masc", "femn", "neut"}, "plur"),
}
_SENTENCE_MARKS = ".!?\n"


def _named_it(text: str) -> Iterator[NamedAs]:
    """Every name given to what a pronoun object points back to ("Вечером горожан ждёт …
    первый концерт в обновлённом зале. Организаторы назвали его «Грани таланта»"): the last
    kind of the sentence before that agrees with the pronoun in gender and number (pymorphy3);
    none when no such kind stands there."""
    for m in _NAMING_IT.finditer(text):
        opening = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_MARKS)
        while opening > 0 and text[opening - 1] in _SENTENCE_MARKS + " ":
            opening -= 1  # ".\n", "!..": the marks that close the sentence before
        if opening <= 0:
            continue
        before = max(text.rfind(c, 0, opening) for c in _SENTENCE_MARKS) + 1
        genders, number = _PRONOUN_AGREES[m.group(1).lower()]
        inside = inside_quotes(text)
        agreeing = [
            k
            for k in KIND.finditer(text, before, opening)
            if not inside(k.start()) and _agrees_with(k.group(0).split()[0], genders, number)
        ]
        if agreeing:
            yield NamedAs(m.start(), m.group(2), agreeing[-1].span())


def _agrees_with(word: str, genders: set[str], number: str) -> bool:
    """Whether a noun reading of `word` has one of `genders` and `number` (a plural noun
    agrees with any gender)."""
    return any(
        p.tag.POS == "NOUN"
        and p.tag.number == number
        and (number == "plur" or p.tag.gender in genders)
        for p in parses(word)[:3]
    )


def one_of_named(text: str) -> Iterator[NamedAs]:
    """Every "one of the Ks — «N»" of the post ("на один из самых востребованных спектаклей
    театра — «Горе от ума»"): the name with its kind, the kind put in the nominative
    singular ("Спектакль")."""
    if " из " not in text:
        return
    for m in finditer_i(_ONE_OF, text):
        kind = KIND.search(text, m.start(1), m.start(2))
        if kind is None:
            continue
        found = parses(kind.group(0).split()[0])
        single = inflect(found[0], {"nomn", "sing"}) if found else None
        if single is None:
            continue
        head = str(single.word)
        yield NamedAs(m.start(2), m.group(2), kind.span(), head[:1].upper() + head[1:])


_NAMING_TAIL = re.compile(r"(?i)\s+(?:(?:под|с)(?![а-яё])|получ|нос[ия]|называ)")


def named_as_phrase(text: str, found: NamedAs) -> str:
    """The title of a name given with a naming word: its kind's phrase then the name
    ("Программа «Одна седьмая часть суши»"), or the name alone when no kind stands before it
    (or the kind's phrase already holds the name)."""
    if found.head is not None:
        return f"{found.head} {found.name}"
    if found.kind is None:
        return found.name
    phrase = kind_phrase(text, *found.kind)
    if found.name in phrase:
        return phrase
    # "под названием", "с названием" (whole words: never the "с" of "спектакль"), "получившая",
    # "носящий", "называемый"
    head = _NAMING_TAIL.split(phrase, maxsplit=1)[0].rstrip(" ,")
    return f"{head} {found.name}"


# what tells one event of a kind from another: a quoted name opening with a capital ("акция
# «Чистый берег»", never "диктант «по-настоящему тотальным»") or a subject "по/о/об/про …"
_TELLS_APART = re.compile(r"«[A-ZА-ЯЁ0-9]|\s(?:по|о|об|про)\s+([А-ЯЁа-яё]+)")


def _tells_apart(phrase: str) -> bool:
    """Whether a mention's phrase holds a quoted name or a subject "по/о …" (not a
    pronoun's extent: "урок по всей стране")."""
    for m in _TELLS_APART.finditer(phrase):
        if m.group(1) is None:
            return True
        found = parses(m.group(1))
        if not found or "Apro" not in found[0].tag:
            return True
    return False


def _plural(word: str) -> bool:
    """Whether the likeliest reading of a kind word is plural ("экзамены", "лекций")."""
    found = parses(word)
    return bool(found) and found[0].tag.number == "plur"


def _adjectives(phrase: str) -> frozenset[str]:
    """The lemmas of the adjectives before a phrase's first noun ("Межрегиональный
    волейбольный турнир" -> межрегиональный, волейбольный)."""
    lemmas = set()
    for word in _WORDS.findall(phrase):
        found = parses(word)
        if not found or "ADJF" not in found[0].tag:
            break
        lemmas.add(found[0].normal_form)
    return frozenset(lemmas)


def named_mention(
    text: str, described: str, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """The post's first mention of the kind of `described` (a kind only described, see
    only_described) that tells the event apart: its phrase holds a capitalised quoted name or
    a subject "по/о …" ("акция «Чистый берег»", "лекции по робототехнике"), and shares an
    adjective with `described` when both have some; None when there is none. A mention
    inside a quoted name, in a clause of `elsewhere` (dated with another day) or in a sentence
    told in the past (told_past.told_in_past: «в прошлом году концерт «…» собрал полный зал»)
    is another event's."""
    key = kind_key(_WORDS.findall(described)[-1])
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0).split()[0]) != key or inside(m.start()):
            continue
        if any(a <= m.start() < b for a, b in elsewhere):
            continue
        if told_in_past(text, m.start(), m.end()):
            continue  # a past event of the same kind, told of beside the coming one
        phrase = kind_phrase(text, m.start(), m.end())
        if only_described(phrase) or not _tells_apart(phrase):
            continue
        if _plural(m.group(0).split()[0]) != _plural(_WORDS.findall(described)[-1]):
            continue  # "Выпускные экзамены" and "экзамен по русскому языку": one of a series
        own, its = _adjectives(described), _adjectives(phrase)
        if own and its and not own & its:
            continue  # "шахматный праздник" and "семейный праздник «…»": two events
        return phrase
    return None


def named_again(text: str, title: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """`title` (a kind's phrase with no quoted name) with the name the post gives the same
    kind with a naming word ("…проходят дополнительные сеансы массового катания. Сеансы под
    говорящим названием «Ура! Каникулы!» …" -> "Дополнительные сеансы массового катания
    «Ура! Каникулы!»"): the naming clause's kind has the title's first kind's key
    (kind_key) and number, so it is the same event said again, now named. The kind's phrase
    and the name alone when both together pass 80 characters. None when the title has a
    quoted name or no kind, or no naming word names a kind of its key outside a clause of
    `elsewhere` (dated with another day) and outside a sentence told in the past."""
    if "«" in title:
        return None
    word = _head_noun(title)
    if word is None:
        return None
    lemma, plural = _lemma(word), _plural(word)
    for found in named_as(text):
        if any(a <= found.at < b for a, b in elsewhere):
            continue
        named = _named_noun(text, found)
        if named is None or _lemma(named[1]) != lemma or _plural(named[1]) != plural:
            continue
        if told_in_past(text, named[0], found.at):
            continue
        whole = f"{title} {found.name}"
        if len(whole) <= MAX_TITLE:
            return whole
        return named_as_phrase(text, found) if found.kind is not None else None
    return None


def _head_noun(phrase: str) -> str | None:
    """The first word of `phrase` whose likeliest reading (pymorphy3) is a noun."""
    for word in _WORDS.findall(phrase):
        found = parses(word)
        if found and found[0].tag.POS == "NOUN":
            return str(word)
    return None


def _named_noun(text: str, found: NamedAs) -> tuple[int, str] | None:
    """The noun the naming word names: its kind word, else the clause's last noun before the
    cue in the nominative ("Сеансы под говорящим названием «…»"), with its offset."""
    if found.kind is not None:
        return found.kind[0], text[found.kind[0] : found.kind[1]].split()[0]
    low = max(0, found.at - _CLAUSE_BACK)
    ends = [e.end() for e in _CLAUSE_END.finditer(text, low, found.at)]
    at = ends[-1] if ends else low
    nouns = [
        m
        for m in _WORDS.finditer(text, at, found.at)
        if (p := parses(m.group(0)))
        and p[0].tag.POS == "NOUN"
        and any(q.tag.POS == "NOUN" and q.tag.case == "nomn" for q in p)
    ]
    return (nouns[-1].start(), nouns[-1].group(0)) if nouns else None


def _lemma(word: str) -> str:
    """The likeliest lemma of `word` (pymorphy3), lower case; the word itself when unknown."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()
