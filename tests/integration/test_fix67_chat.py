"""fix67: the card's «🚩 Сбор» line reads past an abbreviation's dot and a bracket's comma
(newcomer67: «🚩 Сбор: у главного входа музея (ул»), through the real chat core
(tests/chat_world.py: real planner, the app's store, templates). All sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

teacher = chat_world.plan_teacher


async def test_a_gathering_with_a_street_is_shown_whole(teacher: ChatWorld) -> None:
    """Before: «🚩 Сбор: у входа в театр (ул» — the clause cut at the dot of «ул.»."""
    lines = await teacher.card_lines(
        "Поход в театр 11 декабря в 18:00 для 9Б. Сбор у входа в театр (ул. Садовая, 7) в 17:40."
    )
    assert "🚩 Сбор: у входа в театр (ул. Садовая, 7) в 17:40" in lines, lines


async def test_a_gathering_at_a_room_is_shown_whole(teacher: ChatWorld) -> None:
    lines = await teacher.card_lines(
        "Экскурсия 11 декабря в 11:00 для 9Б, встречаемся у каб. 14 в 10:40"
    )
    assert "🚩 Сбор: у каб. 14 в 10:40" in lines, lines
