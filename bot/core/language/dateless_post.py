"""A long post that announces an event but names no day: «Для старшеклассников пройдет
профориентационный час. … Районный дом культуры» (newcomer walk 2026-12-02v, F7). Its
name, classes and place are plain; only the day is missing, so the bot asks for it — as it
asks the day of a post naming a clock but no day — instead of the generic «не понял».

A sentence announces an event when it says one is ahead or invites to it: «пройдёт»,
«пройдут», «состоится», «будет проводиться», «проведём», «начнётся», «откроется»,
«стартует», «приглашаем / приглашает» — or tells one begun («стартовала», «открылась»,
«проходит прямо сейчас»: begun_today, the post's own day, parse72) — and names it — the
long-post title rules (title.concise_title, without their fallback) find a kind of event, a
named day or a quoted name in it. A question («Когда пройдёт …?») announces nothing.
The invitation and told-ahead words are announcing.py's, shared with
named_day_report._AHEAD and intents_asks.INVITATION (each reads them otherwise: see there).

Pure: no store, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.core.language.announcing import INVITING, TOLD_AHEAD
from bot.core.language.morphology import parses
from bot.core.language.sentences import sentences
from bot.core.language.title import concise_title
from bot.core.language.title_grammar import is_event_noun

_WORD = re.compile(r"[а-яёА-ЯЁ]+")
# the verbs of an event begun, told by the news of the day it began (parse72: the post's day
# is its start): «стартовала акция», «открылась смена», «проходит прямо сейчас»
_BEGUN_VERBS = (
    r"стартовал[аои]?|открыл(?:ся|ась|ось|ись)|начал(?:ся|ась|ось|ись)"
    r"|проход(?:ит|ят)\s+прямо\s+сейчас|прямо\s+сейчас\s+проход(?:ит|ят)"
)
# a verb saying an event is ahead, or inviting to it, or begun today: a sentence holding one
# announces the event it names (announcing.py: unlike intents_asks.INVITATION and
# named_day_report._AHEAD, no bare call «приходите» or «ждём», which names no event, and the
# verbs of an event begun)
_ANNOUNCES = re.compile(
    rf"(?<![а-яё])(?:{TOLD_AHEAD}|будут?\s+проводить?ся|будут?\s+организован\w*"
    rf"|{INVITING}|{_BEGUN_VERBS})(?![а-яё])",
    re.IGNORECASE,
)
# the verbs of an event begun (above), for begun_today
_BEGUN = re.compile(rf"(?<![а-яё])(?:{_BEGUN_VERBS})(?![а-яё])", re.IGNORECASE)


def announced_event(text: str) -> tuple[tuple[int, int], str] | None:
    """The first sentence of `text` (as (start, end) offsets) that announces an event, and
    the event's name read from it; None when no sentence does (see the module docstring).
    Only the first MAX_TRIED announcing sentences are read for a name: a long text full of
    such verbs costs a few title readings, never one per sentence."""
    return first_named_sentence(text, _announces)


def _announces(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] (its closing mark after it) announces an event:
    no question, a verb of announcing not of a period (module docstring)."""
    sentence = text[start : end + 1]  # with the mark closing it
    return (
        "?" not in sentence and _not_of_period(_ANNOUNCES, sentence, 0, len(sentence)) is not None
    )


def first_named_sentence(
    text: str, holds: Callable[[str, int, int], bool], most: int = 0
) -> tuple[tuple[int, int], str] | None:
    """The first sentence of `text` (sentences.sentences' (start, end) offsets) for which
    `holds(text, start, end)` is true and whose event the long-post title rules name
    (title.concise_title, no fallback), with that name; None when none does. Only the first
    `most` (MAX_TRIED when 0) such sentences are read for a name: a long text full of them
    costs a few title readings, never one per sentence."""
    tried = 0
    for start, end in sentences(text):
        if not holds(text, start, end):
            continue
        title = concise_title(text, (start, end), fallback=False)
        if title:
            return (start, end), title
        tried += 1
        if tried >= (most or MAX_TRIED):
            break
    return None


MAX_TRIED = 3


def begun_today(text: str) -> bool:
    """Whether `text`'s first sentence announcing an event (announced_event) tells it begun —
    «стартовала акция», «открылась смена», «проходит прямо сейчас» — so a post naming no day
    tells of its own day (parse72); a one-sentence chat line whose kind the title rules do
    not name («В лагерях стартовала смена.») is read the same (`_lone_sentence`, parse74):
    not when what began is a sign-up («Начался приём
    заявок»: the window, not the event) nor when its sentence reports the event done
    (told_done: «Турнир состоялся и начался с жеребьёвки»; a done verb elsewhere is often
    another event's or a part's: «… состоялась церемония вручения»)."""
    return begun_sentence(text) is not None


def begun_sentence(text: str) -> tuple[int, int] | None:
    """The sentence (start, end offsets into `text`, as sentences.sentences gives) that
    tells the post's event begun, when begun_today holds: the first announcing sentence
    (announced_event) with a verb of beginning whose subject is no sign-up and that reports
    nothing done; None otherwise."""
    found = announced_event(text)
    span = found[0] if found is not None else _lone_sentence(text)
    if span is None:
        return None
    start, end = span[0], span[1] + 1
    begun = _not_of_period(_BEGUN, text, start, end)
    if begun is None or _sign_up_begun(text, begun.start(), begun.end()):
        return None
    if _dated_by_year(text, begun.start(), start, end):
        return None  # «в 1941 году началась война»: history, never today's beginning
    return None if told_done(text[start:end]) else span


# a year written as the time of what the clause tells: «в 1941 году», «в 2019 г.», «1941
# года» (after a day and month), «в 1812-м году»
_YEAR = re.compile(
    r"(?<!\d)(?:1[0-9]|20)\d\d(?:-?м)?\s*(?:год[уа]?|г\.|гг\.)(?![а-яё])", re.IGNORECASE
)
# what closes a clause on either side of a verb: a comma, a semicolon, a colon, a dash
_CLAUSE_MARK = re.compile(r"[,;:—–]|\s-\s")
_PART_MARK = re.compile(r"[;:—–]|\s-\s")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"")


def _dated_by_year(text: str, at: int, start: int, end: int) -> bool:
    """Whether the clause of `text[start:end]` (a sentence's offsets) holding the verb at
    `at` — back to a dash, a colon or a semicolon, on to the next mark — writes a year
    (`_YEAR`): a beginning dated by its year is told as history or as a
    date of its own («в этот день в 1941 году началась Великая Отечественная война»,
    fresh74 #29), never news of a run begun on the post's day (parse75)."""
    marks = [m.end() for m in _PART_MARK.finditer(text, start, at)]  # «Ровно 85 лет назад,
    after = _CLAUSE_MARK.search(text, at, end)  # в 1941 году, началась битва»: commas before
    clause = text[marks[-1] if marks else start : after.start() if after else end]
    return _YEAR.search(_QUOTED.sub(" ", clause)) is not None  # «Победа 1945 года»: a name


def _lone_sentence(text: str) -> tuple[int, int] | None:
    """The one sentence of a one-sentence chat line telling something begun with a bare
    kind the title rules name no event by («В лагерях стартовала смена.»: parse74) — the
    line has nothing else it could be about; None for a text of several sentences, none
    telling a beginning or none naming an event begun («Начался карантин.»)."""
    found = sentences(text)
    if len(found) != 1 or "?" in text:
        return None
    if (begun := _not_of_period(_BEGUN, text, 0, len(text))) is None:
        return None  # nothing begun, or only the school calendar's «Начались каникулы.»
    words = _WORD.findall(text[: begun.start()] + " " + text[begun.end() :])
    return found[0] if any(_event_subject(w) for w in words) else None  # «Началось!»


def _event_subject(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a nominative noun naming an event
    (title_grammar.is_event_noun: «смена», «выставка») — what began is an event, not a state
    or the weather («Начался карантин.», «Началась метель.»: review74)."""
    found = parses(word)
    if not found or found[0].tag.POS != "NOUN" or found[0].tag.case != "nomn":
        return False
    return is_event_noun(word)


# a period of the school year: its beginning or coming is the calendar's, never an event to
# plan («Начались каникулы.», «Началась третья четверть.»: fix75)
_PERIODS = frozenset({"каникулы", "четверть", "триместр", "полугодие", "семестр"})
_SKIPPED = frozenset({"ADJF", "PRTF", "NUMR", "ADVB"})  # «начались зимние каникулы»


def _not_of_period(verbs: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of `verbs` in `text[start:end]` whose subject is no school period
    (`_period_subject`): «Начались каникулы, а в музее стартовала программа» — the
    programme's verb; None when there is none."""
    for verb in verbs.finditer(text, start, end):
        if not _period_subject(text[start:end], verb.start() - start, verb.end() - start):
            return verb
    return None


def _period_subject(sentence: str, start: int, end: int) -> bool:
    """Whether the subject of the verb at `sentence[start:end]` is a school period
    (`_PERIODS`): the first noun after the verb, past adjectives («Начались зимние
    каникулы»), else the last noun before it («Каникулы начались»); a preposition before
    either ends the search on that side («Турнир пройдёт в каникулы»: the subject is the
    turnir). pymorphy3's likeliest reading of each word."""
    after = _WORD.findall(sentence[end:])
    before = _WORD.findall(sentence[:start])[::-1]
    return any(_first_noun(words) in _PERIODS for words in (after, before))


def _first_noun(words: list[str]) -> str | None:
    """The lemma of the first noun in `words` read past adjectives, numerals and adverbs;
    None when another part of speech (a preposition, a verb) comes first."""
    for word in words:
        found = parses(word.lower())
        if not found:
            return None
        if found[0].tag.POS == "NOUN":
            return str(found[0].normal_form)
        if found[0].tag.POS not in _SKIPPED:
            return None
    return None


# what began is a sign-up, not the event: «Начался приём заявок», «стартовала регистрация»
_SIGN_UP = frozenset({"приём", "прием", "регистрация", "запись", "набор", "подача"})
# verbs telling an event done (pymorphy3 lemmas, read in the past tense): «состоялся»,
# «прошёл», «проводилось», «завершилась»
_DONE = frozenset(
    {"состояться", "пройти", "проходить", "провести", "проводиться", "завершиться", "закончиться"}
)


def _sign_up_begun(text: str, start: int, end: int) -> bool:
    """Whether the word right after or right before the verb at `text[start:end]` is a
    sign-up noun (its likeliest pymorphy3 reading's lemma in _SIGN_UP)."""
    after = _WORD.search(text, end)
    before = _WORD.findall(text[max(0, start - 30) : start])
    for word in ([after.group()] if after else []) + before[-1:]:
        found = parses(word.lower())
        if found and found[0].tag.POS == "NOUN" and found[0].normal_form in _SIGN_UP:
            return True
    return False


def told_done(text: str) -> bool:
    """Whether `text` tells an event done: a verb in the past tense whose lemma is one of
    occurring or ending («состоялся», «прошёл», «проводилось», «завершилась»: pymorphy3's
    likeliest reading) — a report, not news of a run begun."""
    for word in _WORD.findall(text.lower()):
        if not word.startswith(("сост", "про", "зав", "зак")):
            continue
        found = parses(word)
        if found and _done_verb(found[0]):
            return True
    return False


def _done_verb(parse: Any) -> bool:
    """Whether a pymorphy3 `parse` is a past-tense verb of occurring or ending (_DONE)."""
    return bool(
        parse.tag.POS == "VERB" and parse.tag.tense == "past" and parse.normal_form in _DONE
    )
