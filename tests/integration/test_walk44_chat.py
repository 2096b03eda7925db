"""Newcomer walk over conv44's changes (tests/data/walk44.md): nearby words conv44 did not
test. Real planner, real SQLite store, real templates, frozen clock (Tuesday 1 December
2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

CARD = "Турнир по шахматам 5 декабря в 15:00, 9А, актовый зал"


@pytest.mark.parametrize("change", ["вес день 6 декабря", "6 декабря вес день"])
async def test_a_misspelt_whole_day_with_a_day_moves_the_card(
    world: ChatWorld, change: str
) -> None:
    """Before: «На 6 декабря (вс) мероприятий нет.» — read as a question, and «да» then
    saved the card on 5 December at 15:00, not the day just written (spelt right, «весь
    день 6 декабря» moved the card)."""
    await said(world, CARD)
    templates, answer = await said(world, change)
    assert templates == ["event_card"], answer
    assert "6 декабря (вс), весь день" in answer, answer
    templates, answer = await said(world, "да")
    assert "saved" in templates, answer
    assert "6 декабря (вс)" in answer, answer
