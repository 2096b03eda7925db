"""A saved event's place, classes or title changed in words (newcomer walk 2026-12-01e, #11).

The forms read, each naming the field, the new value and maybe the event (a list number, its
title words, or nothing / a pronoun: the event last looked at):

- a labelled value: «место: ауд. 204», «классы: 9А, 9Б», «название: Лекция о космосе»;
- a changing verb with the field: «измени место у дня открытых дверей: ауд. 310», «поменяй
  аудиторию на 310 для 1», «поменяй классы на 9А, 9Б», «смени название на …»;
- a moving verb with «в» and a place: «перенеси лекцию в актовый зал», «перенеси 1 в ауд.
  310» — only when what follows «в» names no day or time («перенеси лекцию в пятницу», «в
  17:00» stay moves: the caller checks with bot.core.language.when);
- a naming verb: «назови её «Лекция о космосе»», «переименуй 1 в «…»»;
- a labelled value with a list number: «место 2: ауд. 204» (walk 2026-12-02t, #12);
- a labelled value with the event named, maybe called wrong: «место у квеста: …», «в квесте
  место неправильное, должно быть: …», «неверное место у лекции, правильно — ауд. 5»
  (newcomer walk 2026-12-03y, Y2);
- classes narrowed: «на день открытых дверей только 10-11 классы, девятые не нужно»;
- classes added: «добавьте 10 классы», «добавь к 2 ещё 9А»;
- whom the event is for, of the event last looked at: «это мероприятие для родителей», «для
  9-х классов», «только для учителей» (bot.core.language.audience_said; chat78);
- the verb alone with the event: «изменить 1», «отредактировать 1», «редактировать лекцию»
  (no field: the bot asks which, with buttons);
- the age range (kept with the classes, AUDIENCE, its value read by bot.core.language
  .age_replies): «возраст 12+», «возраст: 7–10 лет», «без возраста», «убери возраст»,
  naming the event before a colon or «на»: «возраст турнира: 12+», «возраст у 2 — до 17
  лет», «измени возраст турнира на 12+» (newcomer walk 2026-12-02v, F2).

The new value is kept as written (case and punctuation), trimmed of closing punctuation.
Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from bot.core.dialog import EditableField
from bot.core.language.age_replies import age_reply
from bot.core.language.audience_said import audience_said, titled_audience_said
from bot.core.language.commands import CommandKind
from bot.core.language.title_words import is_kind_word
from bot.core.language.tokens import normalize

MAX_EDIT_LENGTH = 160  # characters: a longer text is a post or a new event


@dataclass(frozen=True, slots=True)
class EditCommand:
    """A change of one field of a saved event.

    `field` is None when only the event was named («изменить 1»: which field is asked);
    `value` the new value as written ("" then); the event is `number` in the last list,
    `event_id` (resolved, or a button's), or `reference` (its title words, looked up);
    none of them: the event last looked at (`event_id` then set from it, and
    `last_looked_at` True: when that event is no longer live, the person is asked which).
    `adds`: the classes of `value` are added to the event's, not put in their place.
    `said_for`: `value` is the people a sentence said the event is «для …» («это
    мероприятие для 9-х классов»: "9-х классов"), not an answer to «✏️ Классы»; classes
    said so are the students themselves (answers.edit; chat80, chat82)."""

    field: EditableField | None
    value: str = ""
    number: int | None = None
    event_id: int | None = None
    reference: str = ""
    last_looked_at: bool = False
    adds: bool = False  # «добавьте 10 классы»: the classes join the event's (AUDIENCE only)
    # read from a title and «для …» alone («Лекция для родителей»): when none of the person's
    # events has that title it is not understood, as before (it may open a new event's post)
    tentative: bool = False
    said_for: bool = False  # «это мероприятие для …»: whom it is for, said (AUDIENCE only)
    kind: ClassVar[CommandKind] = CommandKind.EDIT


_FIELD_NOUNS: tuple[tuple[EditableField, str], ...] = (
    (EditableField.VENUE, r"мест[оа](?:\s+проведения)?|аудитори[юяи]|кабинет|зал|адрес"),
    (EditableField.AUDIENCE, r"класс[ыа]?|участник(?:ов|и)"),
    (EditableField.TITLE, r"названи[ея]|заголов[оа]к|тем[ау]"),
)
_ANY_FIELD = "|".join(f"(?P<{f.value}>{nouns})" for f, nouns in _FIELD_NOUNS)
_CHANGE_VERB = (
    r"(?:измени(?:ть|те)?|поменя(?:й|йте|ть|ем)|смени(?:ть|те)?|исправь(?:те)?|исправить"
    r"|замени(?:ть|те)?)"
)
_PRONOUN = r"(?:е[её]|его|это|мероприятие|событие)"
_NUMBER = r"№?\s*(?P<number>\d{1,3})"

# «место: ауд. 204»; with a list number «место 2: …», «классы у 3: 9А» (walk 2026-12-02t, #12)
_LABELLED = re.compile(
    rf"^(?:{_ANY_FIELD})(?:\s+(?:у\s+|для\s+)?{_NUMBER})?\s*(?::|—|–|\s-\s)\s*(?P<value>.+)$"
)
# «место у квеста: НИС «Витязь»», «в квесте место неправильное, должно быть: …», «у лекции
# неверное место, правильно — ауд. 5»: the field named with its event, maybe called wrong,
# then the right value after a colon or a dash (newcomer walk 2026-12-03y, Y2)
_WRONG = (
    r"(?:\s+(?:неправильн\w*|неверн\w*|ошибочн\w*|не\s+т(?:о|от|а|е)|указан\w*\s+неверно"
    r"|указан\w*\s+неправильно|с\s+ошибкой))?"
)
_RIGHT = (
    r"(?:\s*[,.;]?\s*(?:(?:а\s+)?(?:должн\w+\s+быть|правильн\w*|верн\w*|надо|нужно"
    r"|на\s+самом\s+деле|будет)))?"
)
_RIGHT_SAID = (  # «… должно быть НИС «Витязь»»: the right value without a colon
    r"\s*[,.;]?\s*(?:а\s+)?(?:должн\w+\s+быть|правильн\w*|на\s+самом\s+деле)"
)
_SEP = rf"(?:{_RIGHT}\s*(?::|—|–|\s-\s)|{_RIGHT_SAID}\s)"
_OWNER_FIRST = re.compile(
    rf"^(?:у|для|в|во)\s+(?P<ref>[^:—–]+?){_WRONG}\s+(?:{_ANY_FIELD})(?![а-я]){_WRONG}{_SEP}"
    r"\s*(?P<value>.+)$"
)
_FIELD_FIRST = re.compile(
    rf"^(?:{_ANY_FIELD})(?![а-я])\s+(?:у|для|в|во)\s+(?P<ref>[^:—–]+?){_WRONG}{_SEP}"
    r"\s*(?P<value>.+)$"
)
_WRONG_FIRST = re.compile(  # «неправильное место у квеста, должно быть: …»
    rf"^(?:неправильн\w*|неверн\w*|ошибочн\w*|не\s+т(?:о|от|а|е))\s+(?:{_ANY_FIELD})(?![а-я])"
    rf"\s+(?:у|для|в|во)\s+(?P<ref>[^:—–]+?){_SEP}\s*(?P<value>.+)$"
)

# «на день открытых дверей только 10-11 классы, девятые не нужно», «для 2 только 9А»: the
# classes narrowed (walk 2026-12-02t, #12); what follows the grades («девятые не нужно», «без
# девятых») only repeats who is left out
_GRADES = (
    r"(?:1[01]|[1-9])(?:\s*[-–]?\s*[а-я](?![а-я]))?(?:\s*[-–]\s*(?:1[01]|[1-9]))?"
    r"(?:\s*(?:,|и)\s*(?:1[01]|[1-9])(?:\s*[-–]?\s*[а-я](?![а-я]))?(?:\s*[-–]\s*(?:1[01]|[1-9]))?)*"
    r"(?:\s+класс\w*)?"
)
_ONLY_CLASSES = re.compile(
    rf"^(?:(?:на|для|у|по)\s+(?:{_NUMBER}|{_PRONOUN}|(?P<ref>.+?))\s*[,:—–-]?\s+)?"
    rf"(?:(?:пусть|будут|будет|идут|пойдут)\s+)?только\s+(?P<value>{_GRADES})"
    r"(?:\s*[,;.—–-]?\s*(?:а\s+)?(?:\S+\s+не\s+(?:нужн\w*|над\w*|ид\w*)|без\s+\S+)"
    r"(?:\s+класс\w*)?)?$"
)
_CHANGE = re.compile(rf"^{_CHANGE_VERB}\s+(?:{_ANY_FIELD})(?![а-я])(?P<rest>.*)$")
# the rest after «измени место»: «у лекции: ауд. 310», «на 310 для 1», «лекции на 310»
_OWNER_WORD = re.compile(r"^(?:у|для|в|во)\s+")
_TAIL_OWNER = re.compile(r"\s+(?:у|для)\s+(?P<owner>[^\s].*)$")
_MOVE_PLACE = re.compile(
    rf"^перенес(?:и|ите|ти)(?:\s+(?:{_NUMBER}|{_PRONOUN}|(?P<ref>.+?)))?\s+(?:в|во)\s+"
    r"(?P<value>.+)$"
)
_RENAME = re.compile(
    rf"^(?:назови(?:те)?|переименуй(?:те)?|переименовать)(?:\s+(?:{_NUMBER}|{_PRONOUN}"
    r"|(?P<ref>[^«\"]+?)))?\s*(?:\s(?:в|на)\s+|:\s*|\s+)(?P<value>[«\"].+|[^«\"]+)$"
)
_ONLY_EVENT = re.compile(
    rf"^(?:измени(?:ть|те)?|отредактир\w+|редактир\w+|поправ(?:ь|ьте|ить)|правка)"
    rf"\s+(?:{_NUMBER}|{_PRONOUN}|(?P<ref>.+))$"
)
_SAYS_VALUE = re.compile(r":|(?<![а-я])(?:на|врем[яеи]|дат[ауы])(?![а-я])")  # a move, a value
_MOVE_TARGET = re.compile(r"(?<![а-я])(?:на|с|со)\s")  # «… на 17:00», «с 10 на 12 декабря»
# what follows «перенеси … в» that names no place: another time, not a room
_NO_PLACE = re.compile(r"(?:друг|ин(?:ое|ой|ую)|следующ|ближайш|начал|конц|конец|срок)")
_TRAILING = re.compile(r"[\s.!,;]+$")
_QUOTES = re.compile(r"^[«\"„“](?P<inner>.+?)[»\"“”]$")


# «добавьте 10 классы», «добавь к 2 ещё 9А», «добавьте в лекцию 11 классы»: classes added
# (walk 2026-12-02t, #12)
_ADD_CLASSES = re.compile(
    rf"^добав(?:ь|ьте|им|ить)(?:\s+(?:к|в|во|на|для)\s+(?:{_NUMBER}|{_PRONOUN}|(?P<ref>.+?)))?"
    rf"(?:\s+(?:ещ[её]|также|и))?\s+(?P<value>{_GRADES})(?:\s+(?:тоже|ещ[её]))?$"
)

# «возраст турнира: 12+», «измени возраст у 2 на до 17 лет»: the age with its event named
_AGES = re.compile(
    rf"^(?:{_CHANGE_VERB}\s+)?возраст(?:\s+(?:у|для)\s+|\s+)(?:{_NUMBER}|{_PRONOUN}|(?P<ref>.+?))"
    r"\s*(?::|—|–|\s-\s|\s+на\s+)\s*(?P<value>.+)$"
)
_NAMES_AGE = re.compile(r"возраст")


def _age_edit(line: str, written: str) -> EditCommand | None:
    """The age range changed (AUDIENCE with the reply as its value, «возраст …», for
    bot.core.features.editing to read with age_reply), or None: the text names no age
    («до 17 лет» alone is too bare for a saved event: it must say «возраст»)."""
    if not _NAMES_AGE.search(line):
        return None
    whole = age_reply(written)
    if whole is not None and not whole.rest:
        return EditCommand(EditableField.AUDIENCE, _value(written, None))  # «возраст 12+»
    named = _AGES.match(line)
    if named is None:
        return None
    value = "возраст " + _value(written[named.start("value") : named.end("value")], None)
    read = age_reply(value)
    if read is None or read.rest:
        return None
    number, reference = _event(named, written)
    return EditCommand(EditableField.AUDIENCE, value, number, reference=reference)


def parse_edit(text: str) -> EditCommand | None:
    """The edit a short message asks for, or None. A «перенеси … в …» is returned whatever
    follows «в»: the caller keeps it a move when that names a day or a time."""
    written = " ".join(text.split())
    if not written or len(written) > MAX_EDIT_LENGTH or "\n" in text.strip():
        return None
    line = normalize(written)
    if len(line) != len(written):  # normalize keeps the length: values are cut from `written`
        return None
    aged = _age_edit(line, written)
    if aged is not None:
        return aged
    changed = _CHANGE.match(line)
    if changed is not None:
        return _changed_field(changed, written)
    added = _ADD_CLASSES.match(line)
    if added is not None:
        value = _value(written[added.start("value") : added.end("value")], EditableField.AUDIENCE)
        number, reference = _event(added, written)
        return EditCommand(EditableField.AUDIENCE, value, number, reference=reference, adds=True)
    for pattern in (
        _LABELLED,
        _OWNER_FIRST,
        _FIELD_FIRST,
        _WRONG_FIRST,
        _RENAME,
        _MOVE_PLACE,
        _ONLY_CLASSES,
    ):
        if pattern is _MOVE_PLACE and _MOVE_TARGET.search(line):
            continue  # «перенеси концерт на 30 декабря в 16 мск»: a move
        match = pattern.match(line)
        if match is not None:
            return _command(pattern, match, written)
    said = audience_said(written)  # «это мероприятие для родителей» (chat78)
    if said is not None:  # said so, classes alone are the students (answers.edit)
        return EditCommand(EditableField.AUDIENCE, said, said_for=True)
    titled = titled_audience_said(written)  # «Лекция для родителей» (chat80)
    if titled is not None:
        title, value = titled
        return EditCommand(
            EditableField.AUDIENCE, value, reference=title, tentative=True, said_for=True
        )
    match = _ONLY_EVENT.match(line)
    if match is not None and not _names_field(line) and not _SAYS_VALUE.search(line):
        number, reference = _event(match, written)
        return EditCommand(None, "", number, reference=reference)
    return None


def asks_by_verb(text: str) -> bool:
    """Whether `text` opens with a changing or naming verb («назови экскурсию 17 декабря
    «…»», «измени место у лекции 15 декабря: …»): a request about a saved event, so a day it
    names is the event's day, never a new event's (newcomer walk 2026-12-02t, #11). A
    labelled value («Тема: Космос, 15 декабря в 15:00») is not such a request."""
    line = normalize(" ".join(text.split()))
    return _RENAME.match(line) is not None or _CHANGE.match(line) is not None


def _changed_field(match: re.Match[str], written: str) -> EditCommand | None:
    """«измени место у лекции: ауд. 310», «поменяй аудиторию на 310 для 1», «поменяй
    классы на 9А, 9Б», «смени название лекции на …»."""
    field = next((f for f in EditableField if match.groupdict().get(f.value)), None)
    line, start = match.group("rest"), match.start("rest")
    rest = written[start:]
    if ":" in line:
        cut = line.index(":")
        owner, value = rest[:cut], rest[cut + 1 :]
    elif line.lstrip().startswith("на "):
        owner, value = "", rest.lstrip()[3:]
        tail = _TAIL_OWNER.search(value.lower())
        if tail is not None:
            owner, value = value[tail.start("owner") :], value[: tail.start()]
    elif " на " in line:
        cut = line.index(" на ")
        owner, value = rest[:cut], rest[cut + 4 :]
    else:
        return None
    value = _value(value, field)
    if field is None or not value:
        return None
    owner = _OWNER_WORD.sub("", owner.strip())
    if owner.lstrip("№ ").isdigit():
        return EditCommand(field, value, int(owner.lstrip("№ ")))
    if re.fullmatch(_PRONOUN, owner.lower()):
        owner = ""
    return EditCommand(field, value, reference=owner)


def _command(pattern: re.Pattern[str], match: re.Match[str], written: str) -> EditCommand | None:
    if pattern is _MOVE_PLACE:
        if _NO_PLACE.match(match.group("value")):
            return None  # «перенеси лекцию в другой раз»: no place named
        field: EditableField | None = EditableField.VENUE
    elif pattern is _RENAME:
        field = EditableField.TITLE
    elif pattern is _ONLY_CLASSES:
        field = EditableField.AUDIENCE
    else:
        field = next((f for f in EditableField if match.groupdict().get(f.value)), None)
    value = _value(written[match.start("value") : match.end("value")], field)
    if field is None or not value:
        return None
    number, reference = _event(match, written)
    if field is EditableField.TITLE and reference:
        reference, value = _kind_into_title(reference, value)
        if reference.lstrip("№ ").isdigit():  # «переименуй 1 в Экскурсия «Завод»»
            number, reference = int(reference.lstrip("№ ")), ""
    return EditCommand(field, value, number, None, reference)


# «лекцию в Лекция», «её Концерт»: the event named, then the new title's capitalised kind
_KIND_AFTER = re.compile(r"^(?P<ref>.*?)(?:\s+(?:в|на))?\s+(?P<kind>[А-ЯЁ][а-яё-]+)$")


def _kind_into_title(reference: str, value: str) -> tuple[str, str]:
    """(reference, title) with a capitalised kind word that ends the reference given back
    to the quoted title: «переименуй лекцию в Лекция «ИИ в медицине»» named the lecture by
    «лекцию» and the new title «Лекция «ИИ в медицине»», not «ИИ в медицине» of the event
    «лекцию в Лекция» (attack w, #2). Unchanged unless the reference is at least two words
    ending in such a kind (title_words.is_kind_word)."""
    found = _KIND_AFTER.match(reference)
    if found is None or not found.group("ref") or not is_kind_word(found.group("kind")):
        return reference, value
    named = value if value.startswith("«") else f"«{value}»"
    rest = found.group("ref").strip()
    return ("" if re.fullmatch(_PRONOUN, rest.lower()) else rest), f"{found.group('kind')} {named}"


def _event(match: re.Match[str], written: str) -> tuple[int | None, str]:
    """(list number, title words) of the event the match names; (None, "") for none."""
    groups = match.groupdict()
    if groups.get("number"):
        return int(groups["number"]), ""
    if groups.get("ref"):
        reference = written[match.start("ref") : match.end("ref")].strip()
        if re.fullmatch(_PRONOUN, reference.lower()):
            return None, ""
        return None, reference
    return None, ""


def _value(raw: str, field: EditableField | None) -> str:
    value = _TRAILING.sub("", raw.strip())
    if field is EditableField.TITLE:
        quoted = _QUOTES.match(value)
        if quoted is not None and "«" not in quoted.group("inner"):
            value = quoted.group("inner")
    return value.strip()


def narrowed_classes(text: str) -> str | None:
    """The classes of «только 10-11 классы, девятые не нужно», «только 9А и 9Б» naming no
    event (an open card's correction, walk 2026-12-02t, #12) as written, else None."""
    written = " ".join(text.split())
    line = normalize(written)
    match = _ONLY_CLASSES.match(line) if len(line) == len(written) else None
    if match is None or match.group("ref") or match.group("number"):
        return None
    return _value(written[match.start("value") : match.end("value")], EditableField.AUDIENCE)


def added_classes(text: str) -> str | None:
    """The classes of «добавьте 10 классы», «добавь ещё 9А» naming no event (an open card's
    correction, walk 2026-12-02t, #12) as written, else None."""
    written = " ".join(text.split())
    line = normalize(written)
    match = _ADD_CLASSES.match(line) if len(line) == len(written) else None
    if match is None or match.group("ref") or match.group("number"):
        return None
    return _value(written[match.start("value") : match.end("value")], EditableField.AUDIENCE)


def _names_field(line: str) -> bool:
    return re.search(rf"(?<![а-я])(?:{_ANY_FIELD})(?![а-я])", line) is not None
