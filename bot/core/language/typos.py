"""Misspelt months, weekdays and relative days ("дикабря", "завтро", "второник") put right.

A word is corrected only when all of these hold: it is not a word the morphology dictionary
(pymorphy3's OpenCorpora dictionary) knows, it stands where a date word can stand (a month
after a day number, a weekday after "в"/"во"/"на"/"по"/"каждый"/"следующий" or alone), and one
reading of the vocabulary is clearly closer than any other (rapidfuzz's normalised Indel
similarity). Each correction is reported, so the card can show the corrected word and the
parser can raise the `date_typo` doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.language.date_words import MONTH_FORMS, WEEKDAY_FORMS
from bot.core.language.first_scan import with_first_scan
from bot.core.language.lowered import lower as lower_text
from bot.core.language.lowered import search_i
from bot.core.language.morphology import is_known
from bot.core.language.spaced_clock import with_colons
from bot.core.language.weekday_abbreviations import expand_weekdays, has_clipped_date_word
from bot.core.language.word_openings import forms

# Every spelling the date rules read (months and weekdays in date_words.py), by meaning.
_RELATIVE = [
    "сегодня",
    "завтра",
    "послезавтра",
    "послепослезавтра",
    "вчера",
    "позавчера",
    "позапозавчера",
]

MIN_SCORE = 78.0  # below this a word is not taken for a date word at all
MIN_MARGIN = 6.0  # the best reading must beat the best different reading by this much
SUSPECT_SCORE = 62.0  # an unknown word this close to a date word is a date word not read

_WORD = re.compile(r"(?<![\w-])([а-яёА-ЯЁ]{4,14})(?![\w-])")
_DAY_BEFORE = re.compile(r"(?:\d{1,2}|перв\w+|втор\w+|трет\w+)(?:-?[а-я]{1,2})?\s*$")
_WEEKDAY_BEFORE = re.compile(
    r"(?:^|[\s,.;:!(])(?:в|во|на|по|каждый|каждую|каждое|следующий|следующую|следующее"
    r"|этот|эту|это|ближайший|ближайшую)\s+$|^\s*$"
)


@dataclass(frozen=True, slots=True)
class Correction:
    """One corrected word: as written and as read."""

    written: str
    read: str


def _meaning(word: str) -> str:
    """Words of one lexeme share a meaning: months and weekdays by their first letters."""
    if word in _RELATIVE:
        return word
    return word[:3] if word[:3] != "ма" else word[:2]


@lru_cache(maxsize=4096)
def closest(word: str, kind: str) -> tuple[str | None, bool]:
    """The vocabulary word of `kind` ("month", "weekday", "relative") a misspelling means.

    Returns (reading, suspect): the reading when one is clearly closest; `suspect` is True
    when the word looks like a date word but no single reading is clear enough.
    """
    vocabulary = {"month": MONTH_FORMS, "weekday": WEEKDAY_FORMS, "relative": _RELATIVE}[kind]
    if word in vocabulary or (word.startswith("не") and word[2:] in vocabulary):
        return None, False  # "несегодня": a negated word, not a misspelling
    found = process.extract(word, vocabulary, scorer=fuzz.ratio, limit=8)
    if not found or found[0][1] < SUSPECT_SCORE:
        return None, False
    if is_known(word):
        return None, False  # a real word ("марки", "среди"), not a misspelling
    best, score, _ = found[0]
    rivals = [s for w, s, _ in found[1:] if _meaning(w) != _meaning(best)]
    if score < MIN_SCORE or (rivals and score - rivals[0] < MIN_MARGIN):
        return None, True
    return best, False


@lru_cache(maxsize=8192)
def _near_date_word(word: str) -> bool:
    """True when some date word of any kind is at least SUSPECT_SCORE close: every other word
    is left alone without looking at its context (most words of a post)."""
    return (
        process.extractOne(word, _EVERY_WORD, scorer=fuzz.ratio, score_cutoff=SUSPECT_SCORE)
        is not None
    )


_EVERY_WORD = [*MONTH_FORMS, *WEEKDAY_FORMS, *_RELATIVE]


@lru_cache(maxsize=8192)
def _may_be_typo(word: str) -> bool:
    """Whether `closest` can read `word` as anything or call it a suspect: near a date word
    and not a word the dictionary knows (`closest` gives (None, False) for every other).
    The dictionary is asked first: ~1 µs against rapidfuzz's ~4 µs over every date word,
    and 93 % of a new post's words it has not judged yet are known (speed66)."""
    return not is_known(word) and _near_date_word(word)


# word forms as `word_openings.forms` reads them (runs of [а-яё], «ё» kept) already judged
_NO_TYPO: set[str] = set()  # no possible typo (bounded below)
_TYPO_LIKE: set[str] = set()  # possible typos (bounded below)
_MAX_NO_TYPO = 50_000
_MAX_TYPO_LIKE = 5_000
_SHORTEST, _LONGEST = 4, 14  # the lengths of _WORD's runs


def _may_hold_typo(lower: str) -> bool:
    """Whether some word of the lower-cased text may be a typo (`_may_be_typo`); each word
    form is judged once and remembered either way, so later texts only look at the forms
    not judged yet (a set difference) and at whether one of theirs was already found suspect.
    Both sets are emptied when they outgrow their bound (50,000 and 5,000 forms).

    The forms judged are the text's runs of [а-яё] (`word_openings.forms`: one reading of
    the lower case, which the title's kind search reads again), a superset of `_WORD`'s
    words (it leaves out a run touching a digit, a Latin letter or a hyphen): only when a
    form is suspect is the text read with `_WORD` (`_suspect_word`) to answer as before."""
    fresh = set(forms(lower)).difference(_NO_TYPO)
    if not fresh.isdisjoint(_TYPO_LIKE):
        return _suspect_word(lower)
    suspects = {
        form
        for form in fresh
        if _SHORTEST <= len(form) <= _LONGEST and _may_be_typo(form.replace("ё", "е"))
    }
    if len(_NO_TYPO) > _MAX_NO_TYPO:
        _NO_TYPO.clear()
    if len(_TYPO_LIKE) > _MAX_TYPO_LIKE:
        _TYPO_LIKE.clear()
    _NO_TYPO.update(fresh - suspects)
    _TYPO_LIKE.update(suspects)
    return bool(suspects) and _suspect_word(lower)


def _suspect_word(lower: str) -> bool:
    """Whether one of `_WORD`'s words of `lower` may be a typo: a form judged suspect, or one
    not judged (or forgotten) that `_may_be_typo` reads so."""
    return any(
        word in _TYPO_LIKE or (word not in _NO_TYPO and _may_be_typo(word.replace("ё", "е")))
        for word in set(_WORD.findall(lower))
    )


# «вес день», «весь ден», «целй день»: the phrase «весь день» with a letter lost; its words
# are often words of their own («вес», «ден» are in the dictionary), so the two are read as
# one phrase: each close to a word of the phrase (rapidfuzz), and one of them misspelt
_WHOLE_WORDS = ("весь", "целый")
_DAY_WORDS = ("день",)
_WHOLE_DAY_PAIR = re.compile(r"(?<![а-яё])([вц][а-яё]{2,4})\s+(д[а-яё]{1,3})(?![а-яё])", re.I)
PHRASE_SCORE = 85.0  # one letter lost or swapped in a word of four or five


def _whole_day_pair(first: str, second: str) -> tuple[str, str] | None:
    """(«весь» or «целый», «день») when the two words are that phrase misspelt; None for the
    phrase spelt right and for any other pair."""
    whole = process.extractOne(first, _WHOLE_WORDS, scorer=fuzz.ratio, score_cutoff=PHRASE_SCORE)
    day = process.extractOne(second, _DAY_WORDS, scorer=fuzz.ratio, score_cutoff=PHRASE_SCORE)
    if whole is None or day is None or (first, second) == (whole[0], day[0]):
        return None
    return whole[0], day[0]


def _mended_whole_day(text: str) -> tuple[str, list[Correction]]:
    """The text with «весь день» misspelt («вес день», «весь ден») put right, and what
    was put right (as typed and as read)."""
    corrections: list[Correction] = []
    if search_i(_WHOLE_DAY_PAIR, text) is None:  # (its twin over the lower case: lowered.py)
        return text, corrections  # no pair at all: no substitution over the whole text

    def mend(found: re.Match[str]) -> str:
        read = _whole_day_pair(found.group(1).lower(), found.group(2).lower())
        if read is None:
            return found.group(0)
        written = found.group(0)
        phrase = " ".join(read)
        phrase = phrase[:1].upper() + phrase[1:] if written[:1].isupper() else phrase
        corrections.append(Correction(written, phrase))
        return phrase

    return _WHOLE_DAY_PAIR.sub(mend, text), corrections


def correct_typos(text: str) -> tuple[str, tuple[Correction, ...], bool]:
    """The text with misspelt date words replaced, what was replaced, and whether a word
    that looks like a misspelt date word could not be read (a month after a day number, a
    clipped weekday or month after "в": see weekday_abbreviations). Clipped weekdays and
    spaced clock times ("в 18 00") come back written in full (spaced_clock); «весь день»
    misspelt («вес день») is put right as a phrase (`_mended_whole_day`)."""
    text = expand_weekdays(text)  # "в пятн" -> "в пятницу": a reading, not a correction
    text = with_colons(text)  # "в 18 00" -> "в 18:00"
    text, mended = _mended_whole_day(text)
    lower = lower_text(text)
    if not _may_hold_typo(lower):  # most posts: date words spelt right
        return text, tuple(mended), has_clipped_date_word(text)
    corrections: list[Correction] = list(mended)
    unreadable = False
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(lower):
        word = m.group(1).replace("ё", "е")
        if m.group(1) in _NO_TYPO or not _near_date_word(word):
            continue  # `closest` reads a word judged no possible typo as nothing, of any kind
        before = lower[max(0, m.start() - 14) : m.start()]
        read = None
        if _DAY_BEFORE.search(before):
            read, suspect = closest(word, "month")
            unreadable = unreadable or suspect
        if read is None and _WEEKDAY_BEFORE.search(before):
            read = closest(word, "weekday")[0]
        if read is None:
            read = closest(word, "relative")[0]
        if read is None:
            continue
        written = text[m.start() : m.end()]
        if written[:1].isupper():
            read = read[:1].upper() + read[1:]
        out.append(text[pos : m.start()])
        out.append(read)
        pos = m.end()
        corrections.append(Correction(written, read))
    if not corrections:
        return text, (), unreadable or has_clipped_date_word(text)
    out.append(text[pos:])
    fixed = "".join(out)
    return fixed, tuple(corrections), unreadable or has_clipped_date_word(fixed)


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_WORD = with_first_scan(_WORD)
