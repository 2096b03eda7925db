"""A cancel or move mark written into an event's title (newcomer walk 2026-12-01k, #7):
«Викторина (ОТМЕНЕНО)», «Викторина ОТМЕНЕНА», «ОТМЕНА: Турнир», «Квиз — перенесено на
22.12». A plan's writer marks a row so, apart from the title's words, instead of deleting
it; such a row is never saved as a live event (a plan file refuses it as a status column
saying «отменено» is, a pasted plan leaves the line out and names it as cancelled).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# the word forms that mark a title cancelled or moved (the same as a plan file's notes:
# locales/ru/export/labels.json, import.cancelled_said, cancelled_marks, moved_words)
CANCELLED = (
    "отменено",
    "отменена",
    "отменен",
    "отменён",
    "отменены",
    "отменяется",
    "отменяются",
    "отменили",
    "отменим",
    "отмена",
)
MOVED = (
    "перенос",
    "переносится",
    "переносятся",
    "переносим",
    "перенесено",
    "перенесена",
    "перенесен",
    "перенесён",
    "перенесены",
    "перенесли",
    "перенесём",
    "перенесем",
)
_WORD = re.compile(r"[а-яёa-z]+")


@dataclass(frozen=True, slots=True)
class TitleMark:
    """A cancel or move mark written in a row's title cell (newcomer walk 2026-12-01k, #7):
    `cancelled` or not (moved), the `title` without it, and the `mark` as written (a plan
    file reads a move mark as a note: bot.exports.row_notes.with_moved_note)."""

    cancelled: bool
    title: str
    mark: str


_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_TRAILING = re.compile(r"[\s,.:;!—–-]+([а-яё]+)(?![а-яё])", re.IGNORECASE)
_QUOTES = re.compile(r"[«»\"“”„]")
_APART = re.compile(r"\s*[,;—–(]")
_LEADING = re.compile(r"^\s*([а-яё]+)\s*[:!—–-]+\s*", re.IGNORECASE)
_TARGET_OPEN = re.compile(r"^\s*(?:на|с|со)\s", re.IGNORECASE)
_TITLE_SEPARATORS = " \t,.:;!—–-"


def title_mark(
    title: str, cancelled: Sequence[str] = CANCELLED, moved: Sequence[str] = MOVED
) -> TitleMark | None:
    """The cancel or move mark of a title cell, None when it has none. Writers of a plan
    mark a row cancelled or moved in its title as they would in a note, and always apart
    from the title's words: in brackets («Викторина (ОТМЕНЕНО)», «Квиз [перенесено на
    22.12]»), as its last words after the title («Викторина ОТМЕНЕНА», «Квиз — перенесено на
    22.12») or as its first word before a colon or a dash («ОТМЕНЕНО: Викторина»). The
    words are whole word forms (`cancelled`, `moved`: lower case; a plan file passes its
    locale's, bot.exports.row_notes.title_mark), never negated («Турнир не отменяется»),
    never inside quotes («Лекция «Как перенесли столицу»» is a title), and a trailing move
    mark is a mark only when nothing or a day («на 22.12», «с 14.12») follows it."""
    for part in _BRACKETED.finditer(title):
        words = _WORD.findall(part.group(1).casefold())
        kind = _mark_kind(words, cancelled, moved)
        if kind is not None:
            rest = title[: part.start()] + " " + title[part.end() :]
            return TitleMark(kind, _clean_title(rest), part.group(1).strip())
    for trailing in _TRAILING.finditer(title):
        word, rest = trailing.group(1).casefold(), title[trailing.end() :]
        before = _WORD.findall(title[: trailing.start()].casefold())
        if not before or before[-1] == "не" or _QUOTES.search(rest):
            continue
        if not _outside_quotes(title, trailing.start()):
            continue
        ends = not _WORD.search(rest.casefold()) or _APART.match(rest) is not None
        if (word in cancelled and ends) or (word in moved and (ends or _TARGET_OPEN.match(rest))):
            mark = title[trailing.start(1) :].strip()
            return TitleMark(word in cancelled, _clean_title(title[: trailing.start()]), mark)
    leading = _LEADING.match(title)
    if leading is not None and title[leading.end() :].strip():
        kind = _mark_kind([leading.group(1).casefold()], cancelled, moved)
        if kind is not None:
            return TitleMark(kind, _clean_title(title[leading.end() :]), leading.group(1))
    return None


def _mark_kind(words: Sequence[str], cancelled: Sequence[str], moved: Sequence[str]) -> bool | None:
    """True when the words say cancelled, False when moved, None when neither (or negated)."""
    if _said(words, cancelled):
        return True
    if _said(words, moved):
        return False
    return None


def _outside_quotes(text: str, at: int) -> bool:
    """Whether position `at` of `text` is outside «…» and "…" quotes."""
    before = text[:at]
    return before.count("«") <= before.count("»") and before.count('"') % 2 == 0


def _clean_title(text: str) -> str:
    """A title with a mark taken out: spaces joined, separators left at its ends dropped."""
    return " ".join(text.split()).strip(_TITLE_SEPARATORS)


def _said(words: Sequence[str], forms: Sequence[str]) -> bool:
    """Whether one of the words is one of `forms`, not right after «не»."""
    return any(word in forms and (i == 0 or words[i - 1] != "не") for i, word in enumerate(words))
