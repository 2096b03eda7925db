"""Answers to an open change question (add / replace / keep both, which occurrences, «да» to a
change card, a moved event's new time, a saved field's new value) and a saved event's field
changed in words; closes_question tells which intents close such a question.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.dialog import (
    ChangeConfirmation,
    ChangeKind,
    Confirmation,
    Dialog,
    DraftChoice,
    EditableField,
    MissingFromPlan,
    MomentWhen,
    MoveWhen,
    PollStep,
    ReadingChoice,
    ResetQuestion,
    SavedFieldEdit,
    ScopeChoice,
)
from bot.core.language.answers import announces_event, is_message
from bot.core.language.capacity import no_seats_limit, seats_reply
from bot.core.language.choices import change_scope, draft_choice, picked_draft
from bot.core.language.commands import AnyCommand, Command, CommandKind, MoveCommand, parse_command
from bot.core.language.draft_corrections import card_move_when
from bot.core.language.edit_phrases import EditCommand, asks_by_verb, parse_edit
from bot.core.language.intents import parse_message
from bot.core.language.meaning import (
    AddEvents,
    ChooseDraft,
    ChooseScope,
    ConfirmChange,
    DraftAnswer,
    DraftChoiceKind,
    Intent,
    NotOnList,
    PickSlot,
    RemindAtMoment,
    RepeatQuestion,
    SeatsOfSaved,
    SmallTalk,
)
from bot.core.language.move_phrases import move_phrase
from bot.core.language.remind_moments import listed_event, moment_answer
from bot.core.language.title_answer import answered_title
from bot.core.language.tokens import normalize
from bot.core.language.understanding.draft_answers import (
    SHORT_ANSWER_WORDS,
    card_move,
    draft_correction,
    is_correction,
    saved_correction,
)
from bot.core.language.understanding.list_answers import with_target
from bot.core.language.when import day_and_time
from bot.core.models import EventIntent


def choice_open(dialog: Dialog) -> bool:
    """Whether the add / replace / keep-both question is open, with its new drafts."""
    return isinstance(dialog.waiting, DraftChoice) and bool(dialog.pending and dialog.incoming)


def closes_question(dialog: Dialog, intent: Intent) -> bool:
    """Whether a typed message meaning `intent` closes the open question: a field edit on
    «нет» or «помощь»; a poll step never (it stays open until answered, skipped or ended,
    see bot.core.features.poll_chat); the add/replace question stays open for another new
    event, which joins the new ones it asks about, for small talk or «назад», which ask it
    again, and for a plan line's edit («исправь 8», «убери 8»), which asks it first."""
    if isinstance(dialog.waiting, PollStep):
        return False
    if isinstance(dialog.waiting, DraftChoice) and isinstance(
        intent, AddEvents | SmallTalk | RepeatQuestion
    ):
        return False  # small talk and «назад» ask the question again (walk m, #15)
    if isinstance(dialog.waiting, ScopeChoice | ChangeConfirmation | DraftChoice) and (
        getattr(intent, "kind", None) in (CommandKind.FIX_LINE, CommandKind.DROP_LINES)
    ):
        # a plan line's edit is told that the move card waits, or that the add / replace
        # question comes first (plan_lines; walk t, #4: it silently chose «оставь оба»)
        return False
    if isinstance(dialog.waiting, _CHANGE_QUESTIONS):
        return not isinstance(intent, ChooseDraft | ChooseScope | ConfirmChange | PickSlot)
    if dialog.pending and dialog.edited_field() not in (None, EditableField.VENUE):
        return isinstance(intent, Command) and intent.kind in (CommandKind.NO, CommandKind.HELP)
    return False


_CHANGE_QUESTIONS = (
    DraftChoice,
    ScopeChoice,
    ChangeConfirmation,
    MoveWhen,
    MissingFromPlan,
    SavedFieldEdit,
    ResetQuestion,
    ReadingChoice,
    MomentWhen,
)


def _untitled_fragment(text: str, now: datetime) -> bool:
    """Whether `text` is a short piece of an event with no title of its own — «в 11», «7
    февраля», «9 классы» — typed while the add / replace / keep-both question is open: an
    answer to the earlier question, never a line added to the new text (which made «Что
    сделать с новым планом (2 строки): …, без названия?», newcomer walk 2026-12-03aa, Z5)."""
    if len(text.split()) > SHORT_ANSWER_WORDS:
        return False
    intent = parse_message(text, now)
    return isinstance(intent, EventIntent) and not is_message(text, intent)


def _new_draft_fixed(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> ChooseDraft | None:
    """A correction («давайте лучше в воскресенье», «нет, в 14:00») typed at the add /
    replace / keep-both question about one new draft: that draft, the event just written,
    as corrected (`corrected`; the question is asked again with it shown), or, when the
    correction does not apply to it, the text named as not yet placed (`fragment`). Never a
    correction of a saved event or of the earlier card, which closed the question and let
    the next «да» update the saved event (newcomer walk 2026-12-04ag, AG9). None when the
    question is not open about one new draft or the text is no correction. A move naming
    no event («перенеси на воскресенье») is read as on the new draft's card (card_move)."""
    if not choice_open(dialog) or len(dialog.incoming) != 1:
        return None
    new = replace(dialog, pending=list(dialog.incoming), incoming=[], waiting=Confirmation())
    command = parse_command(text)
    moved = move_phrase(text, now) if command is None else None
    if moved is not None:
        command = MoveCommand(moved.when, reference=moved.reference)
    fixed: Intent | None = None
    if isinstance(command, MoveCommand):
        fixed = card_move(command, new, now, zone)
        if fixed is None:
            return None  # a move naming a saved event: its own card, shown (closes the question)
    elif saved_correction(text, now) is None and not is_correction(text, now):
        return None
    else:
        fixed = draft_correction(text, new, now, zone)
    if isinstance(fixed, DraftAnswer) and fixed.filled is not None:
        return ChooseDraft(DraftChoiceKind.AGAIN, corrected=fixed.filled)
    return ChooseDraft(DraftChoiceKind.AGAIN, " ".join(text.split()))


def change_question_answer(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> Intent | None:
    """The answer to an open change or draft question; None when the text is not one (it is
    then understood as usual and closes the question). At the add / replace / keep-both
    question a correction is the new draft's (_new_draft_fixed), before a bare fragment."""
    waiting = dialog.waiting
    if not isinstance(waiting, _CHANGE_QUESTIONS):
        return None
    command = parse_command(text)
    said_no = command is not None and command.kind is CommandKind.NO
    if isinstance(waiting, DraftChoice):
        choice = draft_choice(text)
        if choice is None and said_no:
            choice = DraftChoiceKind.DROP
        if choice is None and len(dialog.pending) == len(dialog.incoming) == 1:
            choice = picked_draft(text)  # «отмени вторую», «оставь первую» (chat61)
        if choice is None and command is not None and command.kind is CommandKind.YES:
            choice = DraftChoiceKind.AGAIN  # «да» picks nothing: asked again, nothing saved
        if choice is None and (fixed := _new_draft_fixed(text, dialog, now, zone)) is not None:
            return fixed  # «нет, в 14:00», «давайте лучше в воскресенье» (walk ag, AG9)
        if choice is None and _untitled_fragment(text, now):  # «в 11» (walk aa, Z5)
            return ChooseDraft(DraftChoiceKind.AGAIN, " ".join(text.split()))
        return ChooseDraft(choice) if choice is not None else None
    if isinstance(waiting, ScopeChoice):
        scope = change_scope(text)
        if scope is not None:
            return ChooseScope(scope)
        if command is not None and command.kind in (CommandKind.YES, CommandKind.NO):
            return ConfirmChange(command.kind is CommandKind.YES)  # «да» asks again
        return None
    if isinstance(waiting, ChangeConfirmation | MissingFromPlan | ResetQuestion):
        if command is not None and command.kind in (CommandKind.YES, CommandKind.NO):
            return ConfirmChange(command.kind is CommandKind.YES)
        if isinstance(waiting, ChangeConfirmation) and waiting.change.kind is ChangeKind.MOVE:
            when = card_move_when(text, now)  # «лучше в 15:30», «а можно в 16:00?» (walk t, #2)
            if when is not None:
                change = waiting.change
                start = "" if change.all_day else change.start or ""  # a whole day: no time
                return MoveCommand(when, event_id=change.event_id, card_start=start)
        return None
    if isinstance(waiting, SavedFieldEdit):
        return _saved_field_value(text, waiting, command, now)
    if isinstance(waiting, ReadingChoice):
        return None  # answered above (_reading_answer)
    if isinstance(waiting, MomentWhen):  # «в 18:00» at «Во сколько напомнить?» (newcomer67)
        if (picked := listed_event(text, waiting.events)) is not None:  # «2» (remind69)
            return RemindAtMoment(waiting.said, event_id=picked)
        parsed = parse_message(text, now)
        if command is not None or is_message(text, parsed):
            return None
        if waiting.event_asked and announces_event(parsed):  # «концерт 5 декабря» (safety72)
            return None  # a new event, not the one to remind of: the question is dropped
        answered = moment_answer(text, waiting.said, now, event_asked=waiting.event_asked)
        return RemindAtMoment(answered) if answered is not None else None
    if said_no:
        return ConfirmChange(False)
    if command is not None or is_message(text, parse_message(text, now)):
        return None  # a command or a new event / question, not the new time
    named = day_and_time(text, now)
    if named is None or (named.day is None and named.start is None):
        return None
    return MoveCommand(text.strip(), event_id=waiting.event_id)


def _saved_field_value(
    text: str, waiting: SavedFieldEdit, command: AnyCommand | None, now: datetime
) -> Intent | None:
    """The new value of a saved event's field asked by its «✏️» button («ауд. 310», «9А,
    9Б», a new title); None for a command or a new event or question (the question is then
    closed and the text understood as usual)."""
    if command is not None or not text.strip():
        return None
    if waiting.field is not EditableField.TITLE and is_message(text, parse_message(text, now)):
        return None
    if waiting.field is not EditableField.TITLE:
        seats = seats_reply(text)
        if seats is not None or no_seats_limit(text):  # «места: 5» after «✏️ Место»: seats,
            return SeatsOfSaved(seats, waiting.event_id)  # not the place (attack x, #2)
    if waiting.field is EditableField.WHEN:
        return MoveCommand(text.strip(), event_id=waiting.event_id)
    if waiting.field is EditableField.TITLE:  # the post pasted again: its event's name
        titled = answered_title(text)
        assert titled is not None  # the text is not blank
        return EditCommand(waiting.field, titled.title, event_id=waiting.event_id)
    return EditCommand(waiting.field, " ".join(text.split()), event_id=waiting.event_id)


def saved_edit(
    text: str, dialog: Dialog, now: datetime
) -> AnyCommand | EditCommand | NotOnList | SeatsOfSaved | None:
    """A saved event's place, classes or title changed in words (bot.core.language
    .edit_phrases), its list number resolved; None when the text is no such edit, when a
    draft is open (its card has its own edits) or when «перенеси … в …» names a day or a time
    (a move)."""
    if dialog.pending:
        return None
    seats = seats_reply(text)
    if seats is not None or no_seats_limit(text):  # attack x, #2: «места: 3» is no place
        return SeatsOfSaved(seats, dialog.last_event)
    edit = parse_edit(text)
    if edit is None:
        return None
    parsed = parse_message(text, now)
    if (
        isinstance(parsed, EventIntent)
        and parsed.draft.start is not None
        and not asks_by_verb(text)  # «назови экскурсию 17 декабря «…»» (walk t, #11)
    ):
        return None  # «Тема: Космос, 15 декабря в 15:00, 9 классы»: a new event
    if edit.field is EditableField.VENUE and normalize(text).lstrip().startswith("перенес"):
        named = day_and_time(edit.value, now)
        if named is not None and (named.day is not None or named.start is not None):
            return None  # «перенеси лекцию в пятницу», «перенеси в 17:00»: a move
        if named is not None and named.all_day:
            return None
    return with_target(edit, dialog)
