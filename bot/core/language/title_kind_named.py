"""The event's quoted name given where the post names its kind again (title82).

A title read from one mention of the event («Акция по сбору помощи пройдёт 19 августа»)
often lacks the name another mention gives it right after the same kind word («Волонтёры
проведут акцию «Доброе дело»»): Russian writes an event's own name as an apposition in
quotes straight after its kind noun, so «KIND «Name»» anywhere in the post names the
title's event when the kind is the title's own. A quote a few words further on is a
place's, an organiser's or a book's («турнир в МБОУ «Гимназия №2»», «конференция по повести
«…»»), never taken here; a slogan («под девизом «…»») stands after no kind. Two different
names given to the kind (a programme of several contests) name no one event: none is taken.
One quoted word in lower case is a word used loosely (title_words.scare_quoted), and a
quoted adjective of the noun after it («Междугородний» турнир) no name.

A mention is another event of the same kind, not the title's, when it is a frame or a side
(«в рамках акции «…»», «участники конкурса «…»»: title_words.side_before), when an adjective
before it is none of the title's words («Большой шахматный праздник» and «на площадке
семейного праздника «…»»), or when the title's kind is plural and the mention's singular
(«Спектакли ТЮЗа» and «ждёт спектакль «…»»: one of them), or when its sentence tells a time
of its own (a month, a weekday, a year, «вчера», «в прошлом году»: «19 декабря состоится
концерт «…»», «В прошлом году успех имел мастер-класс «…»»): another day's event. A mention told in
the past after a first mention that is not («Экологическая акция пройдёт … акция «…» весной
объединила сто волонтёров») is a past event's (fixparse50). A name opens
with a capital, a digit or a mark («по-настоящему массовым» in quotes is a word used loosely).
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.lowered import finditer_i
from bot.core.language.title_words import (
    KIND,
    adjective_of_noun_after,
    inside_quotes,
    kind_key,
    scare_quoted,
    short_quote,
    side_before,
    word_parses,
)
from bot.core.language.told_past import told_in_past

__all__ = ["KIND_NAMED_ELSEWHERE", "kind_named_elsewhere"]

KIND_NAMED_ELSEWHERE = True  # title82: «KIND «Name»» elsewhere in the post names the title's kind

_QUOTE_RIGHT_AFTER = re.compile(r"[^\S\n]+(«[^«»\n]{2,80}»)")


def kind_named_elsewhere(text: str, title: str, kind_word: str) -> str | None:
    """The quoted name (in «», cut by title_words.short_quote) that `text` (a post, quote
    marks written «…» already) gives right after a mention of the title's kind `kind_word`
    (the word of `title` KIND matched; mentions compared by title_words.kind_key; spaces only
    between the kind word and the opening mark, on one line) that is the title's event (see
    the module); None when no mention has one, or when mentions give two different names."""
    if not KIND_NAMED_ELSEWHERE or "«" not in text:
        return None
    inside = inside_quotes(text)
    key, several = _kin(kind_key(kind_word)), _plural(kind_word)
    own = {w.lower()[:_STEM] for w in _WORD.findall(title)}
    names: set[str] = set()
    first: int | None = None  # the kind's first mention: where the post announces it
    for kind in finditer_i(KIND, text):
        if _kin(kind_key(kind.group(0))) != key or inside(kind.start()):
            continue
        first = kind.start() if first is None else first
        if several and not _plural(kind.group(0)):
            continue  # «Спектакли ТЮЗа» and «спектакль «…»»: one of the several
        if side_before(text, kind.start()) or not _own_adjectives(text, kind.start(), own):
            continue
        quoted = _QUOTE_RIGHT_AFTER.match(text, kind.end())
        if quoted is None:
            continue
        start, end = quoted.span(1)
        if scare_quoted(quoted.group(1)) or adjective_of_noun_after(text, start, end):
            continue
        if not _capitalised(quoted.group(1)) or _timed_apart(text, kind.start()):
            continue
        if (
            kind.start() != first
            and told_in_past(text, kind.start(), kind.end())
            and not told_in_past(text, first, first)
        ):
            continue  # «Акция пройдёт … Акция «Чистый берег» весной объединила …»: a past one
        names.add(short_quote(quoted.group(1)))
    return names.pop() if len(names) == 1 else None


_WORD = re.compile(r"[А-ЯЁа-яё]+")
_STEM = 5  # letters two forms of one adjective share («семейный», «семейного»)
_ADJECTIVES_BEFORE = re.compile(r"(?:([А-ЯЁа-яё]+)[^\S\n]+)?([А-ЯЁа-яё]+)[^\S\n]+$")
_REACH = 40  # characters looked back for the two words before a mention


def _own_adjectives(text: str, at: int, own: set[str]) -> bool:
    """Whether every adjective among the two words right before the kind word at `at` is a
    word of the title (`own`: the title's words' first _STEM letters, lower-cased); a word
    that is no adjective ends the look back."""
    words = _ADJECTIVES_BEFORE.search(text, max(0, at - _REACH), at)
    if words is None:
        return True
    for word in (words.group(2), words.group(1)):
        if word is None or not _adjective(word):
            return True
        if word.lower()[:_STEM] not in own:
            return False
    return True


def _adjective(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a full adjective or participle."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS in ("ADJF", "PRTF")


def _plural(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of the kind word is a plural noun."""
    found = word_parses(word)
    return bool(found) and found[0].tag.number == "plur"


KIN_KINDS = True  # title82: a sports contest's words name one kind («соревнования», «турнир»)
_CONTEST = "соре"
_CONTEST_KEYS = frozenset({"соре", "турн", "сост", "перв", "чемп"})


def _kin(key: str) -> str:
    """The kind key a mention is compared by: one key for the words of a sports contest
    («соревнования», «турнир», «состязания», «первенство», «чемпионат»), which a post uses
    in turn for one event; `key` itself otherwise."""
    return _CONTEST if KIN_KINDS and key in _CONTEST_KEYS else key


# a time a sentence tells of its own: a month, a weekday, a year («2025 г.», «в прошлом году»,
# not «пятый год»: a count), a day next to today, a date in digits
_OWN_TIME = re.compile(
    rf"(?i)(?<![а-яё])(?:{MONTH}|(?:понедельник|вторник|сред[аыуе]|четверг|пятниц[аыуе]"
    r"|суббот[аыуе]|воскресень[еяю])(?![а-яё])|\d{4}[^\S\n]*г|вчера|завтра|прошл[а-яё]+"
    r"|следующ[а-яё]+|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)"
)
_SENTENCE_BOUND = re.compile(r"[.!?](?=\s)|\n")


def _timed_apart(text: str, at: int) -> bool:
    """Whether the sentence holding offset `at` tells a time of its own (_OWN_TIME)."""
    ends = [m.start() for m in _SENTENCE_BOUND.finditer(text, max(0, at - 300), at)]
    begin = ends[-1] + 1 if ends else max(0, at - 300)
    after = _SENTENCE_BOUND.search(text, at)
    return _OWN_TIME.search(text, begin, after.start() if after else len(text)) is not None


def _capitalised(name: str) -> bool:
    """Whether the quoted name's first character is no lower-case letter («Тёплый дом»,
    «5 вёрст»: names; «по-настоящему массовым»: words used loosely)."""
    return not name[1:2].islower()
