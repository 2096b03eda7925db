"""organiser78: the school's own organisation is created on first use
(features.context.school_organisation: find, then create). Two curators' first messages at
the same moment on a fresh database both find no school and both create it. Run it on
PostgreSQL too, where the two messages really are concurrent transactions:

    .venv/bin/pytest -p tests.pg_everywhere tests/integration/test_organiser78_school_race.py

There the loser's INSERT waits on the unique name index until the winner commits, then
fails. Before, that failure reached the planner, which rolled the loser's message back and
answered «error». On SQLite the messages take turns, so the test checks the same outcome
without a real race.

Nothing of ours is mocked. The store's create_organisation is only made to wait until
both messages have reached it, so the two inserts always meet (organiser77's race test
does the same for a new partner)."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from bot.core.models import OrgKind
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.chat_world import NOW, ZONE, ChatWorld

FIRST, SECOND = 100, 101  # the school's two curators (PlannerConfig.admins), never stored
POSTS = (
    "Классный час 15 декабря в 15:00, 7Б, каб. 12",
    "Родительское собрание 16 декабря в 18:00, 8А, актовый зал",
)
MEETING = 3.0  # seconds a message waits for the other at the insert (SQLite never meets)


async def test_two_first_messages_at_once_make_one_school(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await open_store(tmp_path / "plan.db", ZONE)
    try:
        config = PlannerConfig(tz=ZONE, admins=frozenset({FIRST, SECOND}))
        planner = Planner(store, FixedClock(NOW), config)
        chats = [ChatWorld(store, planner, Renderer(), vk_id) for vk_id in (FIRST, SECOND)]
        assert await store.list_organisations() == []  # the school is made on first use

        both_there = asyncio.Barrier(2)
        create = store.create_organisation

        async def create_when_both_there(name: str, kind: OrgKind) -> object:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(both_there.wait(), MEETING)
            return await create(name, kind)

        monkeypatch.setattr(store, "create_organisation", create_when_both_there)
        answers = await asyncio.gather(*(c.say(p) for c, p in zip(chats, POSTS, strict=True)))

        templates = [[reply.template for reply in replies] for replies in answers]
        assert not any("error" in replies for replies in templates), templates
        assert all(replies[0] == "event_card" for replies in templates), templates
        schools = [o for o in await store.list_organisations() if o.kind is OrgKind.SCHOOL]
        assert len(schools) == 1, schools
    finally:
        await store.close()
