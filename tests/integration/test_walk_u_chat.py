"""Walk u (2026-12-02, real partner announcements pasted into the console) in the chat:
findings F6 (the whole school said in words on an open card) and F7 (an event of several
days listed in every week it is on), over a real store (SQLite), a frozen clock and the
real templates. Sentences written for these tests after the walk's posts."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

# a card with the wrong classes guessed from one phrase, as p04's «Первоклассникам …»
FIRST_GRADERS = "Праздник «Волшебная страна знаний» 12 декабря 15:00-18:00, для 1-х классов"


async def _say(world: ChatWorld, text: str) -> tuple[list[str], str]:
    replies = await world.say(text)
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies)


# --- F6: «все классы» on an open card ----------------------------------------------------


@pytest.mark.parametrize(
    "said", ["все классы", "классы: все", "классы все", "для всех классов", "Для всех классов."]
)
async def test_the_whole_school_said_on_the_card_sets_all_classes(
    world: ChatWorld, said: str
) -> None:
    """Each sets the classes to all, as the ✏️ Классы button then «все» does: the card is
    shown again with «все классы», and «да» saves it so."""
    templates, card = await _say(world, FIRST_GRADERS)
    assert templates == ["event_card"], (templates, card)
    assert "1-е классы" in card or "1 классы" in card, card
    templates, card = await _say(world, said)
    assert templates == ["event_card"], (templates, card)
    assert "все классы" in card, card
    await _say(world, "да")
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert event.audience.is_everyone, event.audience
