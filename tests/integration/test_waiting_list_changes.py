"""Move and cancel cards and notices tell going and waiting students apart (newcomer walk
2026-12-01k, #14): the cards counted waiting-list students as «N записавшимся ученикам» and
a waiting student was told «Ваша запись сохранена» on a move. Now the card says «1
записавшемуся ученику, 1 ученику из листа ожидания» and the waiting student hears they are
still waiting. Real planner, store and templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
MUSEUM, FIRST, SECOND, THIRD = 500, 601, 602, 603
TOUR = "Экскурсия по фондам музея 14 декабря в 11:00, 8 классы, 1 место"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[tuple[Planner, SqliteStore]]:
    """A museum partner's saved one-seat tour: FIRST is going, SECOND and THIRD wait."""
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset({1})))
    museum = await store.create_organisation("Музей", OrgKind.PARTNER)
    await store.save_person(MUSEUM, Role.PARTNER, "Вера", museum.id)
    await planner.handle(MUSEUM, TOUR)
    assert (await planner.handle(MUSEUM, "да"))[0].template == "saved"
    for student in (FIRST, SECOND, THIRD):
        await planner.handle(student, "я из 8Б")
        await planner.handle(student, "что 14 декабря?")
        await planner.handle(student, "записаться 1")
    [tour] = await store.events_between(NOW, None)
    assert len(await store.signed_up(tour.id)) == 1
    assert len(await store.signed_up(tour.id, "waiting")) == 2
    yield planner, store
    await store.close()


def _text(replies: list[Reply]) -> str:
    return "\n".join(Renderer().render(r.template, r.context) for r in replies)


@pytest.mark.parametrize("change", ["перенеси экскурсию на 15 декабря", "отмени экскурсию"])
async def test_the_card_counts_going_and_waiting_students_apart(
    world: tuple[Planner, SqliteStore], change: str
) -> None:
    planner, _ = world
    card = await planner.handle(MUSEUM, change)
    shown = _text(card)
    assert card[0].template == "change_card", shown
    assert "1 записавшемуся ученику" in shown, shown
    assert "2 ученикам из листа ожидания" in shown, shown
    assert "записавшимся ученикам" not in shown, shown


async def test_a_waiting_student_is_not_told_their_place_is_kept(
    world: tuple[Planner, SqliteStore],
) -> None:
    planner, _ = world
    await planner.handle(MUSEUM, "перенеси экскурсию на 15 декабря")
    done = await planner.handle(MUSEUM, "да")
    to_students = {r.recipients: _text([r]) for r in done if r.template == "participant_moved"}
    assert set(to_students) == {(FIRST,), (SECOND, THIRD)}, to_students
    assert "Ваша запись сохранена" in to_students[(FIRST,)]
    waiting = to_students[(SECOND, THIRD)]
    assert "Ваша запись сохранена" not in waiting, waiting
    assert "в листе ожидания" in waiting, waiting
    assert "15 декабря" in waiting, waiting
