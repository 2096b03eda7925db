"""Kind words that stand for an event named elsewhere in the same sentence or just before.

- A generic kind equated with a name by a dash: "Географический диктант — международная
  просветительская акция" (the name is the subject, the kind its predicate), "состоится
  масштабная акция – Географический диктант" and "пройдёт «Открытая лабораторная» –
  образовательная акция" (the name in apposition). The card's title is the name, not "акция".
- A kind a possessive pronoun ties to an event named before: "…пройдёт турнир юных
  математиков. Его торжественное открытие состоится 25 ноября" — the opening is the
  tournament's, so the title is the tournament.
Used by title.py; the phrases themselves are built by title_phrase.py.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses, to_nominative
from bot.core.language.title_words import KIND

# kinds that classify an event rather than name it ("акция", "мероприятие", "событие")
GENERIC = re.compile(r"(?i)(?:акци|мероприяти|событи|инициатив|проект)")
# "<name> — " right before the kind and its adjectives ("… диктант РГО — международная ")
_BEFORE_DASH = re.compile(r"\s[—–-]\s+(?:[а-яё-]+\s+){0,3}$")
# " – <Name>" right after the kind phrase: a capitalised phrase or a quoted name
_AFTER_DASH = re.compile(
    r"\s+[—–-]\s+(«[^»\n]{3,70}»|\"[^\"\n]{3,70}\"|[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁа-яё]+){0,5})"
)
_POSSESSIVE = re.compile(
    r"(?i)(?<![а-яё])(?:его|её|ее|их)\s+(?:[а-яё]+(?:ое|ее|ый|ий|ая|яя|ые|ие)\s+)?$"
)


def equated_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the event name a generic kind at text[start:end] is equated with by a
    dash (see the module docstring), else None. A name is a quoted name or a phrase holding a
    kind word or opening with a capital; the phrase before the dash is the sentence's
    subject, so it must start the sentence (or be a quote)."""
    if not GENERIC.match(text, start):
        return None
    before = _BEFORE_DASH.search(text, max(0, start - 60), start)
    if before is not None:
        left = before.start()
        if text[left - 1 : left] == "»":  # "… пройдёт «Открытая лабораторная» – акция"
            opened = text.rfind("«", max(0, left - 80), left)
            return (opened, left) if opened >= 0 else None
        line_start = _sentence_start(text, left)
        subject = text[line_start:left]
        if 3 <= len(subject) <= 60 and _names_event(subject):
            return line_start, left
    after = _AFTER_DASH.match(text, end)
    if after is not None and _names_event(after.group(1)):
        return after.span(1)
    return None


def possessed(text: str, start: int) -> bool:
    """Whether a possessive pronoun ("его", "их") stands right before the kind at `start`
    (with an adjective between: "Его торжественное открытие")."""
    return _POSSESSIVE.search(text, max(0, start - 30), start) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence or line holding `at` begins (after its first blanks)."""
    cut = max(text.rfind(mark, 0, at) for mark in ".!?\n")
    begin = cut + 1
    while begin < at and text[begin].isspace():
        begin += 1
    return begin


def _names_event(phrase: str) -> bool:
    """Whether `phrase` can be an event's name: quoted, or holding a kind word, or opening
    with a capital letter of a word (not an abbreviation alone)."""
    if phrase[:1] in '«"':
        return True
    found = KIND.search(phrase)
    if found is not None and not GENERIC.match(found.group(0)):
        return True
    return phrase[:1].isupper() and phrase[1:2].islower() and " " in phrase.strip()


def invited_feast(word: str) -> str | None:
    """ "Приглашаем на Масленицу": a dictionary noun written with a capital after an
    invitation names a feast; its nominative ("Масленица"), else None for a person, a
    place or anything animate (pymorphy3 grammemes)."""
    found = parses(word.lower())
    if not found:
        return None
    tag = found[0].tag
    if (
        tag.POS != "NOUN"
        or "anim" in tag
        or {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(str(tag).replace(" ", ",").split(","))
    ):
        return None
    nominative = to_nominative([word.lower()], case="accs")[0]
    return nominative[:1].upper() + nominative[1:]
