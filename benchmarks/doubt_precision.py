"""Each doubt code's precision on the tuned real-post sets (figures only, nothing changes):

    python benchmarks/doubt_precision.py [--sets] [--dump FILE] [--load FILE] [SET ...]

For every code the parser writes on a long real post it counts the RIGHT starts carrying it
(each a needless question if the code is asked: doubts.ASKED) and the WRONG starts carrying it
(caught), and of those the wrong starts it alone doubts (`sole`: no other code and a start —
dropping or narrowing the code would leave them silent). A code that asks many right starts for
few sole catches teaches users to ignore its question; that is the list to tighten first.
`--sets` adds one line per set and code. `--dump` writes every post's (set, index, right,
start, codes) as JSON lines so a later run can `--load` them instead of parsing again.

Default sets: every real_posts_*.jsonl but the lead's (eval18, eval20 — bench_parser.HELD_OUT;
dev, which no helper reads) and the CHECK sets (broad14, broad15, broad16, eval19), which are
looked at only through bench totals. Indices printed are 1-based (`set:i`), as bench_tuned -v.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_score import DATA, load, real_post_results

NOT_READ = ("eval18", "eval20", "dev")  # the lead's held-out sets and its development set
CHECK = ("broad14", "broad15", "broad16", "eval19")  # scored through bench totals only


@dataclass(frozen=True)
class Outcome:
    """One parsed post: where it is, whether its start+end is right, and its doubt codes."""

    set_name: str
    index: int  # 1-based, as bench_tuned -v prints
    right: bool
    has_start: bool
    codes: tuple[str, ...]


@dataclass
class Tally:
    """One code's counts: right starts carrying it, wrong starts carrying it, sole catches."""

    right: int = 0
    wrong: int = 0
    sole: int = 0


def default_sets() -> list[str]:
    """Names (without prefix) of the tuned sets this script may read, sorted."""
    names = (p.stem.removeprefix("real_posts_") for p in DATA.glob("real_posts_*.jsonl"))
    return sorted(n for n in names if n not in NOT_READ and n not in CHECK)


def parse_sets(names: Iterable[str]) -> list[Outcome]:
    """Parse every post of the named sets with today's parser (parse_message at its `now`)."""
    from bot.cli_parse import intent_to_json
    from bot.core.language.intents import parse_message

    out = []
    for name in names:
        if name in NOT_READ:
            raise SystemExit(f"{name} is not read by helpers")
        for i, case in enumerate(load(f"real_posts_{name}.jsonl"), start=1):
            got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
            right = real_post_results(case, got)["start_end"]
            codes = tuple(got.get("doubts") or ())
            out.append(Outcome(name, i, right, got.get("start") is not None, codes))
    return out


def tally(outcomes: Iterable[Outcome]) -> dict[str, Tally]:
    """Per code: right starts carrying it, wrong starts carrying it, wrong ones it alone doubts."""
    table: dict[str, Tally] = defaultdict(Tally)
    for o in outcomes:
        for code in o.codes:
            t = table[code]
            if o.right:
                t.right += 1
            else:
                t.wrong += 1
                t.sole += len(o.codes) == 1 and o.has_start
    return dict(table)


def silent_wrong(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """Wrong starts with a start and no code at all (what the bot would save unasked)."""
    return [o for o in outcomes if not o.right and o.has_start and not o.codes]


def report(outcomes: list[Outcome], per_set: bool) -> str:
    """The table: one line per code, most right starts first, then the silent wrong starts."""
    from bot.core.language.doubts import ASKED

    lines = [f"{'code':16} {'right':>5} {'wrong':>5} {'sole':>4}  asked  right-per-sole"]
    table = tally(outcomes)
    for code, t in sorted(table.items(), key=lambda kv: (-kv[1].right, kv[0])):
        rate = f"{t.right / t.sole:.1f}" if t.sole else "-"
        asked = "yes" if code in ASKED else "no"
        lines.append(f"{code:16} {t.right:5} {t.wrong:5} {t.sole:4}  {asked:5}  {rate}")
        if per_set:
            by_set: dict[str, Counter[str]] = defaultdict(Counter)
            for o in outcomes:
                if code in o.codes:
                    by_set[o.set_name]["right" if o.right else "wrong"] += 1
            for name, c in sorted(by_set.items()):
                lines.append(f"    {name:10} right {c['right']:3} wrong {c['wrong']:3}")
    right = [o for o in outcomes if o.right]
    wrong = [o for o in outcomes if not o.right]
    asked_right = sum(bool(set(o.codes) & ASKED) for o in right)
    doubted = sum(bool(o.codes) or not o.has_start for o in wrong)
    lines.append(f"posts {len(outcomes)}: right asked {asked_right}/{len(right)}, ")
    lines[-1] += f"wrong doubted {doubted}/{len(wrong)}"
    silent = ", ".join(f"{o.set_name}:{o.index}" for o in silent_wrong(outcomes))
    lines.append(f"silent wrong starts: {silent or 'none'}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    """Command line: see the module's docstring."""
    args = list(argv)
    per_set = "--sets" in args
    dump = load_from = None
    if "--dump" in args:
        dump = Path(args.pop(args.index("--dump") + 1))
    if "--load" in args:
        load_from = Path(args.pop(args.index("--load") + 1))
    names = [a for a in args if not a.startswith("--")] or default_sets()
    if load_from is not None:
        rows = [json.loads(line) for line in load_from.read_text(encoding="utf-8").splitlines()]
        outcomes = [Outcome(r[0], r[1], r[2], r[3], tuple(r[4])) for r in rows]
    else:
        outcomes = parse_sets(names)
    if dump is not None:
        rows_out = (
            json.dumps([o.set_name, o.index, o.right, o.has_start, list(o.codes)]) for o in outcomes
        )
        dump.write_text("\n".join(rows_out) + "\n", encoding="utf-8")
    print(report(outcomes, per_set))


if __name__ == "__main__":
    main(sys.argv[1:])
