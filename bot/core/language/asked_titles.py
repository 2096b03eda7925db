"""The event a question about the plan names by its kind or title: «когда лекция?», «где
будет экскурсия в музей?», «во сколько день открытых дверей?», «какие экскурсии в
декабре?» (newcomer walk 2026-12-02o, #10: such questions listed every event from today,
and «во сколько лекция» was not understood).

Russian asks about one event's time or place with «когда», «где» or «во сколько» followed
by the event's noun phrase, so the words left in such a question once its period, audience,
organiser and question words are taken out name the event. A question opening otherwise
(«что», «какие», «есть ли», «сколько») names events only through a noun of a kind of event
(bot.core.titles.KIND_WORDS: «какие экскурсии в декабре?») and the words that follow it
(«экскурсии в музей»); its other words («что интересного», «сколько мест на лекции») are no
title. Verbs («начнётся», «пройдёт»), adverbs, pronouns and pointing words («ближайшая»,
«следующая», «эта») never are. Pure: no store.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.tokens import normalize
from bot.core.titles import KIND_WORDS

# question words that ask about one event's time or place
_ONE_EVENT = re.compile(r"(?<![а-яё-])(?:когда|где|во\s+сколько)(?![а-яё-])")
# parts of speech that never name an event (pymorphy3 tags)
_NOT_TITLE = frozenset(
    {"VERB", "INFN", "PRTS", "GRND", "ADVB", "PRED", "PRCL", "CONJ", "PREP", "INTJ", "NPRO", "NUMR"}
)
# adjectives that point at an event instead of naming it («ближайшая лекция»)
_POINTING = frozenset(
    {
        "этот",
        "тот",
        "следующий",
        "ближайший",
        "близкий",  # pymorphy3's lemma of «ближайшая»
        "очередной",
        "предстоящий",
        "будущий",
        "наш",
        "ваш",
        "мой",
        "твой",
        "свой",
        "весь",
        "такой",
        "какой",
        "который",
    }
)


def asked_title(question: str, words: list[str]) -> str | None:
    """The title words of the event(s) `question` asks about, joined by spaces, or None
    when it names no event (see the module docstring). `words` are the question's words
    left once its period, audience, organiser and question words were taken out, in order
    (bot.core.language.leftovers.content_words)."""
    kept = [w for w in words if _names_event(w)]
    if not kept:
        return None
    if _ONE_EVENT.search(normalize(question)) is not None:
        return " ".join(kept)
    kinds = [i for i, w in enumerate(kept) if _lemma(w) in KIND_WORDS]
    if not kinds:
        return None
    return " ".join(kept[kinds[0] :])


def _lemma(word: str) -> str:
    found = parses(normalize(word))
    return str(found[0].normal_form) if found else normalize(word)


def _names_event(word: str) -> bool:
    """Whether `word` may be part of an event's name: a noun or adjective (or a word the
    dictionary does not know: «КВН», «3D»), no bare number, no pointing word."""
    lowered = normalize(word)
    if lowered.isdigit() or len(lowered) < 2:
        return False
    found = parses(lowered)
    if not found:
        return True
    return found[0].tag.POS not in _NOT_TITLE and str(found[0].normal_form) not in _POINTING
