"""A COMPARING title chooser measured leave-one-set-out over the recorded candidates (round 69).

Run: `.venv/bin/python benchmarks/title_pairs.py [--pairs=F1,F2] [--C=…] [-v]` after
`benchmarks/title_loso.py --collect` (the same store: TITLE_LOSO_STORE, default
/tmp/title_loso.pickle; needs the optional extra `train`: scikit-learn).

title66 found that of the hand chooser's misses most are one kind phrase taken over another
(an item over its umbrella, an occasion over the event) and that no score of one candidate at
a time tells them apart. Here a model reads a PAIR of candidates (A, B) of one _picked call:
the difference of their candidate features (title_model.FEATURES) and features of the pair
itself (PAIR below: which contains the other, whose head noun the other names in the
genitive, which is nearer the announcing verb or the event's sentence, which head is an event
noun against an item, a stage or an occasion noun, relative lengths). The features are
antisymmetric (φ(A, B) = −φ(B, A)); a logistic regression without intercept on the pairs
(right − wrong, every group counting once) gives P(A beats B) = σ(w·φ(A, B)).

Choosers (each fitted on the other tuned sets, per set; CHECK and held-out never read):
- `tourn`: the candidate with the most soft wins Σ_j σ(w·φ(i, j)) (a Copeland tournament);
- `chall M`: the hand chooser's phrase unless a challenger beats it with P ≥ M (champion and
  challengers: the hand's in-sample strength kept, the pair model only overturns it).
The hand, oracle and `learned` (title_loso's linear model over every feature) are printed
beside them.
"""

from __future__ import annotations

import math
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import title_loso as tl
from benchmarks import title_model as tm
from bot.core.language import title_general as tg
from bot.core.language import title_model
from bot.core.language.morphology import parses
from bot.core.language.title_grammar import is_event_noun

STORE = Path(os.environ.get("TITLE_LOSO_STORE", "/tmp/title_loso.pickle"))

# kinds of head noun a pair is told apart by (pymorphy3 lemmas; a general lexicon of Russian,
# not of any post): an umbrella holds items, a stage is a part of an event, an occasion is
# what an event celebrates
UMBRELLA = tg._lexicon(
    """фестиваль форум неделя декада месячник уикенд программа проект акция смена марафон
    конференция олимпиада чемпионат спартакиада слёт съезд сезон цикл серия конкурс
    первенство турнир соревнование кубок ярмарка выставка биеннале праздник"""
)
ITEM = tg._lexicon(
    """лекция мастер-класс экскурсия концерт спектакль встреча показ кинопоказ презентация
    викторина квиз урок занятие семинар вебинар тренинг беседа игра квест чтение
    представление выступление номер площадка секция"""
)
STAGE = tg._lexicon("этап тур финал полуфинал четвертьфинал отбор часть день")
OCCASION = tg._lexicon("день юбилей годовщина ночь память рождение")


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е").strip(' .,!?:;«»"')


def _lemma_of(word: str) -> str:
    found = [p for p in parses(word) if "NOUN" in p.tag]
    return str(found[0].normal_form).replace("ё", "е") if found else ""


def _info(ctx: dict[str, Any], i: int) -> dict[str, Any]:
    """What the pair features read of candidate i (cached in ctx)."""
    key = ("pinfo", i)
    if key in ctx:
        return ctx[key]  # type: ignore[no-any-return]
    family, _score, at, phrase = ctx["cands"][i]
    head = tl._head(ctx, i)
    lemma = tg.head_reading(head)[1] if head else ""
    words = [w for w in tg._WORD.findall(phrase) if len(w) >= 3]
    dependents = set()  # the lemmas of its nouns other than its head (genitives mostly)
    seen_head = False
    for w in words:
        lem = _lemma_of(w)
        if not lem:
            continue
        if not seen_head and (lem == lemma or not lemma):
            seen_head = True
            continue
        dependents.add(lem)
    verb = tl._announce_at(ctx)
    es = ctx["event_sentence"]
    if at < 0 or es is None:
        es_dist = 1.0
    elif es[0] <= at < es[1]:
        es_dist = 0.0
    else:
        es_dist = min(es[0] - at if at < es[0] else at - es[1], 1000) / 1000
    info = {
        "fold": _fold(phrase),
        "lemma": lemma,
        "dependents": frozenset(dependents),
        "event": bool(head) and is_event_noun(head),
        "umbrella": lemma in UMBRELLA,
        "item": lemma in ITEM,
        "stage": lemma in STAGE and lemma != "день",
        "occasion": lemma in OCCASION,
        "quoted": "«" in phrase,
        "words": max(len(phrase.split()), 1),
        "at": at,
        "verb_dist": abs(at - verb) / 500 if at >= 0 and verb >= 0 else 2.0,
        "es_dist": es_dist,
        "first_words": family == "first_words",
    }
    ctx[key] = info
    return info


Pair = Callable[[dict[str, Any], dict[str, Any]], float]
PAIR: dict[str, Pair] = {}


def pair(fn: Pair) -> Pair:
    PAIR[fn.__name__] = fn
    return fn


def _contains(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(b["fold"]) and a["fold"] != b["fold"] and b["fold"] in a["fold"]


@pair
def contains(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A's phrase holds B's (A says more of the same) — minus the reverse."""
    return float(_contains(a, b)) - float(_contains(b, a))


def _names_as_dependent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """B's head lemma is a dependent noun of A's phrase: A is an item OF B ("этап олимпиады")."""
    return bool(b["lemma"]) and b["lemma"] != a["lemma"] and b["lemma"] in a["dependents"]


@pair
def item_of_other(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A names B's head as its dependent (A is a part/item of B) — minus the reverse."""
    return float(_names_as_dependent(a, b)) - float(_names_as_dependent(b, a))


@pair
def same_head_longer(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Same head lemma: the log ratio of their lengths in words (0 for other heads)."""
    if not a["lemma"] or a["lemma"] != b["lemma"]:
        return 0.0
    return math.log(a["words"]) - math.log(b["words"])


@pair
def nearer_verb(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A is nearer the post's first announcing verb than B (sign)."""
    d = b["verb_dist"] - a["verb_dist"]
    return float(d > 0) - float(d < 0)


@pair
def nearer_event(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A is nearer the event's (the chosen start's) sentence than B (sign)."""
    d = b["es_dist"] - a["es_dist"]
    return float(d > 0) - float(d < 0)


@pair
def earlier(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A stands before B in the post (sign; 0 when either offset is unknown)."""
    if a["at"] < 0 or b["at"] < 0 or a["at"] == b["at"]:
        return 0.0
    return 1.0 if a["at"] < b["at"] else -1.0


def _cls(name: str) -> Pair:
    def f(a: dict[str, Any], b: dict[str, Any]) -> float:
        return float(a[name]) - float(b[name])

    f.__name__ = f"{name}_vs"
    f.__doc__ = f"A's head is {name}, B's not (minus the reverse)."
    return pair(f)


for _name in ("event", "umbrella", "item", "stage", "occasion", "quoted"):
    _cls(_name)


@pair
def event_over_occasion(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A's head an event noun and B's an occasion (a day, a jubilee) — minus the reverse."""
    return float(a["event"] and b["occasion"]) - float(b["event"] and a["occasion"])


@pair
def umbrella_over_item(a: dict[str, Any], b: dict[str, Any]) -> float:
    """A's head an umbrella noun and B's an item or a stage — minus the reverse."""
    ab = a["umbrella"] and (b["item"] or b["stage"])
    ba = b["umbrella"] and (a["item"] or a["stage"])
    return float(ab) - float(ba)


@pair
def umbrella_over_item_near(a: dict[str, Any], b: dict[str, Any]) -> float:
    """umbrella_over_item when the umbrella is also the nearer to the event's sentence."""
    u = umbrella_over_item(a, b)
    return u if u * nearer_event(a, b) > 0 else 0.0


@pair
def length_ratio(a: dict[str, Any], b: dict[str, Any]) -> float:
    """log of A's words over B's, clipped to ±1."""
    return max(-1.0, min(1.0, math.log(a["words"]) - math.log(b["words"])))


@pair
def contains_near(a: dict[str, Any], b: dict[str, Any]) -> float:
    """contains, when the longer one is also in (or nearer) the event's sentence."""
    c = contains(a, b)
    return c if c * nearer_event(a, b) >= 0 and c else 0.0


def pair_rows(group: dict[str, Any], names: list[str], base: list[int]) -> Any:
    """The antisymmetric pair features φ(i, j) of every ordered pair of the group's
    candidates, as an array [n, n, width]."""
    import numpy as np

    x = np.array(group["x"], dtype=float)[:, base] if group["x"] else np.zeros((0, len(base)))
    n = len(x)
    width = len(base) + len(names)
    out = np.zeros((n, n, width))
    out[:, :, : len(base)] = x[:, None, :] - x[None, :, :]
    ctx = group["ctx"]
    if ctx is not None and names:
        infos = [_info(ctx, i) for i in range(n)]
        fns = [PAIR[nm] for nm in names]
        for i in range(n):
            for j in range(i + 1, n):
                for k, fn in enumerate(fns):
                    v = fn(infos[i], infos[j])
                    out[i, j, len(base) + k] = v
                    out[j, i, len(base) + k] = -v
    return out


def training(groups: list[dict[str, Any]], width: int) -> tuple[Any, Any]:
    """The (right, wrong) pairs of the groups, right first, each group weighing 1."""
    import numpy as np

    xs, ws = [], []
    for g in groups:
        y = g["y"]
        pos = [i for i, v in enumerate(y) if v]
        neg = [i for i, v in enumerate(y) if not v]
        if not pos or not neg:
            continue
        each = 1.0 / (len(pos) * len(neg))
        for p in pos:
            for n in neg:
                xs.append(g["pairs"][p, n])
                ws.append(each)
    return np.array(xs).reshape(-1, width), np.array(ws)


def fit(train: list[tuple[Any, Any]], c: float) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([t[0] for t in train if len(t[0])])
    w = np.concatenate([t[1] for t in train if len(t[0])])
    model = LogisticRegression(fit_intercept=False, C=c, max_iter=5000)
    model.fit(
        np.vstack([x, -x]),
        np.concatenate([np.ones(len(x)), np.zeros(len(x))]),
        sample_weight=np.concatenate([w, w]),
    )
    return model.coef_[0]


def fit_trees(train: list[tuple[Any, Any]]) -> Callable[[Any], Any]:
    """A small gradient-boosted tree model over the same pairs (both orientations): can a
    conjunction of pair features tell the misses apart where a linear one cannot?"""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = np.vstack([t[0] for t in train if len(t[0])])
    w = np.concatenate([t[1] for t in train if len(t[0])])
    model = HistGradientBoostingClassifier(max_iter=150, max_depth=4, learning_rate=0.1)
    model.fit(
        np.vstack([x, -x]),
        np.concatenate([np.ones(len(x)), np.zeros(len(x))]),
        sample_weight=np.concatenate([w, w]),
    )
    return lambda rows: model.predict_proba(rows)[:, 1]


def choose(post: dict[str, Any], w: Any, how: str, margin: float) -> bool | None:
    """Whether the pair chooser `how` gives a right title (None: the hand's result stands)."""
    import numpy as np

    if post["own"] < 0:
        return None
    g = post["groups"][post["own"]]
    n = len(g["y"])
    if n == 0:
        return None
    if callable(w):  # a tree model: P(i beats j) read both ways, averaged (antisymmetric)
        flat = g["pairs"].reshape(n * n, -1)
        q = w(flat).reshape(n, n)
        p = (q + 1 - q.T) / 2
    else:
        p = 1 / (1 + np.exp(-(g["pairs"] @ w)))  # p[i, j] = P(i beats j)
    np.fill_diagonal(p, 0.0)
    hand_col = title_model.FEATURES.index("hand_best")
    own = next((i for i, r in enumerate(g["x"]) if r[hand_col] == 1.0), None)
    if how == "tourn":
        wins = p.sum(axis=1)
        return bool(g["y"][int(np.argmax(wins))])
    if own is None:
        return None
    beats = p[:, own]
    top = int(np.argmax(beats))
    if beats[top] >= margin:
        return bool(g["y"][top])
    return None


def main(args: list[str]) -> None:
    data = pickle.loads(STORE.read_bytes())
    if "--table" in args:
        table({n: data[n] for n in tm.TUNED})
        return
    names = [n for a in args if a.startswith("--pairs=") for n in a[8:].split(",") if n]
    if "--pairs=all" in args:
        names = list(PAIR)
    c = float(next((a[4:] for a in args if a.startswith("--C=")), tm.C))
    general = "--general" in args
    margins = [
        float(m)
        for m in next(
            (a[10:] for a in args if a.startswith("--margins=")), "0.5,0.6,0.7,0.8"
        ).split(",")
    ]
    feats = title_model.FEATURES
    base = [i for i, f in enumerate(feats) if not (general and f in tm.HAND_FEATURES)]
    if "--only-pairs" in args:  # the pair features and the hand's pick alone
        base = [feats.index("hand_best")]
    for posts in data.values():
        for p in posts:
            for g in p["groups"]:
                g["pairs"] = pair_rows(g, names, base)
    by_set = {
        name: training([g for p in data[name] for g in p["groups"]], len(base) + len(names))
        for name in tm.TUNED
    }
    cols = ["posts", "hand", "oracle", "tourn", *(f"ch{m}" for m in margins)]
    print(f"{'set':12} " + " ".join(f"{h:>6}" for h in cols))
    sums = [0] * len(cols)
    weights = []
    # --folds=K: K folds of whole sets (set i in fold i % K) instead of one set left out
    folds = int(next((a[8:] for a in args if a.startswith("--folds=")), "0"))
    fitted: dict[object, Any] = {}
    verbose = "-v" in args
    for name in tm.TUNED:
        posts = data[name]
        fold = tm.TUNED.index(name) % folds if folds else name
        key = fold if folds else name
        if key not in fitted:
            train = [
                by_set[o]
                for o in tm.TUNED
                if (tm.TUNED.index(o) % folds != fold if folds else o != name)
            ]
            fitted[key] = fit_trees(train) if "--trees" in args else fit(train, c)
        w = fitted[key]
        if not callable(w) and (not folds or len(weights) < len(fitted)):
            weights.append(w)
        row = [len(posts), sum(p["hand"] for p in posts), sum(p["oracle"] for p in posts)]
        for how, m in [("tourn", 0.0), *(("chall", m) for m in margins)]:
            got = 0
            for k, p in enumerate(posts):
                r = choose(p, w, how, m)
                ok = p["hand"] if r is None else r
                got += ok
                if verbose and how == "chall" and m == margins[1] and ok != p["hand"]:
                    print(
                        f"   {name}:{k} {'+' if ok else '-'} want={p['want']!r} hand={p['got']!r}"
                    )
            row.append(got)
        sums = [a + b for a, b in zip(sums, row, strict=True)]
        short = name.removeprefix("real_posts_").removesuffix(".jsonl")
        print(f"{short:12} " + " ".join(f"{v:>6}" for v in row), flush=True)
    print(f"{'TOTAL':12} " + " ".join(f"{v:>6}" for v in sums) + f"  pairs={names} C={c}")
    if "--weights" in args:
        import numpy as np

        mean = np.mean(weights, axis=0)
        labels = [feats[i] for i in base] + names
        ranked = sorted(zip(labels, mean, strict=True), key=lambda t: -abs(t[1]))
        for k, (lab, v) in enumerate(ranked):
            if k < 30 or lab in PAIR:
                print(f"  {k + 1:3} {lab:28} {v:+.3f}")


def table(data: dict[str, list[dict[str, Any]]]) -> None:
    """Per pair feature, how its sign falls on the two populations a comparer must tell
    apart: the hand's misses with a right candidate offered (right R against the hand's pick
    H: f(R, H)) and the hand's right picks (H against each wrong W: f(H, W), each group
    weighing 1). A feature that separates is mostly + on both rows."""
    hand_col = title_model.FEATURES.index("hand_best")
    miss: dict[str, list[float]] = {n: [0.0, 0.0, 0.0] for n in PAIR}
    hit: dict[str, list[float]] = {n: [0.0, 0.0, 0.0] for n in PAIR}
    n_miss = n_hit = 0
    for posts in data.values():
        for p in posts:
            if p["own"] < 0:
                continue
            g = p["groups"][p["own"]]
            if g["ctx"] is None:
                continue
            own = next((i for i, r in enumerate(g["x"]) if r[hand_col] == 1.0), None)
            if own is None:
                continue
            infos = [_info(g["ctx"], i) for i in range(len(g["y"]))]
            rights = [i for i, y in enumerate(g["y"]) if y]
            wrongs = [
                i for i, y in enumerate(g["y"]) if not y and infos[i]["fold"] != infos[own]["fold"]
            ]
            if not p["hand"] and rights and not g["y"][own]:
                n_miss += 1
                pairs_ = [(r, own) for r in rights]
                into = miss
            elif p["hand"] and g["y"][own] and wrongs:
                n_hit += 1
                pairs_ = [(own, w) for w in wrongs]
                into = hit
            else:
                continue
            for name, fn in PAIR.items():
                for a, b in pairs_:
                    v = fn(infos[a], infos[b])
                    into[name][0 if v > 0 else 1 if v < 0 else 2] += 1 / len(pairs_)
    print(f"hand misses with a right candidate: {n_miss}; hand right with wrong others: {n_hit}")
    print(f"{'feature':26} {'miss +':>7} {'miss -':>7} {'hit +':>7} {'hit -':>7}")
    for name in PAIR:
        m, h = miss[name], hit[name]
        print(f"{name:26} {m[0]:7.1f} {m[1]:7.1f} {h[0]:7.1f} {h[1]:7.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
