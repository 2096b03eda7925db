"""Fit the learned title chooser (bot/core/language/title_model.py) and measure it set by set.

Run: `.venv/bin/python benchmarks/title_model.py` (needs the optional extra `train`:
`pip install -e '.[train]'`, scikit-learn). Every post of the tuned real-post sets is parsed
once with title.RECORD set, which keeps every title candidate each rule offers, finished as a
winner would be, with its features (title_model.features). Then it prints, per set and summed:

- hand: right titles of the hand-set scores (today's parser);
- oracle: posts where at least one candidate is right (the ceiling of any chooser);
- LOSO: right titles of the learned chooser on each set when fitted on all the others
  (leave one set out), and how many of that set's titles differ from the hand chooser's;
- in-sample: the chooser fitted on every set, run on every set.

The fit is a pairwise logistic regression (scikit-learn): for each _picked call, each right
candidate against each wrong one, the difference of their feature vectors, weighted so that
every call counts once. Options: `--without=F1,F2` leaves features out (e.g. the hand scores:
`--without=hand_best,score,score_gap,top_score,score_rank`); `--C=…` sets the inverse strength
of the L2 penalty (default 0.1); `--grammar` adds the candidates read by grammar
(title_grammar.py, the twenty-first round: the families grammar_*); `--write` stores the
weights fitted on every set in bot/core/language/title_weights.py. `--general` fits
the general chooser instead (title.CHOOSER "general", round 44): without HAND_FEATURES (the
hand scores and every feature read from the hand chooser's phrase), LOSO of it and of the
blended chooser ("blend": the hand's phrase unless the general model scores another higher by
`--margin=…`, default MARGIN); with `--write` its weights go to title_weights_general.py.
The held-out sets
(bench_parser.HELD_OUT) and the CHECK sets (the transfer measure) are never read.
"""

from __future__ import annotations

import sys
import textwrap
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import HELD_OUT, REAL_SETS, run_cli_one
from benchmarks.corpus_score import MAX_TITLE, load, real_post_results
from bot.core.language import title as title_module
from bot.core.language import title_model
from bot.core.language.notices import without_notices

# the transfer-measure sets the lead scores only at a round's end (never fitted on, never read
# here, like the held-out sets)
CHECK = (
    "real_posts_broad14.jsonl",
    "real_posts_broad15.jsonl",
    "real_posts_broad16.jsonl",
    "real_posts_eval19.jsonl",
)
TUNED = tuple(s for s in REAL_SETS if s not in HELD_OUT and s not in CHECK)


def right(case: dict[str, Any], title: str | None) -> bool:
    """Whether `title` satisfies the case's title_contains (corpus_score's rule)."""
    needles = case["title_contains"]
    needles = needles if isinstance(needles, list) else [needles]
    low = (title or "").lower()
    return len(low) <= MAX_TITLE and all(n.lower() in low for n in needles)


def collect() -> dict[str, list[dict[str, Any]]]:
    """Per set, per post with a title label: the hand result, the oracle and the groups
    (features, labels) of the concise_title call whose title the parser gave."""
    data: dict[str, list[dict[str, Any]]] = {}
    for name in TUNED:
        posts = []
        for case in load(name):
            if "title_contains" not in case:
                continue
            title_module.RECORD = []
            try:
                got, _ = run_cli_one(case)
                records = title_module.RECORD
            finally:
                title_module.RECORD = None
            hand_ok = real_post_results(case, got)["title"]
            record = next((r for r in reversed(records) if r["title"] == got.get("title")), None)
            groups = []
            oracle = hand_ok
            if record is not None:
                for pick in record["picks"]:
                    labels = [right(case, _clean(f)) for f in pick["finished"]]
                    oracle = oracle or any(labels)
                    groups.append({"x": pick["features"], "y": labels})
                oracle = oracle or any(right(case, _clean(h)) for h in record["heading"] if h)
            posts.append({"hand": hand_ok, "oracle": oracle, "groups": groups})
        data[name] = posts
    return data


def _clean(title: str | None) -> str | None:
    return (without_notices(title) or None) if title else None


C = 0.1  # the inverse strength of the L2 penalty (`--C=…`): of 0.1, 1, 10 the best LOSO


def fit(groups: list[dict[str, Any]], without: frozenset[str] = frozenset()) -> list[float]:
    """Pairwise logistic regression weights (one per title_model.FEATURES); the features
    named in `without` are left out (their weight 0)."""
    from sklearn.linear_model import LogisticRegression

    kept = [i for i, f in enumerate(title_model.FEATURES) if f not in without]

    xs: list[list[float]] = []
    ys: list[int] = []
    weights: list[float] = []
    for g in groups:
        pos = [x for x, y in zip(g["x"], g["y"], strict=True) if y]
        neg = [x for x, y in zip(g["x"], g["y"], strict=True) if not y]
        if not pos or not neg:
            continue
        each = 1.0 / (len(pos) * len(neg))
        for p in pos:
            for n in neg:
                d = [p[i] - n[i] for i in kept]
                xs += [d, [-v for v in d]]
                ys += [1, 0]
                weights += [each, each]
    model = LogisticRegression(fit_intercept=False, C=C, max_iter=2000)
    model.fit(xs, ys, sample_weight=weights)
    fitted = dict(zip(kept, model.coef_[0], strict=True))
    return [float(fitted.get(i, 0.0)) for i in range(len(title_model.FEATURES))]


def run_learned(name: str, w: list[float], chooser: str = "learned") -> tuple[int, int, int]:
    """(right titles, posts, titles differing from the hand chooser's) of set `name` with
    the chooser `chooser` ("learned", "general" or "blend") using weights `w`."""
    hand_titles = []
    for case in load(name):
        if "title_contains" in case:
            hand_titles.append(run_cli_one(case)[0].get("title"))
    saved = title_model.weights
    saved_margin = title_module.margin
    title_module.CHOOSER = chooser

    def fitted(_chooser: str = "learned") -> tuple[float, ...]:
        return tuple(w)

    title_model.weights = fitted  # type: ignore[assignment]
    title_module.weights = fitted  # type: ignore[assignment]
    title_module.margin = lambda: MARGIN
    try:
        ok = total = differ = 0
        cases = [c for c in load(name) if "title_contains" in c]
        for case, hand in zip(cases, hand_titles, strict=True):
            got, _ = run_cli_one(case)
            ok += real_post_results(case, got)["title"]
            total += 1
            differ += got.get("title") != hand
    finally:
        title_model.weights = saved  # type: ignore[method-assign]
        title_module.weights = saved  # type: ignore[method-assign]
        title_module.margin = saved_margin
        title_module.CHOOSER = "hand"
    return ok, total, differ


WEIGHTS = Path(__file__).resolve().parents[1] / "bot" / "core" / "language" / "title_weights.py"
GENERAL_WEIGHTS = WEIGHTS.with_name("title_weights_general.py")
# the features that read the hand scores or the hand chooser's phrase: the general chooser
# (`--general`) is fitted without them (title_general.py gives it what they stood for)
HAND_FEATURES = frozenset(
    {
        "hand_best",
        "score",
        "score_gap",
        "top_score",
        "score_rank",
        "same_head_as_hand",
        "extends_hand",
        "inside_hand",
    }
)
# how much higher than the hand chooser's phrase the general model must score another one
# for the blended chooser to take it (`--margin=…`); of 0.5, 1, 1.5, 2 the best LOSO on the
# sets added last (broad9…broad12) that keeps the tuned sets within 1.5 % of the hand chooser
MARGIN = 1.0


_DOC = '"""'  # a docstring's quotes, in the module written


def weights_module(w: list[float], without: frozenset[str], general: bool = False) -> str:
    """The source of bot/core/language/title_weights.py (title_weights_general.py when
    `general`, with MARGIN) for weights `w` (ruff-formatted)."""
    if general:
        said = (
            'Weights of the general title chooser (title_model.py, title.CHOOSER "general" and'
            ' "blend"), one per feature, written by `benchmarks/title_model.py --general'
            " --write` (pairwise logistic regression fitted on every tuned real-post set"
            f" without the hand scores; left out: {', '.join(sorted(without))}). MARGIN: how"
            " much higher than the hand chooser's phrase the blended chooser needs another"
            " phrase scored to take it. Do not edit."
        )
        wrapped = textwrap.wrap(_DOC + said + _DOC, 96)
        head = [*wrapped, "", f"MARGIN = {MARGIN}"]
    else:
        head = [
            _DOC + "Weights of the learned title chooser (title_model.py), one per feature,",
            "written by `benchmarks/title_model.py --write` (pairwise logistic regression fitted",
            "on every tuned real-post set; left out: "
            + (", ".join(sorted(without)) or "none")
            + "). Do not edit."
            + _DOC,
        ]
    lines = [
        *head,
        "",
        "FEATURES = (",
        *(f'    "{f}",' for f in title_model.FEATURES),
        ")",
        "WEIGHTS = (",
        *(f"    {x:.6f}," for x in w),
        ")",
        "",
    ]
    return "\n".join(lines)


def main(write: bool, without: frozenset[str], general: bool = False) -> None:
    saved = title_module.CHOOSER
    title_module.CHOOSER = "hand"
    if general:
        without = without | HAND_FEATURES
    data = collect()
    sums: dict[str, int] = defaultdict(int)
    third = "blend" if general else ""
    print(f"{'set':32} {'hand':>5} {'oracle':>6} {'LOSO':>5} {third:>5} {'differ':>6} {'posts':>5}")
    chooser = "general" if general else "learned"
    for name in TUNED:
        train = [g for other in TUNED if other != name for p in data[other] for g in p["groups"]]
        w = fit(train, without)
        ok, total, differ = run_learned(name, w, chooser)
        blend = run_learned(name, w, "blend")[0] if general else 0
        hand = sum(p["hand"] for p in data[name])
        oracle = sum(p["oracle"] for p in data[name])
        for key, value in (
            ("hand", hand),
            ("oracle", oracle),
            ("loso", ok),
            ("blend", blend),
            ("differ", differ),
        ):
            sums[key] += value
        sums["posts"] += total
        shown = f"{blend:5}" if general else " " * 5
        print(f"{name:32} {hand:5} {oracle:6} {ok:5} {shown} {differ:6} {total:5}", flush=True)
    shown = f"{sums['blend']:5}" if general else " " * 5
    print(
        f"{'TOTAL':32} {sums['hand']:5} {sums['oracle']:6} {sums['loso']:5} {shown}"
        f" {sums['differ']:6} {sums['posts']:5}"
    )
    every = [g for name in TUNED for p in data[name] for g in p["groups"]]
    w = fit(every, without)
    inside = [run_learned(name, w, chooser) for name in TUNED]
    print(
        f"in-sample (fitted on all {len(TUNED)} sets): {sum(r[0] for r in inside)}"
        f"/{sum(r[1] for r in inside)}, differ from hand {sum(r[2] for r in inside)}"
    )
    for feature, weight in sorted(
        zip(title_model.FEATURES, w, strict=True), key=lambda t: -abs(t[1])
    ):
        print(f"  {feature:24} {weight:+.3f}")
    if write:
        target = GENERAL_WEIGHTS if general else WEIGHTS
        target.write_text(weights_module(w, without, general), encoding="utf-8")
        print(f"written {target}")
    title_module.CHOOSER = saved


if __name__ == "__main__":
    args = sys.argv[1:]
    C = float(next((a.split("=", 1)[1] for a in args if a.startswith("--C=")), C))
    MARGIN = float(next((a.split("=", 1)[1] for a in args if a.startswith("--margin=")), MARGIN))
    dropped = next((a.split("=", 1)[1] for a in args if a.startswith("--without=")), "")
    title_module.GRAMMAR = "--grammar" in args
    main("--write" in args, frozenset(f for f in dropped.split(",") if f), "--general" in args)
