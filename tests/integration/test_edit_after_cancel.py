"""An edit that names no event («место: ауд. 310») after the curator cancelled the partner's
event he last looked at (newcomer walk 2026-12-02m, finding 16): the cancelled event is no
target — the partner is asked which of his live events he means, and nothing changes
before he answers. Real planner, real SQLite store, frozen clock, real templates."""

from __future__ import annotations

from tests.integration.test_conversation_changes import CURATOR, KGTU_REP, NOW, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция о роботах 10 декабря с 15:00 до 16:00, 9Б, ауд. 204"
OPEN_DAY = "День открытых дверей 12 декабря в 11:00, 11 классы, актовый зал"
TOUR = "Мастер-класс по пайке 14 декабря в 12:00, 10А"


async def test_an_unnamed_edit_after_the_curator_cancelled_asks_among_live_events(
    world: World,
) -> None:
    await add(world, KGTU_REP, LECTURE)
    await add(world, KGTU_REP, TOUR)
    await add(world, KGTU_REP, OPEN_DAY)  # the partner's last event looked at
    [card] = await world.say(CURATOR, "отмените день открытых дверей")
    assert "Отменить «День открытых дверей»" in world.text(card)
    [done, *_] = await world.say(CURATOR, "да")
    assert done.template == "cancelled", done.template
    [asked] = await world.say(KGTU_REP, "место: ауд. 310")
    text = world.text(asked)
    assert asked.template == "edit_which_event", text
    assert "1. 15:00 Лекция о роботах" in text, text
    assert "2. 12:00 Мастер-класс по пайке" in text, text
    assert text.startswith("«День открытых дверей» (12 декабря (сб), 11:00) уже отменено."), text
    assert text.count("День открытых дверей") == 1, text  # named as cancelled, not listed
    assert all(e.venue != "ауд. 310" for e in await world.store.events_between(NOW, None))
    [card] = await world.say(KGTU_REP, "2")
    assert card.template == "change_card", world.text(card)
    assert "ауд. 310" in world.text(card)


async def test_an_unnamed_edit_of_ones_own_live_event_still_goes_to_it(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "место: ауд. 310")
    assert card.template == "change_card", world.text(card)
    assert "Лекция о роботах" in world.text(card)
