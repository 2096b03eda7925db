"""The VK community bot: vkbottle receives updates, thin handlers call the planner,
the sender answers. `run_polling` (Bot Long Poll) and `run_webhook` (Callback API) share it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vkbottle import GroupEventType
from vkbottle.bot import Bot, BotLabeler, Message, MessageEvent
from vkbottle.exception_factory import VKAPIError
from vkbottle.polling import BotPolling

from bot.config import ConfigError, Settings
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import Clock, SystemClock
from bot.core.replies import Reply
from bot.plan_files import document_maker, import_plan_file
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage import PlanStore, open_store
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.documents import DocumentError, IncomingDocument, download, plan_document
from bot.transports.vk.limiter import RetryPolicy
from bot.transports.vk.sender import Sender

log = logging.getLogger(__name__)

START_RETRY_DELAYS = (1, 2, 5, 10, 30)


class VkHandler:
    """Translates VK updates into planner calls and sends the replies. Never raises."""

    def __init__(self, planner: Planner, sender: Sender, api: LimitedAPI) -> None:
        self.planner = planner
        self.sender = sender
        self.api = api

    async def on_message(
        self,
        from_id: int,
        peer_id: int,
        text: str,
        payload: Any,
        callback: bool,
        attachments: Sequence[Any] = (),
    ) -> None:
        if peer_id != from_id:
            return  # group chats: the bot talks to people one to one
        try:
            document = plan_document(attachments)
            if document is not None:
                replies = await self._import(from_id, document)
            else:
                replies = await self.planner.handle(from_id, text or "", _payload(payload))
            await self.sender.deliver(replies, peer_id, callback=callback)
        except Exception:
            log.exception("failed to answer %s", from_id)
            await self._apologise(peer_id)

    async def _import(self, from_id: int, document: IncomingDocument) -> list[Reply]:
        """A plan sent as a file: download, read, and let the planner summarise it."""
        try:
            data = await download(document)
        except DocumentError as error:
            problem = "too_large" if str(error) == "too large" else "download"
            return await self.planner.handle_import(from_id, document.filename, [], problem)
        return await import_plan_file(self.planner, from_id, document.filename, data)

    async def on_callback(self, user_id: int, peer_id: int, event_id: str, payload: Any) -> None:
        try:
            await self.api.request(
                "messages.sendMessageEventAnswer",
                {"event_id": event_id, "user_id": user_id, "peer_id": peer_id},
            )
            replies = await self.planner.handle(user_id, "", _payload(payload) or {"a": "?"})
            await self.sender.deliver(replies, peer_id)
        except Exception:
            log.exception("failed to answer a button of %s", user_id)
            await self._apologise(peer_id)

    async def _apologise(self, peer_id: int) -> None:
        try:
            await self.sender.deliver([Reply("error")], peer_id)
        except Exception:
            log.exception("could not even apologise to %s", peer_id)


def _payload(raw: Any) -> Mapping[str, Any] | None:
    """Payloads come as JSON text in messages and as objects in message events."""
    if isinstance(raw, Mapping):
        return raw
    if isinstance(raw, str) and raw:
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return value if isinstance(value, Mapping) else None
    return None


class Turns:
    """One person's updates are handled one at a time, in arrival order (a saved draft and
    its «да» may arrive in one long-poll batch); different people do not wait for each other."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    @contextlib.asynccontextmanager
    async def turn(self, user_id: int | None) -> AsyncIterator[None]:
        if user_id is None:
            yield
            return
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        self._users[user_id] = self._users.get(user_id, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[user_id] -= 1
            if not self._users[user_id]:
                del self._users[user_id]
                del self._locks[user_id]


class DedupingBot(Bot):
    """A Bot that handles each update once, across restarts and workers (by event_id), and
    one person's updates in order."""

    def __init__(self, store: PlanStore, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.turns = Turns()

    async def process_event(self, event: dict[str, Any], api: Any = None) -> None:
        async with self.turns.turn(_sender_of(event)):
            event_id = event.get("event_id")
            if event_id and not await self.store.claim_update(str(event_id)):
                log.info("skipping a repeated update %s", event_id)
                return
            try:
                await super().process_event(event, api)
            except Exception:
                log.exception("an update could not be processed: %r", event.get("type"))


def _sender_of(event: Mapping[str, Any]) -> int | None:
    """Who an update comes from: a message's author or a button's presser."""
    obj = event.get("object")
    if not isinstance(obj, Mapping):
        return None
    message = obj.get("message")
    raw = message.get("from_id") if isinstance(message, Mapping) else obj.get("user_id")
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


def build_bot(store: PlanStore, api: LimitedAPI, handler: VkHandler, group_id: int) -> Bot:
    """The vkbottle bot with one labeler for messages and button presses."""
    labeler = BotLabeler()

    @labeler.message()
    async def message(msg: Message) -> None:
        info = getattr(msg, "client_info", None)
        actions = getattr(info, "button_actions", None) or []
        callback = "callback" in [getattr(a, "value", a) for a in actions]
        await handler.on_message(
            msg.from_id, msg.peer_id, msg.text, msg.payload, callback, msg.attachments or ()
        )

    @labeler.raw_event(GroupEventType.MESSAGE_EVENT, dataclass=MessageEvent)
    async def button(event: MessageEvent) -> None:
        await handler.on_callback(event.user_id, event.peer_id, event.event_id or "", event.payload)

    polling = BotPolling(api, group_id=group_id)
    return DedupingBot(store, api=api, labeler=labeler, polling=polling)


@dataclass
class VkApp:
    """Everything the VK modes run: store, API, planner, sender, bot and reminder loop."""

    settings: Settings
    store: PlanStore
    api: LimitedAPI
    planner: Planner
    sender: Sender
    bot: Bot
    loop: NotificationLoop
    group_id: int

    async def close(self) -> None:
        await self.api.close()
        await self.store.close()


async def create_app(
    settings: Settings,
    clock: Clock | None = None,
    retry: RetryPolicy | None = None,
    *,
    serve_feeds: bool = False,
) -> VkApp:
    """Check the token, learn the community and its managers, wire everything together."""
    if not settings.vk_token:
        raise ConfigError(
            "VK_TOKEN is not set: create a community token (rights: messages, manage) "
            "in the community settings, or try `python -m bot console`"
        )
    api = LimitedAPI(settings.vk_token, api_url=settings.vk_api_url, retry=retry)
    group_id = await _check_token(api, settings.vk_group_id)
    admins = settings.admins | await _managers(api, group_id)
    store = await open_store(settings.db_target, settings.tz)
    clock = clock or SystemClock(settings.tz)
    config = PlannerConfig(
        tz=settings.tz,
        admins=admins,
        school_name=settings.school_name,
        feed_base_url=settings.public_url if serve_feeds else None,
    )
    planner = Planner(store, clock, config)

    make = document_maker(store, settings.tz, clock, settings.school_name)
    sender = Sender(api, Renderer(), store, documents=make)
    handler = VkHandler(planner, sender, api)
    bot = build_bot(store, api, handler, group_id)

    async def send(reply: Reply) -> None:
        await sender.deliver([reply], None)

    loop = NotificationLoop(store, clock, settings.tz, send)
    return VkApp(settings, store, api, planner, sender, bot, loop, group_id)


async def _check_token(api: LimitedAPI, group_id: int | None) -> int:
    try:
        response = await api.request("groups.getById", {"group_id": group_id} if group_id else {})
    except VKAPIError as error:
        raise ConfigError(f"VK_TOKEN was refused by VK (error {error.code}: {error})") from error
    groups = response["response"].get("groups") or []
    if not groups:
        raise ConfigError("VK_TOKEN is not a community token: VK returned no community")
    return int(group_id or groups[0]["id"])


async def _managers(api: LimitedAPI, group_id: int) -> frozenset[int]:
    """The community's managers become curators (the token needs the `manage` right)."""
    try:
        response = await api.request(
            "groups.getMembers", {"group_id": group_id, "filter": "managers"}
        )
    except VKAPIError as error:
        log.warning("cannot list the community's managers (%s); using BOT_ADMINS only", error)
        return frozenset()
    items = response["response"].get("items", [])
    return frozenset(int(i["id"] if isinstance(i, Mapping) else i) for i in items)


async def run_polling(settings: Settings) -> int:
    """`python -m bot run`: Bot Long Poll, restarted with backoff if start-up fails."""
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
    """`python -m bot webhook`: the Callback API server (see webhook.py)."""
    from bot.transports.vk.webhook import serve

    app = await create_app(settings, serve_feeds=True)
    try:
        await serve(app, host, port)
    finally:
        await app.close()
    return 0
