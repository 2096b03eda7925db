"""The parser's CPU rate on the tuned long posts: new posts and posts seen before, in one process.

Run: `.venv/bin/python benchmarks/parser_rate.py [ROUNDS]` (ROUNDS warm rounds, default 10;
~1 min at 10). Prints:

1. new posts: a fresh process reads every other post of TUNED_SETS (bench_parser.py; the
   held-out sets are never read) once to warm up (patterns compiled, common words in the
   morphology cache), then is timed over the posts it skipped, as a running bot meets posts it
   has never seen: their new words are read by pymorphy3; with the number of pymorphy3 parses
   (a count the machine's load does not move) and their CPU time;
2. the warm rate: ROUNDS more passes over every post (all seen before), timed each with
   `time.process_time` (CPU time, fairer than wall time on a shared machine); the best and
   the median round, in posts per second of CPU, and the best's ratio to the issue's target.

The rates move by ±10 % with the load of a shared machine; compare two trees by alternating
runs, or by instructions (`parser_costs.py --instructions`).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import morphology
from bot.core.language.intents import parse_message

TARGET = 1_000  # long posts per second in-process (issue 10)


class _CountingAnalyzer:
    """pymorphy3's analyzer, counting the words it parses and the CPU time they take (nothing
    else changes)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.parsed = 0
        self.seconds = 0.0

    def parse(self, word: str) -> Any:
        self.parsed += 1
        started = time.process_time()
        try:
            return self._real.parse(word)
        finally:
            self.seconds += time.process_time() - started

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def one_pass(cases: list[tuple[str, datetime]]) -> float:
    """CPU seconds of one pass over `cases`."""
    started = time.process_time()
    for text, now in cases:
        parse_message(text, now)
    return time.process_time() - started


def main(rounds: int) -> None:
    cases = [
        (case["text"], datetime.fromisoformat(case["now"]))
        for name in TUNED_SETS
        for case in load(name)
    ]
    seen, new = cases[::2], cases[1::2]
    one_pass(seen)
    counting = _CountingAnalyzer(morphology.analyzer())
    real_analyzer = morphology.analyzer
    morphology.analyzer = lambda: counting  # type: ignore[assignment]
    try:
        fresh = one_pass(new)
    finally:
        morphology.analyzer = real_analyzer  # type: ignore[assignment]
    print(
        f"{len(new)} new long posts after {len(seen)} others: {1000 * fresh / len(new):.2f} ms "
        f"a post, {len(new) / fresh:,.0f} posts/s of CPU; pymorphy3 parses: {counting.parsed:,} "
        f"({1000 * counting.seconds / len(new):.2f} ms a post)"
    )
    warm = [one_pass(cases) for _ in range(rounds)]
    best, median = min(warm), statistics.median(warm)
    print(
        f"warm, {rounds} rounds: best {len(cases) / best:,.0f} posts/s "
        f"({1000 * best / len(cases):.2f} ms a post), median {len(cases) / median:,.0f} "
        f"posts/s = {len(cases) / best / TARGET:.2f} of the target {TARGET:,}/s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
