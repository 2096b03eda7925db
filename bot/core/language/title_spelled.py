"""A headline that announces an event by its abbreviation or short name after the verb
(«Пройдут ВСИ», «Стартует РОБОФЕСТ»), the body spelling it out further on. Russian shortens a
name by the initials of its words, hyphenated parts included («Всероссийские спортивные игры»
→ ВСИ, «научно-практическая конференция» → НПК), and a name written in capitals is told what
it is by a dash («РОБОФЕСТ — всероссийский робототехнический фестиваль»). The body's words
whose initials are the abbreviation's capitals, in order, ending in a noun, are its spelled
out form; a name equated with a kind of event takes that kind. Used by title.py.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import to_nominative
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, word_parses

# a verb announcing the event, then (a few words on) a word in capitals: «Пройдут ВСИ»,
# «В школе стартует РОБОФЕСТ-2026»
_ANNOUNCED_CAPS = re.compile(
    r"(?i:(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся"
    r"|стартует|стартуют)(?![а-яё]))(?:\s+[^\s.!?]+){0,2}?\s+"
    r"([А-ЯЁ]{2,12})(?:-\d{2,4})?(?![А-ЯЁа-яё])"
)
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_BODY = 1500  # characters of the body read for the spelled-out form
# «РОБОФЕСТ — всероссийский робототехнический фестиваль»: up to three words, then the kind
_EQUATED = r"\s*[—–-]\s+((?:[а-яё-]+\s+){0,3}[а-яё-]+)"


def spelled_out(text: str, headline: tuple[int, int]) -> tuple[int, str] | None:
    """(where the name stands in the headline, the title) for a headline text[headline]
    announcing an abbreviation or a name in capitals after its verb that the body below
    spells out: the spelled-out phrase in the nominative with the abbreviation in brackets
    («Всероссийские спортивные игры (ВСИ)»), or the kind a dash equates the name with
    («Фестиваль РОБОФЕСТ»). None when the headline announces none or the body never spells
    it out."""
    top, end = headline
    if end <= top:
        return None
    if text[top:end].upper() == text[top:end]:
        return None  # "ПРОЙДЁТ ШКОЛЬНЫЙ ЭТАП": a headline in capitals, its words no names
    found = _ANNOUNCED_CAPS.search(text, top, end)
    if found is None:
        return None
    name = found.group(1)
    body = (end, min(len(text), end + _BODY))
    phrase = _by_initials(text, name, body) or _by_equated_kind(text, name, body)
    return (found.start(1), phrase) if phrase else None


def _initials(word: str) -> str:
    return "".join(part[:1].upper() for part in word.split("-") if part)


def _by_initials(text: str, name: str, body: tuple[int, int]) -> str | None:
    """The body's first run of words, opening with a capital, whose initials are `name`'s
    letters in order and whose last word is a noun, as its title phrase with `name`."""
    words = list(_WORD.finditer(text, *body))
    for i, first in enumerate(words):
        if not first.group(0)[:1].isupper():
            continue
        got = ""
        for m in words[i : i + len(name)]:
            got += _initials(m.group(0))
            if not name.startswith(got):
                break
            if got == name:
                if not any(p.tag.POS == "NOUN" for p in word_parses(m.group(0))[:2]):
                    break
                phrase = kind_phrase(text, m.start(), m.end())
                if f"({name})" in phrase or len(phrase) + len(name) + 3 > 80:
                    return phrase  # the phrase already closes on «(ВСИ)», or no room
                return f"{phrase} ({name})"
    return None


def _by_equated_kind(text: str, name: str, body: tuple[int, int]) -> str | None:
    """«РОБОФЕСТ — всероссийский робототехнический фестиваль»: the kind of event a dash
    after the name in the body equates it with, in the nominative, before the name."""
    if text.find(name, *body) < 0:
        return None  # the name is not in the body: no pattern to compile
    equated = re.compile(re.escape(name) + _EQUATED)
    for m in equated.finditer(text, *body):
        words = m.group(1).split()
        kind = next((w for w in words if KIND.fullmatch(w)), None)
        if kind is None:
            continue
        named = to_nominative([kind])[0]
        return f"{named[:1].upper()}{named[1:]} {name}"
    return None
