"""Start-up settings tried as an operator's slip would set them (attack y, #3): VK_GROUP_ID
naming another community than the token's. VK answers `groups.getById` for any public
community, so the id came back as given: the Callback API then refused every update of the
real community (403, «an update for another community») and the managers' list of a
community the token cannot manage failed, so every manager who was a curator was demoted.
Start-up must stop with one line naming both communities, and change nothing stored."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from bot.config import ConfigError
from bot.core.models import Role
from bot.transports.vk.app import create_app
from bot.transports.vk.webhook import make_web_app
from tests.e2e.conftest import FAST_RETRY, MANAGER, make_settings
from tests.e2e.vk_server import GROUP_ID, FakeVK

OTHER_COMMUNITY = GROUP_ID + 1


async def test_a_group_id_of_another_community_stops_the_start_and_demotes_nobody(
    vk: FakeVK, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    first = await create_app(settings, retry=FAST_RETRY)
    assert (await first.planner.identify(MANAGER)).role is Role.CURATOR
    await first.close()
    vk.managers_of[OTHER_COMMUNITY] = ()  # the token manages nothing there
    with pytest.raises(ConfigError) as refused:
        await create_app(replace(settings, vk_group_id=OTHER_COMMUNITY), retry=FAST_RETRY)
    assert str(GROUP_ID) in str(refused.value)
    assert str(OTHER_COMMUNITY) in str(refused.value)
    again = await create_app(settings, retry=FAST_RETRY)
    try:
        person = await again.store.get_person_by_vk(MANAGER)
        assert person is not None
        assert person.role is Role.CURATOR
        assert await again.store.role_changes(person.id) == []
    finally:
        await again.close()


async def test_the_group_id_of_the_tokens_own_community_starts(vk: FakeVK, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(replace(settings, vk_group_id=GROUP_ID), retry=FAST_RETRY)
    try:
        assert app.group_id == GROUP_ID
    finally:
        await app.close()


async def test_a_confirmation_request_without_a_code_fails_loudly(
    vk: FakeVK, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """VK's confirmation request to a server started without VK_CONFIRMATION was answered with
    an empty 200: VK's check failed and nothing said why."""
    settings = replace(make_settings(tmp_path, f"{vk.base_url}/method/"), vk_confirmation=None)
    app = await create_app(settings, retry=FAST_RETRY)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    try:
        async with ClientSession() as http:
            body = {"type": "confirmation", "group_id": GROUP_ID}
            with caplog.at_level(logging.ERROR, logger="bot.transports.vk.webhook"):
                async with http.post(str(server.make_url("/")), json=body) as response:
                    assert response.status == 500
                    assert await response.text() != ""
        assert any("VK_CONFIRMATION" in r.getMessage() for r in caplog.records)
    finally:
        await server.close()
        await app.close()
