"""Incoming updates through the real bot and the local VK server: the webhook's locks
(secret, community, group chats), Long Poll resuming after downtime, late button answers,
and people whose app shows no inline keyboards or callback buttons."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.config import Settings
from bot.core.feedback import poll_buttons
from bot.core.models import EventStatus, NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.transports.vk.app import VkApp, create_app
from bot.transports.vk.sender import SendFailed
from bot.transports.vk.webhook import make_web_app
from tests.e2e.conftest import CURATOR, FAST_RETRY, TZ, Running, make_settings
from tests.e2e.test_vk_conversation import button
from tests.e2e.vk_server import GROUP_ID, FakeVK

PARTNER, STUDENT, OTHER = 2001, 3001, 3002
CHAT = 2_000_000_001
OLD_APP = {"inline_keyboard": False, "button_actions": ["text", "open_link", "location"]}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@contextlib.asynccontextmanager
async def running_bot(
    vk: FakeVK, settings: Settings, clock: FixedClock | None = None
) -> AsyncIterator[VkApp]:
    """The real bot over Long Poll until the block ends (then stopped, as by a restart)."""
    servers = len(vk.calls_of("groups.getLongPollServer"))
    app = await create_app(settings, clock=clock, retry=FAST_RETRY)
    task = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: len(s.calls_of("groups.getLongPollServer")) > servers)
    try:
        yield app
    finally:
        await asyncio.sleep(0.2)  # let the last batch's position be saved
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await app.close()


def helps(vk: FakeVK, peer: int) -> int:
    return sum("Согласовано" in text for text in vk.texts_to(peer))


# --- Long Poll resumes ---------------------------------------------------------------


async def test_messages_written_while_the_bot_was_down_are_answered_once(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with running_bot(vk, settings):
        vk.push_message(1, "помощь")
        await vk.wait_text(1, "Согласовано")

    vk.push_message(2, "помощь")  # the bot is down
    vk.push_message(3, "помощь", date=int(time.time()) - 25 * 3600)  # older than 24 hours
    vk.push_message(4, "я из 9Б")
    async with running_bot(vk, settings) as app:
        await vk.wait_text(2, "Согласовано")
        await vk.wait_text(4, "Запомнил")
        vk.push_message(5, "помощь")
        await vk.wait_text(5, "Согласовано")
        await asyncio.sleep(0.1)
        saved = await app.store.get_setting(f"vk_long_poll_ts:{GROUP_ID}")
        assert saved == str(len(vk._updates) + 1)  # the position is in the database

    async with running_bot(vk, settings):  # a restart with nothing new answers nothing
        vk.push_message(6, "помощь")
        await vk.wait_text(6, "Согласовано")
    assert [helps(vk, peer) for peer in (1, 2, 3, 5, 6)] == [1, 1, 0, 1, 1]
    assert len(vk.texts_to(4)) == 1
    assert not (tmp_path / ".vkbottle").exists()  # not vkbottle's file in the cwd


async def test_a_dropped_long_poll_history_is_skipped_and_the_bot_goes_on(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """VK answers {"failed": 1} when the saved position is older than its history: what it
    no longer has is lost (and logged); the bot continues from VK's new position."""
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with running_bot(vk, settings):
        vk.push_message(1, "помощь")
        await vk.wait_text(1, "Согласовано")
    vk.push_message(2, "помощь")
    vk.forget_history()
    vk.push_message(3, "помощь")
    async with running_bot(vk, settings):
        await vk.wait_text(3, "Согласовано")
    assert helps(vk, 2) == 0
    assert helps(vk, 1) == 1


# --- callback buttons ----------------------------------------------------------------


async def seed_event(app: VkApp, start: str = "2099-12-15T15:00") -> int:
    store = app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    [event] = await store.add_events(
        [NewEvent("Робототехника", org.id, at(start), at(start).replace(hour=16))], None
    )
    return event.id


async def test_a_late_button_answer_refused_by_vk_still_signs_up(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    event_id = await seed_event(app)
    vk.answer_deadline = 0.0  # VK refuses every answer as too late (error 100)
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id})
    await vk.wait_text(STUDENT, "Вы записаны")
    assert len(vk.refused_answers) == 1
    assert not vk.event_answers
    person = await app.store.get_person_by_vk(STUDENT)
    assert person is not None
    assert await app.store.signup_status(event_id, person.id) == "going"


async def test_a_button_pressed_in_a_group_chat_does_nothing(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    event_id = await seed_event(app)
    vk.push_callback(CURATOR, {"a": "cancel_event", "id": event_id}, peer_id=CHAT)
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id}, peer_id=CHAT)
    vk.push_message(OTHER, "помощь")  # a later update: the chat ones were handled before
    await vk.wait_text(OTHER, "Согласовано")
    event = await app.store.get_event(event_id)
    assert event is not None
    assert event.status is EventStatus.CONFIRMED
    assert await app.store.get_person_by_vk(STUDENT) is None
    assert [m.peer_ids for m in vk.sent] == [[OTHER]]
    assert not vk.event_answers


# --- the webhook's locks -------------------------------------------------------------


@pytest.fixture
async def webhook(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[VkApp, str]]:
    monkeypatch.chdir(tmp_path)
    app = await create_app(make_settings(tmp_path, f"{vk.base_url}/method/"), retry=FAST_RETRY)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    yield app, str(server.make_url("/"))
    await server.close()
    await app.close()


async def state(app: VkApp) -> tuple[Any, ...]:
    """Everything a forged update could change: events, people, invitations, dialogs."""
    rows = []
    for table in ("events", "people", "invitations", "dialogs", "signups", "audit_log"):
        found = await app.store._all(f"SELECT * FROM {table} ORDER BY 1")  # either backend
        rows.append(tuple(tuple(r) for r in found))
    return tuple(rows)


async def test_forged_callbacks_act_on_nothing(vk: FakeVK, webhook: tuple[VkApp, str]) -> None:
    app, url = webhook
    event_id = await seed_event(app)
    cancel = {"a": "cancel_event", "id": event_id}
    before = await state(app)
    forged = [
        {**vk.push_callback(CURATOR, cancel)},  # no secret at all
        {**vk.push_callback(CURATOR, cancel), "secret": "guess"},
        {**vk.push_callback(CURATOR, cancel), "secret": "s3cret", "group_id": 1},
        {**vk.push_message(CURATOR, "пригласить партнёра Фейк"), "secret": "s3cret", "group_id": 1},
        {**vk.push_message(CURATOR, "пригласить партнёра Фейк"), "secret": ""},
    ]
    async with aiohttp.ClientSession() as http:
        for update in forged:
            async with http.post(url, json=update) as response:
                assert response.status == 403
        async with http.post(url, json={"type": "confirmation", "group_id": 1}) as response:
            assert response.status == 403  # no confirmation code for another community
        chat = {**vk.push_callback(CURATOR, cancel, peer_id=CHAT), "secret": "s3cret"}
        async with http.post(url, json=chat) as response:
            assert await response.text() == "ok"  # accepted from VK, but a group chat
        await asyncio.sleep(0.5)
        assert await state(app) == before
        assert not vk.sent
        assert not vk.event_answers

        genuine = {**vk.push_callback(CURATOR, cancel), "secret": "s3cret"}
        async with http.post(url, json=genuine) as response:
            assert await response.text() == "ok"
        await vk.wait_text(CURATOR, "Ответьте «да» или «нет»")  # issue 11: the cancel card
        confirm = {"a": "change", "v": 1, "id": event_id, "k": "cancel"}
        genuine = {**vk.push_callback(CURATOR, confirm), "secret": "s3cret"}
        async with http.post(url, json=genuine) as response:
            assert await response.text() == "ok"
        await vk.wait_text(CURATOR, "Отменено")  # the same payload does act when genuine
    event = await app.store.get_event(event_id)
    assert event is not None
    assert event.status is EventStatus.CANCELLED


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        (None, "VK_SECRET не задан"),
        (" ", "VK_SECRET не задан"),  # newcomer walk 2026-12-01f, #14: was accepted
        ("\t \t", "VK_SECRET не задан"),
        ("s3cret ", "VK_SECRET: у ключа пробелы по краям"),
    ],
)
def test_webhook_refuses_to_start_without_a_secret(
    vk: FakeVK, tmp_path: Path, secret: str | None, message: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VK_", "BOT_"))}
    env |= {
        "VK_TOKEN": "test-token",
        "VK_API_URL": f"{vk.base_url}/method/",
        "BOT_DB": str(tmp_path / "bot.db"),
    }
    if secret is not None:
        env["VK_SECRET"] = secret
    done = subprocess.run(
        [sys.executable, "-m", "bot", "webhook", "--host", "127.0.0.1", "--port", "0"],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        text=True,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert message in lines[0]
    assert not (tmp_path / "bot.db").exists()  # refused before anything was opened


# --- apps without inline keyboards or callback buttons -------------------------------


def keyboards(vk: FakeVK, peer: int) -> list[dict[str, Any]]:
    return [m.keyboard for m in vk.sent if peer in m.peer_ids and m.keyboard]


async def test_an_app_without_inline_or_callback_answers_a_whole_poll(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, app = running.vk, running.app
    event_id = await seed_event(app, "2026-12-15T15:00")

    async def old_app(text: str, payload: dict[str, Any] | None = None) -> None:
        vk.push_message(STUDENT, text, payload, client_info=OLD_APP)

    await old_app("я из 10А")
    await vk.wait_text(STUDENT, "Запомнил")
    await old_app("что 15 декабря?")
    await vk.wait_text(STUDENT, "Робототехника")
    [listing] = keyboards(vk, STUDENT)
    assert listing["inline"] is False
    assert listing["one_time"] is True
    assert {b["action"]["type"] for row in listing["buttons"] for b in row} == {"text"}
    pressed = button(vk, STUDENT, "Записаться: 1")  # a text button: label + payload
    await old_app("Записаться: 1", pressed)
    await vk.wait_text(STUDENT, "Вы записаны")

    vk.push_message(OTHER, "я из 10А")  # a current app, signed up too
    await vk.wait_text(OTHER, "Запомнил")
    vk.push_callback(OTHER, {"a": "signup", "id": event_id})
    await vk.wait_text(OTHER, "Вы записаны")

    clock.set(at("2026-12-15T16:05"))
    await app.loop.tick()
    await vk.wait_text(STUDENT, "Как прошло")
    await vk.wait_text(OTHER, "Как прошло")
    poll_old = [m for m in vk.sent if STUDENT in m.peer_ids and "Как прошло" in m.text]
    poll_new = [m for m in vk.sent if OTHER in m.peer_ids and "Как прошло" in m.text]
    assert poll_old[0].keyboard is not None
    assert poll_old[0].keyboard["inline"] is False
    assert {b["type"] for b in poll_old[0].buttons()} == {"text"}
    assert poll_new[0].keyboard is not None
    assert poll_new[0].keyboard["inline"] is True
    assert {b["type"] for b in poll_new[0].buttons()} == {"callback"}
    assert OTHER not in poll_old[0].peer_ids  # one call per kind of app

    await old_app("оценка 4")
    await vk.wait_text(STUDENT, "посоветуете")
    await old_app("9")
    await vk.wait_text(STUDENT, "комментарий")
    await old_app("Было интересно")
    await vk.wait_text(STUDENT, "Спасибо за отзыв")
    [answer] = await app.store.feedback_of([event_id])
    assert (answer["rating"], answer["recommend"], answer["comment"]) == (4, 9, "Было интересно")
    for keyboard in keyboards(vk, STUDENT):
        assert keyboard["inline"] is False
        assert all(b["action"]["type"] == "text" for row in keyboard["buttons"] for b in row)


async def test_an_app_without_any_keyboard_gets_plain_text(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    await seed_event(app)
    bare = {"keyboard": False, "inline_keyboard": False, "button_actions": ["text"]}
    vk.push_message(STUDENT, "что 15 декабря 2099?", client_info=bare)
    await vk.wait_text(STUDENT, "Робототехника")
    vk.push_message(OTHER, "что 15 декабря 2099?")
    await vk.wait_text(OTHER, "Робототехника")
    assert keyboards(vk, STUDENT) == []
    assert keyboards(vk, OTHER)  # the same reply has buttons for a current app
    vk.push_message(STUDENT, "записаться 1", client_info=bare)
    await vk.wait_text(STUDENT, "Вы записаны")
    caps = await app.handler.clients.of([STUDENT, OTHER, 9])
    assert (caps[STUDENT].keyboard, caps[STUDENT].inline_keyboard) == (False, False)
    assert caps[OTHER].callback
    assert caps[9].callback


# --- the real process, killed --------------------------------------------------------


async def start_process(vk: FakeVK, tmp_path: Path) -> asyncio.subprocess.Process:
    """`python -m bot run` against the local server; returns once it is polling."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VK_", "BOT_"))}
    env |= {
        "VK_TOKEN": "test-token",
        "VK_API_URL": f"{vk.base_url}/method/",
        "BOT_DB": str(tmp_path / "bot.db"),
        "BOT_ADMINS": str(CURATOR),
    }
    servers = len(vk.calls_of("groups.getLongPollServer"))
    with (tmp_path / "bot.log").open("ab") as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=log, stderr=log
        )
    await vk.wait_for(lambda s: len(s.calls_of("groups.getLongPollServer")) > servers, 60)
    return process


async def test_the_killed_process_answers_what_came_while_it_was_down(
    vk: FakeVK, tmp_path: Path
) -> None:
    process = await start_process(vk, tmp_path)
    try:
        vk.push_message(1, "помощь")
        await vk.wait_text(1, "Согласовано")
        process.kill()  # kill -9: no clean shutdown, wherever it was
        await process.wait()
        vk.push_message(2, "помощь")
        vk.push_message(3, "помощь", date=int(time.time()) - 25 * 3600)
        vk.push_callback(4, {"a": "help"})
        process = await start_process(vk, tmp_path)
        await vk.wait_text(2, "Согласовано", within=30)
        await vk.wait_text(4, "Согласовано", within=30)
        vk.push_message(5, "помощь")
        await vk.wait_text(5, "Согласовано", within=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert [helps(vk, peer) for peer in (1, 2, 3, 4, 5)] == [1, 1, 0, 1, 1]


async def test_a_failing_kind_of_app_does_not_hold_back_the_others(
    polling_bot: Running,
) -> None:
    """A notification split by kind of app: when one part fails, the others still go out
    and the failure names exactly the people not reached."""
    vk, app = polling_bot.vk, polling_bot.app
    old, current = [7001, 7002], [7003, 7004, 7005]
    for peer in old:
        vk.push_message(peer, "я из 9Б", client_info=OLD_APP)
    for peer in current:
        vk.push_message(peer, "я из 9Б")
    for peer in old + current:
        await vk.wait_text(peer, "Запомнил")
    vk.sent.clear()
    notice = Reply(
        "error",
        buttons=poll_buttons(1),
        recipients=tuple(old + current),
        dedupe_key="poll-split-test",
    )
    vk.fail_next("messages.send", code=100)  # the first part (old apps) fails
    with pytest.raises(SendFailed) as failure:
        await app.handler.send([notice], None)
    assert sorted(failure.value.unsent) == old
    [sent] = vk.sent
    assert sorted(sent.peer_ids) == current
    assert sent.keyboard is not None
    assert sent.keyboard["inline"] is True
