"""A sign-up named by its title finds titles with digit-and-Latin words: «не пойду на
мастер-класс по 3D-печати» cancels «Мастер-класс по 3D-печати» and not the other master
class («3D», «VR», «IT», «5G» are ordinary in titles; newcomer walk 2026-12-01e, finding 13:
the search read «по 3 печати» and found nothing) — through the real planner and store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, STUDENT = 10, 21
TITLES = (
    "Мастер-класс по 3D-печати",
    "Мастер-класс по рисованию",
    "VR-экскурсия по музею",
    "Лекция о сетях 5G",
    "Урок IT-грамотности",
)


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    ids: dict[str, int]

    async def say(self, text: str) -> list[Reply]:
        return await self.planner.handle(STUDENT, text)

    async def going(self) -> set[str]:
        now = datetime(2026, 12, 1, tzinfo=TZ)
        person = await self.store.get_person_by_vk(STUDENT)
        assert person is not None
        mine = await self.store.events_of_person(person.id, now)
        return {e.title for e, status in mine if status == "going"}


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=TZ)), PlannerConfig(tz=TZ)
    )
    org = await store.create_organisation("Технопарк", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9Б")
    events = await store.add_events(
        [
            NewEvent(
                title,
                org.id,
                datetime(2026, 12, 10 + n, 15, tzinfo=TZ),
                datetime(2026, 12, 10 + n, 16, tzinfo=TZ),
            )
            for n, title in enumerate(TITLES)
        ],
        None,
    )
    for event in events:
        [signed] = await planner.handle(STUDENT, "", {"a": "signup", "id": event.id})
        assert signed.template == "signed_up"
    yield World(store, planner, {e.title: e.id for e in events})
    await store.close()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("не пойду на мастер-класс по 3D-печати", "Мастер-класс по 3D-печати"),
        ("отпишите меня от VR-экскурсии", "VR-экскурсия по музею"),
        ("не пойду на лекцию о сетях 5G", "Лекция о сетях 5G"),
        ("передумал идти на урок IT-грамотности", "Урок IT-грамотности"),
    ],
)
async def test_a_cancel_by_a_title_with_a_latin_word_finds_it(
    world: World, text: str, title: str
) -> None:
    [reply] = await world.say(text)
    assert reply.template == "signup_cancelled"
    assert await world.going() == set(TITLES) - {title}


async def test_a_sign_up_by_such_a_title_finds_it(world: World) -> None:
    [cancelled] = await world.say("не пойду на мастер-класс по 3D-печати")
    assert cancelled.template == "signup_cancelled"
    replies = await world.say("запишите меня на мастер-класс по 3D-печати")
    assert replies[0].template == "signed_up"
    assert await world.going() == set(TITLES)
