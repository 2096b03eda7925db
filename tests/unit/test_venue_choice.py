"""The venue candidates of a long post and the learned chooser among them (venue_choice.py):
the candidates hold the hand-set choice once, marked; the runtime score is a plain dot
product; the committed weights match the feature list; the switch keeps the hand-set
rules' venue. Sentences written for these tests, in words of their own."""

from __future__ import annotations

import pytest

from bot.core.language import places, venue_choice, venue_weights
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.venue_choice import FEATURES, PATHS, VenueCandidate, choose, features, score

POSTS = [
    "Кукольный театр «Сказка» приглашает 12 декабря в 11:00 на спектакль в малом зале "
    "Областной филармонии. Билеты в кассе.",
    "Городской турнир по шахматам пройдёт 19 декабря в 10:00.\nМесто проведения: шахматный "
    "клуб «Ладья», ул. Баумана, 19.",
    "14 декабря в 12:00 в Доме культуры «Юбилейный» пройдёт концерт хора. Сбор участников "
    "у школы в 11:00.",
]


def _event_sentence(text: str) -> tuple[int, int]:
    """The first sentence, as the event's (post.py finds it in a parse)."""
    return 0, text.index(".") + 1


def _candidates(text: str) -> tuple[str, tuple[int, int] | None, list[VenueCandidate]]:
    quoted = with_guillemets(text)
    event_sentence = _event_sentence(quoted)
    return quoted, event_sentence, places.venue_candidates(quoted, event_sentence)


def test_the_committed_weights_match_the_feature_list() -> None:
    assert venue_weights.FEATURES == FEATURES
    assert len(venue_weights.WEIGHTS) == len(FEATURES)
    assert {f"path_{p}" for p in PATHS} <= set(FEATURES)


@pytest.mark.parametrize("text", POSTS)
def test_the_candidates_hold_the_hand_set_choice_once(text: str) -> None:
    quoted, event_sentence, found = _candidates(text)
    hand = [c for c in found if c.hand]
    assert len(hand) == 1
    assert hand[0].shown == places._find_venue(quoted, event_sentence)
    assert len({c.shown for c in found}) == len(found)
    assert all(c.path in PATHS for c in found)


def test_a_labelled_value_and_the_places_are_candidates() -> None:
    _, _, found = _candidates(POSTS[1])
    paths = {c.path for c in found}
    assert "label" in paths
    assert "place" in paths or "place_bare" in paths


@pytest.mark.parametrize("text", POSTS)
def test_each_feature_vector_has_one_value_a_feature(text: str) -> None:
    quoted, event_sentence, found = _candidates(text)
    for c in found:
        vector = features(c, found, quoted, event_sentence)
        assert len(vector) == len(FEATURES)
        assert sum(vector[: len(PATHS)]) == 1.0  # one path each


def test_the_score_is_a_dot_product() -> None:
    assert score([1.0, 0.0, 2.0], [0.5, 9.0, -1.0]) == pytest.approx(-1.5)


def _only(name: str, weight: float = 1.0) -> list[float]:
    return [weight if f == name else 0.0 for f in FEATURES]


def test_the_best_scored_candidate_is_chosen() -> None:
    quoted, event_sentence, found = _candidates(POSTS[1])
    label = next(c.shown for c in found if c.path == "label")
    assert choose(found, quoted, event_sentence, _only("path_label")) == label
    assert next(c.hand for c in found if c.path == "label")  # the hand-set rules' choice
    # the label scored below the rest, which tie: the earliest of them
    first_other = next(c.shown for c in found if c.path != "label")
    assert choose(found, quoted, event_sentence, _only("path_label", -1.0)) == first_other


def test_a_tie_goes_to_the_hand_set_choice() -> None:
    quoted, event_sentence, found = _candidates(POSTS[0])
    hand = next(c.shown for c in found if c.hand)
    assert choose(found, quoted, event_sentence, [0.0] * len(FEATURES)) == hand
    assert choose(list(reversed(found)), quoted, event_sentence, [0.0] * len(FEATURES)) == hand


def test_no_candidate_chooses_nothing() -> None:
    assert choose([], "", None, [0.0] * len(FEATURES)) is None


@pytest.mark.parametrize("text", POSTS)
def test_the_hand_switch_gives_find_venue(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    event_sentence = _event_sentence(text)
    monkeypatch.setattr(venue_choice, "CHOOSER", "hand")
    assert places.post_venue(text, event_sentence) == places.find_venue(text, event_sentence)


@pytest.mark.parametrize("text", POSTS)
def test_the_learned_switch_gives_a_candidate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _, event_sentence, found = _candidates(text)
    monkeypatch.setattr(venue_choice, "CHOOSER", "learned")
    assert places.post_venue(text, event_sentence) in {c.shown for c in found}
