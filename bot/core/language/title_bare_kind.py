"""A bare kind opening the dated sentence, completed from the sentence right before it.

A news post often says what happens in its headline or first sentence and then dates the
event by its kind alone: "Новый сезон школьной лиги КВН стартует в Бурятии. Фестиваль
пройдёт 18 октября …", "Школьники посетили Ликинский автобусный завод\nЭкскурсия состоялась
6 февраля". A reader calls the event by the kind and what the sentence before adds:

- a season, stage, round or final of something named in the genitive ("сезон школьной лиги
  КВН", "заключительного этапа ВсОШ"): the kind and that genitive, "Фестиваль школьной лиги
  КВН", "Состязания ВсОШ" (with_season_owner);
- a visit to a place when the kind is an excursion or a trip: the visit, "Посещение
  Ликинского автобусного завода" (with_visit_before, title_visits.visits).

Used by title.py (concise_title). Round 41, tests/data/title75.md."""

from __future__ import annotations

import re

from bot.core.language.title_visits import visits
from bot.core.language.title_words import KIND, MAX_TITLE, is_genitive, word_parses

# a run's part: the season, stage, round or final of what the genitive after it names
_PART = re.compile(r"(?i)(?<![а-яё])(?:сезон|этап|финал|тур)(?:а|у|ом|е|ы|ов|ах)?(?![а-яё])")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\S")
_ABBREVIATION = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*")  # "КВН", "ВсОШ"
_MAX_WORDS = 5


def with_season_owner(text: str, title: str, event_sentence: tuple[int, int] | None) -> str | None:
    """`title`, a bare kind word ("Фестиваль") that opens the dated sentence `event_sentence`,
    with the genitive group the sentence right before gives a season, stage or final of:
    "Фестиваль школьной лиги КВН". The group is read word by word after the part noun: words
    with a genitive reading (pymorphy3) or capitalised abbreviations, at most five, up to the
    first other word; it must end in a noun or an abbreviation. None when the title is more
    than one kind word, does not open the sentence, or the sentence before has no such part."""
    before = _sentence_before(text, title, event_sentence)
    if before is None:
        return None
    previous = text[slice(*before)]
    part = _PART.search(previous)
    if part is None:
        return None
    group = _genitive_group(previous[part.end() :])
    if not group:
        return None
    whole = f"{title} {group}"
    return whole if len(whole) <= MAX_TITLE else None


def _genitive_group(rest: str) -> str:
    """The genitive words opening `rest` (see with_season_owner), or "" when they end in no
    noun or abbreviation."""
    words: list[str] = []
    for m in _WORD.finditer(rest):
        word = m.group(0)
        if len(words) == _MAX_WORDS or not (is_genitive(word) or _ABBREVIATION.fullmatch(word)):
            break
        words.append(word)
    while words and not _nounish(words[-1]):
        words.pop()
    if not words:
        return ""
    group = " ".join(words)
    # "олимпиады по химии", "конкурса по русскому языку": the subject the last noun takes
    subject = _SUBJECT.match(rest, rest.index(group) + len(group))
    if subject is not None and all(_dative(w) for w in subject.group(1).split()):
        group = f"{group} по {subject.group(1)}"
    return group


_SUBJECT = re.compile(r"\s+по\s+([а-яё]+(?:\s+[а-яё]+)?)(?=[\s.,!?;:]|$)")


def _dative(word: str) -> bool:
    """Whether one of the word's two likeliest readings is a dative noun or adjective."""
    return any("datv" in p.tag and p.tag.POS in ("NOUN", "ADJF") for p in word_parses(word)[:2])


def _nounish(word: str) -> bool:
    """Whether `word` is a capitalised abbreviation or its likeliest reading a noun."""
    if _ABBREVIATION.fullmatch(word):
        return True
    found = word_parses(word)
    return bool(found) and "NOUN" in found[0].tag


_VISIT_KINDS = frozenset({"экскурсия", "поездка", "визит"})


def with_visit_before(text: str, title: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The visit the sentence before tells ("посетили Ликинский автобусный завод" ->
    "Посещение Ликинского автобусного завода", title_visits.visits) when `title` is a bare
    excursion, trip or visit ("Экскурсия") opening the dated sentence; None otherwise."""
    if title.lower() not in _VISIT_KINDS:
        return None
    before = _sentence_before(text, title, event_sentence)
    if before is None:
        return None
    found = visits(text, before)
    return found[0][1] if found else None


def _sentence_before(
    text: str, title: str, event_sentence: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The span of the sentence (or line) right before `event_sentence` when `title` is one
    kind word and the dated sentence opens with it; None otherwise."""
    if event_sentence is None or not KIND.fullmatch(title):
        return None
    start = event_sentence[0]
    opening = _WORD.match(text, start)
    if opening is None or opening.group(0).lower() != title.lower():
        return None
    end = start
    while end > 0 and text[end - 1] in " .!?\n":
        end -= 1  # the marks closing the sentence before
    if end == 0:
        return None
    return max(text.rfind(c, 0, end) for c in ".!?\n") + 1, end
