"""The lines of a pasted plan that are not events: what the author is shown as skipped
(typos, a line without its date), headings («План мероприятий на декабрь», «Расписание:»)
left out."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.language.morphology import parses
from bot.core.language.plan_context import lends_facts
from bot.core.language.plan_notices import is_notice_line
from bot.core.language.plan_rows import day_header, with_day_headers
from bot.core.language.title_heading import has_finite_verb
from bot.core.models import EventIntent


def skipped_lines(text: str, parsed: int, now: datetime) -> tuple[str, ...]:
    """Lines of a pasted plan that are not events (typos, a line without its date), to show
    the author; headings («План мероприятий на декабрь», «Расписание:») are left out."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = with_day_headers(lines)  # as parse_many reads them: each row with its header's day
    if len(lines) <= parsed:
        return ()
    signed = signature(text)
    return tuple(
        line
        for i, line in enumerate(lines)
        if not is_heading(line)
        and not is_letter_words(line)  # «Добрый день, коллеги!», «Ждём ваших ребят!»
        and line not in signed  # «Педагог-организатор станции юннатов»: who sends the plan
        and day_header(line) is None  # «Пятница, 18 декабря» heads the rows under it
        and (
            is_notice_line(line) or not lends_facts(line, now, first=i == 0)
        )  # its audience, place or deadline is read
        and (is_notice_line(line) or not isinstance(parse_message(line, now), EventIntent))
    )


_HEADING_NOUNS = frozenset(
    {"план", "график", "расписание", "перечень", "программа", "список", "календарь"}
)
_HEADING_START = re.compile(r"^[\W\d_]*([а-яё]+)", re.IGNORECASE)


def is_heading(line: str) -> bool:
    """A plan's heading rather than an event line: it ends with a colon, or opens with a
    noun naming a plan or list (план, график, расписание, перечень, программа, список,
    календарь — any case form: «Плана», «ГРАФИК»), or with «Мероприятия» followed by «на»/
    «для» («Мероприятия на вторую четверть»)."""
    if line.rstrip().endswith(":"):
        return True
    first = _HEADING_START.match(line)
    if first is None:
        return False
    lemmas = {p.normal_form for p in parses(first.group(1))}
    if lemmas & _HEADING_NOUNS:
        return True
    rest = line[first.end() :].split()
    return "мероприятие" in lemmas and bool(rest) and rest[0].lower() in ("на", "для")


# a letter's greeting or closing words alone on their line: «Уважаемые коллеги!», «Добрый
# день!», «Просим подтвердить участие!», «Ждём ваших ребят!», «Будем рады видеть вас!»
_LETTER_WORDS = re.compile(
    r"(?i)^(?:(?:уважаем\w*|дорог(?:ие|ой|ая)|добр(?:ый|ое|ого)\s+(?:день|утро|вечер|дня|утра)"
    r"|здравствуй\w*|привет\w*|коллеги)(?![а-яё])[^.!?\d]*"
    r"|(?:просим|просьба|ждём|ждем|будем\s+рады|с\s+нетерпением)[^.!?\d]*)[.!?)]*$"
)
_LETTER_WORDS_MAX = 6  # words: a longer line says more than a greeting or a closing


def is_letter_words(line: str) -> bool:
    """Whether a pasted line is only a letter's greeting or closing words («Уважаемые
    коллеги!», «Просим подтвердить участие!», «Ждём ваших ребят!»): nothing to fix, never
    listed as a line not understood (newcomer walk 2026-12-04ag, AG10)."""
    written = " ".join(line.split())
    return len(written.split()) <= _LETTER_WORDS_MAX and _LETTER_WORDS.match(written) is not None


# a letter's closing words opening its signature («С уважением, …», «Всего доброго»)
_SIGN_OFF = re.compile(r"(?i)^(?:с\s+уважением|всего\s+(?:доброго|хорошего)|спасибо)")
_MAX_SIGNATURE_LINES = 3


def signature(text: str) -> frozenset[str]:
    """The lines of a message's signature: its last paragraph (after a blank line) of at most
    three short lines that name no day and hold no finite verb («Педагог-организатор станции
    юннатов», «Зоопарк, отдел просвещения»), or that opens with «С уважением»; who sends the
    plan, never a line the author should be told was not understood (walk v, F3)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) < 2:
        return frozenset()
    last = [line.strip() for line in paragraphs[-1].splitlines() if line.strip()]
    if len(last) > _MAX_SIGNATURE_LINES or any(len(line) > 100 for line in last):
        return frozenset()
    if _SIGN_OFF.match(last[0]) or not any(
        has_finite_verb(line) or re.search(r"\d{1,2}[.:]\d{2}|\d{1,2}\s+[а-я]{3,}", line)
        for line in last
    ):
        return frozenset(last)
    return frozenset()
