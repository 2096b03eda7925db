"""A run told going on now, its last day written first, and a later sentence's day inside it
(«В области проходит месячник финансовой грамотности, который продлится до 8 октября. …
21 сентября пройдёт День финансовой грамотности»; «В Ставрополе стартовал муниципальный этап
олимпиады. … Муниципальный этап продлится до 12 декабря. … 10 ноября состоится олимпиада по
физкультуре»): the later day is one of the run's parts, not its first day, so the run is
from the post's day to its last — never from the part's day to the run's end (doubt74: the
run's end joined to another event's day).

The run is told going on by grammar: the sentence of its last day has a present-tense verb of
being held («проходит», «идёт», «проводится»: pymorphy3's likeliest reading), or the post's
first announcing sentence tells its event begun (dateless_post.begun_today: «стартовал»,
«начался»). A last day told after the start's sentence («Завтра начинается Неделя … В этом
проекте, который продлится до 6 апреля, …») is the started event's own end and is left to the
usual join."""

from __future__ import annotations

import re
from datetime import date

from bot.core.language.dateless_post import begun_today
from bot.core.language.morphology import parses
from bot.core.language.title_grammar import is_event_noun

# verbs of being held, by lemma, read in the present tense: «проходит», «идёт», «проводится»
_HELD = frozenset({"проходить", "идти", "проводиться"})
_STEMS = ("проход", "ид", "провод")
_WORD = re.compile(r"[а-яё]+")


def going_before(
    text: str,
    until_sentence: tuple[int, int],
    start_sentence: tuple[int, int],
    start: date,
    until: date,
    today: date,
) -> str | None:
    """What the last day `until`, read from `until_sentence` before the day `start` was read
    from `start_sentence` (offsets into `text`, the normalised post), is the end of, when
    `start` lies after `today` (the post's day) and before `until`: "run" — a run told going
    on (the module docstring) `start` is a part of; "process" — something else told going on
    now («идёт подготовка к празднику, которая продлится до 25 декабря», «проходит приём
    заявок»: review74), so `until` is not the event's end; None otherwise (the until's
    sentence after the start's, or days out of that order). Days: local dates."""
    if until_sentence[0] >= start_sentence[0] or not today < start < until:
        return None
    sentence = text[until_sentence[0] : until_sentence[1]].lower()
    if held_now(sentence) or begun_today(text):
        return "run"
    if _present_held(_WORD.findall(sentence)) is None or _relative_of_event(sentence):
        return None
    return "process"


# «…, который продлится до …»: a relative clause, its pronoun's gender and number its noun's
_WHICH = re.compile(r",\s*(котор(?:ый|ая|ое|ые))(?![а-яё])")


def _relative_of_event(sentence: str) -> bool:
    """Whether `sentence`'s first relative clause («…, который продлится до 20 декабря»)
    belongs to an event noun: the nearest noun before its comma (within five words) agreeing
    with «который/которая/которое/которые» in number and, singular, gender
    (title_grammar.is_event_noun) — «подготовка к фестивалю, который продлится до …» is the
    festival's last day, «подготовка к празднику, которая …» the preparation's."""
    found = _WHICH.search(sentence)
    if found is None:
        return False
    which = parses(found.group(1))
    if not which:
        return False
    number, gender = which[0].tag.number, which[0].tag.gender
    for word in reversed(_WORD.findall(sentence, 0, found.start())[-5:]):
        noun = parses(word)
        if not noun or noun[0].tag.POS != "NOUN" or noun[0].tag.number != number:
            continue
        if number == "sing" and noun[0].tag.gender != gender:
            continue
        return is_event_noun(word)
    return False


def held_now(sentence: str) -> bool:
    """Whether `sentence` (lower-cased) has a present-tense verb of being held — «проходит»,
    «идут», «проводится» (pymorphy3's likeliest reading; «пройдёт», «проходил» are not) —
    whose subject names an event (`_event_subject`: «идёт подготовка к празднику», «проходит
    приём заявок» tell a process going on, no run: review74)."""
    words = _WORD.findall(sentence)
    verb = _present_held(words)
    return verb is not None and _event_subject(words, verb)


def _present_held(words: list[str]) -> int | None:
    """The index of the first present-tense verb of being held among `words`; None."""
    for i, word in enumerate(words):
        if not word.startswith(_STEMS):
            continue
        found = parses(word)
        if not found or found[0].tag.POS != "VERB":
            continue
        if found[0].normal_form in _HELD and found[0].tag.tense == "pres":
            return i
    return None


def _event_subject(words: list[str], i: int) -> bool:
    """Whether the verb `words[i]`'s subject names an event (title_grammar.is_event_noun),
    itself or by the noun right after it («проходит неделя безопасности», «идёт
    муниципальный этап олимпиады»): the first nominative noun within _REACH words after the
    verb, else the last one within _REACH words before it («месячник … проходит»)."""
    after = range(i + 1, min(len(words), i + 1 + _REACH))
    before = range(i - 1, max(-1, i - 1 - _REACH), -1)
    for j in (*after, *before):
        if _noun_case(words[j]) == "nomn":
            return any(is_event_noun(w) for w in words[j : j + 2] if _noun_case(w))
    return False


_REACH = 3  # words on either side of the verb where its subject is looked for


def _noun_case(word: str) -> str | None:
    """The case of pymorphy3's likeliest reading of `word` when it is a noun; else None."""
    found = parses(word)
    return found[0].tag.case if found and found[0].tag.POS == "NOUN" else None
