"""The event a question about the plan names by its kind or title: «когда лекция?», «где
будет экскурсия в музей?», «во сколько день открытых дверей?», «какие экскурсии в
декабре?» (newcomer walk 2026-12-02o, #10: such questions listed every event from today,
and «во сколько лекция» was not understood).

Russian asks about one event's time or place with «когда», «где» or «во сколько» followed
by the event's noun phrase, so the words left in such a question once its period, audience,
organiser and question words are taken out name the event. A question opening otherwise
(«что», «какие», «есть ли», «сколько») names events only through a noun of a kind of event
(bot.core.titles.KIND_WORDS and title_grammar.EVENT_LEMMAS: «какие экскурсии в
декабре?», «будет ли концерт?») and the words that follow it
(«экскурсии в музей»); its other words («что интересного», «сколько мест на лекции») are no
title. Verbs («начнётся», «пройдёт»), adverbs, pronouns and pointing words («ближайшая»,
«следующая», «эта») never are; the question words and the naming words are
bot.core.language.asked_event's, the reading event_questions shares («когда лекция?»). Pure:
no store.
"""

from __future__ import annotations

import re

from bot.core.language.asked_event import ONE_EVENT_ASK, event_words, lemma
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.tokens import normalize
from bot.core.titles import KIND_WORDS

# nouns that name a kind of event in a question: the parser's kinds (KIND_WORDS) and the
# general lexicon of Russian event nouns (title_grammar.EVENT_LEMMAS: «концерт»,
# «спектакль», «линейка»). KIND_WORDS alone missed «будет ли концерт 16 декабря?» (chat49);
# it is parser-wide (titles), so the question reads the wider lexicon here
# («какая программа на субботу?» asks what is on)
_ASKED_KINDS = (KIND_WORDS | EVENT_LEMMAS) - {"программа"}

# kinds that name any activity at all: «будут ли у 9Б занятия в субботу?», «какие
# мероприятия в четверг?» ask what is on, not for events called so (chat49); «когда
# занятие?» (one event asked about) still searches the word
_ANY_ACTIVITY = frozenset({"занятие", "мероприятие"})

# question words that ask about one event's time or place
_ONE_EVENT = re.compile(rf"(?<![а-яё-])(?:{ONE_EVENT_ASK})(?![а-яё-])")


def asked_title(question: str, words: list[str]) -> str | None:
    """The title words of the event(s) `question` asks about, joined by spaces, or None
    when it names no event (see the module docstring). `words` are the question's words
    left once its period, audience, organiser and question words were taken out, in order
    (bot.core.language.leftovers.content_words)."""
    asked = _ONE_EVENT.search(normalize(question))
    if asked is not None:  # «в какое время», «какого числа» are the question, not its event
        words = _without(words, asked.group(0).split())
    kept = event_words(words, inner=False)
    if not kept:
        return None
    if asked is not None:
        return " ".join(kept)
    kinds = [
        i for i, w in enumerate(kept) if lemma(w) in _ASKED_KINDS and not _timed_by(question, w)
    ]
    if not kinds or all(lemma(w) in _ANY_ACTIVITY for w in kept[kinds[0] :]):
        return None  # «будут ли у 9Б занятия в субботу?»: whatever is on, not a title's word
    return " ".join(kept[kinds[0] :])


def _timed_by(question: str, word: str) -> bool:
    """Whether `word` follows «после», «перед», «до» or «во время» in `question`: the event
    tells when, it is not the one asked for («есть что-нибудь в 6 вечера после тренировки?»)."""
    pattern = rf"(?<![а-яё-])(?:после|перед|до|во время)\s+{re.escape(normalize(word))}(?![а-яё-])"
    return re.search(pattern, normalize(question)) is not None


def _without(words: list[str], asked: list[str]) -> list[str]:
    """`words` less one occurrence of each word of the question phrase `asked`."""
    rest = list(words)
    for word in asked:
        found = next((i for i, w in enumerate(rest) if normalize(w) == word), None)
        if found is not None:
            del rest[found]
    return rest


_FIRST_WORD = re.compile(r"[^\w]*([\w-]+)")


def opening_kind(question: str, words: list[str]) -> int | None:
    """The index in `words` of the question's first word when that word is a noun of a
    kind of event: «Концерт пройдёт 12 декабря?», «Экскурсия точно будет в субботу?». It is
    capitalised only because it opens the sentence, so it names the event asked about, not
    an organiser (review50 #3). None when the question opens otherwise."""
    first = _FIRST_WORD.match(question)
    if first is None or not words or words[0] != first.group(1):
        return None
    return 0 if lemma(words[0]) in _ASKED_KINDS else None


def names_kind(text: str) -> bool:
    """Whether `text` holds a noun of a kind of event («а ярмарка будет?», «где концерт?»)."""
    return any(lemma(w) in _ASKED_KINDS for w in re.findall(r"[а-яё]+", normalize(text)))
