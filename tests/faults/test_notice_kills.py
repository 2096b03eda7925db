"""SIGKILL the real webhook worker between a change's commit and its notices.

A curator's «да» to a move commits the move and its "handled" mark, answers VK "ok", and
then sends the replies: the curator's «Перенесено», then the notices to the people the move
concerns (a signed-up student, the partner who organises it). Each notice was put in the
outbox only right before it was sent, so a worker killed after the curator's reply went out
never recorded the notices: nobody would ever send them, and VK, answered "ok", never
redelivers (attack y, #1). The notices must be in the outbox with the update's commit, so a
restarted worker sends them. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import signal
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.core.models import NewEvent, Role
from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env, deliver_until_ok, post_update
from tests.faults.scenarios import CURATOR, TZ, introduce, wait_fragment
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

STUDENT = 5001
MOVED = "Перенесено"


async def test_a_worker_killed_after_the_curators_reply_still_tells_the_student(
    vk: FakeVK, tmp_path: Path
) -> None:
    await _killed_after_the_reply(vk, tmp_path, tmp_path / "bot.db")


async def test_postgres_worker_killed_after_the_curators_reply_still_tells_the_student(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _killed_after_the_reply(vk, tmp_path, pg_database)


async def _killed_after_the_reply(vk: FakeVK, tmp_path: Path, db: Path | str) -> None:
    bot = BotProcess(vk, tmp_path, bot_env(vk, db, (CURATOR,)), "webhook")
    await bot.start()
    try:
        await introduce([bot], vk, CURATOR)
        store = await open_store(db, TZ)
        try:
            curator = await store.get_person_by_vk(CURATOR)
            assert curator is not None
            assert curator.organisation_id is not None
            student = await store.save_person(
                STUDENT, Role.STUDENT, "Петя", curator.organisation_id, "9Б"
            )
            start = datetime(2098, 3, 10, 15, 0, tzinfo=TZ)
            [event] = await store.add_events(
                [
                    NewEvent(
                        "Кружок робототехники",
                        curator.organisation_id,
                        start,
                        start.replace(hour=16),
                    )
                ],
                None,
            )
            assert await store.sign_up(event.id, student.id) == "going"
            await store.set_dialog(curator.id, {"last_event": event.id})
        finally:
            await store.close()
        seen = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, vk.push_message(CURATOR, "перенеси на 17:00"))
        await wait_fragment(vk, CURATOR, seen, "Перенести «")

        def kill_after_the_curators_reply(params: dict[str, Any]) -> None:
            if MOVED in str(params.get("message", "")) and bot.process is not None:
                bot.process.send_signal(signal.SIGKILL)

        vk.on_send = kill_after_the_curators_reply
        yes = vk.push_message(CURATOR, "да")
        await post_update(bot.url, yes)  # "ok" at the commit, or no answer: killed first
        assert bot.process is not None
        await bot.process.wait()  # killed right after VK took the curator's reply
        vk.on_send = None
        assert any(MOVED in t for t in vk.texts_to(CURATOR)[seen:])
        assert not vk.texts_to(STUDENT)
        # VK redelivers when it got no "ok"; the restarted worker skips the update (handled)
        # and its first notification tick sends what the outbox holds
        await deliver_until_ok(bot, yes)
        told = await wait_fragment(vk, STUDENT, 0, "17:00")
        assert "Кружок робототехники" in told
    finally:
        await bot.stop()
