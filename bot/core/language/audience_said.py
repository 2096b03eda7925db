"""Whom a saved event is for, said of it in a sentence (chat78; chat77 left it): «это
мероприятие для родителей», «это для 9-х классов», «мероприятие только для учителей», «для
родителей 9А» — the event last looked at gets a new audience, as «поменяй классы на …»
gives it (bot.core.language.edit_phrases makes the EditCommand, bot.core.language.answers
.edit reads the value).

A sentence is read only when everything after «для» names people an event may be for —
the parents, the staff, grades or classes — so that «для 9А что на неделе?» (a question)
and «для родителей и учеников» (students too: no change of a kind) are not. The parents
beside classes («для родителей 9А»), or alone — the parents of the event's own classes —
make the audience the parents' (Audience.parents, as a «родительское собрание» is). Pure.
"""

from __future__ import annotations

import re

from bot.core.language.audience import parents_meeting
from bot.core.language.tokens import normalize

# «это мероприятие для …», «это для …», «оно теперь только для …», «для …»
_FOR_WHOM = re.compile(
    r"^(?:(?:это|оно|она|он)\s+)?(?:(?:мероприятие|событие)\s+)?"
    r"(?:(?:теперь|будет|вообще|вообще-то|на\s+самом\s+деле)\s+)?(?:только\s+)?"
    r"для\s+(?:всех\s+)?(?P<value>[^?!:]+?)[\s.!]*$"
)
# the words of a value naming people an event is for (grades and letters are digits and
# single letters, which no word below has to cover)
_AUDIENCE_WORD = re.compile(
    r"^(?:родител|учител|педагог|класс|параллел|сотрудник|руководител|кл$|и$"
    r"|перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат)"
)
_WORD = re.compile(r"[а-яё]{2,}")
_PARENTS = re.compile(r"(?<![а-яё])родител[а-яё]*")


def audience_said(text: str) -> str | None:
    """The people `text` says the event is for (the words after «для», as written, e.g.
    "родителей", "9-х классов", "учителей") when it is such a sentence (module docstring);
    None otherwise."""
    written = " ".join(text.split())
    line = normalize(written)
    if len(line) != len(written):
        return None
    found = _FOR_WHOM.match(line)
    if found is None:
        return None
    value = found.group("value")
    if not all(_AUDIENCE_WORD.match(word) for word in _WORD.findall(value)):
        return None
    if _PARENTS.search(value) and not names_parents(value):
        return None  # «для родителей и учеников»: the students come too
    return written[found.start("value") : found.end("value")]


# «Лекция для родителей», «экскурсия теперь только для 9-х классов»: the event's title words
# (one to four words, no digit: a day or a time makes it a new event's post) before «для»
_TITLED = re.compile(
    r"^(?P<title>[а-яё][а-яё«»\"-]*(?:\s+[а-яё«»\"-]+){0,3}?)\s+"
    r"(?:(?:теперь|будет)\s+)?(?:только\s+)?(?P<rest>для\s+.+)$"
)
_NOT_TITLE = frozenset({"это", "оно", "она", "он", "мероприятие", "событие", "а", "и", "что"})


def titled_audience_said(text: str) -> tuple[str, str] | None:
    """(the title words, the people) of a sentence naming a saved event by its title and
    whom it is for — «Лекция для родителей» -> ("Лекция", "родителей") —, read as
    audience_said reads its «для …»; None for anything else: a pronoun or «мероприятие»
    first (audience_said's own), a digit anywhere (a new event's day or time), a question."""
    written = " ".join(text.split())
    line = normalize(written)
    if len(line) != len(written) or any(ch.isdigit() for ch in line.split("для", 1)[0]):
        return None
    found = _TITLED.match(line)
    if found is None or found.group("title").split()[0] in _NOT_TITLE:
        return None
    said = audience_said(written[found.start("rest") :])
    if said is None:
        return None
    return written[found.start("title") : found.end("title")], said


def names_parents(value: str) -> bool:
    """Whether an audience value («родителей», «родители 9А», «9А, родители») names the
    pupils' parents as the ones the event is for — not with their children («родителей и
    детей»: audience.parents_meeting's rule, read with the parents first)."""
    low = " ".join(value.lower().split())
    return bool(_PARENTS.search(low)) and parents_meeting(f"для родителей {without_parents(low)}")


def without_parents(value: str) -> str:
    """`value` without its word for the parents («родители 9А» → «9А»), to read the classes
    named beside them."""
    return " ".join(_PARENTS.sub(" ", value).replace(" ,", ",").split()).strip(" ,")
