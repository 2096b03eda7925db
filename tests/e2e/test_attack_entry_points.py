"""Entry points tried as an attacker would, through the real bot and the local VK server:
forged button payloads (ids out of SQLite's range, infinite numbers, ids as strings) pressed
as callback buttons and sent as text-button payloads. Each gets a clear answer, never the
«что-то пошло не так» apology of a crashed handler, and changes nothing stored."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.core.models import EventStatus
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_inbound import seed_event

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
