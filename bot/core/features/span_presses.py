"""An old span button pressed after its question was closed (attack 2026-12-03ac, #7): the
doubt `span_cut` asks «В объявлении указаны дни с 15 по 17 декабря, а я записал …» with
[Все дни: 15–17 декабря] and the draft's reading as buttons; each sends its text («с
15.12.2026 по 17.12.2026, весь день») as an answer. Pressed once the card was changed,
saved or dropped, that text was read as a new message — a plan query («На 15–17 декабря
мероприятий нет») or, at another draft's open question, an answer changing that draft.
Now such a press gets a polite reply and nothing stored or pending changes."""

from __future__ import annotations

from datetime import date, datetime

from bot.core import drafts
from bot.core.dialog import Confirmation, Dialog, DraftField
from bot.core.replies import Reply


def stale_span_press(dialog: Dialog, span: tuple[date, date]) -> Reply | None:
    """The reply «span_answer_stale» to a span button of the question about the days `span`
    (first, last; school-local dates, from the button's payload: Say.span) unless `dialog`
    still asks that question — one pending draft, its date asked, its doubt `span_cut` about
    the same days; None then (the press is read as its text, the question's answer). The
    reply says whether a card still waits for «да» / «нет»."""
    if dialog.asked_field() is DraftField.DATE and len(dialog.pending) == 1:
        [draft] = dialog.drafts()
        if "span_cut" in draft.doubts and draft.span == span:
            return None
    first, last = span
    card = isinstance(dialog.waiting, Confirmation) and bool(dialog.pending)
    return Reply("span_answer_stale", {"first": first, "last": last, "card_open": card})


def stale_day_press(dialog: Dialog, day: datetime) -> Reply | None:
    """The reply «day_answer_stale» to a day button of the date question («24 декабря
    (чт), 11:30»: drafts.ask_reply; `day` from its payload, school-local wall clock) unless
    a pending draft of `dialog` still offers that day (a plan line's «исправь N: …» day
    buttons too: plan_summaries.choice_rows); None then (the press is read as its text). Before, an
    old press was read as typed: pressed after that question was answered and its event
    saved, it moved the next event's open card, or the next plan's line N, to the old day
    (attack 2026-12-04ag, #2 and #5)."""
    pending = dialog.drafts()
    if any(day in draft.choices or day in drafts.offered_days(draft) for draft in pending):
        return None
    card = isinstance(dialog.waiting, Confirmation) and bool(dialog.pending)
    return Reply("day_answer_stale", {"day": day, "card_open": card})
