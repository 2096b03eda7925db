"""«без ограничения мест» on a draft card (leftconv21, item 3): it took a saved event's
limit off (leftconv20) but a draft's card answered «Извините, не понял — карточка не
изменилась» and kept «🎟 Мест: 20». Now the card loses the limit, as «мест: 25» already
changed it; the same at a question about a missing field. A partner's chat
(tests/chat_world.py), sentences written for this test."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

world = chat_world.partner_world

CARD = "Лекция о роботах 10 декабря в 15:00, 9Б, каб. 5, 20 мест"


async def saved_seats(world: ChatWorld) -> list[int | None]:
    start = datetime(2026, 12, 10, tzinfo=ZONE)
    found = await world.store.events_between(start, datetime(2026, 12, 11, tzinfo=ZONE))
    return [e.capacity for e in found]


@pytest.mark.parametrize(
    "words", ["без ограничения мест", "без ограничений по местам", "количество мест не ограничено"]
)
async def test_no_limit_on_a_draft_card(world: ChatWorld, words: str) -> None:
    templates, card = await said(world, CARD)
    assert "🎟 Мест: 20" in card
    templates, card = await said(world, words)
    assert templates == ["event_card"], card
    assert "🎟" not in card
    assert "не понял" not in card
    await said(world, "да")
    assert await saved_seats(world) == [None]


async def test_seats_then_no_limit_then_seats_on_a_draft(world: ChatWorld) -> None:
    await said(world, CARD)
    _, card = await said(world, "мест: 25")
    assert "🎟 Мест: 25" in card
    await said(world, "без ограничения мест")
    _, card = await said(world, "места: 30")
    assert "🎟 Мест: 30" in card
    await said(world, "да")
    assert await saved_seats(world) == [30]


async def test_no_limit_at_the_time_question(world: ChatWorld) -> None:
    _, asked = await said(world, "Лекция о роботах 10 декабря, 9Б, каб. 5, 20 мест")
    assert "Во сколько" in asked, asked
    _, again = await said(world, "без ограничения мест")
    assert "Во сколько" in again, again  # the seats taken, the time still asked
    _, card = await said(world, "в 15:00")
    assert "🎟" not in card, card
    await said(world, "да")
    assert await saved_seats(world) == [None]
