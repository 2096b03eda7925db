"""What a link in a message is for: joining an online event ("ссылка для подключения:
https://…", "смотрим, ссылка https://vk.com/…") or signing up and reading ("запись по ссылке
https://forms…", "положение по ссылке"), read from the words of its clause; and whether a
sentence says its event is held online. Used by post.py, places.py and venue_more.py."""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_i, search_i

# a link given as the way to join: "ссылка https://…", "ссылка для подключения: …"
_JOIN_LINK = re.compile(
    r"(?i)(?<![а-яё])ссылк[аеиу](?:\s+(?:для|на)\s+(?:подключени|трансляци|эфир)[а-яё]*)?"
    r"\s*[:—–-]?\s*$"
)
# what a link is for when it is not joining: signing up ("регистрация", "зарегистрироваться"),
# sending a work, reading more
_FORM_LINK = re.compile(r"(?i)запис|заявк|регистр(?:ац|ир)|анкет|подробн|положени|голосова|отправ")
_FORM_HOST = re.compile(r"(?i)^https?://(?:forms\.|docs\.google\.com/forms|[^/\s]*anketolog)")


def _clause_before(text: str, at: int) -> str:
    """Up to 80 characters before text[at], back to the last sentence or line end."""
    clause = text[max(0, at - 80) : at]
    return clause[max(clause.rfind("."), clause.rfind("\n"), clause.rfind(";")) + 1 :]


def signs_up(text: str, at: int) -> bool:
    """Whether the link at text[at] is a form to sign up or a page to read ("запись по ссылке
    https://forms…", "подробнее по ссылке"), not the event's own place online."""
    return (
        _FORM_LINK.search(_clause_before(text, at)) is not None
        or _FORM_HOST.match(text, at) is not None
    )


def joins_by_link(text: str, at: int) -> bool:
    """Whether the link at text[at] is given as the way to join the event ("смотрим, ссылка
    https://…"), not to sign up ("запись по ссылке https://forms…")."""
    return _JOIN_LINK.search(_clause_before(text, at)) is not None and not signs_up(text, at)


# the event's own sentence says it is held online
_ONLINE_HERE = re.compile(
    r"(?i)онлайн|он-лайн|дистанционн|по\s+ссылке|в\s+zoom|трансляци|вебинар|сферум|телемост"
    r"|видеоконференц|видеосвяз"
)
# a word the online platforms share with a city's reading ("в Сферуме" is a place to pymorphy3)
ONLINE_ANYWHERE = re.compile(r"(?i)сферум|телемост|zoom|вебинар|видеоконференц|онлайн")


def online_here(sentence: str) -> bool:
    """Whether the sentence says the event is held online ("пройдёт онлайн", "по ссылке"),
    not that a form is filled in online ("запись по ссылке": links.signs_up)."""
    cue = search_i(_ONLINE_HERE, sentence)  # its case-sensitive twin: a fast scan
    return (
        cue is not None
        and not (cue.group(0)[:2].lower() == "по" and signs_up(sentence, cue.end()))
        and not one_more_way(sentence, cue.start())
    )


def one_more_way(text: str, at: int) -> bool:
    """Whether the online cue at the offset `at` is named as one more way beside the places
    («в школе № 5, а также онлайн», «в библиотеке или онлайн»): the places stand."""
    return _ONE_MORE_WAY.search(text, max(0, at - 12), at) is not None


def online_anywhere(text: str) -> bool:
    """Whether the post names an online platform or «онлайн» anywhere (`ONLINE_ANYWHERE`)
    other than as one more way beside its places (`one_more_way`)."""
    if search_i(ONLINE_ANYWHERE, text) is None:  # the common case: a fast scan
        return False
    return any(not one_more_way(text, m.start()) for m in finditer_i(ONLINE_ANYWHERE, text))


# online named as one more way beside places ("по всей России, а также онлайн", "в школах
# или онлайн"): the event is not held online only, the places stand
_ONE_MORE_WAY = re.compile(r"(?i)(?:а\s+также|или|либо)\s+$")
