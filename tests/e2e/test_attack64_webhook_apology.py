"""Attack 64, #3: a Callback API update failing on every redelivery (the database failing
at each try) was never apologised for — each try's «error» reply is an after-commit action
of the unit that rolled back, and VK, answered 503, stops redelivering after its tries:
silence (attack61 fixed it for Long Poll only). VK marks a redelivery with the header
`X-Retry-Counter`; the first delivery has none. Exactly one delivery of an update is the
first, in whichever worker it lands, so the person is told once when that delivery's every
try failed, and never by a redelivery: heard once, never twice, with no memory shared by
workers (the database is what is failing). A redelivery that then goes through does the
update once (its real reply follows the apology). Both backends.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from bot.transports.vk.app import VkApp
from bot.transports.vk.updates import UNIT_TRIES
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_vk_inbound import webhook
from tests.e2e.vk_server import FakeVK

__all__ = ["webhook"]  # the fixture

SECRET = "s3cret"
PERSON = 3001
SORRY = "что-то пошло не так"


def _failing(app: VkApp, monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """Every unit of an update fails at its COMMIT while `state["down"]`; units counted."""
    gate = app.store._gate
    real = gate._finish
    state = {"down": True}

    async def commit_fails(unit: Any) -> None:
        if state["down"] and unit.update_id is not None:
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)

    monkeypatch.setattr(gate, "_finish", commit_fails)
    return state


def _sorries(vk: FakeVK) -> int:
    return sum(1 for m in vk.sent if SORRY in m.text and PERSON in m.peer_ids)


async def _post(http: aiohttp.ClientSession, url: str, update: dict[str, Any], tries: int) -> int:
    headers = {"X-Retry-Counter": str(tries)} if tries else {}
    async with http.post(url, json=update, headers=headers) as response:
        return response.status


async def test_an_update_failing_on_every_delivery_is_apologised_for_once(
    vk: FakeVK, webhook: tuple[VkApp, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, url = webhook
    state = _failing(app, monkeypatch)
    update = {**vk.push_message(PERSON, "помощь"), "secret": SECRET}
    async with aiohttp.ClientSession() as http:
        assert await _post(http, url, update, 0) == 503
        await until(lambda: _sorries(vk) >= 1)
        for tries in range(1, 5):  # VK's redeliveries, each failing every try
            assert await _post(http, url, update, tries) == 503
        assert _sorries(vk) == 1
        assert not await app.store.update_handled(update["event_id"])
        state["down"] = False  # the database is back: the next redelivery does it, once
        assert await _post(http, url, update, 5) == 200
        await vk.wait_text(PERSON, "Согласовано")
        assert await _post(http, url, update, 6) == 200  # and a late repeat is skipped
    helps = sum(1 for m in vk.sent if "Согласовано" in m.text and PERSON in m.peer_ids)
    assert (helps, _sorries(vk)) == (1, 1)
    assert UNIT_TRIES >= 1


async def test_a_redelivery_alone_failing_stays_quiet(
    vk: FakeVK, webhook: tuple[VkApp, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first delivery was lost on the way (no worker saw it); the redeliveries fail:
    no apology from them (the header says another delivery came first)."""
    app, url = webhook
    _failing(app, monkeypatch)
    update = {**vk.push_message(PERSON, "помощь"), "secret": SECRET}
    async with aiohttp.ClientSession() as http:
        for tries in (1, 2):
            assert await _post(http, url, update, tries) == 503
    assert _sorries(vk) == 0
