"""After-event polls: the messages, and what each answer does.

A poll asks for a rating 1–5, then "would you recommend it?" 0–10, then an optional comment.
Answers can be given or changed for 7 days after the event; they are stored without the
respondent's identity (see the feedback table), and the poll says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot.core.models import Event, EventStatus, Organisation, Person, Role
from bot.core.notifications import Due
from bot.core.ports import Store
from bot.core.reminders import answer_open
from bot.core.replies import Button, Reply
from bot.core.views import event_view

RATINGS = range(1, 6)
# VK allows at most 10 buttons on an inline keyboard: 1–10 are buttons, 0 can be typed.
RECOMMEND_BUTTONS = range(1, 11)


FeedbackStore = Store


def due_reply(group: Sequence[Due], orgs: Mapping[int, Organisation]) -> Reply:
    """One message for a group of the same due notification (one event, kind and side)."""
    first = group[0]
    return notification_reply(
        first.kind, first.event, first.organiser, tuple(d.vk_id for d in group), orgs
    )


def notification_reply(
    kind: str,
    event: Event,
    organiser: bool,
    recipients: tuple[int, ...],
    orgs: Mapping[int, Organisation],
) -> Reply:
    """A reminder, poll or nudge (`kind`) of `event` to `recipients`."""
    context = {"event": event_view(event, orgs), "organiser": organiser}
    buttons = poll_buttons(event.id) if kind in ("poll", "poll_nudge") else ()
    return Reply(kind, context, buttons=buttons, recipients=recipients)


def poll_buttons(event_id: int) -> tuple[tuple[Button, ...], ...]:
    rating = tuple(
        Button("rating", {"a": "rate", "e": event_id, "v": v}, context={"value": v})
        for v in RATINGS
    )
    absent = (Button("absent", {"a": "absent", "e": event_id}),)
    return (rating, absent)


def recommend_buttons(event_id: int) -> tuple[tuple[Button, ...], ...]:
    values = list(RECOMMEND_BUTTONS)
    return tuple(
        tuple(
            Button("rating", {"a": "recommend", "e": event_id, "v": v}, context={"value": v})
            for v in values[i : i + 5]
        )
        for i in range(0, len(values), 5)
    )


async def may_answer(store: FeedbackStore, person: Person, event: Event) -> bool:
    if person.role is not Role.STUDENT and person.organisation_id == event.organisation_id:
        return True
    return await store.signup_status(event.id, person.id) == "going"


async def answer(
    store: FeedbackStore,
    person: Person,
    event_id: int,
    now: datetime,
    **answers: Any,
) -> Reply | None:
    """Record part of a poll answer; a Reply explains a refusal, None means stored."""
    event = await store.get_event(event_id)
    if event is None or event.status is EventStatus.CANCELLED:
        return Reply("poll_unknown_event")
    if not answer_open(event.end, now):
        return Reply("poll_closed", {"title": event.title})
    if not await may_answer(store, person, event):
        return Reply("poll_not_participant", {"title": event.title})
    role = "student" if person.role is Role.STUDENT else "organiser"
    await store.save_feedback(event.id, person.id, role, **answers)
    return None


def ask_recommend(event: Event) -> Reply:
    return Reply("poll_recommend", {"title": event.title}, buttons=recommend_buttons(event.id))


def parse_score(text: str, low: int, high: int) -> int | None:
    cleaned = text.strip().rstrip(".!")
    if cleaned.isdigit() and low <= int(cleaned) <= high:
        return int(cleaned)
    return None
