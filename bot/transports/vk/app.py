"""The VK community bot's two modes: `run_polling` (Bot Long Poll) and `run_webhook`
(Callback API, webhook.py). Both run the same app (wiring.py) and update pipeline
(updates.py); this module only starts and restarts them.
"""

from __future__ import annotations

import asyncio
import logging

from bot.config import ConfigError, Settings
from bot.transports.vk.webhook import require_secret, serve
from bot.transports.vk.wiring import VkApp, create_app

__all__ = ["VkApp", "create_app", "run_polling", "run_webhook"]

log = logging.getLogger(__name__)

START_RETRY_DELAYS = (1, 2, 5, 10, 30)


async def run_polling(settings: Settings) -> int:
    """`python -m bot run`: Bot Long Poll, restarted with backoff if start-up fails.

    Resumes from the position saved in BOT_DB: messages that came while the bot was down are
    answered (those older than 24 hours are not).
    """
    logging.getLogger("vkbottle").propagate = False
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


async def run_webhook(settings: Settings, host: str, port: int) -> int:
    """`python -m bot webhook`: the Callback API server (see webhook.py).

    Raises ConfigError before anything starts when VK_SECRET is not set.
    """
    require_secret(settings)
    app = await create_app(settings, serve_feeds=True)
    try:
        await serve(app, host, port)
    finally:
        await app.close()
    return 0
