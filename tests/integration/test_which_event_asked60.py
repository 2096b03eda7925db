"""doubt60, in the chat over a real store, a frozen clock and the real templates: a post
naming a lecture and a fair, then «Мероприятие пройдёт 12 декабря в 15:00», is asked which
of the two is on that day (the doubt `several_events`), both names as buttons; the button
pressed is the saved title, and the question is not asked again. Sentences written for
these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = (
    "Лекция об астероидах и ярмарка поделок «Снежинка».\n"
    "Мероприятие пройдёт 12 декабря в 15:00 в актовом зале, для 9А."
)


async def _said(world: ChatWorld, text: str) -> tuple[list[str], str, list[dict[str, str]]]:
    replies = await world.say(text)
    payloads = [dict(b.payload) for r in replies for row in r.buttons for b in row]
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies), payloads


async def test_which_event_is_asked_and_the_pressed_name_saved(world: ChatWorld) -> None:
    templates, shown, payloads = await _said(world, POST)
    assert templates == ["ask_title_several"], (templates, shown)
    for said in ("два мероприятия", "12 декабря", "Лекция об астероидах", "Ярмарка поделок"):
        assert said in shown, shown
    names = [p["t"] for p in payloads]
    assert len(names) == 2, payloads
    fair = next(p for p in payloads if p["t"].startswith("Ярмарка"))
    replies = await world.press(fair)
    assert [r.template for r in replies] == ["event_card"], [r.template for r in replies]
    assert "📌 Ярмарка поделок" in world.text(replies[0])
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert saved.title.startswith("Ярмарка поделок")


async def test_a_typed_name_answers_and_no_second_question(world: ChatWorld) -> None:
    await world.say(POST)
    templates, card, _ = await _said(world, "Лекция об астероидах")
    assert templates == ["event_card"], (templates, card)
    assert "📌 Лекция об астероидах" in card
    templates, card, _ = await _said(world, "исправь время на 16:30")
    assert "ask_title_several" not in templates, (templates, card)
