"""The one way out: renders replies and sends them through the rate-limited API.

Texts longer than VK's 4,096 characters are split at line breaks; many recipients share a
call (`peer_ids`, up to 100); a reply with a dedupe key is recorded per recipient before it
goes out, so the same notification never reaches anyone twice (even across restarts).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from bot.core.client_caps import FULL, ClientCaps
from bot.core.replies import DocumentRequest, Reply
from bot.exports.files import ExportFile
from bot.render import Renderer
from bot.transports.vk.api import LimitedAPI
from bot.transports.vk.documents import upload_document
from bot.transports.vk.keyboard import keyboard_for

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_PEERS = 100


class SentLog(Protocol):
    async def claim_notification(self, key: str, peer_id: int) -> bool: ...
    async def release_notification(self, key: str) -> None: ...


class SendFailed(Exception):
    """messages.send failed; `unsent` are the people the text did not reach."""

    def __init__(self, unsent: Sequence[int]) -> None:
        super().__init__(f"{len(unsent)} recipients not reached")
        self.unsent = list(unsent)


DocumentMaker = Callable[[DocumentRequest], Awaitable[ExportFile]]


class Sender:
    def __init__(
        self,
        api: LimitedAPI,
        renderer: Renderer,
        sent: SentLog,
        documents: DocumentMaker | None = None,
    ) -> None:
        self.api = api
        self.renderer = renderer
        self.sent = sent
        self.documents = documents

    async def deliver(
        self, replies: Sequence[Reply], default_peer: int | None, *, client: ClientCaps = FULL
    ) -> None:
        """Send each reply to its recipients (or to `default_peer`, who wrote), with buttons
        as a keyboard `client` (the recipients' app) can show."""
        for reply in replies:
            peers = list(reply.recipients) or ([default_peer] if default_peer else [])
            if reply.dedupe_key:
                peers = [p for p in peers if await self._first_time(reply.dedupe_key, p)]
            if not peers:
                continue
            attachment = None
            if reply.document is not None:
                attachment = await self._attachment(reply.document, peers[0])
                if attachment is None:
                    reply = Reply("export_failed")
            text = self.renderer.render(reply.template, reply.context)
            keyboard = keyboard_for(reply.buttons, self.renderer.button_label, client)
            try:
                await self.send_many(
                    peers,
                    text,
                    keyboard=keyboard,
                    attachment=attachment,
                    dedupe_key=reply.dedupe_key,
                )
            except SendFailed as failure:
                if reply.dedupe_key:  # those not reached may get it on a later attempt
                    for peer in failure.unsent:
                        await self.sent.release_notification(f"{reply.dedupe_key}@{peer}")
                raise

    async def _attachment(self, request: DocumentRequest, peer: int) -> str | None:
        """Build the requested file and upload it for `peer`; None if that failed."""
        if self.documents is None:
            return None
        try:
            return await upload_document(self.api, peer, await self.documents(request))
        except Exception:
            log.exception("could not prepare a %s file for %s", request.fmt, peer)
            return None

    async def _first_time(self, key: str, peer: int) -> bool:
        return await self.sent.claim_notification(f"{key}@{peer}", peer)

    async def send_many(
        self,
        peers: Sequence[int],
        text: str,
        *,
        keyboard: str | None = None,
        attachment: str | None = None,
        dedupe_key: str | None = None,
    ) -> int:
        """Send one text to many people, 100 per call; returns the number of calls."""
        calls = 0
        chunks = split_text(text)
        for batch_start in range(0, len(peers), MAX_PEERS):
            batch = peers[batch_start : batch_start + MAX_PEERS]
            try:
                calls += await self._send_batch(
                    batch, batch_start, chunks, keyboard, attachment, dedupe_key
                )
            except Exception as error:
                raise SendFailed(peers[batch_start:]) from error
        return calls

    async def _send_batch(
        self,
        batch: Sequence[int],
        batch_start: int,
        chunks: Sequence[str],
        keyboard: str | None,
        attachment: str | None,
        dedupe_key: str | None,
    ) -> int:
        """All pieces of one text to up to 100 people."""
        calls = 0
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            params: dict[str, Any] = {
                "peer_ids": ",".join(str(p) for p in batch),
                "random_id": _random_id(dedupe_key, index, batch_start),
                "message": chunk,
            }
            if last and keyboard:
                params["keyboard"] = keyboard
            if last and attachment:
                params["attachment"] = attachment
            await self.api.request("messages.send", params)
            calls += 1
        return calls


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most `limit` characters, cut at line breaks where possible."""
    if len(text) <= limit:
        return [text or " "]
    pieces, current = [], ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            pieces.append(current)
            current = ""
        current += line
    if current:
        pieces.append(current)
    return [p.rstrip("\n") or " " for p in pieces]


def _random_id(key: str | None, chunk: int, batch: int) -> int:
    """VK drops a repeated random_id to the same peer: stable ids make retries harmless."""
    if key is None:
        return secrets.randbelow(2**31 - 1) + 1
    digest = hashlib.sha256(f"{key}:{chunk}:{batch}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % (2**31 - 1) + 1
