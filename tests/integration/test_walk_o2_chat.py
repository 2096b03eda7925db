"""Newcomer walk 2026-12-02o, findings 11, 13, 15 and 16, as conversations through the
planner (real SQLite store, frozen clock, real templates): a student's change notice says
what changed (old → new name, place, time)."""

from __future__ import annotations

from bot.core.replies import Reply
from tests.integration.test_conversation_changes import KGTU_REP, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция «Искусственный интеллект» 10 декабря с 15:00 до 16:00, 9Б, ауд. 204"


async def _signed_up_student(world: World) -> None:
    await world.say(STUDENT, "я из 9Б")
    await world.say(STUDENT, "что 10 декабря?")
    [done, *_] = await world.say(STUDENT, "записаться 1")
    assert done.template == "signed_up", done.template


async def _students_notice(world: World, *said: str) -> str:
    replies: list[Reply] = []
    for text in said:
        replies = await world.say(KGTU_REP, text)
    [told] = [r for r in replies if STUDENT in r.recipients]
    return world.text(told)


# --- 13. a student's change notice says what changed ----------------------------------


async def test_a_renamed_event_names_its_old_title_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "назови лекцию «ИИ для школьников»", "да")
    assert "«ИИ для школьников»" in text, text
    assert "было «Лекция „Искусственный интеллект“»" in text, text


async def test_a_new_place_names_the_old_one_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "место: ауд. 310", "да")
    assert "ауд. 310" in text, text
    assert "Место было: ауд. 204" in text, text
    assert "Время было" not in text and "было «" not in text, text  # only what changed


async def test_a_moved_event_names_the_old_time_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "перенеси лекцию на 17:00", "да")
    assert "теперь 10 декабря (чт), 17:00–18:00" in text, text
    assert "было 10 декабря (чт), 15:00–16:00" in text, text
