"""Parser accuracy and speed on the development corpora, through the real CLI.

Run: `.venv/bin/python benchmarks/bench_parser.py`. Both corpora go through
`python -m bot parse` / `python -m bot when` in batch mode (JSON lines on stdin), exactly as a
tool would call them; prints accuracy per field and messages per second (in-process too,
without the interpreter start-up).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus_score import (
    duckling_matches,
    event_field_results,
    events_cases,
    load,
)
from bot.core.language.intents import parse_message

ROOT = Path(__file__).resolve().parents[1]


def run_cli(command: str, now: str, texts: list[str]) -> tuple[list[dict[str, Any]], float]:
    """Feed texts to `python -m bot COMMAND --now NOW` on stdin; return outputs and seconds."""
    payload = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", command, "--now", now],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    elapsed = time.perf_counter() - started
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()], elapsed


def events_report() -> None:
    cases = events_cases()
    outputs: list[dict[str, Any]] = []
    seconds = 0.0
    for now, group in groupby(cases, key=lambda c: c["now"]):
        batch = list(group)
        got, elapsed = run_cli("parse", now, [c["text"] for c in batch])
        outputs += got
        seconds += elapsed
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for case, got in zip(cases, outputs, strict=True):
        for field, ok in event_field_results(case, got).items():
            total[field] += 1
            right[field] += ok
    events = [(c, g) for c, g in zip(cases, outputs, strict=True) if c["intent"] == "event"]
    exact = sum(g.get("start") == c["start"] and g.get("end") == c["end"] for c, g in events)
    print("events_dev.jsonl (python -m bot parse)")
    for field in sorted(total):
        share = 100 * right[field] / total[field]
        print(f"  {field:<11} {right[field]:>3}/{total[field]:<3} {share:6.1f} %")
    share = 100 * exact / len(events)
    print(f"  start+end   {exact:>3}/{len(events):<3} {share:6.1f} %  (target ≥ 98 %)")
    print(f"  CLI: {len(cases) / seconds:,.0f} messages/s including interpreter start-up")


def duckling_report() -> None:
    cases = load("duckling_ru_time.jsonl")
    got, seconds = run_cli("when", cases[0]["now"], [c["text"] for c in cases])
    by_tag: dict[str, list[bool]] = defaultdict(list)
    for case, out in zip(cases, got, strict=True):
        by_tag[case["tag"]].append(duckling_matches(case, out))
    print("duckling_ru_time.jsonl (python -m bot when)")
    for tag, oks in sorted(by_tag.items()):
        print(f"  {tag:<15} {sum(oks):>3}/{len(oks):<3} {100 * sum(oks) / len(oks):6.1f} %")
    ok = sum(sum(v) for v in by_tag.values())
    print(
        f"  all             {ok:>3}/{len(cases):<3} {100 * ok / len(cases):6.1f} %  (target ≥ 90 %)"
    )
    print(f"  CLI: {len(cases) / seconds:,.0f} expressions/s including interpreter start-up")


def throughput() -> None:
    cases = events_cases()
    rounds = 30
    started = time.perf_counter()
    for _ in range(rounds):
        for case in cases:
            parse_message(case["text"], datetime.fromisoformat(case["now"]))
    elapsed = time.perf_counter() - started
    rate = rounds * len(cases) / elapsed
    print(f"in-process: {rate:,.0f} messages/s, {1000 / rate:.2f} ms per message")


if __name__ == "__main__":
    events_report()
    duckling_report()
    throughput()
