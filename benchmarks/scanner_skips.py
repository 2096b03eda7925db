"""How the Scanner's rule calls end on the tuned long posts: what the per-post literal index
already spares, and what a rule index could still spare.

Run: `.venv/bin/python benchmarks/scanner_skips.py` (~30 s). Every `Scanner.find` call of one
warm pass over TUNED_SETS (bench_parser.py; the held-out sets are never read) is sorted by
where it ends, without changing what it returns (the matches are passed on lazily, as `find`
yields them):

- literals: none of the pattern's prefilter literals is in the text (read from the one
  Aho-Corasick scan of the post, literal_index.py): no regex runs;
- gates: a gate of the pattern rules it out (its literals, else one search per text);
- no match: the pattern is searched and does not occur;
- matched: the rule gets at least one match.

Printed per post, with the time the calls that end at the literals or the gates take inside
`find` (perf_counter around each, the clock's own ~0.1 µs included; the literal scan of the
post is not in it, the first check of a Scanner runs it before the timed call): the most a
rule index by trigger words could save on them. Then a warm pass's CPU time, for scale.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import tokens
from bot.core.language.intents import parse_message


def _one_pass(cases: list[tuple[str, datetime]]) -> float:
    started = time.process_time()
    for text, now in cases:
        parse_message(text, now)
    return time.process_time() - started


def main() -> None:
    cases = [
        (case["text"], datetime.fromisoformat(case["now"]))
        for name in TUNED_SETS
        for case in load(name)
    ]
    _one_pass(cases)  # warm: patterns compiled, words in the morphology cache
    ends: Counter[str] = Counter()
    spent: Counter[str] = Counter()  # ns inside `find` for the calls that end early
    real_find = tokens.Scanner.find

    def counted(sc: tokens.Scanner, pattern: tokens.re.Pattern[str]) -> Iterator[object]:
        plan = tokens._PLANS.get(id(pattern))
        if plan is None or plan[0] is not pattern:
            plan = tokens._PLANS[id(pattern)] = tokens._plan(pattern)
        _, literals, gates, *_ = plan
        if literals is not None and not sc._may_hold(literals):
            end = "literals"
        elif gates and not sc._gates_hold(gates):
            end = "gates"
        else:
            found = real_find(sc, pattern)
            first = next(found, None)
            ends["matched" if first is not None else "no match"] += 1
            if first is not None:
                yield first
                yield from found
            return
        ends[end] += 1
        started = time.perf_counter_ns()
        empty = real_find(sc, pattern)  # the same answer, the same state
        spent[end] += time.perf_counter_ns() - started
        yield from empty

    tokens.Scanner.find = counted  # type: ignore[assignment,method-assign]
    try:
        _one_pass(cases)
    finally:
        tokens.Scanner.find = real_find  # type: ignore[method-assign]
    calls = sum(ends.values())
    posts = len(cases)
    print(f"{posts} long posts, Scanner.find calls per post: {calls / posts:.1f}")
    for end in ("literals", "gates", "no match", "matched"):
        print(
            f"  ends at {end:<9} {ends[end] / posts:6.1f} a post ({100 * ends[end] / calls:.0f} %)"
        )
    for end in ("literals", "gates"):
        each, total = spent[end] / max(1, ends[end]) / 1000, spent[end] / posts / 1000
        print(f"  inside find, ended at {end}: {each:.2f} µs a call, {total:.0f} µs a post")
    plain = min(_one_pass(cases) for _ in range(3))
    print(f"warm pass: {1000 * plain / posts:.2f} ms a post (best of 3, CPU)")


if __name__ == "__main__":
    main()
