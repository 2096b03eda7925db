"""An edit that leaves a signed-up student out of an event withdraws their sign-up: made
staff-only or parents-only (staff72; newcomer72, left 4: a student cannot go to a teachers'
or a parents' meeting, so «Ваша запись сохранена» was wrong), or narrowed to classes that no
longer take theirs (staff74). The rule is permissions.left_out's, the one the reminders
follow: a student it did not leave out before the edit and does after. Each such student
(going or waiting) is withdrawn and told so by `participant_withdrawn` instead of the change
notice; a teacher signed up keeps their place. The card and the reply say how many go
(`summary`). Reminders are not touched here: the sign-up's go with it, and a one-off
«напомни …» is answered «снято» at its time (safety72, permissions.left_out)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from bot.core.features.notices import NoticeStore, Told
from bot.core.models import Event, Person, Role
from bot.core.permissions import left_out
from bot.core.replies import Reply
from bot.core.views import event_view


@dataclass(frozen=True)
class Withdrawn:
    """One student's sign-up withdrawn: their VK id and person id, the event as they knew
    it (before the edit), whether they were only on its waiting list and why they are left
    out now (permissions.left_out: "staff", "parents" or "other_class")."""

    vk_id: int
    person_id: int
    event: Event
    waiting: bool
    why: str


def left_out_by(person: Person, old: Event, new: Event) -> str | None:
    """Why the edit of `old` into `new` leaves the student `person` out (permissions.
    left_out's reason), None when it does not: not a student, still invited, or left out
    the same way already before it (a sign-up kept on purpose, e.g. a class named again
    after signing up: leftconv20 #2). A sign-up kept for another class is still withdrawn
    when the edit makes the event staff- or parents-only (safety74: the student stayed in
    a teachers' meeting, told «Ваша запись сохранена», and read its later titles)."""
    if person.role is not Role.STUDENT:
        return None
    before, after = left_out(person, old), left_out(person, new)
    if before is None or (before == "other_class" and after in ("staff", "parents")):
        return after
    return None


async def leaving(
    store: NoticeStore, before: Sequence[Event], after: Sequence[Event]
) -> list[Withdrawn]:
    """The students' sign-ups the edit of `before` into `after` (same order) will withdraw,
    for each event the waiting ones first; reads only (the card asks it before «да»)."""
    found: list[Withdrawn] = []
    for old, new in zip(before, after, strict=True):
        if old.audience == new.audience:
            continue
        for status in ("waiting", "going"):
            for person in await store.signed_up(old.id, status):
                why = left_out_by(person, old, new)
                if why is not None:
                    found.append(Withdrawn(person.vk_id, person.id, old, status == "waiting", why))
    return found


async def withdraw(
    store: NoticeStore, before: Sequence[Event], after: Sequence[Event], at: datetime
) -> tuple[list[Withdrawn], list[tuple[int, Event]]]:
    """Withdraw the sign-ups `leaving` finds, inside the caller's transaction (the edit's:
    one fails, neither is stored): the waiting ones first, so that the going ones' places
    move up none of them. Returns those withdrawn and the (person id, event) pairs moved up
    from the waiting list meanwhile (a teacher, or a student still invited: «Освободилось
    место!»)."""
    withdrawn = await leaving(store, before, after)
    now = {e.id: e for e in after}
    promoted: list[tuple[int, Event]] = []
    for item in withdrawn:
        moved = await store.cancel_signup(item.event.id, item.person_id, at=at)
        if moved is not None:
            promoted.append((moved, now[item.event.id]))
    return withdrawn, promoted


def summary(withdrawn: Sequence[Withdrawn]) -> dict[str, Any] | None:
    """For the change card and its reply: how many students' sign-ups go (`students`,
    each once however many meetings of a series), how many of them were only waiting
    (`waiting`) and why (`why`: their reason when one — a chat edit leaves all out one way —
    else "several": a plan file's rows may each leave students out another way, review74);
    None when none does."""
    if not withdrawn:
        return None
    going = {w.vk_id for w in withdrawn if not w.waiting}
    waiting = {w.vk_id for w in withdrawn if w.waiting} - going
    reasons = {w.why for w in withdrawn}
    why = reasons.pop() if len(reasons) == 1 else "several"
    return {"students": len(going | waiting), "waiting": len(waiting), "why": why}


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
    staff-only event's present title is not theirs to read, permissions.hidden_from), why
    they are left out (`now_for`: "staff", "parents" or "other_class") and, for another
    class, the `audience` it is for now."""
    now_for = {e.id: e.audience for e in after}
    first: dict[int, Withdrawn] = {}
    for item in sorted(withdrawn, key=lambda w: w.event.start):
        first.setdefault(item.vk_id, item)
    return [
        Reply(
            "participant_withdrawn",
            {
                "event": event_view(w.event, orgs, today=today),
                "now_for": w.why,
                "audience": now_for[w.event.id],
                "waiting": w.waiting,
                "event_id": w.event.id,
                "person_id": w.person_id,
                # for «верни» (undo): each meeting's sign-up of this student, signed up again
                "rejoin": [
                    {"event": x.event.id, "person": x.person_id, "waiting": x.waiting}
                    for x in withdrawn
                    if x.vk_id == w.vk_id
                ],
            },
            recipients=(w.vk_id,),
            dedupe_key=f"participant_withdrawn:{key}:{w.event.id}:{w.vk_id}",
        )
        for w in first.values()
    ]


async def sign_up_again(store: NoticeStore, rejoin: Sequence[Mapping[str, Any]]) -> None:
    """«верни» of the edit (bot.core.features.undo): the withdrawn students signed up again,
    those who were going first, so that they take the seats before those who were waiting
    (`rejoin`: undo's kept {"event", "person", "waiting"} rows, from the notices' own
    `rejoin`: every meeting of a series, not only the one the notice names)."""
    for row in sorted(rejoin, key=lambda r: bool(r["waiting"])):
        await store.sign_up(int(row["event"]), int(row["person"]))
