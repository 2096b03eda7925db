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
    real_post_results,
)
from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import MAX_MESSAGE_LENGTH, parse_message

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


REAL_SETS = (
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_heldout.jsonl",
    "real_posts_fresh.jsonl",
    "real_posts_eval.jsonl",
    "real_posts_eval2.jsonl",
    "real_posts_eval3.jsonl",
    "real_posts_eval4.jsonl",
    "real_posts_eval5.jsonl",
    "real_posts_eval6.jsonl",
    "real_posts_eval7.jsonl",
    "real_posts_eval8.jsonl",
    "real_posts_eval9.jsonl",
    "real_posts_eval10.jsonl",
    "real_posts_eval11.jsonl",
    "real_posts_eval12.jsonl",
    "real_posts_eval13.jsonl",
    "real_posts_eval14.jsonl",
    "real_posts_eval15.jsonl",
    "real_posts_eval16.jsonl",
    "real_posts_eval17.jsonl",
    "real_posts_eval18.jsonl",
    "real_posts_eval19.jsonl",
    "real_posts_eval20.jsonl",
    "real_posts_starts4.jsonl",
    "real_posts_venues4.jsonl",
    "real_posts_titles4.jsonl",
    "real_posts_broad7t.jsonl",
    "real_posts_broad7d.jsonl",
    "real_posts_broad8t.jsonl",
    "real_posts_broad8d.jsonl",
    "real_posts_broad9.jsonl",
    "real_posts_broad10.jsonl",
    "real_posts_broad11.jsonl",
    "real_posts_broad12.jsonl",
    "real_posts_broad13.jsonl",
    "real_posts_broad14.jsonl",
    "real_posts_broad15.jsonl",
    "real_posts_broad16.jsonl",
    "real_posts_broad17.jsonl",
    "real_posts_broad18.jsonl",
    "real_posts_broad19.jsonl",
    "real_posts_broad20.jsonl",
    "real_posts_broad21.jsonl",
    "real_posts_broad22.jsonl",
    "real_posts_broad23.jsonl",
    "real_posts_broad24.jsonl",
    "real_posts_broad25.jsonl",
    "real_posts_broad26.jsonl",
    "real_posts_broad27.jsonl",
    "real_posts_broad28.jsonl",
    "real_posts_broad29.jsonl",
    "real_posts_broad30.jsonl",
    "real_posts_broad31.jsonl",
    "real_posts_broad32.jsonl",
    "real_posts_broad33.jsonl",
)
# held out: the lead measures them (totals only); nothing that tunes the parser or guards a
# speed trick reads them (parser_costs.py, same_outputs.py and the unit tests take TUNED_SETS).
# eval17 was held out for four rounds (sixteenth to nineteenth) and released for tuning in the
# twentieth, as eval16 was in the sixteenth (tests/data/README.md gives its last figures);
# eval19, held out in the twenty-first round, is released for tuning in the twenty-second, while
# a newer set (eval20) was collected by someone who never runs the parser; it is held out.
HELD_OUT = ("real_posts_eval18.jsonl", "real_posts_eval20.jsonl")
TUNED_SETS = tuple(name for name in REAL_SETS if name not in HELD_OUT)


def real_posts_report(name: str) -> None:
    """Start+end, venue and concise title on a set of real posts, and how many of the wrong
    starts carry a doubt (the bot asks about those instead of saving them)."""
    cases = load(name)
    outputs: list[dict[str, Any]] = []
    seconds = 0.0
    for case in cases:
        got, elapsed = run_cli_one(case)
        outputs.append(got)
        seconds += elapsed
    tally: dict[str, list[bool]] = defaultdict(list)
    wrong_with_doubt: list[bool] = []
    right_with_doubt: list[bool] = []  # a doubt on a right start makes the bot ask needlessly
    right_asked: list[bool] = []
    for case, got in zip(cases, outputs, strict=True):
        results = real_post_results(case, got)
        for key, ok in results.items():
            tally[key].append(ok)
        if not results["start_end"]:
            wrong_with_doubt.append(bool(got.get("doubts")) or got.get("start") is None)
        else:
            right_with_doubt.append(bool(got.get("doubts")))
            right_asked.append(bool(set(got.get("doubts") or []) & ASKED))
    print(f"{name} (parse JSON, {len(cases)} posts)")
    targets = {"start_end": 90, "venue": 80, "title": 90}
    for key in ("start_end", "venue", "title"):
        oks = tally[key]
        share = 100 * sum(oks) / len(oks) if oks else 0.0
        print(
            f"  {key:<11} {sum(oks):>3}/{len(oks):<3} {share:6.1f} %  (target ≥ {targets[key]} %)"
        )
    if wrong_with_doubt:
        share = 100 * sum(wrong_with_doubt) / len(wrong_with_doubt)
        print(
            f"  wrong starts carrying a doubt (or no start): {sum(wrong_with_doubt)}"
            f"/{len(wrong_with_doubt)} {share:.0f} %  (target ≥ 80 %)"
        )
    else:
        print("  wrong starts carrying a doubt: none wrong")
    if right_with_doubt:
        print(
            f"  right starts carrying a doubt: {sum(right_with_doubt)}/{len(right_with_doubt)}"
            f" {100 * sum(right_with_doubt) / len(right_with_doubt):.0f} %, asked about:"
            f" {sum(right_asked)} (fewer is better)"
        )


def run_cli_one(case: dict[str, Any]) -> tuple[dict[str, Any], float]:
    """The JSON `python -m bot parse --now NOW` prints, computed in-process (each post has
    its own `now`, and one interpreter per post would make the run take minutes)."""
    started = time.perf_counter()
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    return got, time.perf_counter() - started


def never_today() -> None:
    """Typos and impossible dates must never resolve to today (the issue's guarantee)."""
    now = datetime.fromisoformat("2026-11-30T10:00")
    phrases = ["8 декабаря", "15 дикабря", "31.11", "30 февраля", "29.02.2027", "5 мартобря"]
    today = now.date().isoformat()
    bad = []
    for phrase in phrases:
        got = intent_to_json(parse_message(f"Лекция {phrase} в 15:00", now))
        if (got.get("start") or "").startswith(today):
            bad.append(phrase)
    print(f"typos/impossible dates resolved to today: {len(bad)} of {len(phrases)} {bad}")


def throughput_long() -> None:
    """In-process rate on the long real posts (target ≥ 1,000 posts/s)."""
    cases = [c for name in REAL_SETS for c in load(name)]
    stamps = [datetime.fromisoformat(c["now"]) for c in cases]
    started = time.perf_counter()
    for case, now in zip(cases, stamps, strict=True):
        parse_message(case["text"], now)
    cold = len(cases) / (time.perf_counter() - started)
    rounds = 10
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for case, now in zip(cases, stamps, strict=True):
            parse_message(case["text"], now)
    warm = rounds * len(cases) / (time.perf_counter() - started)
    on_cpu = rounds * len(cases) / (time.process_time() - cpu)  # a shared machine's fairer figure
    print(
        f"in-process, long posts: {cold:,.0f} posts/s first pass, {warm:,.0f} posts/s warm, "
        f"{on_cpu:,.0f} posts/s of CPU time (morphology cached; target ≥ 1,000 posts/s)"
    )


def longest_message() -> None:
    """CPU seconds for one text as long as the parser reads (MAX_MESSAGE_LENGTH characters;
    the chat itself takes up to 8,000), made of real posts joined with blank lines (the last
    cut to fit): the slowest text it is given. The best of three."""
    texts = [c["text"] for name in REAL_SETS for c in load(name)]
    joined = ""
    for text in texts:
        joined += text + "\n\n"
        if len(joined) >= MAX_MESSAGE_LENGTH:
            break
    post = joined[:MAX_MESSAGE_LENGTH]
    now = datetime.fromisoformat("2026-12-02T10:00")  # school wall-clock time
    parse_message(post, now)  # warm the caches of words, as a running bot has them
    best = min(_cpu_seconds(post, now) for _ in range(3))
    print(f"one message of {len(post):,} characters (real posts joined): {best:.2f} s of CPU")


def _cpu_seconds(text: str, now: datetime) -> float:
    started = time.process_time()
    parse_message(text, now)
    return time.process_time() - started


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
    for real_set in REAL_SETS:
        real_posts_report(real_set)
    never_today()
    throughput()
    throughput_long()
    longest_message()
