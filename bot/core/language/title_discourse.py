"""Which event a post is about, read from its discourse (title78).

A post names several events: the one it announces, an occasion it is held for, the frame it
belongs to, items of its programme, the next event after a report. The one whose start was
chosen is the event of the start's sentence; a title read elsewhere (a headline, another
sentence) that names none of that sentence's words is another event's.
"""

from __future__ import annotations

import re

from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_grammar import grammar_candidates, is_event_noun, word_readings
from bot.core.language.title_held import held_event
from bot.core.language.title_timed import NAMED_DAY

DISCOURSE = True  # False: the title as the earlier rules chose it (benchmarks compare)
_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")
_SENTENCE = re.compile(r"[^.!?…\n]+")
# the words after which a noun is the frame or the occasion of what the sentence tells, not its
# event ("в рамках фестиваля", "по итогам недели", "ко Дню …", "посвящённая Дню …"), with up
# to two adjectives before the noun
_FRAMED = re.compile(
    r"(?i)(?:в\s+рамках|по\s+итогам|ко?|посвящ[её]нн[а-яё]*|в\s+честь|накануне|в\s+преддверии)"
    r"\s+(?:[а-яё-]+(?:ого|его|ой|ей|ых|их|ому|ему|ым|им)\s+){0,2}$"
)


def discourse_event(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event of the start's `sentence` when `title` names none of its words."""
    if not DISCOURSE or not title or sentence is None:
        return None
    own = with_guillemets(text[sentence[0] : sentence[1]])
    if _stems(title) & _stems(own) or len(_NAMES.findall(own)) > 1:
        return None
    event = held_event(text, sentence) or _only_kind(own)
    if event is None or " " not in event.strip() or _framed(own, event):
        return None
    head = _head_lemma(event)
    if head is None or head in _NO_OTHER or _stems(head) & _stems(title):
        return None
    if len(_stems(event) & _stems(title)) > 1:
        return None  # the title names the event as what it is held for ("игра ко Дню …")
    if _named_again(text, title):
        return None  # the post keeps naming the title's event: the start's one is a mention
    return event


def _headline(text: str, title: str) -> bool:
    """Whether the post's first line is a headline (at most 120 characters) holding every
    word of `title` (by stems): the writer named the post's event there."""
    line = text.strip().split("\n", 1)[0]
    return len(line) <= _HEADLINE and _stems(title) <= _stems(line)


_HEADLINE = 120


def _framed(own: str, event: str) -> bool:
    """Whether the sentence writes `event` (its first word, by stem) after a frame's words."""
    first = event.split()[0].lower()[:5]
    at = own.lower().find(first)
    return at >= 0 and _FRAMED.search(own[:at]) is not None


def _named_again(text: str, title: str) -> bool:
    """Whether the post names `title`'s head noun (by lemma), or its quoted name, in more
    than one sentence."""
    head = _head_lemma(title)
    name = _QUOTED.search(title)
    seen = 0
    for found in _SENTENCE.finditer(text):
        part = found.group()
        if (head and head in {_lemma(w) for w in _WORD.findall(part)}) or (
            name and name.group(1).lower() in part.lower()
        ):
            seen += 1
    return seen > 1


def _only_kind(own: str) -> str | None:
    kinds = [
        (at, phrase)
        for at, phrase, role in grammar_candidates(own)
        if role in ("kind", "subject", "invited", "part")
        and _FRAMED.search(own[:at]) is None
        and (role != "kind" or _GOVERNED.search(own[:at]) is None)
    ]
    phrases = {p for _, p in kinds}
    if len(phrases) != 1:
        return None
    phrase = next(iter(phrases))
    return None if NAMED_DAY.match(phrase) else phrase  # a day the sentence dates by


# heads that name no other event than the title's: a class any event belongs to, or a part
# of an event (its opening, its awards, its broadcast)
_NO_OTHER = frozenset(
    {
        "мероприятие", "программа", "онлайн-программа", "событие", "праздник", "праздничный",
        "соревнование", "состязание", "акция", "занятие", "испытание", "учение", "открытие",
        "закрытие", "парад", "награждение", "трансляция", "церемония", "финал", "этап", "тур",
        "сбор", "старт", "неделя", "каникулы", "гала-концерт", "коллекция", "показ",
    }
)
_STEM = re.compile(r"[а-яё0-9]{4,}")
# a preposition with up to two adjectives before a noun: the noun is a place, a goal or a
# topic of the sentence ("погрузились в сказку", "рассказали о конкурсе"), not its event
_GOVERNED = re.compile(
    r"(?i)(?<![а-яё])(?:в|во|на|о|об|про|с|со|к|ко|по|из|для|от|до|за|у|при|после|перед)\s+"
    r"(?:[а-яё-]+\s+){0,2}$"
)
_QUOTED = re.compile(r"«([^«»]+)»")
_NAMES = re.compile(r"«[^«»]+»|\"[^\"]+\"")


def _stems(phrase: str) -> set[str]:
    return {w[:5] for w in _STEM.findall(phrase.lower().replace("ё", "е"))}


def _head_lemma(phrase: str) -> str | None:
    for word in _WORD.findall(phrase):
        if is_event_noun(word):
            return _lemma(word)
    return None


def _lemma(word: str) -> str:
    for p in word_readings(word):
        if "NOUN" in p.tag:
            return str(p.normal_form).replace("ё", "е")
    return word.lower().replace("ё", "е")
