"""A choice among a post's venue candidates by weights fitted across the corpus's sets.

places.venue_candidates lists every venue the hand-set rules could give for a post (the
labelled value, each place assembled as the winner would be and alone, the fallbacks), each
with the path that produced it. Here each candidate gets a few generic features (FEATURES:
its path, the hand score and rank, where it stands, what it looks like, and what ties it to
the event: venue_attach.ATTACHMENT) and the venue is the candidate whose dot product with the
fitted weights (venue_weights.py, written by benchmarks/venue_model.py: pairwise logistic
regression over the tuned sets) is highest; a tie goes to the hand-set choice, then to the
earlier candidate. Plain Python, no numpy.

CHOOSER switches the choice: "hand" (the hand-set rules alone) or "learned".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.core.language import venue_weights
from bot.core.language.place_nouns import PLACE, ROOM_LEVEL
from bot.core.language.place_verbs import IN_CLAUSE
from bot.core.language.place_words import ADDRESS
from bot.core.language.venue_attach import ATTACHMENT, attachment

# "hand": the hand-set rules' venue; "learned": the candidate the fitted weights score best
CHOOSER = "hand"


class VenueCandidate(NamedTuple):
    """One venue a post could be given.

    shown: the venue as find_venue would return it (before as_written); path: the rule that
    produced it (PATHS); score: the hand score of its place (0 for no place); at: its offset
    in the post (-1: none); rank: its place's rank among the post's places sorted by hand
    score (-1: none); hand: whether it is the hand-set rules' choice.
    """

    shown: str
    path: str
    score: int
    at: int
    rank: int
    hand: bool


PATHS = (
    "label",
    "place",
    "place_bare",
    "online",
    "abbreviation",
    "address_owned",
    "address",
    "local_name",
    "locality",
    "city",
    "region",
    # read by grammar (venue_phrases.PATHS), with venue_phrases.ENABLED
    "phrase",
    "phrase_motion",
    "phrase_noun",
    "phrase_chain",
    "phrase_label",
)
FEATURES = (
    *(f"path_{p}" for p in PATHS),
    "hand",
    "score",
    "top_rank",
    "inverse_rank",
    "relative_position",
    "no_position",
    "in_event_sentence",
    "after_locative",
    "has_address",
    "has_digit",
    "has_quoted_name",
    "room_level",
    "one_word",
    "has_abbreviation",
    "words",
    "length",
    "near_event_verb",
    "gathering_near",
    "inside_hand",
    "holds_hand",
    "first_of_post",
    "place_noun",
    # what ties the candidate to the event (venue_attach.py)
    *ATTACHMENT,
)
# a locative preposition with up to two words (adjectives) before the candidate's offset
_LOCATIVE = re.compile(r"(?i)(?:^|[\s(,;])(?:в|во|на|у|возле|около|при)\s+(?:[а-яё-]+\s+){0,2}$")
_ABBREVIATION = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{2,}(?![а-яё])")
_GATHERING = re.compile(r"(?i)сбор|встреч|выход|выезд|отправ")


def features(
    candidate: VenueCandidate,
    candidates: Sequence[VenueCandidate],
    text: str,
    event_sentence: tuple[int, int] | None,
) -> list[float]:
    """The candidate's feature vector, in the order of FEATURES (each within about [-2, 2])."""
    shown, at = candidate.shown, candidate.at
    low_text = text.lower()
    hand = next((c.shown.lower() for c in candidates if c.hand), "")
    low = shown.lower()
    positioned = [c.at for c in candidates if c.at >= 0]
    near_verb = 0.0
    if at >= 0:
        window = low_text[max(0, at - 150) : at + 150]
        spots = [abs(m.start() - min(at, 150)) for m in IN_CLAUSE.finditer(window)]
        near_verb = 1 / (1 + min(spots) / 40) if spots else 0.0
    return [
        *(1.0 if candidate.path == p else 0.0 for p in PATHS),
        1.0 if candidate.hand else 0.0,
        max(-5, min(10, candidate.score)) / 5,
        1.0 if candidate.rank == 0 else 0.0,
        1 / (1 + candidate.rank) if candidate.rank >= 0 else 0.0,
        at / max(1, len(text)) if at >= 0 else 1.0,
        1.0 if at < 0 else 0.0,
        1.0 if event_sentence and at >= 0 and event_sentence[0] <= at < event_sentence[1] else 0.0,
        1.0 if at >= 0 and _LOCATIVE.search(text[max(0, at - 40) : at]) else 0.0,
        1.0 if ADDRESS.search(shown) else 0.0,
        1.0 if any(ch.isdigit() for ch in shown) else 0.0,
        1.0 if "«" in shown or '"' in shown else 0.0,
        1.0 if ROOM_LEVEL.match(shown) else 0.0,
        1.0 if " " not in shown.strip() else 0.0,
        1.0 if _ABBREVIATION.search(shown) else 0.0,
        min(len(shown.split()), 12) / 6,
        min(len(shown), 120) / 60,
        near_verb,
        1.0 if at >= 0 and _GATHERING.search(low_text, max(0, at - 40), at) else 0.0,
        1.0 if hand and low != hand and low in hand else 0.0,
        1.0 if hand and low != hand and hand in low else 0.0,
        1.0 if positioned and at == min(positioned) else 0.0,
        1.0 if PLACE.search(shown) else 0.0,
        *attachment(text, at, shown, event_sentence),
    ]


def score(vector: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """The dot product of a feature vector with `weights` (the fitted ones by default)."""
    weights = venue_weights.WEIGHTS if weights is None else weights
    return sum(x * w for x, w in zip(vector, weights, strict=True))


def choose(
    candidates: Sequence[VenueCandidate],
    text: str,
    event_sentence: tuple[int, int] | None,
    weights: Sequence[float] | None = None,
) -> str | None:
    """The shown venue of the best-scored candidate (a tie to the hand-set choice, then to
    the earlier one), None when there is none."""
    best: tuple[float, bool, int] | None = None
    chosen = None
    for i, c in enumerate(candidates):
        key = (score(features(c, candidates, text, event_sentence), weights), c.hand, -i)
        if best is None or key > best:
            best, chosen = key, c.shown
    return chosen
