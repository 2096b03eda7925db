"""Contests in a title: a bare stage of one contest kind named more fully under another
(«первенство по шахматам … первый тур состязаний»), and the game a news headline's verb
names added to a contest («Открытие турнира» under «Школьники сыграют в шахматы»)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.language.title_subject import played_game
from bot.core.language.title_words import KIND

# kinds of contest a post names with each other ("первенство по шахматам … первый тур
# состязаний"): a bare stage of one is a stage of the other
_CONTESTS = ("сост", "соре", "перв", "турн", "чемп")


def same_contest(named: Iterable[tuple[str, str]], key: str) -> str | None:
    """The first contest named more fully under another kind word (`named`: pairs of a kind
    key, its first four letters, and the phrase), for a stage of the kind `key`."""
    if key not in _CONTESTS:
        return None
    return next((p for k, p in named if k in _CONTESTS and k != key), None)


def with_game(text: str, headline: tuple[int, int], phrase: str) -> str:
    """A contest the phrase ends with, given the game the headline's verb names
    ("Открытие турнира" under "Школьники сыграют в шахматы" -> "… турнира по шахматам");
    `headline` is the headline's span in `text` (an empty one: no headline)."""
    last = phrase.rsplit(" ", 1)[-1]
    if not headline[1] or last[:4].lower() not in _CONTESTS or not KIND.fullmatch(last):
        return phrase
    game = played_game(text, headline)
    return f"{phrase} {game}" if game else phrase
