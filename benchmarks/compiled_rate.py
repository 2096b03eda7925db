"""The parser compiled with mypyc against the same code interpreted: CPU rates, alternating.

Run: `.venv/bin/python benchmarks/compiled_rate.py COMPILED_TREE [RUNS] [ROUNDS]`, where
COMPILED_TREE is a directory holding a `bot` package whose parser modules were compiled in
place with mypyc (`.so` files beside the `.py`); RUNS alternating pairs (default 3), ROUNDS
warm rounds each (default 10). The interpreted side is this tree's `bot`.

`… compiled_rate.py --build DIR [PATH ...]` makes such a tree: this tree's `bot` as committed
at HEAD exported into DIR, and the modules PATH (default: PARSER_MODULES, every parser module
mypyc compiles) compiled in place with mypyc (the dev venv's mypy; gcc and Python's headers
needed). The whole parser takes ~4 min of CPU (gcc at -O3 over ~1.15M lines of C, one group
extension: `-j` does not help) and 24 MB of `.so`; tests/data/speed44.md has the figures.

Each run is a fresh process with the tree's `bot` first on `sys.path`; over every post of
TUNED_SETS (bench_parser.py; the held-out sets are never read) it times, with
`time.process_time` (CPU time, fairer than wall time on a shared machine):

1. the first pass, as a bot that just started meets posts (patterns compiled, words read by
   pymorphy3, caches filled);
2. ROUNDS warm passes (every post seen before): the best and the median round.

The two trees run alternately (interpreted, compiled, interpreted, …) so that the machine's
load, which moves a run by ±15 % on a shared machine, falls on both; the medians of the RUNS
pairs and their ratio are printed, with how many parser modules each side had compiled.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# run in a fresh process with the measured tree first on sys.path; prints one JSON object
_CHILD = r"""
import json, sys, time
from datetime import datetime
sys.path.insert(0, {tree!r})
import bot.core.language.intents as intents
cases = [
    (case["text"], datetime.fromisoformat(case["now"]))
    for path in {paths!r}
    for case in (json.loads(line) for line in open(path, encoding="utf-8") if line.strip())
]
def one_pass():
    started = time.process_time()
    for text, now in cases:
        intents.parse_message(text, now)
    return time.process_time() - started
first = one_pass()
warm = [one_pass() for _ in range({rounds})]
compiled = sorted(
    name for name, module in sys.modules.items()
    if name.startswith("bot.") and str(getattr(module, "__file__", "")).endswith(".so")
)
print(json.dumps({{"posts": len(cases), "first": first, "warm": warm,
                  "compiled": len(compiled), "file": intents.__file__}}))
"""


def parser_modules() -> list[str]:
    """The parser's modules mypyc compiles, as paths from the tree's root: every module of
    bot/core/language but its `__init__`, and the four of bot/core its parse imports that
    compile (bot/core/text.py does not: mypyc refuses its lone surrogates in a literal)."""
    language = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "bot" / "core" / "language").glob("*.py")
        if path.name != "__init__.py"
    )
    core = ["models", "titles", "school_calendar", "calendar_checks"]
    return [*language, *(f"bot/core/{name}.py" for name in core)]


_SETUP = (
    "from setuptools import setup\n"
    "from mypyc.build import mypycify\n"
    "paths = {paths!r}\n"
    "setup(name='parser', ext_modules=mypycify(paths, multi_file=len(paths) > 1))\n"
)


def build(into: Path, paths: list[str]) -> None:
    """HEAD's `bot` exported into `into`, `paths` compiled there in place with mypyc (one C
    file per module when there are several; mypyc's multi-file mode fails on a lone module)."""
    from benchmarks.same_outputs import export

    into.mkdir(parents=True, exist_ok=True)
    export("HEAD", into)
    (into / "setup_compiled.py").write_text(_SETUP.format(paths=paths), encoding="utf-8")
    subprocess.run(
        [sys.executable, "setup_compiled.py", "build_ext", "--inplace"],
        cwd=into,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    built = [path for path in into.glob("bot/**/*.so") if "__mypyc" not in path.name]
    print(f"{len(built)} modules compiled in {into}")


def measure(tree: Path, rounds: int) -> dict[str, Any]:
    """One fresh process's first pass and warm rounds over the tuned posts with `tree`'s bot."""
    from benchmarks.bench_parser import TUNED_SETS

    paths = [str(ROOT / "tests" / "data" / name) for name in TUNED_SETS]
    code = _CHILD.format(tree=str(tree), paths=paths, rounds=rounds)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tree, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def describe(label: str, got: dict[str, Any]) -> str:
    """One run as a table row: first pass ms a post, warm best and median posts/s."""
    posts = got["posts"]
    best, median = min(got["warm"]), statistics.median(got["warm"])
    return (
        f"{label:<12} first pass {1000 * got['first'] / posts:5.2f} ms a post "
        f"({posts / got['first']:4.0f}/s); warm best {posts / best:4.0f}/s, median "
        f"{posts / median:4.0f}/s; {got['compiled']} modules compiled"
    )


def main(compiled_tree: Path, runs: int, rounds: int) -> None:
    sides: dict[str, list[dict[str, Any]]] = {"interpreted": [], "compiled": []}
    for run in range(1, runs + 1):
        for label, tree in (("interpreted", ROOT), ("compiled", compiled_tree)):
            got = measure(tree, rounds)
            sides[label].append(got)
            print(f"run {run}: {describe(label, got)}", flush=True)

    def medians(label: str) -> tuple[float, float, float]:
        got = sides[label]
        posts = got[0]["posts"]
        first = statistics.median(posts / g["first"] for g in got)
        best = statistics.median(posts / min(g["warm"]) for g in got)
        median = statistics.median(posts / statistics.median(g["warm"]) for g in got)
        return first, best, median

    interp, comp = medians("interpreted"), medians("compiled")
    print(f"medians of {runs} runs, posts/s of CPU (first pass / warm best / warm median):")
    for label, (first, best, median) in (("interpreted", interp), ("compiled", comp)):
        print(f"  {label:<12} {first:5.0f} / {best:5.0f} / {median:5.0f}")
    ratios = " / ".join(f"{c / i:.2f}x" for c, i in zip(comp, interp, strict=True))
    print(f"  compiled ÷ interpreted: {ratios}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    argv = sys.argv[1:]
    if not argv:
        sys.exit(__doc__)
    if argv[0] == "--build":
        build(Path(argv[1]).resolve(), argv[2:] or parser_modules())
        sys.exit(0)
    main(
        Path(argv[0]).resolve(),
        int(argv[1]) if len(argv) > 1 else 3,
        int(argv[2]) if len(argv) > 2 else 10,
    )
