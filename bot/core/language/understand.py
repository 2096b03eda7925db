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

This module keeps the order; each reading lives in bot.core.language.understanding, one
concern a module (card_answers, change_answers, draft_answers, list_answers, conversation,
asked_questions, clash_questions, plan_questions, cancel_move_words, new_messages,
mended_words, invitation_codes, poll_replies).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from bot.core.dialog import Confirmation, Dialog, Nothing, PollStep, ReadingChoice
from bot.core.language import unsign_phrases
from bot.core.language.agreement_phrases import agreement_phrase, card_assent
from bot.core.language.capacity import seats_unreadable
from bot.core.language.card_questions import CardAsked, card_question
from bot.core.language.commands import (
    ANSWER_WORDS,
    CalendarLinkCommand,
    Command,
    CommandKind,
    MoveCommand,
    ReminderTimesCommand,
    SetClassCommand,
    bare_record,
    parse_command,
)
from bot.core.language.draft_corrections import number_readings
from bot.core.language.edit_phrases import EditCommand
from bot.core.language.exports import parse_export
from bot.core.language.hand_over import hand_over_request
from bot.core.language.meaning import (
    AddToSeries,
    Agreement,
    AgreementKind,
    Ask,
    CardUnchanged,
    ChangeRunEnd,
    CorrectSaved,
    DataDeletion,
    HandOver,
    Intent,
    KeepSignUps,
    MineAtSchool,
    MineInPeriod,
    NotOnList,
    NotUnderstood,
    OrganiserOfSaved,
    ReadingDeclined,
    RedeemCode,
    RemindAtMoment,
    RepeatQuestion,
    SeatsUnreadable,
    SetOrganiser,
    SignupByTitle,
    SignupMany,
    SignupQuestion,
    SignupUnclear,
    SmallTalk,
    TooLong,
    UnsignAll,
)
from bot.core.language.organiser_change import saved_organiser
from bot.core.language.organiser_named import organiser_change_asked, organiser_said
from bot.core.language.polite_requests import as_imperative
from bot.core.language.reading_answers import declines, picked_reading
from bot.core.language.reports import parse_report
from bot.core.language.run_end_phrases import run_end_said
from bot.core.language.school_year import parse_school_year
from bot.core.language.scripts import mend_scripts
from bot.core.language.series_add_phrases import series_addition, without_adding_words
from bot.core.language.student_asks import reminder_at
from bot.core.language.tokens import normalize
from bot.core.language.understanding.asked_questions import question_asked
from bot.core.language.understanding.cancel_move_words import cancel_or_move
from bot.core.language.understanding.card_answers import (
    BACK,
    DISCARD_LABEL,
    OOPS,
    asks_draft_question,
    card_unchanged,
    clashes_asked_on_card,
    end_asked_on_card,
    kept_of_several,
    line_by_ordinal,
    resend_offer_answer,
    slot_picked,
    title_asked,
    title_offer_answer,
    untimed_line_answer,
)
from bot.core.language.understanding.change_answers import (
    change_question_answer,
    choice_open,
    closes_question,
    saved_edit,
)
from bot.core.language.understanding.clash_questions import (
    clashes_asked,
    clashes_in_period,
    event_clashes_asked,
)
from bot.core.language.understanding.conversation import small_talk_or_signup
from bot.core.language.understanding.draft_answers import (
    SO_IT_IS,
    another_event_wished,
    card_move,
    draft_answer,
    draft_correction,
    edit_answer,
    found_confirmed,
    is_correction,
    saved_correction,
    shifted_card,
    verb_on_card,
)
from bot.core.language.understanding.invitation_codes import INVITATION_CODE, code_in_sentence
from bot.core.language.understanding.list_answers import (
    asks_which_cancel,
    list_answer,
    list_pick,
    titled_list_answer,
    unclear_at_which,
    with_target,
)
from bot.core.language.understanding.mended_words import (
    names_mended,
    standard_words,
    without_courtesy,
)
from bot.core.language.understanding.new_messages import announces_event, new_message
from bot.core.language.understanding.poll_replies import comment_instead_of_score, poll_answer
from bot.core.models import QueryIntent

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
        answer = poll_answer(dialog.waiting, text)
        if answer is not None:
            return answer
    mended = standard_words(text, dialog)  # «че на некст неделе»: «что на след неделе»
    intent = _understand_mended(mended, dialog, now, zone)
    if mended == text or not names_mended(intent, text):
        return intent
    # «Клуб Норм 14 декабря», «отмени Клуб Норм»: the title keeps its words as typed
    kept = _understand_mended(standard_words(text, dialog, True), dialog, now, zone)
    return kept if type(kept) is type(intent) else intent


def _understand_mended(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent:
    """`understand` of a message whose spoken words are already mended (`standard_words`)."""
    text = without_courtesy(text, dialog)  # «согласую 1, спасибо»: «согласую 1»
    if not (dialog.pending and card_question(text) is not None):  # «Можете показать накладки?»
        text = as_imperative(text, now)  # «Покажете план на декабрь?»: «покажите план …?»
    if dialog.pending:  # «ой, в 17:00» under a card: «в 17:00» (chat47: a draft «Ой»)
        text = OOPS.sub("", text, count=1)
    if asks_which_cancel(dialog) and unsign_phrases.keeps_sign_ups(text):
        return KeepSignUps()  # «нет, не надо отменять» at «какую запись отменить?»
    if isinstance(dialog.waiting, ReadingChoice):
        reading = _reading_answer(text, dialog, dialog.waiting, now, zone)
        if reading is not None:
            return reading
    if asks_draft_question(dialog) and BACK.fullmatch(normalize(text).strip(" .!?")):
        return RepeatQuestion()  # «назад» at «Во сколько …?» or «добавь / замени …?»
    picked = slot_picked(text, dialog)
    if picked is not None:
        return picked
    kept = kept_of_several(text, dialog)
    if kept is not None:
        return kept
    if (said := seats_unreadable(text)) is not None and not title_asked(dialog):
        return SeatsUnreadable(said)  # «места: много» is no place (attack z, #1)
    change_answer = change_question_answer(text, dialog, now, zone)
    if change_answer is not None:
        return change_answer
    offered = resend_offer_answer(text, dialog)
    if offered is not None:
        return offered
    if dialog.pending and DISCARD_LABEL.fullmatch(normalize(text).strip(" .!")):
        return Command(CommandKind.DISCARD)  # the «Не сохранять» button's label, typed
    if dialog.pending and isinstance(dialog.waiting, Confirmation):
        said = organiser_said(text)  # «организатор — школа», «организатор: КГТУ» (organiser76)
        if said is not None:
            return SetOrganiser(said)
    if (named := title_offer_answer(text, dialog)) is not None:
        return named
    if dialog.pending and dialog.edited_field() is not None:
        edited = edit_answer(text, dialog, now, zone)
        if edited is not None:
            return edited
    untimed = untimed_line_answer(text, dialog, now)
    if untimed is not None:
        return untimed
    if (by_ordinal := line_by_ordinal(text, dialog, now)) is not None:
        return by_ordinal
    if end_asked_on_card(text, dialog):  # «а сколько она будет длиться?» (chat49)
        return CardUnchanged(correction=False, asked=CardAsked.END.value)
    if clashes_asked_on_card(text, dialog):  # «есть накладки?» (newcomer walk 57)
        return CardUnchanged(correction=False, asked=CardAsked.CLASHES.value)
    intent = _without_open_edit(text, dialog, now, zone)
    if isinstance(intent, NotUnderstood) and choice_open(dialog) and not intent.only_links:
        return RepeatQuestion(unclear=True)  # «для 7Б» at «добавь / замени …?» (walk m, #8)
    if isinstance(intent, NotUnderstood) and (titled := titled_list_answer(text, dialog)):
        return titled
    if isinstance(intent, NotUnderstood) and unclear_at_which(text, dialog):
        return SignupUnclear()  # «не знаю» at «На какое записать?»: asked again, still open
    if isinstance(intent, NotUnderstood) and not dialog.pending:
        if (changed := saved_organiser(text)) is not None:
            return OrganiserOfSaved(changed)  # a saved event's organiser (owner77)
        if organiser_change_asked(text):
            return OrganiserOfSaved()  # names no organisation (newcomer75)
    if isinstance(intent, NotUnderstood):
        return comment_instead_of_score(text, dialog) or card_unchanged(text, dialog, intent)
    return intent


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


# one step of _after_code: (text, dialog, now, zone) -> its reading, or None to go on
_Step = Callable[[str, Dialog, datetime, ZoneInfo | None], Intent | None]


def _after_code(
    text: str,
    dialog: Dialog,
    now: datetime,
    zone: ZoneInfo | None = None,
    *,
    agreement: bool = True,
    series: bool = True,
) -> Intent:
    """What `text` (no invitation code) means in `dialog`: the first of the named steps below
    that reads it, in this order, else a new message (an event, a question, NotUnderstood).
    `now` is the school's naive wall-clock time; `zone` the school's zone. `agreement` False:
    no «согласовано» reading (the other meaning of an agreement's words); `series` False: no
    series' new meeting (the other meaning of «добавь ещё занятие …»)."""
    steps: tuple[_Step, ...] = (
        _conversation,
        partial(_event_request, agreement=agreement, series=series),
        partial(_agreement, agreement=agreement),
        _command,
        _question_or_file,
        _card_change,
    )
    for step in steps:
        found = step(text, dialog, now, zone)
        if found is not None:
            return found
    return _new_message(text, dialog, now, zone)


def _conversation(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent | None:
    """An answer to a listed choice, small talk or a sign-up, a reminder's moment."""
    answered = list_answer(text, dialog, now)
    if answered is not None:  # «2», «второе» to «о каком спрашиваете?» (walk 2026-12-02l #11)
        return answered
    conversation = small_talk_or_signup(text, dialog)
    if isinstance(conversation, SignupByTitle) and dialog.pending:
        # «запиши на 6 декабря» under an open card names the card's day, not an event's
        # title (walk44: «не нашёл мероприятия «6 декабря»», then «да» saved the old day)
        on_card = draft_correction(conversation.title, dialog, now, zone)
        if on_card is not None:
            return on_card
    if conversation is not None:
        return conversation
    if reminder_at(text):  # «напомни мне завтра» (chat64); under a card too, never its edit
        return RemindAtMoment(text)
    return None


def _event_request(
    text: str,
    dialog: Dialog,
    now: datetime,
    zone: ZoneInfo | None,
    *,
    agreement: bool,
    series: bool,
) -> Intent | None:
    """A request about one saved event: a run's new last day, a series' new meeting (with
    what the text means otherwise), a hand over to another person."""
    run_end = None if dialog.pending else run_end_said(text, now)
    if run_end is not None:  # «продли выставку до 10 января»: only its last day (chat74)
        return ChangeRunEnd(
            run_end.reference,
            run_end.last,
            until=run_end.until,
            number=run_end.number,
            by=run_end.by,
            months=run_end.months,
        )
    added = None if dialog.pending or not series else series_addition(text, now)
    if added is not None:  # «добавь ещё занятие 20 декабря»: a series' new meeting (chat76)
        bare = without_adding_words(text)  # a new event's title keeps no «Ещё» (chat77)
        otherwise = _after_code(bare, dialog, now, zone, agreement=agreement, series=False)
        return AddToSeries(added.reference, added.day, added.at, otherwise=otherwise)
    handed = hand_over_request(text)
    if handed is not None:  # «передай экскурсию классному руководителю 8А» (walk t, #19)
        return HandOver(handed)
    return None


def _agreement(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None, *, agreement: bool
) -> Intent | None:
    """«согласовано», «что ждёт согласования?»; under an open card, with what it means to
    the card. None when `agreement` is False or the text announces an event."""
    agreeing = agreement_phrase(text) if agreement else None
    if agreeing is not None and announces_event(text, agreeing, now):
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
    return None


def _command(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent | None:
    """A saved event's edit, a clash question, a confirmation, a card's move, a command."""
    edited = saved_edit(text, dialog, now)
    if isinstance(edited, EditCommand) and edited.tentative:
        # «Лекция для родителей» read by its title alone yields to a question or a file:
        # «календарь для 9Б» asks for a file, it names no event «Календарь»
        return _question_or_file(text, dialog, now, zone) or edited
    if edited is not None:  # «место: ауд. 204», «перенеси лекцию в актовый зал»
        return edited
    command = parse_command(text)
    if dialog.pending and bare_record(text):
        command = None  # «запиши» under a card: no sign-up (the card is neither saved)
    clashes_in = (
        None
        if command is not None or dialog.pending
        else clashes_in_period(text, now)
        or clashes_asked(text, now)
        or event_clashes_asked(text, now)
    )
    if clashes_in is not None:  # «накладки в марте», «накладки в третьей четверти» (walk z, Z16)
        return clashes_in
    if (command is not None and command.kind is CommandKind.YES) or SO_IT_IS.match(text):
        confirmed = found_confirmed(dialog)
        if confirmed is not None:
            return confirmed
    if isinstance(command, MoveCommand):
        on_card = card_move(command, dialog, now, zone)
        if on_card is not None:  # «перенесите на четверг» under the open card (walk t, #14)
            return on_card
    if command is not None and command.kind not in ANSWER_WORDS:
        return with_target(command, dialog)
    return None


def _question_or_file(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> Intent | None:
    """A question, a cancel or move of a saved event, a school year, a report, an export."""
    questioned = question_asked(text, dialog, now)
    if questioned is not None:  # «сколько записалось …?», «когда экскурсия?», «мои мероприятия …»
        return questioned
    said = cancel_or_move(text, dialog, now, zone)
    if said is not None:  # «отмени лекцию …», «лекцию переносим на 11.12»
        return said
    school_year = parse_school_year(text, now.date())
    if school_year is not None:
        return school_year
    report = parse_report(text, now.date())
    if report is not None:
        return report
    return parse_export(text, now)


def _card_change(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent | None:
    """An answer to the draft's question, a change of the open card or of a saved event."""
    if dialog.pending and dialog.asked_field() is not None:
        answer = draft_answer(text, dialog, now, zone)
        if answer is not None:
            return answer
    corrected = draft_correction(shifted_card(text, dialog) or text, dialog, now, zone)
    if corrected is not None:
        return corrected
    another = another_event_wished(text, dialog)  # «давай концерт 12 декабря»: a new event
    card_open = bool(dialog.pending) and isinstance(dialog.waiting, Confirmation)
    if card_open and not another and is_correction(text, now):
        return CardUnchanged(correction=True)  # «время 15:30» under a plan: never a line «Время»
    saved = None if another else saved_correction(text, now)
    if saved is not None:
        return saved
    return verb_on_card(text, dialog, now, zone)


def _new_message(text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None) -> Intent:
    """A new message's reading (an event, a question), or a pick from a listed choice."""
    found = new_message(text, now, zone)
    if _orphan_class_follow_up(found, dialog):
        # «а для 10А?» goes on from a listed period only: under a card or a draft's
        # question, or with no period listed, it is not understood, as before (AJ4)
        found = NotUnderstood()
    if isinstance(found, NotUnderstood):
        return list_pick(text, dialog) or found
    return found


def _orphan_class_follow_up(found: Intent, dialog: Dialog) -> bool:
    """Whether `found` is «а для 10А?» (QueryIntent.same_period) with no period listed to
    go on from, or said while a card or a draft's question is open."""
    query = found.query if isinstance(found, Ask) else found
    if not isinstance(query, QueryIntent) or not query.same_period:
        return False
    return bool(dialog.pending) or (dialog.period is None and dialog.asked_day is None)


def _bare_agree(agreeing: Agreement) -> bool:
    """«согласовано» naming no event: under an open draft's card it is that card's answer
    (a «да» or not), never the agreement of another event."""
    return agreeing.kind is AgreementKind.AGREE and not agreeing.reference


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
