"""Review 2026-12-02, findings C2 and C8, in the chat over a real store (SQLite), a frozen
clock and the real templates: «какие занятия в спортзале?» asks what is held there (a list
to sign up from), not when the gym is free; «не 15 декабря, а 17» said after the 15th.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world

STUDENT = 300


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def test_which_classes_in_the_gym_lists_them_to_sign_up(world: ChatWorld) -> None:
    """C2: «занятия» is the noun «classes», not «занято»: the gym's events are listed (with
    sign-up), and «записаться 1» signs up for the one listed."""
    await _add(world, "Турнир по волейболу 3 декабря 15:00-16:00, спортзал, 9 классы")
    await _add(world, "Лекция 4 декабря 15:00-16:00, актовый зал, 9 классы")
    await _say(world, "я из 9А", STUDENT)
    templates, shown = await _say(world, "какие занятия в спортзале на неделе?", STUDENT)
    assert templates == ["events_list"], (templates, shown)
    assert "1. 15:00–16:00 Турнир по волейболу" in shown, shown
    assert "Лекция" not in shown
    templates, shown = await _say(world, "записаться 1", STUDENT)
    assert templates == ["signed_up"], (templates, shown)
    assert "«Турнир по волейболу»" in shown


async def test_is_the_gym_busy_is_still_a_free_time_question(world: ChatWorld) -> None:
    """C2's counter-case: «занят ли спортзал …?» still asks when it is busy."""
    await _add(world, "Турнир по волейболу 3 декабря 15:00-16:00, спортзал, 9 классы")
    templates, shown = await _say(world, "занят ли спортзал на этой неделе?")
    assert templates == ["room_busy"], (templates, shown)


async def test_a_replaced_day_just_past_is_this_years(world: ChatWorld) -> None:
    """C8: on 16 December «не 15 декабря, а 17» means this 15 December, as «не 15, а 17
    декабря» does — never 15 December of next year. The walk's event of the 15th is over by
    then, so both say there is nothing to move on that day, and name the same day."""
    await _add(world, "Лекция 15 декабря 15:00-16:00, 9 классы, ауд. 204")
    await _add(world, "Семинар 18 декабря 15:00-16:00, 9 классы, ауд. 204")
    clock = world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 12, 16, 10, 0, tzinfo=ZONE))
    answers = []
    for said in ("не 15 декабря, а 17", "не 15, а 17 декабря"):
        templates, shown = await _say(world, said)
        assert templates == ["correction_no_event_on_day"], (said, templates, shown)
        assert "2027" not in shown, shown
        answers.append(shown)
    assert answers[0] == answers[1]
    assert {e.start.day for e in await world.store.events_between(clock.now(), None)} == {18}
