"""A one-off reminder asked by its lead before one event (chat69, widened in chat72):
«напомни за час до экскурсии», «за три дня до экскурсии», «за неделю до олимпиады», «за 2
дня про экскурсию», «про экскурсию за день»; and with a clock on the day the lead names
(whole days only): «за день до концерта в 18:30» is 18:30 on the eve, not the event's
18:30 («в 18:30 накануне концерта» is read by remind_moments' eve reading).

The lead is read by reminder_times.lead_minutes (5 minutes to 4 weeks, in digits or words);
the event's words after «до» are a genitive noun (pymorphy3) — «до начала», «до старта»,
«до мероприятия» name no event (the settings' «напоминай за час до начала»; «до начала
ярмарки» is that event's start) — and after
«про», «о», «об», «насчёт» the words asked_event.event_words keeps. A clock after the name
(«в 18:30», «в 9 утра», «утром», «вечером») is read by reminder_times.event_clock as the
eve's and moved to the lead's day. Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import time

from bot.core.language.asked_event import event_words, lemma
from bot.core.language.morphology import parses
from bot.core.language.numerals import cardinal_value
from bot.core.language.reminder_times import event_clock, lead_minutes
from bot.core.language.tokens import normalize
from bot.core.reminders import ReminderClock

DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class Lead:
    """A reminder `minutes` before the start of the event `words` name (as written), or,
    when `clock` is set, at its clock on the day that many whole days before; `genitive`:
    the words follow «до» («до экскурсии»), not «про» — no words to quote back."""

    minutes: int
    words: str
    genitive: bool
    clock: ReminderClock | None = None
    # a lead of hours or minutes with a clock after the name («за 3 часа до экскурсии в 9»):
    # no day for that clock, so it is read as the event's start as the person wrote it
    # (the 9 o'clock excursion), checked against the event found (moment_reminders)
    event_at: time | None = None


_AMOUNT = r"за\s+(?P<amount>(?:[а-яё0-9.,]+\s+)?[а-яё]+)"
# «за три дня до экскурсии (в 18:30)»: the lead, «до», the name and an optional clock
_BEFORE = re.compile(rf"(?<![а-яё]){_AMOUNT}\s+до\s+(?P<words>[а-яё][а-яё0-9\s:.-]*)$")
# «за 2 дня про экскурсию», «про экскурсию за день»
_ABOUT = r"(?:про|об?|насч[её]т)"
_LEAD_ABOUT = re.compile(rf"(?<![а-яё]){_AMOUNT}\s+{_ABOUT}\s+(?P<words>[а-яё][а-яё0-9\s-]*)$")
_ABOUT_LEAD = re.compile(rf"(?<![а-яё]){_ABOUT}\s+(?P<words>[а-яё][а-яё0-9\s-]*?)\s+{_AMOUNT}$")
_WORD = re.compile(r"[а-яё0-9]+(?:[:.][0-9]+)?")
_START = frozenset({"начало", "старт"})
_NO_EVENT = _START | {"мероприятие", "событие"}
_COURTESY_AFTER = re.compile(r"[\s,]+пожалуйста$")  # «…, пожалуйста»: no part of the name
# the lemmas that end an event's name and begin a clock («в 18:30», «утром», «вечером»)
_CLOCK_LEMMAS = frozenset({"утро", "вечер", "утром", "вечером"})
_CLOCK_PREPOSITIONS = frozenset({"в", "во", "к"})
_APPROXIMATE = frozenset({"часов", "часа"})  # «часов в шесть»: about six


def lead_of_event(text: str) -> Lead | None:
    """The lead and event a reminder request names (module docstring), or None."""
    line = _COURTESY_AFTER.sub("", " ".join(normalize(text).split()).strip(" .!?"))
    found = _BEFORE.search(line)
    if found is not None:
        return _before(found)
    for pattern in (_LEAD_ABOUT, _ABOUT_LEAD):
        found = pattern.search(line)
        if found is not None:
            minutes = lead_minutes("за " + found.group("amount"))
            naming = event_words(_WORD.findall(found.group("words")))
            return Lead(minutes, " ".join(naming), False) if minutes and naming else None
    return None


def _before(found: re.Match[str]) -> Lead | None:
    """The Lead of «за <amount> до <name> [clock]» (`found`: _BEFORE's match)."""
    minutes = lead_minutes("за " + found.group("amount"))
    words = found.group("words").split()
    if len(words) > 1 and lemma(words[0]) in _START and _names_event(words[1]):
        words = words[1:]  # «до начала ярмарки»: that event's start
    if minutes is None or not words or not _names_event(words[0]):
        return None
    cut = next(
        (n for n, w in enumerate(words) if _opens_clock(w, words[n - 1] if n else "")),
        len(words),
    )
    if 0 < cut < len(words) and words[cut - 1] in _CLOCK_PREPOSITIONS:
        cut -= 1  # «в 18:30»: the preposition is the clock's
    naming = event_words([w for w in words[:cut] if _WORD.fullmatch(w)])
    if not naming or len(naming) != cut:
        return None  # words the name does not take: not one event's name
    lead = Lead(minutes, " ".join(naming), True)
    if cut == len(words):
        return lead
    clock = event_clock("накануне " + " ".join(words[cut:]))
    if clock is None:
        return None
    if minutes % DAY:  # «за 3 часа до экскурсии в 9»: the excursion at 9, not a day's 9
        return replace(lead, event_at=clock.at)
    return replace(lead, clock=ReminderClock(minutes // DAY, clock.at))


def _names_event(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a genitive noun that may name an event (not
    «начало», «старт», «мероприятие»: every event's start, the settings')."""
    return any(
        p.tag.POS == "NOUN" and "gent" in p.tag.grammemes and p.normal_form not in _NO_EVENT
        for p in parses(word)
    )


def _opens_clock(word: str, before: str) -> bool:
    """Whether `word` (after the word `before`) begins a clock after the event's name: «в»
    before a number, a number in digits, one in words after «в»/«к» («в шесть»; «турнира
    трёх школ» is a name), «часов»/«часа» of an approximate clock («часов в шесть»),
    «утром», «вечером»."""
    if word[0].isdigit() or word in _APPROXIMATE:
        return True
    if before in _CLOCK_PREPOSITIONS and cardinal_value(word) is not None:
        return True
    return word in _CLOCK_LEMMAS or lemma(word) in _CLOCK_LEMMAS
