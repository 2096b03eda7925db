"""Mixed-script words and invisible format characters, mended before a message is read.

A Russian word typed with one Latin look-alike letter («дeкабря» with Latin "e», «зaвтра»)
reads the same to a person but matches no Russian pattern, so without mending the date word
is silently lost. Invisible format characters (bidirectional overrides, zero-width spaces)
are dropped first, by bot.core.text.clean_text, the one cleaner of stored text.

Only words that already hold a Cyrillic letter are changed, and only when every Latin letter
in them has a Cyrillic twin of the same look: «Zoom», «IT-куб» and «e-mail» stay as written.

A one-letter Russian preposition or conjunction typed on an English layout («c 10 до 12», «k
10 утра»: Latin c, k, o, y, a) is a word holding no Cyrillic letter at all, so it is mended
apart: a lone look-alike letter followed by a space and a Russian word or a number, in a text
holding Russian; a capital one (C, K, O, A, B) only where a sentence opens («C 10 до 12 —
концерт»), since inside one a capital is a label («Площадка C 12 декабря»).
"""

from __future__ import annotations

import re

from bot.core.text import clean_text

# Latin letters drawn like a Cyrillic one (lower and upper case), as in Unicode's confusables
_TWINS = str.maketrans(
    "acekopxyABCEHKMOPTX",
    "асекорхуАВСЕНКМОРТХ",
)
_LOOK_ALIKES = frozenset("acekopxyABCEHKMOPTX")
_WORD = re.compile(r"[^\W\d_]+")
# a word (as _WORD reads it: opening where no letter stands before) holding a look-alike Latin
# letter: the only words _mended_word may change, so the others cost no call
_MIXED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[acekopxyABCEHKMOPTX][^\W\d_]*")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
# a lone Latin look-alike of a one-letter Russian word (с, к, о, у, а; capitals also в) before
# a Russian word or a number; capitals only where a sentence or a line opens
_LONE_LETTER = re.compile(
    r"(?:(?<![^\s(«\"„])[ckoya]|(?:^|(?<=[\n.!?]\s)|(?<=^\s)|(?<=[\n(«\"]))[CKOAB])"
    r"(?=[^\S\n]+[\dа-яёА-ЯЁ])",
    re.MULTILINE,
)
_LATIN = re.compile(r"[A-Za-z]")
_LOOK_ALIKE = re.compile(r"[acekopxyABCEHKMOPTX]")
# where _LONE_LETTER can match: a look-alike of its letters, blanks, a Russian letter or digit
# (a plain class first: `re` scans for it, where _LONE_LETTER tries its branches everywhere)
_LONE_LETTER_GATE = re.compile(r"[ckoyaCKOAB][^\S\n]+[\dа-яёА-ЯЁ]")


def mend_scripts(text: str) -> str:
    """`text` with format characters removed and look-alike Latin letters inside Russian
    words replaced by their Cyrillic twins; any other text comes back unchanged (same str)."""
    text = clean_text(text)  # control and invisible format characters
    if not (_LATIN.search(text) and _CYRILLIC.search(text)):
        return text
    text = mended_words(text)
    if not _LONE_LETTER_GATE.search(text):
        return text
    return _LONE_LETTER.sub(lambda m: m.group(0).translate(_TWINS), text)


def _is_letter(ch: str) -> bool:
    r"""Whether `re` reads `ch` as `[^\W\d_]`: a word character (alphanumeric) that is no
    decimal digit."""
    return ch.isalnum() and not ch.isdecimal()


def mended_words(text: str) -> str:
    """`_MIXED_WORD.sub(_mended_word, text)`, found from the look-alike letters: each one's
    whole run of letters is the word `_mended_word` reads (a word start found by stepping
    back, its end by `_WORD`), then the search goes on after that word; `re` tried the
    pattern at every word start of the text instead."""
    found = _LOOK_ALIKE.search(text)
    if found is None:
        return text
    pieces: list[str] = []
    done = 0  # where the text not yet copied starts (the end of the last word read)
    while found is not None:
        start = found.start()
        while start > done and _is_letter(text[start - 1]):
            start -= 1
        word = _WORD.match(text, start)
        assert word is not None  # a look-alike letter is a letter
        pieces.append(text[done:start])
        pieces.append(_mended_word(word))
        done = word.end()
        found = _LOOK_ALIKE.search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


def _mended_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if not _CYRILLIC.search(word) or not _LATIN.search(word):
        return word
    latin = {ch for ch in word if "A" <= ch <= "z"}
    if not latin <= _LOOK_ALIKES:
        return word
    return word.translate(_TWINS)
