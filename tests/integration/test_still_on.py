"""«Отмена отменяется! Концерт хора 17 декабря состоится» answers that the event stays as
planned, or that nothing changes — never a new draft (newcomer walk 2026-12-02n: it became
a draft asking «Во сколько?»). Real planner, store and templates."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world
STILL_ON = "Отмена отменяется! Концерт хора 17 декабря состоится"


async def test_a_live_event_stays_and_nothing_is_drafted(world: ChatWorld) -> None:
    await world.say("Концерт хора 17 декабря в 15:00, 9А")
    await world.say("да")
    [reply] = await world.say(STILL_ON)
    text = world.text(reply)
    assert reply.template == "still_on", text
    assert "• «Концерт хора», 17 декабря (чт), 15:00" in text, text
    [mine] = await world.say("да")  # no draft was opened: «да» saves nothing
    assert mine.template != "saved", world.text(mine)
    assert await world.store.count_events() == 1


async def test_a_cancelled_or_unknown_event_changes_nothing(world: ChatWorld) -> None:
    [unknown] = await world.say(STILL_ON)
    assert unknown.template == "still_on_nothing", world.text(unknown)
    assert "не нашёл «концерт хора 17 декабря»" in world.text(unknown)
    await world.say("Концерт хора 17 декабря в 15:00, 9А")
    await world.say("да")
    await world.say("Концерт хора 17 декабря не состоится")
    await world.say("да")
    [cancelled] = await world.say(STILL_ON)
    text = world.text(cancelled)
    assert cancelled.template == "still_on_nothing", text
    assert "«Концерт хора», 17 декабря (чт), 15:00, отменено" in text, text
    assert await world.store.count_events() == 1
