"""Entry points tried as an attacker would, through the real bot and the local VK server:
forged button payloads (ids out of SQLite's range, infinite numbers, ids as strings) pressed
as callback buttons and sent as text-button payloads. Each gets a clear answer, never the
«что-то пошло не так» apology of a crashed handler, and changes nothing stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.core.models import EventStatus, Role
from bot.transports.vk.app import create_app
from tests.e2e.conftest import CURATOR, FAST_RETRY, MANAGER, Running, make_settings
from tests.e2e.test_vk_inbound import seed_event
from tests.e2e.vk_server import FakeVK

STUDENT = 3101
CRASHED = "что-то пошло не так"

HOSTILE_IDS: list[Any] = [2**63, -(2**63) - 1, 10**30, float("inf"), "9" * 5000, "1e400"]
ACTIONS = ["signup", "unsign", "absent", "rate", "recommend", "cancel_event", "move_event"]


def forged(action: str, value: Any) -> dict[str, Any]:
    if action in ("rate", "recommend"):
        return {"a": action, "id": value, "v": value}
    return {"a": action, "id": value}


@pytest.mark.parametrize("value", HOSTILE_IDS, ids=repr)
async def test_forged_ids_on_every_button_get_a_clear_reply(
    polling_bot: Running, value: Any
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    event_id = await seed_event(app)
    payloads = [forged(action, value) for action in ACTIONS]
    payloads += [
        {"a": "switch", "from": value, "to": value},
        {"a": "change", "v": value, "id": value},
        {"a": "scope", "s": "one", "id": value},
    ]
    for who in (STUDENT, CURATOR):
        for data in payloads:
            vk.push_callback(who, data)
            vk.push_message(who, "", payload=data)
    expected = 2 * len(payloads)
    for who in (STUDENT, CURATOR):
        await vk.wait_for(lambda s, who=who: len(s.texts_to(who)) >= expected, within=30)
        texts = vk.texts_to(who)
        crashed = [t for t in texts if CRASHED in t]
        assert not crashed, f"{len(crashed)} of {len(texts)} forged buttons crashed for {who}"
    event = await app.store.get_event(event_id)
    assert event is not None
    assert event.status is EventStatus.CONFIRMED


# --- no write transaction across a network call (issue 9.6) ---------------------------


async def test_a_slow_document_download_holds_no_write_lock(polling_bot: Running) -> None:
    """A newcomer's plan file whose download hangs: meanwhile another process can write
    to the database and another person is answered (the download is a network call; the
    update's write transaction must not be open across it)."""
    vk, settings = polling_bot.vk, polling_bot.settings
    vk.file_delay = 3.0
    vk.push_document(STUDENT, "plan.csv", "Название;Дата\nЛекция;15.12.2099\n".encode())
    await vk.wait_for(lambda s: bool(s.file_requests))
    other = sqlite3.connect(settings.db_path, timeout=0.5)
    try:
        other.execute("BEGIN IMMEDIATE")  # "database is locked" while the bot holds it
        other.execute("ROLLBACK")
    finally:
        other.close()
    vk.push_message(CURATOR, "помощь")
    await vk.wait_text(CURATOR, "Согласовано", within=2.0)  # before the download ends
    assert vk.file_requests  # the download is still going on


# --- roles at start-up --------------------------------------------------------------


async def test_a_vk_hiccup_at_start_up_does_not_demote_the_managers(
    vk: FakeVK, tmp_path: Path
) -> None:
    """VK failing `groups.getMembers` with a temporary error (10, internal) through every
    retry at start-up must not strip the community's managers of curator rights (nor log
    them as removed): start-up is retried instead, as for any VK failure."""
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    first = await create_app(settings, retry=FAST_RETRY)
    assert (await first.planner.identify(MANAGER)).role is Role.CURATOR
    await first.close()
    vk.fail_next("groups.getMembers", code=10, times=FAST_RETRY.attempts)
    try:
        second = await create_app(settings, retry=FAST_RETRY)
    except Exception:  # refused to start: run_polling retries start-up with back-off
        second = await create_app(settings, retry=FAST_RETRY)
    try:
        person = await second.store.get_person_by_vk(MANAGER)
        assert person is not None
        assert person.role is Role.CURATOR
        assert await second.store.role_changes(person.id) == []
        assert (await second.planner.identify(MANAGER)).role is Role.CURATOR
    finally:
        await second.close()


async def test_a_token_without_the_manage_right_still_uses_bot_admins(
    vk: FakeVK, tmp_path: Path
) -> None:
    """Access denied (15) to the managers list is not temporary: the bot starts with
    BOT_ADMINS only, as documented."""
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    vk.fail_next("groups.getMembers", code=15)
    app = await create_app(settings, retry=FAST_RETRY)
    try:
        assert (await app.planner.identify(CURATOR)).role is Role.CURATOR
        assert (await app.planner.identify(MANAGER)).role is Role.STUDENT
    finally:
        await app.close()
