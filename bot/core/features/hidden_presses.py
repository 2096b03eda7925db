"""A student's button press naming an event no student may see (safety69 #3).

Buttons carry event ids in their payloads, and a payload is whatever the client sends: a
student could forge «unsign», «rate», «move_event», «edit_event» or «cancel_event» with the
id of the staff's «Педсовет» or of a parents' meeting (ids are consecutive) and read its
title in the answer («Вы не записаны на «…»», «Мероприятие «…» ещё не прошло», ««…» —
мероприятие из общего плана школы»). Such a press is answered as a button that no longer
works (unknown_button), before any handler reads the event. A sign-up press keeps its own
answer, which names no title («это мероприятие для педагогов»: students.sign_up), and so
does the event a switch press moves to (its refusal is the sign-up's; the seat held is
kept: tests/integration/test_attack_authors.py); the event it moves from is checked."""

from __future__ import annotations

from typing import Any

from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import SwitchSignup
from bot.core.models import Person, Role
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
    """Whether `person`, a student, pressed a button naming an event whose audience has no
    student (Audience.no_students: the staff alone, or parents). One read per id named."""
    if person.role is not Role.STUDENT:
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
        if event is not None and event.audience.no_students:
            return True
    return False
