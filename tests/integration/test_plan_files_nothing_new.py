"""A plan file sent again with nothing new (newcomer walk 2026-12-03z, Z11): the reply says
so first, in two lines, and offers nothing to save, where it said «3 мероприятия готовы к
сохранению … Сохранить все 3?» and only then «🔁 Похоже, это обновлённый план»."""

from __future__ import annotations

from tests.integration.test_plan_files_update import (
    FIRST,
    KGTU_REP,
    SECOND,
    World,
    first_plan_saved,
    store,
    world,
)
from tests.plan_file_world import reply_text as text

__all__ = ["store", "world"]


async def test_the_same_file_again_says_nothing_is_new(world: World) -> None:
    before = await first_plan_saved(world)
    [reply] = await world.send(KGTU_REP, FIRST)
    assert reply.template == "import_nothing_new"
    shown = text(reply)
    assert "ничего нового — все 3 мероприятия уже в плане без изменений" in shown
    assert "Сохранить" not in shown
    assert reply.buttons == ()
    [answer, *_] = await world.planner.handle(KGTU_REP, "да")  # nothing saved twice
    assert answer.template == "plan_all_stored"
    assert await world.stored() == before


async def test_a_file_with_one_change_still_gets_the_full_summary(world: World) -> None:
    """Guard: a moved row (or a new one) is something to save."""
    await first_plan_saved(world)
    [reply] = await world.send(KGTU_REP, SECOND)
    assert reply.template == "import_summary"
    assert "Обновить прежние" in text(reply)
