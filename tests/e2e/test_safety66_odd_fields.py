"""safety66 #4: Callback API updates with the right secret and community whose fields have
the wrong type or size — a sender id that is a string, negative, huge or a boolean; text
that is a number, a list or a dict; a payload that is not JSON, a JSON list or 10,000
characters; an event id missing, an object or 10,000 characters; a button press whose
user or payload is of the wrong type. Each is answered at once (never 503, so VK does not
redeliver it for ever), nobody gets the «error» apology, nothing is written, and the bot
still answers the next message. Both backends (`-p tests.pg_everywhere`)."""

from __future__ import annotations

import itertools
import time
from typing import Any

import aiohttp

from bot.transports.vk.app import VkApp
from tests.e2e.test_attack_webhook import update
from tests.e2e.test_vk_inbound import seed_event, state, webhook
from tests.e2e.vk_server import BUTTON_ACTIONS, FakeVK

__all__ = ["webhook"]  # the fixture

PERSON = 3601
SORRY = "что-то пошло не так"
NUMBERS = itertools.count(1)
CLIENT = {"button_actions": BUTTON_ACTIONS, "keyboard": True, "inline_keyboard": True}


def message(**fields: Any) -> dict[str, Any]:
    """A message_new object; each has its own message id, as VK's have."""
    number = next(NUMBERS)
    base: dict[str, Any] = {
        "id": number,
        "date": int(time.time()),
        "peer_id": PERSON,
        "from_id": PERSON,
        "text": "помощь",
        "conversation_message_id": number,
        "out": 0,
        "version": 1,
        "attachments": [],
        "fwd_messages": [],
        "important": False,
        "is_hidden": False,
        "random_id": 0,
    }
    return {"message": {**base, **fields}, "client_info": CLIENT}


def odd_updates(event_id: int) -> list[dict[str, Any]]:
    bodies: list[tuple[str, Any]] = []
    for sender in ("3601", -PERSON, 2**70, True, None, 1.5):
        bodies.append(("message_new", message(from_id=sender, peer_id=sender)))
    for text in (12, ["отмени"], {"t": "x"}, None, "я" * 10_000):
        bodies.append(("message_new", message(text=text)))
    cancel = f'{{"a": "cancel_event", "id": {event_id}}}'
    for payload in ("{not json", "[1, 2]", cancel + " " * 10_000, 5, {"a": "cancel_event"}):
        bodies.append(("message_new", message(payload=payload)))
    for user in ("x", -1, 2**70, None):
        bodies.append(
            (
                "message_event",
                {
                    "user_id": user,
                    "peer_id": PERSON,
                    "event_id": "e1",
                    "payload": {"a": "cancel_event", "id": event_id},
                },
            )
        )
    for payload in ([1], "abc", 7, {"a": ["cancel_event"], "id": [event_id]}):
        bodies.append(
            (
                "message_event",
                {"user_id": PERSON, "peer_id": PERSON, "event_id": "e2", "payload": payload},
            )
        )
    updates = [update(kind, obj, n) for n, (kind, obj) in enumerate(bodies)]
    updates[0].pop("event_id")
    updates[1]["event_id"] = {"id": 1}
    updates[2]["event_id"] = "x" * 10_000
    return updates


async def test_odd_field_types_are_answered_at_once_and_do_nothing(
    vk: FakeVK, webhook: tuple[VkApp, str]
) -> None:
    app, url = webhook
    event_id = await seed_event(app)
    before = await state(app)
    async with aiohttp.ClientSession() as http:
        for item in odd_updates(event_id):
            started = time.monotonic()
            async with http.post(url, json=item) as response:
                status = response.status
            took = time.monotonic() - started
            assert status != 503, (item["object"], took)
            assert took < 5.0, (item["object"], took)
        good = update("message_new", message(text="помощь"), 999)
        async with http.post(url, json=good) as response:
            assert response.status == 200
    await vk.wait_for(lambda s: any("Согласовано" in t for t in s.texts_to(PERSON)), 15)
    assert not [m for m in vk.sent if SORRY in m.text]
    after = await state(app)
    assert after[0] == before[0]  # events
    assert after[4] == before[4]  # sign-ups
    assert after[5] == before[5]  # audit log
