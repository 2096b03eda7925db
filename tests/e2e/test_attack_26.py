"""Attack 2026-12-03ad (branch attack26), through the real bot and the local VK server: a
notice whose send failed and that the notification loop retries later, after a newer change
to the same event was told — the student's last word must be the event as it is now
(tests/data/attack_2026-12-03ad.md, #1)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.config import ConfigError, Settings
from bot.core.ports import FixedClock
from bot.schools_config import load_city_config
from bot.storage import open_store
from bot.transports.vk.app import create_app
from bot.transports.vk.city import create_city
from bot.transports.vk.webhook import make_web_app
from tests.e2e import test_vk_city as city
from tests.e2e.conftest import CURATOR, FAST_RETRY, TZ, Running, make_settings
from tests.e2e.test_vk_conversation import button
from tests.e2e.test_vk_inbound import running_bot
from tests.e2e.vk_server import FakeVK
from tests.e2e.vk_steps import saved_and_signed_up
from tests.integration.conftest import create_database, drop_database, pg_cluster
from tests.pg_server import PgCluster

KGTU, BFU, STUDENT = 2601, 2602, 3601
LECTURE = "лекция про судостроение 17 декабря в 15:00 для 9а и 9б, актовый зал"
TITLE = "Лекция про судостроение"
WORKERS = 3
__all__ = ["pg_cluster"]  # the session's PostgreSQL server (tests/integration/conftest.py)


def vk_busy_for(vk: FakeVK, peer: int) -> dict[str, Any]:
    """While the returned switch is on, every messages.send to `peer` gets VK's error 10
    («internal server error»: one of the «not now» codes the bot retries later)."""
    switch = {"on": False, "refused": 0}
    plain = vk._refusal

    def refusal(name: str, params: dict[str, Any]) -> int | None:
        peers = str(params.get("peer_ids") or params.get("peer_id") or "").split(",")
        if switch["on"] and name == "messages.send" and str(peer) in peers:
            switch["refused"] += 1
            return 10
        return plain(name, params)

    vk._refusal = refusal  # type: ignore[method-assign]
    return switch


async def test_a_retried_move_notice_never_follows_the_cancel_of_the_same_event(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk, app = running.vk, running.app
    await saved_and_signed_up(vk, (KGTU, BFU), LECTURE, TITLE, (STUDENT, "я из 9Б"))
    busy = vk_busy_for(vk, STUDENT)

    busy["on"] = True  # VK cannot take the student's «перенесено» now
    vk.push_message(KGTU, "перенеси лекцию про судостроение на 18.12 в 15:00")
    await vk.wait_text(KGTU, "Перенести «Лекция про судостроение»?")
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Перенесено")
    await vk.wait_for(lambda _: busy["refused"] >= FAST_RETRY.attempts, within=30)
    await asyncio.sleep(0.3)  # every retry refused: the notice waits in the outbox
    busy["on"] = False

    vk.push_message(KGTU, "отмени лекцию про судостроение")
    await vk.wait_text(KGTU, "Отменить «Лекция про судостроение»")
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Отменено")
    await vk.wait_text(STUDENT, "отменено")

    clock.set(clock.now() + timedelta(minutes=10))  # the loop's next ticks retry the outbox
    for _ in range(3):
        await app.loop.tick()
    told = [t for t in vk.texts_to(STUDENT) if TITLE in t]
    assert "отмен" in told[-1], told  # the last word is the cancel, never the older move
    assert not any("перенесено" in t for t in told), told  # a move nobody needs to hear


# --- webhook workers on one PostgreSQL database: one person's presses at once ------------


@contextlib.asynccontextmanager
async def workers(vk: FakeVK, settings: Settings) -> AsyncIterator[list[str]]:
    """WORKERS real Callback API workers (each its own app, store pool and web server) on
    one database, as `python -m bot webhook` started several times behind a balancer;
    yields their URLs."""
    apps = [await create_app(settings, retry=FAST_RETRY) for _ in range(WORKERS)]
    servers = [TestServer(make_web_app(app), host="127.0.0.1") for app in apps]
    for server in servers:
        await server.start_server()
    try:
        yield [str(server.make_url("/")) for server in servers]
    finally:
        for server in servers:
            await server.close()
        for app in apps:
            await app.close()


async def _post(http: aiohttp.ClientSession, url: str, update: dict[str, Any]) -> str:
    async with http.post(url, json={**update, "secret": "s3cret"}) as response:
        return await response.text()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_a_save_button_pressed_at_several_workers_at_once_saves_the_event_once(
    vk: FakeVK, tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    """The curator's «Сохранить» pressed once per worker at the same moment, eight cards
    in a row: each card's event is saved once (attack 2026-12-03ad, #2: on PostgreSQL two
    of eight were saved twice; SQLite's BEGIN IMMEDIATE held)."""
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    cluster: PgCluster | None = None
    name = ""
    if backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        name = await create_database(cluster)
        settings = replace(settings, db_url=cluster.url(name))
    titles = [f"Лекция номер {n}" for n in range(1, 9)]
    try:
        async with workers(vk, settings) as urls, aiohttp.ClientSession() as http:
            for day, title in enumerate(titles, 15):
                seen = len(vk.texts_to(CURATOR))
                typed = vk.push_message(CURATOR, f"{title} {day} декабря в 15:00, 9А, актовый зал")
                await _post(http, urls[0], typed)  # "ok", or 503 on a slow machine: handled
                await vk.wait_for(lambda s, n=seen: len(s.texts_to(CURATOR)) > n, within=30)
                assert title in vk.texts_to(CURATOR)[-1]
                save = button(vk, CURATOR, "Сохранить")
                presses = [vk.push_callback(CURATOR, save) for _ in urls]
                await asyncio.gather(
                    *(_post(http, url, press) for url, press in zip(urls, presses, strict=True))
                )
                await vk.wait_for(
                    lambda s, n=seen: len(s.texts_to(CURATOR)) >= n + 1 + WORKERS, within=30
                )
            store = await open_store(settings.db_target, TZ)
            try:
                events = await store.events_between(datetime(2026, 1, 1, tzinfo=UTC), None)
            finally:
                await store.close()
    finally:
        if cluster is not None:
            await drop_database(cluster, name)
    saved = Counter(e.title for e in events)
    assert saved == Counter(titles), saved  # each once: a double press never saves twice


# --- a city whose schools share one Callback API secret -----------------------------------


async def test_a_city_whose_schools_share_a_secret_does_not_serve_the_webhook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each community's managers read its Callback API secret in its settings. With one
    secret for two schools (one environment variable named twice, or the same value), a
    curator of the gymnasium knows the lyceum's too, and could post the lyceum's updates
    in anyone's name — its curator's «отмени …», «да». The webhook refuses to start, naming
    the schools (attack 2026-12-03ad, #3: it served both)."""
    monkeypatch.chdir(tmp_path)
    vk = FakeVK(
        communities={"token-a": city.GROUP_A, "token-b": city.GROUP_B},
        managers_of={city.GROUP_A: (), city.GROUP_B: ()},
    )
    await vk.start()
    try:
        (tmp_path / "schools.toml").write_text(city.CONFIG, encoding="utf-8")
        shared = {**city.ENV, "VK_SECRET_L23": city.ENV["VK_SECRET_G32"]}
        config = load_city_config(tmp_path / "schools.toml", shared)
        base = make_settings(tmp_path, f"{vk.base_url}/method/")
        city_app = await create_city(base, config, retry=FAST_RETRY)
        try:
            with pytest.raises(ConfigError, match=r"школ g32 и l23 один и тот же секретный ключ"):
                make_web_app(city_app)
            apart = await create_city(
                base, load_city_config(tmp_path / "schools.toml", city.ENV), retry=FAST_RETRY
            )
            try:
                make_web_app(apart)  # distinct secrets: served
            finally:
                await apart.close()
        finally:
            await city_app.close()
    finally:
        await vk.stop()


# --- an open card and a pasted plan across a restart of the bot ---------------------------


async def test_an_open_card_and_a_pasted_plan_survive_a_restart(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The card shown before the bot stopped is the one «да» saves after it starts again,
    once; a pasted plan's summary likewise (held: the dialog is stored with the update)."""
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    async with running_bot(vk, settings):
        vk.push_message(CURATOR, "Лекция про космос 16 декабря 2099 в 15:00, 9А, актовый зал")
        await vk.wait_text(CURATOR, "Лекция про космос")
    async with running_bot(vk, settings) as app:
        vk.push_message(CURATOR, "да")
        await vk.wait_text(CURATOR, "Сохранено")
        vk.push_message(CURATOR, "да")  # a second «да»: nothing left to save
        await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 3, within=30)
        plan = "\n".join(
            f"{day} декабря 2099 в 1{day % 10}:00 — Экскурсия номер {day}, 10А"
            for day in range(17, 21)
        )
        vk.push_message(CURATOR, plan)
        await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 4, within=30)
    async with running_bot(vk, settings) as app:
        vk.push_message(CURATOR, "да")
        await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 5, within=30)
        events = await app.store.events_between(datetime(2099, 1, 1, tzinfo=UTC), None)
    assert Counter(e.title for e in events) == Counter(
        ["Лекция про космос"] + [f"Экскурсия номер {d}" for d in range(17, 21)]
    ), vk.texts_to(CURATOR)
