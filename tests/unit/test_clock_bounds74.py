"""A long post's start clock said of something else than the event's start (doubt74,
clock_bounds.py): a lower bound («пройдёт после 14:30»: `after_clock`) or a broadcast's start
of an event held at a place («начало трансляции — в 20:00»: `relay_clock`). The bot asks the
time instead of saving the clock as the start. Sentences our own."""

from __future__ import annotations

from datetime import datetime, time

from bot.core.language.clock_bounds import broadcast_clock, clock_after_bound
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _doubts(text: str) -> tuple[str, ...]:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft.doubts


def test_a_start_after_a_clock_is_asked() -> None:
    doubts = _doubts(
        "Открытый урок для старшеклассников. Урок «Профессии будущего», намеченный на 11 "
        "декабря, пройдёт после 14:30 в актовом зале. Об этом сообщили в управлении образования."
    )
    assert "after_clock" in doubts
    assert "after_clock" in ASKED


def test_a_start_not_earlier_than_a_clock_is_asked() -> None:
    doubts = _doubts(
        "В гимназии готовят встречу с ветеранами. Встреча состоится 15 декабря не ранее 13.00 "
        "в актовом зале. Приглашаются ученики 8–9 классов."
    )
    assert "after_clock" in doubts


def test_a_clock_after_another_word_is_not_asked() -> None:
    doubts = _doubts(
        "В гимназии готовят встречу с ветеранами. Встреча состоится 15 декабря в 14:30 в "
        "актовом зале. После встречи ребята возложат цветы."
    )
    assert "after_clock" not in doubts


def test_a_broadcasts_clock_of_an_event_at_a_place_is_asked() -> None:
    doubts = _doubts(
        "На центральной площади города 20 декабря пройдёт новогодний бал выпускников. Ребят "
        "поздравит глава города, затем небо озарит фейерверк. Увидеть бал можно будет в прямом "
        "эфире городского телеканала, начало трансляции — в 19:00."
    )
    assert "relay_clock" in doubts
    assert "relay_clock" in ASKED


def test_a_broadcast_starting_with_its_clock_is_asked() -> None:
    doubts = _doubts(
        "В Доме культуры 18 декабря пройдёт концерт школьных хоров. Выступят шесть коллективов "
        "района. Трансляция начнётся в 17.30 на странице Дома культуры."
    )
    assert "relay_clock" in doubts


def test_an_online_events_broadcast_clock_is_not_asked() -> None:
    doubts = _doubts(
        "Всероссийский урок финансовой грамотности 18 декабря пройдёт в формате онлайн. "
        "Трансляция начнётся в 10:00 на сайте министерства."
    )
    assert "relay_clock" not in doubts


def test_a_clock_written_for_the_event_too_is_not_asked() -> None:
    doubts = _doubts(
        "В Доме культуры 18 декабря в 17:30 пройдёт концерт школьных хоров. Выступят шесть "
        "коллективов района. Начало трансляции — в 17:30 на странице Дома культуры."
    )
    assert "relay_clock" not in doubts


def test_the_readers_alone() -> None:
    assert clock_after_bound("урок пройдёт после 14:30 по московскому времени")
    assert not clock_after_bound("урок пройдёт в 14:30, после него — чаепитие")
    assert not clock_after_bound("урок пройдёт после обеда")
    assert broadcast_clock("Начало трансляции — в 20:00.", time(20, 0))
    assert not broadcast_clock("Начало трансляции — в 20:00. Бал начнётся в 20:00.", time(20, 0))
    assert not broadcast_clock("Трансляция идёт весь день. Бал в 20:00.", time(20, 0))
