"""The Callback API server tried with odd but authentic-looking traffic (the right secret and
community): update types the bot does not handle, malformed objects, huge and non-JSON
bodies. Each is answered at once — "ok" for what VK may legitimately send, 4xx for garbage —
never left to VK's redelivery loop (a 503 after COMMIT_WAIT seconds, again and again)."""

from __future__ import annotations

import time
from typing import Any

import aiohttp

from bot.transports.vk.app import VkApp
from tests.e2e.test_vk_inbound import webhook
from tests.e2e.vk_server import GROUP_ID, FakeVK

__all__ = ["webhook"]  # the fixture

SECRET = "s3cret"


def update(kind: str, obj: Any, n: int) -> dict[str, Any]:
    return {
        "type": kind,
        "object": obj,
        "group_id": GROUP_ID,
        "event_id": f"odd{n}",
        "v": "5.199",
        "secret": SECRET,
    }


async def test_odd_updates_are_answered_at_once(vk: FakeVK, webhook: tuple[VkApp, str]) -> None:
    _, url = webhook
    odd = [
        update("message_reply", {"id": 1, "peer_id": 5, "from_id": -GROUP_ID, "text": "x"}, 1),
        update("group_join", {"user_id": 5, "join_type": "join"}, 2),
        update("message_typing_state", {"state": "typing", "from_id": 5, "to_id": -1}, 3),
        update("message_new", None, 4),
        update("message_new", {"message": {"text": "привет"}}, 5),
        update("message_event", {"user_id": "x"}, 6),
        update("no_such_type", [], 7),
    ]
    async with aiohttp.ClientSession() as http:
        for item in odd:
            started = time.monotonic()
            async with http.post(url, json=item) as response:
                status = response.status
            took = time.monotonic() - started
            assert status != 503, f"{item['type']}: left to VK's redelivery ({took:.1f} s)"
            assert took < 3.0, f"{item['type']} took {took:.1f} s"


async def test_garbage_bodies_are_refused(vk: FakeVK, webhook: tuple[VkApp, str]) -> None:
    app, url = webhook
    async with aiohttp.ClientSession() as http:
        for body, expected in [
            (b"not json", 400),
            (b"[1, 2]", 400),
            (b'{"type": "confirmation", "group_id": "4242x"}', 403),
            (b"\xff\xfe\x00", 400),
            (b"{" * 100_000, 400),
            (b"[" * 100_000, 400),  # nesting deeper than the JSON decoder recurses
            (b'{"a": ' * 50_000, 400),
            (b'{"a": "' + b"x" * (2 * 1024 * 1024) + b'"}', 413),
        ]:
            async with http.post(url, data=body) as response:
                assert response.status == expected, body[:40]
    assert not vk.sent
    assert app.store is not None
