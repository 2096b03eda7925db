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
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core import drafts
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
    line_numbers,
)
from bot.core.language import (
    courtesy,
    questions,
    schools,
    signup_phrases,
    small_talk,
    spoken,
    title_offer_answers,
    unsign_phrases,
)
from bot.core.language.agreement_phrases import agreement_phrase, card_assent
from bot.core.language.answers import (
    Asked,
    another_event,
    dated_title_instead,
    edit,
    end_confirmed,
    fill,
    is_message,
    place_instead,
    year_confirmed,
)
from bot.core.language.asked_titles import names_kind
from bot.core.language.audience import CLASS_LETTERS
from bot.core.language.cancel_marks import title_mark
from bot.core.language.cancel_phrases import (
    MAX_NEWS_LENGTH,
    WITHDRAWN,
    called_off_reference,
    cancel_reason,
    cancel_reference,
    reference_lemmas,
    still_on_reference,
    why_cancelled,
    without_greeting,
)
from bot.core.language.capacity import no_seats_limit, seats_reply, seats_unreadable
from bot.core.language.card_questions import (
    CardAsked,
    card_question,
    is_clash_word,
    is_end_word,
    without_periods,
)
from bot.core.language.choices import change_scope, draft_choice, picked_draft
from bot.core.language.commands import (
    ANSWER_WORDS,
    AnyCommand,
    CalendarLinkCommand,
    Command,
    CommandKind,
    DropLinesCommand,
    FixLineCommand,
    MoveCommand,
    ReminderTimesCommand,
    SetClassCommand,
    bare_record,
    parse_command,
)
from bot.core.language.day_spans import hours_unknown
from bot.core.language.draft_corrections import (
    Correction,
    bare_number,
    card_move_when,
    correct,
    correction,
    number_readings,
    sets_audience,
    wishes_another_event,
)
from bot.core.language.edit_phrases import EditCommand, asks_by_verb, parse_edit
from bot.core.language.event_questions import event_question, names_no_event
from bot.core.language.exports import parse_export
from bot.core.language.field_corrections import field_value
from bot.core.language.hand_over import hand_over_request
from bot.core.language.intents import is_follow_up, parse_many, parse_message, with_week_word
from bot.core.language.invitations import invites_reader
from bot.core.language.keep_answers import keeps_all, kept_numbers
from bot.core.language.list_numbers import list_numbers
from bot.core.language.meaning import (
    AddEvents,
    AddForSchools,
    Agreement,
    AgreementKind,
    AlsoAsked,
    Ask,
    AskOrganiser,
    CancelByText,
    CardUnchanged,
    ChooseDraft,
    ChooseScope,
    ClashesInPeriod,
    ClassClashes,
    ClassUnknown,
    ConfirmChange,
    CorrectionReadings,
    CorrectSaved,
    DataDeletion,
    DraftAnswer,
    DraftChoiceKind,
    EventClashes,
    EventDetails,
    ForChild,
    ForgetMoments,
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
    StillOn,
    TooLong,
    UnsignAll,
    UnsignByTitle,
    WaitingPlace,
    WhyCancelled,
)
from bot.core.language.morphology import parses
from bot.core.language.move_phrases import move_phrase, relative_shift
from bot.core.language.numerals import number_value, ordinal_value
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.own_class import names_own_class, without_own_class
from bot.core.language.plan_text import skipped_lines
from bot.core.language.polite_requests import as_imperative
from bot.core.language.poll_answers import is_comment, lone_score, typed_number
from bot.core.language.poll_results import asks_poll_results
from bot.core.language.post_draft import in_zone
from bot.core.language.post_events import (
    POST_KEY,
    post_events,
    without_gathering,
    wrapped_sentences,
)
from bot.core.language.reading_answers import declines, picked_reading
from bot.core.language.remind_moments import forget_moment
from bot.core.language.replacements import replaced_reference
from bot.core.language.reports import parse_report, school_year
from bot.core.language.resend_answers import resend_answer
from bot.core.language.school_year import parse_school_year
from bot.core.language.scripts import mend_scripts
from bot.core.language.series_answers import repeated
from bot.core.language.series_skips import without_days
from bot.core.language.signup_questions import asks_waiting_place, signup_question
from bot.core.language.slot_picks import slot_pick
from bot.core.language.span_answers import in_span_words
from bot.core.language.student_asks import for_child, reminder_at, who_runs, without_parent
from bot.core.language.temporal import extract_temporal, resolve_day
from bot.core.language.title_answer import answered_title
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.when import day_and_time, resolve_when
from bot.core.models import Audience, EventDraft, EventIntent, QueryIntent

MAX_MESSAGE_CHARS = 8000  # about two VK messages: a long pasted plan still fits
INVITATION_CODE = re.compile(r"^[A-HJ-NP-Z2-9]{8}$")
# a code inside a short sentence: one standalone token of the code's alphabet, never part of
# a link, an address or a longer word (its neighbours are spaces or ordinary punctuation)
_CODE_IN_TEXT = re.compile(r"(?<![\w/.\-=?&#@%+])([A-HJ-NP-Z2-9]{8})(?![\w/\-=&#@%+])(?![.?:]\w)")
_SAYS_CODE = re.compile(r"\bкод\w*|\bcode\b")
CODE_SENTENCE_WORDS = 12  # a longer text is a post or a plan, never a code's cover note
SHORT_ANSWER_WORDS = 4  # a longer text that does not answer the question is a new message
# an answer to «Для каких классов?» or «Во сколько?» is a phrase; a text longer than this is
# a post of its own, never taken as the answer (a 4,900-character post gave the open draft
# its classes and was lost itself: newcomer walk 2026-12-01k, #9)
MAX_ANSWER_CHARS = 500


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


def _names_mended(intent: Intent, typed: str) -> bool:
    """Whether a name `intent` carries (a title, a reference, an organiser: any text of
    its fields) holds a word the spoken words of `typed` were mended to (bot.core.language.
    spoken.mended_words; a new event's title also a spoken «меро»)."""
    mended = spoken.mended_words(typed, kinds=isinstance(intent, AddEvents))
    if not mended:
        return False
    names = (name.lower() for name in _texts_of(intent))
    return any(word in mended for name in names for word in re.findall(r"[а-яё]+", name))


def _texts_of(value: object, depth: int = 0) -> list[str]:
    """The strings in `value`'s dataclass fields, tuples and lists, a few levels down."""
    if isinstance(value, str):
        return [value]
    if depth > 3:
        return []
    if isinstance(value, (tuple, list, frozenset)):
        return [t for item in value for t in _texts_of(item, depth + 1)]
    if hasattr(value, "__dataclass_fields__"):
        fields = value.__dataclass_fields__
        return [t for name in fields for t in _texts_of(getattr(value, name), depth + 1)]
    return []


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


_MAX_TIME_ANSWER = 40  # characters: a longer text is a message or a line of its own


def _untimed_line_answer(text: str, dialog: Dialog, now: datetime) -> FixLineCommand | None:
    """«весь день», «в 16:00» typed under a pasted plan's summary whose one line lacks only
    its time: «исправь N: весь день» for that line (newcomer walk 2026-12-03aa, Z10: «не
    понял — план не изменился», though the summary said «нет времени: напишите время или
    «весь день»»). None unless the plan (two lines or more) waits for «да», exactly one line
    lacks only its time (bot.core.drafts.line_problem "no_time"), and `text` is nothing but
    a time for that line's day: it times the line, keeps its day, and no title of its own
    (`now`: school wall-clock time)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    written = " ".join(text.split())
    if not written or len(written) > _MAX_TIME_ANSWER or "\n" in text.strip():
        return None
    parsed = dialog.drafts()
    untimed = [i for i, d in enumerate(parsed) if drafts.line_problem(d) == "no_time"]
    if len(untimed) != 1:
        return None
    draft = parsed[untimed[0]]
    read = parse_message(written, now)
    if isinstance(read, EventIntent) and read.draft.title.strip():
        return None  # «лекция в 16:00»: an event of its own
    asked = Asked(None, EditableField.WHEN, audience_asked=True)
    timed = edit(draft, asked, EditableField.WHEN, written, now)
    if timed is None or timed.start is None or draft.start is None or not timed.time_known:
        return None
    if timed.start.date() != draft.start.date():
        return None  # «15 декабря в 16:00» moves the line: said with its number
    return FixLineCommand(line_numbers(dialog.pending)[untimed[0]], written)


# «вторую на 17:00», «во второй строке место актовый зал», «в 2-й — 17 декабря»: a plan's line
# by its ordinal (feminine, as «строка»), then the change; the first ten
_ORDINAL_LINE = re.compile(
    r"^\s*(?:(?:во?|на)\s+)?(?P<line>(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят"
    r"|десят)(?:ую|ой|ью|ей)|\d{1,2}-?(?:ю|ую|й|ой))(?:\s+строк(?:у|е|и))?"
    r"\s*[:,—–-]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _line_by_ordinal(text: str, dialog: Dialog, now: datetime) -> FixLineCommand | None:
    """«вторую на 17:00», «во второй строке место актовый зал» while a plan's summary (two
    lines or more) waits for «да»: «исправь 2: …» for that line (chat60: it became a new
    draft «Второй»). Only a change follows: a field with its value or a day or time alone
    («Второй тур олимпиады 18 декабря в 10:00» is a new event). None otherwise, or when the
    plan has no such line (`now`: school wall-clock time)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    if "\n" in text.strip() or len(text) > _MAX_TIME_ANSWER * 2:
        return None
    found = _ORDINAL_LINE.match(text)
    if found is None:
        return None
    word = found["line"].lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ordinal_value(word)
    if number is None or number not in line_numbers(dialog.pending):
        return None
    rest = found["rest"].strip()
    if field_value(rest) is None and card_move_when(re.sub(r"^на\s+", "", rest), now) is None:
        return None
    return FixLineCommand(number, rest)


def _title_asked(dialog: Dialog) -> bool:
    """Whether the open question asks for a title (a draft's or a saved event's): any text
    answers it, «места: много» too."""
    waiting = dialog.waiting
    if isinstance(waiting, SavedFieldEdit) and waiting.field is EditableField.TITLE:
        return True
    if not dialog.pending:
        return False
    return dialog.edited_field() is EditableField.TITLE or dialog.asked_field() is DraftField.TITLE


def _title_offer_answer(text: str, dialog: Dialog) -> DraftAnswer | RepeatQuestion | None:
    """«первое», «да», «оставь», «нет» typed at «Как назвать «Спектакль»?» (the post's own
    name offered, features.adding.ask_title_offered): the button it means, as if pressed
    (attack w, #9); at «какое из них?» (ask_title_several) «да» and «оба» pick neither and
    the question is asked again; None for any other text or state (a typed title is read
    as usual)."""
    if len(dialog.pending) != 1 or dialog.asked_field() is not DraftField.TITLE:
        return None
    offer = dialog.pending[0].get(title_offer_answers.TITLE_OFFERED_KEY)
    draft = dialog.drafts()[0]
    if not isinstance(offer, str) or not draft.title:
        return None
    several = dialog.pending[0].get(title_offer_answers.TITLE_SEVERAL_KEY)
    if several and title_offer_answers.picks_neither(text):
        return RepeatQuestion()  # «да», «оба» at «какое из них?»: asked again (review60 #1)
    title = title_offer_answers.offer_answer(text, offer, draft.title)
    if title is None:
        return None
    return DraftAnswer(replace(draft, title=title), dialog.audience_asked)


def _slot_picked(text: str, dialog: Dialog) -> PickSlot | None:
    """«давайте первый вариант», «2» while a single new event's card or a move card is open:
    the proposed free time it picks (bot.core.language.slot_picks); None otherwise."""
    card = isinstance(dialog.waiting, ChangeConfirmation) or (
        len(dialog.pending) == 1
        and isinstance(dialog.waiting, Confirmation)
        and not dialog.resend_offer()  # «второе» there is a second session (resend_answers)
    )
    number = slot_pick(text) if card else None
    return None if number is None else PickSlot(number)


def _kept_of_several(text: str, dialog: Dialog) -> Command | DropLinesCommand | None:
    """«оба» (save them all) or «только первое» (save it, drop the rest) while the summary of
    one post's several events waits for «да» (bot.core.language.keep_answers); None
    otherwise (a pasted plan's summary keeps its own words: «сохрани без 2»)."""
    if len(dialog.pending) < 2 or not isinstance(dialog.waiting, Confirmation):
        return None
    if not all(raw.get(POST_KEY) for raw in dialog.pending):
        return None
    if keeps_all(text):
        return Command(CommandKind.YES)
    numbers = kept_numbers(text)
    return None if numbers is None else DropLinesCommand(numbers, save=True, keep=True)


def _asks_which_cancel(dialog: Dialog) -> bool:
    """Whether the last list asked which of the person's sign-ups to cancel («отпишись от
    всего», «я передумал» with several sign-ups)."""
    asked = None if dialog.pending else dialog.asked_on_list()  # «нет» to a draft is its own
    return asked is not None and asked[0] is ListAction.UNSIGN


SPOKEN_MAX_CHARS = 200  # a longer text is a post or a plan: its words stay as written


def _standard_words(text: str, dialog: Dialog, names_kept: bool = False) -> str:
    """A short one-line chat message with its spoken words in their standard forms
    (bot.core.language.spoken: «некст» -> «след», «шо» -> «что», an opening «ой» dropped;
    `names_kept`: only the words no name is made of, «некст неделе», «пж»); a week asked
    with its noun left out («а на следующей?») with the noun; a draft's answers, posts and
    pasted plans are read as written."""
    if dialog.pending or len(text) > SPOKEN_MAX_CHARS or "\n" in text.strip():
        return text
    standard = spoken.standard(text, names_kept)
    return _ELIDED_WEEK.sub(r"\g<0> неделе", standard, count=1)  # «а на следующей?»


# «а на следующей?», «а на этой что?»: a week asked again with its noun left out, as Russian
# leaves out the noun the question before named («что на этой неделе?»); after «на» such a
# feminine adjective with nothing after it but question words can only be the week's (a term
# is «в следующей четверти»; «на этой площадке» names its noun). Newcomer walk 2026-12-04ag,
# AG3: «Извините, не понял», and «что на следующей?» listed everything from today.
_ELIDED_WEEK = re.compile(
    r"(?<![а-яё])на\s+(?:этой|следующей|будущей|прошлой)(?![а-яё])"
    r"(?=(?:[\s,]*(?:что|что-нибудь|что-то|есть|будет|будут|там|интересного))*[\s?!.)]*$)",
    re.IGNORECASE,
)


_YES_OR_NO = frozenset({CommandKind.YES, CommandKind.NO})


def _without_courtesy(text: str, dialog: Dialog) -> str:
    """A short one-line request with no card open, read without the «пожалуйста» or thanks
    around it (bot.core.language.courtesy); under a card only a «да» or «нет» so wrapped
    («да, спасибо», «сохрани, пожалуйста»), as any other answer there may be a title or a
    value; a message of courtesy alone and a post or a pasted plan are read as written."""
    if len(text) > SPOKEN_MAX_CHARS or "\n" in text.strip():
        return text
    if dialog.pending:
        plain = courtesy.without_courtesy(text)
        command = parse_command(plain) if plain != text else None
        answers = isinstance(command, Command) and command.kind in _YES_OR_NO
        return plain if answers else text
    if small_talk.small_talk(text) is not None:  # «ок, спасибо», «👍»: answered as small talk
        return text
    return without_parent(courtesy.without_courtesy(text))  # «я папа, когда …?»: «когда …?»


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


# «назад», «вернись», «обратно»: no step to go back to in a draft's question; it is asked again
_BACK = re.compile(r"(?:назад|вернись|вернитесь|вернуться|обратно|шаг\s+назад)")


def asks_draft_question(dialog: Dialog) -> bool:
    """Whether the bot waits for an answer about the pending drafts that «да» does not give:
    a missing part of the single draft, or the add / replace / keep-both question."""
    return bool(dialog.pending) and (
        dialog.asked_field() is not None or isinstance(dialog.waiting, DraftChoice)
    )


# The label of the «Не сохранять» button under a card, typed: it does what the button does
# (drops the card or the plan), where a bare «нет» may answer the card's own question
# («…имеется в виду 2027 год?» — newcomer walk 2026-12-01j, #2: typed, it looped).
_DISCARD_LABEL = re.compile(
    r"не\s+сохраня(?:ть|й|йте)"
    # «передумала», «я передумал, не надо», «не надо, передумала» under a card (chat47)
    r"|(?:(?:не\s+(?:надо|нужно)|нет|ой)[,\s]+)?(?:я\s+)?передумал[аи]?"
    r"(?:[,\s]+(?:не\s+(?:надо|нужно)|не\s+сохраня(?:й|йте)|удали(?:те)?))?"
)
# «ой,», «упс,» opening an answer to a card or its question: no word of the answer
_OOPS = re.compile(r"^\s*(?:ой|ох|упс)(?![а-яё])[\s,.!:—–-]+(?=\S)", re.IGNORECASE)


def _resend_answer(text: str, dialog: Dialog) -> Command | None:
    """«ещё одно занятие», «обнови», «ничего не меняй» typed to the card that offers to
    update a saved event (bot.core.language.resend_answers): the button it means; None for
    any other text or state (newcomer walk 2026-12-01i, #1)."""
    if not dialog.resend_offer() or not isinstance(dialog.waiting, Confirmation):
        return None
    kind = resend_answer(text)
    return None if kind is None else Command(kind)


def _end_asked_on_card(text: str, dialog: Dialog) -> bool:
    """Whether `text` asks how long the one open card's event lasts or when it ends («а
    сколько она будет длиться?», «когда закончится?», «до скольки?»): answered from the
    card, read before the plan questions that took it for «сколько мероприятий …» or «когда
    …» about the whole plan (chat49's walk: it listed every event from today)."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    return card_question(text) is CardAsked.END


def _clashes_asked_on_card(text: str, dialog: Dialog) -> bool:
    """Whether `text` asks only whether the one open card clashes («есть накладки?», «а
    пересечения есть?», «накладки есть?»: clash words and question words, nothing else):
    answered from the card, read before the plan questions that took «есть …» for «what is
    there from today» (newcomer walk 57: «Начиная с 1 декабря мероприятий нет»)."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    if card_question(text) is not CardAsked.CLASHES:
        return False
    words = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.").split()
    rest = _CLASH_FILLER.sub(" ", " ".join(w for w in words if not is_clash_word(w.strip(",.?!"))))
    return not rest.replace(",", " ").split()


# «накладки?», «пересечения?»: the plan's clashes command with its question mark; with a
# card open it asks about the card («а накладки есть?» with none open says none is open)
_PLAN_CLASHES_ASKED = re.compile(r"(?:все\s+)?(?:накладки|пересечения|конфликты)\s*\?+")


def _card_unchanged(text: str, dialog: Dialog, intent: NotUnderstood) -> Intent:
    """A text not understood while a card or a plan waits for «да»: the card is still open
    and unchanged, and the reply says so (CardUnchanged) — answering a question on a single
    card about its clashes or classes («а накладки есть?»: `asked`, walk 2026-12-04ag,
    AG8); with nothing open, such a question is `intent` naming what it asks (`card_asked`:
    the reply says no card is open and what to write; walk 2026-12-04ah, AH5); `intent`
    otherwise."""
    if intent.only_links:
        return intent
    if not dialog.pending and isinstance(dialog.waiting, Nothing):
        if _PLAN_CLASHES_ASKED.fullmatch(normalize(text).strip()):
            return Command(CommandKind.CLASHES)  # «накладки?»: the command, asked (walk 57)
        asked_alone = card_question(text)
        return replace(intent, card_asked=asked_alone.value) if asked_alone else intent
    if not dialog.pending or not isinstance(dialog.waiting, Confirmation):
        return intent
    asked = card_question(text) if len(dialog.pending) == 1 else None
    return CardUnchanged(correction=False, asked=asked.value if asked else None)


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


def _news_of_another(text: str, reference: str, dialog: Dialog) -> bool:
    """«Лекция о ракетах 10 декабря не состоится» while a draft is pending: news about a
    stored event (its title shares no word with a pending draft's), never a new draft named
    «Лекция о ракетах не» (newcomer walk 2026-12-01b, finding 17). «отмени …» and news about
    the draft itself («экскурсия не состоится» while drafting «Экскурсия») stay as before."""
    if normalize(text).lstrip().startswith(("отмени", "пожалуйста")):
        return False
    wanted = reference_lemmas(reference)
    drafted = set().union(*(reference_lemmas(d.title) for d in dialog.drafts()))
    return bool(wanted) and not wanted & drafted


# words of «отмени …» that point at the draft being written, not at a saved event
_DRAFT_POINTERS = frozenset(
    {"всё", "весь", "он", "она", "оно", "они", "черновик", "добавление", "запись", "новый"}
)


def _cancel_at_question(reference: str, dialog: Dialog) -> bool:
    """«отмени концерт» while the bot asks «Во сколько …?» or «Для каких классов …?» about a
    draft whose title shares no word with «концерт»: the cancellation of a saved event, never
    an answer («Не понял время»: newcomer walk 2026-12-02o, #11); the draft stays open.
    «отмени всё», «отмени его», «отмени экскурсию» while drafting «Экскурсия» stay as before."""
    if dialog.asked_field() is None:
        return False
    wanted = reference_lemmas(reference)
    drafted = set().union(*(reference_lemmas(d.title) for d in dialog.drafts()))
    return bool(wanted) and not wanted & (drafted | _DRAFT_POINTERS)


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


_MINE_THEN = re.compile(r"^(?:мои|наши)\s+(?:мероприятия|события|записи)\s+(?P<rest>.+?)[\s?!.]*$")


def mine_in_period(text: str, now: datetime) -> MineInPeriod | None:
    """«мои мероприятия в марте», «мои записи на следующей неделе»: one's own plan within a
    period — the words after «мои мероприятия» must be a time expression by themselves
    (bot.core.language.when; «в лицее №23» is not, and stays a school), read as the same
    period «что в марте?» lists. None for anything else (newcomer walk 2026-12-01h, #5)."""
    match = _MINE_THEN.match(normalize(text).strip())
    if match is None or resolve_when(match.group("rest"), now) is None:
        return None
    asked = [
        i for i in parse_many(f"что {match.group('rest')}?", now) if isinstance(i, QueryIntent)
    ]
    if len(asked) != 1 or not asked[0].audience.is_everyone or asked[0].organiser:
        return None
    return MineInPeriod(asked[0])


# «сколько …», «а сколько …», and the chat way «скока», «скоко», «скок»
_HOW_MANY = re.compile(r"^(?:а\s+|и\s+)?(?:сколько|скока|скоко|скок)(?![а-яё])(?P<rest>.*)$")


# «у каждого партнёра», «по партнёрам», «по организаторам», «у всех партнёров»: the count is
# asked by organiser (newcomer walk 2026-12-02t, #24)
_BY_ORGANISER = re.compile(
    r"(?<![а-яё])(?:(?:у|для)\s+(?:каждого|всех)\s+|по\s+)"
    r"(?:партн[её]р(?:а|ов|ам)|организатор(?:а|ов|ам)|организаци(?:и|й|ям))(?![а-яё])"
)


# «за учебный год», «в этом учебном году», «за год», «за весь год»: the school year
# (bot.core.language.reports.school_year); a year written in digits («в 2027 году») is not
_SCHOOL_YEAR_WORDS = re.compile(
    r"(?<![а-яё])(?:за|в|на)\s+(?:(?:этот|этом|текущий|текущем|весь|всём|всем)\s+)?"
    r"(?:учебн(?:ый|ом)\s+)?год(?:у|а)?(?![а-яё])"
)


def count_question(text: str, now: datetime) -> Intent | None:
    """«сколько мероприятий в декабре?», «скока всего мероприятий на неделе»: a question that
    opens with «сколько» (a sign-up count is read before, bot.core.language.signup_questions)
    is a question, never an event to add (newcomer walk 2026-12-02m, #14: it became a draft
    «Сколько мероприятий», and a student got the invitation-code reply). The rest is read as
    «что <rest>?» reads: one plan question gives Ask with `count` (the plan of that period
    and its number); anything else is NotUnderstood. None when the text does not open so.
    «у каждого партнёра», «по организаторам» ask the number of each organiser too
    (Ask.by_organiser); «у моего класса» asks the class teacher's class, as «что у моего
    класса …?» does (chat53's walk: every class was counted)."""
    match = _HOW_MANY.match(normalize(text).strip())
    if match is None:
        return None
    rest = match.group("rest").strip(" ?!.,")
    rest, by_organiser = _BY_ORGANISER.subn(" ", rest)
    rest, year_named = _SCHOOL_YEAR_WORDS.subn(" ", rest)
    rest = " ".join(rest.split())
    asked = [i for i in parse_many(f"что {rest}?", now) if isinstance(i, QueryIntent)]
    if len(asked) != 1:
        return NotUnderstood()
    [query] = asked
    if query.audience.is_everyone and names_own_class(rest):
        query = replace(query, own_class=True)  # «сколько … у моего класса …?» (chat53 walk)
    period_named = query.end is not None or resolve_when(rest, now) is not None
    if year_named or (by_organiser and not period_named):
        # the curator's figure («… у каждого партнёра?», «… за учебный год»): the whole
        # school year, as «итоги» counts it (newcomer walk 2026-12-03ad, AD5: it was «С 19
        # декабря», and an event held that morning was counted while October's were not)
        first, last = school_year(now.date())
        query = replace(query, start=first, end=last)
        return Ask(query, count=True, by_organiser=bool(by_organiser), school_year=True)
    return Ask(query, count=True, by_organiser=bool(by_organiser))


def code_in_sentence(text: str) -> str | None:
    """The invitation code inside a short sentence («Здравствуйте, вот код: pvff9l7d», «мой
    код PVFF9L7D, спасибо»: newcomer walk 2026-12-01e, finding 16), upper-cased; None when
    the text has more than CODE_SENTENCE_WORDS words, no such token or several. A token of
    letters alone or digits alone counts only beside the word «код» (an English word such
    as «SCHEDULE» is no code). The caller takes it only when the rest of the text means
    nothing else (a greeting, thanks, or nothing understood)."""
    if len(text.split()) > CODE_SENTENCE_WORDS:
        return None
    found = _CODE_IN_TEXT.findall(text.upper())
    if len(found) != 1:
        return None
    code: str = found[0]
    if (code.isalpha() or code.isdigit()) and not _SAYS_CODE.search(normalize(text)):
        return None
    return code


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
        return RemindAtMoment(text)
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


# an imperative and what follows it: «поменяй на 17 декабря», «поставь в 16:30»
_VERB_THEN_WHEN = re.compile(r"^\s*([а-яё]+)\s+((?:на|в|во|к)\s+\S.*)$", re.IGNORECASE)


def _verb_on_card(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | CorrectionReadings | CardUnchanged | None:
    """«поменяй на 17 декабря», «поставь в 16:30» under one draft's card: an imperative
    (pymorphy3: a verb in the imperative mood) followed by nothing but a day or a time is
    that card's new day or time, as «перенеси на четверг» is (chat60: a second draft
    «Поменяй»). With no draft open it names no event to change: CardUnchanged, answered
    «нет открытой карточки» and how to move a saved event (review60 #10: a draft titled
    «Поменяй»). A question the whole message reads as («покажи на завтра», «покажите в
    субботу»: the plan of a day) is not one. None otherwise."""
    card = len(dialog.pending) == 1 and isinstance(dialog.waiting, Confirmation)
    if not card and dialog.pending:
        return None
    found = _VERB_THEN_WHEN.match(text.strip(" .!"))
    if found is None:
        return None
    read = parses(found.group(1).lower())
    if not read or read[0].tag.POS != "VERB" or "impr" not in read[0].tag:
        return None
    when = card_move_when(re.sub(r"^на\s+", "", found.group(2)), now)
    if when is None or isinstance(_message(text, now, zone), Ask):
        return None  # «покажи на завтра»: the plan asked for a day (review64b)
    return _draft_correction(when, dialog, now, zone) if card else CardUnchanged(correction=True)


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


# words that confirm what a question showed, beyond the «да» of CommandKind.YES: «так и
# есть», «правильно», «всё так» (review 2026-12-03 z3, #4)
_SO_IT_IS = re.compile(
    r"^\s*(?:да[,\s]+)?(?:так\s+и\s+есть|правильно|вс[её]\s+так)\s*[.!]*\s*$", re.I
)


def _found_confirmed(dialog: Dialog) -> DraftAnswer | None:
    """«да» to a question that showed what was found: "имеется в виду 20 ноября 2027 года?"
    while that date is asked about (answers.year_confirmed), or the time question of an end
    read elsewhere in a long post, which shows the start and end found (answers.end_confirmed)."""
    if len(dialog.pending) != 1:
        return None
    asked = dialog.asked_field()
    draft = dialog.drafts()[0]
    if asked is DraftField.DATE:
        confirmed = year_confirmed(draft)
    elif asked is DraftField.TIME:
        confirmed = end_confirmed(draft)
    else:
        return None
    return None if confirmed is None else DraftAnswer(confirmed, dialog.audience_asked)


def _draft_correction(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | CorrectionReadings | None:
    """«нет, пусть будет 10 декабря» while one draft is asked about or shown on its card:
    that draft at the day or time named (bot.core.language.draft_corrections)."""
    asked = dialog.asked_field()
    if len(dialog.pending) != 1 or not (asked or isinstance(dialog.waiting, Confirmation)):
        return None
    draft = dialog.drafts()[0]
    if not asked and (skipped := without_days(text, draft, zone)) is not None:
        return DraftAnswer(skipped, dialog.audience_asked)  # «без 6 января» on a series' card
    if not asked and (series := repeated(text, draft, now)) is not None:
        return DraftAnswer(series, dialog.audience_asked)  # «каждый день до 17 декабря»
    found = correction(text)
    if found is not None:  # «не 10, а 11»: the day, the hour or the classes?
        readings = number_readings(
            found.value, found.was, draft.start, draft.audience, applied=True
        )
        if len(readings) > 1:
            return CorrectionReadings(found.value, readings)
        if len(readings) == 1 and readings[0].kind == "audience":
            text = readings[0].text  # the only reading: «классы: 11 классы»
    corrected = correct(draft, asked, text, now, zone)
    if corrected is None:
        return None
    return DraftAnswer(corrected, dialog.audience_asked or sets_audience(text))


def _card_move(
    command: MoveCommand, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | CorrectionReadings | None:
    """«перенесите на четверг», «перенеси на 17 декабря в 12:00» naming no event (no title,
    no list number) while one draft's card is open: that draft at the new day or time, as
    a bare «в четверг» on the card would be (the card is the event in view; newcomer walk
    2026-12-02t, #14: it was refused as a move of no saved event). None otherwise."""
    if command.reference or command.number is not None or command.event_id is not None:
        return None
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return None
    if not command.when.strip():
        return None
    when = _shifted_card(command.when, dialog) or command.when
    return _draft_correction(when, dialog, now, zone)


# what may stand before a bare shift under a card: «давайте на час пораньше», «а можно на
# полчаса позже?», «нет, лучше на день позже»
_BEFORE_SHIFT = re.compile(
    r"^(?:(?:а|ну|нет|давай(?:те)?|можно|лучше|пусть\s+будет|хотя\s+нет)[\s,—–-]+)*", re.I
)


def _shifted_card(text: str, dialog: Dialog) -> str | None:
    """«на час позже», «на полчаса раньше», «день позже», «на неделю позже» (a shift,
    move_phrases.relative_shift) under one draft's card: the card's day and hours moved by
    it, written out as a correction reads them («15.12.2026 с 16:00 до 17:30»; a card over
    several days by its start alone, «15.12.2026 в 10:00», which the move keeps the length
    of — review64b: its end written as a bare clock made it one day); None when
    `text` is no shift, or no single card with a start is open."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return None
    shift = relative_shift(_BEFORE_SHIFT.sub("", text.strip(" ?!.")))
    draft = dialog.drafts()[0]
    if shift is None or draft.start is None or draft.recurrence is not None:
        return None
    start = draft.start + shift
    if draft.all_day or not draft.time_known:
        whole = shift % timedelta(days=1) == timedelta(0)
        return f"{start:%d.%m.%Y}" if whole else None
    if draft.end is None or draft.end.date() != draft.start.date():
        return f"{start:%d.%m.%Y} в {start:%H:%M}"  # over days: the move keeps its length
    return f"{start:%d.%m.%Y} с {start:%H:%M} до {draft.end + shift:%H:%M}"


def _another_event_wished(text: str, dialog: Dialog) -> bool:
    """Whether `text` under one draft's card is a wish («давай концерт 12 декабря в 18:00»,
    «давайте проведём концерт 12 декабря») naming an event kind the card's title does not
    hold: a new event, asked «добавь / замени / оставь оба?» (review60 #2), never a
    correction of the card or of a saved event."""
    if len(dialog.pending) != 1 or not isinstance(dialog.waiting, Confirmation):
        return False
    return wishes_another_event(correction(text), dialog.drafts()[0].title)


def _saved_correction(text: str, now: datetime) -> CorrectSaved | None:
    """«нет, 26 декабря», «ошибся, концерт не 25, а 26 декабря», «нет, не 5-го, а 12-го»,
    «время 15:30» that corrected no open draft: a correction of a saved event (never a new
    event titled «Нет» or «Время»); None when the text does not open like a correction or
    names more than a day or a time. «не 5, а 12» is kept with the replaced "5": whether 12
    is a day or an hour is told once the event is known. The event's words may open it
    without «ошибся»: «экскурсия будет не 10, а 11 декабря» (walk 2026-12-01k, #6)."""
    found = correction(text)
    if found is None:  # «экскурсия будет не 10, а 11 декабря»: only a day or time replaced
        found = correction(text, named=True)
        if found is not None and not _names_when(found.was, now):
            found = None  # «Концерт не в зале, а в спортзале 12 декабря»: a message
    labelled = field_value(text) if found is None else None
    if labelled is not None and labelled.field is EditableField.WHEN:
        found = Correction("", labelled.value)
    if found is None:
        return None
    value = found.value
    if is_message(value, parse_message(value, now)):
        return None
    named = day_and_time(value, now)
    if (named is None or (named.day is None and named.start is None)) and not (
        found.was and bare_number(value)
    ):
        return None
    return CorrectSaved(value, found.reference, found.was)


def _names_when(value: str, now: datetime) -> bool:
    """Whether `value` (the replaced part of «не X, а Y») is a bare number, a day or a time."""
    if bare_number(value):
        return True
    named = day_and_time(value, now)
    return named is not None and (named.day is not None or named.start is not None)


def is_correction(text: str, now: datetime) -> bool:
    """Whether `text` reads as a correction of something already written — a correcting
    frame («ошибся», «нет, не 5-го, а 12-го», «5-го нельзя, давайте 12-го») before a value
    that is no event of its own, a field's name with its value («время 15:30») or an online
    statement («это онлайн»)."""
    if field_value(text) is not None:
        return True
    found = correction(text)
    return found is not None and not is_message(found.value, parse_message(found.value, now))


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
    forgetting = None if drafting else forget_moment(text)  # «отмени напоминание» (remind66)
    if forgetting is not None:
        return ForgetMoments(forgetting)
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


def _edit_answer(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> Intent | None:
    """The new value for the field being edited («нет» is a value for the venue); «нет»,
    «отмена» or «помощь» otherwise keep their usual meaning."""
    command = parse_command(text)
    if (
        dialog.edited_field() is not EditableField.VENUE
        and command is not None
        and command.kind in (CommandKind.NO, CommandKind.HELP)
    ):
        return None
    return _draft_answer(text, dialog, now, zone)


def _draft_answer(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None = None
) -> DraftAnswer | None:
    """Fill the field the bot asked for; None when the text is not an answer to it (a new
    message, or a text longer than MAX_ANSWER_CHARS while a field is asked, not edited)."""
    editing = dialog.edited_field()
    if editing is None and len(text) > MAX_ANSWER_CHARS:
        return None  # a long post is a message of its own, never a short answer
    intent = parse_message(text, now)
    if editing is None and (lead := _answer_before_remark(text, dialog, now, zone)) is not None:
        return lead  # «в 11, там же написано» at «Во сколько …?» (walk 2026-12-03aa, Z3)
    # «только первый день в 15:00» at «…указаны дни с 15 по 17 декабря…»: the span's answer
    spanned = dialog.asked_field() is DraftField.DATE and in_span_words(dialog.drafts()[0], text)
    asked = Asked(dialog.asked_field(), editing, dialog.audience_asked)
    if (dated := dated_title_instead(dialog.drafts()[0], asked, intent)) is not None:
        return DraftAnswer(dated, asked.audience_asked)  # «лекция о роботах 9 декабря» (AJ7)
    if editing is not EditableField.TITLE and not spanned and is_message(text, intent):
        return None  # a new event or a question, not an answer
    if (
        not spanned
        and dialog.asked_field() is DraftField.DATE
        and another_event(intent, dialog.drafts()[0])
    ):
        return None  # «Квиз 10 декабря в 15:00» at «На какой день …?»: a new event
    asked = Asked(dialog.asked_field(), editing, dialog.audience_asked)
    filled = fill(dialog.drafts()[0], asked, text, now, zone)
    if filled is None and editing is None and asked.field is DraftField.AUDIENCE:
        timed = _timed_instead(text, dialog, now, zone)
        if timed is not None:
            return timed
    if filled is None and editing is None and len(text.split()) > SHORT_ANSWER_WORDS:
        return None
    return DraftAnswer(filled, asked.audience_asked, asked.title_shortened)


_BARE_NUMBERS = re.compile(r"^\s*(?:(?:в|с|к)\s+)?\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s*[.!]?\s*$")


def _timed_instead(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | None:
    """A new day or time typed at «Для каких классов?» instead of the classes («лучше в
    16:00», «нет, в 16:00», «время 16:00», «в 16:00»): the draft at that day or time, its
    classes still to ask (chat60: «Не понял, для кого» and the time was lost, the card
    after the classes showed the old one). None when the text changes no day or time, or is
    bare numbers («9-15», «12»: grades out of range, no time said)."""
    if _BARE_NUMBERS.match(text):
        return None
    draft = dialog.drafts()[0]
    corrected = correct(draft, None, text, now, zone)
    if corrected is None or corrected.start == draft.start or corrected.start is None:
        return None
    if corrected.audience != draft.audience or corrected.title != draft.title:
        return None  # only the day or time: anything more is no answer of this kind
    return DraftAnswer(corrected, dialog.audience_asked)


# «в 11, там же написано», «в 11:00 — как в анонсе»: the answer, then a remark after a comma,
# a semicolon, «!» or a dash; the remark has no digit (a second day or time is a message)
_ANSWER_THEN_REMARK = re.compile(r"^([^,;!—–]+?)\s*(?:[,;!]+|\s[—–-])\s*([^\d]+)$")
_REMARKED_FIELDS = (DraftField.DATE, DraftField.TIME)


def _answer_before_remark(
    text: str, dialog: Dialog, now: datetime, zone: ZoneInfo | None
) -> DraftAnswer | None:
    """The answer to «На какой день …?» or «Во сколько …?» written first and followed by a
    remark without digits or time words («в 11, там же написано», «7 февраля, как в
    письме»; «…, весь день» is no remark): the first
    part fills the field; the remark is dropped unless it names a place («в 15, в актовом
    зале»). None when the text is not so made or its first part alone does not answer.
    Without this the remark made the text a new event («Там же написано») and the hurried
    partner was asked to add it to a plan (newcomer walk 2026-12-03aa, Z3)."""
    split = _ANSWER_THEN_REMARK.match(text.strip())
    if split is None or dialog.asked_field() not in _REMARKED_FIELDS:
        return None
    if day_and_time(split[2], now, zone) is not None:
        # «с 15.12.2026 по 17.12.2026, весь день» (span_cut's «Все дни»): the part after the
        # comma says when, so it is part of the answer (attack 2026-12-03ac, #1)
        return None
    lead = split[1]
    if len(lead.split()) > SHORT_ANSWER_WORDS or is_message(lead, parse_message(lead, now)):
        return None
    asked = Asked(dialog.asked_field(), None, dialog.audience_asked)
    filled = fill(dialog.drafts()[0], asked, lead, now, zone)
    if filled is None:
        return None
    placed = place_instead(filled, split[2])  # «в 15, в актовом зале»: the place is kept
    return DraftAnswer(placed or filled, asked.audience_asked)


def _message(text: str, now: datetime, zone: ZoneInfo | None = None) -> Intent:
    """A new event, a pasted plan, a question, or nothing understood."""
    still = still_on_reference(text)
    if still is not None:  # «Отмена отменяется! Концерт … состоится»: never a new draft
        return StillOn(still)
    several = _for_schools(text, now)
    if several is not None:
        return several
    intents = parse_many(text, now, day_in_period=True)  # «Лекция в декабре»: its day asked
    events = tuple(
        hours_unknown(in_zone(i.draft, zone)) for i in intents if isinstance(i, EventIntent)
    )  # «Неделя театра 21–25 декабря»: the hours are asked, as a plan file's row holds them
    question = questions.disguised_question(text, events[0]) if len(events) == 1 else None
    if question is not None:  # «а завтра что-нибудь есть?»
        return Ask(question)
    if len(events) == 1 and events[0].start is None:
        reference = called_off_reference(text, events[0].title)
        if reference is not None:  # a letter calling an event off: the cancel lookup
            return CancelByText(reference)
    if len(events) == 1 and (reference := _marked_reference(text, events[0].title)):
        return CancelByText(reference)  # «Отмена! Лекция 5 декабря в 15:00» (walk k)
    announced = post_events(text, now) if _maybe_one_post(text, events) else None
    if announced is not None and len(announced) >= len(events):
        # «… 12 декабря в 11:00 … Также 17 декабря в 15:30 …»: two events (walk t, #3)
        drafts = tuple(hours_unknown(in_zone(d, zone)) for d in announced)
        return AddEvents(drafts, one_post=True)
    if len(events) > 1:  # a pasted plan: its lines marked cancelled are never saved
        skipped = skipped_lines(text, len(intents), now)
        marked = [line for line in text.splitlines() if _marked_cancelled(line)]
        called_off = [_marked_cancelled(e.title, marked) for e in events]
        cancelled = tuple(e.title for e, off in zip(events, called_off, strict=True) if off)
        kept = tuple(e for e, off in zip(events, called_off, strict=True) if not off)
        return AddEvents(kept, skipped, cancelled)
    if len(events) == 1 and (plain := without_gathering(text)) is not None:
        events = _gathering_cut(plain, text, events[0], now, zone)
    if len(events) == 1 and (also := _also_asked(text, now, zone)) is not None:
        return also  # «12 декабря в 15:00 концерт. А ярмарка будет?»: the card, then the answer
    if events:
        return AddEvents(events)
    query = next((i for i in intents if isinstance(i, QueryIntent)), None)
    if query is not None and query.audience.is_everyone and names_own_class(text):
        query = replace(query, own_class=True)  # «что у моего класса на следующей неделе?»
    if query is not None and _unread_period(text, query, now):
        return NotUnderstood(unknown_period=True)  # «что на новый год?»: never «С 2 декабря»
    if query is not None and (unknown := _unknown_class(text.lower(), query, query.own_class)):
        # «что у 12Я?»: never the whole plan with the class dropped (chat57)
        return replace(unknown, plan=True)
    if query is not None:
        return _asked_at_school(text, query)
    reference = _marked_alone(text)
    if reference is not None:  # «Отмена! Лекция «Роботы»»: no day, looked up by its title
        return CancelByText(reference)
    asked_period = period_question(text, now)
    if asked_period is not None:  # «на след неделе что есть для 9б», «на некст неделе»
        return asked_period
    return NotUnderstood(only_links=_only_links(text))


# «Согласовано …», «Утверждено …»: a statement opening a post, not the act «согласую …»
_AGREED_STATED = re.compile(r"^\W*(?:согласован|одобрен|утвержден)[оа]?(?![а-яё])")


# a chat message's last sentence asked after another: «… концерт. А ярмарка будет?»
_LAST_QUESTION = re.compile(r"(?<=[.!…])\s+(?P<asked>[^.!?…]+\?+)\s*$")
_ALSO_ASKED_CHARS = 300  # a chat message, never a post (whose questions are its own prose)
# what a question after an event may be answered as: a plan question, an event's details
_ANSWERED_QUESTIONS = (Ask, EventDetails, ClashesInPeriod, EventClashes)


def _also_asked(text: str, now: datetime, zone: ZoneInfo | None) -> AlsoAsked | AddEvents | None:
    """A short message holding one event and, as its last sentence, a question («12 декабря
    в 15:00 концерт. А ярмарка будет?»): the event read without the question, and the
    question read alone (None when it reads as no plan question: the reply then says it
    was not understood, never drops it: chat51). A question about the card itself («…
    Накладки есть?») is the card's (it shows clashes and classes): the event alone is
    returned then, and so is it for an invitation to the post's readers («… Придёте на
    концерт?»: invitations.invites_reader; chat53). None for a message without such a
    question or whose rest is no single event."""
    if len(text) > _ALSO_ASKED_CHARS:
        return None
    found = _LAST_QUESTION.search(text)
    if found is None:
        return None
    head = text[: found.start()].strip()
    first = _message(head, now, zone)
    if not isinstance(first, AddEvents) or len(first.drafts) != 1:
        return None
    asked = found.group("asked").strip()
    if card_question(asked) is not None:
        return first  # «… Накладки есть?»: the card answers it, the question is no title
    if invites_reader(asked):
        return first  # «… Придёте на концерт?»: the post asks its readers, not the bot
    question = _message(asked, now, zone)
    if isinstance(question, AddEvents):
        return None  # «… Концерт 12 декабря в 18:00?»: an event asked about is the plan's
    if isinstance(question, _ANSWERED_QUESTIONS):
        return AlsoAsked(first, question, asked)
    if names_kind(asked) or resolve_when(asked, now) is not None:
        return AlsoAsked(first, None, asked)  # about the plan, but unread: said so
    return None  # «Кто пойдёт?»: the announcement's own words, as before


def _announces_event(text: str, agreeing: Agreement, now: datetime) -> bool:
    """Whether a text opening with «Согласовано …» goes on to an event of its own: a day with
    a clock time and classes or a place («Согласовано с директором: лекция по физике 23
    декабря 15:00-16:00, 11 классы, ауд. 7» — attack v, #17: a partner's post was swallowed
    as an agreement, the curator's tried to agree «с директором: …»). It is then read as a
    new event. «Согласую лекцию …» (the act) stays an agreement whatever it names."""
    if agreeing.kind not in (AgreementKind.AGREE, AgreementKind.AGREE_ALL):
        return False
    if _AGREED_STATED.match(normalize(text)) is None:
        return False
    read = parse_message(agreeing.reference or agreeing.organiser or "", now)
    if not isinstance(read, EventIntent) or read.draft.start is None:
        return False
    draft = read.draft
    named = draft.venue is not None or not draft.audience.is_everyone
    return draft.time_known and not draft.all_day and named


def _gathering_cut(
    plain: str, text: str, draft: EventDraft, now: datetime, zone: ZoneInfo | None
) -> tuple[EventDraft, ...]:
    """The one event of `text` read from `plain` (post_events.without_gathering: «Также 18
    декабря в 9:30 сбор у школы, автобус» cut), the whole text its description: the
    gathering stays out of its title and place (attack v, #28). `draft` when `plain` reads
    as no event with the same day."""
    found = parse_message(plain, now)
    if not isinstance(found, EventIntent) or found.draft.start is None or draft.start is None:
        return (draft,)
    if found.draft.start.date() != draft.start.date():
        return (draft,)
    read = replace(found.draft, description=text.strip())
    return (hours_unknown(in_zone(read, zone)),)


def _maybe_one_post(text: str, events: Sequence[EventDraft]) -> bool:
    """Whether `text` may be one post announcing several events (post_events): it reads as
    one event, or as a plan whose lines are a post's hard-wrapped sentences («…на мастер-класс
    «Основы» / «программирования на Python» (ауд. 310…»), which the plan's reading breaks."""
    return len(events) == 1 or (len(events) > 1 and wrapped_sentences(text))


# question words that may stand anywhere in a short spoken question about a period
_ASKED_WORDS = re.compile(
    r"(?<![а-яё])(?:что|что-нибудь|что-то|есть|будет|будут|там|интересного|нибудь|а|и|ну)"
    r"(?![а-яё-])"
)
_CLOCK_TIME = re.compile(r"\d[:.]\d\d")
PERIOD_QUESTION_CHARS = 60  # a longer text is not a spoken question of a few words


def _is_verb(word: str) -> bool:
    """Whether `word` is most likely a verb form (its first morphological parse)."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "INFN")


def period_question(text: str, now: datetime) -> Ask | None:
    """A short message that names a period with question words anywhere or none at all
    («на следующей неделе?», «на след неделе что есть для 9б», «а на выходных что там»):
    the question «что <period>?» about it, read as that question reads (its audience too).
    None when the text is longer than PERIOD_QUESTION_CHARS, names a clock time, names no
    period (bot.core.language.when) or does not read as one plan question. Only called for
    a text nothing else understood (walk 2026-12-02r, #16)."""
    line = " ".join(normalize(with_week_word(text)).split()).strip(" ?!.,")
    if not line or len(line) > PERIOD_QUESTION_CHARS or _CLOCK_TIME.search(line):
        return None
    if resolve_when(line, now) is None:
        return None
    rest = " ".join(_ASKED_WORDS.sub(" ", line).split())
    if any(_is_verb(word) for word in re.findall(r"[а-яё]+", rest)):
        return None  # «завтра не смогу», «в субботу уезжаем»: a statement, not this question
    asked = [i for i in parse_many(f"что {rest}?", now) if isinstance(i, QueryIntent)]
    if len(asked) != 1 or _unread_period(rest, asked[0], now):
        return None
    # «а на следующей неделе?» goes on from the question before, as «а 16 декабря?» does
    # (QueryIntent.follows_on: the classes it named are kept)
    return Ask(replace(asked[0], follows_on=is_follow_up(line)))


def _asked_at_school(text: str, query: QueryIntent) -> Ask:
    """The question `query` of `text`; a numbered school it names («когда лекция в лицее
    №23?») is the Ask's `school`, and the school's kind word («лицее») leaves the title
    words (attack 2026-12-02s #6b: «по словам «лекция лицее»»)."""
    named = schools.named_schools(text)
    if not named:
        return Ask(query)
    title = query.title
    if title:
        title = " ".join(w for w in title.split() if not schools.is_school_word(w)) or None
    return Ask(replace(query, title=title), school=named[0].written)


def _marked_alone(text: str) -> str | None:
    """The title a one-line message without a day marks cancelled («Отмена! Лекция
    «Роботы»», «ОТМЕНА: квиз»), as a reference for the cancel lookup (walk n #12), as a
    dated one is (_marked_reference); None for anything else, and for a cancellation that
    is itself withdrawn («Отмена отменяется!»: cancel_phrases.WITHDRAWN)."""
    line = " ".join(text.split())
    if "\n" in text.strip() or len(line) > MAX_NEWS_LENGTH or WITHDRAWN.search(line.lower()):
        return None
    mark = title_mark(line)
    return mark.title if mark is not None and mark.cancelled and mark.title else None


def _marked_reference(text: str, title: str) -> str | None:
    """The event a one-event message marked cancelled names («Отмена! Лекция 5 декабря в
    15:00», «Лекция 5 декабря в 15:00 (ОТМЕНА)»), as a reference for the cancel lookup: the
    message without its mark. None unless the event's title carries a cancel mark, as a
    pasted plan's line marked so is never saved (_marked_cancelled; newcomer walk k)."""
    mark = title_mark(title)
    if mark is None or not mark.cancelled or WITHDRAWN.search(text.lower()):
        return None
    whole = title_mark(" ".join(text.split()))
    if whole is not None and whole.cancelled and whole.title:
        return whole.title
    return mark.title or None


def _marked_cancelled(title: str, marked_lines: Sequence[str] = ()) -> bool:
    """Whether a plan line's title carries a cancel mark («Викторина (ОТМЕНЕНО)»), or is
    part of one of `marked_lines`, the plan's lines that carry one where the title read
    from them no longer does («ОТМЕНЕНО: Викторина 16.12 в 15:00»)."""
    mark = title_mark(title)
    if mark is not None and mark.cancelled:
        return True
    return bool(title.strip()) and any(title in line for line in marked_lines)


_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:ru|рф|com|org|net|me|su)(?:/\S*)?",
    re.IGNORECASE,
)


# a period noun after «на / в / во / за» («на новый год», «на праздники», «в полугодии»)
_PERIOD_NOUN = re.compile(
    r"(?<![а-яё])(?:на|в|во|за)\s+(?:[а-яё]+\s+)?(?:год|года|году|праздник\w*|полугоди\w*"
    r"|семестр\w*|сезон\w*|четверт[иь]|каникул\w*|выходн\w*)(?![а-яё])"
)


def _unread_period(text: str, query: QueryIntent, now: datetime) -> bool:
    """Whether a question names a period (_PERIOD_NOUN) that no rule read: its query fell
    back to «from today on» (start today, no end), which would look like an answer."""
    unread = query.start == now.date() and query.end is None
    return unread and _PERIOD_NOUN.search(text.lower()) is not None


_CLASHES_IN = re.compile(r"^(?:все\s+)?(?:накладки|конфликты|пересечения)\s+(?P<rest>.+)$")


def _clashes_in_period(
    text: str, now: datetime
) -> ClashesInPeriod | ClassClashes | ClassUnknown | None:
    """«накладки в марте», «накладки на следующей неделе», «накладки в третьей четверти»:
    the clashes of the period its words name as a question would (newcomer walk
    2026-12-03z, Z16: «накладки в январе» was «Не понял дату»); None for anything else."""
    found = _CLASHES_IN.match(" ".join(text.lower().split()).strip(" ?!."))
    if found is None or len(text) > 80:
        return None
    own, query = _clash_query(found.group("rest"), now)
    if query is None:
        return ClassClashes(Audience(), own_class=True) if own else None
    return _unknown_class(found.group("rest"), query, own) or _whose_clashes(query, own)


def _clash_query(rest: str, now: datetime) -> tuple[bool, QueryIntent | None]:
    """Whether the words `rest` of a clash question name the asker's own class («у моего
    класса»: names_own_class), and the plan question the other words ask («что <rest>?»;
    None when nothing is left of them or they read as no plan question, or name an
    organiser)."""
    own = names_own_class(rest)
    if own:
        rest = " ".join(without_own_class(rest).split())
    if not rest:
        return own, None
    query = parse_message(f"что {rest}?", now)
    if not isinstance(query, QueryIntent) or query.organiser:
        return own, None
    return own, query


def _whose_clashes(query: QueryIntent, own: bool) -> ClashesInPeriod | ClassClashes | None:
    """The clashes a clash question asks for by its plan question `query`: those of its
    period (ClashesInPeriod), or of its classes' events or the asker's own class's (`own`)
    in its period or the coming days (ClassClashes; chat54: «есть ли накладки у 9Б?» listed
    9Б's plan); None when it names neither classes nor a period with an end."""
    period = None if query.end is None else ClashesInPeriod(query.start, query.end)
    if own or not query.audience.is_everyone:
        return ClassClashes(query.audience, own_class=own, period=period)
    return period


# a class as typed after «у» / «для»: a number and one letter («у 12я», «для 10-э»)
_CLASS_SHAPED = re.compile(r"(?<![а-яё])(?:у|для)\s+(\d{1,2})\s*-?\s*([а-яё])(?![а-яё\d])")


def _unknown_class(rest: str, query: QueryIntent, own: bool) -> ClassUnknown | None:
    """The class a clash question's words `rest` name in a class's shape that no class can
    be (a grade past 1–11, a letter past audience.CLASS_LETTERS: «у 12я», «у 10э») and the
    plan question `query` did not read, or None."""
    if own or not query.audience.is_everyone:
        return None
    found = _CLASS_SHAPED.search(rest)
    if found is None:
        return None
    grade, letter = int(found.group(1)), found.group(2)
    if 1 <= grade <= 11 and letter in CLASS_LETTERS:
        return None  # a class that can be, left unread («у 9 а на неделе»): not «unknown»
    return ClassUnknown(f"{grade}{letter.upper()}")


# a question about the plan opens so: «что у нас пересекается?», «какие есть накладки?»,
# «где накладки?», «есть ли пересечения на следующей неделе?», «есть накладки?» (newcomer
# walk 57: the whole plan was listed) («а накладки есть?» asks about an open card:
# card_questions)
_PLAN_ASKED = re.compile(r"^(?:а\s+)?(?:что|какие|где|есть(?:\s+ли)?|покажи(?:те)?)(?![а-яё])")
# the words that say whose and with what, not when: «у нас», «с чем», «друг с другом»
# never a class's letter: «у 11а», «у 10-а», «у 9 а» keep their «а» (chat54 left the spaced one)
_CLASH_FILLER = re.compile(
    r"(?<![а-яё\d])(?<!\d[\s-])(?:у\s+(?:нас|меня|вас)|с\s+чем|друг\s+с\s+другом|между\s+собой"
    r"|с\s+другими|есть|ли|какие|что|где|а|покажи(?:те)?|мне)(?![а-яё])"
)


def _clashes_asked(
    text: str, now: datetime
) -> ClashesInPeriod | ClassClashes | ClassUnknown | Command | None:
    """«что у нас пересекается?», «какие накладки в декабре?», «есть ли пересечения на
    следующей неделе?»: a question about the plan's clashes (a partner methodist's walk,
    chat50: it listed the whole plan) — those of the period its other words name
    (ClashesInPeriod), or all coming ones (the «накладки» command) when they name none; a
    class's or one's own class's (ClassClashes: «есть ли накладки у 9Б?», «покажи накладки
    моего класса»); None for anything else (a word besides the period: «с чем пересекается
    экскурсия?»). The words may come in any order when they name a class or a period («у
    9Б есть накладки?», «в декабре есть пересечения?»: chat56); the bare «накладки есть?»
    asks so only opening with a question word («есть ли накладки?»), since «а накладки
    есть?» asks about an open card (card_questions)."""
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    if len(line) > 80:
        return None
    opens = _PLAN_ASKED.match(line) is not None
    words = line.split()
    clash = [w for w in words if is_clash_word(w.strip(",.?!"))]
    if not clash:
        return None
    rest = _CLASH_FILLER.sub(" ", " ".join(w for w in words if w not in clash))
    rest = " ".join(rest.replace(",", " ").split())
    own, query = _clash_query(rest, now)
    if query is None:
        if own:
            return ClassClashes(Audience(), own_class=True)
        return _all_clashes(rest) if opens else None
    if query.title:
        return None  # «пересекается ли лекция»: an event's (_event_clashes_asked)
    return _unknown_class(rest, query, own) or _whose_clashes(query, own)


def _all_clashes(rest: str) -> Command | None:
    """The «накладки» command when a clash question's other words `rest` are none."""
    return None if rest else Command(CommandKind.CLASHES)


# the words of a question about one event's clashes that are not its title: «с чем», «у»,
# «с чем-нибудь», «с другими»
_EVENT_CLASH_FILLER = re.compile(
    r"(?<![а-яё-])(?:с\s+чем(?:-(?:нибудь|то|либо))?|с\s+кем|друг\s+с\s+другом|с\s+другими"
    r"|у|с|со|ли|есть|какие|что|а|никакие|какие-нибудь)(?![а-яё-])"
)


_DIGITS = re.compile(r"\d+")


def _event_clashes_asked(text: str, now: datetime) -> EventClashes | None:
    """«с чем пересекается экскурсия?», «есть ли накладки у лекции?», «пересекается ли
    концерт с чем-нибудь?» with no card open: the clashes of the saved event the question's
    other words name, as «когда экскурсия?» names it (asked_titles; chat50's walk: it said
    no card was open though the excursion was saved); a day named with the title («с чем
    пересекается «Зимняя сказка» 9 декабря?») narrows it to the events of that day (chat53:
    it was read as a new draft). None for anything else (no clash word, not a question, no
    title: «что у нас пересекается?» is the plan's)."""
    if card_question(_DIGITS.sub("", text)) is not CardAsked.CLASHES:
        return None  # a day's numbers are read below, as the title's day
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    words = [w for w in line.split() if not is_clash_word(w.strip(",.?!"))]
    rest = " ".join(_EVENT_CLASH_FILLER.sub(" ", " ".join(words)).replace(",", " ").split())
    if not rest:
        return None
    query = parse_message(f"когда {rest}?", now)
    if not isinstance(query, QueryIntent) or not query.title or not query.audience.is_everyone:
        return None
    if query.end is not None:  # «… «Зимняя сказка» 9 декабря?»: the event of that day
        return EventClashes(query.title, days=(query.start, query.end))
    if _DIGITS.search(text):
        return None  # a number that names no day («накладки у лекции 204?»): not read here
    return EventClashes(query.title)


# the words of a question about an event's end that are not its title: «во сколько», «до
# скольки», «когда», «сколько по времени», «у», «она»
_EVENT_END_FILLER = re.compile(
    r"(?<![а-яё-])(?:во\s+сколько|до\s+скольки(?:х)?|сколько(?:\s+по\s+времени)?|когда"
    r"|какая|какой|какое|у|а|и|ли|будет|она|он|оно|по\s+времени)(?![а-яё-])"
)


def _event_end_asked(text: str, now: datetime) -> EventDetails | None:
    """«ярмарка во сколько заканчивается?», «до скольки будет экскурсия?», «сколько длится
    лекция о космосе?» with no card open: the details (day and hours) of the saved event
    the question's other words name, as «когда ярмарка?» names it (chat53's walk: «Сейчас
    нет открытой карточки»). None for anything else (no end word, not a question, no
    title: «до скольки?» alone is the card's question)."""
    if card_question(text) is not CardAsked.END:
        return None
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    if without_periods(line) != line:
        return None  # «… до конца года?»: a period the plan's, like a day (below)
    words = [w for w in line.split() if not is_end_word(w.strip(",.?!"))]
    rest = " ".join(_EVENT_END_FILLER.sub(" ", " ".join(words)).replace(",", " ").split())
    if not rest or names_no_event(rest):
        return None  # «до скольки уроки?», «когда закончится четверть?»: the calendar's
    query = parse_message(f"когда {rest}?", now)
    if not isinstance(query, QueryIntent) or not query.title or query.end is not None:
        return None
    if not query.audience.is_everyone:
        return None
    return EventDetails(query.title)


def _only_links(text: str) -> bool:
    """Whether `text` is nothing but web addresses («https://kgtu.ru/news/1», «vk.com/wall-1_2»)."""
    rest = _WEB_ADDRESS.sub(" ", text)
    return rest != text and not rest.strip(" \t\n,;.!?-—")


def _for_schools(text: str, now: datetime) -> AddForSchools | None:
    """One event for the schools the message names («…, для гимназии №32 и лицея №23»),
    parsed without the school phrase so that its title and venue do not take it."""
    named = schools.for_schools(text)
    if named is None:
        return None
    mentions, rest = named
    if "\n" in rest.strip() and len(parse_many(rest, now)) > 1:
        return None  # a pasted plan: its lines go on as usual
    parsed = parse_message(rest, now)
    return AddForSchools(parsed.draft, mentions) if isinstance(parsed, EventIntent) else None


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
