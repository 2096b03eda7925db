"""Typed answers to the doubt `span_cut` in its buttons' own words («В объявлении указаны
дни с 15 по 17 декабря, а я записал каждый день в 13:00. Как правильно?» [Все дни: 15–17
декабря] [Каждый день в 13:00]): «все дни», «все три дня» — and «весь день» under a daily
series — mean the whole span all day; «каждый день», «ежедневно» keep the daily series the
draft has. Before, each was «Не понял дату» (attack 2026-12-03ac, #3)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time

from bot.core import drafts
from bot.core.language.commands import CommandKind, parse_command
from bot.core.models import EventDraft

# «все дни», «все три дня», «все 3 дня», «во все дни»
_ALL_DAYS = re.compile(r"(?<![а-яё])все\s+(?:\S+\s+)?дн[еяи]", re.IGNORECASE)
# «каждый день», «ежедневно», «все дни в 13:00» is a span typed back, read as dates
_EVERY_DAY = re.compile(r"(?<![а-яё])(?:каждый\s+день|ежедневно)(?![а-яё])", re.IGNORECASE)


def span_word_answer(draft: EventDraft, text: str) -> EventDraft | None:
    """`draft` as the words of `text` answer its `span_cut` doubt: the whole span
    (`draft.span`, school-local dates) as one all-day event, or the daily series it has,
    the date doubts settled either way; None when the draft has no such doubt or `text`
    says neither (then it is read as a day as usual)."""
    if "span_cut" not in draft.doubts or draft.span is None or draft.start is None:
        return None
    first, last = draft.span
    command = parse_command(text)
    # «весь день» under «каждый день в 13:00» is every day all day; under «только 28 марта»
    # it may be that one day all day, so it is read as usual there
    all_day = command is not None and command.kind is CommandKind.ALL_DAY
    if _ALL_DAYS.search(text) or (all_day and draft.recurrence is not None):
        moved = drafts.with_day(replace(draft, recurrence=None), first)
        return replace(drafts.whole_day(moved), end=datetime.combine(last, time()))
    if _EVERY_DAY.search(text) and draft.recurrence is not None:
        return drafts.with_day(draft, draft.start.date())
    return None
