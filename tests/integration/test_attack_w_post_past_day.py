"""Attack w (2026-12-02), #12, in the chat over a real store (SQLite), a frozen clock and the
real templates: a post of two events, one on a day already past, counts both, says the past
one is asked about after «да» (never «да» saves it in next year unasked, a plan's rule), and
«да» saves the other and then asks about the past day alone."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = (
    "Мастер-класс по робототехнике 12 декабря в 15:00 для 9А, ауд. 310. "
    "Также 25 ноября в 15:00 лекция для 9Б, ауд. 5."  # the clock: 1 December
)


async def test_the_past_day_is_asked_after_the_other_is_saved(world: ChatWorld) -> None:
    [summary] = await world.say(POST)
    shown = world.text(summary)
    assert "В сообщении два мероприятия" in shown, shown
    assert "сохранит и эти строки" not in shown, shown
    assert "о нём спрошу отдельно, после «да»" in shown, shown
    assert "Сохранить «Мастер-класс по робототехнике»?" in shown, shown
    replies = await world.say("да")
    texts = "\n".join(world.text(r) for r in replies)
    assert "имеется в виду 25 ноября 2027 года" in texts, texts
    saved = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in saved] == ["Мастер-класс по робототехнике"]
