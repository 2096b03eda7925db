"""The organiser as the venue: a named organisation that opens its clause as the subject of a
verb of hosting ("ДДТ «Радуга» приглашает …", "Молодёжное объединение «Северный путь»
проводит …", "Филиал краеведческого музея имени «…» проводит …", "КГТУ приглашает на день
открытых дверей"). An organisation that invites or holds an event without naming another
place holds it on its own premises; places.py weighs it against the places the post names
(a place after "в"/"на" outscores it).

Only a named organisation counts: an abbreviation ("ДДТ", "ПКиО") with a quoted name, "№ N"
or "им. …" after it, or a noun phrase whose first word is a capitalised inanimate noun or
adjective in the nominative (pymorphy3) with a quoted name or "№ N" within its next few words;
a lone abbreviation only when it invites ("КГТУ приглашает"). "Администрация района проводит"
names no premises. Place nouns opening a clause ("Музей … приглашает") are read by places.py.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.place_nouns import HOST, HOST_VERBS, PLACE
from bot.core.language.place_sites import invites_home
from bot.core.language.place_verbs import LEMMAS
from bot.core.language.title_words import KIND, inside_quotes
from bot.core.language.title_words import word_parses as _parses

# an abbreviation, a conjunction's small letter inside one ("ПКиО"), and what names it
_ABBREVIATION = compile_with_scan(
    r"(?<![\w-])((?:[А-ЯЁ]{2,6}|[А-ЯЁ]{2,4}[иа][А-ЯЁ]{1,3})(?![А-ЯЁа-яё\w-])"
    r"(?:\s+им\.\s*(?:[А-ЯЁ]\.\s*){1,2}[А-ЯЁ][а-яё]+|\s*№\s*\d{1,4}|\s+«[^«»\n]{2,60}»"
    r"|\s+\"[^\"\n]{2,60}\")?)"
)
# a capitalised word, then up to seven words, then a quoted name or "№ N"
_NAMED_PHRASE = re.compile(
    r"([А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?:[ \t]+[А-ЯЁа-яё.-]+){0,7}?"
    r"(?:[ \t]+«[^«»\n]{2,60}»|[ \t]+\"[^\"\n]{2,60}\"|[ \t]*№[ \t]*\d{1,4}))"
)
# where a clause opens: the text's or a line's start, a sentence's end, a dash or a colon
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?\n]\s*|\s[—–-]\s+|:\s+)$")
_WORD = re.compile(r"[а-яё]+")
_HOST_VERB = compile_with_scan(rf"\s{HOST_VERBS}")


def named_hosts(text: str) -> list[tuple[int, str]]:
    """(offset, shown) of each named organisation opening a clause as the subject of a verb
    of hosting (HOST, place_nouns.py), shown as written; a lone abbreviation only when it
    invites to its own premises (its verb "приглашает", the rest of its sentence naming no
    other place: place_sites.invites_home)."""
    found: list[tuple[int, str]] = []
    verbs = [m.start() for m in _HOST_VERB.finditer(text)]
    if not verbs:
        return found
    inside = inside_quotes(text)
    seen: set[int] = set()
    for pattern in (_ABBREVIATION, _NAMED_PHRASE):
        # a name ends at most 71 characters before its verb (HOST) and is at most ~260 long
        windows = [(max(0, at - 340), at) for at in verbs]
        for m in (m for a, b in windows for m in pattern.finditer(text, a, b)):
            if m.start(1) in seen or inside(m.start()):
                continue  # "Проект «Знание. ВДНХ» приглашает": a word of a quoted name
            verb = HOST.match(text, m.end(), m.end() + 100)
            if verb is None or not _active(text, verb.end()):
                continue  # "Фестиваль «…» проводится …": the event itself, not its host
            opens = _CLAUSE_OPENING.search(text, max(0, m.start() - 4), m.start()) is not None
            if not opens and _WORD.match(text, m.end() + 1) is None:
                continue  # after a fronted adverbial only with its verb right after it
            if not opens and verb.end() - m.end() > 12:  # ("В первый день мая ПКиО «…» приглашает")
                continue
            if not opens and _governed(text, m.start()):
                continue  # "совместно с ДДТ «…» проводит": a preposition's, not the subject
            name = " ".join(m.group(1).split())
            lone = pattern is _ABBREVIATION and " " not in name and "№" not in name
            if lone and not invites_home(text, m.end()):
                continue  # "МЧС проводит": a lone abbreviation only when it invites
            if pattern is _NAMED_PHRASE and not _organisation_noun(name):
                continue
            seen.add(m.start(1))
            found.append((m.start(1), name))
    return found


def _organisation_noun(name: str) -> bool:
    """Whether the phrase before its quoted name or number is an organisation's: adjectives
    and an inanimate noun in the nominative (no place noun: those are read by places.py; no
    event's kind, no person), then only genitives or "имени" ("Филиал музея истории города
    имени …"; not "Агентство по делам молодёжи совместно с …"), one of its words a place
    word ("музея", "Музейное"): an ensemble or an agency names no premises."""
    words = re.split(r"\s*[«\"№]", name, maxsplit=1)[0].split()
    for i, word in enumerate(words[:4]):
        found = _parses(word)[:2]
        if not found:
            return False
        if any(("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "nomn" for p in found):
            continue
        noun = next((p for p in found if "NOUN" in p.tag and p.tag.case == "nomn"), None)
        return (
            noun is not None
            and "inan" in noun.tag
            and PLACE.fullmatch(word) is None
            and KIND.match(word) is None
            and not {"Name", "Surn", "Patr", "Geox"} & noun.tag.grammemes
            and all(_genitive(w) for w in words[i + 1 :])
            and any(PLACE.match(w) for w in words)
        )
    return False


def _genitive(word: str) -> bool:
    """Whether a word may continue an organisation's name: "имени", "им." or a genitive
    (one of its two likeliest readings, pymorphy3)."""
    if word.lower() in ("имени", "им."):
        return True
    return any(p.tag.case == "gent" for p in _parses(word.strip("."))[:2])


def _active(text: str, at: int) -> bool:
    """Whether the verb whose stem ends at `at` has the organisation as its agent: a finite
    singular verb (pymorphy3) that is no verb of taking place ("проводится", "откроется":
    the event is their subject; place_verbs.LEMMAS), nor plural ("Актёры театра ТОФ
    приглашают": someone else's); "присоединилось" is the organisation's own act."""
    word = _WORD.match(text, at)
    whole = text[text.rfind(" ", 0, at) + 1 : word.end() if word else at]
    found = _parses(whole)
    if not found or found[0].tag.POS != "VERB" or found[0].tag.number == "plur":
        return False
    return str(found[0].normal_form) not in LEMMAS


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)\s+$")


def _governed(text: str, at: int) -> bool:
    """Whether the word before `at` is a preposition (pymorphy3): what follows is no subject."""
    word = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return word is not None and any(p.tag.POS == "PREP" for p in _parses(word.group(1))[:1])
