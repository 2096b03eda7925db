"""Attack 56: drafts across restarts and at once, through the real bot and the local VK
server. A partner's card corrected («в 16:00») and the bot restarted before «да»: «да»
saves the card last shown, once. A pasted plan's summary with the bot restarted before
«да»: every line saved, once. Two partners with cards of the same lecture, «да» from both
pressed at the same moment: neither draft is lost or given to the other.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.core.models import EventStatus
from tests.e2e.conftest import make_settings
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_inbound import running_bot
from tests.e2e.vk_server import FakeVK
from tests.e2e.vk_steps import vk_say

KGTU, BFU = 5611, 5612
LECTURE = "лекция про судостроение 17 декабря в 15:00 для 9а и 9б, актовый зал"
TITLE = "Лекция про судостроение"


async def live_events(app: object) -> list[object]:
    store = app.store  # type: ignore[attr-defined]
    clock = app.planner.clock  # type: ignore[attr-defined]
    return [
        e
        for e in await store.events_between(clock.now(), None)
        if e.status is not EventStatus.CANCELLED
    ]


async def test_a_corrected_card_survives_a_restart_and_da_saves_it_once(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with running_bot(vk, settings):
        await invite(vk, vk_say(vk), KGTU, "КГТУ")
        vk.push_message(KGTU, LECTURE)
        await vk.wait_text(KGTU, TITLE)
        vk.push_message(KGTU, "в 16:00")
        await vk.wait_for(lambda s: "16:00" in s.texts_to(KGTU)[-1])
    async with running_bot(vk, settings) as app:
        vk.push_message(KGTU, "да")
        saved = await vk.wait_text(KGTU, "Сохранено")
        vk.push_message(KGTU, "да")  # a second «да»: nothing more
        await vk.wait_for(lambda s: s.texts_to(KGTU)[-1] != saved)
        [event] = await live_events(app)
    assert "16:00" in saved, saved
    assert event.title == TITLE  # type: ignore[attr-defined]
    assert event.start.astimezone(settings.tz).hour == 16  # type: ignore[attr-defined]


async def test_a_pasted_plan_survives_a_restart_and_da_saves_every_line_once(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    plan = "\n".join(
        f"Кружок робототехники {day} декабря в {10 + day % 6}:00, 9 классы" for day in range(15, 27)
    )
    async with running_bot(vk, settings):
        await invite(vk, vk_say(vk), KGTU, "КГТУ")
        vk.push_message(KGTU, plan)
        await vk.wait_text(KGTU, "В плане 12 мероприятий")
    async with running_bot(vk, settings) as app:
        vk.push_message(KGTU, "да")
        await vk.wait_text(KGTU, "Сохранено")
        await asyncio.sleep(0.3)
        events = await live_events(app)
    days = sorted(e.start.astimezone(settings.tz).day for e in events)  # type: ignore[attr-defined]
    assert days == list(range(15, 27)), days


async def test_two_partners_saving_cards_of_one_lecture_at_once_keep_both(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with running_bot(vk, settings) as app:
        await invite(vk, vk_say(vk), KGTU, "КГТУ")
        await invite(vk, vk_say(vk), BFU, "БФУ")
        vk.push_message(KGTU, LECTURE)
        vk.push_message(BFU, LECTURE.replace("15:00", "17:00"))
        await vk.wait_text(KGTU, TITLE)
        await vk.wait_text(BFU, TITLE)
        vk.push_message(KGTU, "да")
        vk.push_message(BFU, "да")
        await vk.wait_text(KGTU, "Сохранено")
        await vk.wait_text(BFU, "Сохранено")
        await asyncio.sleep(0.3)
        events = await live_events(app)
        orgs = {o.id: o.name for o in await app.store.list_organisations()}
    hours = sorted(
        (orgs[e.organisation_id], e.start.astimezone(settings.tz).hour)  # type: ignore[attr-defined]
        for e in events
    )
    assert hours == [("БФУ", 17), ("КГТУ", 15)], hours
