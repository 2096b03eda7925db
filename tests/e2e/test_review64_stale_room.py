"""review64: attack64's stale-copy line (school_twins.stale_copy_notices) on a change of
the room only. A room and classes are each school's own (same_event.TWIN_KEY: a copy is
matched by title and times, never by its room), so when a colleague in A moves the shared
lecture to another room of A, B's copy is not stale: B's curator must not be told «У вас в
плане оно осталось как было … перенесите его». Both backends (`-p tests.pg_everywhere`).
"""

from __future__ import annotations

import asyncio

from tests.e2e import test_vk_city
from tests.e2e.test_attack64_colleague_twins import (
    _changed_by_colleague,
    _colleague_in_a,
    _stale_lines,
)
from tests.e2e.test_vk_city import CURATOR_B, City
from tests.e2e.test_vk_city_attack import PARTNER

town = test_vk_city.city


async def test_a_colleagues_room_change_in_a_tells_b_nothing(town: City) -> None:
    await _colleague_in_a(town)
    done = await _changed_by_colleague(town, "перенеси лекцию «ИИ в медицине» в актовый зал")
    assert "актовый зал" in done, done
    await asyncio.sleep(1.5)  # the line, were it sent, goes right after A's commit
    assert not _stale_lines(town, CURATOR_B), _stale_lines(town, CURATOR_B)
    assert not _stale_lines(town, PARTNER)
