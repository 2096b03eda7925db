"""Places a post lists for one event: «пройдут на двух площадках: ⏎ Школа №35 … ⏎
Образовательный центр «Эврика».» (newcomer walk 2026-12-02v, F5).

The parser keeps one place as the venue; a careful reader sees the post name several and does
not know which the school's pupils will go to, so the bot offers the listed places as buttons
before the card (bot.core.features.adding) instead of keeping one silently. The construction:
a count of places — «на двух (трёх, четырёх, пяти, нескольких, 2…) площадках (локациях,
адресах, местах, базах)» — and a colon, then the places as lines of their own, or on the
colon's line separated by semicolons, commas or «и». Each place is the line's first phrase
(up to a comma, a dash or a bracket: «Школа №35, где соберутся ученики …» → «Школа №35»);
an inline place's preposition is dropped and its noun named («в школе №5» → «школа №5»).
"""

from __future__ import annotations

import re

from bot.core.language.morphology import to_nominative
from bot.core.language.tokens import gate

_COUNTS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}
_SEVERAL = re.compile(
    r"(?<![а-яё])(?:на|в)\s+(?P<n>двух|тр[её]х|четыр[её]х|пяти|нескольких|[2-5])\s+"
    r"(?:площадк\w*|локаци\w*|адресах|местах|базах)\s*:",
    re.IGNORECASE,
)
gate(_SEVERAL, re.compile(r"(?:площадк|локаци|адресах|местах|базах)", re.IGNORECASE))
_INLINE = re.compile(r"\s*;\s*|\s*,\s*|\s+и\s+")
# where a listed place's own phrase ends: a comma, a dash between words, a bracket, a full stop
_PHRASE_END = re.compile(r",|\s[–—-]\s|\(|\.(?:\s|$)")
_PREPOSITION = re.compile(r"(?:в|во|на)\s+(?=[а-яё])", re.IGNORECASE)
_BULLET = re.compile(r"^[\s•*·\-–—]*(?:\d{1,2}[.)]\s*)?")
MAX_PLACES = 5
_LONGEST = 80  # characters of a listed place: a longer line is prose, not a list's item


def offered_venues(text: str) -> list[str]:
    """The places `text` lists after «на двух площадках:» (the module docstring), as written,
    in order, each once; empty when it lists fewer than two."""
    found = _SEVERAL.search(text)
    if found is None:
        return []
    count = found["n"].lower()
    wanted = int(count) if count.isdigit() else _COUNTS.get(count, MAX_PLACES)
    rest = text[found.end() :]
    first_line, _, after = rest.partition("\n")
    if first_line.strip():
        items = [i for i in _INLINE.split(first_line.strip().rstrip(".")) if i]
    else:
        items = []
        for line in after.split("\n"):
            if not line.strip():
                break
            items.append(line)
    places: list[str] = []
    for item in items[:wanted]:
        phrase = _BULLET.sub("", item)
        end = _PHRASE_END.search(phrase)
        phrase = (phrase[: end.start()] if end else phrase).strip().rstrip(".;:")
        phrase = _as_named(phrase)
        if 2 < len(phrase) <= _LONGEST and phrase not in places:
            places.append(phrase)
    return places if len(places) >= 2 else []


def _as_named(phrase: str) -> str:
    """An inline place «в школе №5» as a card names it, «школа №5»: the preposition dropped
    and the first word (the place noun) put in the nominative; a phrase without a preposition
    is kept as written."""
    lead = _PREPOSITION.match(phrase)
    if lead is None:
        return phrase
    head, _, tail = phrase[lead.end() :].partition(" ")
    if not head[:1].islower():
        return phrase[lead.end() :]  # «в ДЮСШ «Олимп»»: a name, not a noun to inflect
    named = " ".join(to_nominative([head], case="loct"))
    return f"{named} {tail}".strip()
