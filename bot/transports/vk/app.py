"""The VK community bot's two modes: `run_polling` (Bot Long Poll) and `run_webhook`
(Callback API, webhook.py). Both run the same app (wiring.py) and update pipeline
(updates.py); this module only starts and restarts them.
"""

from __future__ import annotations

import asyncio
import logging

from bot.config import ConfigError, Settings
from bot.schools_config import CityConfig
from bot.transports.vk.city import CityApp, create_city
from bot.transports.vk.webhook import require_secret, schools_apart, serve
from bot.transports.vk.wiring import VkApp, create_app

__all__ = ["VkApp", "create_app", "run_city_polling", "run_polling", "run_webhook"]

log = logging.getLogger(__name__)

START_RETRY_DELAYS = (1, 2, 5, 10, 30)


async def run_polling(settings: Settings, city: CityConfig | None = None) -> int:
    """`python -m bot run`: Bot Long Poll, restarted with backoff if start-up fails.

    Resumes from the position saved in BOT_DB: messages that came while the bot was down are
    answered (those older than 24 hours are not). With a schools config (`city`) every
    community is polled at once (run_city_polling).
    """
    if city is not None:
        return await run_city_polling(settings, city)
    attempt = 0
    while True:
        try:
            app = await create_app(settings)
        except ConfigError:
            raise
        except Exception as error:
            delay = START_RETRY_DELAYS[min(attempt, len(START_RETRY_DELAYS) - 1)]
            log.warning("VK is not reachable (%s); retrying in %s s", error, delay)
            attempt += 1
            await asyncio.sleep(delay)
            continue
        scheduler = app.loop.start()
        try:
            await app.bot.run_polling()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("polling stopped; restarting")
            attempt = 0
        finally:
            scheduler.shutdown(wait=False)
            await app.close()


async def run_city_polling(settings: Settings, city: CityConfig) -> int:
    """Long Poll of every school's community concurrently; start-up is retried with
    back-off as a whole (the schools are linked to each other), then each community's
    polling restarts on its own when it stops."""
    attempt = 0
    while True:
        try:
            city_app = await create_city(settings, city)
            break
        except ConfigError:
            raise
        except Exception as error:
            delay = START_RETRY_DELAYS[min(attempt, len(START_RETRY_DELAYS) - 1)]
            log.warning("VK is not reachable (%s); retrying in %s s", error, delay)
            attempt += 1
            await asyncio.sleep(delay)
    scheduler = city_app.start_loop()
    try:
        await asyncio.gather(*(_poll_forever(app) for app in city_app.apps.values()))
    finally:
        scheduler.shutdown(wait=False)
        await city_app.close()
    return 0


async def _poll_forever(app: VkApp) -> None:
    attempt = 0
    while True:
        try:
            await app.bot.run_polling()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("polling of community %s stopped; restarting", app.group_id)
        delay = START_RETRY_DELAYS[min(attempt, len(START_RETRY_DELAYS) - 1)]
        attempt += 1
        await asyncio.sleep(delay)


async def run_webhook(
    settings: Settings, host: str, port: int, city: CityConfig | None = None
) -> int:
    """`python -m bot webhook`: the Callback API server (see webhook.py), for one community
    or every school of a schools config (`city`; updates routed by group_id).

    Raises ConfigError before anything starts when VK_SECRET is not set.
    """
    if city is not None:
        schools_apart((school.key, school.secret) for school in city.schools)
        city_app: CityApp = await create_city(settings, city, serve_feeds=True)
        try:
            await serve(city_app, host, port)
        finally:
            await city_app.close()
        return 0
    require_secret(settings)
    app = await create_app(settings, serve_feeds=True)
    try:
        await serve(app, host, port)
    finally:
        await app.close()
    return 0
