"""Newcomer walk t (2026-12-02), finding 15: the free time a card proposes when it clashes
can be picked in words — «давайте первый вариант», «второй», «2» — on a new event's card and
on a move card; the card is shown again with that time, and «да» stores it. The planner over
a real store (SQLite), a frozen clock (Tuesday 1 December 2026) and the real templates.
Sentences written for these tests."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world

LECTURE = "Лекция «Цифровые двойники» 18 декабря с 16:00 до 17:30, 9 классы, актовый зал"
HACKATHON = "Мини-хакатон 18 декабря с 16:00 до 18:00, 9 классы, актовый зал"


async def _say(world: ChatWorld, text: str) -> str:
    replies = await world.planner.handle(world.vk_id, text)
    return "\n".join(world.text(r) for r in replies)


def _proposals(card: str) -> list[str]:
    """The «18 декабря (пт), 17:30–19:30» lines under «Свободное время …»."""
    tail = card.split("Свободное время", 1)[1]
    return re.findall(r"^• (.+)$", tail, flags=re.MULTILINE)


async def _hackathon(world: ChatWorld) -> Event:
    found = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    [event] = [e for e in found if "хакатон" in e.title]
    return event


def _shown(event: Event) -> str:
    start, end = event.start.astimezone(ZONE), event.end.astimezone(ZONE)
    return f"{start:%H:%M}–{end:%H:%M}"


@pytest.mark.parametrize(
    ("text", "number"),
    [("давайте первый вариант", 1), ("второй", 2), ("2", 2), ("вариант 3", 3)],
)
async def test_a_new_events_proposal_is_picked_in_words(
    world: ChatWorld, text: str, number: int
) -> None:
    await _say(world, LECTURE)
    await _say(world, "да")
    card = await _say(world, HACKATHON)
    proposals = _proposals(card)
    assert len(proposals) >= number, card
    picked = proposals[number - 1]
    again = await _say(world, text)
    assert "Я понял так" in again, again
    assert picked.split(", ")[-1] in again.split("\n")[2], again  # the card's 🗓 line
    saved = await _say(world, "да")
    assert "Сохранено" in saved, saved
    assert _shown(await _hackathon(world)) == picked.split(", ")[-1]


async def test_a_move_cards_proposal_is_picked_in_words(world: ChatWorld) -> None:
    await _say(world, LECTURE)
    await _say(world, "да")
    await _say(world, "Мини-хакатон 17 декабря с 16:00 до 18:00, 9 классы, актовый зал")
    await _say(world, "да")
    card = await _say(world, "перенесите хакатон на 18 декабря в 16:00")
    proposals = _proposals(card)
    assert proposals, card
    again = await _say(world, "давайте первый вариант")
    assert proposals[0].split(", ")[-1] in again, again
    done = await _say(world, "да")
    assert "хакатон" in done.lower(), done
    hackathon = await _hackathon(world)
    assert _shown(hackathon) == proposals[0].split(", ")[-1]
    assert hackathon.start.astimezone(ZONE).day == int(proposals[0].split()[0])


async def test_a_proposal_the_card_does_not_have_changes_nothing(world: ChatWorld) -> None:
    await _say(world, LECTURE)
    await _say(world, "да")
    await _say(world, HACKATHON)
    reply = await _say(world, "пятый вариант")
    assert "нет 5-го варианта" in reply, reply
    await _say(world, "да")
    assert _shown(await _hackathon(world)) == "16:00–18:00"
