"""parse69: a run begun and still going on, told in the chat, through the real chat core
(tests/chat_world.py: a partner of КГТУ, clock Tuesday 1 December 2026; the real planner, a
real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real templates). All
sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


async def test_a_run_begun_and_going_on_is_offered_as_its_days(world: ChatWorld) -> None:
    """Before: «30 ноября (пн) уже прошло. На какой день назначить …?» — the run's days are
    the card's, it says the run goes on, and «да» saves them."""
    templates, text = await said(
        world, "30 ноября в музее открылась выставка. Она продлится до 20 декабря."
    )
    assert "уже прошло" not in text, text
    templates, text = await said(world, "весь день")
    templates, text = await said(world, "для 9Б")
    assert templates == ["event_card"], text
    assert "30 ноября — 20 декабря" in text, text
    assert "Уже идёт (началось 30 ноября), последний день — 20 декабря" in text, text
    templates, text = await said(world, "да")
    assert "saved" in templates, text
    [stored] = await world.store._all("SELECT title FROM events")
    assert "Выставка" in str(stored[0]), stored
