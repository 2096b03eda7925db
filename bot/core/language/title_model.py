"""A learned chooser among a post's title candidates: a linear score over a few generic features.

title.py offers every phrase its rules find (each with the rule family that offered it, the
hand-set integer score and where it matched), and the noun phrases title_grammar.py reads by
grammar (the families grammar_*, hand score 0). This module describes each candidate by a few
tens of features that name no post's words (its family, its hand score and rank, where it
stands, whether it holds a quoted name or opens with a kind word, its length, how many rules
offered the same phrase, how it stands to the hand chooser's phrase, what ties it to the event
rather than to the page: title_ties.py) and scores it as a dot
product with weights fitted across the tuned corpora (benchmarks/title_model.py, pairwise
logistic regression, scikit-learn); the weights are the data module title_weights.py beside
this one. No numpy or scikit-learn at runtime.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.core.language.title_general import GENERAL_FEATURES, general
from bot.core.language.title_ties import TIE_FEATURES, ties
from bot.core.language.title_words import KIND, MAX_TITLE, kind_key

# the rule families of title.py that offer candidates, in the order they are offered
FAMILIES = (
    "kinds",
    "names_after_cues",
    "cue_phrases",
    "announced",
    "named_days",
    "recruiting",
    "quotes",
    "held_names",
    "celebrated",
    "listed_names",
    "apposition",
    "jubilee",
    "programme_owner",
    # the candidates read by grammar (title_grammar.ROLES), kept only by the learned chooser
    "grammar_headline",
    "grammar_subject",
    "grammar_invited",
    "grammar_part",
    "grammar_kind",
    "first_words",
)

FEATURES = (
    *(f"family_{f}" for f in FAMILIES),
    "score",  # the hand score / 10
    "score_gap",  # (hand score − the post's best hand score) / 10
    "top_score",  # 1 when its hand score is the post's highest
    "score_rank",  # rank of its hand score among the post's distinct scores (0 best), / 5
    "hand_best",  # 1 when it is the phrase the hand chooser picks
    "position",  # where it matched, as a fraction of the post's length
    "near_top",  # matched in the first 120 characters
    "in_event_sentence",  # matched in the sentence with the event's date
    "in_headline",  # matched in the news headline
    "first_line",  # matched on the post's first line
    "quoted",  # holds a quoted name «…»
    "opens_with_kind",  # starts with a kind word (KIND)
    "has_kind",  # holds a kind word
    "chars",  # length in characters / 80
    "too_long",  # longer than 80 characters (cut by `fit` afterwards)
    "words",  # number of words / 10
    "one_word",  # a single word
    "digits",  # holds a digit
    "capitalised",  # its first letter is a capital
    "same_kind",  # share of the post's candidates with the same kind word (kind_key)
    "agreement",  # how many other candidates are the same phrase (case folded), capped at 3, / 3
    "first_of_family",  # the first candidate its family offered
    "extends_hand",  # opens with the hand chooser's phrase and says more (case folded)
    "inside_hand",  # a part of the hand chooser's phrase, shorter (case folded)
    "same_head_as_hand",  # another phrase opening with the hand chooser's first word
    *TIE_FEATURES,  # what ties it to the event rather than to the page (title_ties.py)
    *GENERAL_FEATURES,  # its head noun's grammar, its sentence, its repeats (title_general.py)
)


@dataclass
class Candidate:
    """One title candidate of a post: the rule `family` that offered it, its hand `score`,
    the character offset `at` where its match starts (−1 when unknown) and its `phrase`
    (read lazily: a callable is called once, by `text`)."""

    family: str
    score: int
    at: int
    phrase: str | Callable[[], str]

    @property
    def text(self) -> str:
        """The phrase, computed on first use."""
        if callable(self.phrase):
            self.phrase = self.phrase()
        return self.phrase


def features(
    text: str,
    event_sentence: tuple[int, int] | None,
    headline: tuple[int, int],
    candidates: Sequence[Candidate],
    hand: str | None,
) -> list[list[float]]:
    """One feature vector (in the order of FEATURES) per candidate of one post; `hand` is the
    phrase the hand-set scores pick (None when none)."""
    if not candidates:
        return []
    size = max(len(text), 1)
    best = max(c.score for c in candidates)
    ranks = {s: i for i, s in enumerate(sorted({c.score for c in candidates}, reverse=True))}
    first_line = text.find("\n")
    first_line = size if first_line < 0 else first_line
    phrases = [c.text for c in candidates]
    folded = [p.lower().replace("ё", "е").strip() for p in phrases]
    keys = [_key(p) for p in phrases]
    same_key, same_phrase = Counter(keys), Counter(folded)
    seen: set[str] = set()
    hand_fold = hand.lower().replace("ё", "е").strip() if hand else ""
    hand_head = hand_fold.split(" ", 1)[0] if hand_fold else ""
    rows = []
    for c, phrase, fold, key in zip(candidates, phrases, folded, keys, strict=True):
        at = c.at
        known = at >= 0
        row = [1.0 if c.family == f else 0.0 for f in FAMILIES]
        row += [
            c.score / 10,
            (c.score - best) / 10,
            float(c.score == best),
            min(ranks[c.score], 5) / 5,
            float(hand is not None and phrase == hand),
            at / size if known else 0.0,
            float(known and at < 120),
            float(
                known and event_sentence is not None and event_sentence[0] <= at < event_sentence[1]
            ),
            float(known and headline[0] <= at < headline[1]),
            float(known and at < first_line),
            float("«" in phrase),
            float(KIND.match(phrase) is not None),
            float(KIND.search(phrase) is not None),
            min(len(phrase), 2 * MAX_TITLE) / MAX_TITLE,
            float(len(phrase) > MAX_TITLE),
            min(len(phrase.split()), 20) / 10,
            float(" " not in phrase.strip()),
            float(any(ch.isdigit() for ch in phrase)),
            float(phrase[:1].isupper()),
            same_key[key] / len(keys) if key else 0.0,
            min(same_phrase[fold] - 1, 3) / 3,
            float(c.family not in seen),
            float(bool(hand_fold) and fold != hand_fold and fold.startswith(hand_fold)),
            float(bool(hand_fold) and fold != hand_fold and fold in hand_fold),
            float(bool(hand_head) and fold != hand_fold and fold.split(" ", 1)[0] == hand_head),
            *ties(text, event_sentence, at, phrase),
            *general(text, at, phrase),
        ]
        seen.add(c.family)
        rows.append(row)
    return rows


def _inside(at: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= at < span[1]


def _key(phrase: str) -> str:
    found = KIND.search(phrase)
    return kind_key(found.group(0)) if found else ""


@cache
def weights(chooser: str = "learned") -> tuple[float, ...]:
    """The fitted weights of a chooser, one per feature of FEATURES: "learned"
    (title_weights.py, the hand scores among its features) or "general" (title_weights_general.py,
    fitted without the hand scores: title_general.py). A feature the file does not name (added
    since it was fitted) weighs 0. Raises ValueError when the file names a feature FEATURES
    lacks, or its weights do not match its features (a stale file)."""
    if chooser == "general":
        from bot.core.language import title_weights_general as module
    else:
        from bot.core.language import title_weights as module  # type: ignore[no-redef]

    if len(module.WEIGHTS) != len(module.FEATURES) or set(module.FEATURES) - set(FEATURES):
        raise ValueError(f"{module.__name__} was fitted on other features; refit it")
    by_name = dict(zip(module.FEATURES, module.WEIGHTS, strict=True))
    return tuple(by_name.get(f, 0.0) for f in FEATURES)


def margin() -> float:
    """How much higher than the hand chooser's phrase the general model must score a phrase
    for the blended chooser (title.CHOOSER == "blend") to take it (title_weights_general.py)."""
    from bot.core.language import title_weights_general

    return title_weights_general.MARGIN


def scores(
    text: str,
    event_sentence: tuple[int, int] | None,
    headline: tuple[int, int],
    candidates: Sequence[Candidate],
    hand: str | None,
    w: Sequence[float],
) -> list[float]:
    """The dot product of each candidate's features with `w`."""
    rows = features(text, event_sentence, headline, candidates, hand)
    return [sum(a * b for a, b in zip(row, w, strict=True)) for row in rows]


def ranked(
    text: str,
    event_sentence: tuple[int, int] | None,
    headline: tuple[int, int],
    candidates: Sequence[Candidate],
    hand: str | None,
    w: Sequence[float] | None = None,
) -> list[int]:
    """Indexes of `candidates`, the likeliest title first (by the dot product of each
    candidate's features with `w`, default the fitted weights; ties keep the order offered)."""
    w = weights() if w is None else w
    found = scores(text, event_sentence, headline, candidates, hand, w)
    return sorted(range(len(found)), key=lambda i: -found[i])
