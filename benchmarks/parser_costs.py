"""Where the parser's time goes on the long real posts: the rate, and each regex's share.

Run: `.venv/bin/python benchmarks/parser_costs.py [TOP]` (TOP rows, default 30; ~1 min);
`… parser_costs.py --rate` prints the rate alone (~20 s); `… parser_costs.py --instructions [N]`
prints instructions per post (of the first N posts; all by default), the figure a shared
machine's load does not move (below); `… --new-instructions [N]` the same over N posts the
process has not read (every other post read first, as parser_rate.py's new posts: their new
word forms and morphology are what a running bot pays for).

The held-out sets (HELD_OUT) are left out unless `--held-out` is given (for the lead).

1. The rate: one warm pass over every post of REAL_SETS (bench_parser.py), best of three,
   timed with `time.process_time` (CPU time, fairer than wall time on a shared machine);
   prints posts per second of CPU time and its ratio to the issue's target (1,000 posts/s).
2. The regexes: one more pass with `sys.setprofile`, which sees every call into C; a call of
   a compiled pattern's method (search, match, finditer, sub, …) is timed with the thread's
   CPU clock and charged to the pattern and the method. Prints the share of the pass spent
   in `re`, then the TOP patterns by CPU time: share of `re`'s time, calls per post, where
   they are called first, and the pattern's source. Each timed call includes the clock's own
   cost (~0.3 µs), so patterns called very often read a little dearer than they are.

Instruction counts (not wall time) judge a speed change exactly; on Linux with valgrind:
`valgrind --tool=callgrind --instr-atstart=no` around one warm pass, with instrumentation
switched on after the first (`callgrind_control -i on PID`); README's speed row has the
figures per round. `--instructions` does exactly that: it runs this script under callgrind
(~50 times slower: 3-4 min of CPU), counts one warm pass over every post and prints the
instructions per post (compare two commits by this figure, not by two rates taken at
different loads).
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import HELD_OUT, REAL_SETS
from benchmarks.corpus_score import load
from bot.core.language.intents import parse_message

TARGET = 1_000  # long posts per second in-process (issue 10)


def posts(held_out: bool = False) -> list[tuple[str, datetime]]:
    """(text, now) of every long real post of the tuned sets (and of HELD_OUT when asked)."""
    names = [name for name in REAL_SETS if held_out or name not in HELD_OUT]
    cases = [case for name in names for case in load(name)]
    return [(case["text"], datetime.fromisoformat(case["now"])) for case in cases]


def one_pass(cases: list[tuple[str, datetime]]) -> float:
    """CPU seconds of one pass over `cases`."""
    started = time.process_time()
    for text, now in cases:
        parse_message(text, now)
    return time.process_time() - started


def rate(cases: list[tuple[str, datetime]]) -> None:
    """Print posts/s of CPU time (best of three warm passes) and the ratio to TARGET."""
    one_pass(cases)  # warm: morphology and memos filled, patterns compiled
    best = min(one_pass(cases) for _ in range(3))
    per_second = len(cases) / best
    print(
        f"{len(cases)} long posts: {1000 * best / len(cases):.2f} ms of CPU per post, "
        f"{per_second:,.0f} posts/s of CPU time = {per_second / TARGET:.2f} of the target "
        f"{TARGET:,}/s"
    )


def regex_costs(cases: list[tuple[str, datetime]], top: int) -> None:
    """Print the share of `re` in a pass and the `top` dearest patterns."""
    clock = time.thread_time_ns
    spent: defaultdict[tuple[int, str], int] = defaultdict(int)
    calls: Counter[tuple[int, str]] = Counter()
    seen: dict[tuple[int, str], tuple[re.Pattern[str], str]] = {}
    opened = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            if type(getattr(arg, "__self__", None)) is re.Pattern:
                opened[0] = clock()
        elif event in ("c_return", "c_exception"):
            pattern = getattr(arg, "__self__", None)
            if type(pattern) is re.Pattern:
                key = (id(pattern), arg.__name__)
                spent[key] += clock() - opened[0]
                calls[key] += 1
                if key not in seen:
                    where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                    seen[key] = (pattern, where)

    hook: Callable[[FrameType, str, Any], None] = profile
    started = clock()
    sys.setprofile(hook)
    for text, now in cases:
        parse_message(text, now)
    sys.setprofile(None)
    whole = clock() - started
    in_re = sum(spent.values())
    print(
        f"re: {100 * in_re / whole:.0f} % of a profiled pass ({in_re / 1e6:,.0f} of "
        f"{whole / 1e6:,.0f} ms, the profiler's own cost included), "
        f"{sum(calls.values()) / len(cases):.0f} calls per post"
    )
    print(" share  calls/post  method     called from                   pattern")
    for key, ns in sorted(spent.items(), key=lambda item: -item[1])[:top]:
        pattern, where = seen[key]
        print(
            f"{100 * ns / in_re:5.1f}%  {calls[key] / len(cases):9.1f}  {key[1]:9s}  "
            f"{where:28s}  {pattern.pattern[:70]!r}"
        )


def instructions(count: int, held_out: bool = False, new: bool = False) -> int:
    """Instructions of one warm pass over the first `count` posts, counted by callgrind (this
    script run under valgrind with `--instr-atstart=no`, switched on around the pass by
    `_counted`); with `new`, of one pass over `count` posts not read before (`_counted_new`)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                *(["--held-out"] if held_out else []),
                "--counted-new" if new else "--counted",
                str(count),
            ],
            check=True,
            capture_output=True,
        )
        # "summary:" counts only what came after the last dump (0 here); "totals:" all of it
        totals = [line for line in out.read_text().splitlines() if line.startswith("totals:")]
    if not totals:
        raise RuntimeError("callgrind wrote no total")
    return int(totals[-1].split()[1])


def _collected() -> None:
    """A full garbage collection before the counted pass, so that none falls inside it.

    CPython collects its oldest generation when the objects that survived the younger ones
    since the last full collection reach a quarter of the heap: on posts not read before
    (whose new words fill the parser's memos) one comes every ~750 posts and costs ~250M
    instructions over the ~200,000 objects a warm parser holds. Whether one lands in a
    200-post window was chance: round 42's never-read figure rose 22.47M -> 23.74M a post
    with one full collection in the window and none in the round before (speed76.md). The
    full collections' share of a first pass is ~1.5 % of its CPU time (amortised over
    every post, not a rule's cost)."""
    gc.collect()


def _counted(cases: list[tuple[str, datetime]]) -> None:
    """Inside valgrind: one warm pass, then one pass with instrumentation on (a full
    garbage collection first: see _collected)."""
    one_pass(cases)
    _collected()
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    one_pass(cases)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


def _counted_new(cases: list[tuple[str, datetime]], count: int) -> None:
    """Inside valgrind: a pass over every other post, then one counted pass over the first
    `count` of the posts skipped (new to the process: parser_rate.py's new posts)."""
    one_pass(cases[::2])
    _collected()
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    one_pass(cases[1::2][:count])
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


if __name__ == "__main__":
    WITH_HELD_OUT = "--held-out" in sys.argv
    cases = posts(WITH_HELD_OUT)
    sys.argv = [a for a in sys.argv if a != "--held-out"]
    if sys.argv[1:2] == ["--rate"]:
        rate(cases)
    elif sys.argv[1:2] == ["--counted"]:
        _counted(cases[: int(sys.argv[2])])
    elif sys.argv[1:2] == ["--counted-new"]:
        _counted_new(cases, int(sys.argv[2]))
    elif sys.argv[1:2] == ["--new-instructions"]:  # optional: how many new posts (all)
        total = len(cases[1::2])
        count = min(total, int(sys.argv[2])) if len(sys.argv) > 2 else total
        per_post = instructions(count, WITH_HELD_OUT, new=True) / count
        print(f"{count} new long posts: {per_post / 1e6:.2f}M instructions per post (callgrind)")
    elif sys.argv[1:2] == ["--instructions"]:  # optional: how many posts (all by default)
        count = min(len(cases), int(sys.argv[2])) if len(sys.argv) > 2 else len(cases)
        per_post = instructions(count, WITH_HELD_OUT) / count
        print(f"{count} long posts: {per_post / 1e6:.2f}M instructions per post (callgrind)")
    else:
        rate(cases)
        regex_costs(cases, int(sys.argv[1]) if len(sys.argv) > 1 else 30)
