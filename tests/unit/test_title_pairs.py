"""The pair features of the comparing title chooser measured by benchmarks/title_pairs.py
(title69): antisymmetric, and reading an item against its umbrella by grammar."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import title_pairs as tp

TEXT = (
    "Региональная олимпиада по химии в этом году пройдёт в гимназии. "
    "Финальный этап олимпиады по химии состоится 5 мая в актовом зале. "
    "Лекция о редких металлах откроет день."
)


def _ctx(cands: list[tuple[str, int, int, str]], event: tuple[int, int] | None) -> dict[str, Any]:
    return {"text": TEXT, "event_sentence": event, "headline": (0, 0), "cands": cands}


def _cand(phrase: str, written: str) -> tuple[str, int, int, str]:
    return ("kinds", 0, TEXT.index(written), phrase)


@pytest.fixture
def infos() -> list[dict[str, Any]]:
    second = TEXT.index("Финальный")
    event = (second, TEXT.index("Лекция"))
    ctx = _ctx(
        [
            _cand("Региональная олимпиада по химии", "Региональная"),
            _cand("Финальный этап олимпиады по химии", "Финальный"),
            _cand("Лекция о редких металлах", "Лекция"),
            _cand("Финальный этап", "Финальный"),
        ],
        event,
    )
    return [tp._info(ctx, i) for i in range(4)]


def test_every_pair_feature_is_antisymmetric(infos: list[dict[str, Any]]) -> None:
    for name, fn in tp.PAIR.items():
        for a in infos:
            for b in infos:
                assert fn(a, b) == -fn(b, a), name


def test_an_item_names_its_umbrella_as_a_dependent(infos: list[dict[str, Any]]) -> None:
    umbrella, stage = infos[0], infos[1]
    assert umbrella["lemma"] == "олимпиада"
    assert umbrella["umbrella"]
    assert stage["lemma"] == "этап"
    assert stage["stage"]
    assert tp.item_of_other(stage, umbrella) == 1.0  # "этап олимпиады": an item of it
    assert tp.umbrella_over_item(umbrella, stage) == 1.0
    assert tp.nearer_event(stage, umbrella) == 1.0  # the stage stands in the dated sentence
    assert tp.earlier(umbrella, stage) == 1.0


def test_a_longer_phrase_contains_the_shorter(infos: list[dict[str, Any]]) -> None:
    whole, short = infos[1], infos[3]
    assert tp.contains(whole, short) == 1.0
    assert tp.same_head_longer(whole, short) > 0
    assert infos[2]["item"]
    assert tp.PAIR["item_vs"](infos[2], infos[0]) == 1.0
