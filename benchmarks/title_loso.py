"""Leave-one-set-out of the title choosers offline, over recorded candidates (round 66).

Run: `.venv/bin/python benchmarks/title_loso.py [--collect] [--extra=F1,F2] [--C=…]`
(needs the optional extra `train`: scikit-learn). `--collect` parses every tuned post once
with title.RECORD set (as benchmarks/title_model.py does) and keeps, per post, every
candidate's features, whether it is right, and the context a new feature is read from (the
post's text, the event's sentence, the candidate's offset and phrase); it is stored in
/tmp/title_loso.pickle, which later runs read (≈ 1 s a fit instead of a parse of the corpus).

Per set it prints: hand (the parser's title, right or wrong), oracle (a right candidate or
heading exists), and, each fitted on the other sets: learned (every feature), general
(without title_model.py's HAND_FEATURES), blend (the hand's phrase unless the general model
scores another by MARGIN more). Offline means the chooser's pick is scored as recorded,
finished, without the parser's last touches (with_outer_name, with_addressed_frame): within
a few posts of benchmarks/title_model.py's real runs. `--extra=` adds the candidate features
of EXTRA (below) by name to the general model. The held-out sets and the CHECK sets are never
read (title_model.TUNED).
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import title_model as tm
from benchmarks.bench_parser import run_cli_one
from benchmarks.corpus_score import load, real_post_results
from bot.core.language import title as title_module
from bot.core.language import title_model

STORE = Path(os.environ.get("TITLE_LOSO_STORE", "/tmp/title_loso.pickle"))
MISSED: list[str] = []


def collect() -> dict[str, list[dict[str, Any]]]:
    """Per tuned set, per post with a title label: hand right, oracle, the hand's group index
    and the groups (features, labels, contexts)."""
    contexts: list[dict[str, Any]] = []
    real = title_module.features

    def keeping(text, event_sentence, headline, candidates, hand):  # type: ignore[no-untyped-def]
        contexts.append(
            {
                "text": text,
                "event_sentence": event_sentence,
                "headline": headline,
                "cands": [(c.family, c.score, c.at, c.text) for c in candidates],
                "hand": hand,
            }
        )
        return real(text, event_sentence, headline, candidates, hand)

    title_module.features = keeping  # type: ignore[assignment]
    title_module.CHOOSER = "hand"
    data: dict[str, list[dict[str, Any]]] = {}
    try:
        for name in tm.TUNED:
            posts = []
            for case in load(name):
                if "title_contains" not in case:
                    continue
                title_module.RECORD = []
                contexts.clear()
                try:
                    got, _ = run_cli_one(case)
                    records = title_module.RECORD
                finally:
                    title_module.RECORD = None
                hand_ok = real_post_results(case, got)["title"]
                record = next(
                    (r for r in reversed(records) if r["title"] == got.get("title")), None
                )
                groups = []
                heading_ok = False
                own = -1
                if record is not None:
                    # the contexts of this record's picks: RECORD calls features once a pick,
                    # in order; the record's picks are the last len(picks) before it ends
                    ctx = _contexts_of(records, record, contexts)
                    for i, pick in enumerate(record["picks"]):
                        if ctx[i] is not None and len(ctx[i]["cands"]) != len(pick["features"]):
                            ctx[i] = None  # out of step (a nested call): no extra features
                            MISSED.append(name)
                        labels = [tm.right(case, tm._clean(f)) for f in pick["finished"]]
                        groups.append(
                            {
                                "x": pick["features"],
                                "y": labels,
                                "ctx": ctx[i],
                                "fin": pick["finished"],
                            }
                        )
                        if pick["hand"] == record["title"] or (
                            tm._clean(pick["hand"]) == got.get("title")
                        ):
                            own = i
                    heading_ok = any(tm.right(case, tm._clean(h)) for h in record["heading"] if h)
                    if own < 0 and groups and record["chose"]:
                        own = len(groups) - 1
                oracle = hand_ok or heading_ok or any(any(g["y"]) for g in groups)
                posts.append(
                    {
                        "hand": hand_ok,
                        "oracle": oracle,
                        "groups": groups,
                        "own": own,
                        "got": got.get("title"),
                        "want": case["title_contains"],
                    }
                )
            data[name] = posts
            print(name, len(posts), "contexts out of step:", len(MISSED), flush=True)
    finally:
        title_module.features = real  # type: ignore[assignment]
    return data


def _contexts_of(
    records: list[dict[str, Any]], record: dict[str, Any], contexts: list[dict[str, Any]]
) -> list[dict[str, Any] | None]:
    """The contexts of `record`'s picks: the records are appended in order, each with as many
    features() calls as picks, so the record's picks are found by counting those before it."""
    before = 0
    for r in records:
        if r is record:
            break
        before += len(r["picks"])
    ctx: list[dict[str, Any] | None] = list(contexts[before : before + len(record["picks"])])
    return ctx + [None] * (len(record["picks"]) - len(ctx))


# --- extra candidate features (each a function of the context and the candidate's index) ---

Extra = Callable[[dict[str, Any], int], float]
EXTRA: dict[str, Extra] = {}
EXTRA_ON: list[str] = []  # the extra features of this run


def extra(fn: Extra) -> Extra:
    EXTRA[fn.__name__] = fn
    return fn


from bot.core.language import title_general as tg  # noqa: E402
from bot.core.language.title_grammar import is_event_noun  # noqa: E402
from bot.core.language.title_words import KIND  # noqa: E402


def _announce_at(ctx: dict[str, Any]) -> int:
    """The offset of the post's first announcing verb (title_general._ANNOUNCE), −1 if none."""
    if "announce" not in ctx:
        m = tg._ANNOUNCE.search(ctx["text"])
        ctx["announce"] = m.start() if m else -1
    return int(ctx["announce"])


def _head(ctx: dict[str, Any], i: int) -> str:
    """The candidate's head noun as written ("" when none is read)."""
    key = ("head", i)
    if key not in ctx:
        _, _, at, phrase = ctx["cands"][i]
        head = tg.head_at(ctx["text"], at) if at >= 0 else None
        if head is None:
            words = [w for w in tg._WORD.findall(phrase) if len(w) >= 3 and tg._noun_readings(w)]
            ctx[key] = words[0] if words else ""
        else:
            ctx[key] = head[1]
    return str(ctx[key])


def _lemma(word: str) -> str:
    return tg.head_reading(word)[1] if word else ""


def _lemmas(ctx: dict[str, Any], span: tuple[int, int] | None, key: str) -> frozenset[str]:
    if key not in ctx:
        if span is None:
            ctx[key] = frozenset()
        else:
            words = tg._WORD.findall(ctx["text"][span[0] : span[1]])
            ctx[key] = frozenset(_lemma(w) for w in words if len(w) >= 3) - {""}
    return ctx[key]  # type: ignore[no-any-return]


@extra
def before_announce(ctx: dict[str, Any], i: int) -> float:
    """It stands before the post's first announcing verb."""
    at, verb = ctx["cands"][i][2], _announce_at(ctx)
    return float(at >= 0 and verb >= 0 and at < verb)


@extra
def announce_sentence(ctx: dict[str, Any], i: int) -> float:
    """It stands in the sentence of the post's first announcing verb."""
    at, verb = ctx["cands"][i][2], _announce_at(ctx)
    if at < 0 or verb < 0:
        return 0.0
    return float(tg._sentence_span(ctx["text"], verb) == tg._sentence_span(ctx["text"], at))


@extra
def announce_distance(ctx: dict[str, Any], i: int) -> float:
    """Signed distance from the first announcing verb, characters / 500, clipped to ±1."""
    at, verb = ctx["cands"][i][2], _announce_at(ctx)
    if at < 0 or verb < 0:
        return 0.0
    return max(-1.0, min(1.0, (at - verb) / 500))


@extra
def head_event_any(ctx: dict[str, Any], i: int) -> float:
    """Its head noun is an event noun by the grammar's lemmas or a kind word (KIND)."""
    head = _head(ctx, i)
    return float(bool(head) and (is_event_noun(head) or KIND.match(head) is not None))


@extra
def head_in_event_sentence(ctx: dict[str, Any], i: int) -> float:
    """Its head noun's lemma is named in the event's (the chosen start's) sentence."""
    lemma = _lemma(_head(ctx, i))
    return float(bool(lemma) and lemma in _lemmas(ctx, ctx["event_sentence"], "ev_lemmas"))


@extra
def head_in_headline(ctx: dict[str, Any], i: int) -> float:
    """Its head noun's lemma is named in the news headline."""
    lemma = _lemma(_head(ctx, i))
    h = ctx["headline"]
    return float(bool(lemma) and h[1] > h[0] and lemma in _lemmas(ctx, h, "hl_lemmas"))


@extra
def words_share_event(ctx: dict[str, Any], i: int) -> float:
    """Share of its words (3+ letters, stems) found in the event's sentence."""
    es = ctx["event_sentence"]
    if es is None:
        return 0.0
    words = [w.lower()[:5] for w in tg._WORD.findall(ctx["cands"][i][3]) if len(w) >= 3]
    if not words:
        return 0.0
    sent = ctx["text"][es[0] : es[1]].lower()
    return sum(w in sent for w in words) / len(words)


@extra
def text_rank(ctx: dict[str, Any], i: int) -> float:
    """Its rank among the candidates by offset (0 first) / their number."""
    ats = [c[2] for c in ctx["cands"]]
    at = ats[i]
    if at < 0:
        return 1.0
    return sum(a >= 0 and a < at for a in ats) / len(ats)


@extra
def long_words(ctx: dict[str, Any], i: int) -> float:
    """More than six words."""
    return float(len(ctx["cands"][i][3].split()) > 6)


@extra
def two_to_five_words(ctx: dict[str, Any], i: int) -> float:
    """Two to five words."""
    return float(2 <= len(ctx["cands"][i][3].split()) <= 5)


@extra
def quoted_in_event_sentence(ctx: dict[str, Any], i: int) -> float:
    """It holds a quoted name that the event's sentence holds too."""
    phrase, es = ctx["cands"][i][3], ctx["event_sentence"]
    if "«" not in phrase or es is None:
        return 0.0
    start = phrase.index("«")
    end = phrase.find("»", start)
    name = phrase[start : end + 1] if end > start else phrase[start:]
    return float(name in ctx["text"][es[0] : es[1]])


def rows(group: dict[str, Any], names: list[str]) -> list[list[float]]:
    """The group's feature rows with the extra features `names` appended."""
    if not names:
        return group["x"]
    ctx = group["ctx"]
    out = []
    for i, x in enumerate(group["x"]):
        add = [EXTRA[n](ctx, i) if ctx is not None else 0.0 for n in names]
        out.append([*x, *add])
    return out


def pairs(groups: list[dict[str, Any]]) -> tuple[Any, Any]:
    """The pairwise differences (right − wrong, every column) of the groups and their weights
    (every group counts once)."""
    import numpy as np

    xs: list[list[float]] = []
    ws: list[float] = []
    for g in groups:
        r = g["rows"]
        pos = [x for x, y in zip(r, g["y"], strict=True) if y]
        neg = [x for x, y in zip(r, g["y"], strict=True) if not y]
        if not pos or not neg:
            continue
        each = 1.0 / (len(pos) * len(neg))
        for p in pos:
            for n in neg:
                xs.append([a - b for a, b in zip(p, n, strict=True)])
                ws.append(each)
    width = len(title_model.FEATURES) + len(EXTRA_ON)
    return np.array(xs, dtype=float).reshape(-1, width), np.array(ws, dtype=float)


def fit(train: list[tuple[Any, Any]], kept: list[int], c: float) -> list[float]:
    """Pairwise logistic regression over the columns `kept` of the sets' pairs `train`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([t[0] for t in train if len(t[0])])[:, kept]
    w = np.concatenate([t[1] for t in train])
    xs = np.vstack([x, -x])
    ys = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    model = LogisticRegression(fit_intercept=False, C=c, max_iter=3000)
    model.fit(xs, ys, sample_weight=np.concatenate([w, w]))
    return [float(v) for v in model.coef_[0]]


def score(row: list[float], kept: list[int], w: list[float]) -> float:
    return sum(row[i] * wi for i, wi in zip(kept, w, strict=True))


def post_right(post: dict[str, Any], kept: list[int], w: list[float], blend: float | None) -> bool:
    """Whether the chooser with weights `w` gives a right title for `post` (offline)."""
    if post["own"] < 0:
        return post["hand"]  # the heading alone gave it, or no candidates: the hand's
    g = post["groups"][post["own"]]
    s = [score(r, kept, w) for r in g["rows"]]
    if not s:
        return post["hand"]
    top = max(range(len(s)), key=lambda i: s[i])
    if blend is not None:
        hand_col = title_model.FEATURES.index("hand_best")
        own = next((i for i, r in enumerate(g["rows"]) if r[hand_col] == 1.0), None)
        if own is not None and s[top] - s[own] < blend:
            return post["hand"]
    return g["y"][top]


def main(args: list[str]) -> None:
    if "--collect" in args or not STORE.exists():
        data = collect()
        STORE.write_bytes(pickle.dumps(data))
    data = pickle.loads(STORE.read_bytes())
    names = [n for a in args if a.startswith("--extra=") for n in a[8:].split(",") if n]
    c = float(next((a[4:] for a in args if a.startswith("--C=")), tm.C))
    margin = float(next((a[9:] for a in args if a.startswith("--margin=")), tm.MARGIN))
    quiet = "-q" in args
    EXTRA_ON[:] = names
    for posts in data.values():
        for p in posts:
            for g in p["groups"]:
                g["rows"] = rows(g, names)
    n = len(title_model.FEATURES)
    every = list(range(n + len(names)))
    general = [i for i in every if i >= n or title_model.FEATURES[i] not in tm.HAND_FEATURES]
    head = f"{'set':20} {'posts':>5} {'hand':>5} {'oracle':>6} {'learned':>7} {'general':>7}"
    if not quiet:
        print(head + f" {'blend':>5}")
    sums = [0] * 6
    by_set = {name: pairs([g for p in data[name] for g in p["groups"]]) for name in tm.TUNED}
    fast = "--fast" in args
    for name in tm.TUNED:
        train = [by_set[o] for o in tm.TUNED if o != name]
        w_all = [] if fast else fit(train, every, c)
        w_gen = fit(train, general, c)
        posts = data[name]
        figures = [
            len(posts),
            sum(p["hand"] for p in posts),
            sum(p["oracle"] for p in posts),
            0 if fast else sum(post_right(p, every, w_all, None) for p in posts),
            sum(post_right(p, general, w_gen, None) for p in posts),
            sum(post_right(p, general, w_gen, margin) for p in posts),
        ]
        sums = [a + b for a, b in zip(sums, figures, strict=True)]
        if not quiet:
            short = name.removeprefix("real_posts_").removesuffix(".jsonl")
            print(f"{short:20} " + " ".join(f"{v:>5}" for v in figures), flush=True)
    print(f"{'TOTAL':20} " + " ".join(f"{v:>5}" for v in sums) + f"   extra={names} C={c}")


if __name__ == "__main__":
    main(sys.argv[1:])
