"""parse78: a short paste under its publication stamp and a place said back («там же»),
through the real chat core (tests/chat_world.py: a partner of КГТУ, clock
Tuesday 1 December 2026, 10:00; the real planner, a real store, the real templates). All
sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


async def test_a_short_pasted_report_asks_its_stamps_day_never_its_minute(
    world: ChatWorld,
) -> None:
    """Before: saved at the stamp's 09:47 (the site's minute) unasked. Now the stamp's day is
    offered and asked; «да» keeps it all day."""
    templates, text = await said(
        world, "01.12.2026 09:47\nУченики 3А класса побывали на экскурсии в пожарной части."
    )
    assert "кроме даты публикации" in text, text
    assert "09:47" not in text, text
    templates, text = await said(world, "да")
    assert templates == ["event_card"], text
    assert "🗓 1 декабря (вт), весь день" in text, text
    assert "09:47" not in text, text


async def test_a_place_said_back_is_not_in_the_card_title(world: ChatWorld) -> None:
    """Before: the event titled «Там же ярмарка». Now «Ярмарка»; where «там» is the message
    does not say, so the place is asked."""
    templates, text = await said(world, "12 декабря в 15:00 там же пройдёт ярмарка для 3А")
    assert templates == ["ask_edit"], text  # where «там» is, the message does not say
    assert "Там же" not in text, text
    assert "«Ярмарка»" in text, text
