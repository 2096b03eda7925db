"""Roles through the real bot: a curator dropped from BOT_ADMINS loses the rights at the
next start, before writing anything, and the audit log says so."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.models import Role
from bot.transports.vk.app import create_app
from tests.e2e.conftest import CURATOR, FAST_RETRY, make_settings
from tests.e2e.vk_server import FakeVK

DROPPED = 2000


async def test_a_curator_dropped_from_bot_admins_is_demoted_at_restart(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    first = await create_app(
        replace(settings, admins=frozenset({CURATOR, DROPPED})), retry=FAST_RETRY
    )
    task = asyncio.create_task(first.bot.run_polling())
    try:
        await vk.wait_for(lambda s: bool(s.calls_of("groups.getLongPollServer")))
        vk.push_message(DROPPED, "помощь")
        await vk.wait_for(lambda s: bool(s.texts_to(DROPPED)))
        person = await first.store.get_person_by_vk(DROPPED)
        assert person is not None
        assert person.role is Role.CURATOR
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await first.close()
    again = await create_app(settings, retry=FAST_RETRY)  # BOT_ADMINS without DROPPED
    try:
        person = await again.store.get_person_by_vk(DROPPED)
        assert person is not None
        assert person.role is Role.STUDENT
        [change] = await again.store.role_changes(person.id)
        assert (change["from"], change["to"]) == ("curator", "student")
        curators = {p.vk_id for p in await again.store.people_with_role(Role.CURATOR)}
        assert DROPPED not in curators  # no more digests or clash notices for them
    finally:
        await again.close()
