"""Fixtures for fault injection: the local VK-compatible server (no managers: curators
come from BOT_ADMINS only)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.e2e.vk_server import FakeVK


@pytest.fixture
async def vk() -> AsyncIterator[FakeVK]:
    server = FakeVK()
    await server.start()
    yield server
    await server.stop()
