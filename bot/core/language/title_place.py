"""A time of day named with its place is the event's name: «Ночь в музее», «Вечер в
библиотеке», «День в технопарке». Alone, «Ночь» names no event, so when the place phrase
right after it was read as the venue, the title keeps that phrase too (the venue stays).
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses, to_nominative
from bot.core.language.title_grammar import is_event_noun
from bot.core.language.tokens import Scanner
from bot.core.titles import place_words

# the nouns of a time of day that such names open with (pymorphy3 lemmas)
_TIMES_OF_DAY = frozenset({"ночь", "вечер", "утро", "день"})
_WORD = compile_with_scan(r"[А-ЯЁа-яё]+")
_PREPOSITION = re.compile(r"\s+(?:в|во|на)\s+")
_WORD_END = re.compile(r"[^\s,.;:!?()«»\"]+")
# a building's, a wing's or a class's letter or number in quotes ("корпуса «Г»", "класс «2А»"):
# a designation of the place, not the quoted name of an event
_DESIGNATION = re.compile(r"[«\"“][А-ЯЁA-Z0-9]{1,2}[»\"”]")


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


# where a place phrase in the prepositional stands after: «в»/«во»/«на» (a topic's «о», «об»
# and «при» are not where the event is)
_WHERE = frozenset({"в", "во", "на"})
_PLACE_CASES = frozenset({"loct", "loc2"})


def is_place_fragment(title: str) -> bool:
    """Whether `title` is only where something is: no event noun (title_grammar.EVENT_LEMMAS)
    and no quoted name, and its opening noun phrase — after an optional «в»/«на» — is in the
    prepositional case and cannot be read as a nominative («Славянском бульваре», «на
    Театральной площади»; pymorphy3 case tags, every adjective agreeing with its noun). Such
    a fragment names no event («Пушкинская площадь», «Площади города», «О космосе» are no
    fragments). A letter in quotes («во дворе корпуса «Г»») designates a building, it names
    nothing: the fragment is read without it."""
    title = _DESIGNATION.sub("", title)
    if any(mark in title for mark in '«"“') or not title.strip():
        return False
    words = _WORD.findall(title)
    if not words or any(is_event_noun(word) for word in words):
        return False
    if words[0].lower() in _WHERE:
        words = words[1:]
    cases: set[str] | None = None  # the cases every word of the phrase so far can stand in
    for word in words[:4]:
        readings = [p for p in parses(word) if {"ADJF", "PRTF", "NOUN"} & p.tag.grammemes]
        if not readings:
            return False
        own = {str(p.tag.case) for p in readings if p.tag.case}
        cases = own if cases is None else cases & own
        if any("NOUN" in p.tag for p in readings) and not all(
            "ADJF" in p.tag for p in readings[:1]
        ):
            return bool(cases & _PLACE_CASES) and "nomn" not in cases
    return False


def place_named(fragment: str) -> str:
    """The place a fragment `is_place_fragment` accepted names, in the nominative and
    without its «в»/«на» («на Славянском бульваре» gives «Славянский бульвар»): its first
    clause only, the words as written but the head phrase's endings (pymorphy3)."""
    clause = re.split(r"[.,;:!?—–]", fragment, maxsplit=1)[0]
    words = _WORD.findall(clause)
    if words and words[0].lower() in _WHERE:
        words = words[1:]
    named = to_nominative(words[:4], case="loct")
    return " ".join(
        w[:1].upper() + w[1:] if o[:1].isupper() else w for w, o in zip(named, words, strict=False)
    )
