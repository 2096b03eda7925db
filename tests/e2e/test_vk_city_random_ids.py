"""Two schools of one city deployment remind the same organiser of their own event 1 at the
same moment: both reminders arrive, each from its own community (newcomer walk 2026-12-01d,
finding 3: the second had the first's random_id and the local VK server, which dedupes
random_id like VK, dropped it). A batch resent by its community keeps its random_id, so VK
still drops a resend (README: reminders exactly once).

The `city` fixture of tests/e2e/test_vk_city.py: two communities on the local VK server, each
school its own store (SQLite files, or PostgreSQL schemas under tests.pg_everywhere).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.core.models import NewEvent, OrgKind, Role
from bot.transports.vk.wiring import VkApp
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import GROUP_A, GROUP_B, City

town = test_vk_city.city  # the two-community deployment, as a fixture of this module

ORGANISER = 7300
START = datetime(2099, 12, 11, 13, 0, tzinfo=UTC)  # one instant in both schools


async def seed(app: VkApp, title: str) -> int:
    """The organiser's partner organisation and one event at START in this school's store."""
    store = app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(ORGANISER, Role.PARTNER, "Анна Петровна", org.id)
    [event] = await store.add_events(
        [NewEvent(title, org.id, START, START + timedelta(hours=1))], None
    )
    return event.id


async def test_one_organiser_gets_the_same_numbered_reminder_of_each_school(town: City) -> None:
    vk = town.vk
    assert await seed(town.a, "Лекция о мостах") == await seed(town.b, "Лекция о кораблях")
    lost = 0

    def lose_the_answer(params: dict[str, Any]) -> None:
        """VK delivers, the bot never hears back: its batch stays in the outbox."""
        nonlocal lost
        lost += 1
        raise ConnectionResetError("the answer never reached the bot")

    vk.on_send = lose_the_answer
    town.clock.set(START - timedelta(hours=24))  # the day-before reminder in both schools
    await town.city.tick()
    assert lost > 0
    vk.on_send = None
    town.clock.set(START - timedelta(hours=24) + timedelta(minutes=5))
    await town.city.tick()  # each school resends its own batch with its own random_id
    mine = [m for m in vk.sent if ORGANISER in m.peer_ids]
    assert Counter(m.group_id for m in mine) == {GROUP_A: 1, GROUP_B: 1}
    assert any("Лекция о мостах" in t for t in vk.texts_from(GROUP_A, ORGANISER))
    assert any("Лекция о кораблях" in t for t in vk.texts_from(GROUP_B, ORGANISER))
    assert mine[0].random_id != mine[1].random_id
    assert vk.deduplicated >= 2  # both resends were dropped as repeats, not delivered again
    for app in (town.a, town.b):
        assert await app.store.pending_batches(town.clock.now()) == []
