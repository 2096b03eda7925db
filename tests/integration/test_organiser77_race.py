"""organiser77 (d): two staff members answer «да» at the same moment to cards naming the same
new partner. One partner results, both events are its, and neither gets «error». Run it on
PostgreSQL too, where the two messages really are concurrent transactions:

    .venv/bin/pytest -p tests.pg_everywhere tests/integration/test_organiser77_race.py

There the loser's INSERT waits on the unique name index until the winner commits, then
fails; organisers.new_partner takes the winner's partner. Before, the failure reached
the planner, which rolled the loser's message back and answered «error». On SQLite the
messages take turns, so the test checks the same outcome without a real race.

Nothing of ours is mocked. The store's create_organisation is only made to wait until
both messages have reached it, so the two inserts always meet."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import NOW, open_world

OTHER = 201  # a second teacher of the school
POSTS = (
    "Квест «Тайны города» 15 декабря в 16:00, 7Б, ул. Мира, 5. Организатор: Центр «Вектор»",
    "Лекция о роботах 16 декабря в 15:00, 8А, ул. Мира, 5. Организатор: Центр «Вектор»",
)
MEETING = 3.0  # seconds a message waits for the other at the insert (SQLite never meets)


async def test_two_da_at_once_make_one_new_partner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = await open_world(tmp_path / "plan.db", NOW, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        school = await world.store.find_organisation("Школа")
        assert school is not None
        await world.store.save_person(OTHER, Role.STAFF, "Игорь", school.id)
        other = replace(world, vk_id=OTHER)
        for chat, post in zip((world, other), POSTS, strict=True):
            [card] = await chat.say(post)
            assert card.template == "event_card", card.template
            assert "такого партнёра у меня ещё нет" in chat.text(card), chat.text(card)

        both_there = asyncio.Barrier(2)
        create = world.store.create_organisation

        async def create_when_both_there(name: str, kind: OrgKind) -> object:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(both_there.wait(), MEETING)
            return await create(name, kind)

        monkeypatch.setattr(world.store, "create_organisation", create_when_both_there)
        answers = await asyncio.gather(world.say("да"), other.say("да"))

        templates = [[reply.template for reply in replies] for replies in answers]
        assert all(replies[0] == "saved" for replies in templates), templates
        assert not any("error" in replies for replies in templates), templates
        partners = [o for o in await world.store.list_organisations() if "Вектор" in o.name]
        assert [o.name for o in partners] == ["Центр «Вектор»"], partners
        events = await world.store.events_between(NOW, None, organisation_id=partners[0].id)
        assert sorted(e.title for e in events) == ["Квест «Тайны города»", "Лекция о роботах"]
    finally:
        await world.store.close()
