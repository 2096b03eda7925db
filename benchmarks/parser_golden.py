"""A golden file of the parser's outputs: proof that a speed change changed no output.

Run (from the repository root, `bot` importable from this tree):

    PYTHONPATH=$PWD .venv/bin/python benchmarks/parser_golden.py write /tmp/golden_before.json
    PYTHONPATH=$PWD .venv/bin/python benchmarks/parser_golden.py compare /tmp/golden_before.json

`write` runs `parse_message` + `intent_to_json` (bot/cli_parse.py) over every input and stores
the JSON outputs, keyed by file, line and sub-line (no texts are printed); `compare` runs them
again and prints how many inputs were compared and the keys of those that differ (exit 1 when
any differ or an input is missing). Keep the golden file outside the repository.

Inputs, read at run time (no file name is hard-coded):
- every jsonl file tracked by git under tests/data (`git ls-files`, so an untracked file
  dropped into tests/data is never opened) and every jsonl file in /work/shared/corpus
  (or the folder in `$PARSER_GOLDEN_CORPUS`, if set);
- of each line: `text` with its own `now`; each non-empty line of a multi-line `text` on its
  own with the same `now` (so the title and venue rules see many short texts too); the
  strings `a` and `b` of a pair (duplicate_pairs.jsonl has no `now`: FIXED_NOW is used).
An exception inside the parser is recorded as its type name, so a changed failure shows too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARSER_GOLDEN_CORPUS", "/work/shared/corpus"))
FIXED_NOW = "2026-12-01T12:00"


def sources() -> list[Path]:
    """The jsonl files to read: tracked ones in tests/data, then the shared corpus's."""
    listed = subprocess.run(
        ["git", "ls-files", "--", "tests/data/*.jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    tracked = [ROOT / name for name in sorted(listed)]
    shared = sorted(SHARED.glob("*.jsonl")) if SHARED.is_dir() else []
    return tracked + shared


def inputs() -> Iterator[tuple[str, str, str]]:
    """(key, now, text) for every input; key = file:line[:part]."""
    for path in sources():
        label = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            case = json.loads(raw)
            if not isinstance(case, dict):
                continue
            now = case.get("now") if isinstance(case.get("now"), str) else FIXED_NOW
            for field in ("text", "a", "b"):
                text = case.get(field)
                if not isinstance(text, str):
                    continue
                yield f"{label}:{number}:{field}", now, text
                parts = [line for line in text.splitlines() if line.strip()]
                if len(parts) > 1:
                    for index, line in enumerate(parts):
                        yield f"{label}:{number}:{field}:{index}", now, line


def outputs() -> tuple[dict[str, Any], float]:
    """Every input's JSON output, and the CPU seconds the parsing took."""
    from bot.cli_parse import intent_to_json
    from bot.core.language.intents import parse_message

    got: dict[str, Any] = {}
    spent = 0.0
    for key, now, text in inputs():
        at = datetime.fromisoformat(now)
        started = time.process_time()
        try:
            out: Any = intent_to_json(parse_message(text, at))
        except Exception as exc:  # recorded, so a changed failure is a difference too
            out = {"exception": type(exc).__name__}
        spent += time.process_time() - started
        got[key] = json.loads(json.dumps(out, ensure_ascii=False, sort_keys=True))
    return got, spent


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "compare"):
        print(__doc__)
        return 2
    command, target = argv[0], Path(argv[1])
    got, spent = outputs()
    if command == "write":
        target.write_text(json.dumps(got, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(got)} outputs written to {target} ({spent:.1f} s of CPU parsing)")
        return 0
    golden: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    missing = sorted(set(golden) ^ set(got))
    differ = [key for key in golden if key in got and golden[key] != got[key]]
    print(
        f"{len(golden)} golden outputs, {len(got)} now: {len(differ)} differ, "
        f"{len(missing)} missing on one side ({spent:.1f} s of CPU parsing)"
    )
    for key in (differ + missing)[:20]:
        print(f"- {key}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
