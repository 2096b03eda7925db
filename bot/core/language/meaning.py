"""What a message or a pressed button means: one typed intent, decided once by
bot.core.language.understand (text) or bot.core.language.buttons (payloads).

The planner's router maps each type to one handler in bot.core.features. A command is one of
the types in bot.core.language.commands; report and export requests are the dataclasses of
bot.core.language.reports and .exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.core.dialog import ChangeScope, EditableField
from bot.core.language.commands import AnyCommand
from bot.core.language.draft_corrections import Reading
from bot.core.language.edit_phrases import EditCommand
from bot.core.language.exports import ExportRequest
from bot.core.language.hand_over import HandOverRequest
from bot.core.language.organiser_change import OrganiserChangeSaid
from bot.core.language.reports import ReportRequest
from bot.core.language.school_year import SchoolYearRequest
from bot.core.language.schools import SchoolMention
from bot.core.models import Audience, EventDraft, QueryIntent


@dataclass(frozen=True, slots=True)
class AddEvents:
    """One new event or a pasted plan; `skipped` are a plan's lines that are not events,
    `cancelled` the titles of its lines marked cancelled («Викторина (ОТМЕНЕНО)»), left out
    of `drafts` (bot.core.language.cancel_marks; `drafts` may then be empty); `one_post`:
    the drafts are the events one post's prose announces (bot.core.language.post_events),
    shown as «В сообщении два мероприятия», not as a plan's lines."""

    drafts: tuple[EventDraft, ...]
    skipped: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    one_post: bool = False


@dataclass(frozen=True, slots=True)
class Ask:
    """A question about the plan ("что на следующей неделе для 9Б?"); `count`: the question
    asked how many («сколько мероприятий в декабре?»), so the answer says the number too;
    `school`: the words naming a numbered school in it («когда лекция в лицее №23?» → «лицее
    №23»; "" for none), which are not in `query.title`; `by_organiser`: how many each
    organiser has was asked («сколько мероприятий у каждого партнёра?»)."""

    query: QueryIntent
    count: bool = False
    school: str = ""
    by_organiser: bool = False  # «… у каждого партнёра?»: the count of each organiser too
    # the period is the school year (1 September – 31 August), asked «за учебный год» or
    # given to a per-organiser count that names no period; the answer names it so
    school_year: bool = False


@dataclass(frozen=True, slots=True)
class DraftAnswer:
    """An answer to the bot's question about the single pending draft (a missing field or a
    field being edited): the draft with it filled in, or None when the answer was not
    understood (the bot asks again). `audience_asked` is the dialog's new flag;
    `title_shortened`: a long title answer (the post pasted again) gave the event's name."""

    filled: EventDraft | None
    audience_asked: bool
    title_shortened: bool = False


@dataclass(frozen=True, slots=True)
class EditRequest:
    """A card's "edit" button: ask for a new value of `field` (None: not a card field)."""

    field: EditableField | None


@dataclass(frozen=True, slots=True)
class EditEventRequest:
    """A saved event's «✏️» button (after «изменить 1»): ask for the new value of `field`
    of event `event_id` (None fields: which field to change is asked)."""

    event_id: int | None
    field: EditableField | None


class PollAnswerKind(StrEnum):
    """The parts of an after-event poll answer."""

    RATE = "rate"  # 1–5 (button)
    RECOMMEND = "recommend"  # 0–10 (button or typed)
    COMMENT = "comment"  # typed
    ABSENT = "absent"  # "I did not go" (button)


@dataclass(frozen=True, slots=True)
class PollAnswer:
    """One poll answer for event `event_id`; `value` is the raw score (parsed and checked by
    bot.core.students) or the comment's text."""

    kind: PollAnswerKind
    event_id: int | None
    value: object = None


@dataclass(frozen=True, slots=True)
class SwitchSignup:
    """Leave event `old` for event `new`, which overlaps it."""

    old: int | None
    new: int | None


class DraftChoiceKind(StrEnum):
    """The answers to "a new event while drafts are pending"."""

    ADD = "add"  # add the new drafts to the pending plan
    REPLACE = "replace"  # drop the pending drafts, go on with the new ones
    BOTH = "both"  # put the pending drafts aside, go on with the new ones, come back later
    DROP = "drop"  # «нет»: keep the pending drafts, forget the new ones
    AGAIN = "again"  # «да»: names no choice; the question is asked again, nothing is saved


@dataclass(frozen=True, slots=True)
class ChooseDraft:
    """The answer to the add / replace / keep-both question; `fragment`: the short piece of
    an event («в 11») typed instead of a choice, which made it AGAIN; `corrected`: the one
    new draft as a correction typed at the question changed it («давайте лучше в
    воскресенье»: newcomer walk 2026-12-04ag, AG9), the question asked again (AGAIN)."""

    choice: DraftChoiceKind
    fragment: str | None = None
    corrected: EventDraft | None = None


@dataclass(frozen=True, slots=True)
class ChooseScope:
    """Which occurrences of a recurring event the asked change is about; `event_id` is the
    occurrence a button names (None when typed)."""

    scope: ChangeScope
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class ConfirmChange:
    """«да» / «нет» to a move or cancel card; `event_id` is the event a button names (None
    when typed). `kind` is the question a button answers (its payload's `k`: a change
    card's ChangeKind value, "withdraw", "missing" or "school_year"; "" for a button
    without one; None when typed): a button of another question than the open one does
    nothing (attack w, #1: the old «Да, отозвать» cancelled the event)."""

    yes: bool
    event_id: int | None = None
    kind: str | None = None

    def answers(self, question: str) -> bool:
        """Whether this answer may answer `question` (typed «да» answers any)."""
        return self.kind is None or self.kind == question


@dataclass(frozen=True, slots=True)
class MoveRequest:
    """A clash list's "move" button: ask for event `event_id`'s new day and time."""

    event_id: int | None


@dataclass(frozen=True, slots=True)
class ChangeRunEnd:
    """«продли выставку до 10 января», «выставка продлится до 10 января», «перенеси окончание
    выставки на 10 января» (bot.core.language.run_end_phrases): a saved run's new last day
    `last` (school-local), its first day and hours kept; or «продли лекцию до 17:00», a
    one-day event's new end clock `until` (school wall clock; `last` None: chat75);
    `reference` the event's words as written ("" — the event in context, `event_id`: the
    last one looked at, or the one picked by its number from the run_end_which list).
    chat76: `number`, a bare «до 17» (an hour or a day of the month, the event decides), or
    `by`, the end moved by a length («продли лекцию на час»; negative: earlier)."""

    reference: str
    last: date | None
    event_id: int | None = None
    until: time | None = None
    number: int | None = None
    by: timedelta | None = None
    months: int = 0  # «продли кружок на месяц»: calendar months (negative: shorter; chat77)


@dataclass(frozen=True, slots=True)
class AddToSeries:
    """«добавь ещё занятие 20 декабря», «ещё одна встреча кружка в пятницу в 15:00»
    (bot.core.language.series_add_phrases, chat76): one more meeting of a saved series on
    `day` (school-local) at `at` (school wall clock; None: the series' own time);
    `reference` the series' words ("" — the series in context); `otherwise` what the text
    means when those words name none of the person's series (the store decides: «Ещё урок
    мужества 18 декабря в 12:00» is a new event, review77). `event_id`: a meeting of the
    series picked by its number from the series_add_which list (chat77)."""

    reference: str
    day: date
    at: time | None
    otherwise: Intent | None = None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class ConfirmClassTeacher:
    """A curator's «Подтвердить» under a teacher's claim to lead a class: staff member
    `person_id` (the store's id) is the class teacher of `class_name`
    (bot.core.features.class_teachers); with `withdraw`, the curator's «Снять» of that
    confirmation."""

    person_id: int | None
    class_name: str
    withdraw: bool = False  # the list's «Снять»: the confirmation is taken back


@dataclass(frozen=True, slots=True)
class StuckPartChoice:
    """A curator's «Повторить» (`retry`) or «Отбросить» under a city change's part that
    never reached the other school (bot.core.features.stuck_parts): `origin` names the
    journal entry ("<writer's school key>:<hex>", "" for a payload without one)."""

    origin: str
    retry: bool


@dataclass(frozen=True, slots=True)
class ListPick:
    """A list number alone («1», «второе», «номер 2») when the last list asked no question
    (a plan the person looked at) and the text means nothing else: item `number` of that
    list, the event `event_id` (newcomer walk 2026-12-03ad, AD6: it was «Извините, не
    понял»). The answer names the event and what its number can be used for."""

    number: int
    event_id: int


@dataclass(frozen=True, slots=True)
class NothingListed:
    """A list number alone («5», «второе») right after a plan answer that listed nothing
    (Dialog.empty_answer): nothing on screen to pick from, though the list before it is
    still kept for «записаться 2» (newcomer walk 2026-12-04ai, AI4: «В списке нет №5: там
    2 строки» about a list no longer the last one)."""

    number: int


@dataclass(frozen=True, slots=True)
class NotOnList:
    """A command named list number `number`, which the person's last list does not have
    (`listed`: how many lines that list had; 0 when no list was shown)."""

    number: int
    listed: int


@dataclass(frozen=True, slots=True)
class RedeemCode:
    """A message that looks like an invitation code, or carries one in a short sentence
    («Здравствуйте, вот код: pvff9l7d»); `otherwise` is what it means when no unused code
    matches (the store decides). `about_code` for a code found inside a sentence that
    means nothing else (a greeting around it): a wrong code is then answered as one, not
    with the greeting."""

    code: str
    otherwise: Intent
    about_code: bool = False


@dataclass(frozen=True, slots=True)
class Say:
    """A help-menu button standing for a typed question (understood like the text). `span`:
    the days (first, last; school-local dates) of the `span_cut` question a span button
    answers («Все дни: 15–17 декабря»), so an old press after that question was closed is
    not read as the text (bot.core.features.span_presses); None for other buttons. `day`:
    the day (school-local wall clock, naive) a day button of the date question offers
    («24 декабря (чт), 11:30»), for the same reason; None for other buttons."""

    text: str
    span: tuple[date, date] | None = None
    day: datetime | None = None


class SmallTalkKind(StrEnum):
    """What a small-talk message is (bot.core.language.small_talk); the value is the reply's
    variant in small_talk.j2."""

    GREETING = "greeting"
    THANKS = "thanks"
    EMOJI = "emoji"
    UPSET = "upset"  # only angry, sad or thumbs-down emoji («😡», «👎»)
    BYE = "bye"
    ACK = "ack"  # a bare «ок», «ладно», «пон» when nothing waits for «да»
    START = "start"  # VK's «Начать» button (payload {"command": "start"})
    FILE_COMING = "file_coming"  # a cover note sent before its file («отправляем план»)


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """A greeting, thanks, goodbye or emoji (or VK's «Начать» button): a short friendly
    answer with the person's next useful step."""

    kind: SmallTalkKind


@dataclass(frozen=True, slots=True)
class RepeatQuestion:
    """«назад», «вернись» while the bot asks about a draft (a missing part, or add / replace /
    keep both): the question is asked again in full (newcomer walk 2026-12-02m, #15: «Не
    понял время» and the generic «не понял» did not say what was still asked). `unclear`:
    the text answered nothing (a text not understood at the add / replace question, which
    stays open instead of putting the new drafts aside unsaid)."""

    unclear: bool = False


@dataclass(frozen=True, slots=True)
class SignupMany:
    """ "запиши меня на 6 и 7": the events at those numbers of the person's last list
    (`event_ids[i]` is None when `numbers[i]` is not on it)."""

    numbers: tuple[int, ...]
    event_ids: tuple[int | None, ...]
    # «запиши меня на все»: the whole last list; a list of one series' meetings then means
    # every coming meeting of that series, also those past the list
    every: bool = False


@dataclass(frozen=True, slots=True)
class SignupByTitle:
    """ "запиши меня на день открытых дверей": an upcoming event named by its title.
    `wish`: said as a wish to go («хочу пойти на лекцию», «можно мне на …»), not as the
    order «запиши меня на …»; `listed_only`: the answer to «На какое записать?» («на
    экскурсию»), which names one of the events just listed."""

    title: str
    wish: bool = False
    listed_only: bool = False


@dataclass(frozen=True, slots=True)
class UnsignByTitle:
    """ "не пойду на олимпиаду", "отпиши меня от экскурсии": cancel the person's OWN sign-up
    for the event `title` names (its title words, lower-cased); never the event itself.
    `hedged`: said with a doubt («наверное не пойду на экскурсию»): asked, not done (chat77)."""

    title: str
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class UnsignAll:
    """«отпишись от всего», «отмени все мои записи»: the person's own upcoming sign-ups,
    listed with a button that cancels them all (`event_ids`: the button's, the sign-ups it
    was shown with; None when typed, so that they are listed first). Never an event."""

    event_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class WaitingPlace:
    """«а я какой в очереди?»: the person's place on each waiting list they are on."""


@dataclass(frozen=True, slots=True)
class KeepSignUps:
    """«нет, не надо отменять», «не отменяй», «нет» typed at the bot's «какую запись
    отменить?» (the last list asked which sign-up to cancel): nothing is cancelled and the
    question is closed (walk 2026-12-02r, #9)."""


@dataclass(frozen=True, slots=True)
class SignupDeclined:
    """«нет», «не надо», «нет, спасибо» typed at the bot's «Записать?» / «На какое
    записать?» (the last list asked which event to sign up for): nobody is signed up and
    the question is closed (walk45: «Сейчас нечего подтверждать»)."""


@dataclass(frozen=True, slots=True)
class SignupWhichTwo:
    """«на обе» typed at «На какое записать?» under a list of three or more: which two is
    not said, so it is asked (the numbers, or «на все»), the question kept open (chat47)."""


@dataclass(frozen=True, slots=True)
class SignupUnclear:
    """A short answer understood as nothing («не знаю», «хз») typed at «На какое
    записать?» under a list of two or more: the question is asked again, still open (a
    later «на лекцию» still answers it; chat47: «не понял», and the question was lost)."""


@dataclass(frozen=True, slots=True)
class SignupOnDay:
    """«на четверг», «на 10 декабря» typed at «На какое записать?»: the listed event of
    those days — one day for a date; for a weekday every such day of the period listed
    (the listed week's: walk45 listed this week's Thursday; two Thursdays under a
    fortnight's list, where one event among them is needed: review46 M4)."""

    days: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class MuteByTitle:
    """ "не напоминай про экскурсию": no reminders of the person's OWN sign-up for the event
    `title` names (its title words, lower-cased); `muted` False for «напоминай про …» (on
    again). The sign-up, the other events' reminders and the poll stay."""

    title: str
    muted: bool = True


@dataclass(frozen=True, slots=True)
class AddForSchools:
    """One new event for several schools of the deployment («…, для гимназии №32 и лицея
    №23»): the draft without the school phrase, and the schools as named."""

    draft: EventDraft
    schools: tuple[SchoolMention, ...]


@dataclass(frozen=True, slots=True)
class DataDeletion:
    """«удали мои данные», «я больше не учусь в этой школе»: a wish to be forgotten, which the
    bot cannot grant itself (nothing in the README promises it): answered with whom to ask."""


@dataclass(frozen=True, slots=True)
class SchoolDayAbsence:
    """«не пойду в школу завтра, заболел», «не приду на уроки»: the school day missed, no
    sign-up and no post (chat77): answered with who marks an absence."""


@dataclass(frozen=True, slots=True)
class MineInPeriod:
    """«мои мероприятия в марте», «мои мероприятия на следующей неделе»: one's own plan (a
    student's sign-ups) within the period `query` (its start and end; end None: open)."""

    query: QueryIntent


@dataclass(frozen=True, slots=True)
class MineAtSchool:
    """«мои события в лицее №23»: one's organisation's events in another school."""

    school: SchoolMention


@dataclass(frozen=True, slots=True)
class CancelByText:
    """«отмени лекцию по физике 10 декабря», «концерт 15 декабря не состоится»: cancel the
    event the words point at (`reference`: its title words and day, as written). `asked`:
    the words ask for it («отмени …», not news such as «… отменяется»): from a student,
    who cancels no event, they mean their own sign-up (walk 2026-12-02r, #9). `reason`: the
    reason the words give («…, в каникулы школа закрыта»), told to those the cancel notifies
    (walk 2026-12-02t, #7); None: none given."""

    reference: str
    asked: bool = False
    reason: str | None = None  # «…, в каникулы школа закрыта»: told in the cancel notice


@dataclass(frozen=True, slots=True)
class WhyCancelled:
    """«почему отменили интенсив?», «по какой причине отменена лекция 10 декабря?»: who
    cancelled the event the words point at (`reference`: its title words and day) and the
    reason they gave (newcomer walk 2026-12-02t, #7)."""

    reference: str


class AgreementKind(StrEnum):
    """What is said about the curator's agreement (newcomer walk 2026-12-02t, #16)."""

    AGREE = "agree"  # «согласовано», «согласую интенсив»: one event
    AGREE_ALL = "agree_all"  # «согласовать всё», «согласовать всё от КГТУ»
    REFUSE = "refuse"  # «не согласовываю интенсив»
    WAITING = "waiting"  # «что ждёт согласования?»
    STATE = "state"  # «что у меня согласовано?», «а мою встречу одобрили?»


@dataclass(frozen=True, slots=True)
class Agreement:
    """A message about the curator's agreement of events (bot.core.language.
    agreement_phrases): `reference` the event's title words and day as written ("" when
    none: the last one told, or every own event for STATE); `organiser` the organisation
    named by «согласовать всё от …» ("" when none); `event_id` the event a button names
    (None: typed); `excepted`: the words make an exception («кроме КГТУ», «но не …», «за
    исключением …»), which is not read, so nothing may be agreed (attack v, #3)."""

    kind: AgreementKind
    reference: str = ""
    organiser: str = ""
    event_id: int | None = None  # the waiting notice's «Согласовать» button: its event
    excepted: bool = False
    # the button's event version (Event.version when the notice was written; None: a button
    # without one, written before versions were carried): another one is a stale press
    # that shows the event as it is now and asks again (attack v, #16)
    version: int | None = None
    # a bare «согласовано» under the writer's own open card: what it means to the card (the
    # curator is asked which is meant; anyone else gets this): attack v, #27
    otherwise: Intent | None = None


@dataclass(frozen=True, slots=True)
class HandOver:
    """«передай экскурсию 17 декабря классному руководителю 8А», «назначь ответственным за
    олимпиаду классного руководителя 9А»: an event to hand to class teachers, which the bot
    answers with what they learn anyway (newcomer walk 2026-12-02t, #19)."""

    request: HandOverRequest


@dataclass(frozen=True, slots=True)
class StillOn:
    """«Отмена отменяется! Концерт хора 17 декабря состоится», «Лекция 18 декабря — всё в
    силе»: the event the words point at (`reference`: its title words and day, as written;
    "" when none) stays as planned — never a new draft (newcomer walk 2026-12-02n)."""

    reference: str


@dataclass(frozen=True, slots=True)
class CorrectSaved:
    """«нет, 26 декабря», «ошибся, концерт не 25, а 26 декабря» with no card open: the
    person corrects an event already saved — the one `reference` names (its title words,
    "" when none) or the one just saved — to the day or time `when` (as written); `was` the
    value it replaces («не 5, а 12»: "5", which tells whether "12" is a day or an hour once
    the event is known, bot.core.language.draft_corrections.typed_number)."""

    when: str
    reference: str = ""
    was: str = ""
    again: bool = False  # «да» to the question which reading: asked again (walk 12-01i, #5)


@dataclass(frozen=True, slots=True)
class SignupQuestion:
    """«сколько записалось на лекцию о космосе?», «кто записался?»: the sign-ups of the event
    `reference` names (its title words and/or day; "" — the one just looked at), for its
    organiser or the curator (bot.core.language.signup_questions). `event_id`: the event is
    known already (a number answering the «о каком спрашиваете?» list), `reference` unused.
    `class_name`: the class the question is about (a class teacher's «кто из моего класса
    записался?», «сколько из 9Б записалось»: walk 2026-12-02r, #8); None for every class."""

    reference: str
    event_id: int | None = None
    class_name: str | None = None  # «из 9Б»; "*" (signup_questions.OWN_CLASS): «из моего класса»
    names: bool = False  # «фамилии», «кто именно»: names asked for (never shown)


@dataclass(frozen=True, slots=True)
class EventDetails:
    """«когда?», «где это?», «во сколько экскурсия?», «есть места на экскурсию?»: the time and
    place of the event `reference` names (its title words as written; "" — the event in
    context), with its free seats when `seats` (bot.core.language.event_questions)."""

    reference: str
    seats: bool = False
    who: bool = False  # «кто проводит?»: who runs it — the plan knows the organisation (chat64)


@dataclass(frozen=True, slots=True)
class RemindAtMoment:
    """«напомни мне завтра в 8 утра про экскурсию» (chat64, remind66): a one-off reminder at
    a moment of the person's choosing (bot.core.language.student_asks.reminder_at); `text`
    as written, its moment and event read by the handler (bot.core.language.remind_moments,
    which needs the clock) and kept as a row of its own (bot.core.moments). `event_id`: the
    event picked by its number from «О каком из них напомнить?» (remind69), None: read."""

    text: str = ""
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class ForgetMoments:
    """«отмени напоминание», «удали напоминание про экскурсию» (remind66): the person's
    one-off reminders of the events `reference` names ("" — every one of theirs) are
    deleted (bot.core.language.remind_moments.forget_moment). remind69: `number` — only the
    one of that number in «мои напоминания» («отмени напоминание 2»); `reminder_id` — only
    that row (its «Отменить» button; the handler checks it is the person's own)."""

    reference: str
    number: int | None = None
    reminder_id: int | None = None


@dataclass(frozen=True, slots=True)
class ListMoments:
    """«мои напоминания», «какие у меня напоминания?» (remind69): the person's one-off
    reminders still ahead, each with its moment and a way to cancel it
    (bot.core.language.remind_moments.lists_moments)."""


@dataclass(frozen=True, slots=True)
class ForChild:
    """A parent in a student's chat asking for a child (chat64): `kind` a sign-up («запишите
    дочь на экскурсию»), a cancelled one («сын не сможет прийти») or «я мама ученика 9Б»
    (bot.core.language.student_asks.ChildAsk's values). Nobody is signed up or left; the
    reply says how it works for a family."""

    kind: str


@dataclass(frozen=True, slots=True)
class AskOrganiser:
    """«а родителям можно?», «можно с другом?», «что брать с собой на экскурсию?»: a question
    about the event `reference` names ("" — the event in context) that only its organiser
    can answer (bot.core.language.organiser_questions); the reply says whom to ask.
    `companion`: it asks whether someone may come along («можно я приду с другом?»): the
    reply also says that each student signs up for themselves (chat54). `timing`: it asks
    leave to come later or go earlier («можно я приду позже?»): the reply says the bot keeps
    no arrival times and whom to tell (chat56)."""

    reference: str
    companion: bool = False
    timing: bool = False
    bring: bool = False  # «что взять с собой?»: what to bring or wear (review64)
    optional: bool = False  # «можно не приходить?»: whether one must go (newcomer74)


@dataclass(frozen=True, slots=True)
class AlsoAsked:
    """«12 декабря в 15:00 концерт. А ярмарка будет?»: an event and, after it, a question
    about the plan in one message (chat51: the question was dropped). `first` (the event
    read without the question) is answered, then `question` (the question's own reading);
    None: it read as no question the bot answers, and the reply says so, quoting `asked`."""

    first: Intent
    question: Intent | None
    asked: str


@dataclass(frozen=True, slots=True)
class EventClashes:
    """«с чем пересекается экскурсия?», «есть ли накладки у лекции?» with no card open: the
    clashes of the saved event `reference` names (its title words, as «когда экскурсия?»
    reads them), or of the event `event_id` (a button under «which one?») (chat51). `days`:
    the first and last school-local day the question names («с чем пересекается «Зимняя
    сказка» 9 декабря?»: the event held then; chat53); None when it names none."""

    reference: str = ""
    event_id: int | None = None
    days: tuple[date, date] | None = None


@dataclass(frozen=True, slots=True)
class ClashesInPeriod:
    """«накладки в марте»: the clashes of events from `start` to `end` (inclusive school-local
    days), instead of the next 60 days."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class ClassClashes:
    """«есть ли накладки у 9Б?», «покажи накладки моего класса» (chat54: the class's plan
    was listed without its clashes, or «не понял»): the clashes of the events held for
    `audience` (the asker's own class when `own_class`: a class teacher's Person.class_name)
    — on the days of `period` when it names some, else in the next days «накладки» looks at."""

    audience: Audience
    own_class: bool = False
    period: ClashesInPeriod | None = None


@dataclass(frozen=True, slots=True)
class PollResultsWhere:
    """«а где посмотреть результаты?» (bot.core.language.poll_results): who sees the
    after-event polls' figures, and how to change one's own answer."""


@dataclass(frozen=True, slots=True)
class ClassUnknown:
    """«накладки у 12Я?», «есть ли накладки у 10Э?»: a clash question about a class written
    as no class can be (a grade beyond 1–11 or a letter past the school's, audience.py):
    `written` as typed, upper-cased («12Я»). The reply says how classes are written, where
    the question was «не понял» or listed the whole plan (chat56). `plan`: the question asked
    for the class's plan («что у 12Я?»: chat57), not its clashes; the reply's examples ask so."""

    written: str
    plan: bool = False


@dataclass(frozen=True, slots=True)
class ReadingDeclined:
    """«нет», «ничего не меняй» typed to «„11“ можно понять по-разному: день, время или
    классы?» about a saved event: no reading is wanted; the question closes and the event
    stays as saved (newcomer walk 2026-12-01j, #7)."""


@dataclass(frozen=True, slots=True)
class PickSlot:
    """«давайте первый вариант», «второй», «2» under a card (a new event's or a move's) that
    proposed free time: take proposal `number` (1-based, in the card's order) as the event's
    new time, the card shown again (newcomer walk 2026-12-02t, #15)."""

    number: int


@dataclass(frozen=True, slots=True)
class CardUnchanged:
    """A message while a card (or a pasted plan) waits for «да» that changed nothing: a
    correction the bot could not apply to it (`correction`: «ошибся, не 5, а 12» with no
    way to tell a day from an hour, «время 15:30» under a plan of several lines) or a text
    not understood at all. The reply says the card is still open and unchanged, never «не
    понял» alone (newcomer walk 2026-12-01f, finding 6). `asked`: a question on the card
    about its clashes or classes (bot.core.language.card_questions.CardAsked value:
    "clashes" | "classes"), answered from the card (walk 2026-12-04ag, AG8); None: none.
    Also a correction of a card when none is open («поменяй на 17 декабря»: review60 #10)."""

    correction: bool
    asked: str | None = None


@dataclass(frozen=True, slots=True)
class SetOrganiser:
    """«организатор — школа», «организатор: КГТУ» typed under an open card: who organises the
    card's event (bot.core.language.organiser_named.organiser_said); `name` "" for the
    school itself, else the organisation as written (matched by the feature)."""

    name: str


@dataclass(frozen=True, slots=True)
class OrganiserOfSaved:
    """«организатор спектакля — Драмтеатр», «это мероприятие школы», «проводит КГТУ» with no
    card open: a saved event's new organiser (bot.core.language.organiser_change; owner77:
    a change card like a move's). `said` None when the line reads as such a change
    (organiser_named.organiser_change_asked) but names no organisation to give it to."""

    said: OrganiserChangeSaid | None = None


@dataclass(frozen=True, slots=True)
class CorrectionReadings:
    """«не 10, а 11» under an open card where 11 can be read more than one way (the day,
    the hour, the classes: bot.core.language.draft_corrections.number_readings; newcomer
    walk 2026-12-01g, #6): the card stays as it is and the person picks a reading."""

    value: str
    readings: tuple[Reading, ...]


@dataclass(frozen=True, slots=True)
class SeatsOfSaved:
    """«места: 3», «мест 30», «без ограничения мест» with no draft card open: the number of
    seats of a saved event (`seats`; None: no limit) — never the place «3» (attack x,
    2026-12-03, #2). `event_id`: the event the «✏️» button asked about or the one last
    looked at (None: none), changed by a card like the other fields (leftconv20, item 1)."""

    seats: int | None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class SeatsUnreadable:
    """A reply setting the seats with no number that can be taken («места: 0», «места: -3»,
    «места: 10000», «места: много»: bot.core.language.capacity.seats_unreadable): `said` is
    its value as written. Nothing changes; the writer is asked for digits (attack z,
    2026-12-03, #1: the value became the place of the draft or the saved event)."""

    said: str


@dataclass(frozen=True, slots=True)
class TooLong:
    """A message over `limit` characters."""

    limit: int


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """Text that is none of the above; `only_links` when it is nothing but web addresses
    (the bot does not open them: the person is asked to paste the text); `unknown_period`
    when a question names a period the bot cannot read («что на новый год?»); `card_asked`
    when it is a question about a card («а накладки есть?»: CardAsked's value) with no card
    open (newcomer walk 2026-12-04ah, AH5)."""

    only_links: bool = False
    unknown_period: bool = False
    card_asked: str | None = None


@dataclass(frozen=True, slots=True)
class UnknownButton:
    """A payload no current button sends (an old keyboard, a forged payload)."""


Intent = (
    AddEvents
    | Ask
    | AnyCommand
    | ReportRequest
    | ExportRequest
    | SchoolYearRequest
    | DraftAnswer
    | EditRequest
    | EditEventRequest
    | EditCommand
    | PollAnswer
    | SwitchSignup
    | ChooseDraft
    | ChooseScope
    | ConfirmChange
    | MoveRequest
    | ChangeRunEnd
    | AddToSeries
    | ConfirmClassTeacher
    | StuckPartChoice
    | NotOnList
    | ListPick
    | NothingListed
    | RedeemCode
    | Say
    | SmallTalk
    | RepeatQuestion
    | SignupMany
    | SignupByTitle
    | UnsignByTitle
    | UnsignAll
    | KeepSignUps
    | SignupDeclined
    | SignupWhichTwo
    | SignupUnclear
    | SignupOnDay
    | WaitingPlace
    | MuteByTitle
    | AddForSchools
    | MineAtSchool
    | MineInPeriod
    | DataDeletion
    | SchoolDayAbsence
    | CancelByText
    | WhyCancelled
    | HandOver
    | Agreement
    | StillOn
    | CorrectSaved
    | ReadingDeclined
    | SignupQuestion
    | EventDetails
    | RemindAtMoment
    | ForgetMoments
    | ListMoments
    | ForChild
    | AskOrganiser
    | PollResultsWhere
    | ClashesInPeriod
    | ClassClashes
    | ClassUnknown
    | EventClashes
    | AlsoAsked
    | PickSlot
    | CardUnchanged
    | SetOrganiser
    | OrganiserOfSaved
    | CorrectionReadings
    | SeatsOfSaved
    | SeatsUnreadable
    | TooLong
    | NotUnderstood
    | UnknownButton
)
