"""Attack 2026-12-02s, #6 (wording) and the walk r «Left» note on authorless school
events: the planner over a real store, a frozen clock (Tuesday 1 December 2026,
partner_world), the real templates."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

LECTURE = "Лекция «Искусственный интеллект» 10 декабря в 15:00, 9–11 классы, ауд. 204"


async def _add(world: ChatWorld, text: str) -> None:
    await world.say(text)
    [saved, *_] = await world.say("да")
    assert saved.template == "saved", world.text(saved)


# --- #6d: the dropped card's notice comes before the new question ---------------------------


async def test_a_second_move_request_says_first_that_the_open_card_was_dropped(
    world: ChatWorld,
) -> None:
    await _add(world, LECTURE)
    [card] = await world.say("перенеси лекцию на 11 декабря в 16:00")
    assert card.template == "change_card", world.text(card)
    replies = await world.say("лекцию придётся перенести")
    assert [r.template for r in replies] == ["change_not_done", "ask_move_when"], [
        world.text(r) for r in replies
    ]
