"""A student's or a partner's button press naming an event hidden from them (safety69 #3,
safety72 #1: bot.core.permissions.hidden_from).

Buttons carry event ids in their payloads, and a payload is whatever the client sends: a
student could forge «unsign», «rate», «move_event», «edit_event» or «cancel_event» with the
id of the staff's «Педсовет» or of a parents' meeting (ids are consecutive) and read its
title in the answer («Вы не записаны на «…»», «Мероприятие «…» ещё не прошло», ««…» —
мероприятие из общего плана школы»). Such a press is answered as a button that no longer
works (unknown_button), before any handler reads the event. A sign-up press keeps its own
answer, which names no title («это мероприятие для педагогов»: students.sign_up), and so
does the event a switch press moves to (its refusal is the sign-up's; the seat held is
kept: tests/integration/test_attack_authors.py); the event it moves from is checked.
A partner's forged press on the staff's meeting named it the same way («изменить или
отменить его может только куратор», «накладок нет ✅»): a partner sees its own events and
those open to students, so it is answered alike (safety72 #1)."""

from __future__ import annotations

from typing import Any

from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import SwitchSignup
from bot.core.models import Person, Role
from bot.core.permissions import hidden_from
from bot.core.ports import EventStore

# the intents' fields that hold an event id a press names (bot.core.language.buttons)
PRESSED_ID_FIELDS = ("event_id", "old", "new")


def pressed_event_ids(intent: object) -> list[int]:
    """The event ids a button's intent names (Command.event_id, PollAnswer.event_id,
    SwitchSignup.old/new, UnsignAll.event_ids, …), in the order found."""
    found: list[Any] = [getattr(intent, name, None) for name in PRESSED_ID_FIELDS]
    found += list(getattr(intent, "event_ids", None) or ())
    return [i for i in found if isinstance(i, int) and not isinstance(i, bool)]


async def names_hidden_event(store: EventStore, person: Person, intent: object) -> bool:
    """Whether `person`, a student or a partner, pressed a button naming an event hidden from
    them (permissions.hidden_from: a meeting no student is in, not the partner's own). One
    read per id named."""
    if person.role not in (Role.STUDENT, Role.PARTNER):
        return False
    if isinstance(intent, Command) and intent.kind is CommandKind.SIGNUP:
        return False  # answered without the title (module docstring)
    # the event a switch moves to is refused as a sign-up is (module docstring)
    named = (
        pressed_event_ids(SwitchSignup(intent.old, None))
        if isinstance(intent, SwitchSignup)
        else pressed_event_ids(intent)
    )
    for event_id in named:
        event = await store.get_event(event_id)
        if event is not None and hidden_from(person, event):
            return True
    return False
