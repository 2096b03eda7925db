"""A saved event's organiser changed in words, with no card open (owner77; newcomer75 F1
told the writer it could not be done).

The shapes read, each one short line with no question mark:

- the label with the event maybe named: «организатор — КГТУ», «организатор спектакля —
  Драмтеатр», «организатор у 2: Музей янтаря», «смени организатора 4 на БФУ»;
- whose event it is: «это мероприятие школы», «это наше мероприятие», «это мероприятие
  КГТУ», «лекция — мероприятие музея янтаря»;
- who holds it: «проводит Музей янтаря», «его проводит КГТУ», «экскурсию проводит музей»,
  «проводим мы сами», «мы проводим».

The event is a list number, title words or nothing (the event last looked at). The
organisation is as written: the label's and the holder's in the nominative («КГТУ», «Музей
янтаря»), the owner's of «мероприятие …» in the genitive («музея янтаря», matched by its
dictionary forms; a name no organisation has is not added from such a form: `exact`
False). SCHOOL ("") stands for the school itself. Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.morphology import is_person_noun, parses
from bot.core.language.organiser_named import MAX_CORRECTION, SCHOOL, organiser_said
from bot.core.language.place_nouns import PLACE

_CHANGE_VERB = r"(?:исправ(?:ь|ьте)|измени(?:те)?|поменя(?:й|йте)|смени(?:те)?|замени(?:те)?)"
_LABEL = re.compile(
    rf"^(?P<verb>{_CHANGE_VERB}\s+)?организатор[ау]?(?:\s+(?:у|для|в)\s+|\s+)?"
    r"(?P<ref>[^:—–]*?)\s*(?:[:—–]|\s-\s|(?P<on>\s+на\s+))\s*(?P<name>[^\s:—–].*)$",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"^(?:(?P<ref>[^—–:]+?)\s*(?:[—–:]|\s-\s)\s*|(?:это|оно|она|он)\s+)"
    r"(?:(?P<own>наше|школьное)\s+)?мероприятие(?:\s+(?P<name>.+))?$",
    re.IGNORECASE,
)
_HOLDER = re.compile(
    r"^(?:(?P<ref>[^,—–:]+?)\s+)?(?:провод(?:ит|ят)|провед[её]т|организу(?:ет|ют))"
    r"\s+(?P<name>.+)$",
    re.IGNORECASE,
)
_WE_HOLD = re.compile(
    r"^(?:(?P<ref>[^,—–:]+?)\s+)?(?:мы\s+(?:сами\s+)?(?:провод|организу)(?:им|ем)(?:\s+сами)?"
    r"|(?:провод|организу)(?:им|ем)\s+(?:мы|сами)(?:\s+сами)?)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:мы|его|е[её]|это|оно|мероприятие|это\s+мероприятие|у\s+него)$")
_NUMBER = re.compile(r"^(?:у\s+|№\s*)?(?P<number>\d{1,3})$")
_OWNER_POS = frozenset({"NOUN", "ADJF", "PRTF"})  # an owner's first word, in the genitive


@dataclass(frozen=True, slots=True)
class OrganiserChangeSaid:
    """A saved event's new organiser said in words: `name` as written (SCHOOL "" for the
    school itself), `exact` when it is the name's own form (a label, a subject), not a
    genitive («мероприятие музея янтаря»); the event: `number` on the last list, else
    `reference` (its title words), else neither (the event last looked at)."""

    name: str
    exact: bool = True
    number: int | None = None
    reference: str = ""


def saved_organiser(text: str) -> OrganiserChangeSaid | None:
    """The organiser change `text` says (see the module's docstring), or None: a longer
    message than MAX_CORRECTION, several lines, a question, or no such shape."""
    written = " ".join(text.split()).strip(" .!")
    if not written or len(written) > MAX_CORRECTION or "\n" in text.strip() or "?" in written:
        return None
    for read in (_labelled, _owned, _held):
        said = read(written)
        if said is not None:
            return said
    return None


def _labelled(written: str) -> OrganiserChangeSaid | None:
    """«организатор спектакля — Драмтеатр»: the name through organiser_said's rules."""
    m = _LABEL.match(written)
    if m is None or _in_clock(m) or (m.group("on") and not m.group("verb")):
        return None  # «организатор в 14:00», «организатор на связи»: no change (review78)
    name = organiser_said(f"организатор: {m.group('name')}")
    return None if name is None else _with_event(name, True, m.group("ref"))


def _in_clock(m: re.Match[str]) -> bool:
    """Whether the label's colon is a clock's («организатор придёт в 15:00»): a digit on
    each side of it."""
    return m.group("ref")[-1:].isdigit() and m.group("name")[0].isdigit()


def _owned(written: str) -> OrganiserChangeSaid | None:
    """«это мероприятие школы», «это наше мероприятие», «лекция — мероприятие КГТУ»."""
    m = _OWNER.match(written)
    if m is None:
        return None
    if m.group("own"):
        return None if m.group("name") else _with_event(SCHOOL, True, m.group("ref") or "")
    owner = _without_our((m.group("name") or "").strip())
    if not _owner_words(owner):
        return None  # «это мероприятие для 9А», «… завтра», «… платное» (review78)
    name = organiser_said(f"организатор: {owner}")
    if name is None:
        return None
    return _with_event(name, name == SCHOOL, m.group("ref") or "")


def _owner_words(owner: str) -> bool:
    """Whether the words after «мероприятие» may name its owner: a name written with a
    capital («КГТУ», «Музея янтаря») or a noun phrase in the genitive («школы»,
    «калининградского зоопарка»: its first word's likeliest reading (pymorphy3) a noun, an
    adjective or a participle with a genitive reading) — not a preposition, an adverb, a
    verb or an adjective in another case («для 9А», «завтра», «отменили», «платное»), nor
    people written small («родителей», «учеников»: whom it is for, chat77)."""
    first = re.search(r"[^\W\d_]+", owner)  # «7 гимназии»: the word after the number
    if first is None:
        return False
    word = first.group(0)
    if word[0].isupper():
        return True
    if is_person_noun(word):
        return False  # «это мероприятие родителей», «… выпускников»: people, no organiser (chat77)
    found = parses(word)
    return (
        bool(found)
        and found[0].tag.POS in _OWNER_POS
        and any(p.tag.case == "gent" and p.tag.POS == found[0].tag.POS for p in found)
    )


def _without_our(owner: str) -> str:
    """`owner` without a leading «нашей» / «нашего» («нашей школы» → «школы»: the school)."""
    return re.sub(r"^наше(?:й|го)\s+", "", owner, flags=re.IGNORECASE)


def _held(written: str) -> OrganiserChangeSaid | None:
    """«проводит Музей янтаря», «экскурсию проводит КГТУ», «мы проводим сами»."""
    we = _WE_HOLD.match(written)
    if we is not None:
        return _with_event(SCHOOL, True, we.group("ref") or "")
    m = _HOLDER.match(written)
    if m is None:
        return None
    name = organiser_said(f"организатор: {m.group('name')}")
    if name is None or not (name == SCHOOL or name[0].isupper() or _is_place(name)):
        return None  # «проводит урок»: no organisation
    return _with_event(name, True, m.group("ref") or "")


def _is_place(name: str) -> bool:
    """Whether `name` opens with a kind of place written small («музей», «библиотека»)."""
    first = re.match(r"[а-яё]+", name.lower())
    return first is not None and PLACE.fullmatch(first.group(0)) is not None


def _with_event(name: str, exact: bool, ref: str) -> OrganiserChangeSaid:
    """The change with its event: a list number, a pronoun (the one last looked at) or the
    title words of `ref`."""
    ref = ref.strip(" ,.")
    number = _NUMBER.match(ref)
    if number is not None:
        return OrganiserChangeSaid(name, exact, number=int(number.group("number")))
    if not ref or _PRONOUN.match(ref.lower()):
        return OrganiserChangeSaid(name, exact)
    return OrganiserChangeSaid(name, exact, reference=ref)
