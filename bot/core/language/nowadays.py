"""«Сегодня» meaning «nowadays» in a statement about how things are, never the day the
event is on: «Сегодня обряд колядования не только дань обычаям, но и …», «Сегодня музей —
это современный культурный центр». A leaf module (pymorphy3 through morphology.parses)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.language.morphology import parses
from bot.core.language.tokens import Scanner

_TODAY = re.compile(r"(?<![а-яё])сегодня(?![а-яё])")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?|[—–]|\s-\s|\d+")
# what turns a subject into a statement of what it is: a dash, «это», «не только», «не
# просто», «всего лишь», «уже не» (the words of a nominal predicate's opening)
_LINKS = frozenset({"—", "–", "-", "это"})
_OPENERS = (("не", "только"), ("не", "просто"), ("всего", "лишь"), ("уже", "не"), ("лишь",))
# the parts of speech of a clause's own verb (pymorphy3): the sentence tells an act (an
# infinitive or a gerund hangs on another word: «повод сблизиться», «подарив им сказку»)
_VERBAL = frozenset({"VERB", "PRTS"})
# the parts of speech of a noun phrase's words in the nominative
_NOMINAL = frozenset({"NOUN", "ADJF", "NPRO", "NUMR"})
# «сегодня» opening a statement of what matters now: «Сегодня особенно важно говорить с
# подростками …», «Сегодня как никогда актуально …» — the predicative of importance (maybe
# after a word of degree) says how things stand these days, never what happens on the day;
# «нужно», «необходимо», «можно» stay out: «Сегодня нужно сдать работы» is today's
_IMPORTANT = re.compile(
    r"[\s,]+(?:(?:особенно|очень|крайне|чрезвычайно|так|как\s+никогда|всё|все|тем\s+более)[\s,]+)?"
    r"(?:важно|актуально|значимо)(?![а-яё])"
)


def take_nowadays(sc: Scanner, spans: Iterable[tuple[int, int]]) -> bool:
    """Take every «сегодня» of sc.text (lower-cased) that reads «nowadays» (reads_nowadays)
    in its sentence, so no reader takes it for the event's day. `spans`: the sentences.
    Returns whether «сегодня» is still written untaken («сегодняшний» too)."""
    text = sc.text
    at = text.find("сегодня")
    if at < 0:
        return False
    for begin, end in spans:
        if end <= at:
            continue
        for m in _TODAY.finditer(text, max(begin, at), end):
            if sc.is_free(m.start(), m.end()) and reads_nowadays(text[begin:end], m.end() - begin):
                sc.take(m.start(), m.end())
    while at >= 0 and not sc.is_free(at, at + 7):
        at = text.find("сегодня", at + 7)
    return at >= 0


def reads_nowadays(sentence: str, after: int) -> bool:
    """Whether the «сегодня» ending at sentence[after] (lower-cased) opens a statement of how
    things are now: the sentence has no finite verb or short participle (pymorphy3's
    likeliest reading of every word), right after «сегодня» stands a subject in the
    nominative (a noun phrase, never a preposition: «Сегодня в библиотеке не только
    выставка, но и концерт» is today's event),
    and the subject is followed by a nominal predicate opened by a dash, «это», «не только»,
    «не просто» … and a word in the nominative («обряд — не только дань обычаям»). «Сегодня —
    1 июня» and «Сегодня Международный день …» (no predicate) name today. «Сегодня (особенно)
    важно …» (_IMPORTANT) is a statement of what matters now, whatever follows it."""
    if _IMPORTANT.match(sentence, after):
        return True
    words = _WORD.findall(sentence)
    if any(_pos(w) in _VERBAL for w in words if w[0].isalpha()):
        return False
    rest = _WORD.findall(sentence[after:])
    if not rest or not _nominative(rest[0]):
        return False
    i = 1
    while i < len(rest) and rest[i].strip() not in _LINKS and not _opens(rest, i):
        if not rest[i][0].isalpha():
            return False
        i += 1
    if i >= len(rest):
        return False
    while i < len(rest) and (rest[i].strip() in _LINKS or _opens(rest, i)):
        opener = next((o for o in _OPENERS if tuple(rest[i : i + len(o)]) == o), ("",))
        i += len(opener)  # «— это», «— не только», «не просто»: the predicate's opening
    return i < len(rest) and _nominative(rest[i])


def _opens(words: list[str], i: int) -> bool:
    return any(tuple(words[i : i + len(o)]) == o for o in _OPENERS)


def _pos(word: str) -> str | None:
    found = parses(word)
    return found[0].tag.POS if found else None


def _nominative(word: str) -> bool:
    """Whether a word, read as its likeliest part of speech, may stand in the nominative
    (one of its readings of that part of speech is: «обряд» is an accusative first)."""
    found = parses(word) if word[0].isalpha() else ()
    if not found or found[0].tag.POS not in _NOMINAL:
        return False
    return any(p.tag.POS == found[0].tag.POS and p.tag.case == "nomn" for p in found)
