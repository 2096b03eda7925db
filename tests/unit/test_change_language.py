"""Issue 11's words and states: plan-line commands, «верни», the answers to the add / replace
/ keep-both and which-occurrences questions, «да» to a change card, and the dialog states
that keep them between messages (stored, restarted, read back)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core import draft_json
from bot.core.dialog import (
    ChangeConfirmation,
    ChangeKind,
    ChangeScope,
    Confirmation,
    Dialog,
    DraftChoice,
    DraftField,
    MissingField,
    MoveWhen,
    Nothing,
    PlannedChange,
    ScopeChoice,
    Waiting,
)
from bot.core.language.buttons import from_payload
from bot.core.language.choices import change_scope, draft_choice
from bot.core.language.commands import (
    Command,
    CommandKind,
    DropLinesCommand,
    FixLineCommand,
    MoveCommand,
    parse_command,
)
from bot.core.language.meaning import (
    AddEvents,
    ChooseDraft,
    ChooseScope,
    ConfirmChange,
    DraftChoiceKind,
    MoveRequest,
    NotOnList,
    UnknownButton,
)
from bot.core.language.understand import closes_question, understand
from bot.core.models import EventDraft

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time
DRAFT = draft_json.draft_to_json(EventDraft(title="Лекция", start=NOW, time_known=True))
MOVE = PlannedChange(
    ChangeKind.MOVE,
    5,
    ChangeScope.FOLLOWING,
    "2026-12-15T17:00:00+02:00",
    "2026-12-15T18:00:00+02:00",
    all_day=False,
    end_given=False,
)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("исправь 7: 8 декабря в 16:00", FixLineCommand(7, "8 декабря в 16:00")),
        ("Исправь 3 — Лекция о Космосе, 9А", FixLineCommand(3, "Лекция о Космосе, 9А")),
        ("исправить строку 12: в 15:00", FixLineCommand(12, "в 15:00")),
        ("убери 6", DropLinesCommand((6,))),
        ("удалите строки 2, 3 и 5", DropLinesCommand((2, 3, 5))),
        ("сохрани без 6", DropLinesCommand((6,), save=True)),
        ("сохранить без №6 и №7", DropLinesCommand((6, 7), save=True)),
        ("верни", Command(CommandKind.UNDO)),
        ("верни как было", Command(CommandKind.UNDO)),
        ("отмени последнее", Command(CommandKind.UNDO)),
        ("отмените последнее изменение!", Command(CommandKind.UNDO)),
        # the old meanings stay
        ("отмени 2", Command(CommandKind.CANCEL, 2)),
        ("сохрани", Command(CommandKind.YES)),
        ("удали черновик", Command(CommandKind.NO)),
    ],
)
def test_plan_line_and_undo_commands(text: str, command: object) -> None:
    assert parse_command(text) == command


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("добавь", DraftChoiceKind.ADD),
        ("Добавить в план", DraftChoiceKind.ADD),
        ("замени", DraftChoiceKind.REPLACE),
        ("заменить", DraftChoiceKind.REPLACE),
        ("оставь оба", DraftChoiceKind.BOTH),
        ("оба!", DraftChoiceKind.BOTH),
        ("да", None),
        ("Лекция 5 декабря в 10:00", None),
    ],
)
def test_draft_choices(text: str, choice: DraftChoiceKind | None) -> None:
    assert draft_choice(text) == choice


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("только эту", ChangeScope.ONE),
        ("это", ChangeScope.ONE),
        ("всю серию", ChangeScope.SERIES),
        ("все", ChangeScope.SERIES),
        ("с этой и дальше", ChangeScope.FOLLOWING),
        ("это и следующие", ChangeScope.FOLLOWING),
        ("начиная с этого и далее", ChangeScope.FOLLOWING),
        ("в пятницу", None),
    ],
)
def test_scopes(text: str, scope: ChangeScope | None) -> None:
    assert change_scope(text) == scope


def waiting(state: Waiting, pending: bool = False) -> Dialog:
    return Dialog(pending=[DRAFT] if pending else [], waiting=state, listed=[41, 42])


def test_answers_in_each_change_state() -> None:
    choice = waiting(DraftChoice(), pending=True)
    assert understand("добавь", choice, NOW) == ChooseDraft(DraftChoiceKind.ADD)
    assert understand("нет", choice, NOW) == ChooseDraft(DraftChoiceKind.DROP)
    scope = waiting(ScopeChoice(MOVE))
    assert understand("всю серию", scope, NOW) == ChooseScope(ChangeScope.SERIES)
    assert understand("нет", scope, NOW) == ConfirmChange(False)
    card = waiting(ChangeConfirmation(MOVE), pending=True)
    assert understand("да", card, NOW) == ConfirmChange(True)
    assert understand("нет", card, NOW) == ConfirmChange(False)  # not «discard the draft»
    when = waiting(MoveWhen(9))
    assert understand("в пятницу в 15:00", when, NOW) == MoveCommand("в пятницу в 15:00", None, 9)
    assert understand("отмена", when, NOW) == ConfirmChange(False)


def test_anything_else_closes_the_change_question_and_means_what_it_says() -> None:
    for state in (ScopeChoice(MOVE), ChangeConfirmation(MOVE), MoveWhen(9)):
        dialog = waiting(state, pending=True)
        other = understand("Экскурсия в музей 5 декабря в 10:00, 7 классы", dialog, NOW)
        assert isinstance(other, AddEvents)
        assert closes_question(dialog, other)
        dialog.settle()
        # the pending draft is still there, its own question open again: it names no
        # classes, so it never awaits «да» (newcomer walk 2026-12-02m, #3)
        assert dialog.waiting == MissingField(DraftField.AUDIENCE)
        assert dialog.pending == [DRAFT]
    listed = waiting(ChangeConfirmation(MOVE))
    assert understand("отмени 5", listed, NOW) == NotOnList(5, 2)


def test_another_new_event_keeps_the_add_or_replace_question_open() -> None:
    """It joins the new ones the question asks about (dd81a1d), instead of closing it."""
    dialog = waiting(DraftChoice(), pending=True)
    other = understand("Экскурсия в музей 5 декабря в 10:00, 7 классы", dialog, NOW)
    assert isinstance(other, AddEvents)
    assert not closes_question(dialog, other)


@pytest.mark.parametrize(
    ("data", "intent"),
    [
        ({"a": "draft", "c": "both"}, ChooseDraft(DraftChoiceKind.BOTH)),
        ({"a": "draft", "c": "drop table"}, UnknownButton()),
        ({"a": "scope", "s": "one", "id": 5}, ChooseScope(ChangeScope.ONE, 5)),
        ({"a": "scope", "s": "all"}, UnknownButton()),
        ({"a": "change", "v": 1, "id": 5, "k": "cancel"}, ConfirmChange(True, 5, "cancel")),
        ({"a": "change", "v": 1, "id": 5}, ConfirmChange(True, 5, "")),  # names no question
        ({"a": "change", "v": "x", "id": 5, "k": 7}, ConfirmChange(False, 5, "")),
        ({"a": "move_event", "id": 5}, MoveRequest(5)),
    ],
)
def test_change_buttons(data: dict[str, object], intent: object) -> None:
    assert from_payload(data) == intent


@pytest.mark.parametrize(
    "state",
    [DraftChoice(), MoveWhen(9), ScopeChoice(MOVE), ChangeConfirmation(MOVE), Nothing()],
)
def test_change_states_survive_the_store(state: Waiting) -> None:
    dialog = Dialog(
        pending=[DRAFT],
        waiting=state,
        incoming=[DRAFT],
        stashed=[DRAFT, DRAFT],
        last_change={"at": "2026-11-23T08:00:00+00:00", "kind": "moved", "events": []},
    )
    again = Dialog.load(dialog.dump())
    assert again == dialog


def test_a_version_1_state_is_still_read() -> None:
    stored = {**Dialog(pending=[DRAFT], waiting=Confirmation()).dump(), "version": 1}
    for key in ("incoming", "stashed", "last_change"):
        del stored[key]
    dialog = Dialog.load(stored)
    assert (dialog.pending, dialog.waiting, dialog.stashed) == ([DRAFT], Confirmation(), [])


@pytest.mark.parametrize(
    "broken",
    [
        {"kind": "change", "change": {"kind": "teleport", "event": 5}},
        {"kind": "scope", "change": {"kind": "move", "event": "five"}},
        {"kind": "move_when"},
    ],
)
def test_an_unreadable_change_state_is_dropped(broken: dict[str, object]) -> None:
    stored = {**Dialog(pending=[DRAFT]).dump(), "waiting": broken}
    assert Dialog.load(stored) == Dialog()
