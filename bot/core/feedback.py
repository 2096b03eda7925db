"""After-event polls: the messages, and what each answer does.

A poll asks for a rating 1–5, then "would you recommend it?" 0–10, then an optional comment.
Answers can be given or changed for 7 days after the event; they are stored without the
respondent's identity (see the feedback table), and the poll says so.

Every step can be typed as well as pressed (apps without buttons, or people who type): a
rating («4», «оценка 4», «4 из 5») or «меня не было» answers the latest open poll the person
has not answered yet (`typed_poll_answer`); the recommendation («9», «оценка 9») and the
comment are typed answers to the question the dialog is waiting for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.poll_answers import is_absent, parse_score
from bot.core.language.programme import stored_steps
from bot.core.models import Event, EventStatus, Organisation, Person, Role
from bot.core.permissions import runs_event
from bot.core.ports import EventStore, SignupStore
from bot.core.reminders import ANSWER_WINDOW, answer_open
from bot.core.replies import Button, Reply
from bot.core.views import event_view

RATINGS = range(1, 6)
# the school's loyalty question is NPS's own 0–10 scale, and every value is a button
# (newcomer78 W9: the question said 0–10, the buttons ran 1–10). Eleven buttons are more than
# VK's inline keyboard holds (10): the VK transport shows them as a one-time keyboard under
# the input field (bot.transports.vk.keyboard.keyboard_for).
RECOMMEND_BUTTONS = range(0, 11)
RECOMMEND_ROW = 4  # 0–3, 4–7, 8–10: three even rows, none over VK's five a row


class FeedbackStore(EventStore, SignupStore, Protocol):
    """The ports a poll answer needs: the event, the person's sign-up and the answers."""


def notification_reply(
    kind: str,
    event: Event,
    organiser: bool,
    recipients: tuple[int, ...],
    orgs: Mapping[int, Organisation],
) -> Reply:
    """A reminder, poll or nudge (`kind`) of `event` to `recipients`. The organiser's poll
    asks for their own rating (kept apart from the students', see `feedback_of`'s `role`)
    and offers no «Меня не было»."""
    context = {
        "event": event_view(event, orgs),
        "organiser": organiser,
        # an organiser is asked about a series once, after its first meeting (notifications)
        "series": organiser and event.series_id is not None,
        # a programme's steps in the reminder: students never saw it otherwise (newcomer
        # walk 2026-12-02n, #15)
        "programme": stored_steps(event.details.description) if kind == "reminder" else (),
    }
    polled = kind in ("poll", "poll_nudge")
    buttons = poll_buttons(event.id, absent=not organiser) if polled else ()
    return Reply(kind, context, buttons=buttons, recipients=recipients)


def poll_buttons(event_id: int, *, absent: bool = True) -> tuple[tuple[Button, ...], ...]:
    """The rating row 1–5 and, for a participant (`absent`), a «Меня не было» row."""
    rating = tuple(
        Button("rating", payload(ButtonAction.RATE, e=event_id, v=v), context={"value": v})
        for v in RATINGS
    )
    if not absent:
        return (rating,)
    return (rating, (Button("absent", payload(ButtonAction.ABSENT, e=event_id)),))


def recommend_buttons(event_id: int) -> tuple[tuple[Button, ...], ...]:
    """The 0–10 «посоветуете ли другу» buttons of `event_id`'s poll, RECOMMEND_ROW to a
    row, each a RECOMMEND payload with the value."""
    values = list(RECOMMEND_BUTTONS)
    return tuple(
        tuple(
            Button("rating", payload(ButtonAction.RECOMMEND, e=event_id, v=v), context={"value": v})
            for v in values[i : i + RECOMMEND_ROW]
        )
        for i in range(0, len(values), RECOMMEND_ROW)
    )


async def may_answer(store: FeedbackStore, person: Person, event: Event) -> bool:
    """Whether `person` may answer `event`'s poll: a student signed up for it («going»);
    someone who runs it (bot.core.permissions.runs_event), and the school's curator for
    any event of the school's organisation (the organiser polls' fallback, notifications).
    """
    if person.role is Role.STUDENT:
        return await store.signup_status(event.id, person.id) == "going"
    if runs_event(person, event):
        return True
    return person.role is Role.CURATOR and person.organisation_id == event.organisation_id


async def answer(
    store: FeedbackStore,
    person: Person,
    event_id: int,
    now: datetime,
    **answers: Any,
) -> Reply | None:
    """Record part of a poll answer; a Reply explains a refusal, None means stored."""
    event = await store.get_event(event_id)
    refused = refusal(event, now)
    if refused is not None or event is None:
        return refused or Reply("poll_unknown_event")
    if not await may_answer(store, person, event):
        return Reply("poll_not_participant", {"title": event.title})
    role = "student" if person.role is Role.STUDENT else "organiser"
    await store.save_feedback(event.id, person.id, role, **answers)
    return None


def refusal(event: Event | None, now: datetime) -> Reply | None:
    """Why no poll answer about `event` can be taken at `now` (aware): unknown or cancelled
    (`poll_unknown_event`), not ended yet (`poll_not_yet` — a forged or early rating button,
    newcomer walk 2026-12-01e #20; not «closed»), past the 7-day window (`poll_closed`);
    None when answers are open."""
    if event is None or event.status is EventStatus.CANCELLED:
        return Reply("poll_unknown_event")
    if now < event.end:
        return Reply("poll_not_yet", {"title": event.title})
    if not answer_open(event.end, now):
        return Reply("poll_closed", {"title": event.title})
    return None


def ask_recommend(event: Event) -> Reply:
    """The poll's «would you recommend it» question about `event`, with its 0–10 buttons
    (eleven: more than VK's inline keyboard holds, so the whole keyboard is sent)."""
    return Reply(
        "poll_recommend",
        {"title": event.title},
        buttons=recommend_buttons(event.id),
        whole_keyboard=True,
    )


async def typed_poll_answer(
    store: FeedbackStore, person: Person, text: str, now: datetime
) -> dict[str, Any] | None:
    """A typed rating or «меня не было» as the payload of the button it stands for
    ({"a": "rate", "e": event id, "v": 1–5} or {"a": "absent", "e": event id}), for the
    latest event whose poll `person` may answer (ended within the 7-day window, a
    participant, not answered yet). None when the text is neither, or no poll is open —
    then the message means something else."""
    score = parse_score(text, RATINGS.start, RATINGS.stop - 1)
    absent = score is None and is_absent(text)
    if score is None and not absent:
        return None
    event = await open_poll(store, person, now)
    if event is None:
        return None
    if absent:
        return {"a": "absent", "e": event.id}
    return {"a": "rate", "e": event.id, "v": score}


@runtime_checkable
class PollsSent(Protocol):
    """A store that tells which notifications went out (both backends: OutboxStore)."""

    async def sent_times(self, keys: Sequence[str]) -> dict[str, datetime]:
        """As bot.core.ports.OutboxStore.sent_times. (when each poll went out)."""
        ...


def poll_key(event_id: int, vk_id: int) -> str:
    """The notification key of `event_id`'s poll to `vk_id` (bot.core.notifications)."""
    return f"poll:{event_id}:{vk_id}"


async def open_poll(
    store: FeedbackStore, person: Person, now: datetime, exclude: int | None = None
) -> Event | None:
    """The event whose poll `person` is being asked: of the events they can still answer a
    poll about and have not (other than `exclude`), the latest-ending one whose poll went
    out to them (or was asked in the chat), else the latest-ending one. A student's second
    poll waits while the first is open (bot.core.notifications), so a typed «5» answers the
    poll on their screen, not a later event's held one (walk r, #6)."""
    since = now - ANSWER_WINDOW
    if person.role is Role.STUDENT:
        candidates = [e for e, status in await store.events_of_person(person.id, since)]
    else:
        overlapping = await store.events_overlapping(since, now)
        candidates = [e for e in overlapping if runs_event(person, e)]
    ended = [e for e in candidates if answer_open(e.end, now)]
    open_ones: list[Event] = []
    for event in sorted(ended, key=lambda e: (e.end, e.id), reverse=True):
        if event.id == exclude or not await may_answer(store, person, event):
            continue
        if person.id not in await store.answered_by(event.id):
            open_ones.append(event)
    if len(open_ones) > 1 and isinstance(store, PollsSent):
        sent = await store.sent_times([poll_key(e.id, person.vk_id) for e in open_ones])
        asked = [e for e in open_ones if poll_key(e.id, person.vk_id) in sent]
        return asked[0] if asked else open_ones[0]
    return open_ones[0] if open_ones else None
