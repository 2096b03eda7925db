"""Who gives a concert: "юные хористы выступят в Кремлёвском дворце. В концерте …" names the
concert by its performers, the subject of "выступит"/"выступят" in the event's sentence.

A bare "Концерт" tells no card apart from another; Russian news names the performers as the
subject of the verb of performing, so the title is the concert and its performers in the
genitive ("Концерт юных карельских хористов"), read with pymorphy3 (title_jubilee's reading
of a noun phrase before a verb, which leaves out a person's name).
"""

from __future__ import annotations

import re

from bot.core.language.title_jubilee import performers_before
from bot.core.language.title_words import MAX_TITLE

__all__ = ["with_performers"]

_CONCERT = re.compile(r"(?i)((?:гала-)?концерт)(,\s+посвящ[её]нн[а-яё]+\s.+)?")
_PERFORMS = re.compile(r"(?<![а-яё])выступ(?:ит|ят|ает|ают)(?![а-яё])")
# "хористы в составе сводного хора": the group they perform in is said after "в составе"
_IN_GROUP = re.compile(r"\s+в\s+составе\s+[^.!?\n]*$")


def with_performers(text: str, event_sentence: tuple[int, int] | None, phrase: str) -> str:
    """ "Концерт юных карельских хористов" for a bare concert `phrase` (or one "посвящённый
    …", the performers put before the dedication) when the event's
    sentence says who performs ("27 декабря юные карельские хористы в составе сводного хора
    выступят в Кремлёвском дворце"); `phrase` itself otherwise (no sentence, no verb of
    performing, no noun phrase before it, a person's name, or too long for a card)."""
    concert = _CONCERT.fullmatch(phrase) if event_sentence is not None else None
    if concert is None or event_sentence is None:
        return phrase
    verb = _PERFORMS.search(text, *event_sentence)
    if verb is None:
        return phrase
    before = text[event_sentence[0] : verb.start()]
    before = _IN_GROUP.sub("", before)
    who = performers_before(before)
    if who is None:
        return phrase
    title = f"{concert.group(1)} {who}{concert.group(2) or ''}"
    return title if len(title) <= MAX_TITLE else phrase
