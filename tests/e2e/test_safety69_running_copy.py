"""A stale-copy line for a city curator who has never written, when the copy is already
running (review66's note on safety66 #1; safety69 #1). safety66 held the line for them till
the copy's start "or till they write": for a copy that has begun, the start is past, so the
line left at once — to someone VK refuses (901), who had not agreed to hear from the
community — and nothing was left for their first message. What the curator expects: nothing
reaches them before they write; once they write, the line, if their copy still stands as it
says and has not ended. Lyceum 23's second curator (UNMET) has not written; the КГТУ
colleague cancels the lecture in the gymnasium while it runs (15 December, 15:00). SQLite
only, as test_safety66_unmet_curator (a city on PostgreSQL needs one database of schemas)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from tests.e2e.test_attack64_colleague_twins import _changed_by_colleague, _colleague_in_a
from tests.e2e.test_safety66_unmet_curator import (
    UNMET,
    _first_words,
    _lines_to_unmet,
    town,
)
from tests.e2e.test_vk_city import GROUP_B, KGD, City

__all__ = ["town"]

RUNNING = datetime(2099, 12, 15, 15, 20, tzinfo=KGD)  # the lecture began at 15:00
ENDED = datetime(2099, 12, 15, 23, 0, tzinfo=KGD)


async def _cancelled_while_running(town: City) -> None:
    await _colleague_in_a(town)
    town.clock.set(RUNNING)
    done = await _changed_by_colleague(town, "отмени лекцию «ИИ в медицине»")
    assert "Отменено" in done, done
    await town.city.tick()
    await asyncio.sleep(0.3)
    await town.city.tick()


async def test_nothing_reaches_the_curator_before_they_write(town: City) -> None:
    await _cancelled_while_running(town)
    assert _lines_to_unmet(town) == []  # before: the line left at once (901 in VK)
    await _first_words(town)
    await town.city.tick()
    await town.vk.wait_for(lambda s: bool(_lines_to_unmet(town)), within=15)
    [line] = _lines_to_unmet(town)
    assert "ИИ в медицине" in line, line
    await town.city.tick()
    await town.say(GROUP_B, UNMET, "помощь")
    await asyncio.sleep(0.3)
    await town.city.tick()
    assert len(_lines_to_unmet(town)) == 1  # once


async def test_a_curator_who_writes_after_the_copy_ended_hears_nothing(town: City) -> None:
    """The line is worth keeping while the copy runs; after its end it is dropped unsent,
    not sent to someone who never wrote."""
    await _cancelled_while_running(town)
    town.clock.set(ENDED)
    await town.city.tick()
    await asyncio.sleep(0.3)
    await town.city.tick()
    assert _lines_to_unmet(town) == []
    await _first_words(town)
    await town.city.tick()
    await asyncio.sleep(0.3)
    await town.city.tick()
    assert _lines_to_unmet(town) == []
