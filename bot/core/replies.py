"""What the planner answers: template ids with data, never finished text.

Transports (console, VK) render each Reply through bot.render with the person's locale and
turn its buttons into whatever they can show (numbered options in a terminal, an inline
keyboard with callback buttons in VK).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.core.models import Audience, Event, Person
from bot.core.permissions import counted_class, sees_counts


@dataclass(frozen=True, slots=True)
class Button:
    """An action offered with a reply.

    `label` is a message id under locales/<lang>/buttons/ rendered with `context`;
    `payload` comes back to the planner when the button is pressed (keep its JSON under
    255 characters: VK's limit).
    """

    label: str
    payload: Mapping[str, Any]
    style: str = "secondary"  # primary | secondary | positive | negative
    context: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FiguresScope:
    """Whose sign-up counts and student ratings a plan file may show: everyone's for a
    curator (and the server's own CLI), else those `reader` may see counts of as «кто
    записался» shows them (bot.core.permissions.sees_counts: a partner its organisation's
    events, a teacher the events they added, a class teacher also their class's), nobody's
    without a reader (a student)."""

    everyone: bool = True
    reader: Person | None = None

    def shows(self, event: Event) -> bool:
        """Whether the figures of `event` may be shown."""
        return self.everyone or (self.reader is not None and sees_counts(self.reader, event))

    def counted_class(self, event: Event) -> str | None:
        """The one class whose sign-ups of `event` are counted, where `shows` it (a class
        teacher's on an event they may not change: permissions.counted_class); None: all."""
        if self.everyone or self.reader is None:
            return None
        return counted_class(self.reader, event)


ALL_FIGURES = FiguresScope()
NO_FIGURES = FiguresScope(everyone=False)


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """A file of the plan to attach to a reply; the transport builds and sends it.

    Dates are inclusive (`end` None: open); a PDF prints the week of `start`. A file for a
    student (`planning_notes` False) leaves out the planners' own notes: clashes, the school
    calendar's warnings, the organiser's message as pasted. `texts` says whose messages as
    pasted (Event.details.description) a planner's file keeps: every event's for the school's
    staff, one's own organisation's for a partner (walk t, 2026-12-02, #6: another partner's
    pasted letter carries its methodist's phone and e-mail).
    """

    fmt: str  # xlsx | ics | pdf
    start: date
    end: date | None
    organisation_id: int | None = None
    audience: Audience = field(default_factory=Audience)
    figures: FiguresScope = field(default_factory=FiguresScope)
    planning_notes: bool = True
    texts: FiguresScope = field(default_factory=FiguresScope)
    # whose agreement state («Согласовано») the file shows (attack v, #1)
    agreements: FiguresScope = field(default_factory=FiguresScope)


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send.

    `recipients` are VK user ids; empty means "whoever wrote". A notification to other
    people carries a `dedupe_key`, so the sender never delivers the same one twice. A batch
    from the outbox (bot/core/outbox.py) carries its stable VK `random_id` instead: its
    keys are already claimed, and a resend with the same id is dropped by VK.
    On a deployment of several schools, `school` is the key (bot.core.ports.SchoolRef.key)
    of the community that must send it; None means the community the message came in
    through. A notice to other people with `not_before` (an aware instant) later than the
    sender's clock is claimed in the outbox at once and sent from that instant on by the
    notification loop, with its stable random_id (a student's notice made in their quiet
    hours waits for 08:00: bot.core.outbox.hold_notice).
    """

    template: str
    context: Mapping[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    recipients: tuple[int, ...] = ()
    dedupe_key: str | None = None
    document: DocumentRequest | None = None
    random_id: int | None = None
    school: str | None = None  # the key of the community that sends it (None: the one written to)
    not_before: datetime | None = None  # a notice held till then (quiet hours), see above
    # the events a notice tells of, as they were when it was made: (event id, start as Unix
    # seconds, status value), and for an edit's notice what it showed besides (bot.core.
    # outbox.shown_digest); kept with it in the outbox, whose later resend is dropped when
    # none of them is so any more (bot.core.outbox.told_state_holds)
    about: tuple[tuple[int | str, ...], ...] = ()
    # every button must be shown, none cut at a keyboard's limit: a scale (the poll's eleven
    # 0–10 scores, bot.core.feedback); VK then shows them under the input field
    whole_keyboard: bool = False
    # a keyboard under the input field (a whole scale's, shown before) is to go: the person
    # typed their answer instead of pressing, and a one-time keyboard stays until a press
    # (chat82); VK sends this reply's buttons, or none, as a normal keyboard in its place
    hides_keyboard: bool = False
