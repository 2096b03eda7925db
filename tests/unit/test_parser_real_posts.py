"""The parser on real announcements (tests/data/real_posts_*.jsonl, see the README there).

Each set must keep the issue's accuracy floors; a post that is read wrong must at least
carry a doubt so that the bot asks instead of saving it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

SETS = (
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_heldout.jsonl",
    "real_posts_fresh.jsonl",
)
FLOORS = {"start_end": 0.9, "venue": 0.8}


def _results(name: str) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, bool]]]:
    out = []
    for case in load(name):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        out.append((case, got, real_post_results(case, got)))
    return out


@pytest.mark.parametrize("name", SETS)
def test_real_posts_meet_the_floors(name: str) -> None:
    results = _results(name)
    for key, floor in FLOORS.items():
        oks = [r[key] for _, _, r in results if key in r]
        assert sum(oks) >= floor * len(oks), (key, sum(oks), len(oks))


@pytest.mark.parametrize("name", SETS)
def test_titles_are_concise(name: str) -> None:
    titles = [got["title"] for _, got, _ in _results(name)]
    assert all(0 < len(t) <= 80 for t in titles), [t for t in titles if len(t) > 80]


@pytest.mark.parametrize("name", SETS)
def test_every_post_keeps_its_full_text(name: str) -> None:
    for case, got, _ in _results(name):
        assert got["description"] == case["text"].strip()


def test_ages_sessions_and_deadline_of_real_posts() -> None:
    by_source = {case["source"]: got for case, got, _ in _results("real_posts_more.jsonl")}
    pushkin = next(g for s, g in by_source.items() if "pushkinmuseum" in s)
    assert pushkin["ages"] == [14, 22]
    assert len(pushkin["sessions"]) == 4


POST = (
    "Уважаемые коллеги! В соответствии с письмом министерства № 12/3 от 8 сентября 2026 года "
    "приглашаем учащихся 8-11 классов на лекцию «Искусственный интеллект в медицине». "
    "Вчера, 21 ноября, прошла первая встреча цикла. Лекция состоится 3 декабря в 15:00 "
    "по московскому времени в КГТУ, ауд. 204 (Советский проспект, 1). "
    "Регистрация до 1 декабря. Для ребят от 14 до 17 лет, группа от 15 до 40 человек."
)


def test_a_letter_to_schools() -> None:
    got = intent_to_json(parse_message(POST, datetime.fromisoformat("2026-11-22T10:00")))
    assert got["start"] == "2026-12-03T14:00"  # Moscow 15:00 is 14:00 in Kaliningrad
    assert got["deadline"] == "2026-12-01"
    assert got["ages"] == [14, 17]
    assert got["grades"] == [8, 9, 10, 11]
    assert "Искусственный интеллект в медицине" in got["title"]
    assert len(got["title"]) <= 80
    assert "Уважаемые" not in got["title"]
