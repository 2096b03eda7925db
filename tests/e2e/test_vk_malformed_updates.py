"""Malformed updates through the real bot and the local VK server (walk 2026-12-01d finding
15): a `message_new` without `object` and a `message_event` whose payload is a string are
skipped with one plain warning line each — no traceback, no ANSI colour codes from
vkbottle's own log handler — and the bot goes on answering."""

from __future__ import annotations

import logging

import pytest

from tests.e2e.conftest import Running

PERSON = 3401


async def test_malformed_updates_log_one_warning_each_and_no_traceback(
    polling_bot: Running, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    vk = polling_bot.vk
    caplog.set_level(logging.DEBUG)
    vk.push({"type": "message_new"})  # no object
    bad_button = {
        "user_id": PERSON,
        "peer_id": PERSON,
        "event_id": "x1",
        "payload": "abc",
        "conversation_message_id": 1,
    }
    vk.push({"type": "message_event", "object": bad_button})
    vk.push_message(PERSON, "помощь")
    await vk.wait_text(PERSON, "Согласовано")
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r for r in records if r.exc_info] == []
    malformed = [r for r in records if "malformed" in r.getMessage()]
    assert len(malformed) == 2
    assert all("\n" not in r.getMessage() for r in malformed)
    assert "\x1b[" not in capfd.readouterr().err
