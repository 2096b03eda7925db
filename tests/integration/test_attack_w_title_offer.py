"""Attack w (2026-12-02), #9, in the chat over a real store (SQLite), a frozen clock and the
real templates: a short answer to «Как назвать «Спектакль»?» picks one of its two buttons
(«первое», «да, первое», «ок» the post's own name; «второе», «оставь», «нет» the bare kind);
it is never the title, and «нет» never throws the draft away."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = (
    "Театр кукол подарит гостям спектакль в стихах «Зайкина избушка» 20 декабря в 12:00 "
    "для 5-х классов, актовый зал."
)
OFFER = "Спектакль «Зайкина избушка»"


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("первое", OFFER),
        ("первый вариант", OFFER),
        ("да, первое", OFFER),
        ("ок, первое", OFFER),
        ("да", OFFER),
        ("второе", "Спектакль"),
        ("оставь", "Спектакль"),
        ("оставить как есть", "Спектакль"),
        ("нет", "Спектакль"),
        ("нет, оставь «Спектакль»", "Спектакль"),
    ],
)
async def test_a_short_answer_picks_a_button(world: ChatWorld, answer: str, title: str) -> None:
    [asked] = await world.say(POST)
    assert asked.template == "ask_title_offered", world.text(asked)
    replies = await world.say(answer)
    assert [r.template for r in replies] == ["event_card"], [world.text(r) for r in replies]
    assert f"📌 {title}\n" in world.text(replies[0]), world.text(replies[0])
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert saved.title == title


async def test_a_typed_name_is_still_the_title(world: ChatWorld) -> None:
    await world.say(POST)
    [card] = await world.say("Кукольный спектакль")
    assert "📌 Кукольный спектакль\n" in world.text(card), world.text(card)
