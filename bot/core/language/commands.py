"""Short chat commands: help, yes/no, cancel, move, "я из 9Б", "мои мероприятия".

`parse_command` gives a typed command: `Command` (a kind, maybe a list number) or, for the
commands with arguments, `MoveCommand`, `SetClassCommand`, `InviteCommand`,
`ReminderTimesCommand` and `CalendarLinkCommand`. Buttons produce the same types
(bot.core.language.buttons), with the event named by id instead of a list number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.morphology import person_name_nominative
from bot.core.language.numerals import ORDINAL_STEMS, ordinal_value
from bot.core.language.reminder_times import parse_reminder_times
from bot.core.language.tokens import normalize, without_closing_marks
from bot.core.models import Role
from bot.core.reminders import ReminderClock


class CommandKind(StrEnum):
    """Every command; the value is also its reply's template id where one is fixed."""

    HELP = "help"
    JOIN = "how_to_join"  # «как стать партнёром?»: how partners and teachers join
    SCHOOL_SETUP = "school_setup"  # «название школы: …», «часовой пояс»: who sets them
    YES = "yes"
    NO = "no"
    DISCARD = "discard"  # the card's "Не сохранять" button (no text form)
    ALL_DAY = "all_day"
    EVERYONE = "everyone"
    CANCEL = "cancel"
    MOVE = "move"
    SET_CLASS = "set_class"
    MINE = "mine"
    SIGNUP = "signup"
    UNSIGN = "unsign"
    REMINDERS_OFF = "reminders_off"
    STOP_MESSAGES = "stop_messages"  # «больше не пиши мне»: reminders off, what else stops them
    REMINDERS_ON = "reminders_on"
    REMINDER_TIMES = "reminder_times"
    DIGEST_OFF = "digest_off"
    DIGEST_ON = "digest_on"
    INVITE = "invite"
    CALENDAR_LINK = "calendar_link"
    CLASHES = "clashes"
    UNDO = "undo"
    FIX_LINE = "fix_line"
    DROP_LINES = "drop_lines"
    CITY_REPORT = "city_report"  # the education department's figures across schools
    UPDATE_PLAN = "update_plan"  # a plan file sent again: move the stored events it changes
    EDIT = "edit"  # a saved event's place, classes or title (bot.core.language.edit_phrases)
    SAVE_COPY = "save_copy"  # a resent event saved as a second one, not as an update
    CLASS_TEACHERS = "class_teachers"  # a curator's list of claimed classes, to confirm
    INVITE_CODES = "invite_codes"  # a curator's open invitation codes (walk y, Y8)
    WITHDRAW_CODE = "withdraw_code"  # «отозвать код ABCD2345» (walk y, Y8)
    STUCK_PARTS = "stuck_parts"  # «что не дошло?»: a city's stuck journal parts (safety40)


# Commands that are really values answering the bot's question ("весь день", "для всех").
ANSWER_WORDS = frozenset({CommandKind.ALL_DAY, CommandKind.EVERYONE})


@dataclass(frozen=True, slots=True)
class Command:
    """A command without arguments, or about one event.

    `number` is a position in the last list ("отмени 2"); `event_id` is the event meant,
    filled in by bot.core.language.understand from the person's last list (or the event
    last looked at), or given by a button. `last_looked_at` is True for a bare «не пойду»
    (no number, no button): its event is only the one last looked at, so a sign-up not held
    there is asked about rather than guessed (newcomer walk 2026-12-02o, #1). `again`: a
    sign-up «снова» («запиши меня снова», «верни запись»): the event last looked at — the one
    whose sign-up was just cancelled — even after a list of several (walk 2026-12-03ad, AD8).
    `hedged`: a withdrawal said with a doubt («наверное не приду»): asked, not done (chat77).
    """

    kind: CommandKind
    number: int | None = None
    event_id: int | None = None
    last_looked_at: bool = False
    again: bool = False
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class MoveCommand:
    """ "перенеси 2 на пятницу в 15:00": `when` is the new day and/or time as written;
    `reference` the event's title words when it is named («перенеси концерт на 30 декабря»
    -> "концерт", looked up by them; "" when the event is given by number or not at all)."""

    when: str
    number: int | None = None
    event_id: int | None = None
    reference: str = ""
    card_start: str = ""  # the open move card's new start (ISO): a time alone keeps its day
    kind: ClassVar[CommandKind] = CommandKind.MOVE


@dataclass(frozen=True, slots=True)
class SetClassCommand:
    """ "я из 9Б": the class as written, normalised ("9Б"); a class teacher naming no
    single class («я классный руководитель 9А и 9Б»): "" and `written` as typed."""

    class_name: str
    written: str = ""
    kind: ClassVar[CommandKind] = CommandKind.SET_CLASS


@dataclass(frozen=True, slots=True)
class InviteCommand:
    """ "пригласи партнёра КГТУ" / "пригласи педагога": whom and, for a partner, where from."""

    role: Role  # PARTNER or STAFF
    name: str  # the organisation (a teacher's name) as the curator typed it ("" when not named)
    class_name: str = ""  # «пригласить классного руководителя 8Б»: "8Б" (else "")
    kind: ClassVar[CommandKind] = CommandKind.INVITE


@dataclass(frozen=True, slots=True)
class WithdrawCodeCommand:
    """«отозвать код ABCD2345»: the code as typed, upper-cased (bot.core.features.people)."""

    code: str
    kind: ClassVar[CommandKind] = CommandKind.WITHDRAW_CODE


@dataclass(frozen=True, slots=True)
class ReminderTimesCommand:
    """ "напоминай за день и за час": minutes before the start, largest first; None when the
    phrase is not understood. `school_default` for "по умолчанию" (curators). `clock`:
    «напоминай вечером накануне», «… накануне в 19:00 и за час» (then `offsets` holds only
    the offsets named, maybe none); None when no clock time is named."""

    offsets: tuple[int, ...] | None
    school_default: bool = False
    clock: ReminderClock | None = None
    kind: ClassVar[CommandKind] = CommandKind.REMINDER_TIMES


@dataclass(frozen=True, slots=True)
class CalendarLinkCommand:
    """ "ссылка на календарь"; `renew` for "новая ссылка…" (the old one stops working)."""

    renew: bool = False
    kind: ClassVar[CommandKind] = CommandKind.CALENDAR_LINK


@dataclass(frozen=True, slots=True)
class FixLineCommand:
    """ "исправь 7: 8 декабря в 16:00": line `number` of the pending plan gets `text` (a new
    day/time, classes, or a whole new line), as written (case kept)."""

    number: int
    text: str
    kind: ClassVar[CommandKind] = CommandKind.FIX_LINE


@dataclass(frozen=True, slots=True)
class DropLinesCommand:
    """ "убери 6" / "сохрани без 6 и 7": lines of the pending plan to drop; `save` stores the
    rest at once. `keep`: «только 1» — `numbers` are the lines to keep, every other dropped
    (bot.core.language.keep_answers)."""

    numbers: tuple[int, ...]
    save: bool = False
    keep: bool = False
    kind: ClassVar[CommandKind] = CommandKind.DROP_LINES


AnyCommand = (
    Command
    | MoveCommand
    | SetClassCommand
    | InviteCommand
    | ReminderTimesCommand
    | CalendarLinkCommand
    | FixLineCommand
    | DropLinesCommand
    | WithdrawCodeCommand
)


# a plan's line by its number or its ordinal, the line («строка») feminine: «2», «№2»,
# «вторую», «второй» (after «без»), «2-ю»; the first ten
_LINE_ORDINAL = "|".join(stem for stem, value in ORDINAL_STEMS.items() if value <= 10)
_LINE = rf"(?:№?\d{{1,3}}(?:-?(?:ю|ую|й|ой))?|(?:{_LINE_ORDINAL})(?:ую|ью|ой|ей))"
_PATTERNS: tuple[tuple[CommandKind, re.Pattern[str]], ...] = (
    (
        # «коды приглашений», «какие коды приглашений выданы?», «неиспользованные коды»:
        # a curator's open codes; anyone else gets how to join (newcomer walk y, Y8)
        CommandKind.INVITE_CODES,
        re.compile(
            r"^(?:(?:а|и|покажи(?:те)?|какие|мои|все|наши|выданные|неиспользованные|открытые"
            r"|действующие|список)\s+)*код(?:ы|ов)(?:\s+приглашени[йя])?"
            r"(?:\s+(?:выданы|есть|остались|не\s+использованы))?\??$"
        ),
    ),
    (
        # «отозвать код ABCD2345», «отзови код …», «отмени код приглашения …»: the code
        # (latin letters and digits, as made) in the group
        CommandKind.WITHDRAW_CODE,
        re.compile(
            r"^(?:отозва\w*|отзови(?:те)?|отмени(?:ть|те)?|аннулир\w*|удали(?:ть|те)?)\s+"
            r"код\w*(?:\s+приглашени[яей])?\s*:?\s*([a-z0-9]{8})$"
        ),
    ),
    (
        # «не дошло», «что не дошло до других школ?», «застрявшие изменения»: a city
        # change's parts that never reached the other school, for its curators (safety40)
        CommandKind.STUCK_PARTS,
        re.compile(
            r"^(?:(?:а|и|покажи(?:те)?)\s+)?(?:что\s+)?не\s+дошло"
            r"(?:\s+до\s+(?:други[хм]\s+)?школ\w*)?\??$"
            r"|^(?:покажи(?:те)?\s+)?(?:недошедшие|застрявшие)(?:\s+изменения)?\??$"
        ),
    ),
    (
        CommandKind.HELP,
        re.compile(
            r"^/?(?:начать|старт|start|помощь|помоги(?:те)?|help|меню|что ты умеешь\??|справка)$"
        ),
    ),
    (
        CommandKind.JOIN,
        re.compile(
            r"^(?:(?:(?:а|и|подскажите|скажите)[,\s]+)?(?:как|каким образом|что (?:нужно|надо)"
            r",? чтобы)\s+(?:(?:мне|нам|можно|бы)\s+)*(?:стать\s+(?:вашим\s+|вашими\s+)?"
            r"(?:партнер\w*|педагог\w*|организатор\w*)(?:\s+школы)?"
            r"|(?:подключиться|присоединиться)(?:\s+к\s+(?:боту|вам|школе))?"
            r"|добавить\s+(?:сво[её]\s+|наше\s+|мо[её]\s+)?(?:мероприяти[ея]|событи[ея])"
            r"(?:\s+в\s+план)?|получить\s+код(?:\s+приглашения)?)\??"
            r"|(?:где|как)\s+(?:взять|получить)\s+код(?:\s+приглашения)?\??"
            r"|у\s+(?:меня|нас)\s+нет\s+кода(?:\s+приглашения)?"
            # a curator's first day (newcomer walk 2026-12-03y, Y7, Y8): «как пригласить
            # учеников?», «как подключить классных руководителей?», «коды приглашений»
            r"|(?:(?:а|и|подскажите|скажите)[,\s]+)?(?:как|каким образом)\s+(?:мне\s+)?"
            r"(?:пригласить|подключить|добавить|позвать|зарегистрировать)\s+(?:в\s+бот\s+)?"
            r"(?:сво(?:их|его)\s+|наш(?:их|его)\s+)?(?:учени\w+|ребят|дет\w+|школьник\w+"
            r"|класс\w*|педагог\w*|учител\w+|классн\w+\s+руководител\w+|партн[её]р\w*|коллег\w*)"
            r"(?:\s+в\s+бот)?\??)$"
        ),
    ),
    (
        # «как назвать школу?», «название школы: МАОУ СОШ №7», «часовой пояс калининград»:
        # set where the bot is run, not in the chat (newcomer walk 2026-12-03y, Y6)
        CommandKind.SCHOOL_SETUP,
        re.compile(
            r"^(?:(?:а|и|подскажите|скажите)[,\s]+)?(?:(?:как|где)\s+(?:мне\s+)?"
            r"(?:назвать|переименовать|указать|задать|поменять|изменить|сменить|ввести|настроить)"
            r"\s+(?:название\s+|имя\s+)?(?:школ\w*|часовой\s+пояс|врем\w*\s+зон\w*)"
            r"|(?:название|имя)\s+(?:нашей\s+)?школы(?:\s*[:—–-]\s*.*|\s+.*)?"
            r"|(?:(?:наш|мой|установи(?:ть|те)?|поставь(?:те)?)\s+)?(?:часовой\s+пояс|врем\w*\s+зон\w*)"
            r"(?:\s*[:—–-]\s*.*|\s+.*)?"
            r"|какая\s+(?:это\s+)?школа)\??$"
        ),
    ),
    (
        CommandKind.YES,
        re.compile(
            r"^(?:(?:да|ага|угу|ок|ok|окей|хорошо)(?:[,\s]+(?:сохрани(?:ть|те)?|сохраняй(?:те)?"
            r"|вс[её] верно|верно|подтверждаю|перенести|отменить))?|\+"
            r"|сохрани(?:ть|те)?(?:\s+вс[её])?|сохраняй(?:те)?|подтверждаю"
            r"|обнови(?:ть|те)?\s+(?:прежнее|его|е[её])"  # the label of a resent event's card
            r"|верно|вс[её] верно|(?:👍|👌|✅)[\U0001F3FB-\U0001F3FF\uFE0F]?)$"
        ),
    ),
    (
        CommandKind.NO,
        re.compile(
            r"^(?:нет|не надо|не нужно|отмена|стоп|не сохраняй|не сохранять|удали черновик"
            r"|нет[,\s]+оставить)$"  # the last two: the buttons' labels typed as text
        ),
    ),
    (
        CommandKind.SAVE_COPY,
        re.compile(
            r"^(?:сохрани(?:ть|те)?|добав(?:ь|ьте|ить))\s+(?:(?:как|ещ[её])\s+)?"
            r"(?:новое|нов(?:ым|ое)\s+мероприятие\w*|отдельно|втор(?:ым|ое|ой)|копи[юя]"
            r"|одн[оу](?:\s+(?:занятие|встречу|мероприятие))?)$"
        ),
    ),
    (CommandKind.ALL_DAY, re.compile(r"^(?:весь день|целый день|на весь день)$")),
    (
        CommandKind.EVERYONE,  # «все желающие»: a post's «могут принять участие все желающие»
        re.compile(
            r"^(?:все|всем|все классы|для всех|вся школа|всей школе"
            r"|все желающие|всем желающим|для всех желающих)$"
        ),
    ),
    (
        CommandKind.UNDO,
        re.compile(
            r"^(?:верни(?:те)?(?:\s+(?:как было|обратно|назад))?|отмени(?:те)?\s+последнее"
            r"(?:\s+изменение)?|отмените последнее(?:\s+изменение)?|откати(?:ть|те)?)$"
        ),
    ),
    (
        CommandKind.FIX_LINE,
        re.compile(
            r"^(?:исправ(?:ь|ьте|ить)|измени(?:ть|те)?|поправ(?:ь|ьте|ить))\s+(?:строку\s+)?"
            r"№?(\d{1,3})\s*[:.,—-]?\s+(.+)$"
        ),
    ),
    (
        CommandKind.DROP_LINES,
        re.compile(
            r"^(?:(сохрани(?:ть|те)?\s+без)|убер(?:и|ите)|удали(?:те)?|вычеркни(?:те)?)"
            rf"\s+(?:строк[уи]\s+)?({_LINE}(?:\s*(?:,|и)\s*{_LINE})*)(?:\s+строк[уи])?$"
        ),
    ),
    (
        CommandKind.UPDATE_PLAN,
        re.compile(
            r"^(?:обнов(?:и|ите|ить)|замен(?:и|ите|ить))\s+(?:прежние|прежний план|старые"
            r"|сохран[её]нные|мероприятия|план)$"
        ),
    ),
    (
        CommandKind.CANCEL,
        re.compile(r"^отмени(?:ть|те)?(?:\s+(?:мероприятие|событие|его))?(?:\s+№?(\d{1,3}))?$"),
    ),
    (
        CommandKind.MOVE,
        re.compile(
            r"^перенес(?:и|ти|ите)(?:\s+(?:мероприятие|событие|его))?"
            r"(?:\s+№?(\d{1,3})(?=\s+на\s))?\s+(?:на\s+)?(.+)$"
        ),
    ),
    (
        CommandKind.SET_CLASS,
        re.compile(
            r"^(?:я\s+(?:(?:из|в|с)\s+)?|мой\s+класс\s*:?\s*|учусь\s+в\s+"
            # a class teacher: «я классный руководитель 7А», «я классная в 7а», «кл. рук. 7А»
            r"|(?:я\s+)?(?:классн\w+\s+руководител\w*|классн(?:ая|ый)|кл\.?\s*рук\w*\.?"
            r"|классрук\w*)\s*(?:в\s+|у\s+)?)"
            r"(\d{1,2}\s*-?\s*[а-я])(?:\s+класс\w*)?$"
        ),
    ),
    (
        # «я классный руководитель 9А и 9Б», «… 9», «… 9-11 классов»: not one class — the
        # teacher is told to name one (attack 2026-12-02s #6e), never a silent first class
        CommandKind.SET_CLASS,
        re.compile(
            r"^(?:я\s+)?(?:классн\w+\s+руководител\w*|кл\.?\s*рук\w*\.?|классрук\w*)"
            r"\s*(?:в\s+|у\s+)?(\d[\dа-я\s,\-–]{0,30}?)(?:\s+класс\w*)?$"
        ),
    ),
    (
        CommandKind.MINE,
        re.compile(
            # «покажи мои записи», «покажите мне мои мероприятия» (chat53's walk: the plan)
            r"^(?:(?:покажи(?:те)?|открой(?:те)?)\s+(?:мне\s+)?)?"
            r"(?:мои|наши)(?:\s+(?:мероприятия|события|записи))?$|^(?:мой\s+)?(?:план|список)$"
            # «куда я записан?», «на что я записалась?» (chat47: «О каком мероприятии?»)
            r"|^(?:куда|где|на\s+что|на\s+какие(?:\s+мероприятия)?)\s+(?:я\s+)?(?:уже\s+)?"
            r"(?:записан[аы]?|записал(?:ся|ась|и(?:сь)?)|записаны)(?:\s+я)?\s*\??$"
        ),
    ),
    (
        CommandKind.SIGNUP,
        # «запиши», «хочу записаться», «хочу пойти» alone: the same request (newcomer walk
        # 2026-12-04aj, AJ11: «не понял»)
        re.compile(
            r"^(?:записаться|запиши(?:те)?(?:\s+меня)?|записаться\s+на"
            r"|(?:я\s+)?(?:хочу|хотел[аи]?\s+бы)\s+(?:записаться|пойти|сходить))"
            r"(?:\s+№?(\d{1,3}))?$"
        ),
    ),
    (
        CommandKind.UNSIGN,
        re.compile(r"^(?:не пойду|отписаться|отменить запись|отмени запись)(?:\s+№?(\d{1,3}))?$"),
    ),
    (
        CommandKind.REMINDERS_OFF,
        # «не напоминай мне», «больше не напоминай», «не надо напоминать», «не присылай
        # напоминания», «мне не нужны напоминания», «выключи напоминания» (chat61: «не понял»)
        re.compile(
            r"^(?:(?:мне|больше|пожалуйста|и|вообще)\s+)*"
            r"(?:не\s+(?:напоминай(?:те)?|(?:надо|нужно)\s+(?:напоминать|напоминаний)"
            r"|нужны\s+напоминания|(?:присылай|отправляй|шли)(?:те)?\s+напоминани[яй])"
            r"|без\s+напоминаний|(?:отключи|выключи)(?:те|ть)?\s+напоминания)"
            r"(?:\s+(?:мне|больше|пожалуйста|вообще|совсем))*$"
        ),
    ),
    (  # walk r, #2: typed at a poll's comment step, these were stored as its comment
        CommandKind.STOP_MESSAGES,
        re.compile(
            r"^(?:(?:больше|пожалуйста|и|все|всё)\s+)*"
            r"(?:не\s+(?:пиши|присылай|отправляй)(?:те)?|перестань(?:те)?\s+(?:мне\s+)?"
            r"(?:писать|присылать)|хватит\s+(?:мне\s+)?(?:писать|присылать|спамить)"
            r"|не\s+спамь(?:те)?)"
            r"(?:\s+(?:мне|сюда|больше|ничего|пожалуйста|сообщения|сообщений|уведомления))*$"
        ),
    ),
    (CommandKind.REMINDERS_ON, re.compile(r"^(?:напоминай|включи(?:ть)? напоминания)$")),
    (
        CommandKind.REMINDER_TIMES,
        re.compile(
            r"^(?:(?:а|можно|пожалуйста)\s+)*"  # «можно напоминание за 2 часа?» (chat61)
            r"(?:напомина\w*|напомни(?:те)?)(\s+по\s+умолчанию)?\s*:?\s+(?:мне\s+)?"
            r"(за\s.+|(?:.*\s)?(?:накануне|утром|вечером|с\s+утра|в\s+(?:тот\s+же\s+)?день)"
            r"(?:\s.*)?)$"
        ),
    ),
    (
        CommandKind.DIGEST_OFF,
        re.compile(r"^(?:не присылать сводку|отключи(?:ть)? сводку|без сводки)$"),
    ),
    (CommandKind.DIGEST_ON, re.compile(r"^(?:присылать сводку|включи(?:ть)? сводку)$")),
    (
        CommandKind.INVITE,
        re.compile(
            r"^пригласи(?:ть|те)?\s+(партн[её]ра|педагога|сотрудника|учителя"
            r"|классного\s+руководителя|кл\.?\s*рука|классрука)(?:\s+(.+))?$"
        ),
    ),
    (
        CommandKind.CALENDAR_LINK,
        re.compile(
            r"^(?:(нов\w+)\s+)?(?:ссылк\w*|подписк\w*)\s+на\s+календар\w*$"
            r"|^календар\w*\s+по\s+ссылке$|^подписаться\s+на\s+календар\w*$"
        ),
    ),
    (CommandKind.CLASHES, re.compile(r"^(?:накладки|конфликты|пересечения|все накладки)$")),
    (
        CommandKind.CLASS_TEACHERS,
        re.compile(r"^(?:(?:все\s+)?классные\s+руководители|классруки|кл\.?\s*руководители)$"),
    ),
    (
        CommandKind.CITY_REPORT,
        re.compile(
            r"^(?:(?:итоги|отч[её]т|сводка|статистика|цифры|показатели)\s+(?:по\s+)?"
            r"(?:город[ау]?|всем\s+школам|всех\s+школ)|городск\w+\s+(?:итоги|отч[её]т|сводка))$"
        ),
    ),
)


# the invite words naming a class teacher, and the class that may open the rest
# («пригласить классного руководителя 8 Б Иванову Марию Петровну»: newcomer walk 2026-12-03x, X1)
_CLASS_TEACHER_WORD = re.compile(r"^(?:классного|кл\.?\s*рука|классрука)")
_LEADING_CLASS = re.compile(
    r"^(\d{1,2})\s*[-‐–]?\s*«?([а-яё])»?(?:\s+класса)?(?![а-яё\d])[\s,.:;—–-]*(.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _class_teacher_invite(typed: str) -> InviteCommand:
    """«пригласить классного руководителя 8Б [Иванову Марию Петровну]»: a teacher's invite
    for the class `typed` opens with (1–11), the rest is the teacher's name; without a
    class there, all of `typed` is the name, as for «пригласить педагога …»."""
    found = _LEADING_CLASS.match(typed)
    if found is None or not 1 <= int(found.group(1)) <= 11:
        return InviteCommand(Role.STAFF, person_name_nominative(typed))
    number, letter, rest = found.groups()
    name = person_name_nominative(rest.strip())  # «Орлову Ирину Павловну»: «Орлова Ирина …»
    return InviteCommand(Role.STAFF, name, f"{int(number)}{letter.upper()}")


# «запиши меня снова», «записаться обратно», «снова запиши», «верни запись»: the sign-up just
# cancelled taken again (Command.again; newcomer walk 2026-12-03ad, AD8)
_AGAIN = r"(?:снова|обратно|заново|опять|ещ[её]\s+раз)"
_SIGNUP_AGAIN = re.compile(
    rf"^(?:(?:запиши(?:те)?(?:\s+меня)?|записаться|запишусь)\s+{_AGAIN}"
    rf"|{_AGAIN}\s+(?:запиши(?:те)?(?:\s+меня)?|записаться|запишусь)"
    r"|верни(?:те)?\s+(?:мне\s+|мою\s+)*запись)$"
)


# «запиши» alone: a sign-up under a list, but under an open card it may as well mean «write
# the card down» — there it is no sign-up (the card says how to save it)
_BARE_RECORD = re.compile(r"^запиши(?:те)?$")


def bare_record(text: str) -> bool:
    """Whether `text` is «запиши» (or «запишите») alone, naming neither whom nor what."""
    return _BARE_RECORD.match(without_closing_marks(normalize(text).strip())) is not None


def parse_command(text: str) -> AnyCommand | None:
    """The command a short message is, or None for anything else."""
    line = without_closing_marks(normalize(text).strip())
    if len(line) > 80 or "\n" in line:
        return None
    line = _LISTED_ORDINAL.sub(_ordinal_as_number, line, count=1)
    if _SIGNUP_AGAIN.match(line.rstrip(" !.?")):
        return Command(CommandKind.SIGNUP, again=True)
    found = _matched(line, text)
    if found is None and line.endswith("?"):  # «мои мероприятия?», «помощь?»
        asked = _matched(line.rstrip(" ?"), text)
        if isinstance(asked, Command) and asked.kind in _ASKABLE:
            return asked
    return found


# the commands that only show something, so a «?» after one asks for it («мои
# мероприятия?», «коды приглашений?»); a «?» after one that changes something («верни?»,
# «отмени?», «да?») is a question about it, not the act, and «накладки?» may ask about the
# open card (bot.core.language.understand decides; newcomer walk 57)
_ASKABLE = frozenset(
    {
        CommandKind.HELP,
        CommandKind.JOIN,
        CommandKind.SCHOOL_SETUP,
        CommandKind.MINE,
        CommandKind.CLASS_TEACHERS,
        CommandKind.INVITE_CODES,
        CommandKind.STUCK_PARTS,
    }
)


# «отмени вторую», «перенеси первое на 18 декабря»: a listed event
# by its ordinal (the first ten, any gender, nominative or accusative) where the command takes
# its number; only alone or before «на»: «отмени первое занятие кружка» names a title
_LISTED_ORDINAL = re.compile(
    r"^((?:отмени(?:ть|те)?|перенес(?:и|ти|ите))\s+)"
    rf"((?:{_LINE_ORDINAL})(?:ое|ую|ой|ый|ий|ье|ью|ья|ая))(?=$|\s+на\s)"
)


def _ordinal_as_number(match: re.Match[str]) -> str:
    """`_LISTED_ORDINAL`'s command with its ordinal in digits («отмени вторую» -> «отмени 2»)."""
    value = ordinal_value(match.group(2))
    return match.group(0) if value is None else f"{match.group(1)}{value}"


def _line_numbers(listed: str) -> tuple[int, ...]:
    """The plan's line numbers `listed` names, in digits or as ordinals («2, 3», «вторую и
    третью», «2-ю»), each once, in order."""
    found: list[int] = []
    for item in re.findall(r"\d+|[а-яё]+", listed):
        if item.isdigit():
            found.append(int(item))
        elif item != "и" and (value := ordinal_value(item)) is not None:
            found.append(value)
    return tuple(dict.fromkeys(found))


def _matched(line: str, text: str) -> AnyCommand | None:
    """The command `line` (`text` normalised, its closing marks dropped) matches, or None."""
    for kind, pattern in _PATTERNS:
        match = pattern.match(line)
        if match is None:
            continue
        groups = [g for g in match.groups() if g is not None]
        if kind is CommandKind.MOVE:
            number = int(match.group(1)) if match.group(1) else None
            if number is not None:
                return MoveCommand(match.group(2), number)
            reference, when = _named_move(match.group(2))
            return MoveCommand(when, reference=reference)
        if kind is CommandKind.FIX_LINE:
            original = text.strip()[match.start(2) : match.end(2)] or match.group(2)
            return FixLineCommand(int(match.group(1)), original.strip())
        if kind is CommandKind.DROP_LINES:
            numbers = _line_numbers(match.group(2))
            return DropLinesCommand(numbers, save=bool(match.group(1)))
        if kind is CommandKind.INVITE:
            role = Role.PARTNER if groups[0].startswith("партн") else Role.STAFF
            name = match.group(2) or ""
            typed = text.strip()[len(line) - len(name) :] if name else ""
            if role is Role.PARTNER or not _CLASS_TEACHER_WORD.match(groups[0]):
                return InviteCommand(role, typed)
            return _class_teacher_invite(typed)
        if kind is CommandKind.CALENDAR_LINK:
            return CalendarLinkCommand(renew=bool(match.group(1)))
        if kind is CommandKind.WITHDRAW_CODE:
            return WithdrawCodeCommand(match.group(1).upper())
        if kind is CommandKind.REMINDER_TIMES:
            times = parse_reminder_times(match.group(2))
            if times is None:
                return ReminderTimesCommand(None, bool(match.group(1)))
            return ReminderTimesCommand(tuple(times[0]), bool(match.group(1)), times[1])
        if kind is CommandKind.SET_CLASS:
            if _ONE_CLASS.fullmatch(groups[0]) is None:
                return SetClassCommand("", written=groups[0])
            return SetClassCommand(re.sub(r"[\s-]", "", groups[0]).upper())
        number = int(groups[0]) if groups and groups[0].isdigit() else None
        return Command(kind, number)
    return None


_MOVE_TO = re.compile(r"\s+на\s+")
_ONE_CLASS = re.compile(r"\d{1,2}\s*-?\s*[а-я]")  # «9Б», «9 б», «9-б»: one class


def _named_move(rest: str) -> tuple[str, str]:
    """(the event's title words, the new day and time) of what follows «перенеси»:
    "концерт хора на 30 декабря" -> ("концерт хора", "30 декабря"); ("", rest) when the
    words before «на» name no title ("завтра на 15:00", "16:00")."""
    parts = _MOVE_TO.split(rest, maxsplit=1)
    if len(parts) == 2 and reference_lemmas(parts[0]):
        return parts[0].strip(), parts[1].strip()
    return "", rest
