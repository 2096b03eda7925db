"""Two events the headline joins by «и», each dated by its own sentence (doubt75).

«Стала известна дата выпускных и последних звонков» · «… последний звонок … прозвенит 26 мая»
· «Выпускные вечера … запланированы на 27 июня»; «Детские и взрослые экскурсии в обсерватории»
· «25 июля … детское мероприятие» · «27 июля … экскурсия с прогулкой»: the headline names two
things at once, and the body dates each on its own day. The parser keeps the day of the
sentence it weighs higher, but the post is about both, so which one the card is for is
asked: the other half's day is offered beside the pick (`several_dates`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core.language.morphology import parses
from bot.core.language.post_facts import PostFacts

# «выпускных и последних звонков», «детские и взрослые экскурсии»: a word, «и», one or two words
_PAIR = re.compile(r"(?<![а-яё])([а-яё]{4,})\s+и\s+([а-яё]+(?:\s+[а-яё]{4,})?)(?![а-яё])")
_WORD = re.compile(r"[а-яё]{4,}")
_NAMING = frozenset({"NOUN", "ADJF"})  # the halves are named by nouns and adjectives
_HEADLINE_CHARS = 200  # a longer first sentence is a paragraph, not a headline


def paired_rival(text: str, facts: PostFacts, start: date, now: datetime) -> date | None:
    """The day of the headline's other half, when the headline (the post's first sentence,
    at most 200 characters) joins two halves by «и» — nouns or adjectives, no lemma shared —
    and the weighed dated sentences after it name each half (by lemma) on days of their own,
    the draft's `start` among one half's days only; the other half's first day not before
    `now`'s day (naive school wall-clock). None otherwise. `text`: the normalised
    (lower-cased) post the facts index."""
    if not facts.sentences or facts.sentences[0][1] - facts.sentences[0][0] > _HEADLINE_CHARS:
        return None
    head = facts.sentences[0]
    pairs = list(_PAIR.finditer(text, *head))
    if not pairs:  # most headlines join nothing by «и»: no sentence is read further
        return None
    body = [(day, _lemmas(text, b, e)) for _, day, b, e in facts.weighed if b > head[0] and day]
    for m in pairs:
        one = _lemmas(text, *m.span(1))
        other = _lemmas(text, *m.span(2))
        if not one or not other or one & other:
            continue
        first = {day for day, words in body if words & one}
        second = {day for day, words in body if words & other}
        if not first or not second or first == second or (start in first) == (start in second):
            continue
        rival = sorted(d for d in (second if start in first else first) if d >= now.date())
        if rival:
            return rival[0]
    return None


def _lemmas(text: str, begin: int, end: int) -> set[str]:
    """The lemmas of the nouns and adjectives (pymorphy3's likeliest reading, four letters
    or more) of `text[begin:end]`."""
    found: set[str] = set()
    for word in _WORD.findall(text, begin, end):
        reading = parses(word)
        if reading and reading[0].tag.POS in _NAMING:
            found.add(reading[0].normal_form)
    return found
