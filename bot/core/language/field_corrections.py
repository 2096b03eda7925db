"""A reply that names the card field it changes, or says the event is online (newcomer walk
2026-12-01f, finding 6).

Two forms of Russian chat corrections that name no event of their own:

- a field's name and its new value, with or without a verb of changing: «время 15:30»,
  «время: 15:30», «дата 12 декабря», «исправь место: онлайн», «измени время на 16:00»,
  «поменяй дату на 12-е», «классы: 9А, 9Б», «название: Лекция о флоте». The field's name
  types a bare number: «дата 12» is the 12th, «время 15» is 15:00; the classes narrowed:
  «только 10-11 классы, девятые не нужно», or added: «добавьте 10 классы» (walk
  2026-12-02t, #12);
- a statement that the event is online: «это онлайн», «проходит онлайн», «онлайн, в
  зуме», «будет в Zoom», «формат онлайн» — an online marker (a word such as «онлайн»,
  «дистанционно» or a video-call service) with nothing but linking words («это», «будет»,
  «проходит», «формат», «место») around it.

Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.dialog import EditableField
from bot.core.language.audience_said import audience_said
from bot.core.language.edit_phrases import added_classes, narrowed_classes
from bot.core.language.online import PLATFORMS

ONLINE = "онлайн"  # the venue the parser gives an online event (bot.core.language.venue)

_ONLINE_MARKER = re.compile(
    rf"(?<![\w-])(?:онлайн|online|дистанционно|удал[её]нно|по\s+видеосвязи"
    rf"|в\s+формате\s+(?:онлайн|вебинара|видеоконференции)|(?:в|во|через|на)\s+(?:{PLATFORMS})"
    rf"|{PLATFORMS})(?![\w-])",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+|(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:ru|com|us|me)/\S*")
# words that only link a statement «это онлайн», «мероприятие будет проходить онлайн»
_LINKING_WORDS = (
    "это будет будут проходит пройдёт пройдет проходить состоится проводим проведём "
    "проведем мероприятие лекция занятие встреча всё все же тоже там у нас формат место "
    "формате ссылка ссылку по ссылке пришлю пришлём позже скинем скину и а в с теперь только"
)
_LINKING = frozenset(_LINKING_WORDS.split())

# the field a reply names, as a noun after an optional verb of changing
_VERB = (
    r"(?:исправ(?:ь|ьте|ить)|измени(?:те|ть)?|поменя(?:й|йте|ть)|смени(?:те|ть)?"
    r"|замени(?:те|ть)?|поправ(?:ь|ьте|ить))"
)
_FIELD_NOUNS: tuple[tuple[str, EditableField, str], ...] = (
    ("date", EditableField.WHEN, r"дат[аую]|числ[оа]"),
    ("time", EditableField.WHEN, r"врем[яени]{1,3}|начало"),
    ("venue", EditableField.VENUE, r"мест[оа](?:\s+проведения)?|аудитори[юя]|адрес|площадк[ау]"),
    ("format", EditableField.VENUE, r"формат"),
    ("audience", EditableField.AUDIENCE, r"класс[ыа]?|участник(?:и|ов)"),
    ("title", EditableField.TITLE, r"названи[ея]|заголовок"),
)
# «и», «а», «а ещё», «и ещё» before the field: a further change, no part of it (chat60)
_FURTHER = r"(?:(?:и|а)(?:\s+(?:ещё|еще))?[\s,]+)?"
_LABELLED = re.compile(
    rf"^\s*{_FURTHER}(?:{_VERB}\s+)?"
    rf"(?:{'|'.join(f'(?P<{key}>{nouns})' for key, _, nouns in _FIELD_NOUNS)})"
    rf"(?![\w-])(?:\s+{_VERB}(?![\w-]))?"  # «место поменяйте на …»: the verb after the field
    r"\s*(?:(?:[:—–]|\s-\s|\bна\b)\s*|\s+)(?P<value>\S.*?)[\s.!;]*$",
    re.IGNORECASE | re.DOTALL,
)
# the whole school said alone, as a reply on a card: «все классы», «для всех классов», «для
# всей школы», «нет, для всех учащихся» — the classes set to all, as the ✏️ Классы button and
# «все» do (walk u, F6: the card was left unchanged)
_WHOLE_SCHOOL_ALONE = re.compile(
    r"^(?:(?:нет|это|только|мероприятие|будет)[\s,—–-]+)*(?:для\s+|на\s+)?"
    r"(?:вс(?:е|ех|ем)\s+(?:класс(?:ы|ов|ам)|параллел(?:и|ей|ям)|учащи(?:е|х)ся|школьник(?:и|ов|ам)"
    r"|ученик(?:и|ов|ам))|всей\s+школ(?:ы|е)|вся\s+школа|общешкольное)[\s.!]*$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^(?:в\s+|на\s+)?(\d{1,2})$")
_DOTTED_TIME = re.compile(r"^(?:в\s+)?(\d{1,2})[.:](\d{2})$")
MAX_FIELD_REPLY = 120  # characters: a longer text is a message of its own


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A card field and its new value as the card's ✏️ edit takes it (a day or time for
    WHEN, the place as written — «онлайн» for an online statement — for VENUE); `url` the
    online link the reply gave, if any."""

    field: EditableField
    value: str
    url: str | None = None
    adds: bool = False  # «добавьте 10 классы»: classes joined to the card's own


def field_value(text: str) -> FieldValue | None:
    """The field a short reply changes and its new value: «время 15:30» -> (WHEN, "15:30"),
    «дата 12» -> (WHEN, "12-го"), «место: онлайн» / «это онлайн» -> (VENUE, "онлайн"); None
    when the reply is neither a labelled value nor an online statement."""
    written = " ".join(text.split())
    if not written or len(written) > MAX_FIELD_REPLY or "\n" in text.strip():
        return None  # «Дата: …» / «Время: …» lines of a post: an event of its own
    online = online_statement(written)
    if online is not None:
        return online
    named = _named_title(written)
    if named is not None:
        return FieldValue(EditableField.TITLE, named)
    if _WHOLE_SCHOOL_ALONE.match(written):
        return FieldValue(EditableField.AUDIENCE, "все")  # «все классы», «для всех классов»
    labelled = _LABELLED.match(written)
    if labelled is None:
        narrowed = narrowed_classes(written)  # «только 10-11 классы, девятые не нужно»
        if narrowed:
            return FieldValue(EditableField.AUDIENCE, narrowed)
        added = added_classes(written)  # «добавьте 10 классы»
        if added:
            return FieldValue(EditableField.AUDIENCE, added, adds=True)
        said = audience_said(written)  # «это мероприятие для родителей» (chat78)
        return FieldValue(EditableField.AUDIENCE, said) if said else None
    key = next(k for k, _, _ in _FIELD_NOUNS if labelled.group(k))
    field = next(f for k, f, _ in _FIELD_NOUNS if k == key)
    value = labelled.group("value").strip()
    if key == "format":
        return None  # «формат очный»: only an online format is read (online_statement)
    if field is EditableField.VENUE:
        return FieldValue(field, value)
    if key == "date":
        bare = _BARE_NUMBER.match(value)
        value = f"{bare.group(1)}-го" if bare else value  # «дата 12»: the 12th
    elif key == "time":
        bare = _BARE_NUMBER.match(value)
        dotted = _DOTTED_TIME.match(value)
        if bare:
            value = f"в {bare.group(1)}"  # «время 15»: 15:00
        elif dotted:
            value = f"{dotted.group(1)}:{dotted.group(2)}"  # «время 15.30»: never 15 March
    return FieldValue(field, value)


# «назови гонка сильнейших», «назовите его «…»», «переименуй в …»: the card's new title
_NAMING = re.compile(
    r"^(?:назови(?:те)?|переименуй(?:те)?)(?:\s+(?:его|её|ее|это|мероприятие|карточку))?"
    r"(?:\s+(?:в|на))?\s*[:—–-]?\s*(?P<value>[^\s:—–-].*?)[\s.!;]*$",
    re.IGNORECASE,
)
_WHOLE_QUOTE = re.compile(r"^[«\"„“](?P<inner>[^«»\"„“”]+)[»\"“”]$")


def _named_title(text: str) -> str | None:
    """The title a naming verb gives («назови гонка сильнейших» -> «Гонка сильнейших»,
    «назовите его «Гонка сильнейших»» -> the quoted name), capitalised; None for any other
    text, and when the rest holds a digit or is only partly quoted — «назови экскурсию 17
    декабря «…»» names a saved event by its day (bot.core.language.edit_phrases), not a
    title (newcomer walk 2026-12-03aa, Z7: the card said «не понял» and «да» saved the
    parser's title)."""
    found = _NAMING.match(text)
    if found is None:
        return None
    value = found["value"]
    quoted = _WHOLE_QUOTE.match(value)
    if quoted is not None:
        value = quoted["inner"].strip()
    elif re.search(r"[\d«»\"„“”]", value):
        return None
    return value[:1].upper() + value[1:] if value else None


def online_statement(text: str) -> FieldValue | None:
    """(VENUE, "онлайн") for a reply that only says the event is online («это онлайн»,
    «онлайн, в зуме», «будет в Zoom», «место: онлайн»), with its link if it gives one;
    None when it says anything else."""
    written = " ".join(text.split())
    if len(written) > MAX_FIELD_REPLY or _ONLINE_MARKER.search(_URL.sub(" ", written)) is None:
        return None
    urls = _URL.findall(written)
    rest = _ONLINE_MARKER.sub(" ", _URL.sub(" ", written)).lower()
    words = re.findall(r"[a-zа-яё0-9]+", rest)
    if any(word not in _LINKING for word in words):
        return None
    return FieldValue(EditableField.VENUE, ONLINE, urls[0].rstrip(".,;") if urls else None)


def is_online(venue: str) -> bool:
    """Whether a stored venue is an online one («онлайн», «Zoom», «онлайн, в Телемосте»,
    «дистанционно, ссылка https://…»): nothing but online markers and linking words. A
    hybrid «ауд. 204 и онлайн» names a room and is not."""
    return online_statement(venue) is not None
