"""What each stage of a long post's parse costs, and what the venue stage walks per post.

Run: `.venv/bin/python benchmarks/venue_walk.py` (~1 min). The tuned long posts of
parser_costs.posts() (the held-out sets are never read), one warm-up pass, then:

1. Stages: the best of three warm passes, each stage's functions wrapped with a CPU clock
   (time.process_time, ~0.3 µs a call): the title (post_draft.concise_title, enriched,
   with_mention), the venue (post_draft.post_venue), the post's facts
   (intents_event_read.prepare_post) and the temporal rules
   (intents_event_read.extract_temporal); µs per post and share of the pass.
2. The venue stage's parts: the same clock around each finder places._places calls (and
   _hand_venue, the address finders), µs per post and share of the stage. A finder's
   helpers are timed where places.py calls them (right_words inside loose_places is not).
3. The walk: for every place the finders put in `_places`'s list, which finder gave it
   (by its offset; the inline patterns of _places are "inline patterns") and whether it
   won (the offset _hand_venue chose, on the "place" path); the place nouns walked by the
   candidate loop and the prepositions walked by loose_places, against how many of them
   became a place and how many won. A candidate walked and never kept is work the stage
   could skip with a cheaper necessary condition, or never make (tests/data/speed45.md).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.parser_costs import posts
from benchmarks.title_walk import _clocked
from bot.core.language import intents_event_read, place_phrases, places, post_draft
from bot.core.language.intents import parse_message

STAGES: dict[str, tuple[tuple[ModuleType, str], ...]] = {
    "title": (
        (post_draft, "concise_title"),
        (post_draft, "enriched"),
        (post_draft, "with_mention"),
    ),
    "venue": ((post_draft, "post_venue"),),
    "post facts": ((intents_event_read, "prepare_post"),),
    "temporal": ((intents_event_read, "extract_temporal"),),
}
VENUE_PARTS = (
    "_places",
    "_hand_venue",
    "_usable_label",
    "find_address",
    "bare_street",
    "foreign_street",
    "place_nouns",
    "loose_places",
    "named_hosts",
    "named_places",
    "street_itself",
    "framed_places",
    "credit_lines",
    "right_words",
    "left_adjectives",
    "subject_after_verb",
    "with_address",
    "site_before",
    "restates_event",
    "destination",
)
# the finders whose places _places lists, and how to read a found item's offset
FINDERS: dict[str, Callable[[Any], int]] = {
    "place_nouns": lambda m: int(m.start()),
    "named_hosts": lambda found: int(found[0]),
    "named_places": lambda found: int(found[0]),
    "loose_places": lambda found: int(found[0]),
    "framed_places": lambda found: int(found[0]),
    "street_itself": lambda found: int(found[0]),
}


def _timed(module: ModuleType, name: str, key: str, spent: Counter[str]) -> None:
    """Replace module.name by a wrapper adding its CPU time to spent[key] (re-entry counted
    once: a stage calling itself is not timed twice; title_walk's wrapper, calls not kept)."""
    setattr(module, name, _clocked(getattr(module, name), key, spent, Counter()))


def _best_pass(cases: list[Any], spent: Counter[str]) -> tuple[float, dict[str, float]]:
    """The CPU seconds of the fastest of three passes and `spent` as it was in that pass."""
    best: tuple[float, dict[str, float]] = (float("inf"), {})
    for _ in range(3):
        spent.clear()
        started = time.process_time()
        for text, now in cases:
            parse_message(text, now)
        total = time.process_time() - started
        if total < best[0]:
            best = (total, dict(spent))
    return best


def stage_costs(cases: list[Any]) -> None:
    """Print µs per post and share of a pass for each stage and each venue part."""
    spent: Counter[str] = Counter()
    for stage, functions in STAGES.items():
        for module, name in functions:
            _timed(module, name, stage, spent)
    for name in VENUE_PARTS:
        _timed(places, name, name, spent)
    for text, now in cases:  # warm: morphology, memos, compiled patterns
        parse_message(text, now)
    total, by_key = _best_pass(cases, spent)
    size = len(cases)
    print(f"{size} long posts: {1e6 * total / size:,.0f} µs of CPU a post\n")
    print("stage               µs/post  share of the pass")
    for stage in STAGES:
        cost = by_key.get(stage, 0.0)
        print(f"  {stage:16s} {1e6 * cost / size:8.0f}  {100 * cost / total:5.1f} %")
    venue = by_key.get("venue", 0.0) or 1.0
    print("\nvenue stage part    µs/post  share of the stage")
    for name in sorted(VENUE_PARTS, key=lambda n: -by_key.get(n, 0.0)):
        cost = by_key.get(name, 0.0)
        print(f"  {name:18s} {1e6 * cost / size:7.1f}  {100 * cost / venue:5.1f} %")


def walk(cases: list[Any]) -> None:
    """Print, per finder, the places found and won, and the candidates walked."""
    source: dict[int, str] = {}
    for name, offset in FINDERS.items():
        inner = getattr(places, name)

        def tagged(*args: Any, _inner: Any = inner, _name: str = name, _at: Any = offset) -> Any:
            found = _inner(*args)
            for item in found:
                source.setdefault(_at(item), _name)
            return found

        setattr(places, name, tagged)
    found: Counter[str] = Counter()
    won: Counter[str] = Counter()
    hand = places._hand_venue

    def chosen(*args: Any) -> Any:
        venue = hand(*args)
        for _, at, _shown in args[2]:
            finder = source.get(at, "inline patterns")
            found[finder] += 1
            won[finder] += venue[1] == "place" and at == venue[2]
        return venue

    places._hand_venue = chosen  # type: ignore[assignment]
    prepositions = 0
    for text, now in cases:
        source.clear()
        parse_message(text, now)
        prepositions += sum(1 for _ in place_phrases._PREPOSITION.finditer(text))
    nouns = sum(len(places.place_nouns(places.with_guillemets(text))) for text, _ in cases)
    size = len(cases)
    print("\nplaces _places lists, per finder (per post: found, won)")
    for finder in sorted(found, key=lambda f: -found[f]):
        print(f"  {finder:16s} {found[finder] / size:5.2f} {won[finder] / size:5.2f}")
    print(
        f"\nwalked per post: {nouns / size:.2f} place nouns (kept "
        f"{found['place_nouns'] / size:.2f}, won {won['place_nouns'] / size:.2f}); "
        f"{prepositions / size:.2f} prepositions in loose_places (kept "
        f"{found['loose_places'] / size:.2f}, won {won['loose_places'] / size:.2f})"
    )


if __name__ == "__main__":
    tuned = posts()
    stage_costs(tuned)
    walk(tuned)
