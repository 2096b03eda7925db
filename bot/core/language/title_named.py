"""What a concise title borrows from the rest of a post: the mentions of each kind that carry
a quoted name (read with kind_phrase only when a rule asks), and a club or studio named as the
subject of "набирает", "объявляет набор". Used by title.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language.first_scan import with_first_scan
from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.title_dated_days import another_days_kind
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    inside_quotes,
    is_animate,
    kind_key,
    word_parses,
)

# "Театральная студия объявляет набор", "Кружок робототехники набирает учеников"
_GENERIC = re.compile(r"(?i)событи|торжеств|встреч|занят")  # "Главные события пройдут …"
_PLACE_PREPS = frozenset({"в", "во", "на", "у", "при"})
_SUBJECT_BEFORE_CUE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)([А-ЯЁ][а-яё-]+(?:(?:,?\s+|\s+и\s+)[А-ЯЁа-яё-]+){0,5}?)\s+"
    r"(?:откро(?:ется|ются)"
    r"|пройд[её]т|пройдут|состоится|состоятся|стартует|заработает|начн[её]т\s+работу"
    r"|начн[её]тся|начнутся|начина(?:ется|ются))(?![а-яё])"
)
_RECRUITS = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,3}?)\s+"
    r"(?:набирает|объявляет\s+набор|открывает\s+набор|вед[её]т\s+набор)(?![а-яё])"
)


def announced_subjects(text: str) -> Iterator[re.Match[str]]:
    """ "Мастерская Деда Мороза откроется 20 декабря": a sentence's opening noun phrase (no
    kind word) that the announcing verb follows, as group 1."""
    for m in _SUBJECT_BEFORE_CUE.finditer(text):
        words = m.group(1).split()
        at = next((i for i, w in enumerate(words) if w in _PLACE_PREPS), len(words))
        if (
            at
            and not search_i(KIND, m.group(1))  # a kind in it is offered as a kind
            and not _GENERIC.search(m.group(1))
            and _subject_words(" ".join(words[:at]))
            and not is_animate(_head_noun(words[:at]))  # "Лучшие чтецы пройдут …": people
            and not _anaphoric(words[0])  # "Их сбор пройдёт …": what "их" points back to
        ):
            yield m  # "Каток на школьном стадионе заработает": where it is, kept


def _anaphoric(word: str) -> bool:
    """Whether one of the word's two likeliest readings is an anaphoric pronoun (pymorphy3's
    Anph: "их", "его", "этот"): a phrase it opens refers back to something named before,
    so it names no event itself ("Их сбор пройдёт 25 октября")."""
    return any("Anph" in p.tag for p in word_parses(word)[:2])


def _head_noun(words: list[str]) -> str:
    """The first word of a noun phrase read as a nominative noun (its head: "бал" of "Зимний
    бал старшеклассников"), else its last word (pymorphy3)."""
    for word in words:
        bare = word.strip(",")
        if any("NOUN" in p.tag and p.tag.case == "nomn" for p in word_parses(bare)[:2]):
            return bare
    return words[-1].strip(",")


def recruiting(text: str) -> Iterator[re.Match[str]]:
    """ "Театральная студия объявляет набор …": matches whose group 1 is the club's name, a
    nominative noun phrase opening its sentence."""
    if "набира" not in text and "набор" not in text:
        return
    for m in _RECRUITS.finditer(text):
        if _subject_words(m.group(1)):
            yield m


def _subject_words(words: str) -> bool:
    """Whether a sentence's opening words are a nominative noun phrase (adjectives, a noun,
    its genitive chain) and nothing else (pymorphy3)."""
    noun = False
    for word in words.replace(",", " ").split():
        if noun and word == "и":
            continue  # "бал старшеклассников, юнармейцев и кадет": a genitive chain of several
        tags = [p.tag for p in word_parses(word)[:2]]  # "Каток": accusative first, nominative too
        if not noun and any("NOUN" in t and t.case == "nomn" for t in tags):
            noun = True
        elif (noun and not any(t.case == "gent" for t in tags)) or (
            not noun and not any({"ADJF", "PRTF"} & t.grammemes and t.case == "nomn" for t in tags)
        ):
            return False
    return noun


class Named:
    """The first phrase of each kind that carries a quoted name, in the order the kinds are
    met; a mention found while skipping is only read (kind_phrase) when a rule asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[tuple[str, int, int, str | None]] = []
        self.resolved: dict[str, str] | None = None

    def add(self, key: str, start: int, end: int, phrase: str | None = None) -> None:
        self.found.append((key, start, end, phrase))
        self.resolved = None

    def get(self, key: str) -> str | None:
        """The first phrase of kind `key` with a quoted name, or None."""
        if self.resolved is not None:
            return self.resolved.get(key)
        for found_key, start, end, phrase in self.found:
            if found_key == key:
                phrase = phrase or kind_phrase(self.text, start, end)
                if "«" in phrase:
                    return phrase
        return None

    def holding(self, key: str, quote: str) -> str | None:
        """The first phrase of kind `key` that holds the quoted name `quote`, or None."""
        for found_key, start, end, phrase in self.found:
            if found_key == key:
                phrase = phrase or kind_phrase(self.text, start, end)
                if quote in phrase:
                    return phrase
        return None

    def named_at(self, key: str) -> int | None:
        """Where the first phrase of kind `key` with a quoted name (see get) starts, or None."""
        for found_key, start, end, phrase in self.found:
            if found_key == key and "«" in (phrase or kind_phrase(self.text, start, end)):
                return start
        return None

    def get_all(self) -> dict[str, str]:
        """Every kind's first phrase with a quoted name, in the order the kinds were met."""
        if self.resolved is None:
            self.resolved = {}
            for key, start, end, phrase in self.found:
                if key not in self.resolved:
                    phrase = phrase or kind_phrase(self.text, start, end)
                    if "«" in phrase:
                        self.resolved[key] = phrase
        return self.resolved


def fuller_mention(text: str, key: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Another mention of the kind `key` (its first four letters) that says more
    ("Телемост пройдёт в формате открытого урока" after a bare "в телемосте"), or None.
    A mention in a clause of `elsewhere` (dated with another day, title_dated_days.py) is
    another day's event of that kind, never this one's."""
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if elsewhere and another_days_kind(text, m.start(), m.group(0), elsewhere):
            continue
        if kind_key(m.group(0)) == key and not inside(m.start()):
            phrase = kind_phrase(text, m.start(), m.end())
            if " " in phrase:
                return phrase
    return None


def repeated_fuller(
    text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """A mention of the kind `phrase` ends with that repeats all its words and says more
    ("Открытый Всероссийский турнир" of a headline, "открытый Всероссийский турнир по шахматам"
    in the body: the same event, its subject named), at most 80 characters; None when the
    post has none. Compared on the phrases in the nominative (kind_phrase). A mention in
    a clause of `elsewhere` is another day's event (fuller_mention)."""
    found = list(KIND.finditer(phrase))
    if not found:
        return None
    key, wanted = kind_key(found[-1].group(0)), phrase.lower() + " "
    for m in _same_kind_mentions(text, key, elsewhere):
        longer = kind_phrase(text, m.start(), m.end())
        if longer.lower().startswith(wanted) and len(longer) <= MAX_TITLE:
            return longer
    return None


def with_inserted_adjectives(
    text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """A mention of the kind `phrase` opens with that writes its words in order with
    adjectives between them ("Чемпионат баскетбольной лиги" of a headline, "чемпионата
    школьной баскетбольной лиги" in the body: the name in full), at most 80 characters and
    nothing after its last word; None when the post has none (kind_phrase's nominative,
    pymorphy3's likeliest reading for an adjective). A mention in a clause of `elsewhere`
    is another day's event (fuller_mention)."""
    found = KIND.match(phrase)
    if found is None or not INSERTED_ADJECTIVES:
        return None
    key, words = kind_key(found.group(0)), phrase.lower().split()
    for m in _same_kind_mentions(text, key, elsewhere):
        longer = kind_phrase(text, m.start(), m.end(), stage=False)  # no "Финал" before it
        if len(longer) <= MAX_TITLE and _adjectives_between(words, longer.split()):
            return longer
    return None


INSERTED_ADJECTIVES = True  # title53: a headline's name written in full below


def _adjectives_between(words: list[str], longer: list[str]) -> bool:
    """Whether `longer` is `words` (lower case) with at least one adjective put between
    them, the same first and last word."""
    if len(longer) <= len(words) or longer[0].lower() != words[0]:
        return False
    if longer[-1].lower() != words[-1]:
        return False
    i = 0
    for word in longer:
        if i < len(words) and word.lower() == words[i]:
            i += 1
            continue
        found = word_parses(word)
        if not found or found[0].tag.POS != "ADJF" or i == 0:
            return False
    return i == len(words)


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_SUBJECT_BEFORE_CUE = with_first_scan(_SUBJECT_BEFORE_CUE)


# a generic kind that stands for the event the post names before it ("Состязания пройдут …")
_STANDS_FOR = re.compile(
    r"(?i)^(?:[а-яё]+\s+){0,2}(?:состязани|соревновани|турнир|игр|мероприяти|встреч)[а-яё]*$"
    r"|^(?:[а-яё]+\s+)?(?:открыти|закрыти)[а-яё]*\s+(?:турнир|соревновани|состязани|игр"
    r"|фестивал|конкурс|олимпиад|чемпионат|первенств)[а-яё]*$"
)


def stands_for_event(phrase: str) -> bool:
    """Whether `phrase` is a generic stand-in for an event named elsewhere ("Состязания",
    "Спортивное соревнование", "Торжественное открытие турнира")."""
    return _STANDS_FOR.match(phrase) is not None


def proper_event(text: str, phrase: str) -> str | None:
    """The event a generic phrase stands for: "Состязания" or "Торжественное открытие
    турнира" in a post that names "4-го Кубка губернатора по интеллектуальным играм" or "XV
    Кубок городов Урала" — a kind written with a capital letter inside a sentence, as Russian
    writes an event's proper name — gives that name (kind_phrase, in the nominative). None
    when the phrase is no such stand-in or no kind is named so."""
    if not stands_for_event(phrase):
        return None
    inside = inside_quotes(text)
    for m in KIND.finditer(text):
        start = m.start()
        if not text[start].isupper() or inside(start):
            continue
        before = text[max(0, start - 3) : start].rstrip(" \t")
        if not before or before[-1] in '.!?\n:«"“-–—':
            continue  # a sentence's, a line's or a listed item's first word is capitalised
            # anyway ("11.40 - Награждение победителей": an item of a schedule)
        named = kind_phrase(text, start, m.end())
        if named.lower() == phrase.lower():
            continue
        if " " in named or (not _STANDS_FOR.match(named) and not _GENERIC_ALONE.match(named)):
            return named  # "В Слёте примут участие …": a lone capitalised kind is its name too
    return None


# kinds too generic to name an event alone, even capitalised ("Мероприятие", "Программа")
_GENERIC_ALONE = re.compile(r"(?i)^(?:мероприяти|программ|проект|событи|праздник|акци)")


def _same_kind_mentions(
    text: str, key: str, elsewhere: tuple[tuple[int, int], ...]
) -> Iterator[re.Match[str]]:
    """The kind words of `text` whose key is `key`, outside quotes and not another day's
    event (a clause of `elsewhere`, fuller_mention): the mentions that may name the
    headline's kind in full."""
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key or inside(m.start()):
            continue
        if elsewhere and another_days_kind(text, m.start(), m.group(0), elsewhere):
            continue
        yield m
