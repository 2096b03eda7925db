"""How many of the parser's current titles on the tuned sets are no well-formed noun phrase
(title_shape.shapes), of which shape, and how that relates to the titles scored wrong.
Run: `.venv/bin/python benchmarks/title_shapes.py [-v] [SET ...]` (-v lists the ill-formed
titles of the sets named, never of the held-out ones)."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.title_shape import shapes


def main() -> None:
    """Tally ill-formed titles per shape, with the share of them scored wrong."""
    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(TUNED_SETS)
    per_shape: Counter[str] = Counter()
    wrong_shape: Counter[str] = Counter()
    posts = ill = ill_wrong = wrong = 0
    for name in names:
        if "eval18" in name or "eval20" in name:
            sys.exit("held-out sets are not for helpers")
        for i, case in enumerate(load(name), 1):
            got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
            title = got.get("title") or ""
            ok = real_post_results(case, got).get("title", True)
            found = shapes(title, case["text"]) if title else ()
            posts += 1
            wrong += not ok
            if found:
                ill += 1
                ill_wrong += not ok
                for shape in found:
                    per_shape[shape] += 1
                    wrong_shape[shape] += not ok
                if verbose:
                    print(f"  {name}:{i} {'ok ' if ok else 'BAD'} {','.join(found)}: {title!r}")
    print(f"posts={posts} ill-formed={ill} of them wrong={ill_wrong} titles wrong={wrong}")
    for shape, n in per_shape.most_common():
        print(f"  {shape:<10} {n:>4}  wrong {wrong_shape[shape]}")


if __name__ == "__main__":
    main()
