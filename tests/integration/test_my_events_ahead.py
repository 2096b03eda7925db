"""An organiser's «мои мероприятия» beyond two months, through the planner (real SQLite
store, frozen clock 23 November 2026, real templates; newcomer walk 2026-12-01h, #4 and #5):
events planned for the spring term are listed (never «нет запланированных»), a long plan says
how many are left and how to see them, and «мои мероприятия в марте» is that month of one's
own plan, not another school."""

from __future__ import annotations

from tests.integration.test_conversation_changes import BFU_REP, KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def test_only_spring_events_are_listed_not_none(world: World) -> None:
    await add(world, KGTU_REP, "Лекция о космосе 25 февраля в 15:00, 8 классы")
    await add(world, KGTU_REP, "Лекция о роботах 5 марта в 15:00, 8 классы")
    [mine] = await world.say(KGTU_REP, "мои мероприятия")
    assert mine.template == "my_events"
    text = world.text(mine)
    assert "нет запланированных" not in text
    assert "Лекция о космосе" in text
    assert "Лекция о роботах" in text


async def test_a_month_after_my_events_is_that_month_of_ones_own_plan(world: World) -> None:
    await add(world, KGTU_REP, "Лекция о космосе 25 февраля в 15:00, 8 классы")
    await add(world, KGTU_REP, "Лекция о роботах 5 марта в 15:00, 8 классы")
    await add(world, BFU_REP, "Экскурсия в музей 10 марта в 12:00, 7 классы")
    [march] = await world.say(KGTU_REP, "мои мероприятия в марте")
    assert march.template == "my_events"
    text = world.text(march)
    assert "Лекция о роботах" in text
    assert "Лекция о космосе" not in text  # February
    assert "Экскурсия в музей" not in text  # another organiser's
    assert "март" in text
    [april] = await world.say(KGTU_REP, "мои мероприятия в апреле")
    assert april.template == "my_events"
    assert "Лекция" not in world.text(april)
    # a numbered school is still a school, never «в 2 часа»
    [school] = await world.say(KGTU_REP, "мои мероприятия во 2 школе")
    assert school.template != "my_events"


async def test_a_long_plan_says_how_many_are_left_and_how_to_see_them(world: World) -> None:
    lines = [f"Занятие кружка {n} декабря в 15:00, 8 классы" for n in range(1, 31)]
    lines += ["Лекция о роботах 5 марта в 15:00, 8 классы"]
    await world.say(KGTU_REP, "\n".join(lines))
    [saved, *_] = await world.say(KGTU_REP, "да")
    assert saved.template == "saved", saved.template
    [mine] = await world.say(KGTU_REP, "мои мероприятия")
    text = world.text(mine)
    assert "ещё 1 мероприятие" in text
    assert "«мои мероприятия в марте»" in text
