"""Understanding decides once: (text, what the person was asked, their last list) -> one
typed intent (bot.core.language.meaning).

The order encodes which reading wins when several fit:

1. a message over MAX_MESSAGE_CHARS is TooLong;
2. an open poll question takes a score (digits) or any comment; at the 0–10 step a text
   that nothing else (rules 3–8) understands is the comment, the score left empty;
   an open change question (add/replace/keep both, which occurrences, «да» to a change
   card, a moved event's new time) takes its answer (bot.core.language.choices);
3. a card field being edited takes its new value unless the text is a new message (and
   «нет» / «помощь» keep their meaning except as a venue);
4. an invitation code (8 letters and digits) — if the store knows no such code, the text
   means what the rest of these rules say (RedeemCode.otherwise);
5. a greeting, thanks or emoji (SmallTalk), a sign-up for several numbers or by title;
   then a command (with its list number resolved to an event; a number the last list does
   not have is NotOnList);
   a cancellation or a move said in words («отмени лекцию …», «лекцию переносим на 11.12»,
   bot.core.language.move_phrases) when no draft is open;
6. a report request, then a file (export) request;
7. an answer to the draft's missing field, unless it is a new message; a correction of the
   open draft («нет, 26 декабря»), else of a saved event (CorrectSaved: never a new event
   titled «Нет»);
8. an event (or a pasted plan), a question about the plan, or NotUnderstood.

Pure: no store, no clock (the caller passes the school's wall-clock `now`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.dialog import (
    ChangeConfirmation,
    ChangeKind,
    Confirmation,
    Dialog,
    DraftChoice,
    DraftField,
    EditableField,
    ListAction,
    MissingFromPlan,
    MoveWhen,
    Nothing,
    PollQuestion,
    PollStep,
    ReadingChoice,
    ResetQuestion,
    SavedFieldEdit,
    ScopeChoice,
)
from bot.core.language import (
    schools,
    signup_phrases,
    small_talk,
    unsign_phrases,
)
from bot.core.language.agreement_phrases import agreement_phrase, card_assent
from bot.core.language.answers import (
    is_message,
)
from bot.core.language.cancel_phrases import (
    cancel_reason,
    cancel_reference,
    why_cancelled,
    without_greeting,
)
from bot.core.language.capacity import no_seats_limit, seats_reply, seats_unreadable
from bot.core.language.card_questions import (
    CardAsked,
    card_question,
)
from bot.core.language.choices import change_scope, draft_choice, picked_draft
from bot.core.language.commands import (
    ANSWER_WORDS,
    AnyCommand,
    CalendarLinkCommand,
    Command,
    CommandKind,
    MoveCommand,
    ReminderTimesCommand,
    SetClassCommand,
    bare_record,
    parse_command,
)
from bot.core.language.draft_corrections import (
    card_move_when,
    number_readings,
)
from bot.core.language.edit_phrases import EditCommand, asks_by_verb, parse_edit
from bot.core.language.event_questions import event_question
from bot.core.language.exports import parse_export
from bot.core.language.hand_over import hand_over_request
from bot.core.language.intents import parse_message
from bot.core.language.list_numbers import list_numbers
from bot.core.language.meaning import (
    AddEvents,
    Agreement,
    AgreementKind,
    Ask,
    AskOrganiser,
    CancelByText,
    CardUnchanged,
    ChooseDraft,
    ChooseScope,
    ConfirmChange,
    CorrectSaved,
    DataDeletion,
    DraftAnswer,
    DraftChoiceKind,
    EventDetails,
    ForChild,
    HandOver,
    Intent,
    KeepSignUps,
    ListPick,
    MineAtSchool,
    MineInPeriod,
    MuteByTitle,
    NothingListed,
    NotOnList,
    NotUnderstood,
    PickSlot,
    PollAnswer,
    PollAnswerKind,
    PollResultsWhere,
    ReadingDeclined,
    RedeemCode,
    RemindAtMoment,
    RepeatQuestion,
    SeatsOfSaved,
    SeatsUnreadable,
    SignupByTitle,
    SignupDeclined,
    SignupMany,
    SignupOnDay,
    SignupQuestion,
    SignupUnclear,
    SignupWhichTwo,
    SmallTalk,
    SmallTalkKind,
    TooLong,
    UnsignAll,
    UnsignByTitle,
    WaitingPlace,
    WhyCancelled,
)
from bot.core.language.move_phrases import move_phrase
from bot.core.language.numerals import number_value
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.polite_requests import as_imperative
from bot.core.language.poll_answers import is_comment, lone_score, typed_number
from bot.core.language.poll_results import asks_poll_results
from bot.core.language.reading_answers import declines, picked_reading
from bot.core.language.replacements import replaced_reference
from bot.core.language.reports import parse_report
from bot.core.language.school_year import parse_school_year
from bot.core.language.scripts import mend_scripts
from bot.core.language.signup_questions import asks_waiting_place, signup_question
from bot.core.language.student_asks import for_child, reminder_at, who_runs
from bot.core.language.temporal import extract_temporal, resolve_day
from bot.core.language.title_answer import answered_title
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.understanding.card_answers import (
    _BACK,
    _DISCARD_LABEL,
    _MAX_TIME_ANSWER,
    _OOPS,
    _card_unchanged,
    _clashes_asked_on_card,
    _end_asked_on_card,
    _kept_of_several,
    _line_by_ordinal,
    _resend_answer,
    _slot_picked,
    _title_asked,
    _title_offer_answer,
    _untimed_line_answer,
    asks_draft_question,
)
from bot.core.language.understanding.clash_questions import (
    _clashes_asked,
    _clashes_in_period,
    _event_clashes_asked,
    _event_end_asked,
)
from bot.core.language.understanding.draft_answers import (
    _SO_IT_IS,
    SHORT_ANSWER_WORDS,
    _another_event_wished,
    _cancel_at_question,
    _card_move,
    _draft_answer,
    _draft_correction,
    _edit_answer,
    _found_confirmed,
    _news_of_another,
    _saved_correction,
    _shifted_card,
    _verb_on_card,
    is_correction,
)
from bot.core.language.understanding.invitation_codes import INVITATION_CODE, code_in_sentence
from bot.core.language.understanding.mended_words import (
    _names_mended,
    _standard_words,
    _without_courtesy,
)
from bot.core.language.understanding.new_messages import _announces_event, _message
from bot.core.language.understanding.plan_questions import (
    _CLOCK_TIME,
    count_question,
    mine_in_period,
)
from bot.core.language.when import day_and_time
from bot.core.models import EventIntent, QueryIntent

__all__ = [
    "MAX_MESSAGE_CHARS",
    "asks_draft_question",
    "closes_question",
    "is_request",
    "understand",
]

MAX_MESSAGE_CHARS = 8000  # about two VK messages: a long pasted plan still fits


def understand(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None) -> Intent:
    """The one intent of a typed message; `now` is the school's naive wall-clock time and
    `zone` its time zone (times written in Moscow time are moved to it; None: the default)."""
    if len(text) > MAX_MESSAGE_CHARS:
        return TooLong(MAX_MESSAGE_CHARS)
    text = mend_scripts(text)  # «дeкабря» with a Latin "e", a hidden U+202E
    if isinstance(dialog.waiting, PollStep):
        answer = _poll_answer(dialog.waiting, text)
        if answer is not None:
            return answer
    mended = _standard_words(text, dialog)  # «че на некст неделе»: «что на след неделе»
    intent = _understand_mended(mended, dialog, now, zone)
    if mended == text or not _names_mended(intent, text):
        return intent
    # «Клуб Норм 14 декабря», «отмени Клуб Норм»: the title keeps its words as typed
    kept = _understand_mended(_standard_words(text, dialog, True), dialog, now, zone)
    return kept if type(kept) is type(intent) else intent


def _understand_mended(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent:
    """`understand` of a message whose spoken words are already mended (`_standard_words`)."""
    text = _without_courtesy(text, dialog)  # «согласую 1, спасибо»: «согласую 1»
    if not (dialog.pending and card_question(text) is not None):  # «Можете показать накладки?»
        text = as_imperative(text, now)  # «Покажете план на декабрь?»: «покажите план …?»
    if dialog.pending:  # «ой, в 17:00» under a card: «в 17:00» (chat47: a draft «Ой»)
        text = _OOPS.sub("", text, count=1)
    if _asks_which_cancel(dialog) and unsign_phrases.keeps_sign_ups(text):
        return KeepSignUps()  # «нет, не надо отменять» at «какую запись отменить?»
    if isinstance(dialog.waiting, ReadingChoice):
        reading = _reading_answer(text, dialog, dialog.waiting, now, zone)
        if reading is not None:
            return reading
    if asks_draft_question(dialog) and _BACK.fullmatch(normalize(text).strip(" .!?")):
        return RepeatQuestion()  # «назад» at «Во сколько …?» or «добавь / замени …?»
    picked = _slot_picked(text, dialog)
    if picked is not None:
        return picked
    kept = _kept_of_several(text, dialog)
    if kept is not None:
        return kept
    if (said := seats_unreadable(text)) is not None and not _title_asked(dialog):
        return SeatsUnreadable(said)  # «места: много» is no place (attack z, #1)
    change_answer = _change_answer(text, dialog, now, zone)
    if change_answer is not None:
        return change_answer
    offered = _resend_answer(text, dialog)
    if offered is not None:
        return offered
    if dialog.pending and _DISCARD_LABEL.fullmatch(normalize(text).strip(" .!")):
        return Command(CommandKind.DISCARD)  # the «Не сохранять» button's label, typed
    if (named := _title_offer_answer(text, dialog)) is not None:
        return named
    if dialog.pending and dialog.edited_field() is not None:
        edited = _edit_answer(text, dialog, now, zone)
        if edited is not None:
            return edited
    untimed = _untimed_line_answer(text, dialog, now)
    if untimed is not None:
        return untimed
    if (by_ordinal := _line_by_ordinal(text, dialog, now)) is not None:
        return by_ordinal
    if _end_asked_on_card(text, dialog):  # «а сколько она будет длиться?» (chat49)
        return CardUnchanged(correction=False, asked=CardAsked.END.value)
    if _clashes_asked_on_card(text, dialog):  # «есть накладки?» (newcomer walk 57)
        return CardUnchanged(correction=False, asked=CardAsked.CLASHES.value)
    intent = _without_open_edit(text, dialog, now, zone)
    if isinstance(intent, NotUnderstood) and _choice_open(dialog) and not intent.only_links:
        return RepeatQuestion(unclear=True)  # «для 7Б» at «добавь / замени …?» (walk m, #8)
    if isinstance(intent, NotUnderstood) and (titled := _titled_list_answer(text, dialog)):
        return titled
    if isinstance(intent, NotUnderstood) and _unclear_at_which(text, dialog):
        return SignupUnclear()  # «не знаю» at «На какое записать?»: asked again, still open
    if isinstance(intent, NotUnderstood):
        return _comment_instead_of_score(text, dialog) or _card_unchanged(text, dialog, intent)
    return intent


_UNCLEAR_ANSWER = 30  # characters: a longer message not understood is no answer to the list


def _unclear_at_which(text: str, dialog: Dialog) -> bool:
    """Whether `text`, understood as nothing, is a short reply (no question mark) to «На
    какое записать?» about a list of two or more, nothing else open."""
    asked = dialog.asked_on_list()
    if asked is None or asked[0] is not ListAction.SIGNUP or dialog.pending:
        return False
    line = text.strip()
    return len(dialog.listed) > 1 and len(line) <= _UNCLEAR_ANSWER and "?" not in line


def _titled_list_answer(text: str, dialog: Dialog) -> SignupByTitle | None:
    """«на экскурсию», «экскурсию» to «На какое записать?» (the last list asked which event
    to sign up for, nothing else open), understood as nothing else: the listed event that
    title names (walk44, 3: «не понял»). Read last, so that «мои записи» or «помощь» keep
    their own meaning under that question."""
    asked = dialog.asked_on_list()
    if asked is None or asked[0] is not ListAction.SIGNUP or dialog.pending:
        return None
    if not isinstance(dialog.waiting, Nothing):
        return None
    title = signup_phrases.title_answer(text)
    return None if title is None else SignupByTitle(title, listed_only=True)


def _asks_which_cancel(dialog: Dialog) -> bool:
    """Whether the last list asked which of the person's sign-ups to cancel («отпишись от
    всего», «я передумал» with several sign-ups)."""
    asked = None if dialog.pending else dialog.asked_on_list()  # «нет» to a draft is its own
    return asked is not None and asked[0] is ListAction.UNSIGN


def _choice_open(dialog: Dialog) -> bool:
    """Whether the add / replace / keep-both question is open, with its new drafts."""
    return isinstance(dialog.waiting, DraftChoice) and bool(dialog.pending and dialog.incoming)


def _reading_answer(
    text: str, dialog: Dialog, waiting: ReadingChoice, now: datetime, zone: ZoneInfo | None
) -> Intent | None:
    """The answer to «„11“ можно понять по-разному …» about a saved event typed in words
    (bot.core.language.reading_answers): the reading it names, understood as its button's
    text; «да», which picks none, asks again; None for any other text (it is understood as
    usual and closes the question; newcomer walk 2026-12-01i, #5); «нет», «ничего не меняй»
    close it with the event unchanged (ReadingDeclined; walk 2026-12-01j, #7)."""
    readings = number_readings(waiting.value, waiting.was, waiting.start, waiting.audience)
    picked = picked_reading(text, readings, now)
    if picked is not None:
        return _without_open_edit(picked.text, replace(dialog, waiting=Nothing()), now, zone)
    if declines(text):
        return ReadingDeclined()
    command = parse_command(text)
    if command is not None and command.kind is CommandKind.YES:
        return CorrectSaved(waiting.value, was=waiting.was, again=True)
    return None


def _comment_instead_of_score(text: str, dialog: Dialog) -> PollAnswer | None:
    """A text with no score that nothing else understood, typed while the 0–10
    recommendation is asked («паяльники были старые, но преподаватель классный)))»): the
    poll's comment, the score left empty (newcomer walk 2026-12-01, finding 18); None when
    no such question is open or the text says nothing (poll_answers.is_comment)."""
    step = dialog.waiting
    if not isinstance(step, PollStep) or step.question is not PollQuestion.RECOMMEND:
        return None
    if not is_comment(text):
        return None
    return PollAnswer(PollAnswerKind.COMMENT, step.event_id, text)


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


_NOT_A_MOVE = (DraftField.TITLE, DraftField.AUDIENCE)  # answers a move phrase never gives

_CHANGE_QUESTIONS = (
    DraftChoice,
    ScopeChoice,
    ChangeConfirmation,
    MoveWhen,
    MissingFromPlan,
    SavedFieldEdit,
    ResetQuestion,
    ReadingChoice,
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
    no event («перенеси на воскресенье») is read as on the new draft's card (_card_move)."""
    if not _choice_open(dialog) or len(dialog.incoming) != 1:
        return None
    new = replace(dialog, pending=list(dialog.incoming), incoming=[], waiting=Confirmation())
    command = parse_command(text)
    moved = move_phrase(text, now) if command is None else None
    if moved is not None:
        command = MoveCommand(moved.when, reference=moved.reference)
    fixed: Intent | None = None
    if isinstance(command, MoveCommand):
        fixed = _card_move(command, new, now, zone)
        if fixed is None:
            return None  # a move naming a saved event: its own card, shown (closes the question)
    elif _saved_correction(text, now) is None and not is_correction(text, now):
        return None
    else:
        fixed = _draft_correction(text, new, now, zone)
    if isinstance(fixed, DraftAnswer) and fixed.filled is not None:
        return ChooseDraft(DraftChoiceKind.AGAIN, corrected=fixed.filled)
    return ChooseDraft(DraftChoiceKind.AGAIN, " ".join(text.split()))


def _change_answer(
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


def _saved_edit(
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
    return _with_target(edit, dialog)


def _without_open_edit(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> Intent:
    stripped = text.strip().upper()
    if INVITATION_CODE.match(stripped):
        return RedeemCode(stripped, _after_code(text, dialog, now, zone))
    otherwise = _after_code(text, dialog, now, zone)
    inside = code_in_sentence(text)
    if inside is not None and isinstance(otherwise, NotUnderstood | SmallTalk):
        return RedeemCode(inside, otherwise, about_code=True)  # «Здравствуйте, вот код: …»
    return otherwise  # an event or a question that happens to hold such a token: no code


def _after_code(
    text: str,
    dialog: Dialog,
    now: datetime,
    zone: ZoneInfo | None = None,
    *,
    agreement: bool = True,
) -> Intent:
    answered = _list_answer(text, dialog, now)
    if answered is not None:  # «2», «второе» to «о каком спрашиваете?» (walk 2026-12-02l #11)
        return answered
    conversation = _conversation(text, dialog)
    if isinstance(conversation, SignupByTitle) and dialog.pending:
        # «запиши на 6 декабря» under an open card names the card's day, not an event's
        # title (walk44: «не нашёл мероприятия «6 декабря»», then «да» saved the old day)
        on_card = _draft_correction(conversation.title, dialog, now, zone)
        if on_card is not None:
            return on_card
    if conversation is not None:
        return conversation
    if not dialog.pending and reminder_at(text):  # «напомни мне завтра» (chat64)
        return RemindAtMoment()
    handed = hand_over_request(text)
    if handed is not None:  # «передай экскурсию классному руководителю 8А» (walk t, #19)
        return HandOver(handed)
    agreeing = agreement_phrase(text) if agreement else None
    if agreeing is not None and _announces_event(text, agreeing, now):
        agreeing = None  # «Согласовано с директором: лекция … 23 декабря 15:00, ауд. 7»
    if agreement and dialog.pending and card_assent(text):
        agreeing = Agreement(AgreementKind.AGREE)  # «ок, согласовано», «согласовано, спасибо»
    if agreeing is not None and not (dialog.pending and _bare_agree(agreeing)):
        return agreeing  # «согласовано», «что ждёт согласования?» (walk t, #16)
    if agreeing is not None:  # under an open card: the curator is asked which is meant,
        # anyone else gets what it means to the card (attack v, #27): on a card asking
        # «Сохранить?» their «согласовано» is its «да» (they agree nothing, the curator does)
        if isinstance(dialog.waiting, Confirmation):
            return replace(agreeing, otherwise=Command(CommandKind.YES))
        return replace(agreeing, otherwise=_after_code(text, dialog, now, zone, agreement=False))
    edited = _saved_edit(text, dialog, now)
    if edited is not None:  # «место: ауд. 204», «перенеси лекцию в актовый зал»
        return edited
    command = parse_command(text)
    if dialog.pending and bare_record(text):
        command = None  # «запиши» under a card: no sign-up (the card is neither saved)
    clashes_in = (
        None
        if command is not None or dialog.pending
        else _clashes_in_period(text, now)
        or _clashes_asked(text, now)
        or _event_clashes_asked(text, now)
    )
    if clashes_in is not None:  # «накладки в марте», «накладки в третьей четверти» (walk z, Z16)
        return clashes_in
    if (command is not None and command.kind is CommandKind.YES) or _SO_IT_IS.match(text):
        confirmed = _found_confirmed(dialog)
        if confirmed is not None:
            return confirmed
    if isinstance(command, MoveCommand):
        on_card = _card_move(command, dialog, now, zone)
        if on_card is not None:  # «перенесите на четверг» under the open card (walk t, #14)
            return on_card
    if command is not None and command.kind not in ANSWER_WORDS:
        return _with_target(command, dialog)
    signups = signup_question(text)
    if signups is not None:  # «сколько записалось на лекцию?», «кто из моего класса идёт?»
        numbered = _listed_number(signups.reference, dialog)
        if isinstance(numbered, NotOnList):
            return numbered
        return SignupQuestion(
            "" if numbered is not None else signups.reference,
            event_id=numbered,
            class_name=signups.class_name,
            names=signups.names,
        )
    if not dialog.pending and asks_waiting_place(text):  # «а я какой в очереди?»
        return WaitingPlace()
    if not dialog.pending and asks_poll_results(text):  # «а где посмотреть результаты?»
        return PollResultsWhere()
    asked = None if dialog.pending else event_question(text)
    if asked is not None:  # «когда?», «во сколько экскурсия?», «есть места на экскурсию?»
        return EventDetails(asked.reference, asked.seats)
    runs = None if dialog.pending else who_runs(text)
    if runs is not None:  # «кто проводит?», «кто ведёт экскурсию?» (chat64)
        return EventDetails(runs, who=True)
    child = None if dialog.pending else for_child(text)
    if child is not None:  # «запишите дочь на экскурсию»: a parent, never a sign-up (chat64)
        return ForChild(child.value)
    ends = None if dialog.pending else _event_end_asked(text, now)
    if ends is not None:  # «ярмарка во сколько заканчивается?»: its day and hours
        return ends
    aside = None if dialog.pending else organiser_question(text)
    if aside is not None:  # «а родителям можно?», «что брать с собой?»: whom to ask
        return AskOrganiser(aside.reference, aside.companion, aside.timing, aside.bring)
    counted = count_question(text, now)
    if counted is not None:  # «сколько мероприятий в декабре?»: never an event draft
        return counted
    elsewhere = schools.mine_at_school(text)
    period = None if elsewhere and elsewhere.kind else mine_in_period(text, now)
    if period is not None:  # «мои мероприятия в марте»: a month; «во 2 школе» stays a school
        return period
    if elsewhere is not None:
        return MineAtSchool(elsewhere)
    why = why_cancelled(text)
    if why is not None:  # «почему отменили интенсив?»: who did and why
        return WhyCancelled(why)
    cancelled = cancel_reference(text)
    if cancelled is not None and replaced_reference(text, now) is not None:
        cancelled = None  # «Концерт «Зима» … Концерт «Щелкунчик» отменён»: the new event
    if cancelled is not None and (
        not dialog.pending
        or _news_of_another(text, cancelled, dialog)
        or _cancel_at_question(cancelled, dialog)
    ):
        asks = _ASKS_TO_CANCEL.match(without_greeting(normalize(text))) is not None
        words, reason = cancel_reason(cancelled)
        return CancelByText(words, asked=asks, reason=reason)
    moved = move_phrase(text, now)
    if moved is not None:  # «перенесём на четверг в 12:00» under the open card (walk t, #14)
        on_card = _card_move(MoveCommand(moved.when, reference=moved.reference), dialog, now, zone)
        if on_card is not None:
            return on_card
    # «лекцию переносим на 11.12»; at «Как назвать …?» or «Для каких классов …?» a move
    # request is a new request, never the draft's title or classes (attack 2026-12-02s #4)
    if moved is not None and (not dialog.pending or dialog.asked_field() in _NOT_A_MOVE):
        return _with_target(MoveCommand(moved.when, reference=moved.reference), dialog)
    school_year = parse_school_year(text, now.date())
    if school_year is not None:
        return school_year
    report = parse_report(text, now.date())
    if report is not None:
        return report
    export = parse_export(text, now)
    if export is not None:
        return export
    if dialog.pending and dialog.asked_field() is not None:
        answer = _draft_answer(text, dialog, now, zone)
        if answer is not None:
            return answer
    corrected = _draft_correction(_shifted_card(text, dialog) or text, dialog, now, zone)
    if corrected is not None:
        return corrected
    another = _another_event_wished(text, dialog)  # «давай концерт 12 декабря»: a new event
    card_open = bool(dialog.pending) and isinstance(dialog.waiting, Confirmation)
    if card_open and not another and is_correction(text, now):
        return CardUnchanged(correction=True)  # «время 15:30» under a plan: never a line «Время»
    saved = None if another else _saved_correction(text, now)
    if saved is not None:
        return saved
    verbed = _verb_on_card(text, dialog, now, zone)
    if verbed is not None:
        return verbed
    found = _message(text, now, zone)
    if _orphan_class_follow_up(found, dialog):
        # «а для 10А?» goes on from a listed period only: under a card or a draft's
        # question, or with no period listed, it is not understood, as before (AJ4)
        found = NotUnderstood()
    if isinstance(found, NotUnderstood):
        return _list_pick(text, dialog) or found
    return found


def _orphan_class_follow_up(found: Intent, dialog: Dialog) -> bool:
    """Whether `found` is «а для 10А?» (QueryIntent.same_period) with no period listed to
    go on from, or said while a card or a draft's question is open."""
    query = found.query if isinstance(found, Ask) else found
    if not isinstance(query, QueryIntent) or not query.same_period:
        return False
    return bool(dialog.pending) or (dialog.period is None and dialog.asked_day is None)


def _listed_number(reference: str, dialog: Dialog) -> int | NotOnList | None:
    """The listed event a question's reference that is one list number names («кто
    записался на 1», «сколько записалось на второе»: walk 2026-12-03ad, AD6), NotOnList
    for a number the last list lacks; None when the reference is no number or no list was
    shown (the words are then looked up as a title)."""
    numbers = list_numbers(reference) if reference and dialog.listed else None
    if numbers is None or len(numbers) != 1:
        return None
    [number] = numbers
    if not 1 <= number <= len(dialog.listed):
        return NotOnList(number, len(dialog.listed))
    return dialog.listed[number - 1]


_LATIN = re.compile(r"[A-Za-z]")


def _list_pick(text: str, dialog: Dialog) -> Intent | None:
    """A list number alone («1», «второе»: bot.core.language.list_numbers) that nothing else
    read, with nothing open and a list shown: that item of the last list (ListPick), or
    NotOnList for a number it does not have (newcomer walk 2026-12-03ad, AD6: «1» after a
    plan list was «Извините, не понял»); with no list shown, NotOnList of an empty list
    (it says so and what to ask: newcomer walk 2026-12-04ah, AH5). None when something is
    open or the text is not one number — with no list, also when it has a Latin letter (an
    invitation code such as «ABCDEF22» is checked as one later, never told «no list»)."""
    if dialog.pending or not isinstance(dialog.waiting, Nothing):
        return None
    if not dialog.listed and _LATIN.search(text):
        return None
    number = _one_list_number(text, dialog)
    if dialog.nothing_on_screen() is not None and number is not None:
        # the last answer listed nothing: no number picks from it (walk 2026-12-04ai, AI4)
        return NothingListed(number if isinstance(number, int) else number.number)
    if not isinstance(number, int):
        return number
    return ListPick(number, dialog.listed[number - 1])


def _one_list_number(text: str, dialog: Dialog) -> int | NotOnList | None:
    """The one list number `text` is («2», «второе», «номер 2»), 1-based, when the last
    list shown (Dialog.listed) has it; NotOnList for a number it does not have; None when
    the text is not exactly one list number."""
    numbers = list_numbers(text)
    if numbers is None or len(numbers) != 1:
        return None
    [number] = numbers
    if not 1 <= number <= len(dialog.listed):
        return NotOnList(number, len(dialog.listed))
    return number


def _several_list_numbers(text: str, dialog: Dialog) -> SignupMany | NotOnList | None:
    """«первое и третье», «1 и 3» at «На какое записать?»: those listed events
    (SignupMany); NotOnList for a number the list lacks; None unless `text` is two or more
    list numbers."""
    numbers = list_numbers(text)
    if numbers is None or len(numbers) < 2:
        return None
    for number in numbers:
        if not 1 <= number <= len(dialog.listed):
            return NotOnList(number, len(dialog.listed))
    return SignupMany(numbers, tuple(dialog.listed[n - 1] for n in numbers))


# «на вторую», «на первое»: a list number with the preposition of «записать на …»
_ON = re.compile(r"^\W*на\s+(\S.*)$")
# «на обе», «обоих», «на оба мероприятия», «обе, пожалуйста»: the two events of a list of two
_BOTH = re.compile(
    r"^\W*(?:(?:да[,\s]+)?(?:запиши(?:те)?\s+(?:меня\s+)?)?на\s+)?(?:обе|оба|обоих)"
    r"(?:\s+[а-яё]+)?(?:[,\s]+пожалуйста)?\W*$"
)
# «на последнюю», «последнее», «на последний»: the list's last item
_LAST = re.compile(r"^\W*(?:на\s+)?последн(?:ее|юю|ий|ей|его|яя)(?:\s+[а-яё]+)?\W*$")
# consent to «Записать?» beyond the «да» of CommandKind.YES: «давай», «да, запиши»,
# «конечно», «хочу»
_CONSENT = re.compile(
    r"^\W*(?:(?:да|ага|ну)[,\s]+)?(?:давай(?:те)?|конечно|запиши(?:те)?(?:\s+меня)?"
    r"|записывай(?:те)?|хочу|можно|go)\W*$"
)
# «нет, спасибо», «не хочу», «не записывай», «отмена», «стоп»: no to «Записать?»
_DECLINE = re.compile(
    r"^\W*(?:нет(?:[,\s]+(?:спасибо|не\s+надо|не\s+нужно))?|не\s+надо|не\s+нужно|не\s+хочу"
    r"|не\s+записывай(?:те)?(?:\s+(?:никуда|меня))?|не\s+пойду|передумал[аи]?"
    r"|отмена|отмени(?:те)?|стоп|никуда)\W*$"
)


def _signup_answer(
    text: str, dialog: Dialog
) -> SignupMany | SignupDeclined | SignupWhichTwo | None:
    """«нет», «не надо», «отмена» to «Записать?» / «На какое записать?»: SignupDeclined
    (the question is closed; walk45: «Сейчас нечего подтверждать»); «на обе» under a list
    of two: both (SignupMany), under a longer one «which two?» (SignupWhichTwo); None for
    anything else."""
    line = normalize(text).strip()
    if _DECLINE.match(line):
        return SignupDeclined()
    if _BOTH.match(line):  # «на обе» names two: which two of three is asked
        if len(dialog.listed) == 2:
            return SignupMany((1, 2), (dialog.listed[0], dialog.listed[1]))
        return SignupWhichTwo() if len(dialog.listed) > 2 else None
    return None


_DAY_ONLY = frozenset({"на", "в", "во"})  # «на четверг», «в четверг»: a day and no more


def _signup_day(text: str, dialog: Dialog, now: datetime) -> SignupOnDay | None:
    """«на четверг», «четверг», «на 10 декабря» to «На какое записать?»: that day
    (SignupOnDay) — a weekday alone is every such day within the period listed last (next
    week's Thursday after next week's list, not this week's: walk45; both Thursdays of a
    fortnight listed: review46 M4); None for anything else or a weekday the listed period
    does not hold."""
    line = normalize(text).strip(" ?!.,")
    if len(line) > _MAX_TIME_ANSWER or _CLOCK_TIME.search(line):
        return None
    scanner = Scanner(line)
    parts = extract_temporal(scanner, now, periods=False)
    if not parts.has_day or not set(scanner.remainder().split()) <= _DAY_ONLY:
        return None
    period = dialog.period
    if parts.weekday is not None and parts.day_first is None and period is not None:
        first, last = period
        day = first + timedelta(days=(parts.weekday - first.weekday()) % 7)
        days = []
        while day <= last:  # a period longer than a week holds that weekday more than once
            days.append(day)
            day += timedelta(days=7)
        return SignupOnDay(tuple(days)) if days else None
    found = resolve_day(parts, now)
    return None if found is None else SignupOnDay((found,))


def _yes_to_the_one(
    text: str, dialog: Dialog, action: ListAction, args: dict[str, str]
) -> int | None:
    """1 when `text` is a plain «да» to «Записать?» — the sign-up offer of one event found
    by its title (a wish for an event off the list shown, conv45), the only SIGNUP question
    asked on a one-item list — or to «Отменить запись на …?» about one's one sign-up (the
    only UNSIGN question on a one-item list, chat54), and None otherwise (walk45: «Сейчас
    нечего подтверждать»). A series' offer (args "series") asks «на эту или на все?»: a
    «да» is no answer there."""
    one_item = action in (ListAction.SIGNUP, ListAction.UNSIGN) and len(dialog.listed) == 1
    if not one_item or "series" in args:
        return None
    if _CONSENT.match(normalize(text).strip()):
        return 1  # «давай», «да, запиши», «конечно»
    command = parse_command(text)
    return 1 if command is not None and command.kind is CommandKind.YES else None


def _bare_agree(agreeing: Agreement) -> bool:
    """«согласовано» naming no event: under an open draft's card it is that card's answer
    (a «да» or not), never the agreement of another event."""
    return agreeing.kind is AgreementKind.AGREE and not agreeing.reference


# «отмени …», «не то, отмени …», «пожалуйста, отмените …»: a request, not news of a cancel
_ASKS_TO_CANCEL = re.compile(r"^\W*(?:(?:не\s+то|пожалуйста)\W+)?отмени(?:те)?(?![а-яё])")


def _list_answer(text: str, dialog: Dialog, now: datetime) -> Intent | None:
    """A list number alone («2», «второе», «номер 2»: bot.core.language.list_numbers) while
    the last list asked which event an action is about (Dialog.asked_on_list) and nothing
    else is open: that action about the listed event, as the list's hint says it typed
    («отмени 2», «перенеси 2 на 16:00», «записаться 2»). A number the list does not have is
    NotOnList; None when no such list is open or the text is not one list number."""
    asked = dialog.asked_on_list()
    if asked is None or dialog.pending or not isinstance(dialog.waiting, Nothing):
        return None
    action, args = asked
    number = _one_list_number(text, dialog)
    on = _ON.match(text.lower())
    if number is None and action is ListAction.SIGNUP and on:
        number = _one_list_number(on.group(1), dialog)  # «на вторую», «на первое»
    if number is None and action is ListAction.SIGNUP and _LAST.match(text.lower()):
        number = len(dialog.listed)  # «на последнюю»
    if number is None and action is ListAction.SIGNUP:
        several = _several_list_numbers(on.group(1) if on else text, dialog)
        if several is not None:  # «на первое и третье», «1 и 3»
            return several
    if action is ListAction.SIGNUP and number is None:
        # a list number wins over a day: «2-е», «1-ое» are the list's items, not the 2nd or
        # the 1st of the month (review46 H3); «на 10 декабря», «на четверг» are days
        signup = _signup_answer(text, dialog) or _signup_day(text, dialog, now)
        if signup is not None:
            return signup
    if number is None:
        number = _yes_to_the_one(text, dialog, action, args)
    if not isinstance(number, int):
        return number
    if action is ListAction.SIGNUP_COUNT:
        chosen = dialog.listed[number - 1]
        return SignupQuestion("", event_id=chosen, class_name=args.get("class") or None)
    command: AnyCommand | EditCommand
    if action is ListAction.MOVE:
        command = MoveCommand(args.get("when", ""), number=number)
    elif action is ListAction.EDIT:
        field = args.get("field") or None
        value = args.get("value", "")
        command = EditCommand(EditableField(field) if field else None, value, number=number)
    else:
        command = Command(_LIST_COMMANDS[action], number=number)
    return _with_target(command, dialog)


_LIST_COMMANDS = {
    ListAction.CANCEL: CommandKind.CANCEL,
    ListAction.SIGNUP: CommandKind.SIGNUP,
    ListAction.UNSIGN: CommandKind.UNSIGN,
}


# «запиши меня на все», «на все встречи», «записаться на всё сразу»: every event of the last
# list (a кружок's meetings listed by «запиши меня на кружок»; newcomer walk 2026-12-01b)
_ALL_LISTED = re.compile(
    r"^(?:(?:запиши(?:те)?|записать|записаться)\s+(?:меня\s+)?|хочу\s+)?на\s+"
    r"(?:вс[её]|все\s+(?:встречи|занятия))(?:\s+(?P<count>\d{1,2}|[а-яё]+))?(?:\s+сразу)?"
    r"\s*[.!)]*$"
)


def _all_counted(count: str | None, dialog: Dialog) -> bool:
    """Whether the count after «на все» («на все три», «все 3») is the last list's length
    (or none is said; «сразу» is no count): a count the list does not have picks nothing."""
    if count is None or count == "сразу":
        return True
    value = int(count) if count.isdigit() else number_value(count)
    return value == len(dialog.listed)


def _conversation(text: str, dialog: Dialog) -> Intent | None:
    """Small talk, a sign-up said in words («запиши меня на 6 и 7» from the last list,
    «запиши меня на день открытых дверей», «на пайку тоже запиши») or its cancel («не
    пойду на олимпиаду», «не пойду на второе»); None for anything else."""
    talk = small_talk.small_talk(text)
    if talk is SmallTalkKind.ACK and (dialog.pending or dialog.incoming or _waits(dialog)):
        talk = None  # «ок» under a card or a question is its answer, as before
    if talk is not None and not _approves_card(text, dialog):
        return SmallTalk(talk)
    if small_talk.asks_data_deletion(text):  # «удали мои данные»: whom to ask
        return DataDeletion()
    drafting = bool(dialog.pending)  # «можно в актовом зале» answers the draft's question
    every = _ALL_LISTED.match(" ".join(text.lower().split()))
    if dialog.listed and not drafting and every and _all_counted(every["count"], dialog):
        numbers = tuple(range(1, len(dialog.listed) + 1))  # «запиши меня на все»
        return SignupMany(numbers, tuple(_target(dialog, n) for n in numbers), every=True)
    muting = None if drafting else unsign_phrases.parse_mute(text)  # «не напоминай про …»
    if muting is not None:
        return MuteByTitle(*muting)
    signup = signup_phrases.parse_signup(text, anywhere=not drafting)
    if isinstance(signup, tuple):
        return SignupMany(signup, tuple(_target(dialog, n) for n in signup))
    if signup is not None:
        return SignupByTitle(signup, wish=signup_phrases.wishes(text))
    unsign = unsign_phrases.parse_unsign(text)  # «не пойду на …»; while drafting only «… от всех»
    if drafting and unsign != unsign_phrases.EVERY:
        unsign = None
    if unsign == ():  # «я передумал», «отпиши меня»: the sign-up in context, else asked
        return _with_target(Command(CommandKind.UNSIGN), dialog)
    if isinstance(unsign, tuple) and len(unsign) == 1:  # several numbers: not guessed at
        return _with_target(Command(CommandKind.UNSIGN, unsign[0]), dialog)
    if unsign == unsign_phrases.EVERY:  # «отпишись от всего»
        return UnsignAll()
    if isinstance(unsign, str):
        return UnsignByTitle(unsign)
    return None


# what a message typed at the poll's «Хотите что-то добавить?» may be instead of a comment
_REQUESTS = (
    Ask,
    MoveCommand,
    SetClassCommand,
    ReminderTimesCommand,
    CalendarLinkCommand,
    SignupMany,
    SignupQuestion,
    MineAtSchool,
    MineInPeriod,
    DataDeletion,
    NotOnList,  # «записаться 2» with no list in a fresh conversation
    UnsignAll,  # «отпишись от всего» (walk r, #2)
)
# commands that are answers, not requests (a comment «да», «нет» is the poll's own answer)
_ANSWER_COMMANDS = frozenset(
    {CommandKind.YES, CommandKind.NO, CommandKind.DISCARD, CommandKind.ALL_DAY}
)


def is_request(text: str, now: datetime, zone: ZoneInfo | None = None) -> bool:
    """Whether `text`, typed where the after-event poll asks for a comment, is a request of
    its own — a command («мои мероприятия», «помощь», «записаться 2»), a question about the
    plan («что на следующей неделе?») or a sign-up by numbers — rather than a comment
    (newcomer walk 2026-12-02o, #6: «мои мероприятия» was stored as the comment and the list
    never shown). Read as a message in a fresh conversation; a sign-up by title words is
    not counted, as a review may say «хочу ещё на такую лекцию». `now` naive wall-clock."""
    intent = understand(text, Dialog(), now, zone)
    if isinstance(intent, Command):
        return intent.kind not in _ANSWER_COMMANDS
    return isinstance(intent, _REQUESTS)


def _waits(dialog: Dialog) -> bool:
    """Whether the bot waits for an answer (a card, a question, a choice)."""
    return not isinstance(dialog.waiting, Nothing)


def _approves_card(text: str, dialog: Dialog) -> bool:
    """«👍» (or «👌», «✅») while a card asks «Сохранить?»: the answer «да», not small talk."""
    if not isinstance(dialog.waiting, Confirmation):
        return False
    command = parse_command(text)
    return command is not None and command.kind is CommandKind.YES


def _poll_answer(step: PollStep, text: str) -> PollAnswer | None:
    """A typed score (0–10) or comment; None when a score was asked and this is not one."""
    if step.question is PollQuestion.RECOMMEND:
        score = typed_number(text)  # «9», «оценка 9»; «15» is asked again
        if score is None:
            score = lone_score(text)  # «я бы поставил 8»: the one number 0–10 of a short text
        if score is None:
            return None  # not an answer: the message is understood as usual
        return PollAnswer(PollAnswerKind.RECOMMEND, step.event_id, score)
    return PollAnswer(PollAnswerKind.COMMENT, step.event_id, text)


def _with_target(
    command: AnyCommand | EditCommand, dialog: Dialog
) -> AnyCommand | EditCommand | NotOnList:
    """A command about one event gets its id instead of a number: the listed event numbered
    so, or the event last looked at when no number is given — the same intent as the event's
    button. A number the last list does not have is NotOnList."""
    if isinstance(command, Command | MoveCommand | EditCommand) and command.kind in _ABOUT_AN_EVENT:
        number = command.number
        if number is not None and not 1 <= number <= len(dialog.listed):
            return NotOnList(number, len(dialog.listed))
        if isinstance(command, MoveCommand | EditCommand) and command.reference:
            return command  # an event named by its title is looked up by it, not the last one
        if isinstance(command, EditCommand) and number is None and command.event_id is None:
            # no number, no title: the event last looked at, asked about if no longer live
            return replace(command, event_id=dialog.last_event, last_looked_at=True)
        if (
            isinstance(command, Command)
            and command.kind in (CommandKind.UNSIGN, CommandKind.SIGNUP)
            and number is None
            and command.event_id is None
        ):
            return replace(command, event_id=dialog.last_event, last_looked_at=True)
        return replace(command, event_id=_target(dialog, number), number=None)
    return command


_ABOUT_AN_EVENT = frozenset(
    {CommandKind.CANCEL, CommandKind.MOVE, CommandKind.SIGNUP, CommandKind.UNSIGN, CommandKind.EDIT}
)


def _target(dialog: Dialog, number: int | None) -> int | None:
    if number is None:
        return dialog.last_event
    if 1 <= number <= len(dialog.listed):
        return dialog.listed[number - 1]
    return None
