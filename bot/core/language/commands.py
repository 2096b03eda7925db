"""Short chat commands: help, yes/no, cancel, move, "я из 9Б", "мои мероприятия"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.tokens import normalize


@dataclass(frozen=True, slots=True)
class Command:
    """A recognised command; `number` is a position in the last list ("отмени 2")."""

    kind: str
    number: int | None = None
    argument: str = ""


_CLEAN = re.compile(r"[!.…\s]+$")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("help", re.compile(r"^/?(?:начать|старт|start|помощь|help|меню|что ты умеешь\??|справка)$")),
    (
        "yes",
        re.compile(
            r"^(?:да|ага|ок|ok|окей|\+|сохрани(?:ть|те)?|сохраняй|подтверждаю|верно"
            r"|вс[её] верно|да,? сохрани(?:ть|те)?)$"
        ),
    ),
    ("no", re.compile(r"^(?:нет|не надо|не нужно|отмена|стоп|не сохраняй|удали черновик)$")),
    ("all_day", re.compile(r"^(?:весь день|целый день|на весь день)$")),
    ("everyone", re.compile(r"^(?:все|всем|все классы|для всех|вся школа|всей школе)$")),
    (
        "cancel",
        re.compile(r"^отмени(?:ть|те)?(?:\s+(?:мероприятие|событие|его))?(?:\s+№?(\d{1,3}))?$"),
    ),
    (
        "move",
        re.compile(
            r"^перенес(?:и|ти|ите)(?:\s+(?:мероприятие|событие|его))?"
            r"(?:\s+№?(\d{1,3})(?=\s+на\s))?\s+(?:на\s+)?(.+)$"
        ),
    ),
    (
        "set_class",
        re.compile(
            r"^(?:я\s+(?:из|в)\s+|мой\s+класс\s*:?\s*|учусь\s+в\s+)"
            r"(\d{1,2}\s*-?\s*[а-я])(?:\s+класс\w*)?$"
        ),
    ),
    (
        "mine",
        re.compile(
            r"^(?:мои|наши)(?:\s+(?:мероприятия|события|записи))?$|^(?:мой\s+)?(?:план|список)$"
        ),
    ),
    (
        "signup",
        re.compile(r"^(?:записаться|запиши(?:те)?\s+меня|записаться\s+на)(?:\s+№?(\d{1,3}))?$"),
    ),
    (
        "unsign",
        re.compile(r"^(?:не пойду|отписаться|отменить запись|отмени запись)(?:\s+№?(\d{1,3}))?$"),
    ),
    ("reminders_off", re.compile(r"^(?:не напоминай|без напоминаний|отключи(?:ть)? напоминания)$")),
    ("reminders_on", re.compile(r"^(?:напоминай|включи(?:ть)? напоминания)$")),
    (
        "reminder_times",
        re.compile(r"^(?:напомина\w*|напомни(?:те)?)(\s+по\s+умолчанию)?\s*:?\s+(за\s.+)$"),
    ),
    ("digest_off", re.compile(r"^(?:не присылать сводку|отключи(?:ть)? сводку|без сводки)$")),
    ("digest_on", re.compile(r"^(?:присылать сводку|включи(?:ть)? сводку)$")),
    (
        "invite",
        re.compile(r"^пригласи(?:ть|те)?\s+(партн[её]ра|педагога|сотрудника|учителя)(?:\s+(.+))?$"),
    ),
    (
        "calendar_link",
        re.compile(
            r"^(?:(нов\w+)\s+)?(?:ссылк\w*|подписк\w*)\s+на\s+календар\w*$"
            r"|^календар\w*\s+по\s+ссылке$|^подписаться\s+на\s+календар\w*$"
        ),
    ),
    ("clashes", re.compile(r"^(?:накладки|конфликты|пересечения|все накладки)$")),
)


def parse_command(text: str) -> Command | None:
    """The command a short message is, or None for anything else."""
    line = _CLEAN.sub("", normalize(text).strip())
    if len(line) > 80 or "\n" in line:
        return None
    for kind, pattern in _PATTERNS:
        match = pattern.match(line)
        if match is None:
            continue
        groups = [g for g in match.groups() if g is not None]
        if kind == "move":
            number = int(match.group(1)) if match.group(1) else None
            return Command(kind, number, match.group(2))
        if kind == "invite":
            who = "partner" if groups[0].startswith("партн") else "staff"
            name = match.group(2) or ""
            return Command(
                kind, argument=f"{who}:{text.strip()[len(line) - len(name) :] if name else ''}"
            )
        if kind == "calendar_link":
            return Command(kind, argument="renew" if match.group(1) else "")
        if kind == "reminder_times":
            scope = "default" if match.group(1) else "own"
            return Command(kind, argument=f"{scope}:{match.group(2)}")
        if kind == "set_class":
            return Command(kind, argument=re.sub(r"[\s-]", "", groups[0]).upper())
        number = int(groups[0]) if groups and groups[0].isdigit() else None
        return Command(kind, number)
    return None
