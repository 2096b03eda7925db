"""Prove a speed change left the parser's output unchanged: compare with another commit.

Run: `.venv/bin/python benchmarks/same_outputs.py [REF]` (REF defaults to `main`). The tree
at REF is exported with `git archive` into a temporary directory; every corpus input (each
line of events_dev, duckling_ru_time, other_parsers_ru*.jsonl and the real-post sets in
tests/data, plus each line of every real post on its own, so the title and venue rules see
many short texts too) goes through `parse` (and `when` for the duckling and other-parser
corpora) once with REF's code and once with this tree's, in two subprocesses; the JSON must be
identical, line for line. Prints the count compared and the first differences; exits 1 when
any differ. The inputs are read from this tree's tests/data in both runs.

The held-out sets (HELD_OUT: real_posts_eval18 and eval20) are never read unless `--held-out`
is given (for the lead: a helper tuning the parser must not see them, even as a speed check's
input):
`python benchmarks/same_outputs.py --held-out [REF]`.

`python benchmarks/same_outputs.py --dump [--held-out]` prints this tree's outputs (one JSON
line each).

`python benchmarks/same_outputs.py --history [N]` checks that this tree's outputs do not depend
on what the process parsed before (a cache that is not a pure function of its key): every
input is parsed in one process in the corpus order and in another in reverse order, and N
inputs (default 12, spread over the corpus) each alone in a fresh process; all must agree.
Exits 1 when any differ.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# read only with --held-out; the same names as bench_parser.HELD_OUT, which this script cannot
# import (its dumps run with nothing but an exported `bot` on the path)
HELD_OUT = ("real_posts_eval18.jsonl", "real_posts_eval20.jsonl")


def real_sets(held_out: bool = False) -> list[Path]:
    """The real-post corpora compared: every tests/data/real_posts_*.jsonl, the held-out sets
    only when `held_out` (their names are matched, the files are not opened otherwise)."""
    paths = sorted(DATA.glob("real_posts_*.jsonl"))
    return [p for p in paths if held_out or p.name not in HELD_OUT]


def inputs(held_out: bool = False) -> list[tuple[str, str, str]]:
    """(command, now, text) for every corpus input: `parse` or `when`, naive ISO `now`; the
    held-out real posts only when `held_out`."""
    out: list[tuple[str, str, str]] = []
    for case in _load(DATA / "events_dev.jsonl"):
        out.append(("parse", case["now"], case["text"]))
    for case in _load(DATA / "duckling_ru_time.jsonl"):
        out.append(("when", case["now"], case["text"]))
        out.append(("parse", case["now"], case["text"]))
    for path in sorted(DATA.glob("other_parsers_ru*.jsonl")):
        for case in _load(path):
            out.append(("when", case["now"], case["text"]))
            out.append(("parse", case["now"], case["text"]))
    for path in real_sets(held_out):
        for case in _load(path):
            out.append(("parse", case["now"], case["text"]))
            for line in case["text"].splitlines():
                if line.strip():
                    out.append(("parse", case["now"], line))
    return out


def _load(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def dump(held_out: bool = False, order: str = "") -> None:
    """Print one JSON line per input with the code importable as `bot` (this process's).
    `order`: "" the corpus order; "reverse" parsed last to first (printed in the corpus
    order); a number: that input alone."""
    from bot.cli_parse import intent_to_json, when_to_json
    from bot.core.language.intents import parse_message

    cases = inputs(held_out)
    picked = list(enumerate(cases))
    if order == "reverse":
        picked.reverse()
    elif order:
        picked = [picked[int(order)]]
    got_at: dict[int, Any] = {}
    for at_index, (command, now, text) in picked:
        at = datetime.fromisoformat(now)
        if command == "when":
            got_at[at_index] = when_to_json(text, at)
        else:
            got_at[at_index] = intent_to_json(parse_message(text, at))
    for at_index in sorted(got_at):
        sys.stdout.write(json.dumps(got_at[at_index], ensure_ascii=False, sort_keys=True) + "\n")


def outputs_at(tree: Path, held_out: bool = False, order: str = "") -> list[str]:
    """This script's --dump run with `bot` imported from `tree` (`order` as `dump` takes it)."""
    argv = ["x", "--dump", *(["--held-out"] if held_out else []), *([order] if order else [])]
    code = _DUMP.format(tree=str(tree), script=str(Path(__file__)), argv=argv)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tree,
        check=True,
    )
    return done.stdout.splitlines()


_DUMP = (
    "import sys, runpy; sys.path.insert(0, {tree!r}); sys.argv = {argv!r};"
    " runpy.run_path({script!r}, run_name='__main__')"
)


def export(ref: str, into: Path) -> None:
    """The `bot` package as committed at `ref`, written under `into`."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "bot"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def main(ref: str, held_out: bool = False) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        export(ref, Path(tmp))
        before = outputs_at(Path(tmp), held_out)
    after = outputs_at(ROOT, held_out)
    cases = inputs(held_out)
    differ = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    print(f"{len(cases)} inputs compared with {ref}: {len(differ)} differ")
    for i in differ[:10]:
        print(f"- {cases[i][0]} {cases[i][2][:100]!r}\n  {ref}: {before[i]}\n  now: {after[i]}")
    return 1 if differ or len(before) != len(cases) else 0


def history(alone: int = 12) -> int:
    """Compare this tree's outputs in the corpus order, in reverse order and, for `alone`
    inputs spread over the corpus, each in a fresh process; print the differences, 1 if any."""
    cases = inputs()
    forward = outputs_at(ROOT)
    backward = outputs_at(ROOT, order="reverse")
    differ = [i for i, (a, b) in enumerate(zip(forward, backward, strict=True)) if a != b]
    sample = sorted({i * len(cases) // alone for i in range(alone)} | set(differ[:3]))
    lone = {i: outputs_at(ROOT, order=str(i))[0] for i in sample}
    differ_alone = [i for i in sample if lone[i] != forward[i]]
    print(
        f"{len(cases)} inputs: {len(differ)} differ between corpus and reverse order;"
        f" {len(differ_alone)} of {len(sample)} differ alone from the corpus-order run"
    )
    for i in (differ + differ_alone)[:10]:
        print(f"- {cases[i][0]} {cases[i][2][:100]!r}\n  in order: {forward[i]}")
        print(f"  reversed: {backward[i]}\n  alone: {lone.get(i, '(not run)')}")
    return 1 if differ or differ_alone else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    with_held_out = "--held-out" in args
    args = [a for a in args if a != "--held-out"]
    if args[:1] == ["--dump"]:
        if sys.path[0] == str(Path(__file__).resolve().parent):  # run as a script, not by
            # outputs_at (which puts its tree first): this tree's `bot`, not the venv's copy
            sys.path.insert(0, str(ROOT))
        dump(with_held_out, args[1] if len(args) > 1 else "")
    elif args[:1] == ["--history"]:
        sys.exit(history(int(args[1]) if len(args) > 1 else 12))
    else:
        sys.exit(main(args[0] if args else "main", with_held_out))
