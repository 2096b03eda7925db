"""`when` on other date parsers' public Russian test suites, through the real CLI.

Run: `.venv/bin/python benchmarks/bench_other_parsers.py [-v]`. Every case of
tests/data/other_parsers_ru.jsonl (chrono, dateparser, rutimeparser, Sugar, natasha,
parsedatetime) and tests/data/duckling_ru_time.jsonl
(Duckling) goes through `python -m bot when --now NOW` in batch mode (one process per
reference time). Prints accuracy per suite and overall; cases whose suite follows a convention
of its own (`convention` key) are counted apart. A second table scores
tests/data/other_parsers_ru2.jsonl (cases of further suites and further test files, added in
the eleventh round) on its own, so that the first table's figures stay comparable; a third
scores tests/data/other_parsers_ru3.jsonl (suites found in round 49), a fourth
tests/data/other_parsers_ru4.jsonl (suites found in round 51). `-v` lists
every failing case with what we answered and what the suite expects.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import run_cli
from benchmarks.corpus_score import duckling_matches, load
from benchmarks.suites_score import suite_matches


def answers(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The CLI's answer to every case, in order; one process per distinct `now`."""
    by_now: dict[str, list[int]] = defaultdict(list)
    for index, case in enumerate(cases):
        by_now[case["now"]].append(index)
    out: list[dict[str, Any]] = [{} for _ in cases]
    for now, indexes in by_now.items():
        got, _ = run_cli("when", now, [cases[i]["text"] for i in indexes])
        for i, answer in zip(indexes, got, strict=True):
            out[i] = answer
    return out


def main(verbose: bool) -> None:
    cases = load("other_parsers_ru.jsonl")
    duckling = load("duckling_ru_time.jsonl")
    for case in duckling:
        case["suite"] = "duckling"
    first = cases + duckling
    second = load("other_parsers_ru2.jsonl")
    third = load("other_parsers_ru3.jsonl")
    fourth = load("other_parsers_ru4.jsonl")
    got = answers(first + second + third + fourth)
    at_third = len(first) + len(second)
    at_fourth = at_third + len(third)
    failures = _table(
        "other parsers' Russian test suites (python -m bot when)", first, got[: len(first)]
    )
    failures += _table(
        "further suites and test files (other_parsers_ru2.jsonl)",
        second,
        got[len(first) : len(first) + len(second)],
    )
    failures += _table(
        "a third batch of suites (other_parsers_ru3.jsonl)", third, got[at_third:at_fourth]
    )
    failures += _table(
        "a fourth batch of suites (other_parsers_ru4.jsonl)", fourth, got[at_fourth:]
    )
    if verbose:
        print("\nfailing cases:")
        print("\n".join(failures))


def _table(heading: str, cases: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    """Print one table of per-suite accuracy; returns the failing cases' descriptions."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[str] = []
    for case, out in zip(cases, got, strict=True):
        ok = _matches(case, out)
        key = case["suite"] + (" (convention differs)" if case.get("convention") else "")
        tally[key][0] += ok
        tally[key][1] += 1
        if not ok:
            failures.append(_failure(case, out))
    print(heading)
    for key in sorted(tally):
        ok, total = tally[key]
        print(f"  {key:<36} {ok:>4}/{total:<4} {100 * ok / total:6.1f} %")
    main_keys = [k for k in tally if "convention" not in k]
    ok = sum(tally[k][0] for k in main_keys)
    total = sum(tally[k][1] for k in main_keys)
    print(f"  {'overall (same conventions)':<36} {ok:>4}/{total:<4} {100 * ok / total:6.1f} %")
    mean = sum(tally[k][0] / tally[k][1] for k in main_keys) / len(main_keys)
    print(f"  {'mean of suites (same conventions)':<36} {'':>9} {100 * mean:6.1f} %")
    all_ok = sum(v[0] for v in tally.values())
    all_total = sum(v[1] for v in tally.values())
    share = 100 * all_ok / all_total
    print(f"  {'overall (every case)':<36} {all_ok:>4}/{all_total:<4} {share:6.1f} %")
    return failures


def _matches(case: dict[str, Any], out: dict[str, Any]) -> bool:
    if case["suite"] == "duckling":
        return duckling_matches(case, out)
    return suite_matches(case, out)


def _failure(case: dict[str, Any], out: dict[str, Any]) -> str:
    check = case.get("check", case.get("kind"))
    want = f"start={case.get('start')} end={case.get('end')} check={check}"
    got = f"start={out.get('start')} end={out.get('end')} grain={out.get('grain')}"
    conv = f" [{case['convention']}]" if case.get("convention") else ""
    head = f"  {case['suite']:<13} {case['text']!r} now={case['now']}{conv}"
    return f"{head}\n      got  {got}\n      want {want}"


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
