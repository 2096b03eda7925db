"""A reply on an open event card that names only classes (newcomer walk 2026-12-04ag, AG2:
«6А, 6Б», «для 7А», «5–9 классы», «для 9 классов», «и для 6А тоже», «7Б тоже», «ещё 8А»,
«плюс 9А» were answered «не понял — карточка не изменилась», though the card's «✏️ Классы»
takes the same words).

Russian chat corrects a card's classes with the classes alone, as a short phrase: «для 7А»
(the classes instead of the card's), or adds one with a word of addition — «и», «ещё»,
«плюс», «также», «тоже» (the classes joined to the card's). A question («а для 9Б есть?»)
or any other word («для 7А в спортзале») is not such a reply.

Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.audience import extract_audience
from bot.core.language.tokens import Scanner, normalize

MAX_CLASSES_REPLY = 60  # characters: a longer text is a message of its own

# words of addition before the classes: «и для 6А», «ещё 8А», «плюс 9А», «а также 10Б»
_ADDING_FIRST = re.compile(r"^(?:(?:и|а|ещ[её]|плюс|также|а\s+также|\+)(?![а-яё])[\s,]*)+")
# and after them: «7Б тоже», «8А ещё», «9А также»
_ADDING_LAST = re.compile(r"[\s,]+(?:тоже|ещ[её]|также)$")
_FOR = re.compile(r"^(?:для|у)\s+")
# what may stay beside the classes once they are read: separators and the class noun's forms
_LEFT_OVER = re.compile(r"^(?:[\s,;.!]|и(?![а-яё])|класс\w*|параллел\w*|-?[хе](?![а-яё]))*$")


@dataclass(frozen=True, slots=True)
class CardClasses:
    """The classes a card reply names, as written (`value`, for the ✏️ Классы edit), and
    whether they are added to the card's own (`adds`) rather than put instead of them."""

    value: str
    adds: bool


def card_classes(text: str) -> CardClasses | None:
    """The classes of a reply that names nothing else («для 7А» -> ("7А", False), «и для 6А
    тоже» -> ("6А", True)); None for a question, a longer text, a text with other words or
    one naming no class."""
    written = " ".join(text.split()).strip(" .!")
    if not written or len(written) > MAX_CLASSES_REPLY or "?" in written:
        return None
    line = normalize(written)
    if len(line) != len(written):
        return None
    adds = False
    first = _ADDING_FIRST.match(line)
    if first is not None:
        line, adds = line[first.end() :], True
    last = _ADDING_LAST.search(line)
    if last is not None:
        line, adds = line[: last.start()], True
    line = _FOR.sub("", line.strip(" ,"))
    first = _ADDING_FIRST.match(line)  # «для ещё 8А» is rare, «ещё для 8А» is read above
    if first is not None:
        line, adds = line[first.end() :], True
    scanner = Scanner(line)
    audience = extract_audience(scanner)
    if audience.is_everyone or audience.staff or audience.parents:
        return None
    if not _LEFT_OVER.match(scanner.remainder()):
        return None
    return CardClasses(line.strip(" ,"), adds)
