"""What the title stage costs and which of its rules and checks spend it (speed46).

Run: `.venv/bin/python benchmarks/title_walk.py` (~1 min). The tuned long posts of
parser_costs.posts() (the held-out sets are never read), one warm-up pass, then the best of
three warm passes with a CPU clock (time.process_time, re-entry counted once) around:

1. the title stage (post_draft.concise_title, enriched, with_mention): µs per post and its
   share of the pass (the share is a ratio inside one run, so a loaded machine moves it
   less than the rate: compare two commits by it, or by parser_costs.py --instructions);
2. each rule that offers candidates (title_offers.OFFERS), and inside the kind rule the scoring
   (`Pick.score`) and the phrase (`kind_phrase`);
3. the checks score_at makes of each scored kind (title_score's helpers).

Calls are counted too; the clock's own cost (~1 µs a call) is included in each figure.
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
from bot.core.language import post_draft, title, title_offers, title_pick, title_score
from bot.core.language.intents import parse_message

STAGE = ("concise_title", "enriched", "with_mention")
SCORE_CHECKS = (
    "side_before",
    "_in_programme",
    "_of_side_kind",
    "_aim_of_kind",
    "_winners_go_on",
    "_held_already",
    "reported_before",
    "_opens_another",
    "_congratulated",
    "_points_back",
    "_is_weak",
    "another_days_kind",
)


def _clocked(inner: Callable[..., Any], key: str, spent: Counter[str], calls: Counter[str]) -> Any:
    """`inner` wrapped to add its CPU time to spent[key] (re-entry counted once)."""
    depth = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[key] += 1
        if depth[0]:
            return inner(*args, **kwargs)
        depth[0] += 1
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started
            depth[0] -= 1

    return wrapper


def _clock(module: ModuleType, name: str, spent: Counter[str], calls: Counter[str]) -> None:
    setattr(module, name, _clocked(getattr(module, name), name, spent, calls))


def main() -> None:
    """Print the stage's cost and share, then its rules' and score_at's checks' costs."""
    cases = posts()
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    stage = Counter[str]()
    for name in STAGE:
        setattr(post_draft, name, _clocked(getattr(post_draft, name), "stage", stage, Counter()))
    title.OFFERS = tuple(  # a probe: the rules are timed where title._picked reads them
        (family, _clocked(rule, family, spent, calls)) for family, rule in title.OFFERS
    )
    title_pick.Pick.score = _clocked(title_pick.Pick.score, "Pick.score", spent, calls)
    for module in (title, title_offers):
        _clock(module, "kind_phrase", spent, calls)
    for module in (title_offers, title_pick):
        _clock(module, "score_bound", spent, calls)
    for name in SCORE_CHECKS:
        _clock(title_score, name, spent, calls)
    for text, now in cases:  # warm: morphology, memos, compiled patterns
        parse_message(text, now)
    best: tuple[float, float, dict[str, float], dict[str, int]] = (float("inf"), 0.0, {}, {})
    for _ in range(3):
        spent.clear()
        calls.clear()
        stage.clear()
        started = time.process_time()
        for text, now in cases:
            parse_message(text, now)
        total = time.process_time() - started
        if total < best[0]:
            best = (total, stage["stage"], dict(spent), dict(calls))
    total, in_stage, by_key, counted = best
    size = len(cases)
    print(
        f"{size} long posts: {1e6 * total / size:,.0f} µs of CPU a post; the title stage "
        f"{1e6 * in_stage / size:,.0f} µs ({100 * in_stage / total:.1f} % of the pass)\n"
    )
    print("rule or check            calls/post  µs/post")
    for key in sorted(by_key, key=lambda k: -by_key[k]):
        print(f"  {key:24s} {counted.get(key, 0) / size:8.2f} {1e6 * by_key[key] / size:8.1f}")


if __name__ == "__main__":
    main()
