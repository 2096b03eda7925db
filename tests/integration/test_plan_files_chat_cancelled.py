"""A plan file sent again in the chat with a row the chat cancelled since (attack
2026-12-03aa, #3): the row is not offered for saving and «да» does not bring the event back
as a new live one; the summary names it «отменено в чате». Real planner, real store, xlsx
built with openpyxl."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.core.models import EventStatus
from tests.integration.test_plan_files_update import (
    BFU_REP,
    FIRST,
    KGTU_REP,
    SECOND,
    World,
    first_plan_saved,
    store,
    world,
)
from tests.plan_file_world import NOW
from tests.plan_file_world import reply_text as text

__all__ = ["store", "world"]


async def _move_and_cancel(world: World, title: str, days: int) -> None:
    """What «перенеси …» then «отмени …» in the chat write (days=0: only the cancel)."""
    [event] = [e for e in await world.store.events_between(NOW, None) if e.title == title]
    if days:
        moved = replace(
            event, start=event.start + timedelta(days=days), end=event.end + timedelta(days=days)
        )
        [event] = await world.store.update_events([moved], None)
    await world.store.update_events([replace(event, status=EventStatus.CANCELLED)], None)


async def test_a_row_moved_and_cancelled_in_the_chat_is_named_not_saved(world: World) -> None:
    await first_plan_saved(world)
    await _move_and_cancel(world, "Олимпиада по программированию", 1)
    before = await world.stored()
    [reply] = await world.send(KGTU_REP, SECOND)  # one time changed, one row new
    shown = text(reply)
    assert "Отменено в чате — не сохраняю:" in shown
    assert "строка 4: Олимпиада по программированию — 15 декабря" in shown
    assert "перед отменой — 16 декабря" in shown
    assert "Сохранить все 3" in shown  # the cancelled row is not among those to save
    [done, *_] = await world.planner.handle(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated", text(done)
    titles = sorted(t for _, t, _ in await world.stored())
    assert titles == sorted([*(t for _, t, _ in before), "Профпробы «Судовождение»"])


async def test_a_file_whose_only_news_is_a_cancelled_row_says_so(world: World) -> None:
    await first_plan_saved(world)
    await _move_and_cancel(world, "Олимпиада по программированию", 0)
    before = await world.stored()
    [reply] = await world.send(KGTU_REP, FIRST)
    shown = text(reply)
    assert "Отменено в чате — не сохраняю:" in shown
    assert "Олимпиада по программированию — 15 декабря" in shown
    [answer, *_] = await world.planner.handle(KGTU_REP, "да")
    assert answer.template in ("plan_all_stored", "nothing_pending"), text(answer)
    assert await world.stored() == before


async def test_another_partners_file_with_the_same_row_is_saved(world: World) -> None:
    """Guard: a cancel is its organisation's; БФУ's row with the same slot is its own."""
    await first_plan_saved(world)
    await _move_and_cancel(world, "Олимпиада по программированию", 0)
    [reply] = await world.send(BFU_REP, FIRST)
    assert "Отменено в чате" not in text(reply)
    assert "Сохранить все 3" in text(reply)


async def test_the_same_lecture_for_another_class_is_offered_and_saved(world: World) -> None:
    """Attack 2026-12-03af #1: the chat cancelled the lecture for 7а,7б; the partner's file
    now has it at the same time for 8а (another group, another room): that row is a new
    event, offered and saved — only the row of the cancelled classes is «отменено в чате»."""
    await first_plan_saved(world)
    await _move_and_cancel(world, "Лекция «Как устроен беспилотник»", 0)
    eighth = [*FIRST[0][:3], "8а", "ауд. 301"]
    [reply] = await world.send(KGTU_REP, [*FIRST, eighth])
    shown = text(reply)
    assert "Отменено в чате — не сохраняю:" in shown  # 7а,7б's row
    assert "Сохранить все 3" in shown  # 8а's row and the two stored ones, not 7а,7б's
    before = len(await world.stored())
    [answer, *_] = await world.planner.handle(KGTU_REP, "да")
    assert len(await world.stored()) == before + 1, text(answer)
