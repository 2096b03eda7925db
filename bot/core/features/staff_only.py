"""An event made staff-only or parents-only by an edit withdraws its students' sign-ups
(staff72; newcomer72, left 4): a student cannot go to a teachers' or a parents' meeting, so
«Ваша запись сохранена» was wrong. Each student signed up (going or waiting) is withdrawn
and told so by `participant_withdrawn` instead of the change notice; a teacher signed up
keeps their place. Reminders are not touched here: the sign-up's go with it, and a one-off
«напомни …» is answered «снято» at its time (safety72, permissions.left_out)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from bot.core.features.notices import NoticeStore, Told
from bot.core.models import Event, Role
from bot.core.replies import Reply
from bot.core.views import event_view


@dataclass(frozen=True)
class Withdrawn:
    """One student's sign-up withdrawn: their VK id and person id, the event as they knew
    it (before the edit) and whether they were only on its waiting list."""

    vk_id: int
    person_id: int
    event: Event
    waiting: bool


def closed_to_students(old: Event, new: Event) -> bool:
    """Whether the edit of `old` into `new` left no student in its audience
    (Audience.no_students: the staff alone, or parents) that had some."""
    return new.audience.no_students and not old.audience.no_students


async def withdraw(
    store: NoticeStore, before: Sequence[Event], after: Sequence[Event], at: datetime
) -> tuple[list[Withdrawn], list[tuple[int, Event]]]:
    """Withdraw the students' sign-ups of each event of `after` (same order as `before`)
    the edit closed to students: the waiting ones first, so that the going ones' places
    move up no student. Returns those withdrawn and the (person id, event) pairs moved up
    from the waiting list meanwhile (a teacher waiting: «Освободилось место!»)."""
    withdrawn: list[Withdrawn] = []
    promoted: list[tuple[int, Event]] = []
    for old, new in zip(before, after, strict=True):
        if not closed_to_students(old, new):
            continue
        for status in ("waiting", "going"):
            for person in await store.signed_up(new.id, status):
                if person.role is not Role.STUDENT:
                    continue
                moved = await store.cancel_signup(new.id, person.id, at=at)
                withdrawn.append(Withdrawn(person.vk_id, person.id, old, status == "waiting"))
                if moved is not None:
                    promoted.append((moved, new))
    return withdrawn, promoted


def without(told: Told, withdrawn: Sequence[Withdrawn]) -> Told:
    """`told` less the withdrawn students: they get `notices`, not the change notice."""
    gone = {w.vk_id for w in withdrawn}
    return replace(
        told,
        students={k: v for k, v in told.students.items() if k not in gone},
        student_events={k: v for k, v in told.student_events.items() if k not in gone},
        waiting=told.waiting - gone,
    )


def notices(
    withdrawn: Sequence[Withdrawn],
    after: Sequence[Event],
    orgs: Mapping[int, Any],
    key: str,
    today: date,
) -> list[Reply]:
    """`participant_withdrawn` to each withdrawn student, once per student (their earliest
    meeting of a series): the event named as they knew it (its old title and time — a
    staff-only event's present title is not theirs to read, permissions.hidden_from) and
    who it is for now ("staff" or "parents")."""
    now_for = {e.id: ("parents" if e.audience.parents else "staff") for e in after}
    first: dict[int, Withdrawn] = {}
    for item in sorted(withdrawn, key=lambda w: w.event.start):
        first.setdefault(item.vk_id, item)
    return [
        Reply(
            "participant_withdrawn",
            {
                "event": event_view(w.event, orgs, today=today),
                "now_for": now_for[w.event.id],
                "waiting": w.waiting,
                "event_id": w.event.id,  # for «верни» (undo): signed up again
                "person_id": w.person_id,
            },
            recipients=(w.vk_id,),
            dedupe_key=f"participant_withdrawn:{key}:{w.event.id}:{w.vk_id}",
        )
        for w in first.values()
    ]


async def sign_up_again(store: NoticeStore, rejoin: Sequence[Mapping[str, Any]]) -> None:
    """«верни» of the edit (bot.core.features.undo): the withdrawn students signed up again,
    those who were going first, so that they take the seats before those who were waiting
    (`rejoin`: undo's kept {"event", "person", "waiting"} rows)."""
    for row in sorted(rejoin, key=lambda r: bool(r["waiting"])):
        await store.sign_up(int(row["event"]), int(row["person"]))
