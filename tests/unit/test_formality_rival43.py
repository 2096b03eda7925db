"""A formality held before the event is no rival start (doubts43): «12 марта состоится
регистрация участников» before «13–14 марта … пройдут соревнования», an admission
commission's week before the race — the event's preparation. Offered as another start
(`several_dates`), it made the bot ask about a post it read right. A formality long before the
event is still offered. A meeting held for the contest (the judges' sitting with the teams'
representatives, a leaders' or parents' meeting) is no rival either since starts44: like the
contest's closing and awards it belongs to the contest and never starts it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")

ROBOTS = (
    "Соревнования по робототехнике для школьников\n\n"
    "13-14 марта в городском технопарке состоятся отборочные соревнования по робототехнике"
    " среди школьных команд. 12 марта состоится регистрация участников, расстановка на"
    " площадке и тренировки. Команды представят роботов, собранных за учебный год."
)
VOLLEY = (
    "Первенство города по волейболу среди школьных команд\n\n"
    "Игры первенства пройдут 11 февраля в спортивном зале школы № 3, начало в 10:30."
    " Заседание судейской коллегии с представителями команд состоится 9 февраля в 16:00"
    " в актовом зале гимназии. Приглашаем болельщиков поддержать свои команды."
)
SKI = (
    "Лыжная гонка на приз главы района\n\n"
    "Все желающие могут зарегистрироваться по ссылке, соревнования пройдут в районном"
    " парке 12 февраля. Комиссия по допуску участников будет работать с 7 по 11 февраля"
    " в здании спортивной школы."
)


@pytest.mark.parametrize(
    ("text", "start"),
    [(ROBOTS, "2027-03-13"), (SKI, "2027-02-12")],
)
def test_a_formality_before_the_event_is_not_offered(text: str, start: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == start
    assert "several_dates" not in (got["doubts"] or []), got["choices"]


def test_a_formality_long_before_is_still_offered() -> None:
    text = ROBOTS.replace("12 марта состоится", "20 февраля состоится")
    got = intent_to_json(parse_message(text, NOW))
    assert "several_dates" in (got["doubts"] or []), (got["start"], got["choices"])


def test_the_judges_sitting_is_not_offered() -> None:
    got = intent_to_json(parse_message(VOLLEY, NOW))
    assert got["start"] == "2027-02-11T10:30"
    assert "several_dates" not in (got["doubts"] or []), got["choices"]
