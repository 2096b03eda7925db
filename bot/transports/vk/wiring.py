"""Everything the VK modes run, wired together: store, API, planner, sender, the update
pipeline (updates.py) and the reminder loop. Used by app.py (Long Poll) and webhook.py
(Callback API); imports neither of them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from vkbottle.exception_factory import VKAPIError

from bot.app_clock import app_clock, utc_readings
from bot.config import ConfigError, Settings
from bot.core.access import demote_stale_curators
from bot.core.outbox import DeliveryReport, TrustedTime
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import Clock
from bot.core.replies import Reply
from bot.plan_files import document_maker, pasted_table_rows
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage import PlanStore, client_info, open_store
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.clients import Clients
from bot.transports.vk.limiter import RetryPolicy
from bot.transports.vk.sender import Sender
from bot.transports.vk.updates import PipelineBot, VkHandler, build_bot
from bot.workers import WorkerSettings, coordinate

log = logging.getLogger(__name__)


@dataclass
class VkApp:
    """Everything the VK modes run: store, API, planner, sender, bot and reminder loop."""

    settings: Settings
    store: PlanStore
    api: LimitedAPI
    planner: Planner
    sender: Sender
    bot: PipelineBot
    loop: NotificationLoop
    group_id: int
    handler: VkHandler

    async def close(self) -> None:
        """Stop in order: finish the updates in hand, hand the notification lease on, close the API
        session and the store."""
        await self.bot.drain()
        await self.loop.close()  # hands the notification lease to another worker
        await self.api.close()
        await self.store.close()


async def create_app(
    settings: Settings,
    clock: Clock | None = None,
    retry: RetryPolicy | None = None,
    *,
    serve_feeds: bool = False,
    school: str | None = None,
) -> VkApp:
    """Check the token, learn the community and its managers, wire everything together.
    `school`: the key of this community's school in a city deployment (its own store, see
    bot.storage.scoping; feeds under /<key>/ics/), None for a single school.

    Raises ConfigError (one line for the operator) when the token is missing or refused.
    """
    if not settings.vk_token:
        raise ConfigError("vk_token_unset")
    coordination = WorkerSettings.from_env()  # checked before anything is opened
    api = LimitedAPI(settings.vk_token, api_url=settings.vk_api_url, retry=retry)
    group_id = await _check_token(api, settings.vk_group_id)
    admins = settings.admins | await _managers(api, group_id)
    clock = clock or app_clock(settings)
    # the store stamps with the app's clock too: an invitation's «создан» and expiry, a
    # code's use and «коды приглашений» then read one clock (safety66, #2; the console's
    # own fix: newcomer walk 2026-12-04ag)
    store = await open_store(settings.db_target, settings.tz, utc_readings(clock), school=school)
    store.outbox_lease = coordination.outbox_lease  # BOT_OUTBOX_LEASE_SECONDS (lease69)
    config = PlannerConfig(
        tz=settings.tz,
        admins=admins,
        school_name=settings.school_name,
        feed_base_url=_feed_base(settings.public_url, school) if serve_feeds else None,
        invite_days=settings.invite_days,
    )
    planner = Planner(store, clock, config, pasted_tables=pasted_table_rows)
    await demote_stale_curators(store, admins)  # BOT_ADMINS or the managers changed

    make = document_maker(store, settings.tz, clock, settings.school_name, school)
    # VK's time as updates and the loop see it (attack64, #2); not on a demo clock shifted
    # on purpose (BOT_CLOCK_START), whose stamps must follow it
    trusted = None if settings.clock_start else TrustedTime()
    sender = Sender(
        api,
        Renderer(),
        store,
        documents=make,
        now=clock.now,
        community=group_id,
        events=store,
        trusted=trusted,
    )
    handler = VkHandler(planner, sender, api, Clients(client_info(store)), defer=store.after_commit)
    handler.school = school
    bot = build_bot(store, api, handler, group_id, trusted)

    async def send(reply: Reply) -> DeliveryReport:
        return await handler.send([reply], None)

    # several workers: bot/workers.py
    workers = await coordinate(settings.db_target, group_id, coordination)
    if workers.limiter is not None:
        await api.limiter.close()
        api.limiter = workers.limiter
    # VK's server time checks the machine's clock, not a demo clock shifted on purpose
    true_time = None if settings.clock_start else vk_time(api, trusted)
    loop = NotificationLoop(
        store, clock, settings.tz, send, lease=workers.lease, true_time=true_time
    )
    return VkApp(settings, store, api, planner, sender, bot, loop, group_id, handler)


def vk_time(
    api: LimitedAPI, seen: TrustedTime | None = None
) -> Callable[[], Awaitable[datetime | None]]:
    """VK's server time (utils.getServerTime, Unix s) as an aware UTC datetime: the
    notification loop's trusted clock (bot.scheduling.MAX_CLOCK_SKEW), also kept in `seen`
    (the sender's stamps). None when VK's answer is not a number."""

    async def now() -> datetime | None:
        response = await api.request("utils.getServerTime", {})
        value = response.get("response")
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        at = datetime.fromtimestamp(value, UTC)
        if seen is not None:
            seen.saw(at)
        return at

    return now


def _feed_base(public_url: str | None, school: str | None) -> str | None:
    """Where this community's calendar feeds are served (webhook.py's routes)."""
    if public_url is None or school is None:
        return public_url
    return f"{public_url.rstrip('/')}/{school}"


async def _check_token(api: LimitedAPI, group_id: int | None) -> int:
    """The token's own community (groups.getById without an id answers it); raises
    ConfigError when VK refuses the token, or when VK_GROUP_ID (`group_id`) names another
    community: VK answers groups.getById for any public community, so the configured id
    came back as given, every Callback update of the real community was refused and the
    managers of a community the token cannot manage were demoted (attack y, #3)."""
    try:
        response = await api.request("groups.getById", {})
    except VKAPIError as error:
        raise ConfigError("vk_token_refused", code=error.code, reason=error.error_msg) from error
    groups = response["response"].get("groups") or []
    if not groups:
        raise ConfigError("vk_token_no_community")
    own = int(groups[0]["id"])
    if group_id is not None and group_id != own:
        raise ConfigError("vk_group_mismatch", given=group_id, own=own)
    return own


async def _managers(api: LimitedAPI, group_id: int) -> frozenset[int]:
    """The community's managers become curators (the token needs the `manage` right).

    A token without that right (an access error) means BOT_ADMINS only. A temporary VK
    error (LimitedAPI's retryable codes, still failing after its retries) is raised: with
    an empty list every manager would be demoted as "not an admin" until the next restart,
    so start-up fails and is retried instead (run_polling's back-off).
    """
    try:
        response = await api.request(
            "groups.getMembers", {"group_id": group_id, "filter": "managers"}
        )
    except VKAPIError as error:
        if error.code in api.retry.codes:
            raise
        log.warning("cannot list the community's managers (%s); using BOT_ADMINS only", error)
        return frozenset()
    items = response["response"].get("items", [])
    return frozenset(int(i["id"] if isinstance(i, Mapping) else i) for i in items)
