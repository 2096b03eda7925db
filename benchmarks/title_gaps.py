"""Title misses with no right candidate: the generation gap (round 50).

Run: `.venv/bin/python benchmarks/title_gaps.py [-v] [SET ...]`. Every post of the tuned sets
(never the held-out ones; by default without the CHECK sets of the transfer split) is parsed
with title.RECORD set; a title miss is a "gap" when no candidate of any _picked call, nor the
heading, satisfies the label. Prints per set: misses, gaps; -v prints each gap (expected, got,
and the candidates offered); -v --chosen also prints the other misses (a right candidate, marked
+, was offered and another chosen).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import run_cli_one
from benchmarks.corpus_score import load, real_post_results
from benchmarks.title_model import CHECK, TUNED, _clean, right
from bot.core.language import title as title_module

CHOSEN = "--chosen" in sys.argv  # with -v, also print the misses a right candidate was offered for


def gaps(name: str, verbose: bool) -> tuple[int, int]:
    """(title misses, misses with no right candidate) of set `name`."""
    misses = none = 0
    for i, case in enumerate(load(name), 1):
        if "title_contains" not in case:
            continue
        title_module.RECORD = []
        try:
            got, _ = run_cli_one(case)
            records = title_module.RECORD
        finally:
            title_module.RECORD = None
        if real_post_results(case, got)["title"]:
            continue
        misses += 1
        offered: list[str] = []
        for record in records:
            for pick in record["picks"]:
                offered += [c for c in map(_clean, pick["finished"]) if c]
            offered += [c for c in map(_clean, record["heading"]) if c]
        if any(right(case, c) for c in offered):
            if verbose and CHOSEN:
                print(
                    f"MISS {name}:{i} expected={case['title_contains']!r} got={got.get('title')!r}"
                )
                for c in dict.fromkeys(offered):
                    print(f"    {'+' if right(case, c) else '-'} {c}")
            continue
        none += 1
        if verbose:
            print(f"GAP {name}:{i} expected={case['title_contains']!r} got={got.get('title')!r}")
            for c in dict.fromkeys(offered):
                print(f"    - {c}")
    return misses, none


def main() -> None:
    """Print the misses and gaps per set and summed."""
    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    names = names or [s for s in TUNED if s not in CHECK]
    total = [0, 0]
    for name in names:
        m, n = gaps(name, verbose)
        total[0] += m
        total[1] += n
        print(f"{name} misses={m} gaps={n}")
    print(f"TOTAL misses={total[0]} gaps={total[1]}")


if __name__ == "__main__":
    main()
