"""Answers to the last list shown (Dialog.listed, Dialog.asked_on_list): a list number alone or
with «на», several, «на обе», «на последнюю», a day, «да» to a one-item list, «нет» to
«Записать?»; and a command's list number resolved to its event id (or NotOnList).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.core.dialog import Dialog, EditableField, ListAction, Nothing
from bot.core.language import signup_phrases
from bot.core.language.commands import AnyCommand, Command, CommandKind, MoveCommand, parse_command
from bot.core.language.edit_phrases import EditCommand
from bot.core.language.list_numbers import list_numbers
from bot.core.language.meaning import (
    AddToSeries,
    ChangeRunEnd,
    Intent,
    ListPick,
    NothingListed,
    NotOnList,
    SignupByTitle,
    SignupDeclined,
    SignupMany,
    SignupOnDay,
    SignupQuestion,
    SignupWhichTwo,
)
from bot.core.language.temporal import extract_temporal, resolve_day
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.understanding.card_answers import MAX_TIME_ANSWER
from bot.core.language.understanding.plan_questions import CLOCK_TIME

_UNCLEAR_ANSWER = 30  # characters: a longer message not understood is no answer to the list


def unclear_at_which(text: str, dialog: Dialog) -> bool:
    """Whether `text`, understood as nothing, is a short reply (no question mark) to «На
    какое записать?» about a list of two or more, nothing else open."""
    asked = dialog.asked_on_list()
    if asked is None or asked[0] is not ListAction.SIGNUP or dialog.pending:
        return False
    line = text.strip()
    return len(dialog.listed) > 1 and len(line) <= _UNCLEAR_ANSWER and "?" not in line


def titled_list_answer(text: str, dialog: Dialog) -> SignupByTitle | None:
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


def asks_which_cancel(dialog: Dialog) -> bool:
    """Whether the last list asked which of the person's sign-ups to cancel («отпишись от
    всего», «я передумал» with several sign-ups)."""
    asked = None if dialog.pending else dialog.asked_on_list()  # «нет» to a draft is its own
    return asked is not None and asked[0] is ListAction.UNSIGN


def listed_number(reference: str, dialog: Dialog) -> int | NotOnList | None:
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


def list_pick(text: str, dialog: Dialog) -> Intent | None:
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
    if len(line) > MAX_TIME_ANSWER or CLOCK_TIME.search(line):
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


def list_answer(text: str, dialog: Dialog, now: datetime) -> Intent | None:
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
    if action is ListAction.RUN_END:
        return _run_end_picked(number, dialog, args)
    if action is ListAction.SERIES_ADD:
        return _series_picked(number, dialog, args)
    command: AnyCommand | EditCommand
    if action is ListAction.MOVE:
        command = MoveCommand(args.get("when", ""), number=number)
    elif action is ListAction.EDIT:
        field = args.get("field") or None
        value, said_for = args.get("value", ""), args.get("said_for") == "1"
        named = EditableField(field) if field else None
        command = EditCommand(named, value, number=number, said_for=said_for)
    else:
        command = Command(_LIST_COMMANDS[action], number=number)
    return with_target(command, dialog)


def _run_end_picked(number: int, dialog: Dialog, args: dict[str, str]) -> Intent:
    """The run_end_which list's item `number` (chat75): its new last day or end clock as
    the list asked them (args "last": ISO date, "until": HH:MM); NotOnList when the list
    has no such number."""
    if not 1 <= number <= len(dialog.listed):
        return NotOnList(number, len(dialog.listed))
    last = date.fromisoformat(args["last"]) if args.get("last") else None
    until = time.fromisoformat(args["until"]) if args.get("until") else None
    said = int(args["number"]) if args.get("number") else None  # «до 17» (chat76)
    by = timedelta(minutes=int(args["by"])) if args.get("by") else None
    months = int(args.get("months") or 0)  # «продли на месяц» (chat77)
    event_id = dialog.listed[number - 1]
    return ChangeRunEnd("", last, event_id=event_id, until=until, number=said, by=by, months=months)


def _series_picked(number: int, dialog: Dialog, args: dict[str, str]) -> Intent:
    """The series_add_which list's item `number` (chat77): the meeting asked for (args "day":
    ISO date, "at": HH:MM or none) added to that series; NotOnList when the list has no such
    number."""
    if not 1 <= number <= len(dialog.listed):
        return NotOnList(number, len(dialog.listed))
    at = time.fromisoformat(args["at"]) if args.get("at") else None
    day = date.fromisoformat(args["day"])
    return AddToSeries("", day, at, event_id=dialog.listed[number - 1])


_LIST_COMMANDS = {
    ListAction.CANCEL: CommandKind.CANCEL,
    ListAction.SIGNUP: CommandKind.SIGNUP,
    ListAction.UNSIGN: CommandKind.UNSIGN,
}


def with_target(
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
        return replace(command, event_id=listed_target(dialog, number), number=None)
    return command


_ABOUT_AN_EVENT = frozenset(
    {CommandKind.CANCEL, CommandKind.MOVE, CommandKind.SIGNUP, CommandKind.UNSIGN, CommandKind.EDIT}
)


def listed_target(dialog: Dialog, number: int | None) -> int | None:
    """The event id a command's list `number` (1-based) names on the last list shown
    (Dialog.listed); the event last looked at (Dialog.last_event) when `number` is None;
    None for a number the list does not have."""
    if number is None:
        return dialog.last_event
    if 1 <= number <= len(dialog.listed):
        return dialog.listed[number - 1]
    return None
