"""Attack v (2026-12-02), finding 20, through the real bot and the local VK server: a post
naming a second day with its own clock («Также 22 декабря в 15:00 награждение …») is asked
«В сообщении две даты …»; the second day's button carries that day's own time (it offered
22 December at the first's 10:00), and pressing it puts the card there."""

from __future__ import annotations

import json

from bot.core.models import OrgKind, Role
from tests.e2e.conftest import Running

PARTNER = 2301
POST = (
    "Олимпиада по физике 15 декабря 2099 в 10:00 для 9–11 классов, ауд. 12. Также 22 декабря "
    "2099 в 15:00 награждение по итогам олимпиады, актовый зал."
)


async def test_the_second_days_button_carries_its_own_time(polling_bot: Running) -> None:
    vk, store = polling_bot.vk, polling_bot.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    vk.push_message(PARTNER, POST)
    asked = await vk.wait_text(PARTNER, "В сообщении две даты", within=30)
    assert "22 декабря, 15:00" in asked
    message = next(m for m in vk.sent if PARTNER in m.peer_ids and "две даты" in m.text)
    picks = [b for b in message.buttons() if "pick" in str(b.get("payload", ""))]
    assert [json.loads(b["payload"])["t"] for b in picks] == [
        "15.12.2099 10:00",
        "22.12.2099 15:00",
    ]
    second = picks[1]
    if second["type"] == "callback":
        vk.push_callback(PARTNER, json.loads(second["payload"]))
    else:
        vk.push_message(PARTNER, second["label"], payload=json.loads(second["payload"]))
    card = await vk.wait_text(PARTNER, "Я понял так", within=30)
    assert "22 декабря" in card
    assert "15:00" in card
