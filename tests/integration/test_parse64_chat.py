"""parse64, in the chat over a real store, a frozen clock and the real templates
(tests/chat_world.py; SQLite, PostgreSQL under tests/pg_everywhere.py): an imperative call
is never a card's title, and «в 10 11 классы» alone asks the time. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


@pytest.mark.parametrize(
    "text", ["Приходите 12 декабря в 18:00!", "Присоединяйтесь 14 декабря в 11:00 в актовом зале"]
)
async def test_an_imperative_call_asks_the_name(world: ChatWorld, text: str) -> None:
    """Before: the card «📌 Приходите» (or «Присоединяйтесь»)."""
    templates, shown = await said(world, text)
    assert templates == ["ask_title"], (templates, shown)
    templates, shown = await said(world, "Новогодний концерт")
    assert "«Новогодний концерт»" in shown, (templates, shown)  # the name taken, asked on


async def test_grades_or_clock_asks_the_time(world: ChatWorld) -> None:
    """«в 10 11 классы» alone: 10:00 for grade 11, or grades 10–11? The time is asked."""
    templates, shown = await said(world, "Лекция о космосе 15 декабря в 10 11 классы")
    assert templates == ["ask_time"], (templates, shown)
    assert "может быть и временем, и классом" in shown, shown
