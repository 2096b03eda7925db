"""Adversarial walk m (2026-12-02) in the chat: the planner over a real store, a frozen clock
(Tuesday 1 December 2026, 10:00, partner_world) and the real templates; what is saved is read
back from the store. Sentences written for these tests, not the walk's."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _saved(world: ChatWorld) -> list[tuple[str, str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (
            e.start.astimezone(ZONE).strftime("%d.%m %H:%M"),
            e.title,
            ",".join(sorted(e.audience.classes)),
        )
        for e in events
    )


# --- finding 2: the hours of a phone are not the event's time ------------------------------


async def test_phone_hours_on_a_reception_line_do_not_replace_the_event_time(
    world: ChatWorld,
) -> None:
    card = await _say(
        world,
        "Здравствуйте!\n"
        "Приём заявок до 14 декабря по тел. 8-911-222-33-44 (с 9 до 17).\n"
        "Планетарий приглашает 5А на лекцию «Зимнее небо» 17 декабря в 13:00.",
    )
    assert "13:00" in card
    assert "09:00" not in card
    assert "17:00" not in card
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["17.12 13:00"]
