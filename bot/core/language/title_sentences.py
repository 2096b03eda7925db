"""A chat line's title read sentence by sentence (parse75): the full stop a date or a clock
took with it still ends its sentence in the title, and a later sentence that only names the
event again («Фестиваль пройдёт …», «Соревнования начнутся в 10:00») adds nothing to its name.

Before, «Турнир по шахматам пройдёт с 9 по 11 декабря. Соревнования начнутся в 10:00» gave
«Турнир по шахматам Соревнования» (the stop went with «11 декабря.», the next sentence's
subject was glued on), and «На фестивале Радуга выступят лучшие хоры. Фестиваль пройдёт …»
gave «Фестиваль Радуга. Фестиваль»."""

from __future__ import annotations

import re

from bot.core.language.morphology import lemma, parses
from bot.core.language.opening_runs import WHOLE_EVENT_NOUNS
from bot.core.language.sentences import is_abbreviation
from bot.core.language.tokens import Scanner

# a mark ending a sentence, then blanks and the next sentence's first letter or quote
_STOP = re.compile(r"[.!?](?=\s+[«\"A-Za-zА-ЯЁа-яё])")
_WORD_BEFORE = re.compile(r"([A-Za-zА-ЯЁа-яё]+)$")
_WORD = re.compile(r"[A-Za-zА-ЯЁа-яё]+(?:-[A-Za-zА-ЯЁа-яё]+)*")
# a noun for the whole event (pymorphy3 lemmas); the placeholder «Мероприятие» is left to
# leftovers.without_bare_labels, after the concise title's choice (a line naming two events
# before «Мероприятие пройдёт …» is asked which: event_referent)
_SAME_EVENT = WHOLE_EVENT_NOUNS
# parts of speech that say what happens or when, never which event (pymorphy3 tags)
_NOT_A_NAME = frozenset({"VERB", "INFN", "PRTS", "ADVB", "PREP", "CONJ", "PRCL"})


def remainder_with_stops(sc: Scanner) -> str:
    """`sc.remainder()` with each sentence-ending mark a rule took put back (a date's or a
    clock's «… 14 декабря. Сбор у школы»): a mark followed by blanks and a letter or a quote
    whose next character is not taken, the word before it no abbreviation («ул.», «каб.»).
    The title then keeps its sentences apart instead of gluing the next one's words on."""
    rest = sc.remainder()
    original, taken = sc.original, sc.taken
    marks = [
        m.start()
        for m in _STOP.finditer(original)
        if taken[m.start()] and not taken[_next_visible(original, m.end())]
    ]
    if not marks:
        return rest
    chars = list(rest)
    for at in marks:
        word = _WORD_BEFORE.search(original, 0, at)
        if word is not None and word.end() == at and is_abbreviation(word.group(1)):
            continue
        chars[at] = original[at]
    return "".join(chars)


def _next_visible(text: str, at: int) -> int:
    """Index of the first non-blank character of `text` from `at` (len - 1 at most)."""
    while at < len(text) - 1 and text[at].isspace():
        at += 1
    return at


def names_event_again(sentence: str, before: str) -> bool:
    """Whether a title's later `sentence` only names the event of the sentences `before` it
    again: its words, without verbs, adverbs and small words, are all nouns or adjectives
    in the nominative (the subject of its own verb) that the earlier sentences hold (their
    pymorphy3 lemmas: «Фестиваль Радуга» / «Фестиваль»), or a noun for the whole event
    («Соревнования»: _SAME_EVENT), one word at least. A sentence with a word
    of its own («Соревнования по шашкам») or an abbreviation («торжеств.») is kept."""
    named = {lemma(word.lower()) for word in _WORD.findall(before)}
    kept: list[str] = []
    for word in _WORD.findall(sentence):
        found = parses(word.lower())
        if not found:
            return False  # a word pymorphy3 does not know: maybe a name of its own
        if str(found[0].tag.POS) in _NOT_A_NAME:
            continue
        named_as = [p for p in found if p.tag.case == "nomn"]
        if not named_as:
            return False  # «торжеств.» (an abbreviation), «Радуги»: no subject named again
        kept.append(named_as[0].normal_form)
    return bool(kept) and all(word in named or word in _SAME_EVENT for word in kept)
