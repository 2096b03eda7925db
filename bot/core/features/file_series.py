"""Rows of one plan file that are one series: the same club or course written once per
meeting («Шахматный клуб | 03.12 | 16:00», «… | 10.12 | 16:00», «… | 17.12 | 16:00»), as
partners' plans list their weekly meetings (files76). Saved with one series id, they are
moved, cancelled and agreed together like a series typed «по четвергам», not as unrelated
events of one name.

Rows are one series when they come from a file and share the title (resending.title_key:
case, quotes, «ё» aside), the hour and length, the place, the classes and the organiser the
row names, on at least two different days, and none is itself a repeat. The same title for
other classes or at another place («Лекция о космосе» for 9th, then 10th classes) stays
separate events: those are different audiences, not one series."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from datetime import date
from typing import Any

from bot.core import drafts
from bot.core.features.organisers import ORGANISER_KEY
from bot.core.features.resending import title_key
from bot.core.models import EventDraft


def one_club_rows(rows: Sequence[tuple[Mapping[str, Any], EventDraft]]) -> list[list[int]]:
    """The groups (indexes into `rows`: pending JSON and its draft, school wall-clock) that
    are one series each (see the module docstring), in row order; rows of no group are left
    out. A row typed in the chat (no "file" key) is never grouped."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for index, (raw, draft) in enumerate(rows):
        key = _series_key(raw, draft)
        if key is not None:
            groups[key].append(index)
    return [found for found in groups.values() if len(_days(rows, found)) > 1]


def _days(rows: Sequence[tuple[Mapping[str, Any], EventDraft]], found: list[int]) -> set[date]:
    """The different days the rows `found` start on."""
    return {start.date() for i in found if (start := rows[i][1].start) is not None}


def _series_key(raw: Mapping[str, Any], draft: EventDraft) -> Hashable | None:
    """What a file's row must share with the others of its series; None for a row that is
    no meeting of one (typed in the chat, undated, a repeat or sessions already)."""
    if not raw.get("file") or draft.start is None or drafts.is_series(draft):
        return None
    length = draft.end - draft.start if draft.end is not None else None
    audience = (draft.audience.grades, draft.audience.classes, draft.audience.staff)
    return (
        title_key(draft.title),
        draft.start.timetz() if not draft.all_day else None,
        draft.all_day,
        length,
        title_key(draft.venue or ""),
        audience,
        draft.audience.parents,
        raw.get(ORGANISER_KEY) or "",
    )
