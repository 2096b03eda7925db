"""chat74: conversation leftovers of round 40 (tests/data/chat74.md), each typed as a user
would through the real planner over a real store (SQLite; PostgreSQL under
tests/pg_everywhere.py). The partner's clock is chat_world's NOW, Tuesday 1 December 2026,
10:00 Kaliningrad. All sentences are my own."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

partner_world = chat_world.partner_world


# --- an open draft of a run already begun is not «past» ----------------------------------


async def test_an_open_draft_of_a_run_begun_is_kept_under_a_new_event(
    partner_world: ChatWorld,
) -> None:
    """«Прежний несохранённый черновик «Выставка „Зима“» я убрал: … его дата уже прошла» — a
    minute-old card of an exhibition begun 25 November and open to 20 December, dropped when
    a lecture came: the staleness check read the first day only (newcomer72, left 3)."""
    await said(partner_world, "Выставка «Зима» с 25 ноября по 20 декабря в музее, 5 классы")
    templates, text = await said(partner_world, "весь день")
    assert templates == ["event_card"], text
    templates, text = await said(partner_world, "Лекция 9 декабря в 15:00 в музее, 9 классы")
    assert "draft_stale_dropped" not in templates, text
    assert "Выставка" in text, text


async def test_an_open_draft_of_a_run_over_is_still_dropped(partner_world: ChatWorld) -> None:
    """The guard: a card of a run 2–5 December left open on 1 December is past on the 7th
    (its last day gone) and is dropped when a new event comes."""
    await said(partner_world, "Выставка «Осень» со 2 по 5 декабря в музее, 5 классы")
    templates, text = await said(partner_world, "весь день")
    assert templates == ["event_card"], text
    clock = partner_world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 12, 7, 10, 0, tzinfo=ZONE))
    templates, text = await said(partner_world, "Лекция 9 декабря в 15:00 в музее, 9 классы")
    assert templates[0] == "draft_stale_dropped", text
