"""Newcomer walk 2026-12-03y, Y13: a partner's «какие мероприятия со школой №7
согласованы?» got «Среди ваших мероприятий нет «какие мероприятия школой №7».» before the
right list — the question's own words quoted as a missing title. Now a question about which
of one's events are agreed is the list with each one's state, and nothing is quoted back;
a title that names no event of theirs still is (attack v, #25). A partner's chat
(tests/chat_world.py), sentences of the walk and written for this test."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


@pytest.mark.parametrize(
    "question",
    [
        "какие мероприятия со школой №7 согласованы?",
        "какие мероприятия согласованы?",
        "а какие из наших мероприятий одобрили?",
        "сколько встреч утвердили?",
    ],
)
async def test_which_events_are_agreed_is_the_list_without_a_quote(
    world: ChatWorld, question: str
) -> None:
    await said(world, "Квест по кораблю 10 декабря в 15:00, 9Б, причал 3")
    await said(world, "да")
    templates, answer = await said(world, question)
    assert templates == ["agreement_list"], answer
    assert "Квест по кораблю" in answer
    assert "Среди ваших мероприятий нет" not in answer, answer


async def test_an_event_not_theirs_is_still_named_missing(world: ChatWorld) -> None:
    await said(world, "Квест по кораблю 10 декабря в 15:00, 9Б, причал 3")
    await said(world, "да")
    _, answer = await said(world, "а мастер-класс по робототехнике одобрили?")
    assert "Среди ваших мероприятий нет «мастер-класс по робототехнике»" in answer, answer
