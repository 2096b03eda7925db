"""A chat line that opens with the frame its event belongs to: «В рамках недели здоровья 20
февраля в спортзале пройдёт эстафета», «В преддверии Дня матери … концерт», «Ко Дню
матери … концерт». The frame («в рамках», «в преддверии», «в честь», «в ходе» with a
genitive; «к»/«ко» with a dative) names the umbrella or the occasion, never the event: the
event is the noun of a kind standing after it in the nominative (the subject of «пройдёт»,
or the line's bare item). Used by intents_event.py on a chat line's leftover."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.title_words import KIND, QUOTE

# the frame opening the line, group 1 its preposition, group 2 its noun («рамках», «Дню»)
_FRAME = re.compile(
    r"(?i)^\s*(?:(в|во)\s+(рамках|преддверии|честь|ходе)"
    r"|(ко|к)\s+((?:дню|празднику|юбилею|годовщине|[0-9]+-летию)))(?=\s)"
)
# the case a frame's noun phrase stands in: what a kind inside it reads as
_FRAME_CASE = {"в": "gent", "во": "gent", "к": "datv", "ко": "datv"}


def after_fronted_frame(leftover: str, *, limit: int = 80) -> str:
    """`leftover` from the event's kind on when the line opens with a frame: the kind
    noun that can be nominative and is not in the frame's case (pymorphy3's two likeliest
    readings), with the nominative adjectives right before it («учебная эвакуация»); an
    occasion «ко Дню …» is kept after it («Концерт ко Дню матери») when the two fit in
    `limit` characters. `leftover` itself when no frame opens it or no such kind follows."""
    frame = _FRAME.match(leftover)
    if frame is None:
        return leftover
    case = _FRAME_CASE[(frame.group(1) or frame.group(3)).lower()]
    quoted = [q.span() for q in QUOTE.finditer(leftover)]
    for kind in KIND.finditer(leftover, frame.end()):
        if any(a <= kind.start() < b for a, b in quoted):
            continue  # «Театр — детям»: a word of the frame's name
        if _names_event(_word_at(leftover, kind.start()), case):
            start = _with_adjectives(leftover, kind.start(), frame.end())
            event = leftover[start:].strip()
            occasion = _occasion(leftover, frame) if case == "datv" else ""
            if occasion and len(event) + len(occasion) + 1 <= limit:
                return f"{event.rstrip(' .!')} {occasion}"
            return event
    return leftover


def _word_at(text: str, at: int) -> str:
    m = _WORD.match(text, at)
    return m.group(0) if m else ""


def _names_event(word: str, case: str) -> bool:
    """Whether `word` reads as a nominative and neither of its two likeliest readings as a
    common noun (a person's or a place's name left out) is in the frame's `case` (so it is
    no word of the frame's own phrase)."""
    common = [p for p in parses(word) if not _NAMES & p.tag.grammemes]  # not «Викторин»
    if not common or any(p.tag.case == case for p in common[:2]):
        return False
    return any(p.tag.case == "nomn" for p in common)


def _with_adjectives(text: str, at: int, floor: int) -> int:
    """Where the nominative adjectives right before the kind at `at` begin (not before
    `floor`, the frame's end)."""
    start = at
    for m in reversed(list(_WORD.finditer(text, floor, at))):
        if text[m.end() : start].strip():
            break  # a gap with anything but spaces: a clause's edge or a removed date
        found = parses(m.group(0))
        if not found or "ADJF" not in found[0].tag or found[0].tag.case != "nomn":
            break
        start = m.start()
    return start


def _occasion(text: str, frame: re.Match[str]) -> str:
    """The occasion a frame «ко Дню …» names, as written: its noun and the words right after
    it in the dative or genitive («ко Дню защитника Отечества»), up to a gap, a mark or
    another word; the preposition in lower case."""
    end = frame.end()
    for m in _WORD.finditer(text, end):
        if text[end : m.start()] != " ":
            break  # a removed date's gap, a comma, a line's end
        if not any(p.tag.case in ("datv", "gent") for p in parses(m.group(0))[:2]):
            break
        end = m.end()
    words = text[frame.start() : end].split()
    return " ".join([words[0].lower(), *words[1:]])


_NAMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
