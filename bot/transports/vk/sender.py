"""The one way out: renders replies and sends them through the rate-limited API.

Texts longer than VK's 4,096 characters are split at line breaks; many recipients share a
call (`peer_ids`, up to 100). Every notification carries a stable VK `random_id`, so a
resend of the same batch is dropped by VK (bot/core/outbox.py cites VK's rule):

* a batch from the outbox (notification loop) comes with its `random_id`, its keys already
  claimed; `deliver` returns VK's per-recipient results as a DeliveryReport;
* a reply with a `dedupe_key` (notices to other people from the planner) goes through the
  same outbox here: claimed per batch (keys `dedupe_key@peer`) with its rendered text kept,
  so the loop can resend it after a crash. Inside an update's unit of work the claim is made
  before the commit (`stage`) and the send after it (`send_claimed`); outside one, right
  before it is sent.

VK answers a `peer_ids` call with one item per recipient: an item with error 901 (the person
closed messages from the community) is "refused", never "sent". A message with a keyboard
refused with error 912 (bot capabilities off) or 911 (keyboard format) is sent again as plain
text with the same random_id (VK refused the whole call, so nothing was delivered).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from vkbottle.exception_factory import VKAPIError

from bot.core.client_caps import FULL, ClientCaps
from bot.core.outbox import (
    NOTICE,
    REFUSED,
    DeliveryReport,
    EventReader,
    OutboxBatch,
    OutboxStore,
    TrustedTime,
    call_random_id,
    chunk_random_id,
    community_random_id,
    hold_notice,
    notice_expiry,
    notice_ref,
    retry_delay,
    told_state_holds,
)
from bot.core.replies import DocumentRequest, Reply
from bot.exports.files import ExportFile
from bot.exports.pdf import ExportUnavailable
from bot.render import Renderer
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.documents import upload_document
from bot.transports.vk.keyboard import keyboard_for
from bot.transports.vk.limiter import TRANSIENT_CODES

log = logging.getLogger(__name__)

# While a claimed notice is being sent (Sender.send_claimed): whether what it tells is still
# true, asked before each call after its first (send_many). A notice to more than 100 people
# is several calls; a later change (a cancel after a move) committed while VK answered the
# first one made its own notice, and the move's later calls then reached their students
# after «отменено» (attack56, #3). None: no such check (replies, loop notifications).
STILL_TOLD: ContextVar[Callable[[], Awaitable[bool]] | None] = ContextVar(
    "STILL_TOLD", default=None
)


@dataclass(frozen=True, slots=True)
class Staged:
    """A notice claimed in the outbox (Sender.stage) and not sent yet: the reply as the
    planner made it and its claimed batch (its recipients not notified before)."""

    reply: Reply
    batch: OutboxBatch


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A file format this server cannot make at all (bot.exports.pdf.ExportUnavailable)."""

    fmt: str


MAX_TEXT = 4096
MAX_PEERS = 100
KEYBOARD_ERRORS = frozenset({911, 912})  # VK: keyboard format error; bot capabilities off


class SendFailed(Exception):
    """messages.send failed; `unsent` are the people the text did not reach."""

    def __init__(self, unsent: Sequence[int], report: DeliveryReport | None = None) -> None:
        super().__init__(f"{len(unsent)} recipients not reached")
        self.unsent = list(unsent)
        self.report = report or DeliveryReport()  # what the calls before the failure got


DocumentMaker = Callable[[DocumentRequest], Awaitable[ExportFile]]


class Sender:
    """Sends rendered replies through the VK API (keyboards fitted to the client, documents
    uploaded), each notice claimed in the outbox so none goes out twice; expiry counted on the
    newest VK time seen when the machine's clock is behind."""

    def __init__(
        self,
        api: LimitedAPI,
        renderer: Renderer,
        sent: OutboxStore,
        documents: DocumentMaker | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        community: int | None = None,
        events: EventReader | None = None,
        trusted: TrustedTime | None = None,
    ) -> None:
        self.api = api
        # the newest VK time this process saw (updates' dates, the loop's server time):
        # a notice's expiry counts from it when the machine's clock is behind (attack64, #2)
        self.trusted = trusted or TrustedTime()
        self.events = events  # reads a notice's events again between its calls (STILL_TOLD)
        self.renderer = renderer
        self.sent = sent
        self.documents = documents
        self.now = now  # the bot's clock: outbox times must match the notification loop's
        # the VK group id this sender speaks for: mixed into every stable random_id, so two
        # schools' notifications with the same keys never share one (community_random_id)
        self.community = community

    async def deliver(
        self, replies: Sequence[Reply], default_peer: int | None, *, client: ClientCaps = FULL
    ) -> DeliveryReport:
        """Send each reply to its recipients (or to `default_peer`, who wrote); returns the
        per-recipient results of the last one. Raises SendFailed when a call failed."""
        report = DeliveryReport()
        for reply in replies:
            report = await self._deliver_one(reply, default_peer, client)
        return report

    async def _deliver_one(
        self, reply: Reply, default_peer: int | None, client: ClientCaps
    ) -> DeliveryReport:
        peers = list(reply.recipients) or ([default_peer] if default_peer else [])
        if not peers:
            return DeliveryReport()
        attachment = None
        if reply.document is not None:
            made = await self._attachment(reply.document, peers[0])
            if isinstance(made, Unavailable):
                reply = Reply("export_failed", {"unavailable": made.fmt})
            elif made is None:
                reply = Reply("export_failed")
            else:
                attachment = made
        text = self.renderer.render(reply.template, reply.context)
        keyboard = keyboard_for(
            reply.buttons,
            self.renderer.button_label,
            client,
            whole=reply.whole_keyboard,
            replacing=reply.hides_keyboard,
        )
        if reply.dedupe_key and reply.random_id is None:
            ref = notice_ref(text, reply)
            now = self.now()
            if reply.not_before is not None and reply.not_before > now:
                await hold_notice(self.sent, reply.dedupe_key, peers, ref, reply.not_before, now)
                return DeliveryReport()  # the notification loop sends it at `not_before`
            return await self._deliver_keyed(reply.dedupe_key, peers, text, keyboard, ref)
        return await self.send_many(
            peers, text, keyboard=keyboard, attachment=attachment, random_id=reply.random_id
        )

    async def _deliver_keyed(
        self,
        key: str,
        peers: Sequence[int],
        text: str,
        keyboard: str | None,
        ref: Mapping[str, Any],
    ) -> DeliveryReport:
        """A notice to other people, through the outbox: its recipients not yet recorded are
        claimed (keys `key@peer`) as one outbox row with the rendered text, then sent
        (send_claimed). Used outside an update's unit of work; inside one the notices are
        claimed before the commit (stage)."""
        now = self.now()
        items = [(f"{key}@{p}", p) for p in peers]
        batch = await self.sent.claim_batch(items, NOTICE, ref, None, self._expiry(now), now)
        if batch is None:
            return DeliveryReport()  # already sent (or being sent by another worker)

        async def send(reply: Reply) -> DeliveryReport:
            assert reply.random_id is not None
            return await self.send_many(
                reply.recipients, text, keyboard=keyboard, random_id=reply.random_id
            )

        return await self.send_claimed(Staged(Reply("plain_text", {"text": text}), batch), send)

    def _expiry(self, now: datetime) -> datetime:
        """When a notice claimed at `now` stops being worth sending (outbox.notice_expiry)."""
        return notice_expiry(now, trusted=self.trusted.now())

    async def stage(
        self, reply: Reply, default_peer: int | None, *, for_loop: bool = False
    ) -> Reply | Staged | None:
        """Inside an update's unit of work: claim a notice to other people (a reply with a
        `dedupe_key`, bot.core.replies) in the outbox now, so the claim commits with the
        update's effects and its "handled" mark (attack y, #1: claimed only right before
        sending, after the commit, a worker killed in between lost every notice not yet
        claimed, and VK, answered "ok", never redelivered the update). Returns the claimed
        notice to send after the commit (send_claimed), None when there is nothing to send
        now (every recipient claimed before, or held for `not_before`), or `reply` itself
        when it is not such a notice. A claimed notice not confirmed as sent is resent by
        the notification loop with the same random_id (bot.core.notifications.resend_pending)
        once its in-flight lease ends (lease69: the caller sends it after the commit).
        `for_loop`: nobody here sends it — it is due at once, for the loop's next pass
        (VkHandler.stage_notices: a journal entry the city's tick finished)."""
        peers = list(reply.recipients) or ([default_peer] if default_peer else [])
        if not reply.dedupe_key or reply.random_id is not None or reply.document is not None:
            return reply
        if not peers:
            return reply
        text = self.renderer.render(reply.template, reply.context)
        ref = notice_ref(text, reply)
        now = self.now()
        if reply.not_before is not None and reply.not_before > now:
            await hold_notice(self.sent, reply.dedupe_key, peers, ref, reply.not_before, now)
            return None  # the notification loop sends it at `not_before`
        items = [(f"{reply.dedupe_key}@{p}", p) for p in peers]
        due = now if for_loop else None  # None: in flight (outbox.IN_FLIGHT_SECONDS)
        expires = self._expiry(now)
        batch = await self.sent.claim_batch(items, NOTICE, ref, None, expires, now, not_before=due)
        return None if batch is None else Staged(reply, batch)

    async def send_claimed(
        self, staged: Staged, send: Callable[[Reply], Awaitable[DeliveryReport]]
    ) -> DeliveryReport:
        """Send a claimed notice to the recipients its batch claimed, with the batch's
        random_id (`send` delivers one Reply), and record VK's answer. When VK refused a
        call for good, those not reached are released; when the failure leaves it unknown
        whether VK got it (network) or VK said «not now» through every retry (errors 6, 9,
        10: limiter.TRANSIENT_CODES), the row stays for the notification loop to resend with
        the same random_ids."""
        batch = staged.batch
        reply = replace(
            staged.reply, recipients=batch.peers, random_id=batch.random_id, dedupe_key=None
        )
        now = self.now()
        events = self.events
        told = STILL_TOLD.set(
            None if events is None else lambda: told_state_holds(events, batch.ref)
        )
        try:
            report = await send(reply)
        except SendFailed as failure:
            cause = failure.__cause__
            if isinstance(cause, VKAPIError) and cause.code not in TRANSIENT_CODES:
                # VK refused for good: those not reached are released (attack z, #2: VK's
                # «not now» — 6, 9, 10 through every retry — lost the notice for good; it
                # now stays for the notification loop, as after a network failure)
                partial = failure.report
                unreached = tuple(partial.unreached) + tuple(failure.unsent)
                await self.sent.confirm_batch(
                    batch, DeliveryReport(partial.refused, unreached), now
                )
            else:
                await self.sent.postpone_batch(batch, now + retry_delay(batch.attempts))
            raise
        finally:
            STILL_TOLD.reset(told)
        await self.sent.confirm_batch(batch, report, now)
        return report

    async def _attachment(self, request: DocumentRequest, peer: int) -> str | Unavailable | None:
        """Build the requested file and upload it for `peer`: its attachment string; an
        Unavailable format name when this server cannot make that format at all (no retry
        helps); None if it failed otherwise."""
        if self.documents is None:
            return None
        try:
            return await upload_document(self.api, peer, await self.documents(request))
        except ExportUnavailable as error:
            log.warning("cannot make %s files here: %s", error.fmt, error.__cause__)
            return Unavailable(error.fmt)
        except Exception:
            log.exception("could not prepare a %s file for %s", request.fmt, peer)
            return None

    async def send_many(
        self,
        peers: Sequence[int],
        text: str,
        *,
        keyboard: str | None = None,
        attachment: str | None = None,
        random_id: int | None = None,
    ) -> DeliveryReport:
        """Send one text to many people, 100 per call; returns who VK refused or did not
        reach (per-recipient errors of its answer). With `random_id` every call's random_id
        is stable: derived from it and this sender's community (community_random_id), the
        first call's used as is; without it: random (no protection).
        Raises SendFailed with the peers of the failed batch and all after it."""
        if random_id is not None:
            random_id = community_random_id(random_id, self.community)
        refused: dict[int, int] = {}
        unreached: list[int] = []
        plain = False
        chunks = split_text(text)
        still_told = STILL_TOLD.get()
        for batch_start in range(0, len(peers), MAX_PEERS):
            if batch_start and still_told is not None and not await still_told():
                log.info("a later change was told meanwhile: %d not sent", len(peers) - batch_start)
                unreached += peers[batch_start:]  # released: the later notice tells them
                break
            batch = peers[batch_start : batch_start + MAX_PEERS]
            base = None if random_id is None else call_random_id(random_id, batch_start)
            try:
                result = await self._send_batch(batch, chunks, keyboard, attachment, base)
            except Exception as error:
                so_far = DeliveryReport(dict(refused), tuple(unreached), plain)
                raise SendFailed(peers[batch_start:], so_far) from error
            refused.update(result.refused)
            unreached += result.unreached
            plain = plain or result.plain
        return DeliveryReport(refused, tuple(unreached), plain)

    async def _send_batch(
        self,
        batch: Sequence[int],
        chunks: Sequence[str],
        keyboard: str | None,
        attachment: str | None,
        base: int | None,
    ) -> DeliveryReport:
        """All pieces of one text to up to 100 people; per-recipient results merged."""
        refused: dict[int, int] = {}
        failed: set[int] = set()
        plain = False
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            params: dict[str, Any] = {
                "peer_ids": ",".join(str(p) for p in batch),
                "random_id": _random_id(base, index),
                "message": chunk,
                # user text (a title, an organiser «[id1|…] @all») shown as written must not
                # notify the person or a chat's members VK would read it as mentioning
                "disable_mentions": 1,
            }
            if last and attachment:
                params["attachment"] = attachment
            if last and keyboard:
                params["keyboard"] = keyboard
            response, dropped = await self._call(params)
            plain = plain or dropped
            for peer, code in item_errors(response).items():
                if code == REFUSED:
                    refused[peer] = code
                else:
                    failed.add(peer)
        unreached = tuple(p for p in batch if p in failed and p not in refused)
        return DeliveryReport(refused, unreached, plain)

    async def _call(self, params: dict[str, Any]) -> tuple[Any, bool]:
        """messages.send; a keyboard VK refuses (912/911) is dropped and the text resent."""
        try:
            return await self.api.request("messages.send", params), False
        except VKAPIError as error:
            if error.code not in KEYBOARD_ERRORS or "keyboard" not in params:
                raise
            log.warning("VK refused a keyboard (error %s): sending plain text", error.code)
        plain = {k: v for k, v in params.items() if k != "keyboard"}
        return await self.api.request("messages.send", plain), True


def item_errors(response: Any) -> dict[int, int]:
    """peer → error code for the items of a `peer_ids` answer that carry an error.

    VK (messages.send, "Result"): with peer_ids the answer is a list of objects with
    `peer_id`, `message_id`, `conversation_message_id` and, for a recipient it could not
    send to, `error` (an object with `code` and `description`).
    """
    items = response.get("response") if isinstance(response, Mapping) else None
    found: dict[int, int] = {}
    for item in items if isinstance(items, list) else ():
        error = item.get("error") if isinstance(item, Mapping) else None
        if not error or "peer_id" not in item:
            continue
        try:
            found[int(item["peer_id"])] = _code(error)
        except (TypeError, ValueError):
            continue
    return found


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most `limit` characters (VK's messages.send `message` holds 4,096).

    Cut between paragraphs (blank lines) where possible, so that an item and the lines
    under it (a clash's ⚠️, a calendar note) arrive in one message; a paragraph longer than
    the limit is cut between its lines, and a line longer than the limit hard. An empty
    text is one space (VK refuses an empty message)."""
    if len(text) <= limit:
        return [text or " "]
    pieces: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        joined = f"{current}\n\n{paragraph}" if current else paragraph
        if len(joined) <= limit:
            current = joined
            continue
        if current:
            pieces.append(current)
        if len(paragraph) <= limit:
            current = paragraph
            continue
        *whole, current = _split_lines(paragraph, limit)
        pieces += whole
    if current:
        pieces.append(current)
    return [p.strip("\n") or " " for p in pieces]


def _split_lines(paragraph: str, limit: int) -> list[str]:
    """A paragraph longer than `limit` cut between its lines (hard inside a longer line)."""
    pieces: list[str] = []
    current = ""
    for line in paragraph.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        joined = f"{current}\n{line}" if current else line
        if len(joined) > limit:
            pieces.append(current)
            joined = line
        current = joined
    return [*pieces, current]


def _code(error: Any) -> int:
    """The code of an item's error: an object {code, description}, or a bare message."""
    if isinstance(error, Mapping):
        return int(error.get("code", error.get("error_code", 0)))
    text = str(error)
    return REFUSED if "901" in text or "without permission" in text else 0


def _random_id(base: int | None, chunk: int) -> int:
    """A stable id for piece `chunk` of a keyed message; random (no protection) otherwise."""
    if base is None:
        return secrets.randbelow(2**31 - 1) + 1
    return chunk_random_id(base, chunk)
