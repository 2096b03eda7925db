"""Every time decision follows the app's clock, not the machine's (attack64's leftover,
safety66 #2): the real bot on a clock set far from the machine's (20 December 2099) against
the local VK server. Before, the VK wiring opened its store on the machine's clock, so an
invitation code was stamped «создан» today by the machine and expired 7 machine days later,
while «коды приглашений» and the planner read the app's clock: a fresh code was not listed
as open, and a code the app's clock had seen expire still linked its sender."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.models import Role
from bot.core.ports import FixedClock
from bot.transports.vk.app import create_app
from tests.e2e.conftest import CURATOR, FAST_RETRY, TZ, Running, make_settings
from tests.e2e.vk_server import FakeVK

PARTNER = 6601
FAR = datetime(2099, 12, 20, 9, 0, tzinfo=TZ)


@pytest.fixture
async def far_bot(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Running, FixedClock]]:
    """The polling bot on a hand-moved clock 70 years from the machine's."""
    monkeypatch.chdir(tmp_path)
    clock = FixedClock(FAR)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(settings, clock=clock, retry=FAST_RETRY)
    task = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: bool(s.calls_of("groups.getLongPollServer")))
    yield Running(vk, app, settings), clock
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    await app.close()


async def _code(vk: FakeVK) -> str:
    vk.push_message(CURATOR, "пригласить партнёра Зоопарк")
    made = await vk.wait_text(CURATOR, "Код приглашения")
    found = re.search(r":\s*([A-Z0-9]{6,})", made)
    assert found is not None, made
    return found.group(1)


async def test_a_fresh_code_is_open_and_dated_by_the_apps_clock(
    far_bot: tuple[Running, FixedClock],
) -> None:
    vk = far_bot[0].vk
    code = await _code(vk)
    vk.push_message(CURATOR, "коды приглашений")
    await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 2)
    listed = vk.texts_to(CURATOR)[-1]
    assert code in listed, listed
    assert "Зоопарк" in listed, listed
    assert "20 декабря" in listed, listed
    assert "27 декабря" in listed, listed


async def test_a_code_expires_by_the_apps_clock(far_bot: tuple[Running, FixedClock]) -> None:
    (running, clock) = far_bot
    vk = running.vk
    code = await _code(vk)
    clock.set(FAR + timedelta(days=8))
    vk.push_message(PARTNER, code)
    said = await vk.wait_text(PARTNER, "")
    assert "истёк" in said, said
    partner = await running.app.store.get_person_by_vk(PARTNER)
    assert partner is None or partner.role is not Role.PARTNER


async def test_a_code_used_within_the_apps_week_links(
    far_bot: tuple[Running, FixedClock],
) -> None:
    """The guard the other way: six app days later the code still works."""
    (running, clock) = far_bot
    vk = running.vk
    code = await _code(vk)
    clock.set(FAR + timedelta(days=6))
    vk.push_message(PARTNER, code)
    await vk.wait_text(PARTNER, "Зоопарк")
    partner = await running.app.store.get_person_by_vk(PARTNER)
    assert partner is not None
    assert partner.role is Role.PARTNER
