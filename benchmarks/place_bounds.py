"""Whether a score bound could spare the venue stage its place candidates, as `score_bound`
spares the title stage its kinds (title_score.py): measured on the tuned long posts.

Run: `.venv/bin/python benchmarks/place_bounds.py` (~1 min). One pass over TUNED_SETS
(bench_parser.py; the held-out sets are never read) collects the posts whose venue the
hand-set rules read from their places (places._find_venue, no usable label). For each:

1. Oracle bound: the places scoring more than K below the post's best are dropped from the
   list `_places` gives (as a perfect bound would never score them) and the venue is chosen
   again (`_hand_venue`); printed, for each K, how many candidates that drops and on how
   many posts the venue then differs. A place never wins on a low score, but `_assembled`
   joins rooms and buildings to the winner whatever their scores, and `named_mention` lets
   a fuller mention of the winner take its place (a bare "в музее" gives way to "в …
   филиале Музея Победы", no score asked): a dropped candidate can change the venue.
2. Cheap bound: what a place noun's score could reach before its side checks are read
   (the preposition, host, hosting checks give at most 3; the event's sentence +2, or,
   outside it, a restatement of the event +RESTATED_BONUS; a time or an address within
   60/80 characters +1). Printed: how many candidates that bound would place below the
   best by more than K, that is how many a bound-skip could spare.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import places
from bot.core.language.intents import parse_message

MARGINS = (1, 2, 3, 4, 5, 6)


def _place_posts() -> dict[str, tuple[int, int] | None]:
    """Text and event sentence of every tuned long post the hand-set rules pass to
    _find_venue (spied on during one pass; the parse itself is unchanged)."""
    seen: dict[str, tuple[int, int] | None] = {}
    find = places._find_venue

    def spy(text: str, event_sentence: tuple[int, int] | None) -> str | None:
        seen[text] = event_sentence
        return find(text, event_sentence)

    places._find_venue = spy  # type: ignore[assignment]
    try:
        for name in TUNED_SETS:
            for case in load(name):
                parse_message(case["text"], datetime.fromisoformat(case["now"]))
    finally:
        places._find_venue = find  # type: ignore[assignment]
    return seen


def _cheap_bound(text: str, at: int, event_sentence: tuple[int, int] | None) -> int:
    """The most a place noun at `at` could score before its side checks are read."""
    bonus = places.in_event(event_sentence)(at)
    near = places._TIME_OR_ADDRESS.search(text[max(0, at - 60) : at + 80]) is not None
    return 3 + (2 if bonus else places.RESTATED_BONUS) + near


def main() -> None:
    """Print the two measures (module docstring)."""
    seen = _place_posts()
    differ: Counter[int] = Counter()
    dropped: Counter[int] = Counter()
    prunable: Counter[int] = Counter()
    best_scores: Counter[int] = Counter()
    labelled = with_places = candidates = 0
    for text, event_sentence in seen.items():
        if places._usable_label(text, event_sentence):
            labelled += 1
            continue
        loose: set[int] = set()
        found = places._places(text, event_sentence, loose)
        if not found:
            continue
        address = places.find_address(text) or places.bare_street(text)
        address = address or places.foreign_street(text)
        full = places._hand_venue(text, event_sentence, list(found), set(loose), address)[0]
        best = max(p[0] for p in found)
        best_scores[best] += 1
        with_places += 1
        candidates += len(found)
        for k in MARGINS:
            kept = [p for p in found if p[0] >= best - k]
            dropped[k] += len(found) - len(kept)
            kept_loose = {p[1] for p in kept} & loose
            venue = places._hand_venue(text, event_sentence, kept, kept_loose, address)[0]
            differ[k] += venue != full
            prunable[k] += sum(
                _cheap_bound(text, at, event_sentence) < best - k for _, at, _ in found
            )
    print(
        f"posts reaching _find_venue: {len(seen)}; labelled {labelled}; with places {with_places}"
    )
    print(f"place candidates: {candidates} ({candidates / max(1, with_places):.2f} a post)")
    print("best score of a post: " + ", ".join(f"{s}: {n}" for s, n in sorted(best_scores.items())))
    print("K  oracle-dropped  venues differ  cheap-bound prunable")
    for k in MARGINS:
        print(f"{k}  {dropped[k]:14d}  {differ[k]:13d}  {prunable[k]:20d}")


if __name__ == "__main__":
    main()
