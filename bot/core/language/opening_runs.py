"""A span of days with one clock named as the event's beginning: «С 14 по 16 декабря пройдёт
неделя науки, начало в 15:30», «Соревнования пройдут 12–13 декабря. Начало в 14.00»,
«Открытие фестиваля состоится 12 декабря в 11:00». The clock is when the run opens, not an
hour of every day: one run from that clock on the first day to the end of the last
(run_ends), as a reader takes it. A clock of every day stays a daily repeat: told
(«ежедневно», «каждый день»), hours with an end («с 10 до 18»), or a clock written beside the
days with no noun of beginning («12–13 декабря в 10:00») (parse70).

The noun of beginning is read by pymorphy3 (its likeliest reading a noun whose lemma is
«начало», «открытие» or «старт»: «начало игр», «открытия», «старт»), never «начала» read as
a verb; «начало регистрации» (the doors, not the event) is not the event's, as times.py
reads it."""

from __future__ import annotations

import re
from datetime import time
from typing import Any

from bot.core.language.morphology import parses

_OPENING_LEMMAS = frozenset({"начало", "открытие", "старт"})
# a noun of beginning (not of registration, gathering, arrival), then within its clause the
# first clock written («начало в 15:30», «открытие … состоится 12 декабря в 11:00», «старт в 9
# часов»): hours and minutes, or an hour and «час…»
_OPENING_CLOCK = re.compile(
    r"(?<![а-яё])(?P<noun>нач[а-яё]*|откр[а-яё]*|старт[а-яё]*)(?![а-яё])"
    r"(?!\s+(?:регистрац|сбор|при[её]м|заезд|запис|заявок))"
    r"(?P<gap>[^!?;\n]{0,60}?)(?<![\d:.])(?P<h>[01]?\d|2[0-3])"
    r"(?:[:.](?P<m>[0-5]\d)(?!\d)|\s*час)",
    re.IGNORECASE,
)
# verbs of beginning, by lemma, any tense or voice: «стартует», «откроется», «откроют», «начнётся»
_BEGIN_VERBS = frozenset(
    {"стартовать", "начаться", "начинаться", "начать", "открыться", "открываться", "открыть"}
)
_WORD = re.compile(r"[а-яё]+")
_SENTENCE_END = re.compile(r"\.(?!\d)")
_CUES = ("нач", "откр", "старт")


def opening_clock(text: str, at: time) -> bool:
    """Whether `text` writes the clock `at` (wall clock) as its event's beginning: a noun or
    a perfective verb of beginning (pymorphy3's likeliest reading: «начало», «открытие»,
    «старт»; «откроют», «начнётся») followed in the same sentence, within a few words, by that
    clock as the first one written."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return False
    # each word of beginning tried in turn, not only those after the last clock found:
    # «… «Весёлые старты». Они стартуют в 11:00» (the name's «старты» ends its sentence)
    pos = 0
    while (m := _OPENING_CLOCK.search(low, pos)) is not None:
        pos = m.end("noun")
        if _SENTENCE_END.search(m.group("gap")) or not _beginning_word(m.group("noun")):
            continue
        if not _event_begins(low, m.start("noun"), m.end("noun")):
            continue
        if time(int(m.group("h")), int(m.group("m") or 0)) == at:
            return True
    return False


def _beginning_word(word: str) -> bool:
    """A noun of beginning («начало», «открытие», «старт») or a verb of beginning done once
    (perfective, any number: «откроют», «откроется», «начнётся», «Соревнования начнутся»;
    «стартует» either aspect) — never an imperfective «открывается в 10:00», «игры
    начинаются в 10:00», the hour of every day. The subject's number tells nothing: a plural
    names one event as often as many («соревнования», «сборы»; pymorphy3 has no plurale
    tantum mark), the verb's aspect does (parse72)."""
    found = parses(word)
    if not found:
        return False
    best = found[0]
    if best.tag.POS == "NOUN":
        return best.normal_form in _OPENING_LEMMAS
    if best.tag.POS not in ("VERB", "INFN") or best.normal_form not in _BEGIN_VERBS:
        return False
    return bool(best.tag.aspect == "perf" or best.normal_form == "стартовать")


def _event_begins(low: str, start: int, end: int) -> bool:
    """Whether the plural verb of beginning at `low[start:end]` (lowered text) tells the
    event itself beginning, not its parts: its subject — the nearest plural nominative noun
    or pronoun before it in its sentence, else right after it — a pronoun («Они стартуют»,
    «начнутся они») or a noun the text named before («Соревнования пройдут … Соревнования
    начнутся») or a plural naming a whole contest (WHOLE_EVENT_NOUNS: «Турнир … Соревнования
    начнутся», a synonym, parse74); another noun new to the text names the event's parts,
    each day's («пройдут игры … Матчи начнутся в 12 часов»). A singular verb, a noun of
    beginning or no subject found: True (parse72)."""
    found = parses(low[start:end])
    if not found or found[0].tag.POS != "VERB" or found[0].tag.number != "plur":
        return True
    opened = max(low.rfind(".", 0, start), low.rfind("\n", 0, start)) + 1
    closed = _SENTENCE_END.search(low, end)
    before = list(_WORD.finditer(low, opened, start))
    after = list(_WORD.finditer(low, end, closed.start() if closed else len(low)))[:1]
    for word in [*after, *reversed(before)]:  # «начнутся они»: the inverted subject first
        subject = _plural_nominative(word.group())
        if subject is None:
            continue
        if subject.tag.POS == "NPRO" or subject.normal_form in WHOLE_EVENT_NOUNS:
            return True
        return _named_before(low[: word.start()], subject)
    return True


# plural nouns naming a whole contest or celebration, not its parts: «Турнир … Соревнования
# начнутся в 10:00» — the tournament itself begins (parse74); «игры», «матчи», «заезды»,
# «мероприятия» (several events) are each day's parts and stay out (pymorphy3 lemmas)
WHOLE_EVENT_NOUNS = frozenset({"соревнование", "состязание", "торжество", "празднество"})


def _plural_nominative(word: str) -> Any:
    """The reading of `word` (lowered) as a plural nominative noun or pronoun, when its
    likeliest reading is a noun or pronoun at all («матчи», read first as accusative; never
    the preposition «в»); None otherwise."""
    found = parses(word)
    if not found or found[0].tag.POS not in ("NOUN", "NPRO") or "Abbr" in found[0].tag:
        return None
    kind = found[0].tag.POS
    plural = (p for p in found if p.tag.number == "plur" and p.tag.case == "nomn")
    return next((p for p in plural if kind == p.tag.POS), None)


def _named_before(text: str, noun: Any) -> bool:
    """Whether lowered `text` holds a word read (any reading) as the noun of `noun`'s lemma
    (a pymorphy3 parse)."""
    lemma = noun.normal_form
    for word in _WORD.findall(text):
        if word[:3] == lemma[:3] and any(
            p.tag.POS == "NOUN" and p.normal_form == lemma for p in parses(word)
        ):
            return True
    return False


def told_beginning(text: str) -> bool:
    """Whether `text` tells a beginning by a verb (pymorphy3's likeliest reading a verb or
    infinitive of lemma «стартовать», «начаться», «открыться», «открыть» …, any tense): a run
    opening («Турнир откроют 2 марта», «стартует первенство»), not one day of a campaign that
    goes on («школьники посадят деревья … Акция продолжится до 21 июня»)."""
    for word in _WORD.findall(text.lower()):
        if not word.startswith(("старт", "нач", "откр")):
            continue
        found = parses(word)
        if found and found[0].tag.POS in ("VERB", "INFN") and found[0].normal_form in _BEGIN_VERBS:
            return True
    return False
