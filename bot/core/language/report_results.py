"""A report of a recent day whose only day ahead is its results': which day is the card's?
(doubt77)

«13 октября в спортивном зале прошёл городской смотр-конкурс знамённых групп. … Итоги
конкурса будут объявлены на фестивале 26 октября»: the post tells, in the past tense, a
happening of the last two weeks, and dates ahead only when its results are announced or its
winners awarded. The parser weighs the day ahead (the only one told as coming); a careful
reader hesitates — the card may be the reported happening or the results' ceremony — so the
reported day is offered beside the pick (`several_dates`). Unlike report_ahead.reported_before
no headline line is needed: the results sentence names what it is the results of («итоги
конкурса»), and the reported sentence names the same thing (a noun lemma shared).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.post_cues import AFTERWARDS
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.report_ahead import noun_lemmas
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import told_in_past

_RECENT = timedelta(days=14)  # a report tells of the last two weeks; older days are history
# results as a subject announced — «итоги конкурса будут объявлены», «подведут итоги» (a
# shape of post_cues.AFTERWARDS) — while no ceremony is named: a ceremony is an event of its own
_RESULT_WORDS = ("итог", "результат")
_CEREMONY = compile_with_scan(r"(?<![а-яё])церемони")
# the thing the results are of: the word after «итоги»/«результаты» («итоги конкурса»)
_RESULTS_OF = compile_with_scan(r"(?<![а-яё])(?:итог|результат)[а-яё]*\s+([а-яё]{4,})")


def reported_results(text: str, facts: PostFacts, start: date, now: datetime) -> date | None:
    """The day of a happening a report tells when the draft's `start` (ahead of `now`'s
    day) was read from a sentence announcing results and naming no ceremony
    (_results_announced): a sentence before the event's sentence, told in the past tense
    alone (told_past.told_in_past), naming what the results are of («итоги конкурса»: a
    noun of lemma «конкурс», report_ahead.noun_lemmas), writing a date phrase that names a day
    within two weeks before `now`'s day or that day itself — that day; otherwise None.
    `text`: the normalised (lower-cased) post the facts' spans index; `now`: its writing
    time (naive school wall-clock)."""
    if facts.event_sentence is None or start <= now.date():
        return None
    begin, end = facts.event_sentence
    if not _results_announced(text, begin, end):
        return None
    return told_recently(text, begin, now, lemmas_after(_RESULTS_OF, text, begin, end))


def told_recently(text: str, limit: int, now: datetime, about: set[str]) -> date | None:
    """The day of the first date phrase before `limit` that names a day within two weeks
    before `now`'s day or that day itself, in a sentence telling in the past tense alone
    (told_past.told_in_past) and naming one of the noun lemmas `about`
    (report_ahead.noun_lemmas); None when there is none or `about` is empty. `text`: the
    normalised lower-cased post; `now`: its writing time (naive school wall-clock)."""
    if not about:
        return None
    for m in DATE_ANY.finditer(text, 0, limit):
        day = date_of(m.group(0), now, nearest=True)
        if day is None or not now.date() - _RECENT <= day <= now.date():
            continue
        if not told_in_past(text, m.start(), m.end()):
            continue
        if about & noun_lemmas(text, *sentence_at(m.start(), text), short=True):
            return day
    return None


def _results_announced(text: str, begin: int, end: int) -> bool:
    """Whether `text[begin:end]` announces results — «Итоги конкурса будут объявлены …»,
    «Результаты опубликуют …», «Подведут итоги …» (post_cues.AFTERWARDS's results shapes) —
    and names no ceremony («церемония награждения», «церемония подведения итогов»: an
    event of its own, the card's likely day)."""
    if text.find(_RESULT_WORDS[0], begin, end) < 0 and text.find(_RESULT_WORDS[1], begin, end) < 0:
        return False  # a match counts only holding one of them (below): none, no search
    if _CEREMONY.search(text, begin, end) is not None:
        return False
    return any(
        any(word in m.group(0) for word in _RESULT_WORDS)
        for m in AFTERWARDS.finditer(text, begin, end)
    )


def lemmas_after(pattern: re.Pattern[str], text: str, begin: int, end: int) -> set[str]:
    """The noun lemmas (pymorphy3's likeliest reading) of the words of each `pattern`
    match's first group in `text[begin:end]`: what results are of («итоги конкурса» →
    конкурс), what kind another one is («ещё один открытый урок» → урок)."""
    found: set[str] = set()
    for m in pattern.finditer(text, begin, end):
        for word in m.group(1).split():
            reading = parses(word)
            if reading and reading[0].tag.POS == "NOUN":
                found.add(reading[0].normal_form)
    return found
