"""Short typed answers to the bot's change and draft questions: add / replace / keep both,
this occurrence / the whole series / from this one on.

Pure: text in, an enum member (or None when the text is not such an answer) out.
"""

from __future__ import annotations

import re

from bot.core.dialog import ChangeScope
from bot.core.language.meaning import DraftChoiceKind
from bot.core.language.tokens import normalize, without_closing_marks

_DRAFT_CHOICES: tuple[tuple[DraftChoiceKind, re.Pattern[str]], ...] = (
    (
        DraftChoiceKind.ADD,
        re.compile(r"^(?:добав(?:ь|ить|ьте)|в план|добавить в план|добавь в план|к плану)\b.*$"),
    ),
    (
        DraftChoiceKind.REPLACE,
        re.compile(r"^(?:замени(?:ть|те)?|вместо|новое|новый|заменить черновик)\b.*$"),
    ),
    (
        DraftChoiceKind.BOTH,
        re.compile(
            r"^(?:(?:оставь(?:те)?|оставить|сохрани(?:ть|те)?)\s+)?(?:оба|обе|и то и другое)$"
        ),
    ),
)

_SCOPES: tuple[tuple[ChangeScope, re.Pattern[str]], ...] = (
    (
        ChangeScope.FOLLOWING,
        re.compile(
            r"^(?:(?:с|начиная с)\s+(?:этого|этой|него|нее)(?:\s+и)?\s+(?:дальше|далее)"
            r"|(?:это|эту|этот|его)\s+и\s+(?:все\s+)?(?:следующие|дальше|последующие)"
            r"|(?:все\s+)?следующие|дальше)$"
        ),
    ),
    (
        ChangeScope.SERIES,
        # «на все», «для всех встреч», «на всю серию» too (attack z, #4: «на все» at this
        # question was a sign-up to every listed event, and the change was dropped)
        re.compile(
            r"^(?:(?:на|для|во?)\s+)?(?:(?:всю|все|всей|всех|всем)(?:\s+(?:серию|серии|повтор[ыа]х?"
            r"|заняти[яйм]|встреч[иа]?|дат[ыа]?|раз[ыа]?))?|серию|всю серию|целиком)$"
        ),
    ),
    (
        ChangeScope.ONE,
        re.compile(
            r"^(?:только\s+)?(?:(?:на|для)\s+)?(?:это|эту|этот|этой|одно|одну|один раз"
            r"|это занятие|эту встречу|только его|только ее|только сегодня|одно занятие)$"
        ),
    ),
)


def _line(text: str) -> str:
    return without_closing_marks(normalize(text).strip())


def draft_choice(text: str) -> DraftChoiceKind | None:
    """«добавь» / «замени» / «оставь оба» as an answer; None for anything else — and for a
    message naming a day or a time (any digit): «добавь ещё занятие 20 декабря», «Новый год
    в школе 29 декабря в 12:00» only open with the answer's word, they are a request or an
    event of their own (review77: they added the held draft or replaced the open one, and
    what was typed was dropped)."""
    line = _line(text)
    if any(c.isdigit() for c in line):
        return None
    return next((kind for kind, p in _DRAFT_CHOICES if p.match(line)), None)


# «отмени вторую», «оставь первую», «удали прежнее» when the question names one earlier
# draft («У вас есть несохранённый черновик «…»») and then one new («Что сделать с «…»?»):
# the first is the earlier, the second the new (chat61: «В списке нет №2»)
_PICKED = re.compile(
    r"^(?:(?P<drop>отмени(?:ть|те)?|убери(?:те)?|удали(?:ть|те)?|не\s+надо|не\s+нужн[оа])"
    r"|(?P<keep>оставь(?:те)?|оставить|сохрани(?:ть|те)?|выбираю|бер[её]м|возьми(?:те)?))\s+"
    r"(?:(?P<first>1|перв[а-я]*|прежн[а-я]*|стар[а-я]*)|(?P<second>2|втор[а-я]*|нов[а-я]*))"
    r"(?:\s+(?:черновик|мероприятие|событие|карточку))?$"
)


def picked_draft(text: str) -> DraftChoiceKind | None:
    """«отмени вторую» / «оставь первую» (drop the new: DROP), «отмени первую» / «оставь
    вторую» / «удали прежнее» (the new instead: REPLACE) at the question about one new
    draft beside one earlier; None for anything else."""
    found = _PICKED.match(_line(text))
    if found is None:
        return None
    dropped_new = bool(found["drop"]) == bool(found["second"])
    return DraftChoiceKind.DROP if dropped_new else DraftChoiceKind.REPLACE


def change_scope(text: str) -> ChangeScope | None:
    """«только это» / «всю серию» / «с этого и дальше»; None for anything else."""
    line = _line(text)
    return next((scope for scope, p in _SCOPES if p.match(line)), None)
