"""The candidates of one post's title as its rules offer them (Pick): the best hand-scored
phrase so far, every candidate for the learned chooser, and what later rules borrow. Used by
title.py (concise_title), the rules that offer candidates (title_offers.py) and complete
the chosen one (title_settled.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time

from bot.core.language.title_model import Candidate
from bot.core.language.title_named import Named
from bot.core.language.title_score import is_programme, score_at, score_bound


@dataclass
class Pick:
    """The candidates of one post's title: the best (score, phrase) so far, and what later
    rules may borrow (kinds with a quoted name, kinds with a subject, named days)."""

    text: str
    event_sentence: tuple[int, int] | None
    headline: tuple[int, int]
    best: tuple[int, str] | None = None
    named: Named = field(init=False)  # kind stem -> the first phrase of that kind with a name
    qualified: dict[str, str] = field(default_factory=dict)  # "урок мужества"
    days: list[tuple[int, int]] = field(default_factory=list)  # what a bare "Праздник" means
    programme: bool = field(init=False)  # a programme with time slots
    kind_named: bool = False  # a kind offered with its quoted name right after it
    subjects: list[str] = field(default_factory=list)  # quoted subjects of announcing verbs
    every: list[Candidate] | None = None  # every offer, for the learned chooser (title_model)
    family: str = ""  # the rule family offering now (title_model.FAMILIES)
    hand: str | None = None  # the phrase the hand scores pick, before it is finished
    # the clauses dated with another day than the chosen start's (title_dated_days.py)
    elsewhere: tuple[tuple[int, int], ...] = ()
    clock: time | None = None  # the start's clock time (None: all day or unknown)

    def __post_init__(self) -> None:
        self.named = Named(self.text)
        self.programme = is_programme(self.text)

    def score(self, m: re.Match[str]) -> int:
        """The hand score of the kind, name or day `m` matched in `text` (title_score.score_at)."""
        return score_at(
            self.text, m, self.event_sentence, self.programme, self.headline, self.elsewhere
        )

    def offer_at(self, m: re.Match[str], bonus: int, phrase: str | Callable[[], str]) -> None:
        """`offer(score(m) + bonus, phrase)`, the score read only when its upper bound
        (title_score.score_bound) plus `bonus` can beat the best so far (every offer is
        scored when the candidates are kept for the learned chooser)."""
        if self.every is not None:
            self.offer(self.score(m) + bonus, phrase, m.start())
            return
        if (
            self.best is not None
            and score_bound(self.text, m, self.event_sentence, self.headline) + bonus
            <= self.best[0]
        ):
            return
        self.offer(self.score(m) + bonus, phrase)

    def offer(self, score: int, phrase: str | Callable[[], str], at: int = -1) -> None:
        """Keep `phrase` when it beats the best so far (a callable is read only then); every
        offer is kept as a candidate too when `every` is a list (`at`: where it matched)."""
        if self.every is not None:
            found = Candidate(self.family, score, at, phrase)
            self.every.append(found)
            phrase = found.text if self.best is None or score > self.best[0] else phrase
        if self.best is None or score > self.best[0]:
            self.best = (score, phrase() if callable(phrase) else phrase)


def named_with(pick: Pick, quote: str) -> str:
    """The named kind phrase holding `quote`, else the quote itself."""
    return next((p for p in pick.named.get_all().values() if quote in p), quote)
