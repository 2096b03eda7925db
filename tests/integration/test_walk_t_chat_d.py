"""Walk t (2026-12-02, partners and the curator agreeing a term's plan) in the chat: findings
13, 11 and 17, over a real store (SQLite), a frozen clock and the real templates. Sentences
written for these tests."""

from __future__ import annotations

from bot.core.models import EventStatus
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> tuple[list[str], str]:
    replies = await world.planner.handle(world.vk_id, text)
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies)


async def _add(world: ChatWorld, text: str) -> None:
    """`text` sent and confirmed: one more event stored."""
    stored = len(await world.store.events_between(world.planner.clock.now(), None))
    await _say(world, text)
    await _say(world, "да")
    assert len(await world.store.events_between(world.planner.clock.now(), None)) == stored + 1


# --- finding 13: a polite cancellation after a greeting ----------------------------------


async def test_a_polite_cancellation_after_a_greeting_gets_the_cancel_card(
    world: ChatWorld,
) -> None:
    """«Добрый день! К сожалению, встречу 16-го придётся отменить, у нас заболел спикер.
    Отмените, пожалуйста»: the cancel card of the meeting on the 16th, no draft «Добрый
    день»; after «да» the event is cancelled and the reason kept."""
    await _add(world, "Профориентационная встреча 16 декабря 14:40-16:10, актовый зал, 8-9 классы")
    await _add(world, "Лекция по физике 17 декабря в 15:00, 9 классы")
    templates, card = await _say(
        world,
        "Добрый день! К сожалению, встречу 16-го придётся отменить, у нас заболел спикер. "
        "Отмените, пожалуйста",
    )
    assert templates == ["change_card"], (templates, card)
    assert "Профориентационная встреча" in card
    assert "Добрый день" not in card
    templates, done = await _say(world, "да")
    assert "cancelled" in templates, (templates, done)
    live = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in live if e.status is not EventStatus.CANCELLED] == ["Лекция по физике"]


async def test_a_greeting_then_a_request_naming_the_event_gets_the_card(
    world: ChatWorld,
) -> None:
    """«Здравствуйте! Отмените, пожалуйста, лекцию 17 декабря» and «Лекция 17 декабря.
    Отмените её, пожалуйста»: the lecture's cancel card each time."""
    await _add(world, "Профориентационная встреча 16 декабря 14:40-16:10, актовый зал, 8-9 классы")
    await _add(world, "Лекция по физике 17 декабря в 15:00, 9 классы")
    for text in (
        "Здравствуйте! Отмените, пожалуйста, лекцию 17 декабря",
        "Коллеги, добрый день! Лекция 17 декабря. Отмените её, пожалуйста",
    ):
        templates, card = await _say(world, text)
        assert templates == ["change_card"], (text, templates, card)
        assert "Лекция по физике" in card, card
        await _say(world, "нет")
