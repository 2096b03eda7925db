"""A run told begun on a day just gone by and going on to a later day («Конкурс стартовал 3
марта. Он продлится до 24 марта», «Неделя началась 6 марта. Закончится неделя 17 марта»): the
day written without a year is this year's, never the next one's, because the verb of beginning
is in the past tense (fresh66: read by pymorphy3's tense, not by a list of forms)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from bot.core.language.morphology import parses
from bot.core.language.post_analysis import analysis

_WORD = re.compile(r"[а-яё]+")


def told_begun(sentence: str) -> bool:
    """Whether `sentence` holds a verb of beginning in the past tense (pymorphy3's likeliest
    verb reading: «стартовал», «началась», «открылась»; never «стартует», «начнётся»). Read
    from the text's shared analysis (post_analysis: each word asked once for a text)."""
    return analysis(sentence).told_begun()


def begun_this_year(start: date, until: date | None, sentence: str, today: date) -> date | None:
    """The start's day a year back when it was read a year ahead of a run told begun
    (told_begun: `sentence` is where the start was read) whose last day `until` (read as the
    next such day) comes before it: that day a year back lies before `today` and the run
    still goes on (`until` not gone). None otherwise. Days: date; `today`: the post's day."""
    if until is None or until >= start:
        return None
    try:
        back = start.replace(year=start.year - 1)
    except ValueError:  # 29 February
        return None
    if not (back <= today <= until) or not told_begun(sentence):
        return None
    return back


_NEAR = 120  # characters either side of a verb of beginning where its subject is named


# a subject that names no kind of its own, so it points back at the event told begun: a
# pronoun of the third person («Завершится он 11 августа») or a word for any event held
# («Завершатся соревнования 11 августа» after «открылся турнир», «Закончится мероприятие …»)
_GENERAL_EVENTS = frozenset({"мероприятие", "соревнование", "состязание"})
_THIRD_PERSON = frozenset({"он", "она", "оно", "они"})


def _names_the_told_event(words: list[str]) -> bool:
    """Whether the first word after a verb of ending (`words`, lower-cased) is a third-person
    pronoun or a general word for an event in the nominative: the ending's subject is the
    event the post told begun, whatever its own noun («турнир», «олимпиада»). Any nominative
    reading counts: right after the verb the word is its subject («соревнования» is as
    often read a genitive singular)."""
    if not words:
        return False
    if words[0] in _THIRD_PERSON:
        return True
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.normal_form in _GENERAL_EVENTS
        for p in parses(words[0])
    )


def _nominative_nouns(words: list[str]) -> set[str]:
    """The lemmas of the words whose likeliest pymorphy3 reading is a nominative noun."""
    found = set()
    for word in words:
        parse = parses(word)
        if parse and parse[0].tag.POS == "NOUN" and parse[0].tag.case == "nomn":
            found.add(str(parse[0].normal_form))
    return found


def ending_names_onset(text: str, ending: str, onsets: Iterator[re.Match[str]]) -> bool:
    """Whether the subject of a verb of ending (`ending`: «Завершится олимпиада в день …»,
    its first nominative noun) is named near one of the earlier verbs of beginning `onsets`
    (matches in `text`: «Олимпиада по химии откроется в Казани 7 апреля»): the same thing
    told to end, however far from its start the post says it."""
    words = _WORD.findall(ending.lower())[1:]
    if _names_the_told_event(words):
        return next(onsets, None) is not None
    subject = _nominative_nouns(words)
    if not subject:
        return False
    for onset in onsets:
        near = text[max(0, onset.start() - _NEAR) : onset.end() + _NEAR].lower()
        if any(str(p[0].normal_form) in subject for w in _WORD.findall(near) if (p := parses(w))):
            return True
    return False
