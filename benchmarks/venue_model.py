"""Fit the venue chooser (bot/core/language/venue_choice.py) and measure it leave-one-set-out.

    .venv/bin/pip install -e '.[train]'          # scikit-learn, for this script only
    .venv/bin/python benchmarks/venue_model.py           # oracle, hand, LOSO, in-sample
    .venv/bin/python benchmarks/venue_model.py --write   # also write venue_weights.py
    .venv/bin/python benchmarks/venue_model.py --simulate  # LOSO without parsing again

The tuned real-post sets (bench_parser.REAL_SETS without the held-out one) are parsed once
with the hand-set chooser; each post's venue candidates (places.venue_candidates) are read
where post_draft asks for the venue (post_venue), and a candidate is right when the venue check of
corpus_score.real_post_results passes with it. The oracle counts posts where the parse is
right or some candidate is. A pairwise logistic regression (each right candidate against
each wrong one of the same post, every post weighing the same) gives the weights; the
leave-one-set-out figure parses each set again with the weights fitted on the others.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_parser import HELD_OUT, REAL_SETS  # noqa: E402
from benchmarks.corpus_score import load, real_post_results  # noqa: E402
from bot.cli_parse import intent_to_json  # noqa: E402
from bot.core.language import (  # noqa: E402
    places,
    post_draft,
    venue_choice,
    venue_phrases,
    venue_weights,
)
from bot.core.language.intents import parse_message  # noqa: E402
from bot.core.language.place_display import as_written  # noqa: E402
from bot.core.language.quote_marks import with_guillemets  # noqa: E402

TUNED = tuple(s for s in REAL_SETS if s not in HELD_OUT)
FEATURE_LENGTH = venue_choice.FEATURES.index("length")
WEIGHTS_FILE = ROOT / "bot" / "core" / "language" / "venue_weights.py"


@dataclass
class Post:
    """One real post with a venue label: its candidates' features and whether each is right."""

    set_name: str
    case: dict[str, Any]
    hand_right: bool
    vectors: list[list[float]]
    right: list[bool]
    hand_index: int  # the hand-set candidate's index, -1 when post_venue was not asked


def _parse(case: dict[str, Any]) -> dict[str, Any]:
    return intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))


def collect() -> list[Post]:
    """Parse every labelled post of the tuned sets with the hand-set chooser, recording the
    candidates of the venue post_draft asks for."""
    calls: list[tuple[str, tuple[int, int] | None]] = []
    original = post_draft.post_venue

    def recording(text: str, event_sentence: tuple[int, int] | None) -> str | None:
        calls.append((text, event_sentence))
        return original(text, event_sentence)

    post_draft.post_venue = recording  # type: ignore[assignment]
    venue_choice.CHOOSER = "hand"
    posts = []
    try:
        for name in TUNED:
            for case in load(name):
                if "venue_contains" not in case:
                    continue
                calls.clear()
                got = _parse(case)
                hand_right = real_post_results(case, got)["venue"]
                vectors: list[list[float]] = []
                right: list[bool] = []
                hand_index = -1
                if calls:
                    text, event_sentence = calls[-1]
                    quoted = with_guillemets(text)
                    found = places.venue_candidates(quoted, event_sentence)
                    for i, c in enumerate(found):
                        vectors.append(venue_choice.features(c, found, quoted, event_sentence))
                        shown = as_written(c.shown, text)
                        right.append(real_post_results(case, {**got, "venue": shown})["venue"])
                        if c.hand:
                            hand_index = i
                posts.append(Post(name, case, hand_right, vectors, right, hand_index))
    finally:
        post_draft.post_venue = original  # type: ignore[assignment]
    return posts


def targets(post: Post, one: bool) -> list[bool]:
    """The candidates a choice should prefer: every right one, or with `one` a single one
    (the hand-set choice when it is right, else the shortest right candidate): a venue check
    by containment passes longer venues more often, and a longer venue is no better shown."""
    if not one or not any(post.right):
        return post.right
    if post.hand_index >= 0 and post.right[post.hand_index]:
        chosen = post.hand_index
    else:
        chosen = min(
            (i for i in range(len(post.right)) if post.right[i]),
            key=lambda i: post.vectors[i][FEATURE_LENGTH],
        )
    return [i == chosen for i in range(len(post.right))]


def fit(
    posts: list[Post], c: float, drop: frozenset[str] = frozenset(), one: bool = False
) -> list[float]:
    """Pairwise logistic regression (no intercept): right minus wrong candidate -> 1 (with
    `one`, the single target of `targets` against every other candidate); the features named
    in `drop` are zeroed (their weight is 0)."""
    from sklearn.linear_model import LogisticRegression

    kept = [name not in drop for name in venue_choice.FEATURES]
    rows, labels, weights = [], [], []
    for post in posts:
        wanted = targets(post, one)
        good = [v for v, r in zip(post.vectors, wanted, strict=True) if r]
        bad = [v for v, r in zip(post.vectors, wanted, strict=True) if not r]
        if not good or not bad:
            continue
        share = 1 / (len(good) * len(bad))
        for g in good:
            for b in bad:
                diff = [x - y if k else 0.0 for x, y, k in zip(g, b, kept, strict=True)]
                rows += [diff, [-x for x in diff]]
                labels += [1, 0]
                weights += [share, share]
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(rows, labels, sample_weight=weights)
    return [float(w) for w in model.coef_[0]]


def run(
    cases: list[dict[str, Any]], weights: list[float] | None
) -> tuple[int, list[dict[str, Any]]]:
    """Right venues of `cases` parsed with the learned chooser (`weights`) or the hand one
    (None), and the parses."""
    saved = venue_weights.WEIGHTS
    venue_choice.CHOOSER = "hand" if weights is None else "learned"
    venue_weights.WEIGHTS = tuple(weights) if weights is not None else saved
    try:
        got = [_parse(case) for case in cases]
    finally:
        venue_choice.CHOOSER = "hand"
        venue_weights.WEIGHTS = saved
    right = sum(real_post_results(c, g)["venue"] for c, g in zip(cases, got, strict=True))
    return right, got


def simulated(posts: list[Post], weights: list[float]) -> int:
    """Right venues of `posts` chosen by `weights` over the collected candidates, without
    parsing again (the choice as venue_choice.choose makes it: best score, a tie to the
    hand-set choice, then to the earlier candidate; a post without candidates keeps the
    hand venue)."""
    right = 0
    for post in posts:
        if not post.vectors:
            right += post.hand_right
            continue
        best = max(
            range(len(post.vectors)),
            key=lambda i: (venue_choice.score(post.vectors[i], weights), i == post.hand_index, -i),
        )
        right += post.right[best]
    return right


def write(weights: list[float], c: float) -> None:
    """venue_weights.py with the weights fitted on every tuned set."""
    lines = [
        '"""Fitted weights of the venue chooser (venue_choice.py), one per venue_choice.FEATURES.',
        "",
        f"Written by benchmarks/venue_model.py --write (pairwise logistic regression, C={c},",
        f"on the {len(TUNED)} tuned real-post sets); do not edit by hand.",
        '"""',
        "",
        "FEATURES = (",
        *(f'    "{name}",' for name in venue_choice.FEATURES),
        ")",
        "WEIGHTS: tuple[float, ...] = (",
        *(
            f"    {w:.4f},  # {name}"
            for w, name in zip(weights, venue_choice.FEATURES, strict=True)
        ),
        ")",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--write", action="store_true", help="write venue_weights.py")
    parser.add_argument("--drop", default="", help="features left out, comma-separated")
    parser.add_argument(
        "--one",
        action="store_true",
        help="one target a post: the hand choice if right, else the shortest right",
    )
    parser.add_argument(
        "--generated",
        action="store_true",
        help="add the candidates read by grammar (venue_phrases.ENABLED)",
    )
    parser.add_argument(
        "--simulate",
        action="store_true",
        help="LOSO by the collected candidates alone, without parsing each set again",
    )
    parser.add_argument(
        "--misses", action="store_true", help="print the posts no candidate gets right"
    )
    args = parser.parse_args()
    venue_phrases.ENABLED = args.generated
    drop = frozenset(filter(None, args.drop.split(",")))
    posts = collect()
    if args.misses:
        for post in posts:
            if not post.hand_right and not any(post.right):
                print(f"MISS {post.set_name} {post.case.get('venue_contains')!r}")
    print(f"{'set':32} {'posts':>5} {'hand':>5} {'oracle':>6} {'LOSO':>5} {'differ':>6} +/-")
    totals = [0, 0, 0, 0, 0, 0, 0]
    for name in TUNED:
        held = [p for p in posts if p.set_name == name]
        if not held:
            continue
        weights = fit([p for p in posts if p.set_name != name], args.c, drop, args.one)
        hand = sum(p.hand_right for p in held)
        oracle = sum(p.hand_right or any(p.right) for p in held)
        if args.simulate:
            learned = simulated(held, weights)
            row = (len(held), hand, oracle, learned, 0, 0, 0)
            print(f"{name:32} {row[0]:5} {hand:5} {oracle:6} {learned:5}")
            for i, value in enumerate(row):
                totals[i] += value
            continue
        cases = [p.case for p in held]
        learned, shown = run(cases, weights)
        _, hand_shown = run(cases, None)
        differ = sum(
            a.get("venue") != b.get("venue") for a, b in zip(shown, hand_shown, strict=True)
        )
        now_right = [real_post_results(c, g)["venue"] for c, g in zip(cases, shown, strict=True)]
        gained = sum(r and not p.hand_right for r, p in zip(now_right, held, strict=True))
        lost = sum(p.hand_right and not r for r, p in zip(now_right, held, strict=True))
        row = (len(held), hand, oracle, learned, differ, gained, lost)
        print(f"{name:32} {row[0]:5} {hand:5} {oracle:6} {learned:5} {differ:6} +{gained}/-{lost}")
        for i, value in enumerate(row):
            totals[i] += value
    n, hand, oracle, learned, differ, gained, lost = totals
    print(f"{'TOTAL':32} {n:5} {hand:5} {oracle:6} {learned:5} {differ:6} +{gained}/-{lost}")
    candidates = sum(len(p.vectors) for p in posts)
    print(f"candidates: {candidates} ({candidates / len(posts):.1f} a post)")
    weights = fit(posts, args.c, drop, args.one)
    if args.simulate:
        learned = simulated(posts, weights)
    else:
        learned, _ = run([p.case for p in posts], weights)
    print(f"in-sample (fitted on all {len(TUNED)} sets): {learned}/{len(posts)}")
    for name, w in sorted(
        zip(venue_choice.FEATURES, weights, strict=True), key=lambda x: -abs(x[1])
    ):
        print(f"  {name:20} {w:+.3f}")
    if args.write:
        write(weights, args.c)
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
