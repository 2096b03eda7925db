"""fixask62, in the chat over a real store, a frozen clock and the real templates
(tests/chat_world.py; SQLite, PostgreSQL under tests/pg_everywhere.py): three silent
wrong answers of review60 (findings 1, 2, 10). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

TWO_EVENTS = (
    "Турнир по шашкам «Белая ладья» и мастер-класс по лепке «Глина».\n"
    "Мероприятие пройдёт 16 декабря в 14:00 в спортзале, для 8Б."
)
LECTURE = "Лекция о вулканах 15 декабря в 15:00 в актовом зале для 9А"


# --- 1: «да», «оба» at «какое из них?» never pick the other event, never a title -------


@pytest.mark.parametrize("answer", ["да", "оба", "обе", "оба мероприятия", "Да, оба"])
async def test_yes_or_both_at_which_of_two_asks_again(world: ChatWorld, answer: str) -> None:
    """Before: «да» took the other event (the offer of «Как назвать?»), «оба» the title «Оба»."""
    templates, shown = await said(world, TWO_EVENTS)
    assert templates == ["ask_title_several"], (templates, shown)
    templates, shown = await said(world, answer)
    assert templates == ["ask_title_several_again"], (answer, templates, shown)
    assert "отдельным сообщением" in shown, shown
    assert "📌" not in shown, shown
    # the question still takes a name, and nothing was saved meanwhile
    templates, card = await said(world, "Турнир по шашкам")
    assert templates == ["event_card"], (templates, card)
    assert "📌 Турнир по шашкам" in card, card
    assert await world.store.events_between(world.planner.clock.now(), None) == []


async def test_a_pressed_name_after_asked_again_is_saved(world: ChatWorld) -> None:
    """Guard: the buttons are offered again and a press picks that event."""
    await world.say(TWO_EVENTS)
    replies = await world.say("да")
    payloads = [dict(b.payload) for r in replies for row in r.buttons for b in row]
    clay = next(p for p in payloads if p["t"].startswith("Мастер-класс"))
    replies = await world.press(clay)
    assert "📌 Мастер-класс по лепке" in world.text(replies[0])
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert saved.title.startswith("Мастер-класс по лепке")


# --- 2: «давай <another kind> <day>» under an open card is a new event --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Давай концерт 12 декабря в 18:00",
        "Давайте проведём концерт 12 декабря",
        "давай ещё концерт 12 декабря в 18:00",
    ],
)
async def test_wish_naming_another_kind_is_a_new_event(world: ChatWorld, text: str) -> None:
    """Before: the lecture's card moved to 12 December and «концерт» was dropped."""
    await world.say(LECTURE)
    templates, shown = await said(world, text)
    assert "draft_choice" in templates, (text, templates, shown)
    assert "Концерт" in shown, shown


@pytest.mark.parametrize("text", ["давай в 12:00", "ну давай 12 декабря", "Давайте 16 декабря"])
async def test_wish_with_no_kind_corrects_the_card(world: ChatWorld, text: str) -> None:
    """Guard: a wish naming only a day or a time corrects the card."""
    await world.say(LECTURE)
    templates, shown = await said(world, text)
    assert templates == ["event_card"], (text, templates, shown)
    assert "📌 Лекция о вулканах" in shown, shown


async def test_wish_naming_the_cards_own_kind_corrects_the_card(world: ChatWorld) -> None:
    """Guard: «давай проведём лекцию 12 декабря» is this card's lecture, moved."""
    await world.say(LECTURE)
    templates, shown = await said(world, "Давай проведём лекцию 12 декабря")
    assert templates == ["event_card"], (templates, shown)
    assert "12 декабря" in shown, shown
    assert "📌 Лекция о вулканах" in shown, shown


# --- 3: a correction verb with no card open is never a title -----------------------------


@pytest.mark.parametrize(
    "text",
    ["поменяй на 17 декабря", "поставь в 16:30", "Поменяйте на 18:00", "исправь на 17 декабря"],
)
async def test_correction_verb_without_a_card_is_no_title(world: ChatWorld, text: str) -> None:
    """Before: a draft titled «Поменяй» («Во сколько «Поменяй»?»)."""
    templates, shown = await said(world, text)
    assert templates == ["correction_no_card"], (text, templates, shown)
    assert "Поменяй" not in shown, shown
    assert "Поставь" not in shown, shown
    assert "перенеси" in shown.lower(), shown
