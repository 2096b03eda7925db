"""Walk t (2026-12-02), finding 16, through the real bot and the local VK server: a partner
joined with the curator's code sends an event; the curator is told it waits for agreement
(a notice through the outbox); the partner's own «согласовано» agrees nothing; the curator's
«✅ Согласовать» button agrees it and the partner hears of it."""

from __future__ import annotations

import json
import re

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.vk_server import FakeVK

PARTNER = 3301


async def partner_event_waits(vk: FakeVK, partner: int) -> str:
    """The curator invites КГТУ, `partner` joins with the code and saves «Мастер-класс по
    Python» (15 декабря 2099, 15:00–16:00, 9 классы); returns the curator's «⏳ Ждёт вашего
    согласования (КГТУ)» notice once it has come."""
    vk.push_message(CURATOR, "пригласи партнёра КГТУ")
    await vk.wait_text(CURATOR, "Код приглашения", within=30)
    [code] = re.findall(r"«КГТУ»: ([A-Z2-9]{8})", vk.texts_to(CURATOR)[-1])
    vk.push_message(partner, code)
    await vk.wait_text(partner, "Готово!", within=30)
    vk.push_message(partner, "Мастер-класс по Python 15 декабря 2099 с 15:00 до 16:00, 9 классы")
    await vk.wait_text(partner, "Сохранить?", within=30)
    vk.push_message(partner, "да")
    await vk.wait_text(partner, "Сохранено", within=30)
    return await vk.wait_text(CURATOR, "Ждёт вашего согласования (КГТУ)", within=30)


async def test_a_partners_event_is_agreed_by_the_curator_over_vk(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    told = await partner_event_waits(vk, PARTNER)
    assert "Мастер-класс по Python" in told
    vk.push_message(PARTNER, "согласовано")
    await vk.wait_text(PARTNER, "Согласует мероприятия куратор", within=30)
    [event] = await app.store.events_between(app.planner.clock.now(), None)
    assert not event.agreed
    notice = next(m for m in vk.sent if CURATOR in m.peer_ids and "Ждёт вашего" in m.text)
    [button] = notice.buttons()
    assert button["label"] == "✅ Согласовать"
    pressed = json.loads(button["payload"])  # the curator presses it
    if button["type"] == "callback":
        vk.push_callback(CURATOR, pressed)
    else:
        vk.push_message(CURATOR, button["label"], payload=pressed)
    await vk.wait_text(CURATOR, "Согласовано ✅", within=30)
    heard = await vk.wait_text(PARTNER, "Куратор согласовал ваше мероприятие", within=30)
    assert "Мастер-класс по Python" in heard
    stored = await app.store.get_event(event.id)
    assert stored is not None
    assert stored.agreed
    vk.push_message(PARTNER, "что у меня согласовано?")
    state = await vk.wait_text(PARTNER, "Ваши мероприятия и их согласование", within=30)
    assert "✅ согласовано" in state
