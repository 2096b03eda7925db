"""Attack v (2026-12-02), finding 16, through the real bot and the local VK server: a
malformed «✅ Согласовать» payload from the curator agrees nothing, and the button of a
notice about an event moved since shows the event as it is now and asks again; only the
new button agrees it."""

from __future__ import annotations

import json
from typing import Any

from bot.core.models import EventStatus
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_agreement import partner_event_waits
from tests.e2e.vk_server import FakeVK

PARTNER = 3302


def _press(vk: FakeVK, button: dict[str, Any]) -> None:
    pressed = json.loads(button["payload"])
    if button["type"] == "callback":
        vk.push_callback(CURATOR, pressed)
    else:
        vk.push_message(CURATOR, button["label"], payload=pressed)


async def _wait_count(vk: FakeVK, fragment: str, count: int) -> None:
    """Wait until `count` texts to the curator contain `fragment`."""
    await vk.wait_for(lambda s: sum(fragment in t for t in s.texts_to(CURATOR)) >= count, within=30)


async def test_a_malformed_or_stale_agree_button_agrees_nothing_over_vk(
    polling_bot: Running,
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    await partner_event_waits(vk, PARTNER)
    for count, forged in enumerate(({"a": "agree", "id": "abc"}, {"a": "agree"}), 1):
        vk.push_message(CURATOR, "✅ Согласовать", payload=forged)
        await _wait_count(vk, "Эта кнопка уже не работает", count)
    [event] = await app.store.events_between(app.planner.clock.now(), None)
    assert not event.agreed
    vk.push_message(PARTNER, "перенеси на 17:00")
    await vk.wait_text(PARTNER, "Перенести", within=30)
    vk.push_message(PARTNER, "да")
    await vk.wait_text(PARTNER, "Перенесено", within=30)
    notice = next(m for m in vk.sent if CURATOR in m.peer_ids and "Ждёт вашего" in m.text)
    [old] = notice.buttons()
    _press(vk, old)
    stale = await vk.wait_text(CURATOR, "изменилось после уведомления", within=30)
    assert "17:00" in stale
    stored = await app.store.get_event(event.id)
    assert stored is not None
    assert not stored.agreed
    shown = next(m for m in vk.sent if CURATOR in m.peer_ids and "изменилось" in m.text)
    [again] = shown.buttons()
    _press(vk, again)
    await vk.wait_text(CURATOR, "Согласовано ✅", within=30)
    stored = await app.store.get_event(event.id)
    assert stored is not None
    assert stored.agreed


async def test_an_old_withdraw_button_never_cancels_over_vk(polling_bot: Running) -> None:
    """Attack w, #1 (and #10: an event far ahead found by name): «↩️ Да, отозвать» pressed
    after a cancel card opened answers «Эта кнопка уже устарела» and cancels nothing; the
    payload of a button from before the buttons named their question (or forged) the same."""
    vk, app = polling_bot.vk, polling_bot.app
    await partner_event_waits(vk, PARTNER)
    vk.push_message(CURATOR, "согласую мастер-класс")
    await vk.wait_text(CURATOR, "Согласовано ✅", within=30)
    vk.push_message(CURATOR, "отзови согласование мастер-класса")
    await vk.wait_text(CURATOR, "Отозвать согласование?", within=30)
    question = next(m for m in vk.sent if CURATOR in m.peer_ids and "Отозвать согласов" in m.text)
    withdraw = question.buttons()[0]
    [event] = await app.store.events_between(app.planner.clock.now(), None)
    # the plan's «❌ Отменить» (a card months ahead: not by name, which looks 60 days ahead)
    vk.push_message(CURATOR, "Отменить", payload={"a": "cancel_event", "id": event.id})
    await vk.wait_text(CURATOR, "Отменить «", within=30)
    _press(vk, withdraw)
    await _wait_count(vk, "Эта кнопка уже устарела", 1)
    old = {"a": "change", "v": 1, "id": event.id}  # no question named: answers none
    vk.push_message(CURATOR, "Да", payload=old)
    await _wait_count(vk, "Эта кнопка уже устарела", 2)
    stored = await app.store.get_event(event.id)
    assert stored is not None
    assert stored.status is not EventStatus.CANCELLED
    assert stored.agreed
    assert not any("Отменено" in t for t in vk.texts_to(PARTNER))
