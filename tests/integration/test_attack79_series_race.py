"""attack79: the 40-meetings-ahead limit of a series (attack78) against two «да» at the same
moment. The series has 39 meetings ahead; two curators each have a card of one more
meeting open and press «да» together. Run it on PostgreSQL, where the two messages really
are concurrent transactions (READ COMMITTED: each counted 39 and each saved — 41 ahead):

    .venv/bin/pytest -p tests.pg_everywhere tests/integration/test_attack79_series_race.py

On SQLite the messages take turns (BEGIN IMMEDIATE), so the test checks the same outcome
without a real race. Nothing of ours is mocked: the store's add_events only waits until
both messages have reached it (or MEETING seconds), so both have counted before either
inserts unless the count waits for the other's turn."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.core.drafts import MAX_OCCURRENCES
from bot.core.models import EventStatus, NewEvent
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.chat_world import NOW, ZONE, ChatWorld

FIRST, SECOND = 100, 101  # the school's two curators (PlannerConfig.admins)
MEETING = 3.0  # seconds a «да» waits for the other at the insert (SQLite never meets)
CLUB = "Шахматный клуб каждый день в 15:00 со 2 декабря по 9 января, каб. 205, 7А"


async def test_two_cards_confirmed_at_once_leave_forty_meetings_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await open_store(tmp_path / "plan.db", ZONE)
    try:
        config = PlannerConfig(tz=ZONE, admins=frozenset({FIRST, SECOND}))
        planner = Planner(store, FixedClock(NOW), config)
        first, second = (ChatWorld(store, planner, Renderer(), vk_id) for vk_id in (FIRST, SECOND))
        await first.say(CLUB)
        saved = await first.say("да")
        assert saved[0].template == "saved", [r.template for r in saved]
        [series] = {e.series_id for e in await store.events_between(NOW, NOW.replace(year=2027))}
        assert series is not None
        assert len(await store.events_of_series(series)) == MAX_OCCURRENCES - 1
        await first.say("добавь ещё занятие шахматного клуба 17 января")
        await second.say("добавь ещё занятие шахматного клуба 18 января")

        both_there = asyncio.Barrier(2)
        add = store.add_events

        async def add_when_both_there(
            events: Sequence[NewEvent], actor: int | None, **kw: object
        ) -> object:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(both_there.wait(), MEETING)
            return await add(events, actor, **kw)

        monkeypatch.setattr(store, "add_events", add_when_both_there)
        answers = await asyncio.gather(first.say("да"), second.say("да"))

        templates = sorted(replies[0].template for replies in answers)
        assert templates == ["saved", "series_add_full"], templates
        live = [
            e for e in await store.events_of_series(series) if e.status is not EventStatus.CANCELLED
        ]
        assert len(live) == MAX_OCCURRENCES, len(live)
    finally:
        await store.close()
