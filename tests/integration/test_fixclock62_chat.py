"""fixclock62: an end typed on the open card before its start is asked, never a crash nor a
silent evening (review60 #6), through the real chat core (tests/chat_world.py: real planner,
a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real templates; clock
Tuesday 1 December 2026). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

partner = chat_world.partner_world


@pytest.mark.parametrize(
    ("card", "reply"),
    [
        ("Мастер-класс по рисованию 16 декабря в 18:00, ауд. 105, для 8 классов", "до 17"),
        ("Мастер-класс по рисованию 16 декабря в 18:00, ауд. 105, для 8 классов", "и время до 17"),
        ("Мастер-класс по рисованию 16 декабря в 14:00, ауд. 105, для 8 классов", "время до 10"),
    ],
)
async def test_an_end_before_the_start_on_the_card_is_asked(
    partner: ChatWorld, card: str, reply: str
) -> None:
    """Before: «до 17» on an 18:00 card was «Ой, что-то пошло не так» (the hour became 29);
    «время до 10» on a 14:00 card gave 14:00–22:00 unasked."""
    await said(partner, card)
    templates, answer = await said(partner, reply)
    assert "error" not in templates, answer
    assert "Окончание получилось раньше начала" in answer, (reply, answer)
    assert "22:00" not in answer, answer


async def test_a_short_afternoon_end_on_the_card_still_reads_as_the_afternoon(
    partner: ChatWorld,
) -> None:
    """Guard: «до 5» on a 15:00 card is 17:00, as chat49 read it."""
    await said(partner, "Мастер-класс по рисованию 16 декабря в 15:00, ауд. 105, для 8 классов")
    templates, answer = await said(partner, "до 5")
    assert templates == ["event_card"], answer
    assert "15:00–17:00" in answer, answer


async def test_the_asked_time_answered_opens_the_card_again(partner: ChatWorld) -> None:
    """After the question, the clock typed in full is the card's, with no doubt left."""
    await said(partner, "Мастер-класс по рисованию 16 декабря в 18:00, ауд. 105, для 8 классов")
    await said(partner, "до 17")
    templates, answer = await said(partner, "с 18:00 до 19:30")
    assert templates == ["event_card"], answer
    assert "18:00–19:30" in answer, answer
