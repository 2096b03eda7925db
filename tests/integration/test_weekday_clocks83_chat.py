"""A weekly repeat with a clock per weekday in one chat message («Кружок по вторникам в 15:00
и четвергам в 16:00»): the chat offers it as a plan of two series and saves both, each
meeting on its own days at its own clock. Before, the Thursdays were dropped without a word.
The planner over a real store, a frozen clock (Tuesday 1 December 2026, 10:00) and the real
templates; what is saved is read back from the store. Sentences written for this test."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _series(world: ChatWorld) -> dict[int | None, set[tuple[str, str]]]:
    """Each stored series' (weekday, clock) pairs over its meetings, by series id."""
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    found: dict[int | None, set[tuple[str, str]]] = {}
    for event in events:
        local = event.start.astimezone(ZONE)
        found.setdefault(event.series_id, set()).add(
            (local.strftime("%a"), local.strftime("%H:%M"))
        )
    return found


async def test_two_weekdays_at_two_clocks_are_saved_as_two_series(world: ChatWorld) -> None:
    summary = await _say(
        world, "Кружок робототехники для 6-8 классов по вторникам в 15:00 и четвергам в 16:00"
    )
    assert "В плане 2 мероприятия" in summary
    assert "15:00" in summary
    assert "16:00" in summary
    assert "Сохранено" in await _say(world, "да")
    series = await _series(world)
    assert None not in series  # every meeting belongs to a series
    assert sorted(map(sorted, series.values())) == [
        [("Thu", "16:00")],
        [("Tue", "15:00")],
    ]
