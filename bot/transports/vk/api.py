"""vkbottle's API with every call paced by the token bucket and retried when transient.

All traffic of the bot goes through `request`: the long-poll server requests vkbottle makes
and every message the sender sends.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
from vkbottle import API, AiohttpClient
from vkbottle.exception_factory import VKAPIError

from bot.transports.vk.limiter import Limiter, RetryPolicy, Sleep, TokenBucket

log = logging.getLogger(__name__)

HTTP_TIMEOUT = aiohttp.ClientTimeout(total=40, connect=10)


class LimitedAPI(API):
    """API with an injectable base URL, a rate limit and retries."""

    def __init__(
        self,
        token: str,
        *,
        api_url: str | None = None,
        limiter: Limiter | None = None,
        retry: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(
            token, http_client=AiohttpClient(timeout=HTTP_TIMEOUT, raise_for_status=True)
        )
        if api_url:
            self.API_URL = api_url if api_url.endswith("/") else api_url + "/"
        self.limiter: Limiter = limiter or TokenBucket()
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self.calls = 0

    async def request(
        self, method: str, data: dict[str, Any], version: str | None = None
    ) -> dict[str, Any]:
        """Call VK API `method` with `data`, paced by the limiter; retried with back-off
        (RetryPolicy) on the VK error codes and network failures it lists. Returns VK's response;
        raises VKAPIError or the network error after the last attempt."""
        for attempt in range(self.retry.attempts):
            await self.limiter.acquire()
            self.calls += 1
            try:
                response: dict[str, Any] = await super().request(method, dict(data), version)
                return response
            except VKAPIError as error:
                if error.code not in self.retry.codes or attempt + 1 == self.retry.attempts:
                    raise
                log.warning("VK error %s on %s, retrying", error.code, method)
            except (TimeoutError, aiohttp.ClientError) as error:
                if not _transient(error) or attempt + 1 == self.retry.attempts:
                    raise
                log.warning("network failure on %s (%s), retrying", method, error)
            await self._sleep(self.retry.delay(attempt))
        raise AssertionError("unreachable")

    async def close(self) -> None:
        """Close the HTTP session and the limiter."""
        await self.http_client.close()
        await self.limiter.close()


def _transient(error: BaseException) -> bool:
    if isinstance(error, aiohttp.ClientResponseError):
        return error.status >= 500 or error.status == 429
    return True
