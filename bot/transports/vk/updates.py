"""The update-handling pipeline both VK modes share (Long Poll in app.py, Callback API in
webhook.py): one person's updates in order, stale and repeated updates dropped, then thin
handlers that call the planner and send the replies.

An update travels: `PipelineBot.process_event` (per-person turn → age check → dedupe by
`event_id` in `store.claim_update`, the single place updates are marked handled) → vkbottle's
router → `VkHandler.on_message` / `on_callback` → planner → `deliver_to_clients` → Sender.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from vkbottle import ErrorHandler, GroupEventType
from vkbottle.bot import Bot, BotLabeler, Message, MessageEvent

from bot.core.language.cover_words import cover_words
from bot.core.outbox import DeliveryReport, TrustedTime
from bot.core.planner import Planner
from bot.core.replies import Reply
from bot.plan_files import import_plan_file
from bot.storage import PlanStore
from bot.storage.transactions import AfterCommit
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.clients import Clients, Deliver, deliver_to_clients
from bot.transports.vk.documents import (
    DocumentError,
    IncomingDocument,
    as_dict,
    download,
    forwarded_document,
    forwarded_from_others,
    forwarded_text,
    plan_document,
    shared_post_text,
    unread_kind,
)
from bot.transports.vk.keyboard import caps_from_client_info
from bot.transports.vk.polling import PollPosition, ResumingPolling
from bot.transports.vk.sender import Staged

log = logging.getLogger(__name__)

# VK writes a mention of a community in a message's text as «[club<id>|shown text]» (the
# older «[public<id>|…]» too): the community's id after the prefix
_MENTION = re.compile(r"\[(?:club|public)(\d+)\|")
MAX_AGE_SECONDS = 24 * 3600  # messages older than this (bot was down longer) get no answer
DRAIN_SECONDS = 10.0  # how long closing waits for polled updates still in progress
# tries of an update whose unit of work failed and rolled back (a dropped database
# connection), the n-th retry UNIT_RETRY_SECONDS × n after the one before
UNIT_TRIES = 3
UNIT_RETRY_SECONDS = 0.5


class VkHandler:
    """Translates VK updates into planner calls and sends the replies. Never raises."""

    def __init__(
        self,
        planner: Planner,
        sender: Deliver,
        api: LimitedAPI,
        clients: Clients,
        defer: Callable[[AfterCommit], bool] = lambda _: False,
    ) -> None:
        self.planner = planner
        self.sender = sender
        self.api = api
        self.clients = clients
        self.defer = defer
        # a city deployment (bot.transports.vk.city): this community's school key and every
        # school's handler, so a Reply with another `school` goes out through that community
        self.school: str | None = None
        self.peers: Mapping[str, VkHandler] = {}
        self.group_id: int | None = None  # this community (build_bot sets it)

    async def _deliver(self, replies: Sequence[Reply], peer_id: int | None) -> None:
        """Send now, or — inside an update's unit of work — right after it commits (replies
        never go out from inside a write transaction, and at most once). Inside a unit the
        notices to other people are claimed in the outbox first, so they commit with the
        update and a worker killed before sending them leaves them to the notification loop
        (Sender.stage; attack y, #1)."""
        planned: list[Reply | Staged] = []
        if not self.defer(functools.partial(self._send_planned, planned, peer_id)):
            await self.send(replies, peer_id)
            return
        try:
            for reply in replies:
                staged = await self._stage(reply, peer_id)
                if staged is not None:
                    planned.append(staged)
        except Exception:  # the claim failed: the notices go as before, claimed when sent
            log.exception("could not claim the notices of an update; sending them unclaimed")
            planned[:] = list(replies)

    async def _stage(
        self, reply: Reply, peer_id: int | None, *, for_loop: bool = False
    ) -> Reply | Staged | None:
        """`reply` claimed in the outbox of the community that sends it when it is a notice
        (Sender.stage). A notice through another school's community (a city: the copies a
        change reached there) is claimed in that school's store, inside the unit there that
        holds the change it tells of (bot.core.held): both commit right after this update
        commits, and both roll back if it rolls back (ops21); where nothing is held, in a
        transaction of its own. `for_loop`: left due at once for the notification loop
        (Sender.stage), not sent after the commit."""
        route = self._route(reply)
        stage = getattr(route.sender, "stage", None) if route is not None else None
        if stage is None:
            return reply
        staged: Reply | Staged | None = await stage(reply, peer_id, for_loop=for_loop)
        return staged

    async def stage_notices(self, replies: Sequence[Reply]) -> None:
        """Claim `replies` (notices, each through the community it names) in that
        community's outbox, inside the transaction open in this task, for the notification
        loop to send (bot.core.features.school_replay: a journal entry finished by the
        tick); a reply that is no notice cannot wait there and is logged, not sent."""
        for reply in replies:
            if isinstance(await self._stage(reply, None, for_loop=True), Reply):
                log.error("a %s reply cannot wait in the outbox; not sent", reply.template)

    def _route(self, reply: Reply) -> VkHandler | None:
        """The handler of the community a reply goes through (None: an unknown school)."""
        if reply.school in (None, self.school):
            return self
        return self.peers.get(reply.school) if reply.school is not None else None

    async def _send_planned(self, planned: Sequence[Reply | Staged], peer_id: int | None) -> None:
        """After the commit: the replies in order, each claimed notice with its batch's
        random_id (Sender.send_claimed); a failure is logged and the rest still go."""
        for item in planned:
            try:
                if isinstance(item, Staged):
                    await self._send_claimed(item)
                else:
                    await self.send([item], peer_id)
            except Exception:
                log.exception("sending a reply after the commit failed")

    async def _send_claimed(self, staged: Staged) -> None:
        """Send one claimed notice after the commit. One claimed in another school's store
        was claimed inside that school's held unit (bot.core.held), which commits on its
        own after this update's commit and may fail to: a claim no longer there means that
        school's part (and the change it tells of) never committed — the notice is not sent
        (attack 2026-12-03ab #2; the city tick's replay claims it again if it applies the
        change there)."""

        async def one(reply: Reply) -> DeliveryReport:
            return await self.send([reply], None)

        route = self._route(staged.reply) or self
        if route is not self and not await _claim_committed(route, staged):
            log.warning(
                "a notice of school %s is not sent: its held unit did not commit", route.school
            )
            return
        await route.sender.send_claimed(staged, one)  # type: ignore[attr-defined]

    async def send(self, replies: Sequence[Reply], peer_id: int | None) -> DeliveryReport:
        """Replies with keyboards each recipient's app can show (see clients.py); VK's
        per-recipient results of the last reply. A reply whose `school` names another
        community of the deployment is sent through that community (its token, limiter and
        outbox); an unknown key is logged and sent through this one."""
        if all(r.school in (None, self.school) for r in replies):
            return await deliver_to_clients(self.sender, self.clients, replies, peer_id)
        report = DeliveryReport()
        for reply in replies:
            route = (
                self.peers.get(reply.school) if reply.school not in (None, self.school) else None
            )
            if route is None and reply.school not in (None, self.school):
                log.error("a reply for an unknown school %r goes through this one", reply.school)
            via = route or self
            report = await deliver_to_clients(via.sender, via.clients, [reply], peer_id)
        return report

    async def on_message(
        self,
        from_id: int,
        peer_id: int,
        text: str,
        payload: Any,
        attachments: Sequence[Any] = (),
        reply_to: int | None = None,
        joined_chat: bool = False,
        forwarded: Sequence[Any] = (),
        quoted: Any = None,
    ) -> None:
        """A private message (text, a text button's payload, a plan file, or a shared wall
        post: its text is read as if pasted, the words written with it are left out — they
        are «вот наш пост», not part of the announcement); in a group chat, see
        on_chat_message. `reply_to`: the author id of the message replied to; `joined_chat`:
        the service message of this community being added to a chat. A message with no text,
        file or post of its own is read as the messages it forwards (`forwarded`, VK's
        `fwd_messages`: their text, shared post or plan file), one with only a file of
        another type (.xls, .pdf, a picture) gets the importer's word on it, and one with
        only a photo, voice message, sticker … is told the bot reads text (attack x, #3,
        #4, #7). A reply (`quoted`, VK's `reply_message`) to someone else's message — not
        this community's — whose own words only pass it on («вот», «добавь это», «это
        тоже»: bot.core.language.cover_words) is read as the quoted message, as a forwarded
        one (leftconv20, item 4); other words of a reply are read as they are."""
        if peer_id != from_id:
            await self.on_chat_message(from_id, peer_id, text, reply_to, joined_chat)
            return
        try:
            forwarded = forwarded_from_others(forwarded, self.group_id)  # never our own words
            passed_on = self._passed_on(quoted, text, payload)
            if passed_on:
                forwarded = [*passed_on, *forwarded]
            bare = not payload and (not (text or "").strip() or bool(passed_on))
            document = plan_document(attachments)
            if document is None and bare and not shared_post_text(attachments):
                document = forwarded_document(forwarded) or plan_document(
                    attachments, any_kind=True
                )
            post = None if payload else shared_post_text(attachments)
            if post is None and bare:
                post = forwarded_text(forwarded)
            unread = unread_kind(attachments) if bare and post is None else None
            if document is not None:
                replies = await self._import(from_id, document)
            elif unread is not None:
                replies = [Reply("attachment_unread", {"kind": unread})]
            else:
                replies = await self.planner.handle(from_id, post or text or "", _payload(payload))
            await self._deliver(replies, peer_id)
        except Exception:
            log.exception("failed to answer %s", from_id)
            await self._apologise(peer_id)

    def _passed_on(self, quoted: Any, text: str, payload: Any) -> list[Any]:
        """The quoted message of a reply whose own words only pass it on, as a forwarded
        one ([] otherwise): a reply to the community's own message («да» under a card) is
        an answer to the bot, never this."""
        if quoted is None or payload or not cover_words(text or ""):
            return []
        data = quoted if isinstance(quoted, Mapping) else as_dict(quoted)
        author = data.get("from_id")
        if not isinstance(author, int) or author < 0:  # a community's (ours) or unknown
            return []
        return [data]

    async def on_chat_message(
        self,
        from_id: int,
        peer_id: int,
        text: str,
        reply_to: int | None = None,
        joined_chat: bool = False,
    ) -> None:
        """A message in a group chat. VK gives a community bot there the messages that
        mention the community or reply to it (all of them only with access to all
        messages). The bot works one to one: nothing said in a chat acts for its sender
        (roles, drafts and sign-ups belong to a private dialogue, and an answer there would
        be read by the whole chat), so a message addressed to the bot — and the community
        being added to the chat — gets one line in the chat pointing to the community's
        private messages, without buttons; anything else is left alone (logged at debug
        level)."""
        if not joined_chat and not self._addressed(text, reply_to):
            log.debug("ignoring a message in a group chat not addressed to the bot (%s)", peer_id)
            return
        log.info("pointing %s to private messages from a group chat (%s)", from_id, peer_id)
        try:
            await self._deliver([Reply("group_chat", {"group_id": self.group_id})], peer_id)
        except Exception:
            log.exception("could not answer in the group chat %s", peer_id)

    def _addressed(self, text: str, reply_to: int | None) -> bool:
        """Whether a chat message mentions this community or replies to its message (a
        community's messages have the negative id -group_id as their author)."""
        if self.group_id is None:
            return bool(_MENTION.search(text or ""))
        if reply_to == -self.group_id:
            return True
        return any(int(found) == self.group_id for found in _MENTION.findall(text or ""))

    async def _import(self, from_id: int, document: IncomingDocument) -> list[Reply]:
        """A plan sent as a file: download, read, and let the planner summarise it."""
        try:
            data = await download(document)
        except DocumentError as error:
            problem = "too_large" if str(error) == "too large" else "download"
            return await self.planner.handle_import(from_id, document.filename, [], problem)
        return await import_plan_file(self.planner, from_id, document.filename, data)

    async def on_callback(self, user_id: int, peer_id: int, event_id: str, payload: Any) -> None:
        """A callback button. VK wants `sendMessageEventAnswer` within about a minute and
        refuses a later one (error 100): the answer goes first, and its failure is only
        logged — the action behind the button is done either way."""
        if peer_id != user_id:
            log.info("ignoring a button pressed in a group chat (peer %s)", peer_id)
            return
        try:
            await self.api.request(
                "messages.sendMessageEventAnswer",
                {"event_id": event_id, "user_id": user_id, "peer_id": peer_id},
            )
        except Exception as error:
            log.warning(
                "the answer to a button of %s was refused (%s); acting anyway", user_id, error
            )
        try:
            replies = await self.planner.handle(user_id, "", _payload(payload) or {"a": "?"})
            await self._deliver(replies, peer_id)
        except Exception:
            log.exception("failed to answer a button of %s", user_id)
            await self._apologise(peer_id)

    async def apologise_for(self, event: Mapping[str, Any]) -> None:
        """The «error» reply to the person behind a raw update (a private message or a
        button pressed in a private dialogue; nothing in a group chat), sent now."""
        obj = event.get("object")
        if not isinstance(obj, Mapping):
            return
        message = obj.get("message")
        source = message if isinstance(message, Mapping) else obj
        sender = _sender_of(event)
        peer = source.get("peer_id")
        if sender is None or peer != sender:
            return
        await self.send([Reply("error")], sender)

    async def _apologise(self, peer_id: int) -> None:
        try:
            await self._deliver([Reply("error")], peer_id)
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
        """Hold VK user `user_id`'s turn while inside: one person's updates are handled one at a
        time, in arrival order; None (no user) takes no turn. A user's lock is forgotten when nobody
        waits for it."""
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


class PipelineBot(Bot):
    """A Bot that handles each update once, across restarts and workers (by event_id), one
    person's updates in order, and no message older than MAX_AGE_SECONDS.

    Over Long Poll it resumes from the position kept in the database, and stores a new
    position only when every update before it has been processed (see run_polling).
    """

    def __init__(
        self,
        store: PlanStore,
        *,
        now: Callable[[], float] = time.time,
        lost: Callable[[Mapping[str, Any]], Awaitable[None]] | None = None,
        trusted: TrustedTime | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(skip_old_events=False, **kwargs)
        self.store = store
        # VK's time as its updates tell it (a message's `date`), for the sender's stamps
        self.trusted = trusted
        self.turns = Turns()
        self.now = now
        self.lost = lost
        self._last_commit: asyncio.Task[None] | None = None

    async def process_event(
        self,
        event: dict[str, Any],
        api: Any = None,
        committed: asyncio.Event | None = None,
        redelivered: bool = False,
    ) -> None:
        """Handle one update exactly once: inside the store's unit of work, its effects and
        its "handled" mark commit in one transaction, so a crash before the commit leaves it
        unhandled (VK's redelivery or the re-read long poll handles it again) and after it a
        repeat is skipped. Replies go out after the commit (at most once). `committed` is set
        once the update is stored as handled (or found handled, or skipped as too old): the
        Callback API answers "ok" only then. `redelivered`: a Callback API delivery VK marked
        as a repeat (`X-Retry-Counter`); an update whose every try failed is apologised for
        (see _lost) over Long Poll, and over Callback API on its first delivery only."""
        written = _written_at(event)
        if written is not None and self.trusted is not None:
            self.trusted.saw(datetime.fromtimestamp(written, UTC))
        sender = _sender_of(event)
        if sender is not None and abs(sender) > MAX_VK_ID:
            # no VK id is that large: the store cannot hold it (SQLite INTEGER, BIGINT), and
            # the handler's failure was apologised for to a peer VK does not have (safety66)
            log.warning("skipping an update from an id out of VK's range: %.40s", sender)
            if committed is not None:
                committed.set()
            return
        async with self.turns.turn(sender):
            if _too_old(event, self.now()):
                log.warning(
                    "not answering a message older than 24 hours: %s", event.get("event_id")
                )
                if committed is not None:
                    committed.set()
                return
            raw_id = event.get("event_id")
            event_id = str(raw_id) if raw_id else None
            if event_id and await self.store.update_handled(event_id):
                log.info("skipping a repeated update %s", event_id)
                if committed is not None:
                    committed.set()
                return
            for attempt in range(1, UNIT_TRIES + 1):
                if await self._handled_in_unit(event, api, event_id, committed):
                    return
                if event_id is None or attempt == UNIT_TRIES:
                    if committed is None or not redelivered:
                        await self._lost(event)
                    return
                await asyncio.sleep(UNIT_RETRY_SECONDS * attempt)
                if await self._found_handled(event_id):  # the failed try's COMMIT had landed
                    if committed is not None:
                        committed.set()
                    return

    async def _lost(self, event: Mapping[str, Any]) -> None:
        """An update whose every try rolled back: each try's replies (the apology too) were
        after-commit actions dropped with its unit. The person is told once, outside any
        unit, that it did not work; nothing of it was kept. Over Long Poll its position is
        saved with its batch, so nothing reads it again (attack61, #1). Over Callback API
        VK redelivers it (answered 503) a few times and then gives up, silently: the first
        delivery — exactly one per update, in whichever worker, with no `X-Retry-Counter`
        — tells the person, a redelivery never does (attack64, #3), so they hear it once
        with no memory shared by workers; a redelivery that goes through later does the
        update once, its reply following the apology."""
        if self.lost is None:
            return
        try:
            await self.lost(event)
        except Exception:
            log.exception("could not tell the sender of a lost update")

    async def _found_handled(self, event_id: str) -> bool:
        """Whether the update is stored as handled; False when the store cannot say."""
        try:
            return await self.store.update_handled(event_id)
        except Exception as error:
            log.warning("cannot tell whether update %s was handled: %s", event_id, error)
            return False

    async def _handled_in_unit(
        self,
        event: dict[str, Any],
        api: Any,
        event_id: str | None,
        committed: asyncio.Event | None,
    ) -> bool:
        """One try at the update in a unit of work: True once it committed (or was found
        handled by another worker); False when the unit failed and rolled back whole — a
        database connection dropped mid-transaction or at its COMMIT (attack60, #2): the
        caller tries again, as VK's redelivery would, since over Long Poll nothing reads
        the update again once this batch's position is saved. A try whose COMMIT did reach
        the server finds its update handled (seen_updates) and does nothing twice."""
        try:
            async with self.store.unit(event_id) as unit:
                if committed is not None:
                    unit.committed = committed
                await super().process_event(event, api)
            return True
        except Exception:
            log.exception("an update could not be processed: %r", event.get("type"))
            return False

    async def run_polling(self, custom_polling: Any = None) -> None:  # type: ignore[override]
        """Bot Long Poll from the saved position; a batch's position is saved once it and
        every earlier batch are processed, so a crash re-reads what was not finished."""
        polling = custom_polling or self.polling
        position = polling.position if isinstance(polling, ResumingPolling) else None
        if isinstance(polling, ResumingPolling):
            await polling.start()
        async for event in polling.listen():
            tasks = [
                asyncio.create_task(self.process_event(update, polling.api))
                for update in event.get("updates", [])
            ]
            if position is not None and "ts" in event:
                self._last_commit = asyncio.create_task(
                    _commit(position, str(event["ts"]), tasks, self._last_commit)
                )

    async def drain(self) -> None:
        """Wait (up to DRAIN_SECONDS) for polled updates in progress and their saved
        position, before the store is closed."""
        if self._last_commit is not None:
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(self._last_commit), DRAIN_SECONDS)


async def _commit(
    position: PollPosition,
    ts: str,
    tasks: Sequence[asyncio.Task[None]],
    previous: asyncio.Task[None] | None,
) -> None:
    await asyncio.gather(*tasks, return_exceptions=True)
    if previous is not None:
        await asyncio.gather(previous, return_exceptions=True)
    try:
        await position.save(ts)
    except Exception:
        log.exception("could not save the long-poll position %s", ts)


def _too_old(event: Mapping[str, Any], now: float) -> bool:
    date = _written_at(event)
    return date is not None and now - date > MAX_AGE_SECONDS


def _written_at(event: Mapping[str, Any]) -> float | None:
    """When a message update's message was written (VK's `date`, Unix seconds by VK's
    clock); None for other updates or a date that is no number."""
    obj = event.get("object")
    message = obj.get("message") if isinstance(obj, Mapping) else None
    date = message.get("date") if isinstance(message, Mapping) else None
    if isinstance(date, bool) or not isinstance(date, int | float):
        return None
    return float(date)


MAX_VK_ID = 2**63 - 1  # VK's ids are 64-bit signed (users, chats 2e9+n, communities −id)


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


class MalformedUpdates(ErrorHandler):
    """vkbottle's router hands every exception raised while it reads an update to its error
    handler, which by default logs a traceback through vkbottle's own coloured handler. Our
    handlers never raise (VkHandler catches and apologises), so what arrives here is an
    update vkbottle could not read (a `message_new` without `object`, a button payload that
    is a string): one warning line, no traceback; the update counts as handled (VK got "ok",
    a redelivery would fail the same way)."""

    async def handle(self, error: Exception, *args: Any, **kwargs: Any) -> None:
        """Log `error` (an update vkbottle could not read) as one warning line, without a
        traceback."""
        first = str(error).strip().splitlines()
        log.warning(
            "skipping a malformed update: %s%s",
            type(error).__name__,
            f" ({first[0][:200]}; {len(first)} lines)" if first else "",
        )


def plain_vkbottle_logs() -> None:
    """vkbottle adds its own handler to the "vkbottle" logger on import, writing ANSI colour
    codes to stderr (vk-platform.md): drop it, so vkbottle's records go through the
    application's logging once, in its plain format (and at its level)."""
    logger = logging.getLogger("vkbottle")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.propagate = True


def _joined(action: Any, group_id: int) -> bool:
    """Whether a chat's service action is this community being added to the chat (VK:
    `action.type` "chat_invite_user", `member_id` the community as -group_id)."""
    if action is None:
        return False
    kind = getattr(action.type, "value", action.type)
    return kind == "chat_invite_user" and getattr(action, "member_id", None) == -group_id


def build_bot(
    store: PlanStore,
    api: LimitedAPI,
    handler: VkHandler,
    group_id: int,
    trusted: TrustedTime | None = None,
) -> PipelineBot:
    """The vkbottle bot with one labeler for messages and button presses; updates it cannot
    read are logged as one line (MalformedUpdates), and its log goes through ours."""
    plain_vkbottle_logs()
    labeler = BotLabeler()
    handler.group_id = group_id

    @labeler.message()
    async def message(msg: Message) -> None:
        # The answer first: a plan file is downloaded before the update's first statement
        # begins its write transaction (none is held across a network call). The replies
        # go out after the commit, so they still see the capabilities kept below.
        replied = msg.reply_message.from_id if msg.reply_message is not None else None
        await handler.on_message(
            msg.from_id,
            msg.peer_id,
            msg.text,
            msg.payload,
            msg.attachments or (),
            replied,
            _joined(msg.action, group_id),
            msg.fwd_messages or (),
            msg.reply_message,
        )
        if msg.peer_id == msg.from_id:
            caps = caps_from_client_info(getattr(msg, "client_info", None))
            try:
                await handler.clients.remember(msg.from_id, caps)
            except Exception:
                log.exception("could not keep the app capabilities of %s", msg.from_id)

    @labeler.raw_event(GroupEventType.MESSAGE_EVENT, dataclass=MessageEvent)
    async def button(event: MessageEvent) -> None:
        await handler.on_callback(event.user_id, event.peer_id, event.event_id or "", event.payload)

    polling = ResumingPolling(PollPosition(store, group_id), api, group_id=group_id)
    return PipelineBot(
        store,
        api=api,
        labeler=labeler,
        polling=polling,
        error_handler=MalformedUpdates(),
        lost=handler.apologise_for,
        trusted=trusted,
    )


async def _claim_committed(route: VkHandler, staged: Staged) -> bool:
    """Whether any key of `staged`'s batch is recorded in `route`'s outbox (committed)."""
    sent = getattr(route.sender, "sent", None)
    keys = getattr(sent, "sent_keys", None)
    if keys is None:
        return True
    return bool(await keys([key for key, _ in staged.batch.items]))
