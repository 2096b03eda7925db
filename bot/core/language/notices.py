"""An announcement's notices: the formulas around an event that name no event.

Announcements state the conditions of attending and call for attention in set formulas —
"Вход свободный", "Регистрация обязательна", "Количество мест ограничено!", "Участие
бесплатное", "Внимание!", "Важная информация" — each a sentence of its own whose subject is
the entry, the sign-up, the places, the price or the reader's attention, never the event. So
a sentence or a comma clause that opens with such a subject and holds no kind of event
("Запись на мастер-класс" does: it names the event) and no quoted name is never a title, nor
a part of one. Used by the heading reader, the fallback title and the chat message's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.sentences import mark_before_ends
from bot.core.language.title_words import KIND

__all__ = ["is_notice", "without_attendance_terms", "without_notices"]

# the subject of a notice, opening its sentence (adjectives of the sign-up and entry allowed)
_NOTICE = re.compile(
    r"(?i)[\s\"«„“(*•–—-]*(?:внимание|вниманию\s+[а-яё]+|важно|важная\s+информация"
    r"|обратите\s+внимание|(?:(?:бесплатный|свободный|платный)\s+)?вход"
    r"|(?:(?:предварительная|обязательная)\s+)?(?:регистрация|запись)"
    r"|участие|(?:количество|число)\s+(?:мест|участников)|мест(?:а|о)?\s+(?:ограничен[а-яё]*|нет)"
    r"|свободных\s+мест|стоимость|цена|билеты|оплата|форма\s+одежды|дресс-код)(?![а-яё-])"
)
# an attention call opening a title, whatever follows it ("Внимание, конкурс!")
_CALL = re.compile(r"(?i)\s*(?:внимание|важно|обратите\s+внимание)\s*[,:!.]+\s*(?=\S)")
# a comma (or dash) clause of the terms of attending: «…, по предварительной записи», «… — по
# пригласительным билетам», «…, по регистрации.» — how one gets in, never the event's name;
# a clause of its own only (its comma or dash before it, its end after it), so «Концерт по
# заявкам радиослушателей» and «Экскурсия по записям дневника» keep their words
_ATTENDANCE_TERMS = re.compile(
    r"(?i)\s*[,;–—]\s*(?:(?:только|строго|вход)\s+)?по\s+"
    r"(?:(?:предварительн|обязательн|электронн|онлайн-?)[а-яё]*\s+)?"
    r"(?:записи|регистрации|заявк(?:ам|е)|пригласительн(?:ым|ому)(?:\s+билет(?:ам|у))?"
    r"|билет(?:ам|у)|приглашени(?:ям|ю))(?=\s*(?:[,;.!]|$))"
)
# a dash left dangling at a title's end once the clause after it went («Экскурсия «…» —»)
_DANGLING_DASH = re.compile(r"\s*[–—-]+\s*$")
# a letter's greeting ("Уважаемые родители", "Добрый день"), left when its notice goes
_GREETING = re.compile(
    r"(?i)\s*(?:уважаем|дорог|добр|здравствуй|привет|коллеги|друзья)[^.!?]*[.!?]*\s*"
)
# where a title's sentences and clauses part: an end mark, or a comma before a capital
_PARTS = compile_with_scan(r"(?<=[.!?])\s+|[.!?]+$|,\s+(?=[А-ЯЁ])")


def is_notice(sentence: str) -> bool:
    """Whether `sentence` (one sentence or clause, any end mark) is a notice: it opens with a
    notice's subject (see the module docstring) and names no kind of event and no quoted
    name. "Вход свободный!" and "Количество мест ограничено" are; "Запись на мастер-класс
    по лепке" and "Участие в акции «Ёлка желаний»" are not."""
    if _NOTICE.match(sentence) is None:
        return False
    return KIND.search(sentence) is None and "«" not in sentence and '"' not in sentence


def _parts(title: str) -> Iterator[re.Match[str]]:
    """The `_PARTS` marks of `title` that part it: the dot of «ул.», «им.» or an initial ends
    no sentence (sentences.mark_before_ends)."""
    for m in _PARTS.finditer(title):
        if not m.group(0)[0].isspace() or mark_before_ends(title, m.start()):
            yield m


def without_attendance_terms(title: str) -> str:
    """`title` without its clauses of the terms of attending (`_ATTENDANCE_TERMS`):
    "Экскурсия «Янтарный путь» —, по предварительной записи" -> "Экскурсия «Янтарный путь»"
    (newcomer77: a museum's plan line «Экскурсия «…» — 18 декабря в 12:00, 7–8 классы, по
    предварительной записи.»). Returned unchanged (the same object) when it holds none."""
    if _ATTENDANCE_TERMS.search(title) is None:
        return title
    rest = _ATTENDANCE_TERMS.sub("", title)
    rest = _DANGLING_DASH.sub("", rest.rstrip(" ,;"))
    return rest if rest.strip() else title


def without_notices(title: str) -> str:
    """`title` without its notice sentences and comma clauses ("Концерт хора, Количество мест
    ограничено" -> "Концерт хора"; "Регистрация обязательна. Мастер-класс" -> "Мастер-класс")
    and its clauses of the terms of attending (", по предварительной записи"); "" when it is
    notices only. Returned unchanged (the same object) when it holds none."""
    if (terms := without_attendance_terms(title)) is not title:
        return without_notices(terms)
    if (call := _CALL.match(title)) is not None:
        rest = without_notices(title[call.end() :])
        return rest[:1].upper() + rest[1:]
    if _NOTICE.match(title) is None and not any(
        _NOTICE.match(title, m.end()) for m in _parts(title)
    ):
        return title
    parts, pos = [], 0
    for m in _parts(title):
        parts.append((title[pos : m.start()], m.group(0)))
        pos = m.end()
    parts.append((title[pos:], ""))
    kept = [(text, sep) for text, sep in parts if text.strip() and not is_notice(text)]
    if len(kept) == len([p for p in parts if p[0].strip()]):
        return title
    if all(_GREETING.fullmatch(text) for text, _ in kept):
        return ""  # "Уважаемые родители! Внимание!": whom the notice addresses, no more
    out = "".join(text + (sep if i < len(kept) - 1 else "") for i, (text, sep) in enumerate(kept))
    out = out.strip(" ,;:–—-.")
    return out[:1].upper() + out[1:]
