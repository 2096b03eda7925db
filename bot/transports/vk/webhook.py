"""The Callback API server (`python -m bot webhook`): VK POSTs updates, we answer "ok" at once.

The server does not start without VK_SECRET (the "secret key" of the Callback API server in
the community settings; VK puts it in every update). An update is refused (403) unless its
`group_id` is a community served here and its `secret` is that community's; the confirmation
request gets that community's configured code. A city deployment (bot.transports.vk.city)
serves every school's community on the same address, each update going to its school's app.
An accepted update is answered "ok" once its effects and its "handled" mark are committed
(PipelineBot.process_event), and the replies are sent after that: a worker killed before the
commit never said "ok", so VK delivers the update again and it is handled then; a redelivery
of a committed update is skipped (the mark is in the database, shared by every worker). An
update not committed within COMMIT_WAIT seconds gets a 503 and VK's redelivery (skipped if
it committed since).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Iterable
from typing import Any

from aiohttp import web

from bot.config import ConfigError, Settings
from bot.plan_files import calendar_feed
from bot.transports.vk.city import CityApp
from bot.transports.vk.wiring import VkApp

log = logging.getLogger(__name__)


COMMIT_WAIT = 8.0  # seconds; VK waits about 10 for "ok" before it retries
VK_APP = web.AppKey("vk", VkApp)
# the app of each community served, by group_id (one on a single school)
VK_APPS: web.AppKey[dict[int, VkApp]] = web.AppKey("vk_apps", dict)
TASKS: web.AppKey[set[asyncio.Task[None]]] = web.AppKey("tasks", set)


def require_secret(settings: Settings) -> None:
    """Raise ConfigError (one line for the operator) when VK_SECRET is not set or blank:
    without it anyone who finds the address could post updates in anyone's name (a secret of
    spaces was accepted: newcomer walk 2026-12-01f, #14). Spaces around a secret are refused
    too: VK would send the key without them, and every update would be turned away."""
    secret = settings.vk_secret or ""
    if not secret.strip():
        raise ConfigError("vk_secret_unset")
    if secret != secret.strip():
        raise ConfigError("vk_secret_spaces")


def secrets_apart(apps: dict[int, VkApp]) -> None:
    """Raise ConfigError when two communities served here have one secret: a community's
    managers read its secret in its Callback API settings, so a curator of one school could
    sign updates for the other — in anyone's name, its curator's too — and the secret would
    no longer tell the communities apart (attack 2026-12-03ad, #3)."""
    schools_apart((one.handler.school, one.settings.vk_secret or "") for one in apps.values())


def schools_apart(secrets: Iterable[tuple[str | None, str]]) -> None:
    """secrets_apart over (school key, Callback API secret) pairs: run_webhook checks a
    city's config with it before it opens any school's store or asks VK anything
    (safety66 #3: it used to start every school and refuse only when serving)."""
    seen: dict[str, str | None] = {}
    for school, secret in secrets:
        if secret in seen:
            raise ConfigError("secrets_shared", first=seen[secret], second=school)
        seen[secret] = school


def make_web_app(app: VkApp | CityApp) -> web.Application:
    """The aiohttp application for one community or a city's (each update goes to the app
    of its `group_id`); raises ConfigError when a community has no secret or shares one
    with another community served here."""
    apps = app.apps if isinstance(app, CityApp) else {app.group_id: app}
    for one in apps.values():
        require_secret(one.settings)
    secrets_apart(apps)
    web_app = web.Application(client_max_size=1024 * 1024)
    web_app[VK_APP] = next(iter(apps.values()))
    web_app[VK_APPS] = apps
    web_app[TASKS] = set()
    web_app.router.add_post("/", handle_update)
    web_app.router.add_post("/vk", handle_update)
    web_app.router.add_get("/health", health)
    if isinstance(app, CityApp):  # each school's feeds under its key (wiring._feed_base)
        web_app.router.add_get("/{school}/ics/{token}.ics", feed)
    else:
        web_app.router.add_get("/ics/{token}.ics", feed)
    web_app.on_shutdown.append(_drain)
    return web_app


async def health(request: web.Request) -> web.Response:
    """GET /health for a load balancer or `docker compose`: 200 "ok" when the store answers
    a read (one indexed look-up in seen_updates), else 503 — a worker whose database is
    gone is taken out of service instead of answering VK with errors."""
    try:
        await request.app[VK_APP].store.update_handled("health-check")
    except Exception as error:
        log.warning("health check: the store does not answer (%s)", error)
        return web.Response(status=503, text="store unavailable")
    return web.Response(text="ok")


async def feed(request: web.Request) -> web.Response:
    """A secret per-person iCalendar feed that calendar apps poll."""
    app = request.app[VK_APP]
    if "school" in request.match_info:
        found = _app_of_school(request.app[VK_APPS], request.match_info["school"])
        if found is None:
            raise web.HTTPNotFound()
        app = found
    person = await app.store.person_by_calendar_token(request.match_info["token"])
    if person is None:
        raise web.HTTPNotFound()
    file = await calendar_feed(
        app.store,
        app.settings.tz,
        person,
        now=app.planner.clock.now(),
        school_name=app.settings.school_name,
        school=app.handler.school,
    )
    return web.Response(
        body=file.data,
        content_type="text/calendar",
        charset="utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )


def _confirmation(code: str | None, group_id: object) -> web.Response:
    """The answer to VK's Callback API `confirmation` request: the community's code (VK docs,
    «Callback API: подтверждение адреса сервера»). Without a code configured, a 500 and an
    error log naming the setting: an empty answer failed VK's check with no trace (attack y)."""
    if code:
        return web.Response(text=code)
    log.error(
        "VK asked to confirm this server for community %r, but no confirmation code is set"
        " (VK_CONFIRMATION, or `confirmation` of the school in a city's schools file): copy it"
        " from the community's Callback API settings",
        group_id,
    )
    return web.Response(status=500, text="confirmation code not configured")


async def handle_update(request: web.Request) -> web.Response:
    """The webhook's POST handler for one VK Callback API update: 400 for bad JSON or a non-object,
    403 for another community or a wrong secret, the confirmation string for «confirmation»;
    otherwise the update is handled in a task and «ok» answered once it is committed, 503 (VK
    delivers it again) when not committed within COMMIT_WAIT seconds."""
    try:
        update = json.loads(await request.text())
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested past the decoder
        return web.Response(status=400, text="bad json")
    if not isinstance(update, dict):
        return web.Response(status=400, text="bad update")
    app = _app_of_group(request.app[VK_APPS], update.get("group_id"))
    if app is None:
        log.warning("an update for another community (%r) was refused", update.get("group_id"))
        return web.Response(status=403, text="forbidden")
    if update.get("type") == "confirmation":
        return _confirmation(app.settings.vk_confirmation, update.get("group_id"))
    if not _secret_ok(app.settings.vk_secret, update.get("secret")):
        log.warning("an update with a wrong secret was refused")
        return web.Response(status=403, text="forbidden")
    committed = asyncio.Event()
    task = asyncio.create_task(_process(app, update, committed, _redelivered(request)))
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
        return False
    return isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode())


def _app_of_group(apps: dict[int, VkApp], given: Any) -> VkApp | None:
    """The app of the community an update names (None: not one of ours). Only an int or
    a string of digits counts: VK sends a number."""
    if isinstance(given, bool) or not isinstance(given, int | str):
        return None
    try:
        return apps.get(int(given))
    except ValueError:
        return None


def _app_of_school(apps: dict[int, VkApp], key: str) -> VkApp | None:
    return next((a for a in apps.values() if a.handler.school == key), None)


def _redelivered(request: web.Request) -> bool:
    """Whether VK marked this POST as a repeat of an update it delivered before (the
    header `X-Retry-Counter`, the number of the try; absent or 0 on the first)."""
    counter = request.headers.get("X-Retry-Counter", "").strip()
    return counter not in ("", "0")


async def _process(
    app: VkApp, update: dict[str, Any], committed: asyncio.Event, redelivered: bool = False
) -> None:
    try:
        await app.bot.process_event(update, committed=committed, redelivered=redelivered)
    except Exception:
        log.exception("callback update failed")


async def _drain(web_app: web.Application) -> None:
    running = web_app[TASKS]
    if running:
        await asyncio.wait(list(running), timeout=10)


async def serve(app: VkApp | CityApp, host: str, port: int) -> None:
    """Serve until cancelled, with the reminder loop (every school's) running beside it."""
    runner = web.AppRunner(make_web_app(app))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    scheduler = app.start_loop() if isinstance(app, CityApp) else app.loop.start()
    log.info("Callback API listening on %s:%s", host, port)
    try:
        await asyncio.Event().wait()
    finally:
        scheduler.shutdown(wait=False)
        await runner.cleanup()
