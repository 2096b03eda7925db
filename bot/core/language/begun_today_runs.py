"""A run told begun today whose later day the post writes too: «В субботу, 31 августа,
начался большой семейный фестиваль … ключевым событием программы первого дня станет запуск
воздушных змеев. Он начнется с трех часов дня … Ну а 1 сентября на Юности будут работать
площадки …» read on 31 August. The parser's draft is the later day (a coming day outranks a
day told in the past) with the first day's clock on it; but the event the draft names began
today, so its days run from today to that later day.

The reading needs the event itself told begun: a sentence holding a verb of beginning in the
past (begun_runs.told_begun, pymorphy3's tense), today's day (written as a date or «сегодня»)
and the head noun of the draft's title («фестиваль») with no preposition governing it.
«Сегодня начался приём заявок на конкурс. Конкурс пройдёт 5 сентября в 15:00» keeps the
contest's day: the begun thing is another. The later day is at most `_RUN_DAYS` ahead (a
festival's weekend, a week of events), never a month away."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.core.language.doubts import ordered
from bot.core.language.morphology import parses
from bot.core.language.post_analysis import Analysis, analysis
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.sentences import sentences
from bot.core.models import EventDraft

_RUN_DAYS = 7  # the later day at most this many days after today
_WORD = re.compile(r"[А-ЯЁа-яё]+")
_TODAY = re.compile(r"(?i)(?<![а-яё])сегодня(?![а-яё])")


def with_run_begun_today(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """`draft` (one timed day after today, read from `text` at `now`, naive school wall
    clock) as the all-day run from today to that day, with the doubt `running`, when a
    sentence of `text` tells the event the title names begun today; unchanged otherwise.
    Days offered beside the start (`several_dates`: a report's day, doubt75) that all lie
    within the run are no rivals any more and are dropped; one outside it keeps the draft."""
    if draft.start is None or draft.end is not None or draft.all_day or not draft.title:
        return draft
    if draft.recurrence is not None or draft.sessions:
        return draft
    today, last = now.date(), draft.start.date()
    if not today < last <= today + timedelta(days=_RUN_DAYS):
        return draft
    if any(not today <= c.date() <= last for c in draft.choices):
        return draft  # a day offered outside the run: the question stands
    head = _head_noun(draft.title)
    read = analysis(text)
    if head is None or not any(_begun_today(read, b, e, head, now) for b, e in sentences(text)):
        return draft
    return replace(
        draft,
        start=datetime.combine(today, time()),
        end=datetime.combine(last, time()),
        all_day=True,
        time_known=True,
        choices=(),  # the days offered were the run's own (a report of its first day)
        doubts=ordered({*(d for d in draft.doubts if d != "several_dates"), "running"}),
    )


def _head_noun(title: str) -> str | None:
    """The dictionary form of the title's first word read likeliest as a nominative noun
    («Большой семейный фестиваль «…»» -> «фестиваль»); None when there is none."""
    for word in _WORD.findall(title):
        found = parses(word.lower())
        if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn":
            return str(found[0].normal_form)
    return None


def _begun_today(read: Analysis, start: int, end: int, head: str, now: datetime) -> bool:
    """Whether the sentence read.text[start:end] tells something begun (told_begun) today (a
    date of today's day or «сегодня») and names `head` (a dictionary form) among its words
    (its words and their readings taken from the post's shared analysis, `read`)."""
    if not read.told_begun(start, end):
        return False
    sentence = read.text[start:end]
    today: date = now.date()
    if not (
        _TODAY.search(sentence)
        or any(date_of(m.group(0), now) == today for m in DATE_ANY.finditer(sentence.lower()))
    ):
        return False
    words = read.forms(start, end)
    return any(
        any(p.normal_form == head for p in parses(word)[:2]) and not _governed(words, i)
        for i, word in enumerate(words)
    )


def _governed(words: list[str], at: int) -> bool:
    """Whether a preposition stands before words[at] and its adjectives («приём заявок на
    конкурс рисунков»: «конкурс» is what the applications are for, not what began)."""
    i = at - 1
    while i >= 0 and (found := parses(words[i])) and found[0].tag.POS in ("ADJF", "PRTF"):
        i -= 1
    return i >= 0 and bool(found := parses(words[i])) and found[0].tag.POS == "PREP"
