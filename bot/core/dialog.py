"""What the bot is waiting for from one person, kept in the store between messages.

One small state type (`Waiting`), in the spirit of aiogram-dialog's explicit states:

- `Nothing`: no open question;
- `MissingField`: a single draft lacks its date, time or audience and the bot asked for it;
- `EditedField`: the person pressed a card's "edit" button and the bot asked for the value;
- `PollStep`: an after-event poll asked the recommendation score or a comment;
- `Confirmation`: drafts are shown (a card or a plan summary) awaiting «да» / «нет»;
- `DraftChoice`: a new event came while drafts were pending; the bot asked whether to add
  it to them, replace them, or keep both (the new drafts wait in `incoming`);
- `MoveWhen`: a clash list's "move" button asked for the event's new day and time;
- `MomentWhen`: «Во сколько напомнить?» asked about a one-off reminder's moment;
- `ScopeChoice`: a change of a recurring event asked which occurrences it is about;
- `ChangeConfirmation`: a move or cancel card is shown awaiting «да» / «нет»;
- `MissingFromPlan`: a corrected plan file left out stored events of the earlier one; the
  bot asked whether to cancel them («да» / «нет»);
- `SavedFieldEdit`: the bot asked for a new value of a saved event's field (its «✏️»
  button after «изменить 1»);
- `ResetQuestion`: a destructive setting (the school calendar's reset) waits for «да».

Beside it the dialog keeps the pending drafts (JSON, see bot.core.drafts), whether the
audience was asked, the event last looked at and the ids of the last list shown ("отмени 2"),
and `poll` (the after-event poll last answered in this chat, see bot.core.features.poll_chat).

The stored JSON carries `version` (DIALOG_VERSION). `Dialog.load` reads the current version,
migrates the unversioned format written before versions existed, and drops (logging why)
anything it cannot read safely: a newer or unknown version, or malformed data. Dropping
loses at most an unfinished question, never stored events.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.core import draft_json, drafts
from bot.core.models import Audience, EventDraft

log = logging.getLogger(__name__)

DIALOG_VERSION = 2
READABLE_VERSIONS = (1, 2)  # 2 added the change questions and drafts put aside; an optional
# "period" (the last listed days), "pending_since", "list_question" and others ("picked",
# "period_audience", "empty_answer", "asked_day", "period_filters") were added within 2:
# older states lack them
STALE_DRAFT_AGE = timedelta(days=7)  # an unsaved draft older than this never blocks a new one


class DraftField(StrEnum):
    """A part of a single draft the bot asks for, in this order (bot.core.drafts)."""

    TITLE = "title"  # "завтра в 3": a time without the event's name
    DATE = "date"
    TIME = "time"
    AUDIENCE = "audience"


class EditableField(StrEnum):
    """A card field the person may change with its "edit" button."""

    WHEN = "when"
    AUDIENCE = "audience"
    VENUE = "venue"
    TITLE = "title"


class PollQuestion(StrEnum):
    """The poll questions answered by typing (the rating is a button)."""

    RECOMMEND = "recommend"  # 0–10
    COMMENT = "comment"  # free text


# Dialog.last_change["kind"] once the person who made it left the organisation it was for
LEFT_ORGANISATION = "left_organisation"


@dataclass(frozen=True, slots=True)
class Nothing:
    """No open question."""


@dataclass(frozen=True, slots=True)
class MissingField:
    """The single pending draft lacks `field`; the bot asked for it."""

    field: DraftField


@dataclass(frozen=True, slots=True)
class EditedField:
    """The bot asked for a new value of the single pending draft's `field`."""

    field: EditableField


@dataclass(frozen=True, slots=True)
class PollStep:
    """The poll of event `event_id` asked `question`."""

    event_id: int
    question: PollQuestion


@dataclass(frozen=True, slots=True)
class Confirmation:
    """Pending drafts are shown, awaiting «да» (save) or «нет» (discard)."""


class ChangeKind(StrEnum):
    """What a change does to a stored event."""

    MOVE = "move"
    CANCEL = "cancel"
    EDIT = "edit"  # the place, classes or title (and, for a resent event, the time)


class ChangeScope(StrEnum):
    """Which occurrences of a recurring series a change is about."""

    ONE = "one"  # this occurrence only
    SERIES = "series"  # every occurrence
    FOLLOWING = "following"  # this occurrence and the later ones


class ListAction(StrEnum):
    """What a «which event?» list asked (Dialog.ask_on_list): its number is this command."""

    SIGNUP_COUNT = "signup_count"
    CANCEL = "cancel"
    MOVE = "move"
    EDIT = "edit"
    SIGNUP = "signup"
    UNSIGN = "unsign"
    RUN_END = "run_end"  # «продли выставку до 10 января» named several (args "last"/"until")
    SERIES_ADD = "series_add"  # «добавь ещё занятие 20 декабря», several series (args "day"/"at")


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """A move or cancel the person asked for, not yet done.

    `event_id` is the occurrence named; `start`/`end` the moved occurrence's new aware
    instants as ISO 8601 strings (a move; None for a cancel); `scope` None while unasked
    (an event outside a series is always ONE). `seen` holds (event id, version) of every
    event the card showed: when any of them changed before «да», the change is not done
    (empty for a change stored before cards recorded it: then only the write is checked).
    An edit names the `fields` it changes ("when", "venue", "audience", "title", "ages") and
    their new values (`start`/`end` for "when"; `venue` None: no place; `ages` the age range
    in years, inclusive, an open upper bound 99, None: no age — EventDetails.ages; `seats`
    the number of seats, None: no limit — Event.capacity, "seats" in `fields`; "organiser":
    `organisation_id`, or `organiser`, a new partner's name).
    """

    kind: ChangeKind
    event_id: int
    scope: ChangeScope | None = None
    start: str | None = None
    end: str | None = None
    all_day: bool = False
    end_given: bool = True
    seen: tuple[tuple[int, int], ...] = ()
    fields: tuple[str, ...] = ()
    venue: str | None = None
    title: str | None = None
    audience: Audience | None = None
    reason: str | None = None  # a cancel's reason as the person gave it (walk t, #7)
    ages: tuple[int, int] | None = None  # an edit's new age range ("ages" in `fields`)
    seats: int | None = None  # an edit's new number of seats ("seats" in `fields`)
    # an edit's new organiser ("organiser" in `fields`; owner77): the known organisation's
    # id, or None with `organiser` the name of a partner «да» adds
    organisation_id: int | None = None
    organiser: str | None = None


RESENDS_KEY = "resends"  # in a pending draft's JSON: [event id, version] it would update


@dataclass(frozen=True, slots=True)
class DraftChoice:
    """New drafts (`Dialog.incoming`) arrived while others were pending: add, replace or
    keep both?"""


@dataclass(frozen=True, slots=True)
class MoveWhen:
    """The bot asked for the new day and time of event `event_id`."""

    event_id: int


@dataclass(frozen=True, slots=True)
class ScopeChoice:
    """The bot asked which occurrences of a series `change` is about; `yes_met` once a
    «да» was answered with the choices explained (a second «да» closes the question)."""

    change: PlannedChange
    yes_met: bool = False


@dataclass(frozen=True, slots=True)
class ChangeConfirmation:
    """The card of `change` is shown, awaiting «да» / «нет»."""

    change: PlannedChange


@dataclass(frozen=True, slots=True)
class MissingFromPlan:
    """A corrected plan file updated the earlier one's events but left out `event_ids`
    (stored, live); the bot asked whether to cancel them."""

    event_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SavedFieldEdit:
    """The bot asked for a new value of `field` of the saved event `event_id`."""

    event_id: int
    field: EditableField


@dataclass(frozen=True, slots=True)
class ReadingChoice:
    """The bot asked which reading of a saved event's correction «не `was`, а `value`» is
    meant (its day, hour or classes; bot.core.language.draft_corrections.number_readings),
    about event `event_id` as it was then: `start` (school wall clock, naive) and
    `audience` (newcomer walk 2026-12-01i, #5: the typed answer lost the question)."""

    event_id: int
    value: str
    was: str
    start: datetime
    audience: Audience


@dataclass(frozen=True, slots=True)
class MomentWhen:
    """The bot asked when to send the one-off reminder requested by `said` (as written: «напомни
    в пятницу про экскурсию»; remind66's «Во сколько напомнить?», a day without a clock, a moment
    past or after the event's end); the next message naming a clock or a day answers it
    (bot.core.language.remind_moments.moment_answer; newcomer67). remind69: also asked after
    «О каком мероприятии напомнить?» (`event_asked`): the next message may name the event
    («про экскурсию», «экскурсию») or, after a list of them (`events`, their ids in its
    order), its number («2»); a bare clock there still completes the moment.
    «Когда напомнить?» (no moment read) is asked again the same way."""

    said: str
    event_asked: bool = False
    events: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ResetQuestion:
    """The bot asked «Сбросить …?» about `what` ("school_year"); only «да» does it."""

    what: str


Waiting = (
    Nothing
    | MissingField
    | EditedField
    | PollStep
    | Confirmation
    | DraftChoice
    | MoveWhen
    | ScopeChoice
    | ChangeConfirmation
    | MissingFromPlan
    | SavedFieldEdit
    | ResetQuestion
    | ReadingChoice
    | MomentWhen
)


@dataclass
class Dialog:
    """A person's conversation state (mutable for the length of one message)."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    waiting: Waiting = field(default_factory=Nothing)
    audience_asked: bool = False
    last_event: int | None = None
    listed: list[int] = field(default_factory=list)
    incoming: list[dict[str, Any]] = field(default_factory=list)  # see DraftChoice
    stashed: list[dict[str, Any]] = field(default_factory=list)  # drafts put aside
    last_change: dict[str, Any] | None = None
    # {"event": id, "scored": "rating" | "recommend" | None, "closed": bool, and maybe
    # "given", "comment", "thanked", "absent" (answered «не был»), "offer" (a rating offered
    # in its place, for one message: poll_chat)}: the poll last
    # answered here, for a corrected score and for not asking a closed poll again
    poll: dict[str, Any] | None = None
    # the days of the last list of more than one day (inclusive, school-local dates), for a
    # follow-up «а в субботу?» (QueryIntent.follow_up_weekday)
    period: tuple[date, date] | None = None
    # whether that list was asked for the asker's own class («что у моего класса …?»): a
    # follow-up on it («а через неделю?», «а в субботу?») is about the class too (conv41)
    period_own_class: bool = False
    # the classes that list was asked for by name («что на следующей неделе для 9Б?»): a
    # follow-up naming none is about them too (conv42); None: the list named none
    period_audience: Audience | None = None
    # the other filters of the plan question answered last, by name: {"organiser": the
    # organisation listed for («что у нас …?» from a partner, «что у КГТУ …?»), "room"
    # («что в актовом зале …?»), "title" («когда лекции …?»)}, each only when asked: a
    # follow-up naming none of its own («а в январе?») keeps them (chat53); None: none
    period_filters: dict[str, str] | None = None
    # the day of the last plan answer when it was one day («что 9 декабря для 9Б?», «а в
    # среду?» within the period): «а для 10А?» next asks that day (conv44); None when the
    # last answer was several days or from a day on
    asked_day: date | None = None
    # when the pending drafts were first left open (aware; None: none pending, or a state
    # stored before it was kept): a draft older than STALE_DRAFT_AGE never blocks a new one
    pending_since: datetime | None = None
    # what a number of the last list answers when the list asked «which event?» (see
    # ask_on_list): {"ids": the listed ids, "action": ListAction, "args": {...}}; None: nothing
    list_question: dict[str, Any] | None = None
    # the series whose meetings the last list shows, while that list is the last one
    # ({"ids": the listed ids, "series": its id}): «на все» a few messages later still means
    # every coming meeting, as the list said (leftconv20, item 6); None: no such list
    series_list: dict[str, Any] | None = None
    # the event whose sign-up this person cancelled last here («signup_cancelled»): what
    # «запиши меня снова» takes back, whatever was looked at since (review28 #2: a list
    # number picked after the cancel made «снова» sign up for that other event); None: none
    unsigned: int | None = None
    # the item of the last list picked by its number («2» after a list: ListPick), while
    # that list is the last one ({"ids": the listed ids, "event": its id}): a bare «запиши
    # меня» next means it, never «на какое?» (conv40); None: nothing picked
    picked: dict[str, Any] | None = None
    # the last plan answer listed nothing, while `listed` still holds the list before it
    # ({"ids": that kept list, "event": the event looked at then, "start", "end": the empty
    # answer's days, ISO, "end" None for an open one}): a bare number or «запиши меня» next
    # has nothing on screen to pick (newcomer walk 2026-12-04ai, AI4); None: no such answer
    empty_answer: dict[str, Any] | None = None
    # the move or cancel card the message being handled closed (Planner: set before routing
    # it, cleared after; never stored): «перенесите экскурсию на 10:00» under the card «21 →
    # 22 декабря» moves from the card's 22nd (changing.open_move_start; newcomer74)
    closed_change: PlannedChange | None = None

    def ask_on_list(self, ids: list[int], action: ListAction, **args: str) -> None:
        """List `ids` as the last list and remember that it asked which of them `action` is
        about (its `args`: the move's "when", the edit's "field" and "value"), so that a
        number alone («2», «второе») answers it as the list's hint says («отмени 2») — in the
        next message only (bot.core.planner.Planner.handle drops the question after it)."""
        self.listed = list(ids)
        self.list_question = {"ids": list(ids), "action": action.value, "args": dict(args)}

    def listed_series(self) -> int | None:
        """The series whose meetings the last list shows (Dialog.series_list), or None when
        another list has been shown since or none was."""
        found = self.series_list
        if not found or found.get("ids") != self.listed:
            return None
        series = found.get("series")
        return series if isinstance(series, int) else None

    def pick(self, event_id: int) -> None:
        """Remember that `event_id`, an item of the last list, was picked by its number
        (Dialog.picked); it is also the event looked at."""
        self.last_event = event_id
        self.picked = {"ids": list(self.listed), "event": event_id}

    def picked_event(self) -> int | None:
        """The list item picked last (Dialog.pick) while its list is still the last one
        and nothing else has been looked at since; None otherwise."""
        found = self.picked
        if not found or found.get("ids") != self.listed:
            return None
        event = found.get("event")
        return event if isinstance(event, int) and event == self.last_event else None

    def answered_empty(
        self, start: date, end: date | None, audience: Audience | None = None, mine: bool = False
    ) -> None:
        """Remember that the plan answer just given, for the days `start`..`end` (None: from
        `start` on) and `audience` (None or everyone: the whole school's), listed nothing,
        the last list being kept (Dialog.empty_answer). `mine`: the answer was one's own
        events or sign-ups («мои мероприятия»: «Вы пока никуда не записаны»), not the plan's
        (newcomer walk 2026-12-04aj, AJ10: a number next spoke of the empty week before)."""
        self.empty_answer = {
            "mine": mine,
            "ids": list(self.listed),
            "event": self.last_event,
            "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None,
            "audience": None
            if audience is None or audience.is_everyone
            else _dump_audience(audience),
        }

    def empty_answer_mine(self) -> bool:
        """Whether the empty answer kept in Dialog.empty_answer listed one's own events."""
        return bool(self.empty_answer and self.empty_answer.get("mine"))

    def empty_answer_audience(self) -> Audience | None:
        """The classes the empty plan answer kept in Dialog.empty_answer was for (newcomer
        walk 2026-12-04aj, AJ9: «nothing to pick» named the week without «для 9Б»); None:
        the whole school's or none kept."""
        found = self.empty_answer
        return None if not found else _load_audience(found.get("audience"))

    def nothing_on_screen(self, same_event: bool = False) -> tuple[date, date | None] | None:
        """The days of the empty plan answer that is the last list shown (Dialog.empty_answer),
        or None when a list has been shown since or there was none. With `same_event`, also
        None once another event has been looked at since («когда экскурсия?»: a bare
        «запиши меня» then means that one)."""
        found = self.empty_answer
        if not found or found.get("ids") != self.listed:
            return None
        if same_event and found.get("event") != self.last_event:
            return None
        try:
            start = date.fromisoformat(str(found["start"]))
            end = None if found.get("end") is None else date.fromisoformat(str(found["end"]))
        except (KeyError, ValueError):
            return None
        return start, end

    def asked_on_list(self) -> tuple[ListAction, dict[str, str]] | None:
        """The action (and its args) the last list asked about; None when the last list
        asked nothing or another list has been shown since."""
        question = self.list_question
        if not question or question.get("ids") != self.listed:
            return None
        try:
            action = ListAction(str(question.get("action")))
        except ValueError:
            return None
        args = question.get("args") or {}
        return action, {str(k): str(v) for k, v in args.items()}

    @classmethod
    def load(cls, data: Mapping[str, Any] | None) -> Dialog:
        """The state stored by `dump` (any version); a fresh one when unreadable."""
        if not data:
            return cls()
        version = data.get("version")
        try:
            if version is None:
                return _from_unversioned(data)
            if version in READABLE_VERSIONS:
                return _from_v1(data)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            log.warning("dropping an unreadable dialog state (version %s): %s", version, error)
            return cls()
        log.warning("dropping a dialog state of unknown version %r", version)
        return cls()

    def dump(self) -> dict[str, Any]:
        """JSON for the store, with the version number."""
        return {
            "version": DIALOG_VERSION,
            "waiting": _dump_waiting(self.waiting),
            "pending": self.pending,
            "audience_asked": self.audience_asked,
            "last_event": self.last_event,
            "listed": self.listed,
            "incoming": self.incoming,
            "stashed": self.stashed,
            "last_change": self.last_change,
            "poll": self.poll,
            "period": [d.isoformat() for d in self.period] if self.period else None,
            "period_own_class": self.period_own_class,
            "period_audience": _dump_audience(self.period_audience),
            "period_filters": self.period_filters,
            "asked_day": self.asked_day.isoformat() if self.asked_day else None,
            "pending_since": self.pending_since.isoformat() if self.pending_since else None,
            "list_question": self.list_question,
            "series_list": self.series_list,
            "unsigned": self.unsigned,
            "picked": self.picked,
            "empty_answer": self.empty_answer,
        }

    def mark_pending(self, now: datetime) -> None:
        """Keep when the pending drafts were first left open: `now` (aware) when drafts are
        pending and no time is kept yet, None when nothing is pending."""
        if not self.pending:
            self.pending_since = None
        elif self.pending_since is None:
            self.pending_since = now

    def stale_drafts(self, now: datetime, today: date) -> bool:
        """Whether the pending drafts are too old to stand in a new event's way: left open
        longer than STALE_DRAFT_AGE (newcomer walk 2026-12-01h #12: an eight-month-old
        draft blocked «Урок знаний»), or every one of them has a day and its last day is
        before `today` (the school-local date of `now`: drafts keep naive local times; a run
        begun and going on is not past, newcomer72 left 3)."""
        if not self.pending:
            return False
        if self.pending_since is not None and now - self.pending_since > STALE_DRAFT_AGE:
            return True
        last_days = [drafts.last_day(d) for d in self.drafts()]
        return all(last is not None and last < today for last in last_days)

    def drafts(self) -> list[EventDraft]:
        """The pending drafts, parsed."""
        return [draft_json.draft_from_json(d) for d in self.pending]

    def clear_pending(self) -> None:
        """Forget the pending drafts and any open question (new drafts still waiting for
        the add/replace/keep-both answer are put aside, not forgotten)."""
        self.pending, self.waiting, self.audience_asked = [], Nothing(), False
        self.pending_since = None
        self._put_incoming_aside()

    def left_organisation(self, organisation: str) -> None:
        """The person's organisation changed (a code linked them to another: bot.core.
        features.people.redeem): the last change they made, for `organisation` (its name),
        is no longer theirs to undo — «верни» says so (bot.core.features.undo,
        `undo_left_organisation`) and changes nothing. An undo would restore the event as it
        was while they spoke for `organisation`, with them still its author: a partner who
        gave its lecture to the school, then joined the school as a teacher, got it back
        under the partner with themselves as author and, as a teacher, cancelled it — the
        partner never asked (perms79). Nothing when there is no change to undo."""
        if self.last_change:
            at = self.last_change["at"]
            self.last_change = {"at": at, "kind": LEFT_ORGANISATION, "organisation": organisation}

    def planned_change(self) -> PlannedChange | None:
        """The move or cancel the bot asked about (its scope or its «да»), if any."""
        if isinstance(self.waiting, ScopeChoice | ChangeConfirmation):
            return self.waiting.change
        return None

    def settle(self) -> None:
        """Close the open question: back to the single pending draft's own question when it
        still lacks a part (`open_field`), else to confirming the pending drafts, or nothing.
        New drafts that waited for the add/replace/keep-both answer are put aside: they come
        back once the pending ones are saved or dropped.

        A draft whose classes were never given is never turned into one awaiting «да»: its
        «да» would save it for the whole school, with no card shown (newcomer walk
        2026-12-02m, #3)."""
        missing = self.open_field()
        if missing is not None:
            self.waiting = MissingField(missing)
        else:
            self.waiting = Confirmation() if self.pending else Nothing()
        self._put_incoming_aside()

    def open_field(self) -> DraftField | None:
        """The part the single pending draft still lacks (bot.core.drafts.missing_field,
        with this dialog's `audience_asked`), or None: complete, a plan of several lines
        (they are held back line by line), or nothing pending."""
        if len(self.pending) != 1:
            return None
        missing = drafts.missing_field(self.drafts()[0], audience_asked=self.audience_asked)
        return DraftField(missing) if missing is not None else None

    def _put_incoming_aside(self) -> None:
        self.stashed, self.incoming = self.incoming + self.stashed, []

    def ask_poll(self, event_id: int | None, question: str | None) -> None:
        """The poll's next typed question (None: the poll is over)."""
        if question is None or event_id is None:
            self.settle()
        else:
            self.waiting = PollStep(event_id, PollQuestion(question))

    def resend_offer(self) -> bool:
        """Whether the single pending draft's card offers to update a saved event (its
        «да» updates it: bot.core.features.resending)."""
        return len(self.pending) == 1 and RESENDS_KEY in self.pending[0]

    def asked_field(self) -> DraftField | None:
        """The draft field asked for, when the bot waits for one."""
        return self.waiting.field if isinstance(self.waiting, MissingField) else None

    def edited_field(self) -> EditableField | None:
        """The card field being edited, when the bot waits for its value."""
        return self.waiting.field if isinstance(self.waiting, EditedField) else None


def _dump_waiting(waiting: Waiting) -> dict[str, Any]:
    if isinstance(waiting, MissingField):
        return {"kind": "missing", "field": waiting.field.value}
    if isinstance(waiting, EditedField):
        return {"kind": "edited", "field": waiting.field.value}
    if isinstance(waiting, PollStep):
        return {"kind": "poll", "event": waiting.event_id, "question": waiting.question.value}
    if isinstance(waiting, Confirmation):
        return {"kind": "confirmation"}
    if isinstance(waiting, DraftChoice):
        return {"kind": "draft_choice"}
    if isinstance(waiting, MoveWhen):
        return {"kind": "move_when", "event": waiting.event_id}
    if isinstance(waiting, MomentWhen):
        return {
            "kind": "moment_when",
            "said": waiting.said,
            "event_asked": waiting.event_asked,
            "events": list(waiting.events),
        }
    if isinstance(waiting, ScopeChoice | ChangeConfirmation):
        if isinstance(waiting, ScopeChoice):
            return {"kind": "scope", "change": _dump_change(waiting.change), "yes": waiting.yes_met}
        return {"kind": "change", "change": _dump_change(waiting.change)}
    if isinstance(waiting, MissingFromPlan):
        return {"kind": "missing_from_plan", "events": list(waiting.event_ids)}
    if isinstance(waiting, SavedFieldEdit):
        return {"kind": "saved_field", "event": waiting.event_id, "field": waiting.field.value}
    if isinstance(waiting, ResetQuestion):
        return {"kind": "reset", "what": waiting.what}
    if isinstance(waiting, ReadingChoice):
        return {
            "kind": "readings",
            "event": waiting.event_id,
            "value": waiting.value,
            "was": waiting.was,
            "start": waiting.start.isoformat(),
            "audience": _dump_audience(waiting.audience),
        }
    return {"kind": "nothing"}


def _dump_change(change: PlannedChange) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "event": change.event_id,
        "scope": change.scope.value if change.scope else None,
        "start": change.start,
        "end": change.end,
        "all_day": change.all_day,
        "end_given": change.end_given,
        "seen": [list(pair) for pair in change.seen],
        "fields": list(change.fields),
        "venue": change.venue,
        "title": change.title,
        "audience": _dump_audience(change.audience),
        "reason": change.reason,
        "ages": list(change.ages) if change.ages is not None else None,
        "seats": change.seats,
        "organisation": change.organisation_id,
        "organiser": change.organiser,
    }


def _dump_audience(audience: Audience | None) -> dict[str, Any] | None:
    if audience is None:
        return None
    return {
        "grades": sorted(audience.grades),
        "classes": sorted(audience.classes),
        "staff": audience.staff,
        "parents": audience.parents,
    }


def _filters(data: Any) -> dict[str, str] | None:
    """Dialog.period_filters from its stored form: an object of names, else ValueError."""
    if data is None:
        return None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError("the last list's filters are not an object of names")
    return {str(k): v for k, v in data.items()}


def _load_audience(data: Any) -> Audience | None:
    if data is None:
        return None
    return Audience(
        grades=frozenset(int(g) for g in data.get("grades") or ()),
        classes=frozenset(str(c) for c in data.get("classes") or ()),
        staff=bool(data.get("staff")),
        parents=bool(data.get("parents")),
    )


def _load_change(data: Mapping[str, Any]) -> PlannedChange:
    scope = data.get("scope")
    return PlannedChange(
        kind=ChangeKind(data["kind"]),
        event_id=int(data["event"]),
        scope=ChangeScope(scope) if scope else None,
        start=str(data["start"]) if data.get("start") else None,
        end=str(data["end"]) if data.get("end") else None,
        all_day=bool(data.get("all_day")),
        end_given=bool(data.get("end_given", True)),
        seen=tuple((int(i), int(v)) for i, v in data.get("seen") or ()),
        fields=tuple(str(f) for f in data.get("fields") or ()),
        venue=str(data["venue"]) if data.get("venue") is not None else None,
        title=str(data["title"]) if data.get("title") is not None else None,
        audience=_load_audience(data.get("audience")),
        reason=str(data["reason"]) if data.get("reason") else None,
        ages=_load_ages(data.get("ages")),
        seats=int(data["seats"]) if data.get("seats") is not None else None,
        organisation_id=int(data["organisation"]) if data.get("organisation") else None,
        organiser=str(data["organiser"]) if data.get("organiser") else None,
    )


def _load_ages(data: Any) -> tuple[int, int] | None:
    """A stored change's age range ([low, high] in JSON), or None: no age, or a change
    stored before edits carried one."""
    if not isinstance(data, list | tuple) or len(data) != 2:
        return None
    return int(data[0]), int(data[1])


def _load_waiting(data: Mapping[str, Any]) -> Waiting:
    kind = data["kind"]
    if kind == "missing":
        return MissingField(DraftField(data["field"]))
    if kind == "edited":
        return EditedField(EditableField(data["field"]))
    if kind == "poll":
        return PollStep(int(data["event"]), PollQuestion(data["question"]))
    if kind == "confirmation":
        return Confirmation()
    if kind == "nothing":
        return Nothing()
    if kind == "draft_choice":
        return DraftChoice()
    if kind == "move_when":
        return MoveWhen(int(data["event"]))
    if kind == "moment_when":
        events = data.get("events")
        return MomentWhen(
            str(data["said"]),
            bool(data.get("event_asked", False)),
            tuple(int(i) for i in events) if isinstance(events, list) else (),
        )
    if kind == "scope":
        return ScopeChoice(_load_change(data["change"]), bool(data.get("yes", False)))
    if kind == "change":
        return ChangeConfirmation(_load_change(data["change"]))
    if kind == "missing_from_plan":
        return MissingFromPlan(tuple(int(i) for i in data["events"]))
    if kind == "saved_field":
        return SavedFieldEdit(int(data["event"]), EditableField(data["field"]))
    if kind == "reset":
        return ResetQuestion(str(data["what"]))
    if kind == "readings":
        return ReadingChoice(
            int(data["event"]),
            str(data["value"]),
            str(data["was"]),
            datetime.fromisoformat(str(data["start"])),
            _load_audience(data["audience"]) or Audience(),
        )
    raise ValueError(f"unknown waiting kind {kind!r}")


def _from_v1(data: Mapping[str, Any]) -> Dialog:
    dialog = _common(data)
    dialog.waiting = _load_waiting(data["waiting"])
    return dialog


def _from_unversioned(data: Mapping[str, Any]) -> Dialog:
    """The format before versions: `asking` was "date" | "time" | "audience" |
    "edit_<field>" | "recommend" | "comment" | None, with `poll_event` for the poll."""
    dialog = _common(data)
    asking = data.get("asking")
    poll_event = data.get("poll_event")
    if asking in set(PollQuestion) and poll_event is not None:
        dialog.waiting = PollStep(int(poll_event), PollQuestion(asking))
    elif dialog.pending and asking in set(DraftField):
        dialog.waiting = MissingField(DraftField(asking))
    elif dialog.pending and str(asking).removeprefix("edit_") in set(EditableField):
        dialog.waiting = EditedField(EditableField(str(asking).removeprefix("edit_")))
    else:
        dialog.settle()
    return dialog


def _common(data: Mapping[str, Any]) -> Dialog:
    pending = list(data.get("pending") or [])
    if not all(isinstance(raw, dict) for raw in pending):
        raise ValueError("pending drafts are not objects")
    # each row a copy: a row changed in place (a key set on it) must not change the stored
    # state too, or the dialog reads unchanged and is never written (attack76)
    pending = [dict(raw) for raw in pending]
    for raw in pending:
        draft_json.draft_from_json(raw)  # raises on a draft this version cannot read
    last_event = data.get("last_event")
    unsigned = data.get("unsigned")
    incoming = _drafts_json(data.get("incoming"))
    stashed = _drafts_json(data.get("stashed"))
    last_change = data.get("last_change")
    if last_change is not None and not isinstance(last_change, dict):
        raise ValueError("the last change is not an object")
    poll = data.get("poll")
    if poll is not None and not (isinstance(poll, dict) and isinstance(poll.get("event"), int)):
        raise ValueError("the poll answered last is not an object with its event")
    return Dialog(
        poll=poll,
        incoming=incoming,
        stashed=stashed,
        last_change=last_change,
        pending=pending,
        audience_asked=bool(data.get("audience_asked")),
        last_event=int(last_event) if last_event is not None else None,
        listed=[int(i) for i in data.get("listed") or []],
        period=_period(data.get("period")),
        period_own_class=bool(data.get("period_own_class")),
        period_audience=_load_audience(data.get("period_audience")),
        period_filters=_filters(data.get("period_filters")),
        asked_day=date.fromisoformat(str(data["asked_day"])) if data.get("asked_day") else None,
        pending_since=_instant(data.get("pending_since")),
        list_question=_list_question(data.get("list_question")),
        series_list=_list_question(data.get("series_list")),
        unsigned=int(unsigned) if unsigned is not None else None,
        picked=_list_question(data.get("picked")),
        empty_answer=_list_question(data.get("empty_answer")),
    )


def _list_question(value: Any) -> dict[str, Any] | None:
    """A stored Dialog.list_question; None when absent or not an object (never raises: an
    unreadable one only means a bare number is not understood)."""
    return value if isinstance(value, dict) else None


def _instant(value: Any) -> datetime | None:
    """A stored aware ISO instant; None when absent; raises when unreadable or naive."""
    if value is None:
        return None
    found = datetime.fromisoformat(str(value))
    if found.tzinfo is None:
        raise ValueError("a stored instant without its zone")
    return found


def _period(value: Any) -> tuple[date, date] | None:
    """The stored [first, last] ISO dates of the last listed period; raises when unreadable."""
    if value is None:
        return None
    first, last = (date.fromisoformat(str(v)) for v in value)
    return first, last


def _drafts_json(value: Any) -> list[dict[str, Any]]:
    """Drafts kept as JSON objects (pending, incoming, stashed); raises when unreadable."""
    items = list(value or [])
    if not all(isinstance(raw, dict) for raw in items):
        raise ValueError("drafts are not objects")
    for raw in items:
        draft_json.draft_from_json(raw)
    return items


def line_numbers(pending: Sequence[Mapping[str, Any]]) -> list[int]:
    """The numbers pending lines are shown and edited by: the number each line got when it
    came (its place in the pasted plan, its row in a plan file, the next free number when
    added later), kept while other lines are fixed or removed; the places in the plan
    (1-based) when lines lack distinct numbers."""
    lines = [raw.get("line") for raw in pending]
    if all(isinstance(line, int) for line in lines) and len(set(lines)) == len(lines):
        return [int(line) for line in lines if isinstance(line, int)]
    return list(range(1, len(pending) + 1))
