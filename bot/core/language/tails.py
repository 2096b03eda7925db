"""Where a pattern anchored at a window's end by `$` can start: its search skips the rest.

Several title rules look at the words right before a kind noun with a pattern such as
`([А-ЯЁа-яё-]+)\\s+на\\s+$` searched in a window of 40–60 characters before it. `re` tries such
a pattern at every position of the window, backtracking over each word. When every match is
made of at most `count` runs of non-space characters separated by whitespace (and the pattern
reads nothing before its start but look-behinds, which `re` reads in the whole string), no
match can start before the last `count` whitespace-separated words of the window, so its
search may start there. `str.split` and `re`'s `\\s` agree on what whitespace is (both use
Py_UNICODE_ISSPACE).
"""

from __future__ import annotations


def last_words_start(text: str, low: int, high: int, count: int) -> int:
    """The position in `text` where the whitespace before the last `count` words of
    text[low:high] begins, or `low` when the window holds no more than `count` words.

    A match of a pattern of at most `count` words, searched in text[low:high] and anchored
    at `high` by `$`, starts at or after this position (tests/unit/test_parser_speed_guards.py
    compares the searches from both positions)."""
    head = text[low:high].rsplit(None, count)
    return low + len(head[0]) if len(head) > count else low


def after_last_mark(text: str, low: int, high: int, marks: str) -> int:
    """The position after the last of the characters `marks` in text[low:high] (a newline
    closing the window left out: `$` matches before it), or `low` when there is none there.

    A pattern anchored at `high` by `$` whose match holds none of `marks` (a class such as
    `[^.!?\\n]{3,120}$`) starts at or after this position; searched from `low`, `re` would run
    the class from every position of the window to its end (quadratic in the window).
    tests/unit/test_speed82.py compares the searches from both positions."""
    stop = high - 1 if text[high - 1 : high] == "\n" else high
    return max(low, max(text.rfind(mark, low, stop) for mark in marks) + 1)
