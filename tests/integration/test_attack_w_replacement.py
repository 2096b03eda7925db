"""Attack w (2026-12-02), #4, in the chat over a real store (SQLite), a frozen clock and the
real templates: a post announcing a new event that also says an earlier one «отменён» is read
as the new event; the earlier one, when saved, is offered to be replaced by it («да»: same
event, new title, sign-ups kept), and nothing is lost when there is none."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

OLD = "Концерт «Щелкунчик» 20 декабря в 12:00 для 5А, актовый зал"
POST = (
    "Концерт «Зима» 20 декабря в 12:00 для 5А, актовый зал. "
    "Концерт «Щелкунчик» отменён, будет концерт «Зима»."
)


async def test_the_new_event_replaces_the_called_off_one(world: ChatWorld) -> None:
    await world.say(OLD)
    await world.say("да")
    [card] = await world.say(POST)
    shown = world.text(card)
    assert card.template == "event_card", shown
    assert "📌 Концерт «Зима»" in shown, shown
    assert "отменено ваше мероприятие: Концерт «Щелкунчик»" in shown, shown
    await world.say("да")
    saved = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in saved] == ["Концерт «Зима»"]


async def test_with_nothing_to_replace_the_new_event_is_saved(world: ChatWorld) -> None:
    [card] = await world.say(POST)
    assert card.template == "event_card", world.text(card)
    await world.say("да")
    saved = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in saved] == ["Концерт «Зима»"]


async def test_a_plain_cancel_news_still_cancels(world: ChatWorld) -> None:
    await world.say(OLD)
    await world.say("да")
    replies = await world.say("Концерт «Щелкунчик» отменён.")
    assert "Щелкунчик" in world.text(replies[0])
    assert replies[0].template != "event_card"
