"""A post whose only day is written after «до», whatever verb governs it («Увидеть «Мир
красок» можно будет до 20 декабря»), asks the span from today to that day instead of saving
its last day as the start (doubt64). Real planner, store and templates, frozen clock (1
December 2026)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = (
    "Вчера в Доме культуры открылась выставка детских рисунков. Увидеть «Мир красок» юных "
    "художников можно будет до 20 декабря, 9 классы"
)


async def test_a_day_written_only_after_until_asks_the_span(world: ChatWorld) -> None:
    replies = await world.say(POST)
    text = "\n".join(world.text(r) for r in replies)
    labels = [world.renderer.button_label(b) for r in replies for row in r.buttons for b in row]
    assert "с 1 по 20 декабря" in text, text
    assert any(label.startswith("Все дни: 1–20 декабря") for label in labels), labels
    replies = await world.say("все дни")
    card = "\n".join(world.text(r) for r in replies)
    assert "1–20 декабря" in card, card
