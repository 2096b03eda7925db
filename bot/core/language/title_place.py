"""A time of day named with its place is the event's name: «Ночь в музее», «Вечер в
библиотеке», «День в технопарке». Alone, «Ночь» names no event, so when the place phrase
right after it was read as the venue, the title keeps that phrase too (the venue stays).
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.title_grammar import is_event_noun
from bot.core.language.tokens import Scanner
from bot.core.titles import place_words

# the nouns of a time of day that such names open with (pymorphy3 lemmas)
_TIMES_OF_DAY = frozenset({"ночь", "вечер", "утро", "день"})
_WORD = re.compile(r"[А-ЯЁа-яё]+")
_PREPOSITION = re.compile(r"\s+(?:в|во|на)\s+")
_WORD_END = re.compile(r"[^\s,.;:!?()«»\"]+")


def with_place_name(title: str, sc: Scanner, venue: str) -> str:
    """The title «Ночь» of «Ночь в музее 12 декабря …» as «Ночь в музее»: a one-word title
    naming a time of day, followed in the message by a place phrase that the venue rules
    took as `venue` (as many words as it has); the title as it is otherwise."""
    if not _WORD.fullmatch(title) or not any(
        p.normal_form in _TIMES_OF_DAY for p in parses(title.lower())[:2]
    ):
        return title
    at = sc.text.find(title.lower())
    after = _PREPOSITION.match(sc.text, at + len(title)) if at >= 0 else None
    if after is None or sc.is_free(after.end(), after.end() + 1):
        return title  # nothing after it, or its place phrase is still the title's
    end = after.end()
    words = _WORD_END.finditer(sc.text, after.end())
    for word, _ in zip(words, venue.split(), strict=False):
        if sc.text[end : word.start()].strip() or sc.is_free(word.start(), word.end()):
            break  # a comma before it, or a word the venue did not take
        end = word.end()
    return " ".join(sc.original[at:end].split())


def without_venue_segment(title: str, venue: str | None) -> str:
    """`title` without a comma-separated part that only repeats `venue` («Экскурсия в музей
    янтаря, музей янтаря» with the venue «музей янтаря» -> «Экскурсия в музей янтаря»): a
    place written as a part of its own, after the name, is where the event is, not its name.
    The first part always stays; the title as it is when no later part is the venue (walk r,
    2026-12-02, #21: a trailing «2 места» left the venue's part in the title)."""
    if not venue or "," not in title:
        return title
    wanted = place_words(venue)
    if not wanted:
        return title
    first, *rest = title.split(",")
    kept = [part for part in rest if place_words(part) != wanted]
    if len(kept) == len(rest):
        return title
    return ",".join([first, *kept]).strip()


# a venue that is a room by its number ("каб. 105", "ауд. 3", "кабинет 12")
_ROOM = re.compile(r"(?i)(?:каб|ауд|кабинет|аудитори|комн)")
_OWNER_WORDS = re.compile(r"[А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+){0,2}")


def with_room_owner(title: str, sc: Scanner, venue: str | None) -> tuple[str, str | None]:
    """(title, venue) with the room's owner moved from the title's last comma-separated part to
    the venue: «Консультации по поступлению, приёмная комиссия» with the venue «каб. 105»
    written right after it gives «Консультации по поступлению» and «приёмная комиссия, каб.
    105» (newcomer walk 2026-12-03z, Z20). The part moves only when it is a noun phrase of up
    to three words whose head is an inanimate noun in the nominative and no kind of event
    (title_grammar.is_event_noun): an office, a department, a hall, whose room the venue names;
    the first part, the event's name, always stays."""
    if not venue or not _ROOM.match(venue) or "," not in title:
        return title, venue
    first, last = title.rsplit(",", 1)
    owner = last.strip()
    if not first.strip() or not _OWNER_WORDS.fullmatch(owner) or not _office(owner):
        return title, venue
    found = re.search(re.escape(owner) + r"\s*,\s*", sc.original)
    if found is None or sc.is_free(found.end(), found.end() + 1):
        return title, venue  # not written right before what the venue rules took
    return first.strip(), f"{owner}, {venue}"


def _office(phrase: str) -> bool:
    """Whether the last word of `phrase` reads first as a noun, has an inanimate nominative
    reading and names no kind of event ("комиссия", "деканат"; not "консультация",
    "Петров")."""
    head = phrase.split()[-1]
    found = parses(head)
    if not found or "NOUN" not in found[0].tag or is_event_noun(head):
        return False
    return any("NOUN" in p.tag and p.tag.case == "nomn" and "inan" in p.tag for p in found)
