"""Russian morphology for the parser: one pymorphy3 analyzer (OpenCorpora dictionary), loaded
on first use, and a cache of word analyses (posts repeat their words)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The shared pymorphy3.MorphAnalyzer (import and dictionary load take ~0.3 s, once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=16384)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of a word (lower-cased), most likely first."""
    return tuple(analyzer().parse(word.lower()))


@lru_cache(maxsize=16384)
def is_known(word: str) -> bool:
    """True when the dictionary has the word (a real word, not a misspelling)."""
    return bool(analyzer().word_is_known(word))
