"""Walk v (2026-12-02), finding F9: «Накладок нет ✅» was printed right under a note that the
same students have lessons then, which reads as a contradiction. Under such a note the line
says what it checked: «Накладок с другими мероприятиями нет ✅»; without one it stays short.
Over a real store (SQLite), a frozen clock and the real templates."""

from __future__ import annotations

from pathlib import Path

from tests import chat_world
from tests.chat_world import ChatWorld, own, said

world = chat_world.partner_world


async def test_a_card_in_lesson_time_says_what_it_checked(world: ChatWorld) -> None:
    """At 12:00 on a school day the card notes the lessons and says no clash with other
    events; at 16:00 (after lessons) it keeps the short «Накладок нет ✅»."""
    templates, card = await said(world, "Лекция 16 декабря в 12:00, 9А, ауд. 5")
    assert templates == ["event_card"], (templates, card)
    assert "уроки у 9-х классов" in card, card
    assert "Накладок нет ✅" not in card, card
    assert "Накладок с другими мероприятиями нет ✅" in card, card
    await said(world, "нет")
    templates, card = await said(world, "Лекция 16 декабря в 16:00, 9А, ауд. 5")
    assert "Учебный календарь" not in card, card
    assert "Накладок нет ✅" in card, card


async def test_the_curators_clash_overview_beside_lessons(tmp_path: Path) -> None:
    """«накладки» with no clash but an event in lesson time: «…накладок с другими
    мероприятиями нет ✅» above the school calendar's note."""
    async with chat_world.curator_world(tmp_path / "plan.db", chat_world.NOW) as curator:
        templates, card = await said(curator, "Эстафета 16 декабря в 11:00, все классы, стадион")
        assert templates == ["event_card"], (templates, card)
        own(await curator.say("да"))
        templates, overview = await said(curator, "накладки")
        assert "Учебный календарь" in overview, overview
        assert "накладок нет ✅" not in overview, overview
        assert "накладок с другими мероприятиями нет ✅" in overview, overview
