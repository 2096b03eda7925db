"""What an event's title means, for duplicate checks: its kind and its subject, as sets of
normalised words (pymorphy3 lemmas), not as raw characters.

«Консультация по ОГЭ» is the kind {консультация} with the subject {огэ}; «Классный час 9А»
is the kind {классный, час}, no subject, and the class 9А. Two titles mean the same event
when their subjects agree (one holds the other, or they share at least half their words),
their kinds do not contradict each other, and the classes and the proper names (КГТУ, БФУ)
they give are not different ones.
Titles with no subject (a bare «Лекция») never mean the same event: the kind alone says
nothing about which lecture it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3
from rapidfuzz import fuzz

from bot.core.language.morphology import is_known

SUBJECT_OVERLAP = 0.5  # shared words / all words of both subjects
STEM = 5  # subject words compare by their first letters: «шахматы» ~ «шахматный»

# Kinds of school events: what an event is, not what it is about.
KIND_WORDS = frozenset(
    {
        "лекция",
        "консультация",
        "экскурсия",
        "мастер-класс",
        "семинар",
        "вебинар",
        "тренинг",
        "практикум",
        "урок",
        "классный",
        "час",
        "собрание",
        "олимпиада",
        "конкурс",
        "соревнование",
        "турнир",
        "викторина",
        "квест",
        "беседа",
        "презентация",
        "конференция",
        "фестиваль",
        "выставка",
        "встреча",
        "занятие",
        "мероприятие",
        "игра",
        "экзамен",
        "репетиция",
        "кружок",
        "секция",
    }
)
# Kinds that fit any other kind («Встреча с КГТУ» may be their «Лекция КГТУ»).
LOOSE_KINDS = frozenset({"встреча", "занятие", "мероприятие"})
# Words that say nothing about the subject.
STOP_WORDS = frozenset(
    {
        "для",
        "класс",
        "ученик",
        "учащийся",
        "школьник",
        "обучающийся",
        "параллель",
        "представитель",
        "приглашать",
        "школа",
        "наш",
        "весь",
        "тема",
    }
)
_SKIPPED_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "NUMR"})
_WORD = re.compile(r"[\w]+(?:-[\w]+)*")
_CLASS = re.compile(r"^(\d{1,2})(?:-?[а-я])?$")
_GRADE_SUFFIX = re.compile(r"^(\d{1,2})-?(?:х|е|ы[хе]|ой|ого|м|ым)$")


@dataclass(frozen=True, slots=True)
class TitleMeaning:
    """A title as sets of lemmas: `kind` (лекция, экскурсия…), `subject` (the rest, stop
    words out, each cut to its first STEM letters so that a noun and its adjective agree)
    and `classes` (class or grade names written in the title: "9а", "10"); `names` are
    the subject's words no dictionary knows (КГТУ, Автотор, 3d)."""

    kind: frozenset[str]
    subject: frozenset[str]
    classes: frozenset[str]
    names: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str | None:
    """The dictionary form of a lowercase word; None for a word without meaning here."""
    if len(word) <= 1 and not word.isdigit():
        return None
    parse = _morph().parse(word)[0]
    if parse.tag.POS in _SKIPPED_POS:
        return None
    if not word.isalpha():
        return word  # «3d»: kept as written
    return str(parse.normal_form)


@lru_cache(maxsize=4096)
def title_meaning(title: str) -> TitleMeaning:
    """The kind, subject and classes of an event title (case, «ё», punctuation and word
    forms do not matter; words the dictionary does not know, like «КГТУ», are kept as
    written)."""
    kind: set[str] = set()
    subject: set[str] = set()
    classes: set[str] = set()
    names: set[str] = set()
    text = _SPLIT_KIND.sub(r"\1-", title.replace("ё", "е").replace("Ё", "Е"))
    for raw in _WORD.findall(text):
        word = raw.lower()
        grade = _GRADE_SUFFIX.match(word)
        if grade is not None or _CLASS.match(word):
            classes.add(grade.group(1) if grade is not None else word)
            continue
        for part in _parts(word):
            lemma = _lemma(part)
            if lemma is None or lemma in STOP_WORDS:
                continue
            if lemma in KIND_WORDS:
                kind.add(lemma)
            else:
                key = lemma[:STEM] if lemma.isalpha() else lemma
                subject.add(key)
                if not _morph().word_is_known(part):
                    names.add(key)
    return TitleMeaning(frozenset(kind), frozenset(subject), frozenset(classes), frozenset(names))


# a hyphenated kind typed apart or fused, as phones and teenagers type it: «мастер класс»,
# «мастеркласс» are «мастер-класс» (newcomer walk 2026-12-03x, X3)
_SPLIT_KIND = re.compile(
    "|".join(
        rf"(?<![\w-])({head})\s*(?={tail})"
        for head, tail in (kind.split("-", 1) for kind in sorted(KIND_WORDS) if "-" in kind)
    )
    or r"(?!)",
    re.IGNORECASE,
)


def _parts(word: str) -> list[str]:
    """A hyphenated word the dictionary does not know is its parts: «3d-печать»."""
    if "-" in word and not _morph().word_is_known(word):
        return [p for p in word.split("-") if p]
    return [word]


def same_event_titles(a: str, b: str) -> bool:
    """Whether two titles name the same event (see the module docstring for the rule)."""
    first, second = title_meaning(a), title_meaning(b)
    if not first.subject or not second.subject:
        return False
    if first.classes and second.classes and not first.classes & second.classes:
        return False
    if first.names and second.names and not first.names & second.names:
        return False  # «… КГТУ» and «… БФУ»: other organisations or places
    if not _kinds_agree(first.kind, second.kind):
        return False
    shared = first.subject & second.subject
    if not shared:
        return False
    if shared in (first.subject, second.subject):
        return True
    return len(shared) / len(first.subject | second.subject) >= SUBJECT_OVERLAP


def _kinds_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a & b:
        return True
    return bool((a | b) & LOOSE_KINDS)


def title_mentions(query: str, title: str) -> bool:
    """Whether an event titled `title` is what a person names by `query` («день открытых
    дверей» names «День открытых дверей КГТУ»): every kind and subject word of the query is
    in the title. An empty query names nothing."""
    asked, found = title_meaning(query), title_meaning(title)
    words = asked.kind | asked.subject
    if not words:
        return False
    return words <= (found.kind | found.subject) and asked.classes <= found.classes


@lru_cache(maxsize=4096)
def place_words(text: str) -> frozenset[str]:
    """The lemmas of a place or title's words, case, «ё», punctuation and word forms aside
    («в музей янтаря» and «Музей янтаря» both give {музей, янтарь}); prepositions and
    conjunctions are left out, numbers («204») kept as written."""
    words: set[str] = set()
    for raw in _WORD.findall(text.replace("ё", "е").replace("Ё", "Е")):
        lemma = _lemma(raw.lower())
        if lemma is not None:
            words.add(lemma)
    return frozenset(words)


def names_venue(title: str, venue: str | None) -> bool:
    """Whether `title` already names `venue`: every word of the venue, by lemma, is in the
    title («Экскурсия в музей янтаря» names «музей янтаря»; «Лекция о космосе» does not
    name «ауд. 204»). A venue of no words (None, "", punctuation) is never named. A line
    showing both says the venue once (walk r, 2026-12-02, #21)."""
    if not venue:
        return False
    wanted = place_words(venue)
    return bool(wanted) and wanted <= place_words(title)


MISSPELT_SCORE = 75.0  # rapidfuzz ratio of two words' stems (last letter off) for one letter
_TITLE_WORD = re.compile(r"[а-яё]{4,}")


def misspelt_mention(query: str, title: str) -> bool:
    """Whether `query` names `title` through a misspelt word: some word of the query the
    dictionary does not know («лекцыю») is, its ending aside, one letter from a word of the
    title («Лекция»). Words of fewer than four letters are not compared."""
    asked = [w for w in _TITLE_WORD.findall(query.lower().replace("ё", "е")) if not is_known(w)]
    found = _TITLE_WORD.findall(title.lower().replace("ё", "е"))
    return any(_near(a, f) for a in asked for f in found)


def _near(asked: str, found: str) -> bool:
    """Whether two lower-cased words are one slip apart: their stems (the last letter off)
    within MISSPELT_SCORE of each other (rapidfuzz ratio), the first letters the same."""
    return asked[0] == found[0] and fuzz.ratio(asked[:-1], found[:-1]) >= MISSPELT_SCORE


def close_mention(query: str, title: str) -> bool:
    """Whether `query` names `title` with slips in its words: each of the query's meaning
    words (prepositions, conjunctions and particles aside: `_lemma`) is in the title — one of
    four letters or more by lemma or one slip from a title word, a shorter one («бал», «ИТ»)
    or one with digits by lemma only («зимняя скаска» names «Спектакль «Зимняя сказка»»,
    «тайная комнта» names «Квест «Тайная комната»» and not «Экскурсия «Янтарная комната»»,
    «зимний бал» and «зимнего бала» name neither: review53 #5). A query with no meaning word
    names nothing. Looser than title_mentions: for a search by words that named no title
    exactly (chat53)."""
    asked = _meaning_words(query)
    found = _meaning_words(title)
    lemmas = set(found.values())
    return bool(asked) and all(
        lemma in lemmas
        or (_TITLE_WORD.fullmatch(word) is not None and any(_near(word, f) for f in found))
        for word, lemma in asked.items()
    )


_PLAIN_WORD = re.compile(r"[a-zа-яё0-9]+")


def _meaning_words(text: str) -> dict[str, str]:
    """`text`'s words that carry meaning (lower case, «ё» as «е»), each with its lemma
    (`_lemma`: prepositions, conjunctions, particles and one letter left out)."""
    words: dict[str, str] = {}
    for word in _PLAIN_WORD.findall(text.lower().replace("ё", "е")):
        lemma = _lemma(word)
        if lemma is not None:
            words[word] = lemma
    return words
