"""The Callback API server (`python -m bot webhook`): VK POSTs updates, we answer "ok" at once.

The confirmation request gets the configured code; a wrong `secret` is refused. An update is
answered "ok" once its effects and its "handled" mark are committed (DedupingBot), and the
replies are sent after that: a worker killed before the commit never said "ok", so VK
delivers the update again and it is handled then; a redelivery of a committed update is
skipped (the mark is in the database, shared by every worker). An update not committed
within COMMIT_WAIT seconds gets a 503 and VK's redelivery (skipped if it committed since).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from aiohttp import web

from bot.plan_files import calendar_feed
from bot.transports.vk.app import VkApp

log = logging.getLogger(__name__)


COMMIT_WAIT = 8.0  # seconds; VK waits about 10 for "ok" before it retries
VK_APP = web.AppKey("vk", VkApp)
TASKS: web.AppKey[set[asyncio.Task[None]]] = web.AppKey("tasks", set)


def make_web_app(app: VkApp) -> web.Application:
    web_app = web.Application(client_max_size=1024 * 1024)
    web_app[VK_APP] = app
    web_app[TASKS] = set()
    web_app.router.add_post("/", handle_update)
    web_app.router.add_post("/vk", handle_update)
    web_app.router.add_get("/health", health)
    web_app.router.add_get("/ics/{token}.ics", feed)
    web_app.on_shutdown.append(_drain)
    return web_app


async def health(_: web.Request) -> web.Response:
    return web.Response(text="ok")


async def feed(request: web.Request) -> web.Response:
    """A secret per-person iCalendar feed that calendar apps poll."""
    app = request.app[VK_APP]
    person = await app.store.person_by_calendar_token(request.match_info["token"])
    if person is None:
        raise web.HTTPNotFound()
    file = await calendar_feed(
        app.store,
        app.settings.tz,
        person,
        now=app.planner.clock.now(),
        school_name=app.settings.school_name,
    )
    return web.Response(
        body=file.data,
        content_type="text/calendar",
        charset="utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )


async def handle_update(request: web.Request) -> web.Response:
    app = request.app[VK_APP]
    try:
        update = json.loads(await request.text())
    except ValueError:
        return web.Response(status=400, text="bad json")
    if not isinstance(update, dict):
        return web.Response(status=400, text="bad update")
    if update.get("type") == "confirmation":
        return web.Response(text=app.settings.vk_confirmation or "")
    if not _secret_ok(app.settings.vk_secret, update.get("secret")):
        log.warning("an update with a wrong secret was refused")
        return web.Response(status=403, text="forbidden")
    committed = asyncio.Event()
    task = asyncio.create_task(_process(app, update, committed))
    tasks = request.app[TASKS]
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    waiter = asyncio.create_task(committed.wait())
    await asyncio.wait({task, waiter}, timeout=COMMIT_WAIT, return_when="FIRST_COMPLETED")
    waiter.cancel()
    if not committed.is_set():
        log.warning("update %s not committed yet; VK will deliver it again", update.get("event_id"))
        return web.Response(status=503, text="not handled yet")
    return web.Response(text="ok")


def _secret_ok(expected: str | None, given: Any) -> bool:
    if not expected:
        return True
    return isinstance(given, str) and hmac.compare_digest(expected, given)


async def _process(app: VkApp, update: dict[str, Any], committed: asyncio.Event) -> None:
    try:
        await app.bot.process_event(update, committed=committed)
    except Exception:
        log.exception("callback update failed")


async def _drain(web_app: web.Application) -> None:
    running = web_app[TASKS]
    if running:
        await asyncio.wait(list(running), timeout=10)


async def serve(app: VkApp, host: str, port: int) -> None:
    """Serve until cancelled, with the reminder loop running beside it."""
    runner = web.AppRunner(make_web_app(app))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    scheduler = app.loop.start()
    log.info("Callback API listening on %s:%s", host, port)
    try:
        await asyncio.Event().wait()
    finally:
        scheduler.shutdown(wait=False)
        await runner.cleanup()
