"""parse56 item 2 through the real chat core (tests/chat_world.py; clock Tuesday 1 December
2026): a line that opens with its gathering and then names its event with its own clock. The
card shows the event's clock and title, the gathering as «🚩 Сбор», no 📍 from it. All
sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

teacher = chat_world.plan_teacher


async def test_an_opening_gathering_is_the_meeting_point(teacher: ChatWorld) -> None:
    for text, clock, title, shown in (
        (
            "Сбор у школы 11 декабря в 10:30, экскурсия в музей для 9Б в 11:00",
            "11:00",
            "Экскурсия в музей",
            "у школы 11 декабря в 10:30",
        ),
        (
            "Сбор команды у школы 12 декабря в 10:00, выезд на соревнования для 9Б в 10:30",
            "10:30",
            "Выезд на соревнования",
            "у школы 12 декабря в 10:00",
        ),
    ):
        lines = await teacher.card_lines(text)
        card = "\n".join(lines)
        assert title in card, (text, lines)
        assert clock in card, (text, lines)
        assert any(line.startswith("🚩 Сбор:") and shown in line for line in lines), (text, lines)
        assert not any(line.startswith("📍") and "школ" in line for line in lines), (text, lines)


async def test_a_gathering_alone_is_still_the_event(teacher: ChatWorld) -> None:
    """Guard: «Сбор 5 декабря у причала в 9:00» names no other event: the card is the
    gathering's own, its place the venue, no 🚩 line."""
    lines = await teacher.card_lines("Сбор 15 декабря у причала в 9:00 для 9Б")
    assert any(line.startswith("📍") and "причал" in line for line in lines), lines
    assert not any(line.startswith("🚩") for line in lines), lines
