"""Dialog state: one explicit `waiting` type, stored with a version number; the format written
before versions existed is migrated, anything unreadable is dropped (never misread)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from bot.core import draft_json
from bot.core.dialog import (
    DIALOG_VERSION,
    ChangeConfirmation,
    ChangeKind,
    ChangeScope,
    Confirmation,
    Dialog,
    DraftField,
    EditableField,
    EditedField,
    ListAction,
    MissingField,
    Nothing,
    PlannedChange,
    PollQuestion,
    PollStep,
    ReadingChoice,
    ResetQuestion,
    SavedFieldEdit,
)
from bot.core.models import Audience, EventDraft

DRAFT = draft_json.draft_to_json(EventDraft(title="Лекция", start=None, time_known=False))
# a draft with its day, time and classes: the only kind that may await «да»
READY = draft_json.draft_to_json(
    EventDraft(
        title="Лекция",
        start=datetime.fromisoformat("2026-12-11T16:00"),  # wall clock, naive
        audience=Audience(classes=frozenset({"9Б"})),
    )
)


def unversioned(**changes: Any) -> dict[str, Any]:
    """Exactly the keys the pre-version Dialog.dump() wrote."""
    state: dict[str, Any] = {
        "pending": [],
        "asking": None,
        "audience_asked": False,
        "last_event": None,
        "listed": [],
        "poll_event": None,
    }
    return {**state, **changes}


@pytest.mark.parametrize(
    ("stored", "waiting"),
    [
        (unversioned(), Nothing()),
        (unversioned(pending=[READY]), Confirmation()),
        # a draft still lacking its day never awaits «да»: its question is open (walk m, #3)
        (unversioned(pending=[DRAFT]), MissingField(DraftField.DATE)),
        (unversioned(pending=[DRAFT], asking="date"), MissingField(DraftField.DATE)),
        (unversioned(pending=[DRAFT], asking="audience"), MissingField(DraftField.AUDIENCE)),
        (unversioned(pending=[DRAFT], asking="edit_venue"), EditedField(EditableField.VENUE)),
        (unversioned(pending=[DRAFT], asking="edit_when"), EditedField(EditableField.WHEN)),
        (unversioned(asking="recommend", poll_event=7), PollStep(7, PollQuestion.RECOMMEND)),
        (unversioned(asking="comment", poll_event=7), PollStep(7, PollQuestion.COMMENT)),
        # a question without its draft or its event asks nothing any more
        (unversioned(asking="time"), Nothing()),
        (unversioned(asking="recommend"), Nothing()),
        (unversioned(pending=[READY], asking="edit_colour"), Confirmation()),
        (unversioned(pending=[DRAFT], asking="edit_colour"), MissingField(DraftField.DATE)),
    ],
)
def test_the_unversioned_format_is_migrated(stored: dict[str, Any], waiting: object) -> None:
    dialog = Dialog.load(stored)
    assert dialog.waiting == waiting
    assert dialog.pending == stored["pending"]


def test_unversioned_lists_and_last_event_survive() -> None:
    dialog = Dialog.load(unversioned(last_event=12, listed=[3, "4"], audience_asked=True))
    assert (dialog.last_event, dialog.listed, dialog.audience_asked) == (12, [3, 4], True)


@pytest.mark.parametrize(
    "waiting",
    [
        Nothing(),
        Confirmation(),
        MissingField(DraftField.TIME),
        EditedField(EditableField.TITLE),
        PollStep(5, PollQuestion.COMMENT),
    ],
)
def test_every_state_round_trips_with_its_version(waiting: Any) -> None:
    dialog = Dialog([DRAFT], waiting, audience_asked=True, last_event=4, listed=[4, 9])
    stored = dialog.dump()
    assert stored["version"] == DIALOG_VERSION
    assert Dialog.load(stored) == dialog


@pytest.mark.parametrize(
    "stored",
    [
        {**Dialog([DRAFT], MissingField(DraftField.DATE)).dump(), "version": DIALOG_VERSION + 1},
        {**Dialog([DRAFT], MissingField(DraftField.DATE)).dump(), "version": "1"},
        {**Dialog().dump(), "waiting": {"kind": "teleport"}},
        {**Dialog().dump(), "waiting": {"kind": "missing", "field": "colour"}},
        {**Dialog().dump(), "waiting": None},
        {**Dialog().dump(), "pending": ["not a draft"]},
        {**Dialog().dump(), "pending": [{"start": "2026-12-01"}]},  # no title
        unversioned(pending=[{"title": "X", "start": "yesterday"}], asking="time"),
        unversioned(listed=["one"]),
    ],
)
def test_unreadable_states_are_dropped_not_misread(stored: dict[str, Any]) -> None:
    assert Dialog.load(stored) == Dialog()


def test_settle_and_poll_steps() -> None:
    dialog = Dialog([READY], Confirmation())
    dialog.ask_poll(3, "recommend")
    assert dialog.waiting == PollStep(3, PollQuestion.RECOMMEND)
    dialog.ask_poll(3, None)  # the poll is over: the drafts still await «да»
    assert dialog.waiting == Confirmation()
    unfinished = Dialog([DRAFT], MissingField(DraftField.DATE))
    unfinished.ask_poll(3, "recommend")
    unfinished.ask_poll(3, None)  # the poll is over: the draft's own question is open again
    assert unfinished.waiting == MissingField(DraftField.DATE)
    dialog.clear_pending()
    dialog.settle()
    assert dialog.waiting == Nothing()


def test_the_poll_answered_last_survives_a_round_trip() -> None:
    dialog = Dialog(waiting=PollStep(7, PollQuestion.COMMENT))
    dialog.poll = {
        "event": 7,
        "scored": "recommend",
        "closed": False,
        "at": "2026-12-08T18:30+00:00",
    }
    again = Dialog.load(dialog.dump())
    assert again.poll == dialog.poll
    assert again.waiting == PollStep(7, PollQuestion.COMMENT)
    assert Dialog.load({k: v for k, v in dialog.dump().items() if k != "poll"}).poll is None


def test_a_malformed_poll_memory_drops_the_state() -> None:
    state = {**Dialog(waiting=PollStep(7, PollQuestion.COMMENT)).dump(), "poll": {"event": "x"}}
    assert Dialog.load(state) == Dialog()


def test_edit_questions_and_cards_survive_a_restart() -> None:
    """The saved-event edit (its card, its «✏️» question) and the reset question are stored
    and read back whole (walk 2026-12-01e, #11 and #21)."""
    change = PlannedChange(
        ChangeKind.EDIT,
        7,
        scope=ChangeScope.ONE,
        seen=((7, 3),),
        fields=("venue", "audience"),
        venue="актовый зал",
        title="Лекция",
        audience=Audience(grades=frozenset({9}), classes=frozenset({"10А"})),
    )
    for waiting in (
        ChangeConfirmation(change),
        SavedFieldEdit(7, EditableField.TITLE),
        ResetQuestion("school_year"),
        ReadingChoice(  # «не 10, а 11»: which reading (walk 2026-12-01i, #5)
            7,
            "11",
            "10",
            datetime.fromisoformat("2026-12-10T10:00"),  # wall clock, naive
            Audience(classes=frozenset({"10А"})),
        ),
    ):
        dialog = Dialog(waiting=waiting)
        assert Dialog.load(dialog.dump()).waiting == waiting


def test_a_lists_question_survives_the_store_and_ends_with_another_list() -> None:
    dialog = Dialog()
    dialog.ask_on_list([5, 6, 7], ListAction.MOVE, when="16:00")
    loaded = Dialog.load(dialog.dump())
    assert loaded.asked_on_list() == (ListAction.MOVE, {"when": "16:00"})
    loaded.listed = [8, 9]  # another list shown since
    assert loaded.asked_on_list() is None


def test_an_unreadable_lists_question_is_no_question() -> None:
    state = Dialog(listed=[5]).dump()
    state["list_question"] = {"ids": [5], "action": "dance"}
    assert Dialog.load(state).asked_on_list() is None
    state["list_question"] = "cancel"
    assert Dialog.load(state).asked_on_list() is None


def test_the_cancelled_sign_up_survives_a_restart() -> None:
    """Dialog.unsigned («запиши меня снова» takes it back, review28 #2) is stored and read
    back; a state stored before it was kept reads as none."""
    dialog = Dialog(last_event=4, listed=[4, 9], unsigned=9)
    assert Dialog.load(dialog.dump()).unsigned == 9
    older = {k: v for k, v in dialog.dump().items() if k != "unsigned"}
    assert Dialog.load(older).unsigned is None


def test_a_picked_list_item_survives_a_restart_while_its_list_is_the_last() -> None:
    """Dialog.picked («2» after a list; a bare «запиши меня» next means it, conv40) is
    stored and read back; another list since, or another event looked at, forgets it; a
    state stored before it was kept reads as none."""
    dialog = Dialog(listed=[4, 9])
    dialog.pick(9)
    assert Dialog.load(dialog.dump()).picked_event() == 9
    older = {k: v for k, v in dialog.dump().items() if k != "picked"}
    assert Dialog.load(older).picked_event() is None
    dialog.listed = [9, 12]
    assert dialog.picked_event() is None
    dialog.listed, dialog.last_event = [4, 9], 4
    assert dialog.picked_event() is None


def test_the_day_of_a_one_day_answer_round_trips() -> None:
    """Dialog.asked_day (conv44: «а для 10А?» after one day's list asks that day) is kept
    across messages; a state stored before it was kept loads without it."""
    dialog = Dialog(asked_day=date(2026, 12, 9), period=(date(2026, 12, 7), date(2026, 12, 13)))
    assert Dialog.load(dialog.dump()) == dialog
    older = {key: value for key, value in dialog.dump().items() if key != "asked_day"}
    assert Dialog.load(older).asked_day is None
