"""The one reading of which words of a question name the event it asks about, shared by the
two questions that look events up by their words: «когда лекция?», «где будет экскурсия в
музей?», «есть места на квиз?» (bot.core.language.event_questions: one event's time, place
or seats) and «когда лекция в декабре?», «какие экскурсии в декабре?» (bot.core.language.
asked_titles: a plan question's title words). The events are then those whose titles hold
every such word (bot.core.titles.title_mentions).

- `ONE_EVENT_ASK`: the question words that ask about one event's time or place («когда»,
  «во сколько», «в какое время», «какого числа», «где», «куда»);
- `names_event(word)`: whether a word may be part of an event's name — a noun or adjective
  (or a word the dictionary does not know: «КВН», «3D»), no bare number, no pointing word
  («ближайшая», «следующая», «эта»); verbs («начнётся», «пройдёт»), adverbs, pronouns,
  particles and prepositions never are;
- `event_words(words)`: the words of a question that name its event, as written, in order:
  its naming words from the first to the last (a preposition between them stays: «лекция о
  космосе»), or with `inner=False` only the naming words themselves.

Pure: no store.
"""

from __future__ import annotations

from bot.core.language.morphology import parses
from bot.core.language.tokens import normalize

ONE_EVENT_ASK = r"когда|во\s+сколько|в\s+какое\s+время|какого\s+числа|где|куда"
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


def lemma(word: str) -> str:
    """The dictionary form of `word` (pymorphy3's first reading; the word itself, lower-cased,
    when the dictionary does not know it)."""
    found = parses(normalize(word))
    return str(found[0].normal_form) if found else normalize(word)


def names_event(word: str) -> bool:
    """Whether `word` may be part of an event's name (see the module docstring)."""
    lowered = normalize(word)
    if lowered.isdigit() or len(lowered) < 2:
        return False
    found = parses(lowered)
    if not found:
        return True
    return found[0].tag.POS not in _NOT_TITLE and str(found[0].normal_form) not in _POINTING


def event_words(words: list[str], *, inner: bool = True) -> list[str]:
    """The words of `words` that name the event asked about (see the module docstring);
    [] when none does."""
    naming = [i for i, w in enumerate(words) if names_event(w)]
    if not naming:
        return []
    if not inner:
        return [words[i] for i in naming]
    return words[naming[0] : naming[-1] + 1]
