"""The clauses of a post dated with another day than the event's: another event of the post.

The parser chooses the event's start among the post's dated sentences (post.py); a round-up
names several events, each in a clause with its own day ("«последние звонки» будут звенеть
24 мая, а выпускные вечера назначены на 28 июня"). A kind in a clause whose day lies outside
the chosen start's span (and its sessions) is the other day's event, never the title of the
chosen one (title_score.score_at). The date phrases and their days are the parser's own
(PostFacts.dated); this module only reads which clause each belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from itertools import pairwise

from bot.core.language.lowered import finditer_i
from bot.core.language.title_words import KIND, inside_quotes, is_noun, kind_key, word_parses

# what ends a clause inside a sentence: a comma or a semicolon before a space ("4,5,6
# января": one date phrase)
_CLAUSE_END = re.compile(r"[,;](?=\s)")

Span = tuple[int, int]
Phrase = tuple[int, int, date | None, date | None]  # a date phrase: start, end, first, last day


def other_day_clauses(
    text: str,
    sentences: Iterable[Span],
    dated: Iterable[Phrase],
    first: date,
    last: date,
    sessions: Iterable[date] = (),
) -> tuple[Span, ...]:
    """The spans of `text` (clauses of its `sentences`) dated only with days outside the
    chosen start's span `first`..`last` and its `sessions`: each date phrase of `dated`
    ((start, end, first day, last day), as PostFacts.dated) dates the clause it stands in
    (cut at commas and semicolons); a clause with no date phrase takes the day of the dated
    clause before it in its sentence (the first dated one when none is before). A phrase
    whose day is unknown, or whose days meet the chosen span, dates its clause as the
    event's own. Nothing when no phrase holds the chosen start: where it was read is unknown."""
    own = set(sessions)
    phrases = _ranges(text, sorted(set(dated)))
    if not any(
        low is not None and not _another_day(low, high, first, last, own)
        for _, _, low, high in phrases
    ):
        return ()
    found: list[Span] = []
    at = 0
    for begin, end in sentences:
        inside: list[tuple[int, int, bool]] = []  # the sentence's phrases: is it another day
        while at < len(phrases) and phrases[at][0] < end:
            start, stop, low, high = phrases[at]
            at += 1
            if start >= begin:
                inside.append((start, stop, _another_day(low, high, first, last, own)))
        if inside and any(other for *_, other in inside):
            found.extend(_other_clauses(text, begin, end, inside))
    return tuple(found)


# what joins two date phrases into one span ("со 2 апреля по 5 ноября", "10 - 12 мая")
_RANGE_JOIN = re.compile(r"\s*(?:г\.|года|году)?\s*(?:-|–|—|по|до)\s*")


def _ranges(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """`phrases` (in order) with each two a range joins ("со 2 апреля по 5 ноября") read as
    one span from the first's day to the second's; a first day after the last is a year
    earlier (the parser rolls a day already past into next year: "2 апреля" read in August),
    and unknown when that does not help."""
    joined: list[Phrase] = []
    for phrase in phrases:
        if joined and _RANGE_JOIN.fullmatch(text, joined[-1][1], phrase[0]):
            start, _, low, _ = joined.pop()
            high = phrase[3]
            if low is not None and high is not None and low > high:
                low = _year_before(low)
                low = low if low is not None and low <= high else None
            phrase = (start, phrase[1], low, high)
        joined.append(phrase)
    return joined


def _year_before(day: date) -> date | None:
    """The same day a year earlier; None for a 29 February with no match."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


def _another_day(
    low: date | None, high: date | None, first: date, last: date, own: set[date]
) -> bool:
    """Whether a date phrase's days (`low`..`high`) lie wholly outside `first`..`last` and
    are none of the sessions `own`."""
    if low is None:
        return False
    high = high if high is not None and high >= low else low
    return (high < first or low > last) and low not in own and high not in own


def _other_clauses(
    text: str, begin: int, end: int, phrases: list[tuple[int, int, bool]]
) -> list[Span]:
    """The clauses of the sentence text[begin:end] dated with another day (see
    other_day_clauses); `phrases`: its date phrases in order, each with whether it is
    another day's."""
    cuts = [begin]
    inside = inside_quotes(text)
    for m in _CLAUSE_END.finditer(text, begin, end):
        if inside(m.start()):
            continue  # «Не оставим без дворца ни синицу, ни скворца!»: one name
        if not any(start < m.start() < stop for start, stop, _ in phrases):
            cuts.append(m.end())  # "1, 2 и 3 мая": a comma inside a date phrase cuts nothing
    cuts.append(end)
    clauses: list[tuple[int, int, bool | None]] = []
    for low, high in pairwise(cuts):
        own = [other for start, _, other in phrases if low <= start < high]
        clauses.append((low, high, all(own) if own else None))
    spans: list[Span] = []
    previous = next(other for *_, other in clauses if other is not None)
    for low, high, other in clauses:
        previous = previous if other is None else other
        if previous:
            spans.append((low, high))
    return spans


def own_named(
    text: str, event_sentence: Span | None, clauses: tuple[Span, ...]
) -> tuple[Span, ...]:
    """`clauses` (dated with another day, other_day_clauses) when the event's sentence,
    outside them, names a kind of its own (outside quotes): then the chosen start's event is
    told apart from the other days'. Nothing otherwise: a start read from a sentence that
    names no event ("А 11 октября будет работать мобильная станция …", a dateline) says nothing
    of which event the post is about, and the other days' kinds stay candidates.
    A clause naming the whole the start's event is a part of ("Открытие выставки пройдёт
    17 ноября" — "16 ноября стартует выставка «…»": a kind the start's clause governs by a
    noun) is no other event's: it is left out."""
    if not clauses or event_sentence is None:
        return ()
    inside = inside_quotes(text)
    named = False
    wholes: set[str] = set()  # the keys of kinds the start's clauses name as a whole
    for m in finditer_i(KIND, text[: event_sentence[1]]):
        if m.start() < event_sentence[0] or inside(m.start()):
            continue
        if not any(low <= m.start() < high for low, high in clauses):
            named = True
            if _governed(text, m.start(), m.group(0)):
                wholes.add(kind_key(m.group(0)))
    if not named:
        return ()
    if not wholes:
        return clauses
    return tuple(clause for clause in clauses if not _names_whole(text, clause, wholes))


def _names_whole(text: str, clause: Span, wholes: set[str]) -> bool:
    """Whether the clause names a kind of `wholes` outside quotes."""
    inside = inside_quotes(text)
    return any(
        kind_key(m.group(0)) in wholes and not inside(m.start())
        for m in finditer_i(KIND, text[: clause[1]])
        if m.start() >= clause[0]
    )


# the words before a kind in its clause, the last one first: adjectives, then a noun
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")


def another_days_kind(text: str, at: int, word: str, clauses: tuple[Span, ...]) -> bool:
    """Whether the kind `word` at `at` stands in one of `clauses` (dated with another day,
    other_day_clauses) as what that day holds: not governed by a noun before it, in the
    genitive ("16 мая — финал конкурса «…»": the contest is the whole, the final its part on
    that day, and the chosen start may be another part of it) or through a preposition
    ("8 июля объявили приём заявок на конкурс «…»": the intake is that day's, the contest
    the goal of it)."""
    if not any(low <= at < high for low, high in clauses):
        return False
    return not _governed(text, at, word)


def _governed(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at` depends on a noun before it: in the genitive right after the
    noun, or after a preposition that follows the noun; at most two adjectives between
    ("полуфинал всероссийского конкурса", "заявок на летний вокальный конкурс")."""
    genitive = any(p.tag.POS == "NOUN" and "gent" in p.tag for p in word_parses(word)[:2])
    end = at
    for _ in range(3):
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            return False
        prior = before.group(1)
        if is_noun(prior):
            return genitive
        parses = word_parses(prior)[:2]
        if parses and parses[0].tag.POS == "PREP":
            noun = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
            return noun is not None and is_noun(noun.group(1))
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return False
        end = before.start()
    return False


def own_part(event_sentence: Span, clauses: tuple[Span, ...]) -> Span:
    """The event's sentence without its clauses dated with another day (`clauses`): the
    first run of its own clauses ("«Последние звонки» будут звенеть 24 мая," of "…, а
    выпускные вечера назначены на 28 июня"), the whole sentence when none is another
    day's or all are."""
    begin, end = event_sentence
    cuts = sorted((low, high) for low, high in clauses if begin <= low < end)
    at = begin
    for low, high in cuts:
        if low > at:
            return at, low
        at = max(at, high)
    return (at, end) if at < end else event_sentence
