"""perms79 (tests/data/perms79.md), through the real bot over Long Poll: a curator dropped
from BOT_ADMINS and later linked to the same school by a teacher's code does not keep the
events they entered as curator — those pass to the school's curator, whose office entered
them. Runs on SQLite, and on PostgreSQL under `-p tests.pg_everywhere`."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.models import EventStatus, Role
from bot.core.permissions import runs_event
from bot.transports.vk.app import VkApp, create_app
from tests.e2e.conftest import CURATOR, FAST_RETRY, make_settings
from tests.e2e.vk_server import FakeVK

DROPPED = 7901
LECTURE = "Лекция о мостах 16 декабря 2099 в 15:00, 8А, ауд. 12"
CANCEL = "отмени лекцию о мостах"


@asynccontextmanager
async def _running(vk: FakeVK, settings: Settings) -> AsyncIterator[VkApp]:
    """The bot polling `vk` with `settings` until the block ends."""
    app = await create_app(settings, retry=FAST_RETRY)
    task = asyncio.create_task(app.bot.run_polling())
    try:
        polls = len(vk.calls_of("groups.getLongPollServer"))
        await vk.wait_for(lambda s: len(s.calls_of("groups.getLongPollServer")) > polls)
        yield app
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await app.close()


async def _answer(vk: FakeVK, peer: int, text: str, fragment: str) -> str:
    """Send `text` as `peer` and wait for the first new message to them holding `fragment`."""
    seen = len(vk.texts_to(peer))
    vk.push_message(peer, text)
    await vk.wait_for(lambda s: any(fragment in t for t in s.texts_to(peer)[seen:]), 30)
    return next(t for t in vk.texts_to(peer)[seen:] if fragment in t)


async def test_a_demoted_curator_linked_as_a_teacher_keeps_no_curators_entries(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was: the deputy head (a curator in BOT_ADMINS) entered «Лекция о мостах»; dropped
    from BOT_ADMINS, they were demoted at the restart (`change_role`: a student, no
    organisation) and nothing was released; a teacher's code then made them a teacher of
    the same school, and «отмени лекцию о мостах», «да» cancelled it — the teacher rule
    «edit what you entered» still saw them as its author. Now the lecture has no recorded
    author, so the curator runs it (permissions.runs_event; before, its organiser's
    reminders reached the curators only by the notifications' fallback for an event nobody
    runs)."""
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with _running(vk, replace(settings, admins=frozenset({CURATOR, DROPPED}))):
        await _answer(vk, DROPPED, LECTURE, "Сохранить?")
        await _answer(vk, DROPPED, "да", "Сохранено ✅")
    async with _running(vk, settings) as app:  # BOT_ADMINS without DROPPED: demoted
        invited = await _answer(vk, CURATOR, "пригласить педагога", "Код приглашения")
        code = re.search(r"\b[A-Z2-9]{8}\b", invited)
        assert code is not None, invited
        await _answer(vk, DROPPED, code.group(0), "педагог школы")
        teacher = await app.store.get_person_by_vk(DROPPED)
        assert teacher is not None
        assert teacher.role is Role.STAFF
        refused = await _answer(vk, DROPPED, CANCEL, "Лекция о мостах")
        assert "может только куратор" in refused, refused
        await _answer(vk, DROPPED, "да", "")
        await _answer(vk, DROPPED, "мои мероприятия", "")
        mine = vk.texts_to(DROPPED)[-1]
        assert "Лекция о мостах" not in mine, mine
        [lecture] = await app.store.events_between(app.planner.clock.now(), None)
        assert lecture.status is EventStatus.CONFIRMED, lecture
        assert lecture.created_by is None  # the curator's office keeps it
        curator = await app.store.get_person_by_vk(CURATOR)
        assert curator is not None
        assert runs_event(curator, lecture)
