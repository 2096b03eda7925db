"""A pasted post whose start clock is written only as a bound («пройдёт после 14:30») or as a
broadcast's start of an event held at a place («начало трансляции — в 19:00»: doubt74,
clock_bounds.py) is asked the time through the planner (`after_clock`, `relay_clock`), not
saved at that clock; the time answered is saved. Real planner, store and templates, frozen
clock; sentences our own. Read through the app's store only (both backends)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests import chat_world
from tests.chat_world import ChatWorld as World
from tests.chat_world import own

TZ = ZoneInfo("Europe/Kaliningrad")

AFTER = (
    "Открытый урок для старшеклассников. Урок «Профессии будущего», намеченный на 11 "
    "декабря, пройдёт после 14:30 в актовом зале. Об этом сообщили в управлении образования."
)
RELAY = (
    "На центральной площади города 20 декабря пройдёт новогодний бал выпускников. Ребят "
    "поздравит глава города, затем небо озарит фейерверк. Увидеть бал можно будет в прямом "
    "эфире городского телеканала, начало трансляции — в 19:00."
)


world = chat_world.partner_world  # a partner's chat, the clock at 1 December 2026


async def _saved_after(world: World, answer: str) -> list[datetime]:
    card = own(await world.say(answer))[-1]
    for _ in range(4):  # any further question (classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        card = own(await world.say("11 класс"))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [e.start.astimezone(TZ) for e in events]


async def _nothing_saved(world: World) -> bool:
    return await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_a_clock_after_a_bound_is_asked(world: World) -> None:
    asks = own(await world.say(AFTER))
    assert asks[-1].template == "ask_time", asks[-1].template
    assert "«после»" in world.text(asks[-1]), world.text(asks[-1])
    assert await _nothing_saved(world)


async def test_the_time_answered_after_a_bound_is_saved(world: World) -> None:
    own(await world.say(AFTER))
    assert await _saved_after(world, "в 15:00") == [datetime(2026, 12, 11, 15, 0, tzinfo=TZ)]


async def test_a_broadcasts_clock_is_asked(world: World) -> None:
    asks = own(await world.say(RELAY))
    assert asks[-1].template == "ask_time", asks[-1].template
    text = world.text(asks[-1])
    assert "трансляции" in text, text
    assert "19:00" in text, text
    assert await _nothing_saved(world)


async def test_the_broadcasts_clock_confirmed_is_saved(world: World) -> None:
    own(await world.say(RELAY))
    assert await _saved_after(world, "в 19:00") == [datetime(2026, 12, 20, 19, 0, tzinfo=TZ)]
