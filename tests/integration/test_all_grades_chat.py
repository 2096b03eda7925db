"""«всем 8-м: в среду …» in the chat (eighteenth round, branch fixleft21): the card shows the
8th grades, never the class 8М; «Всем 8М: …» keeps the class. Over a real store (SQLite), a
frozen clock and the real templates."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


async def test_all_the_eighth_grades_on_the_card(world: ChatWorld) -> None:
    replies = await world.say("всем 8-м: в среду экскурсия в краеведческий музей в 10:00")
    card = "\n".join(world.text(r) for r in replies)
    assert replies[-1].template == "event_card", card
    assert "👥 8-е классы" in card, card
    assert "8М" not in card, card
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert (set(saved.audience.grades), set(saved.audience.classes)) == ({8}, set())


async def test_the_class_8m_stays_a_class(world: ChatWorld) -> None:
    replies = await world.say("Всем 8М: в среду экскурсия в краеведческий музей в 10:00")
    card = "\n".join(world.text(r) for r in replies)
    assert "👥 8М" in card, card
    assert "📌 Экскурсия в краеведческий музей\n" in card, card  # no «Всем:» left in it
