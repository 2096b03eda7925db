"""«Адрес тот же»: a message that gives its place as the one of the writer's last event.

A partner's second post often names no place but refers back to the first: «Адрес тот же»,
«место то же», «там же», «по тому же адресу», «в том же месте», «как в прошлый раз» (newcomer
walk 2026-12-02t, #22). Any Russian reader takes these as «the place of our last event»;
the bot fills it from the stored plan (bot.core.features.adding.same_venue), and asks
«Где?» when there is none. «Как в прошлый раз» said of the time («время как в прошлый раз»,
«во столько же, как в прошлый раз») is no place.
"""

from __future__ import annotations

import re

_SAME_PLACE = re.compile(
    r"(?<![а-я])(?:"
    r"(?:адрес|место)\s*(?:[-—:]\s*)?(?:тот|то|такой|такое|прежн(?:ий|ее))\s+же"
    r"|(?:адрес|место)\s*(?:[-—:]\s*)?прежн(?:ий|ее)"
    r"|(?:тот|то)\s+же\s+(?:адрес|место)"
    r"|(?:по|на)\s+(?:тому\s+же|прежнему)\s+адресу"
    r"|(?:в|на)\s+том\s+же\s+месте"
    r"|там\s+же"
    r"|как\s+(?:и\s+)?в\s+(?:прошлый|предыдущий|тот)\s+раз"
    r")(?:\s*,?\s*(?:где|что|как)\s+(?:и\s+)?в\s+(?:прошлый|предыдущий|тот)\s+раз)?(?![а-я])"
)
# the clause of a «как в прошлый раз» that speaks of the time, not the place
_TIME_WORDS = re.compile(r"(?<![а-я])(?:врем\w*|во\s+столько\s+же|в\s+то\s+же\s+время|час\w*)")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def names_same_place(text: str) -> bool:
    """Whether `text` gives its place as the writer's last one («Адрес тот же», «там же»,
    «по тому же адресу», «как в прошлый раз» not said of the time). A «там же» that opens
    the place of another action in its clause («Сбор у проходной, там же выдадим
    пропуска»: there, at the gate) is no place of the event (attack v, #12)."""
    return bool(same_place_spans(text))


def same_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each phrase giving the place as an earlier one (see
    names_same_place), in order; a «как в прошлый раз» in a clause about the time and a
    «там же» followed by another action («там же выдадим пропуска») are left out. The one
    reading of these phrases: a chat message (bot.core.features.adding) and a later event
    of a post («…, адрес тот же», bot.core.language.post_events) both use it."""
    lowered = text.lower().replace("ё", "е")
    spans = []
    for found in _SAME_PLACE.finditer(lowered):
        if found.group().startswith("там") and not (
            _stands_alone(lowered, found.end()) or _opens_dated(lowered, found)
        ):
            continue
        if found.group().startswith("как"):
            start = max(
                (m.end() for m in _CLAUSE_END.finditer(lowered, 0, found.start())), default=0
            )
            end = _CLAUSE_END.search(lowered, found.end())
            clause = lowered[start : end.start() if end else len(lowered)]
            if _TIME_WORDS.search(clause):
                continue
        spans.append(found.span())
    return spans


# what may follow a «там же» that is the event's own place, up to the clause's end:
# «ждём вас там же», «встречаемся там же в 10:00», «там же, где в прошлый раз»
_AFTER_PLACE = re.compile(
    r"(?:\s+(?:в|к|с|до|и|вас|всех|ждем|ждут|встречаемся|встретимся|собираемся"
    r"|как\s+обычно|\d{1,2}(?:[:.]\d{2})?))*\s*(?:$|[.!?;,\n)])"
)


def _stands_alone(lowered: str, end: int) -> bool:
    """Whether the «там же» ending at `end` of `lowered` is the event's own place: nothing
    but a time or a word of meeting follows it in its clause (_AFTER_PLACE), rather than
    another action done there («там же выдадим пропуска», «там же обед»)."""
    return _AFTER_PLACE.match(lowered, end) is not None


# a day or a clock time right after a «там же»: «Там же 19 декабря в 15:00 лекция …»
_DAY_AFTER = re.compile(r"\s*,?\s*(?:(?:в|с)\s+)?\d{1,2}(?:[:.]\d{2}|\s+[а-я]+)")


def _opens_dated(lowered: str, found: re.Match[str]) -> bool:
    """Whether a «там же» opens its sentence and a day or a time follows it: «Там же 19
    декабря в 15:00 лекция о звёздах для 9Б» is said of the whole event (attack w, #7)."""
    before = lowered[: found.start()].rstrip(" \t-–—•*")
    opens = not before or before.endswith((".", "!", "?", "\n"))
    return opens and _DAY_AFTER.match(lowered, found.end()) is not None


def without_same_place(title: str) -> str:
    """`title` without a «там же» / «Адрес тот же» that the parser left in it once the
    phrase has filled the place («Классный час, Там же» → «Классный час»; attack v, #13);
    `title` itself when the phrase is not in it or is all of it."""
    lowered = title.lower().replace("ё", "е")  # one character for one: offsets hold
    found = _SAME_PLACE.search(lowered)
    if found is None:
        return title
    start = found.start()
    while start > 0 and title[start - 1] in " ,;.—–-":
        start -= 1
    kept = (title[:start] + title[found.end() :].rstrip(" .;")).strip(" ,;—–-")
    if start == 0:  # «Там же лекция о звёздах» → «Лекция о звёздах»
        kept = kept[:1].upper() + kept[1:]
    return kept or title


def mentions_same_place(text: str) -> bool:
    """Whether `text` has a «там же» / «адрес тот же» at all, even one that is not the
    event's own place (names_same_place): a post saying «Сбор у проходной, там же выдадим
    пропуска» refers to a place the parser did not take, so the bot asks where rather than
    show a card with none (attack v, #12)."""
    return _SAME_PLACE.search(text.lower().replace("ё", "е")) is not None
