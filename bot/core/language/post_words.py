"""A post's words, read once and shared by the title stage's finders.

The title stage asks many small questions of the same post: does it hold a word at all
("мероприятия", a day noun), which kind word does a phrase open with, which words stand
before an offset. Each finder answered by its own pass (a `search` over the whole post, a
`KIND.search` of the same chosen title from several modules). `post_words(text)` reads the
post once (remembered for the last few texts, as prepositions.starts and sentences are): the
offsets of its words (runs of Cyrillic letters and hyphens), their lower-case forms, each
word's sentence (sentences.py's spans, one bisect per word), the post in lower case
(lowered.py) and pymorphy3's readings looked up once per distinct lower-case form;
`words_between` lists a window's words off it (no findall of the window). `first_pos(word)`
is the likeliest reading's part of speech, remembered per word form. `first_kind(text)` is
`KIND.search(text)` remembered per text: the title stage searches the same chosen title for
its kind word from enriched, with_mention and their helpers. tests/unit/test_post_words.py
checks each answer against the pass it replaces.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any

from bot.core.language.lowered import lowered
from bot.core.language.morphology import parses
from bot.core.language.sentences import sentences
from bot.core.language.title_words import KIND

# a word: a run of Cyrillic letters and hyphens ("арт-фестиваль" is one), as the title rules'
# own word patterns read it (title_score._WORD, title_phrase._LAST_WORD)
_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_WORD_SPLIT = re.compile(r"([А-ЯЁа-яё-]+)")


class PostWords:
    """The words of one text: `starts[i]`, `ends[i]` and `lowers[i]` of the i-th run of
    Cyrillic letters and hyphens, left to right; `low` the text in lower case (None when it
    holds a character lower-casing could change the length of, lowered.py)."""

    __slots__ = (
        "_ends",
        "_lowers",
        "_readings",
        "_sentence_ids",
        "_starts",
        "_words",
        "low",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = lowered(text)
        self._starts: list[int] | None = None  # the words are read on first use
        self._ends: list[int] = []
        self._words: list[str] = []
        self._lowers: list[str] | None = None
        self._sentence_ids: list[int] | None = None
        self._readings: dict[str, tuple[Any, ...]] = {}

    def _read(self) -> list[int]:
        if self._starts is None:
            # split keeps the words at the odd places; their offsets are the running sum of
            # the pieces' lengths: every step a C loop, no Match object per word
            pieces = _WORD_SPLIT.split(self.text)
            offsets = list(accumulate(map(len, pieces), initial=0))
            self._words = pieces[1::2]
            self._ends = offsets[2::2]
            self._starts = offsets[1:-2:2]  # (the last offset is the text's end)
        return self._starts

    @property
    def starts(self) -> list[int]:
        """The offset of each word's first letter, left to right."""
        return self._read()

    @property
    def ends(self) -> list[int]:
        """The offset after each word's last letter."""
        self._read()
        return self._ends

    @property
    def words(self) -> list[str]:
        """Each word as written."""
        self._read()
        return self._words

    @property
    def lowers(self) -> list[str]:
        """Each word in lower case (read on first use)."""
        if self._lowers is None:
            self._lowers = [word.lower() for word in self.words]
        return self._lowers

    def may_hold(self, part: str) -> bool:
        """Whether the lower-cased text holds `part` (a lower-case string): False proves no
        case-insensitive pattern needing `part` literally can match; True when the text
        cannot be lower-cased safely (a pattern is then searched as before)."""
        return self.low is None or part in self.low

    def sentence_ids(self) -> list[int]:
        """The index of each word's sentence in `sentences(text)` (-1 for a word between
        two sentences, never expected), read once per text."""
        if self._sentence_ids is None:
            spans = sentences(self.text)
            firsts = [start for start, _ in spans]
            ids = []
            for start in self.starts:
                at = bisect_right(firsts, start) - 1
                ids.append(at if at >= 0 and start < spans[at][1] else -1)
            self._sentence_ids = ids
        return self._sentence_ids

    def readings(self, i: int) -> tuple[Any, ...]:
        """pymorphy3's analyses of the i-th word, looked up once per distinct lower form."""
        word = self.lowers[i]
        known = self._readings.get(word)
        if known is None:
            known = self._readings[word] = parses(word)
        return known

    def words_between(self, low: int, high: int) -> list[str]:
        """The words of text[low:high] as written: `_WORD.findall(text, low, high)` read off
        the list (a word the bounds cut is cut as findall cuts it), no scan of the window."""
        starts, ends, text = self.starts, self._ends, self.text
        first = bisect_right(ends, low)  # the first word ending after `low`
        last = bisect_right(starts, high - 1) if high > low else first  # those starting before
        found = self._words[first:last]
        if found:
            if starts[first] < low:
                found[0] = text[low : ends[first]]
            if ends[last - 1] > high:
                found[-1] = text[max(low, starts[last - 1]) : high]
        return found

    def index_before(self, at: int) -> int:
        """The index of the last word ending at or before offset `at` (-1 when none)."""
        return bisect_right(self.ends, at) - 1


# the word lists of the last few texts: one post is read by several finders
_WORDS: dict[str, PostWords] = {}
_KEEP_WORDS = 4


def post_words(text: str) -> PostWords:
    """The words of `text` (PostWords), read once and remembered for the last few texts."""
    known = _WORDS.get(text)
    if known is None:
        if len(_WORDS) >= _KEEP_WORDS:
            _WORDS.clear()  # (one call: safe beside a plan file's worker thread)
        known = _WORDS[text] = PostWords(text)
    return known


# the first kind word of the last texts asked (a chosen title, a heading, a phrase): Match
# objects are immutable, so every caller may read the same one
_FIRST_KIND: dict[str, re.Match[str] | None] = {}
_KEEP_FIRST_KIND = 256


def first_kind(text: str) -> re.Match[str] | None:
    """`KIND.search(text)`, remembered per text: the title stage searches the same chosen
    title and headings for their kind word from several finders."""
    try:
        return _FIRST_KIND[text]
    except KeyError:
        pass
    if len(_FIRST_KIND) >= _KEEP_FIRST_KIND:
        _FIRST_KIND.clear()
    found = _FIRST_KIND[text] = KIND.search(text)
    return found


@lru_cache(maxsize=16384)
def first_pos(word: str) -> str | None:
    """The part of speech of the likeliest pymorphy3 reading of `word`: None when it has no
    reading, "" when that reading has no part of speech; remembered per word form:
    pymorphy3's tag attributes are Python properties, dear to read again for every clause a
    post's words stand in."""
    found = parses(word)
    if not found:
        return None
    pos = found[0].tag.POS
    return "" if pos is None else str(pos)
