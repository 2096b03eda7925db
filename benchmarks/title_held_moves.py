"""Which tuned posts' titles title_held moves (title72): every post parsed with
title_held.HELD off and on; each post whose title changes is printed as GAIN (wrong -> right),
LOSS (right -> wrong) or same (right or wrong both ways), then the two totals.

Run from a worktree root: `.venv/bin/python benchmarks/title_held_moves.py [SET ...]`
(short set names, e.g. broad31; default: the tuned sets without the CHECK sets, ≈ 3 min).
The held-out sets (eval18, eval20) are never read; the CHECK sets only when named.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load, real_post_results
from benchmarks.title_model import CHECK
from bot.cli_parse import intent_to_json
from bot.core.language import title_held
from bot.core.language.intents import parse_message

FORBIDDEN = ("real_posts_eval18.jsonl", "real_posts_eval20.jsonl")


def main(args: list[str]) -> None:
    if args:
        names = [a if a.endswith(".jsonl") else f"real_posts_{a}.jsonl" for a in args]
    else:
        names = [n for n in TUNED_SETS if n not in CHECK]
    off = on = posts = 0
    for name in (n for n in names if n not in FORBIDDEN):
        for i, case in enumerate(load(name)):
            if "title_contains" not in case:
                continue
            now = datetime.fromisoformat(case["now"])
            got = []
            for held in (False, True):
                title_held.HELD = held
                parsed = intent_to_json(parse_message(case["text"], now))
                got.append((parsed.get("title"), real_post_results(case, parsed)["title"]))
            title_held.HELD = True
            off, on, posts = off + got[0][1], on + got[1][1], posts + 1
            if got[0][0] != got[1][0]:
                sign = {(True, False): "LOSS", (False, True): "GAIN"}.get(
                    (got[0][1], got[1][1]), "same"
                )
                short = name.removeprefix("real_posts_").removesuffix(".jsonl")
                print(
                    f"{sign} {short}:{i} {got[0][0]!r} -> {got[1][0]!r} "
                    f"want={case['title_contains']!r}",
                    flush=True,
                )
    print(f"TOTAL titles held off {off}, on {on}, of {posts}")


if __name__ == "__main__":
    main(sys.argv[1:])
