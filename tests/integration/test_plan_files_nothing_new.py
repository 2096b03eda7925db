"""A plan file sent again with nothing new (newcomer walk 2026-12-03z, Z11): the reply says
so first, in two lines, and offers nothing to save, where it said «3 мероприятия готовы к
сохранению … Сохранить все 3?» and only then «🔁 Похоже, это обновлённый план»."""

from __future__ import annotations

from bot.plan_files import import_plan_file
from tests.integration.test_plan_files_update import (
    FIRST,
    HEADER,
    KGTU_REP,
    SECOND,
    World,
    first_plan_saved,
    store,
    world,
)
from tests.plan_file_world import reply_text as text
from tests.plan_makers import xlsx

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


async def test_a_file_with_a_row_deleted_is_not_nothing_new(world: World) -> None:
    """Attack 2026-12-03aa, #1: the earlier file's row left out is something to decide —
    «ничего нового» with no button hid the «Отменить их?» that «обнови прежние» asks."""
    before = await first_plan_saved(world)
    [reply] = await world.send(KGTU_REP, FIRST[:2])
    assert reply.template == "import_summary"
    shown = text(reply)
    assert "В этом файле нет 1 мероприятия из прежнего (строка удалена или скрыта)" in shown
    assert "Обновить прежние" in shown
    [done, asked] = await world.planner.handle(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated"
    assert asked.template == "plan_missing_question"
    assert "Олимпиада по программированию" in text(asked)
    assert await world.stored() == before  # nothing cancelled without «да»


async def test_a_file_with_a_row_hidden_is_not_nothing_new(world: World) -> None:
    """The same for a row hidden in Excel (not read, attack z2, #6): the chat names it."""
    await first_plan_saved(world)
    data = xlsx({"Декабрь": [HEADER, *FIRST]}, hidden_rows={"Декабрь": [4]})
    notes, reply = await import_plan_file(world.planner, KGTU_REP, "kgtu_plan_dec.xlsx", data)
    assert notes.template == "import_notes"
    assert "Олимпиада по программированию" in text(notes)
    assert reply.template == "import_summary"
    assert "нет 1 мероприятия из прежнего" in text(reply)
