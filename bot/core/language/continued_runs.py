"""A run told going on today or tomorrow after a day gone: «16 мая открылись игры «Зарница».
Сегодня игры продолжатся» (posted 17 May) — the event began on its written day and goes on
to today (or tomorrow, «Завтра соревнования продолжатся»): its last day is that day, not
the first one alone (parse72). The verb of continuing is read by pymorphy3 (lemma
«продолжиться»/«продолжаться», not in the past tense) and its subject must be the event
itself — a pronoun («Сегодня они продолжатся»), a noun the text named before («… игры …
Сегодня игры продолжатся»), or none — not another thing going on («Сегодня продолжится
приём заявок»: a sign-up named only there).

Reached only for an all-day draft with no end whose start is gone (running_spans); a
substring test for «продолж» first, pymorphy3 on the few sentences that hold one."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from bot.core.language.morphology import parses

_CONTINUE_LEMMAS = frozenset({"продолжиться", "продолжаться"})
_DAYS = {"сегодня": 0, "завтра": 1}
_WORD = re.compile(r"[а-яё]+")
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def continued_until(text: str, now: datetime) -> date | None:
    """The day a run is told to go on to — today («Сегодня игры продолжатся») or tomorrow
    («Завтра соревнования продолжатся») — when a sentence of `text` says so of the event
    (see the module docstring); None otherwise. `now`: the post's wall clock."""
    low = text.lower()
    if "продолж" not in low:
        return None
    for m in re.finditer(r"продолж[а-яё]*", low):
        opened = max(low.rfind(mark, 0, m.start()) for mark in ".!?\n") + 1
        closed = _SENTENCE_MARK.search(low, m.end())
        words = _WORD.findall(low[opened : closed.start() if closed else len(low)])
        days = [_DAYS[w] for w in words if w in _DAYS]
        if len(days) != 1 or not _continues(m.group()):
            continue
        if _subject_is_the_event(words, m.group(), low[:opened]):
            return now.date() + timedelta(days=days[0])
    return None


def _continues(word: str) -> bool:
    """Whether `word` is a verb of continuing not in the past (pymorphy3's likeliest
    reading): «продолжатся», «продолжится», «продолжается»."""
    found = parses(word)
    if not found:
        return False
    best = found[0]
    return bool(
        best.tag.POS == "VERB" and best.normal_form in _CONTINUE_LEMMAS and best.tag.tense != "past"
    )


def _subject_is_the_event(words: list[str], verb: str, before: str) -> bool:
    """Whether the nominative noun or pronoun among `words` (the verb's sentence, lowered)
    is the event: a pronoun, a noun also in `before` (the text before the sentence), or
    none at all."""
    for word in words:
        if word == verb or word in _DAYS:
            continue
        subject = _nominative(word)
        if subject is None:
            continue
        if subject.tag.POS == "NPRO":
            return True
        return any(
            w[:3] == word[:3] and any(p.normal_form == subject.normal_form for p in parses(w))
            for w in _WORD.findall(before)
        )
    return True


def _nominative(word: str) -> Any:
    """The nominative reading of `word` as a noun or a personal pronoun, when its likeliest
    reading is one; None otherwise."""
    found = parses(word)
    if not found or found[0].tag.POS not in ("NOUN", "NPRO") or "Abbr" in found[0].tag:
        return None
    kind = found[0].tag.POS
    return next((p for p in found if p.tag.case == "nomn" and kind == p.tag.POS), None)
