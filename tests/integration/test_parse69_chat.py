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


async def test_a_clocked_start_with_a_day_only_end_is_kept_to_its_last_day(
    world: ChatWorld,
) -> None:
    """Before: «5 декабря в 10:00 или 7 декабря?» (several_dates). Now one run: the card, the
    saved event, the store and the week's plan name its last day without a clock."""
    templates, text = await said(
        world, "5 декабря в 10:00 в музее откроется выставка. Она продлится до 7 декабря."
    )
    templates, text = await said(world, "для 9Б")
    assert templates == ["event_card"], text
    assert "🗓 5 декабря (сб), 10:00 — 7 декабря (пн)" in text, text
    templates, text = await said(world, "да")
    assert "saved" in templates, text
    [row] = await world.store._all("SELECT title, all_day, end_given FROM events")
    assert (row[0], bool(row[1]), bool(row[2])) == ("Выставка", False, True), row
    [event] = await world.store.events_between(chat_world.NOW, None)
    assert event.end.astimezone(chat_world.ZONE).replace(tzinfo=None).isoformat() == (
        "2026-12-08T00:00:00"
    )
    templates, text = await said(world, "что на этой неделе?")
    assert "10:00 (до 7 декабря) Выставка" in text, text
